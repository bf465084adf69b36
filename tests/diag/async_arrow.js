// async arrows are outside the subset.
const f = async (x) => x + 1;
console.log(f);
