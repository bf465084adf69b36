// Template literals: interpolation of various value types.
var name = "world";
var n = 42;
console.log(`hello ${name}`);
console.log(`n=${n}, n+1=${n + 1}, half=${n / 4}`);
console.log(`${true} ${false} ${null} ${undefined}`);
console.log(`${[1, 2, 3]}|${[]}|${[[1, 2], [3]]}`);
console.log(`${{}}`);
console.log(`${-0} ${0.1 + 0.2} ${1e21} ${NaN} ${-Infinity}`);
console.log(`no subs`);
console.log(``.length);
console.log(`${""}${""}`.length);
console.log(`a${1}b${2}c${3}d`);
console.log(typeof `${n}`);
console.log(`${n}` === "42");
console.log(`${"nested " + `inner ${n * 2}`} done`);
