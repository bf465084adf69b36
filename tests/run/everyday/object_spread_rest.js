// Object spread and rest.
const base = { a: 1, b: 2, nested: { c: 3 } };
const copy = { ...base, b: 20, d: 4 };
console.log(copy, copy.nested === base.nested);
const { a, ...rest } = copy;
console.log(a, rest);
const { nested: { c }, ...others } = base;
console.log(c, others);
console.log({ ...null, ...undefined, ...123, ..."hi", ...[7, 8] });
const withGetter = { get g() { return "computed"; } };
const spreadG = { ...withGetter };
console.log(spreadG, Object.getOwnPropertyDescriptor(spreadG, "g").value);
function update(state, patch) { return { ...state, ...patch, version: (state.version || 0) + 1 }; }
let s = { name: "x" };
s = update(s, { name: "y" });
s = update(s, { extra: true });
console.log(s);
const { x = 5, y: why = 6, ...remaining } = { y: undefined, z: 1, w: 2 };
console.log(x, why, remaining);
function opts({ verbose = false, level = 1, ...unknown } = {}) { return [verbose, level, Object.keys(unknown)]; }
console.log(opts(), opts({ level: 3, color: "red", size: 2 }));
const order = { ...{ z: 1 }, a: 2, ...{ z: 3, b: 4 } };
console.log(order);
