// Strings holding a lone UTF-16 surrogate are outside the subset.
const half = "\ud83d";
console.log(half.length);
