// Grouped strings are left-aligned (padEnd).
var a = [];
for (var i = 0; i < 30; i++) a.push("s" + i);
console.log(a);
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
console.log(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"]);
console.log([1, "a", 2, "b", 3, "c", 4]);
console.log([true, false, null, undefined, 1, "x", 2]);
var long = [];
for (var i = 0; i < 12; i++) long.push("item number " + i);
console.log(long);
var mixed = ["short", "a much much longer string entry", "x", "y", "z", "w", "v"];
console.log(mixed);
var words = "the quick brown fox jumps over the lazy dog and then some more words appear".split(" ");
console.log(words);
console.log({ words: words });
console.log([[], {}, [], {}, [], {}, []]);
console.log([[1], [2], [3], [4], [5], [6], [7]]);
console.log([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }, { a: 5 }, { a: 6 }, { a: 7 }]);
