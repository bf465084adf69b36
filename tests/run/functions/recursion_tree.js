// Recursion over a tree built from objects.
function node(v, l, r) { return { v: v, l: l, r: r }; }
var t = node(5, node(3, node(1, null, null), node(4, null, null)), node(8, null, node(9, null, null)));
function sum(n) { return n === null ? 0 : n.v + sum(n.l) + sum(n.r); }
function height(n) { if (n === null) return 0; var a = height(n.l), b = height(n.r); return 1 + (a > b ? a : b); }
function inorder(n) { return n === null ? "" : inorder(n.l) + n.v + " " + inorder(n.r); }
console.log(sum(t), height(t));
console.log(inorder(t));
function insert(n, v) { if (n === null) return node(v, null, null); if (v < n.v) n.l = insert(n.l, v); else n.r = insert(n.r, v); return n; }
insert(t, 6); insert(t, 0);
console.log(inorder(t), height(t));
