// BigInt literals are outside the subset.
const big = 12345678901234567890n;
console.log(big);
