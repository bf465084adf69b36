// Destructuring patterns as function parameters.
function area({ w, h }) { return w * h; }
console.log(area({ w: 3, h: 4 }));
function sum([a, b, c = 0]) { return a + b + c; }
console.log(sum([1, 2]), sum([1, 2, 3]));
var pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
console.log(pts.map(({ x, y }) => x * y).join(","));
var pairs = [[1, "one"], [2, "two"]];
console.log(pairs.map(([n, word]) => word + n).join(" "));
function nested({ a: [first, { b }] }) { return first + b; }
console.log(nested({ a: ["F", { b: "B" }] }));
function withRest({ id, ...rest }, ...extra) { return id + Object.keys(rest).join("") + extra.length; }
console.log(withRest({ id: "i", p: 1, q: 2 }, 1, 2, 3));
function argsStill({ a }, [b]) { return arguments.length + " " + a + b; }
console.log(argsStill({ a: 1 }, [2], 3));
console.log(area.length, sum.length, withRest.length);
function swap([a, b]) { return [b, a]; }
console.log(swap(swap([1, 2])).join(","));
function strParam([c1, c2]) { return c2 + c1; }
console.log(strParam("ab"));
try { area(); } catch (e) { console.log(e instanceof TypeError); }
try { sum(5); } catch (e) { console.log(e instanceof TypeError); }
var obj = { total: 10, go({ n }) { return this.total + n; } };
console.log(obj.go({ n: 5 }));
