// Logical not and bitwise not, including truthiness of all primitives.
console.log(!0, !1, !-0, !NaN);
console.log(!"", !"0", !" ", !"false");
console.log(!null, !undefined);
console.log(!true, !!true, !!"x", !!0);
console.log(~5);
console.log(~-1);
console.log(~0);
console.log(~~3.7);
console.log(~~-3.7);
console.log(~"12");
console.log(~NaN);
console.log(~4294967296);
console.log(~2147483648);
console.log(!!Infinity);
