// Long-lived objects, arrays, maps and captured variables written with
// freshly made values between collections: the stores that a generational
// collector must remember (old cell -> young cell), made through compiled
// fast paths (own slots, adds, element stores, push, captured variables)
// and through the runtime (computed keys, Map, Object.assign, sort, splice).

const table = { count: 0 };
const list = [];
const byKey = new Map();
const seen = new Set();
let latest = null;
function remember(v) {
  latest = v;
}
const proto = { inherited: "yes" };
const holder = Object.create(proto);
class Node {
  constructor(value) {
    this.value = value;
    this.next = null;
  }
}
const head = new Node("head");

// About 4 MB of short-lived arrays (filled by the runtime, so that few
// safepoints pass and the stress-mode run stays short), and some cells.
function churn(n) {
  let keep = 0;
  for (let i = 0; i < n; i++) {
    const big = new Array(100000).fill(i);
    const o = { i, s: "x" + i };
    keep += big.length + o.s.length;
  }
  return keep;
}

let total = 0;
for (let round = 0; round < 60; round++) {
  total += churn(5);
  const fresh = { round, name: "round " + round };
  table["k" + (round % 10)] = fresh;
  table.last = fresh;
  table.count++;
  table.text = (table.text || "") + round + ",";
  list.push([round, "p" + round]);
  list[round % 7] = { again: "e" + round };
  byKey.set(round % 5, ["m" + round]);
  seen.add("s" + (round % 4));
  remember({ r: "b" + round });
  holder["h" + (round % 3)] = "h" + round;
  Object.assign(table, { assigned: "a" + round });
  const n = new Node("n" + round);
  n.next = head.next;
  head.next = n;
  if (round % 9 === 0) {
    list.sort((a, b) => String(a).localeCompare(String(b)));
    list.splice(3, 1, { spliced: "s" + round });
  }
}

let chain = 0;
let text = "";
for (let n = head.next; n !== null; n = n.next) {
  chain++;
  text = n.value;
}
console.log(total, table.count, table.last.name, table.k3.name, table.assigned);
console.log(table.text.length, table.text.slice(-12));
console.log(list.length, JSON.stringify(list.slice(0, 8)));
console.log(JSON.stringify([...byKey]), [...seen].join(" "));
console.log(latest.r, holder.h0, holder.h1, holder.h2, holder.inherited);
console.log(chain, text);
