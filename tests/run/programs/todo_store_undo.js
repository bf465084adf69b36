// Module pattern: a todo store with private state, undo/redo and subscribers.
const TodoStore = (function () {
  let nextId = 1;
  let todos = [];
  const past = [];
  const future = [];
  const listeners = [];

  function snapshot() {
    return todos.map((t) => ({ ...t }));
  }
  function commit(description, mutate) {
    past.push({ description, state: snapshot() });
    future.length = 0;
    mutate();
    notify(description);
  }
  function notify(what) {
    for (const l of listeners) l(what, api.stats());
  }
  function find(id) {
    const t = todos.find((x) => x.id === id);
    if (!t) throw new Error(`todo ${id} not found`);
    return t;
  }

  const api = {
    add(title, tags = []) {
      if (!title || !title.trim()) throw new TypeError("title must be a non-empty string");
      const id = nextId++;
      commit(`add #${id}`, () => {
        todos.push({ id, title: title.trim(), done: false, tags: [...tags] });
      });
      return id;
    },
    toggle(id) {
      const t = find(id);
      commit(`toggle #${id}`, () => {
        todos = todos.map((x) => (x.id === id ? { ...x, done: !t.done } : x));
      });
    },
    rename(id, title) {
      find(id);
      commit(`rename #${id}`, () => {
        todos = todos.map((x) => (x.id === id ? { ...x, title } : x));
      });
    },
    remove(id) {
      find(id);
      commit(`remove #${id}`, () => {
        todos = todos.filter((x) => x.id !== id);
      });
    },
    clearDone() {
      commit("clear done", () => {
        todos = todos.filter((x) => !x.done);
      });
    },
    undo() {
      const entry = past.pop();
      if (!entry) return false;
      future.push({ description: entry.description, state: snapshot() });
      todos = entry.state;
      notify("undo " + entry.description);
      return true;
    },
    redo() {
      const entry = future.pop();
      if (!entry) return false;
      past.push({ description: entry.description, state: snapshot() });
      todos = entry.state;
      notify("redo " + entry.description);
      return true;
    },
    list(filter = "all") {
      const pick = { all: () => true, done: (t) => t.done, open: (t) => !t.done }[filter];
      if (!pick) throw new RangeError("unknown filter: " + filter);
      return todos.filter(pick).map((t) => ({ ...t }));
    },
    byTag() {
      const groups = new Map();
      for (const t of todos) {
        for (const tag of t.tags.length ? t.tags : ["(none)"]) {
          if (!groups.has(tag)) groups.set(tag, []);
          groups.get(tag).push(t.title);
        }
      }
      return groups;
    },
    stats() {
      const done = todos.filter((t) => t.done).length;
      return { total: todos.length, done, open: todos.length - done, undo: past.length, redo: future.length };
    },
    subscribe(fn) {
      listeners.push(fn);
      return () => {
        const i = listeners.indexOf(fn);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
  return Object.freeze(api);
})();

const events = [];
const unsubscribe = TodoStore.subscribe((what, stats) => {
  events.push(what);
  console.log(`  [event] ${what.padEnd(16)} ${JSON.stringify(stats)}`);
});

const milk = TodoStore.add("buy milk", ["shop"]);
const code = TodoStore.add("  write code ", ["work", "fun"]);
const call = TodoStore.add("call mom");
const taxes = TodoStore.add("file taxes", ["work"]);
console.log(TodoStore.list());
TodoStore.toggle(milk);
TodoStore.toggle(taxes);
console.log("open:", TodoStore.list("open").map((t) => t.title));
console.log("done:", TodoStore.list("done").map((t) => t.title));
console.log(TodoStore.byTag());
TodoStore.rename(call, "call mom and dad");
TodoStore.clearDone();
console.log(TodoStore.list());
console.log("undo:", TodoStore.undo());
console.log(TodoStore.list().map((t) => `${t.id}:${t.title}:${t.done ? "x" : " "}`));
console.log("undo:", TodoStore.undo());
console.log("redo:", TodoStore.redo());
console.log(TodoStore.list().map((t) => t.title));
TodoStore.remove(code);
console.log("redo after new change:", TodoStore.redo());

for (const bad of [() => TodoStore.add("   "), () => TodoStore.toggle(99), () => TodoStore.list("weird")]) {
  try {
    bad();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
unsubscribe();
TodoStore.add("silent");
console.log("events seen:", events.length, events.slice(0, 3));
let undos = 0;
while (TodoStore.undo()) undos++;
console.log("undid", undos, "changes; now", TodoStore.stats());
console.log(Object.isFrozen(TodoStore), typeof TodoStore.todos, Object.keys(TodoStore).length);
try {
  TodoStore.hack = 1;
} catch (e) {
  console.log("cannot extend");
}
console.log("hack" in TodoStore);
