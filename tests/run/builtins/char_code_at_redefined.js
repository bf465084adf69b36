// `s.charCodeAt(i)` after String.prototype.charCodeAt is redefined with a
// getter, made a plain value, and deleted: compiled code must stop
// assuming the builtin (`bibao_string_intact` becomes 0). Functions stored
// under `charCodeAt` come from `made`, so that the call site stays an
// ordinary method call (not an inlined one).

function made(f) {
  return f;
}

function codes(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) out.push(str.charCodeAt(i));
  return out;
}
console.log(codes("abc"));

const original = String.prototype.charCodeAt;
let gets = 0;
Object.defineProperty(String.prototype, "charCodeAt", {
  get() {
    gets++;
    return made(function (i) {
      return "got " + this + i;
    });
  },
  configurable: true,
});
console.log(codes("ab"), gets);

Object.defineProperty(String.prototype, "charCodeAt", { value: 7, configurable: true, writable: true });
try {
  codes("a");
} catch (e) {
  console.log(e.name + ": " + e.message);
}

String.prototype.charCodeAt = original;
console.log(codes("xyz"));

delete String.prototype.charCodeAt;
try {
  codes("q");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
Object.prototype.charCodeAt = made((i) => "object " + i);
console.log(codes("hi"));
