// Holes, sparse arrays and strings as destructuring sources.
var [a, , b, , c = "C"] = [1, 2, 3, 4];
console.log(a, b, c);
var sparse = [];
sparse[3] = "three";
var [s0 = "d0", s1, s2, s3] = sparse;
console.log(s0, s1, s2, s3);
var [x = 1, y = 2] = [, null];
console.log(x, y);
var [c1, c2, c3, c4] = "ab";
console.log(c1, c2, c3, c4);
var [e1, ...emoji] = "x😀y";
console.log(e1, emoji.length, emoji[1]);
var { 0: zero, 2: two, length: len } = "xyz";
console.log(zero, two, len);
var [[nestedA] = ["deflt"], [nestedB] = "str"] = [];
console.log(nestedA, nestedB);
var [, ...tailOfHoles] = [, undefined, undefined];
console.log(tailOfHoles.length, tailOfHoles[0], 0 in tailOfHoles);
