// Long concatenations (ropes) read back correctly: length, indexing, slicing, search.
let s = "";
for (let i = 0; i < 5000; i++) { s += "ab" + i; if (s.length % 10000 === 7) console.log("hit"); }
console.log(s.length, s.charCodeAt(5), s.slice(-10), s.indexOf("ab4999"));
let t = "x"; for (let i = 0; i < 20; i++) t = t + t; console.log(t.length, t[1000000]);
const parts = []; let u = ""; for (let i = 0; i < 1000; i++) { u = u + String.fromCharCode(65 + i % 26); } console.log(u.length, u.slice(0, 30), u === u.split("").join(""));
