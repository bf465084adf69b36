// console.log nesting depth, long arrays, class instances and special objects.
const deep = { l1: { l2: { l3: { l4: { l5: "deep" } } }, arr: [[1, [2, [3, [4]]]]] } };
console.log(deep);
console.log([deep]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log({ longString: "x".repeat(100), nums: [1.5, -0, NaN] });
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
console.log(new Point(1, 2), [new Point(3, 4)], new Empty(), { p: new Point(0, 0) });
const nullProto = Object.create(null);
nullProto.k = "v";
console.log(nullProto);
console.log([undefined, null, () => {}, function named() {}, class Foo {}]);
console.log({ "key with space": 1, valid_id: 2, "3d": 3, $dollar: 4, "é": 5 });
console.log(["a'b", 'a"b', "a`b'\"c", "line\nbreak"]);
console.log("%s is %d years", "Bob", 42, "extra");
console.log(new Map([[{ a: 1 }, [1, 2]]]), new Set([[1, 2], { b: 2 }]));
const circ = { name: "c" };
circ.self = circ;
circ.list = [circ];
console.log(circ);
