// Keys matching /^[a-zA-Z_][a-zA-Z_0-9]*$/ print bare; others are quoted.
console.log({ a: 1, _b: 2, c3: 3, CamelCase: 4, __x: 5 });
console.log({ "a-b": 1, "a b": 2, "1a": 3, $dollar: 4, "a$": 5 });
console.log({ 1: "one", 0: "zero", 10: "ten", 2: "two" });
console.log({ "01": 1, "-1": 2, "1.5": 3, "1e3": 4 });
console.log({ "": "empty key" });
console.log({ "caf\u00e9": 1, "\u4e2d": 2 });
console.log({ "it's": 1, 'say "hi"': 2 });
console.log({ b: 1, a: 2, 5: 3, z: 4, 3: 5 });
var k = "computed";
var o = {};
o[k + "Key"] = 1;
o["with space"] = 2;
o[7] = 3;
console.log(o);
console.log({ ["__proto__"]: 1 });
console.log({ __proto__x: 1, proto__: 2 });
console.log({ null: 1, undefined: 2, true: 3, class: 4, function: 5 });
