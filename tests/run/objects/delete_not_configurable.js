// `delete` of a property that is not configurable: false in sloppy code,
// TypeError in strict code (also when a strict function's body is inlined
// into sloppy code, and the other way round).
class Foo {
  constructor() {
    Object.defineProperty(this, "k", { value: 1 });
  }
}
const make = () => [Object.freeze({ x: 1 }), Object.freeze([1, 2]), new Foo(), Object.seal({ x: 1 }), Math, "abc", "abc"];
const keys = ["x", 0, "k", "x", "PI", "length", 1];

function sloppyDelete(o, k) {
  return delete o[k];
}
function strictDelete(o, k) {
  "use strict";
  return delete o[k];
}
const objs = make();
for (let i = 0; i < objs.length; i++) {
  let strictResult;
  try {
    strictResult = strictDelete(objs[i], keys[i]);
  } catch (e) {
    strictResult = e.name + ": " + e.message;
  }
  console.log(sloppyDelete(objs[i], keys[i]), strictResult);
}

// What may be deleted still is, in both modes.
function strictCases() {
  "use strict";
  const frozen = Object.freeze({ a: 1 });
  const arr = Object.freeze([1]);
  const plain = { a: 1, b: 2 };
  const list = [1, 2, 3];
  return [delete frozen.missing, delete arr[5], delete plain.a, delete list[1], delete "abc"[7], delete "abc".other, Object.keys(plain), list];
}
console.log(strictCases());
console.log(delete Object.freeze({}).nope, delete [1, 2][0], delete Object.freeze([1, , 3])[1]);

// Static keys and the result used as a value.
function strictStatic(o) {
  "use strict";
  try {
    return delete o.fixed;
  } catch (e) {
    return e.message;
  }
}
const fixedHolder = {};
Object.defineProperty(fixedHolder, "fixed", { value: 1, enumerable: true });
console.log(strictStatic(fixedHolder), delete fixedHolder.fixed, fixedHolder.fixed);

// Built-in keys that are never configurable: an array's `length`, a String
// wrapper's indexes and `length`.
function strictTry(o, k) {
  "use strict";
  try {
    return delete o[k];
  } catch (e) {
    return e.message;
  }
}
const wrapper = new String("ab");
console.log(delete [].length, delete wrapper[0], delete wrapper.length, delete wrapper[5]);
console.log(strictTry([1], "length"), strictTry(wrapper, 1), strictTry(wrapper, "length"), strictTry(new Number(1), "x"));
// A key whose conversion runs code (and allocates) while the string waits.
const key = { toString: () => ["le", "ngth"].join("") };
let text = "";
for (let i = 0; i < 3; i++) text += "x" + i;
console.log(strictTry(text, key), delete text[key], strictTry(text + "!", { toString: () => "other" }));
