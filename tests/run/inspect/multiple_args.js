// Several arguments are joined by spaces; strings print raw at top level.
console.log("a", "b", "c");
console.log("count:", 3, "items:", [1, 2, 3]);
console.log({ a: 1 }, { b: 2 });
console.log([1], "x", [2]);
console.log(1, 2, 3, 4, 5);
console.log("multi\nline", "next");
console.log(null, undefined, true);
console.log("obj", { nested: { deep: { deeper: { deepest: 1 } } } });
console.log("x", "", "y");
console.log({ long: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", longer: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" }, "tail");
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27], "after");
console.log(function f() {}, "and", () => {});
