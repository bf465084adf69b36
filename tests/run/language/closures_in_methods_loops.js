// Closures over loop variables inside class methods and getters.
class Grid {
  constructor(w, h) { this.w = w; this.h = h; }
  cells() {
    const out = [];
    for (let y = 0; y < this.h; y++)
      for (let x = 0; x < this.w; x++)
        out.push(() => `${x},${y}`);
    return out;
  }
  get rowsFns() {
    var fns = [];
    for (var r = 0; r < this.h; r++) fns.push(() => r);
    return fns;
  }
}
var g = new Grid(2, 2);
console.log(g.cells().map((f) => f()).join(" "));
console.log(g.rowsFns.map((f) => f()).join(","));
var handlers = {};
class Router {
  constructor(routes) {
    for (const [path, name] of routes) handlers[path] = () => this.prefix + name;
    this.prefix = "route:";
  }
}
new Router([["/", "home"], ["/about", "about"]]);
console.log(handlers["/"](), handlers["/about"]());
var acc = [];
var o = {
  list: ["a", "b", "c"],
  run() { for (const i in this.list) acc.push(() => i + this.list[i]); }
};
o.run();
console.log(acc.map((f) => f()).join(","));
var fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); i++; }
console.log(fns.map((f) => f()).join(","));
