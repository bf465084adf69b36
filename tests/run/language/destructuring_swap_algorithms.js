// Destructuring used in small algorithms.
function bubble(arr) {
  var a = [...arr];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length - 1 - i; j++)
      if (a[j] > a[j + 1]) [a[j], a[j + 1]] = [a[j + 1], a[j]];
  return a;
}
console.log(bubble([5, 3, 8, 1, 9, 2]).join(","));
function gcd(a, b) { while (b) [a, b] = [b, a % b]; return a; }
console.log(gcd(48, 18), gcd(17, 5), gcd(100, 75));
function minMax(list) {
  let [min, max] = [Infinity, -Infinity];
  for (const v of list) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return { min, max };
}
var { min, max } = minMax([4, -2, 9, 0]);
console.log(min, max);
function parse(line) { const [cmd, ...args] = line.split(" "); return { cmd, args }; }
var { cmd, args } = parse("move 10 20 fast");
console.log(cmd, args.length, args.join("|"));
var entries = Object.entries({ a: 1, b: 2, c: 3 });
var total = 0;
for (var [key, val] of entries) total += val;
console.log(total, key);
function rotate([first, ...rest]) { return [...rest, first]; }
console.log(rotate(rotate([1, 2, 3, 4])).join(""));
