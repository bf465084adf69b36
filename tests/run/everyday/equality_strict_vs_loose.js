// Comparing strict/loose equality, Object.is, and relational coercion.
const vals = [0, -0, "", "0", null, undefined, NaN, false, []];
const names = ["0", "-0", '""', '"0"', "null", "undef", "NaN", "false", "[]"];
console.log("loose   " + names.map((n) => n.padStart(6)).join(""));
vals.forEach((a, i) => console.log(names[i].padEnd(8) + vals.map((b) => String(a == b).padStart(6)).join("")));
console.log("strict  " + vals.map((b) => String(0 === b).padStart(6)).join(""));
console.log("Object.is", vals.map((b) => Object.is(NaN, b)), Object.is(0, -0), Object.is(-0, -0));
console.log(null >= 0, null > 0, null == 0, undefined >= 0, NaN <= NaN, "b" > "a", "B" > "a", [2] > 1, "2" > "12");
console.log([1, 2] == "1,2", [[]] == 0, [0] == false, "" == [], [] == ![], !![], !!"", !!"0", !!NaN);
const d = { valueOf: () => 3 };
console.log(d > 2, d == 3, d + d, `${d}`, d * "2");
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [0].includes(-0), [-0].indexOf(0));
