// A tiny virtual DOM: h() builds nodes, diff() produces patch operations, patch() applies them.
function h(tag, props, ...children) {
  const flat = children.flat(Infinity).filter((c) => c !== null && c !== false && c !== undefined);
  return {
    tag,
    props: props || {},
    children: flat.map((c) => (typeof c === "object" ? c : { tag: "#text", text: String(c), props: {}, children: [] })),
  };
}

function render(node, indent = "") {
  if (node.tag === "#text") return indent + JSON.stringify(node.text);
  const attrs = Object.entries(node.props)
    .filter(([k]) => k !== "key")
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
  if (!node.children.length) return `${indent}<${node.tag}${attrs} />`;
  const inner = node.children.map((c) => render(c, indent + "  ")).join("\n");
  return `${indent}<${node.tag}${attrs}>\n${inner}\n${indent}</${node.tag}>`;
}

function diffProps(oldP, newP, path, ops) {
  for (const k of Object.keys(newP)) {
    if (oldP[k] !== newP[k]) ops.push({ op: "setProp", path, key: k, value: newP[k] });
  }
  for (const k of Object.keys(oldP)) {
    if (!(k in newP)) ops.push({ op: "removeProp", path, key: k });
  }
}

function diff(oldNode, newNode, path = [], ops = []) {
  if (!oldNode) {
    ops.push({ op: "create", path, node: newNode.tag === "#text" ? newNode.text : newNode.tag });
    return ops;
  }
  if (!newNode) {
    ops.push({ op: "remove", path });
    return ops;
  }
  if (oldNode.tag !== newNode.tag) {
    ops.push({ op: "replace", path, from: oldNode.tag, to: newNode.tag });
    return ops;
  }
  if (oldNode.tag === "#text") {
    if (oldNode.text !== newNode.text) ops.push({ op: "text", path, value: newNode.text });
    return ops;
  }
  diffProps(oldNode.props, newNode.props, path, ops);
  const keyed = newNode.children.every((c) => c.props.key !== undefined) &&
    oldNode.children.every((c) => c.props.key !== undefined);
  if (keyed && newNode.children.length) {
    const oldByKey = new Map(oldNode.children.map((c, i) => [c.props.key, { c, i }]));
    const newKeys = new Set(newNode.children.map((c) => c.props.key));
    oldNode.children.forEach((c, i) => {
      if (!newKeys.has(c.props.key)) ops.push({ op: "remove", path: [...path, i], key: c.props.key });
    });
    newNode.children.forEach((c, i) => {
      const old = oldByKey.get(c.props.key);
      if (!old) ops.push({ op: "insert", path: [...path, i], key: c.props.key });
      else {
        if (old.i !== i) ops.push({ op: "move", key: c.props.key, from: old.i, to: i });
        diff(old.c, c, [...path, i], ops);
      }
    });
    return ops;
  }
  const n = Math.max(oldNode.children.length, newNode.children.length);
  for (let i = n - 1; i >= 0; i--) {
    if (i >= newNode.children.length) diff(oldNode.children[i], undefined, [...path, i], ops);
  }
  for (let i = 0; i < newNode.children.length; i++) {
    diff(oldNode.children[i], newNode.children[i], [...path, i], ops);
  }
  return ops;
}

function clone(node) {
  return JSON.parse(JSON.stringify(node));
}

function patch(tree, ops, newTree) {
  const root = clone(tree);
  const at = (t, path) => path.reduce((n, i) => n.children[i], t);
  for (const o of ops) {
    if (o.op === "setProp") at(root, o.path).props[o.key] = o.value;
    else if (o.op === "removeProp") delete at(root, o.path).props[o.key];
    else if (o.op === "text") at(root, o.path).text = o.value;
    else if (["create", "replace", "insert"].includes(o.op)) {
      const parentPath = o.path.slice(0, -1);
      const idx = o.path[o.path.length - 1];
      const fresh = clone(at(newTree, o.path));
      if (o.op === "replace") at(root, parentPath).children[idx] = fresh;
      else at(root, parentPath).children.splice(idx, 0, fresh);
    } else if (o.op === "remove" && o.key === undefined) {
      at(root, o.path.slice(0, -1)).children.splice(o.path[o.path.length - 1], 1);
    }
  }
  return root;
}

const todoView = (items, filter) =>
  h("div", { class: "app", "data-filter": filter },
    h("h1", null, "Todos (", items.filter((i) => !i.done).length, ")"),
    h("ul", null, items.map((i) => h("li", { key: i.id, class: i.done ? "done" : "open" }, i.text))),
    filter === "all" ? h("footer", null, "showing all") : null,
  );

const v1 = todoView([{ id: 1, text: "milk", done: false }, { id: 2, text: "eggs", done: true }], "all");
console.log(render(v1));
const v2 = todoView([{ id: 2, text: "eggs", done: false }, { id: 3, text: "jam", done: false }, { id: 1, text: "milk!", done: false }], "open");
console.log(render(v2));
const ops = diff(v1, v2);
console.log(ops.length, "operations");
for (const o of ops) console.log(JSON.stringify(o));

const a = h("p", { id: "x" }, "hello", h("b", null, "world"), "!");
const b = h("p", { id: "y", title: "t" }, "hello", h("i", null, "world"));
const ops2 = diff(a, b);
console.log(ops2);
const patched = patch(a, ops2, b);
console.log(render(patched));
console.log(JSON.stringify(patched) === JSON.stringify(b));
console.log(diff(b, b), diff(h("x", null), h("x", null, "new child")));
console.log(h("div", null, [1, [2, [3]]], false, null, 0));
