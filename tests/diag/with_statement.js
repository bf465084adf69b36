// `with` is rejected: names inside it cannot be resolved at compile time.
var o = { a: 1 };
with (o) {
  console.log(a);
}
