// Private class fields are outside the subset.
class Account {
  #balance = 0;
  deposit(v) {
    this.#balance += v;
  }
}
new Account().deposit(1);
