// Bank account with private balance, validated through thrown errors.
function openAccount(owner, initial) {
  var balance = initial;
  var history = [];
  function record(kind, amt) { history.push(kind + amt); }
  return {
    deposit: function (amt) {
      if (amt <= 0) throw new RangeError("deposit must be positive");
      balance += amt; record("+", amt); return balance;
    },
    withdraw: function (amt) {
      if (amt > balance) throw new Error(owner + " has insufficient funds");
      balance -= amt; record("-", amt); return balance;
    },
    balance: function () { return balance; },
    historyLength: function () { return history.length; }
  };
}
var acct = openAccount("ann", 100);
acct.deposit(50);
acct.withdraw(30);
console.log(acct.balance());
try { acct.withdraw(1000); } catch (e) { console.log(e.message); }
try { acct.deposit(-5); } catch (e) { console.log(e.name, e.message); }
var other = openAccount("bob", 0);
other.deposit(1);
console.log(acct.balance(), other.balance(), acct.historyLength(), other.historyLength());
console.log(typeof balance);
