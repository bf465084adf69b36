// for-in with member-expression targets, var hoisting and function scope.
var o = { x: 1, y: 2 }, holder = {};
var seen = [];
for (holder.key in o) seen.push(holder.key);
console.log(seen.join(","), holder.key);
var arr = [];
var i = 0;
for (arr[i++] in { a: 1, b: 2, c: 3 }) ;
console.log(arr.join(","), i);
function f() {
  for (var k in { only: 1 }) ;
  return k;
}
console.log(f());
var fns = [];
for (var vk in { p: 1, q: 2 }) fns.push(() => vk);
console.log(fns.map((g) => g()).join(","));
var count = 0;
for (const ck in "str") count += Number(ck);
console.log(count);
var num = 0;
for (const nk in 12345) num++;
console.log(num);
