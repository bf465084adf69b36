// Math's own properties changed in every way the language allows; a look-
// alike object written through the same property-set site as Math.

function twice(f) {
  return [f(), f()].join(",");
}
console.log(twice(() => Math.abs(-3)));

const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(Math));
function store(o, f) {
  o.abs = f;
}
store(clone, () => "clone abs");
store(clone, () => "clone abs 2");
console.log(clone.abs(), Math.abs(-4));
store(Math, () => "stored abs");
console.log(Math.abs(-4));

Object.defineProperty(Math, "floor", { value: () => "defined floor" });
console.log(Math.floor(1.5));
Object.assign(Math, { ceil: () => "assigned ceil" });
console.log(Math.ceil(1.5));
delete Math.trunc;
try {
  Math.trunc(1.5);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
Object.defineProperty(Math, "min", { get: () => () => "getter min" });
console.log(Math.min(1, 2));
Object.freeze(Math);
console.log(Math.max(1, 2), Math.sqrt(9));
