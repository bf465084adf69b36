// A dependency graph with topological sort (Kahn and DFS), cycle detection and build planning.
class Graph {
  constructor() { this.edges = new Map(); }
  addNode(n) { if (!this.edges.has(n)) this.edges.set(n, new Set()); return this; }
  depend(n, ...deps) {
    this.addNode(n);
    for (const d of deps) { this.addNode(d); this.edges.get(n).add(d); }
    return this;
  }
  nodes() { return [...this.edges.keys()]; }
  dependents(n) { return this.nodes().filter((m) => this.edges.get(m).has(n)); }
  kahn() {
    const indeg = new Map(this.nodes().map((n) => [n, this.edges.get(n).size]));
    const ready = this.nodes().filter((n) => indeg.get(n) === 0).sort();
    const order = [];
    while (ready.length) {
      const n = ready.shift();
      order.push(n);
      for (const m of this.dependents(n)) {
        indeg.set(m, indeg.get(m) - 1);
        if (indeg.get(m) === 0) { ready.push(m); ready.sort(); }
      }
    }
    if (order.length !== this.edges.size) {
      const stuck = this.nodes().filter((n) => !order.includes(n));
      const err = new Error(`cycle detected among: ${stuck.join(", ")}`);
      err.partial = order;
      throw err;
    }
    return order;
  }
  dfsOrder() {
    const state = new Map();
    const order = [];
    const visit = (n, path) => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "active") {
        const cycle = [...path.slice(path.indexOf(n)), n];
        throw new Error("cycle: " + cycle.join(" -> "));
      }
      state.set(n, "active");
      for (const d of [...this.edges.get(n)].sort()) visit(d, [...path, n]);
      state.set(n, "done");
      order.push(n);
    };
    for (const n of this.nodes().sort()) visit(n, []);
    return order;
  }
  levels() {
    const memo = new Map();
    const level = (n) => {
      if (memo.has(n)) return memo.get(n);
      const deps = [...this.edges.get(n)];
      const l = deps.length ? 1 + Math.max(...deps.map(level)) : 0;
      memo.set(n, l);
      return l;
    };
    const byLevel = [];
    for (const n of this.nodes()) (byLevel[level(n)] ??= []).push(n);
    return byLevel.map((xs) => xs.sort());
  }
  transitive(n, seen = new Set()) {
    for (const d of this.edges.get(n)) if (!seen.has(d)) { seen.add(d); this.transitive(d, seen); }
    return seen;
  }
}

const g = new Graph()
  .depend("app", "ui", "api", "config")
  .depend("ui", "components", "styles")
  .depend("components", "utils", "styles")
  .depend("api", "http", "models", "config")
  .depend("models", "utils")
  .depend("http", "utils", "config")
  .depend("tests", "app", "fixtures")
  .addNode("docs");
console.log(g.nodes());
console.log("kahn:", g.kahn().join(" "));
console.log("dfs: ", g.dfsOrder().join(" "));
console.log("levels:", g.levels());
console.log("app needs:", [...g.transitive("app")].sort());
console.log("utils used by:", g.dependents("utils"));
console.log(g.edges);

const plan = g.levels().map((batch, i) => `step ${i + 1}: build ${batch.join(" + ")}`);
console.log(plan.join("\n"));

function rebuildSet(graph, changed) {
  const out = new Set([changed]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of graph.nodes()) {
      if (!out.has(n) && [...graph.edges.get(n)].some((d) => out.has(d))) { out.add(n); grew = true; }
    }
  }
  return graph.kahn().filter((n) => out.has(n));
}
console.log("change styles ->", rebuildSet(g, "styles"));
console.log("change config ->", rebuildSet(g, "config"));

const cyclic = new Graph().depend("a", "b").depend("b", "c").depend("c", "a").depend("d", "a").depend("e");
try { cyclic.kahn(); } catch (e) { console.log(e.message, "partial:", e.partial); }
try { cyclic.dfsOrder(); } catch (e) { console.log(e.message); }
const self = new Graph().depend("x", "x");
try { self.dfsOrder(); } catch (e) { console.log(e.message); }

const pkgs = {
  "left-pad": [], "lodash": [], "chalk": ["ansi"], "ansi": [], "cli": ["chalk", "lodash", "yargs"],
  "yargs": ["lodash", "y18n"], "y18n": [], "server": ["cli", "left-pad"],
};
const pg = new Graph();
for (const [name, deps] of Object.entries(pkgs)) pg.depend(name, ...deps);
const installOrder = pg.kahn();
console.log("install:", installOrder);
const positions = Object.fromEntries(installOrder.map((n, i) => [n, i]));
const ok = Object.entries(pkgs).every(([n, deps]) => deps.every((d) => positions[d] < positions[n]));
console.log("valid order:", ok, "depth:", pg.levels().length);
