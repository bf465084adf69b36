// An uncaught RangeError thrown from a nested function, after finally runs.
function check(n) {
  if (n > 10) throw new RangeError("n too big: " + n);
  return n;
}
try {
  console.log(check(5));
  console.log(check(50));
} finally {
  console.log("finally ran");
}
