// Regular expression literals are outside the subset.
const words = "a b c".split(/\s+/);
console.log(words.length);
