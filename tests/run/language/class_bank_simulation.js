// Bank simulation: classes, inheritance, static registry, custom errors, getters.
class BankError extends Error {
  constructor(message, account) { super(message); this.name = "BankError"; this.account = account; }
}
class InsufficientFunds extends BankError {
  constructor(account, needed) {
    super(`insufficient funds in ${account.id}: need ${needed}, have ${account.balance}`, account);
    this.name = "InsufficientFunds";
    this.needed = needed;
  }
}
class FrozenAccount extends BankError {
  constructor(account) { super(`account ${account.id} is frozen`, account); this.name = "FrozenAccount"; }
}
class Account {
  static nextId = 1;
  static registry = new Map();
  static find(id) {
    const acct = Account.registry.get(id);
    if (!acct) throw new BankError(`no account ${id}`, null);
    return acct;
  }
  frozen = false;
  transactions = [];
  constructor(owner, opening = 0) {
    this.id = `${this.kind()}-${Account.nextId++}`;
    this.owner = owner;
    this._balance = 0;
    Account.registry.set(this.id, this);
    if (opening > 0) this.deposit(opening, "opening");
  }
  kind() { return "ACC"; }
  get balance() { return this._balance; }
  check() { if (this.frozen) throw new FrozenAccount(this); }
  deposit(amount, memo = "deposit") {
    this.check();
    if (!(amount > 0)) throw new RangeError(`bad amount ${amount}`);
    this._balance += amount;
    this.transactions.push({ type: "+", amount, memo });
    return this;
  }
  withdraw(amount, memo = "withdraw") {
    this.check();
    if (amount > this.available()) throw new InsufficientFunds(this, amount);
    this._balance -= amount;
    this.transactions.push({ type: "-", amount, memo });
    return this;
  }
  available() { return this._balance; }
  endOfMonth() {}
  statement() {
    return `${this.id} (${this.owner}): ` + this.transactions.map(({ type, amount, memo }) => `${type}${amount} ${memo}`).join("; ") + ` = ${this.balance}`;
  }
}
class Savings extends Account {
  constructor(owner, opening, rate) { super(owner, opening); this.rate = rate; }
  kind() { return "SAV"; }
  endOfMonth() {
    const interest = Math.round(this.balance * this.rate * 100) / 100;
    if (interest > 0) this.deposit(interest, "interest");
  }
}
class Checking extends Account {
  overdraft = 100;
  kind() { return "CHK"; }
  available() { return super.available() + this.overdraft; }
  endOfMonth() {
    super.endOfMonth();
    if (this.balance < 0) {
      this._balance -= 15;
      this.transactions.push({ type: "-", amount: 15, memo: "fee" });
    }
  }
}
class Bank {
  constructor(name) { this.name = name; this.accounts = []; this.failures = []; }
  open(Kind, ...args) { const a = new Kind(...args); this.accounts.push(a); return a; }
  transfer(fromId, toId, amount) {
    const from = Account.find(fromId), to = Account.find(toId);
    try {
      from.withdraw(amount, `to ${toId}`);
      try {
        to.deposit(amount, `from ${fromId}`);
      } catch (e) {
        from.deposit(amount, "refund");
        throw e;
      }
      return true;
    } catch (e) {
      if (!(e instanceof BankError)) throw e;
      this.failures.push(`${e.name}: ${e.message}`);
      return false;
    } finally {
      this.lastTransfer = `${fromId}->${toId}:${amount}`;
    }
  }
  get total() { return this.accounts.reduce((s, a) => s + a.balance, 0); }
  monthEnd() { for (const a of this.accounts) a.endOfMonth(); }
}
const bank = new Bank("Closure Savings & Loan");
const alice = bank.open(Savings, "alice", 1000, 0.01);
const bob = bank.open(Checking, "bob", 50);
const carol = bank.open(Account, "carol");
console.log(alice.id, bob.id, carol.id, bank.total);
console.log(bank.transfer(alice.id, bob.id, 200), bank.lastTransfer);
console.log(bank.transfer(bob.id, carol.id, 320), bank.lastTransfer);
console.log(bank.transfer(bob.id, carol.id, 10));
carol.frozen = true;
console.log(bank.transfer(alice.id, carol.id, 5), alice.balance);
carol.frozen = false;
try { bank.transfer(alice.id, "XYZ-9", 1); } catch (e) { console.log("outer", e.name, e.message); }
try { alice.deposit(-5); } catch (e) { console.log(e instanceof BankError, e.name, e.message); }
bank.monthEnd();
for (const a of bank.accounts) console.log(a.statement());
console.log(bank.failures.join("\n"));
console.log(bank.total, Account.registry.size, Account.nextId);
console.log(bob instanceof Account, bob instanceof Savings, Object.keys(bob).join(","));
