// util.format: %s.
console.log("%s", "str");
console.log("%s|%s|%s|%s|%s", "a", 42, -0, null, undefined);
console.log("%s", true, false);
console.log("%s", { a: { b: { c: 1 } } }, "rest", 5);
console.log("%s", [1, [2, [3]]]);
console.log("%s", { toString: function () { return "own toString"; } });
function T() { this.v = 1; }
T.prototype.toString = function () { return "T.toString"; };
console.log("%s", new T());
function U() { this.v = 1; }
console.log("%s", new U());
console.log("%s and %s", "one");
console.log("%s", "a\nb");
console.log("[%s]", "");
console.log("%s%s", "no", "space");
console.log("%s", 1.5e300, "x");
console.log("%s", [1, "two", { three: 3 }]);
console.log("%s:%s", "key", { nested: { deep: { deeper: 1 } } });
