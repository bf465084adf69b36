// ToString inside templates: arrays with null/undefined, objects with toString/valueOf, numbers.
console.log(`${[1, null, undefined, 2]}`);
console.log(`${[[], [[]], [1, [2, [3]]]]}`);
var o = { toString() { return "TS"; }, valueOf() { return 7; } };
console.log(`${o}`, o + "", o * 2, String(o), [o] + "");
var onlyValueOf = { valueOf() { return 3; } };
console.log(`${onlyValueOf}`, onlyValueOf + 1);
class Money {
  constructor(c) { this.cents = c; }
  toString() { return `$${(this.cents / 100).toFixed(2)}`; }
}
console.log(`${new Money(1234)} and ${new Money(5)}`);
console.log(`${0.000001} ${1e-7} ${123456789012345680000} ${2 ** 53} ${-1.5e300}`);
console.log(`${(255).toString(16)} ${(0.5).toString(2)} ${(1 / 3).toFixed(4)}`);
var fn = function named() {};
console.log(`${typeof fn}`);
console.log(`${new Error("boom")}`, `${new TypeError("bad")}`);
var nestedObj = { a: 1 };
console.log(`obj: ${nestedObj}`);
console.log(`${[1, 2].map((x) => `<${x}>`)}`);
