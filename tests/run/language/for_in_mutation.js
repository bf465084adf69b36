// Deleting not-yet-visited keys during for-in skips them; added keys are not visited... (node behaviour).
var o = { a: 1, b: 2, c: 3, d: 4 };
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === "a") delete o.c;
}
console.log(seen.join(","));
var o2 = { x: 1, y: 2 };
seen = [];
for (var k2 in o2) {
  seen.push(k2);
  o2["new" + k2] = true;
}
console.log(seen.join(","), Object.keys(o2).length);
var o3 = { p: 1, q: 2 };
seen = [];
for (var k3 in o3) {
  seen.push(k3);
  if (k3 === "p") break;
}
console.log(seen.join(","));
var obj = { a: 1, b: 2, c: 3 };
seen = [];
outer: for (var i in obj) {
  for (var j in obj) {
    if (j === i) continue outer;
    seen.push(i + j);
  }
}
console.log(seen.join(","));
