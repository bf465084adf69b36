// Generator methods in object literals are outside the subset.
const counter = {
  *values() {
    yield 1;
  },
};
console.log(counter);
