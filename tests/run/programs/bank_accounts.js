// A bank simulation with classes, custom exceptions, and a transaction journal.
class BankError extends Error {
  constructor(message, code) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
  }
}
class InsufficientFunds extends BankError {
  constructor(account, amount) {
    super(`account ${account.id} cannot withdraw ${amount.toFixed(2)} (balance ${account.balance.toFixed(2)})`, "E_FUNDS");
    this.shortBy = +(amount - account.available()).toFixed(2);
  }
}
class AccountFrozen extends BankError {
  constructor(id) { super(`account ${id} is frozen`, "E_FROZEN"); }
}
class InvalidAmount extends BankError {
  constructor(amount) { super(`invalid amount: ${amount}`, "E_AMOUNT"); }
}

class Account {
  static nextId = 100;
  constructor(owner, opening = 0) {
    this.id = Account.nextId++;
    this.owner = owner;
    this.balance = 0;
    this.frozen = false;
    this.history = [];
    if (opening) this.deposit(opening, "opening");
  }
  static check(amount) {
    if (typeof amount !== "number" || !(amount > 0) || !Number.isFinite(amount)) throw new InvalidAmount(amount);
  }
  available() { return this.balance; }
  deposit(amount, memo = "deposit") {
    Account.check(amount);
    if (this.frozen) throw new AccountFrozen(this.id);
    this.balance = +(this.balance + amount).toFixed(2);
    this.history.push({ type: "credit", amount, memo, balance: this.balance });
    return this;
  }
  withdraw(amount, memo = "withdraw") {
    Account.check(amount);
    if (this.frozen) throw new AccountFrozen(this.id);
    if (amount > this.available()) throw new InsufficientFunds(this, amount);
    this.balance = +(this.balance - amount).toFixed(2);
    this.history.push({ type: "debit", amount, memo, balance: this.balance });
    return this;
  }
  monthEnd() { return 0; }
  toString() { return `${this.constructor.name}#${this.id}(${this.owner}: ${this.balance.toFixed(2)})`; }
}
class Savings extends Account {
  constructor(owner, opening, rate) {
    super(owner, opening);
    this.rate = rate;
    this.withdrawalsThisMonth = 0;
  }
  withdraw(amount, memo) {
    if (this.withdrawalsThisMonth >= 2) throw new BankError("savings withdrawal limit reached", "E_LIMIT");
    super.withdraw(amount, memo);
    this.withdrawalsThisMonth++;
    return this;
  }
  monthEnd() {
    const interest = +(this.balance * this.rate / 12).toFixed(2);
    if (interest > 0) this.deposit(interest, "interest");
    this.withdrawalsThisMonth = 0;
    return interest;
  }
}
class Checking extends Account {
  constructor(owner, opening, overdraft = 0) {
    super(owner, opening);
    this.overdraft = overdraft;
  }
  available() { return this.balance + this.overdraft; }
  monthEnd() {
    if (this.balance < 0) {
      const fee = 15;
      this.balance -= fee;
      this.history.push({ type: "fee", amount: fee, memo: "overdraft fee", balance: this.balance });
      return -fee;
    }
    return 0;
  }
}

class Bank {
  constructor(name) { this.name = name; this.accounts = new Map(); this.journal = []; }
  open(kind, ...args) {
    const acct = new kind(...args);
    this.accounts.set(acct.id, acct);
    this.journal.push(`open ${acct}`);
    return acct;
  }
  get(id) {
    const a = this.accounts.get(id);
    if (!a) throw new BankError(`no account ${id}`, "E_NOACCT");
    return a;
  }
  transfer(fromId, toId, amount) {
    const from = this.get(fromId);
    const to = this.get(toId);
    const snapshot = [from.balance, to.balance, from.history.length, to.history.length];
    try {
      from.withdraw(amount, `transfer to ${toId}`);
      to.deposit(amount, `transfer from ${fromId}`);
      this.journal.push(`transfer ${amount} ${fromId}->${toId} ok`);
      return true;
    } catch (e) {
      [from.balance, to.balance] = snapshot;
      from.history.length = snapshot[2];
      to.history.length = snapshot[3];
      this.journal.push(`transfer ${amount} ${fromId}->${toId} failed: ${e.code}`);
      throw e;
    }
  }
  totals() {
    const byOwner = {};
    for (const a of this.accounts.values()) byOwner[a.owner] = +((byOwner[a.owner] || 0) + a.balance).toFixed(2);
    return byOwner;
  }
}

const bank = new Bank("Closure Savings & Loan");
const alice = bank.open(Checking, "alice", 500, 100);
const aliceSav = bank.open(Savings, "alice", 1000, 0.06);
const bob = bank.open(Checking, "bob", 50);
const carol = bank.open(Savings, "carol", 0, 0.12);

const attempts = [
  () => bank.transfer(alice.id, bob.id, 120.5),
  () => bank.transfer(bob.id, carol.id, 500),
  () => bank.transfer(alice.id, carol.id, 450),
  () => alice.withdraw(-5),
  () => bob.deposit(NaN),
  () => aliceSav.withdraw(10).withdraw(10).withdraw(10),
  () => bank.transfer(999, bob.id, 1),
  () => { bob.frozen = true; bob.deposit(1); },
  () => bank.transfer(carol.id, bob.id, 10),
];
for (const [i, attempt] of attempts.entries()) {
  try {
    attempt();
    console.log(i, "ok");
  } catch (e) {
    if (!(e instanceof BankError)) throw e;
    console.log(i, e.name, e.code, e.message, e instanceof InsufficientFunds ? `short by ${e.shortBy}` : "");
  }
}
bob.frozen = false;
console.log(String(alice), String(bob), `${carol}`, `${aliceSav}`);
console.log("month end:", [...bank.accounts.values()].map((a) => [a.id, a.monthEnd()]));
console.log(bank.totals());
console.log(alice.history);
console.log(aliceSav);
console.log(bank.journal);
const richest = [...bank.accounts.values()].sort((a, b) => b.balance - a.balance)[0];
console.log("richest:", richest.owner, richest.balance, richest instanceof Savings);
const err = new InsufficientFunds(bob, 1e6);
console.log(err.name, err.code, err.shortBy, Object.keys(err));
