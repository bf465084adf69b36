// console methods beyond log: dir (first argument only, with a depth
// option), groups (their indentation applies to every line written, on
// stdout and stderr), count/countReset, assert (stderr), and group labels
// formatted as log formats them.

console.dir("str");
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir({ a: { b: 1 } }, { depth: 0 });
console.dir(5, 6);
console.dir([1, "x", [2, [3, [4, [5]]]]]);

console.group("G1 %d", 5, { k: 1 });
console.log("in g1\nsecond line");
console.group();
console.log({ a: 1, b: [1, 2, { c: 3 }] });
console.warn("to stderr, indented");
console.info("info %s", "formatted");
console.groupEnd();
console.groupCollapsed("G2");
console.debug("debug");
console.dir({ nested: { deep: { deeper: { deepest: 1 } } } });
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log("back at the left margin");

console.count();
console.count();
console.count("x");
console.count(undefined);
console.count(5);
console.countReset();
console.count();
console.count("x");

console.assert(true, "not printed");
console.assert(false, "x %s", "y");
console.assert(false);
console.assert(0, { a: 1 }, 2);
console.log(typeof console.time, typeof console.timeEnd, typeof console.trace, typeof console.dir);
console.log("end");
