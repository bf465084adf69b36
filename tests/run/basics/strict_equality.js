// === and !== never coerce.
console.log(1 === 1);
console.log(1 === "1");
console.log("a" === "a");
console.log(null === null);
console.log(undefined === undefined);
console.log(null === undefined);
console.log(NaN === NaN);
console.log(0 === -0);
console.log(true === 1);
console.log(1 !== "1");
console.log(0.1 + 0.2 === 0.3);
console.log(0.5 + 0.25 === 0.75);
var s = "ab";
console.log(s + "c" === "abc");
console.log(Infinity === 1 / 0);
