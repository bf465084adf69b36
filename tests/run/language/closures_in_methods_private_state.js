// Module pattern and privileged methods via closures.
function makeAccount(initial) {
  let balance = initial;
  const history = [];
  function record(type, amt) { history.push(`${type}:${amt}`); }
  return {
    deposit(a) { balance += a; record("dep", a); return this; },
    withdraw(a) {
      if (a > balance) throw new RangeError("insufficient: " + balance);
      balance -= a; record("wd", a); return this;
    },
    get balance() { return balance; },
    history: () => history.slice()
  };
}
var acct = makeAccount(100);
acct.deposit(50).withdraw(30);
console.log(acct.balance, acct.history().join(","));
try { acct.withdraw(1000); } catch (e) { console.log(e.name, e.message); }
acct.history().push("tamper");
console.log(acct.history().length, acct.balance);
var other = makeAccount(0);
console.log(other.balance, other.history().length);
function once(fn) {
  let done = false, result;
  return function (...args) {
    if (!done) { done = true; result = fn.apply(this, args); }
    return result;
  };
}
var initObj = { v: 3, init: once(function (m) { return this.v * m; }) };
console.log(initObj.init(2), initObj.init(100));
function counterFactory() {
  let c = 0;
  return { inc: () => ++c, dec: () => --c, get value() { return c; } };
}
var c1 = counterFactory(), c2 = counterFactory();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value);
