// Optional calls on class members, static members and optional this-method calls.
class Node {
  constructor(value, next = null) { this.value = value; this.next = next; }
  nth(i) { return i === 0 ? this.value : this.next?.nth(i - 1); }
  last() { return this.next?.last() ?? this.value; }
  static from(...vals) { return vals.reduceRight((acc, v) => new Node(v, acc), null); }
}
var list = Node.from(1, 2, 3);
console.log(list.nth(0), list.nth(2), list.nth(5), list.last());
console.log(Node.from()?.value, Node.nope?.(), Node.from?.(9).value);
class Plugin {
  constructor(hooks) { this.hooks = hooks; }
  run(name, arg) { return this.hooks?.[name]?.(arg) ?? `no ${name}`; }
}
var p = new Plugin({ start: (x) => `started ${x}` });
console.log(p.run("start", 1), p.run("stop", 2), new Plugin().run("start"));
class Parent { greet() { return "parent hi"; } }
class Child extends Parent {
  greet() { return super.greet?.() + "/" + (super.missing?.() ?? "no missing"); }
}
console.log(new Child().greet());
