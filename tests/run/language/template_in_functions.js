// Templates inside closures, loops and methods.
function greeter(greeting) {
  return function (who) { return `${greeting}, ${who}!`; };
}
var hi = greeter("Hi");
console.log(hi("Ann"), hi("Bob"));
var rows = [];
for (var i = 1; i <= 3; i++) {
  rows.push(`${i} x ${i} = ${i * i}`);
}
console.log(rows.join("; "));
var p = {
  x: 3, y: 4,
  describe: function () { return `(${this.x}, ${this.y}) len ${Math.sqrt(this.x * this.x + this.y * this.y)}`; }
};
console.log(p.describe());
function pad(n, w) {
  var s = `${n}`;
  while (s.length < w) s = ` ${s}`;
  return s;
}
console.log(`[${pad(7, 4)}][${pad(1234, 2)}][${pad(-5, 3)}]`);
var html = `<ul>${["a", "b", "c"].map(function (x) { return `<li>${x}</li>`; }).join("")}</ul>`;
console.log(html);
console.log(`${`${`${"deep"}`}`}`);
