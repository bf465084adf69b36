// Spread into a builtin constructor (Date).
var d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
var parts = [2021, 11, 31, 23, 59];
var e = new Date(...parts);
console.log(e.getFullYear(), e.getMonth(), e.getDate(), e.getHours(), e.getMinutes());
