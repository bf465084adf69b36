// A closure that modifies a captured parameter.
function makeAcc(total) {
  return function (n) { total += n; return total; };
}
var acc = makeAcc(100);
acc(10);
acc(-30);
console.log(acc(0));
var acc2 = makeAcc("s:");
console.log(acc2("a"), acc2("b"));
console.log(acc(1));
function both(p) {
  var inc = () => p++;
  var get = () => p;
  inc(); inc();
  return get();
}
console.log(both(5));
