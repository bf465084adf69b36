// find/findIndex/findLast/some/every/includes/indexOf on realistic data.
const tasks = [
  { id: 1, title: "write", done: true, prio: 2 },
  { id: 2, title: "test", done: false, prio: 1 },
  { id: 3, title: "ship", done: false, prio: 3 },
  { id: 4, title: "rest", done: true, prio: 1 },
];
console.log(tasks.find((t) => !t.done), tasks.findIndex((t) => t.prio === 3), tasks.find((t) => t.prio > 5));
console.log(tasks.findLast((t) => t.done).title, tasks.findLastIndex((t) => t.prio === 1), tasks.findIndex(() => false));
console.log(tasks.some((t) => t.done), tasks.every((t) => t.id > 0), [].every(() => false), [].some(() => true));
const titles = tasks.map((t) => t.title);
console.log(titles.includes("test"), titles.indexOf("ship"), titles.lastIndexOf("nope"), titles.at(-1));
console.log([1, 2, 3, 2, 1].indexOf(2, 2), [1, 2, 3, 2, 1].lastIndexOf(2, 2), [1, 2, 3].includes(2, 2));
let calls = 0;
[5, 6, 7, 8].find((x) => { calls++; return x === 6; });
console.log("find stopped after", calls);
const byPrio = tasks.filter((t) => !t.done).sort((a, b) => b.prio - a.prio).map(({ id, title }) => `${id}:${title}`);
console.log(byPrio);
console.log(tasks.reduce((acc, t) => ({ ...acc, [t.done ? "done" : "open"]: [...(acc[t.done ? "done" : "open"] || []), t.id] }), {}));
console.log(tasks.reduceRight((s, t) => s + t.title[0], ""), [[1, 2], [3]].reduce((a, b) => a.concat(b)));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.message); }
