// JSON.stringify with indentation, round trips through parse.
const doc = {
  id: 7,
  title: "Quarterly \"report\"",
  tags: ["a", "b"],
  empty: {},
  emptyArr: [],
  nested: { deep: { deeper: [1, { x: null }] } },
  flag: false,
  ratio: 0.125,
  skip: undefined,
  fn() {},
};
const two = JSON.stringify(doc, null, 2);
console.log(two);
console.log(JSON.stringify(doc, null, "\t"));
console.log(JSON.stringify(doc, null, "--"));
console.log(JSON.stringify(doc, null, 20) === JSON.stringify(doc, null, 10));
const back = JSON.parse(two);
console.log(back);
console.log(JSON.stringify(back) === JSON.stringify(doc));
console.log(JSON.stringify([undefined, function () {}, NaN, Infinity, -0]));
console.log(JSON.stringify("line\nbreak\ttab\u0001"));
console.log(JSON.parse('"\\u0041\\n"'), JSON.parse(" [1 , 2 ] "), JSON.parse("null"));
console.log(JSON.stringify({ d: 1 }), JSON.stringify(null), JSON.stringify(undefined));
try { JSON.parse("{bad json}"); } catch (e) { console.log(e.name); }
try { JSON.parse(""); } catch (e) { console.log(e.name); }
