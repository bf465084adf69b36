// Closures created inside methods capture locals and `this`.
class Bank {
  constructor() { this.accounts = {}; }
  opener(prefix) {
    let n = 0;
    return (owner) => {
      const id = prefix + ++n;
      this.accounts[id] = { owner, balance: 0 };
      return id;
    };
  }
}
var bank = new Bank();
var open = bank.opener("AC");
console.log(open("ann"), open("bob"), Object.keys(bank.accounts).join(","));
var openB = bank.opener("B");
console.log(openB("cy"), open("dee"), Object.keys(bank.accounts).length);
var obj = {
  makeCounters() {
    var list = [];
    for (let i = 0; i < 3; i++) list.push(() => i * this.mult);
    return list;
  },
  mult: 5
};
console.log(obj.makeCounters().map((f) => f()).join(","));
class Stack {
  constructor() { let items = []; this.push = (x) => { items.push(x); return this; }; this.size = () => items.length; this.peek = () => items[items.length - 1]; }
}
var s1 = new Stack(), s2 = new Stack();
s1.push(1).push(2); s2.push("x");
console.log(s1.size(), s2.size(), s1.peek(), s2.peek(), s1.items);
