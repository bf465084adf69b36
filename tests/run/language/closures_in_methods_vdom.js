// A tiny virtual-DOM: h(), render to string, diff into a patch list, apply patches.
function h(tag, props, ...children) {
  return { tag, props: props || {}, children: children.flat().map((c) => (typeof c === "object" ? c : { text: String(c) })) };
}
function render(node) {
  if (node.text !== undefined) return node.text;
  const attrs = Object.keys(node.props).sort().map((k) => ` ${k}="${node.props[k]}"`).join("");
  return `<${node.tag}${attrs}>${node.children.map(render).join("")}</${node.tag}>`;
}
function diffProps(oldP, newP) {
  const changes = [];
  for (const k in newP) if (oldP[k] !== newP[k]) changes.push(`set ${k}=${newP[k]}`);
  for (const k in oldP) if (!(k in newP)) changes.push(`remove ${k}`);
  return changes;
}
function diff(oldN, newN, path = "root") {
  const patches = [];
  const walk = (a, b, p) => {
    if (a === undefined) { patches.push({ op: "create", path: p, html: render(b) }); return; }
    if (b === undefined) { patches.push({ op: "remove", path: p }); return; }
    if ((a.text !== undefined) !== (b.text !== undefined) || a.tag !== b.tag) {
      patches.push({ op: "replace", path: p, html: render(b) });
      return;
    }
    if (a.text !== undefined) {
      if (a.text !== b.text) patches.push({ op: "text", path: p, value: b.text });
      return;
    }
    const pc = diffProps(a.props, b.props);
    if (pc.length) patches.push({ op: "props", path: p, changes: pc });
    const len = Math.max(a.children.length, b.children.length);
    for (let i = 0; i < len; i++) walk(a.children[i], b.children[i], `${p}/${i}`);
  };
  walk(oldN, newN, path);
  return patches;
}
function describe(patch) {
  const { op, path, ...rest } = patch;
  const extra = Object.keys(rest).map((k) => `${k}=${Array.isArray(rest[k]) ? rest[k].join("&") : rest[k]}`);
  return [op, path, ...extra].join(" ");
}
function applyPatches(tree, patches) {
  const clone = (n) => (n.text !== undefined ? { text: n.text } : { tag: n.tag, props: { ...n.props }, children: n.children.map(clone) });
  let root = clone(tree);
  const locate = (path) => {
    const idx = path.split("/").slice(1).map(Number);
    let parent = null, node = root, last = -1;
    for (const i of idx) { parent = node; node = node.children[i]; last = i; }
    return { parent, node, last };
  };
  const removals = [];
  for (const p of patches) {
    const { parent, node, last } = locate(p.path);
    switch (p.op) {
      case "text": node.text = p.value; break;
      case "props":
        for (const c of p.changes) {
          const [verb, kv] = c.split(" ");
          const [k, v] = kv.split("=");
          if (verb === "set") node.props[k] = v; else delete node.props[k];
        }
        break;
      case "create": parent.children[last] = { text: p.html }; break;
      case "replace": if (parent) parent.children[last] = { text: p.html }; else root = { text: p.html }; break;
      case "remove": removals.push(() => parent.children.splice(last, 1)); break;
    }
  }
  removals.reverse().forEach((f) => f());
  return root;
}
const view = (state) =>
  h("div", { class: "app", id: state.id },
    h("h1", null, state.title),
    h("ul", { count: state.items.length }, state.items.map((it) => h("li", it.done ? { done: "yes" } : null, it.name))),
    state.footer ? h("p", null, "footer: ", state.footer) : h("span", null, "no footer"));
const s1 = { id: "main", title: "Todo", items: [{ name: "a" }, { name: "b", done: true }, { name: "c" }], footer: "v1" };
const s2 = { id: "main", title: "Todos!", items: [{ name: "a", done: true }, { name: "B" }], footer: null };
const t1 = view(s1), t2 = view(s2);
console.log(render(t1));
console.log(render(t2));
const patches = diff(t1, t2);
console.log(patches.length);
for (const p of patches) console.log(describe(p));
const patched = applyPatches(t1, patches);
console.log(render(patched));
console.log(diff(t1, view(s1)).length, diff(t2, t2).length);
const s3 = { ...s2, items: [...s2.items, { name: "new" }, { name: "newer", done: true }] };
console.log(diff(t2, view(s3)).map(describe).join("\n"));
