// util.format %j: JSON.stringify, [Circular] for circular structures.
console.log("%j", { a: [1, "x"], b: null });
console.log("%j %j %j", "str", 42, true);
console.log("%j", undefined);
console.log("%j", [undefined, function () {}]);
console.log("%j", { nested: { deep: { deeper: { deepest: [1, 2, 3] } } } });
var circ = { name: "c" };
circ.self = circ;
console.log("%j", circ);
console.log("json: %j!", { k: "v" });
console.log("%j", "quote\"and\\backslash\nnewline");
console.log("%j", NaN, "rest");
