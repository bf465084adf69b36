// Nesting: depth 2 is shown, deeper objects become [Object] / [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[1]]]]);
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log([[[{ x: 1 }]]]);
console.log({ level1: { level2: { level3: { level4: { level5: 1 } } } } });
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
console.log([{ a: [{ b: [{ c: 1 }] }] }]);
console.log({ x: [1, [2, [3, [4]]]] });
console.log({ empty: {}, arr: [], nested: { empty: {} } });
