// finally runs before the error escapes and the process exits with status 1.
function risky() {
  try {
    console.log("in try");
    throw new RangeError("out of range: " + 12);
  } finally {
    console.log("in finally");
  }
}
try {
  risky();
} finally {
  console.log("outer finally");
}
console.log("not reached");
