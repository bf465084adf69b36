// Mixtures of everything.
function Thing(id) { this.id = id; this.tags = ["a", "b"]; }
var data = {
  id: 1,
  title: "Report",
  ok: true,
  nothing: null,
  missing: undefined,
  ratio: 0.75,
  neg: -0,
  list: [1, "two", null, undefined, true, { three: 3 }, [4]],
  thing: new Thing(7),
  fn: function handler() {},
  arrow: () => {},
};
console.log(data);
console.log([data.list, data.thing, data.fn]);
var rows = [];
for (var i = 0; i < 4; i++) rows.push({ row: i, cells: [i, i * 2, i * 3] });
console.log(rows);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log({ config: { server: { host: "localhost", port: 8080 }, debug: false, paths: ["/a", "/b"] } });
console.log([[], [[]], [[], []], {}, { a: {} }]);
