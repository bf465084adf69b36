function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e instanceof Error ? e.message : e); } }
attempt("map", function () { return [1, 2, 3].map(function (x) { if (x === 2) throw new Error("at two"); return x; }); });
attempt("forEach", function () { var seen = []; try { [1, 2, 3].forEach(function (x) { seen.push(x); if (x === 2) throw "stop"; }); } catch (e) { return seen.join(",") + " " + e; } });
attempt("sort", function () { return [3, 2, 1].sort(function () { throw new RangeError("cmp"); }); });
attempt("reduce", function () { return [1, 2].reduce(function () { throw 42; }); });
attempt("replace", function () { return "abc".replace("b", function () { throw new Error("repl"); }); });
attempt("stringify", function () { return JSON.stringify({a: {toJSON: function () { throw new Error("tojson"); }}}); });
attempt("replacer", function () { return JSON.stringify([1], function (k, v) { if (k === "0") throw new Error("replacer"); return v; }); });
attempt("reviver", function () { return JSON.parse("[1]", function () { throw new Error("reviver"); }); });
attempt("mapForEach", function () { new Map([[1, 1]]).forEach(function () { throw new Error("map cb"); }); });
attempt("from", function () { return Array.from([1], function () { throw new Error("from cb"); }); });
attempt("getter", function () { return Object.values({get x() { throw new Error("getter"); }}); });
attempt("toString", function () { return [1, {toString: function () { throw new Error("elem toString"); }}].join(); });
attempt("after", function () { return [1, 2].join(); });
attempt("nested", function () { return [[1, 2], [3]].map(function (r) { return r.map(function (x) { return x * 2; }).join("+"); }).join(" | "); });
var a = [5, 1, 4];
attempt("sortPartial", function () { var n = 0; return a.sort(function (x, y) { if (++n > 1) throw new Error("late"); return x - y; }); });
console.log(a.length, a.slice().sort().join(","));
