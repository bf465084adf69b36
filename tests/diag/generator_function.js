// Generators are outside the subset.
function* count() {
  yield 1;
}
console.log(count().next().value);
