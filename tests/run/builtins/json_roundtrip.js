var data = {
  name: "bibao", version: 1.5, tags: ["a", "b", "c"], nested: {deep: {deeper: {value: null, flag: false}}},
  numbers: [0, -1, 1.5e-7, 123456789012, -0, 1e21], empty: {}, list: [], text: "line1\nline2\t\"q\"", unicode: "ü😀"
};
var s = JSON.stringify(data);
console.log(s);
var back = JSON.parse(s);
console.log(JSON.stringify(back) === s, back.nested.deep.deeper.flag, back.tags.length, back.numbers[2], back.text.length);
var pretty = JSON.stringify(data, null, "\t");
console.log(pretty.split("\n").length, JSON.stringify(JSON.parse(pretty)) === s);
var matrix = [];
for (var i = 0; i < 5; i++) { var row = []; for (var j = 0; j < 5; j++) row.push(i * j); matrix.push(row); }
console.log(JSON.stringify(matrix), JSON.parse(JSON.stringify(matrix))[4][4]);
var obj = JSON.parse('{"b":1,"a":2,"1":3,"0":4}');
console.log(Object.keys(obj).join(","), JSON.stringify(obj));
console.log(JSON.stringify(JSON.parse("[1e2, 2.50, -0.0, 1E-2]")), JSON.stringify(JSON.parse('"\\u00e9\\u0000"')));
console.log(JSON.stringify({a: new Map(), b: new Set([1])}), JSON.stringify([new Number(NaN), new Boolean(true)]));
