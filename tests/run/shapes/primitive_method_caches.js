// Method reads on strings, numbers and booleans are cached per site; the
// caches must follow changes to the prototypes they went through.
function code(s, i) { return s.charCodeAt(i); }
function fixed(n) { return n.toFixed(1); }
function str(b) { return b.toString(); }
const out = [];
for (let i = 0; i < 3; i++) out.push(code("abc", i), fixed(i + 0.25), str(i % 2 === 0));
String.prototype.charCodeAt = function (i) { return "patched " + this[i]; };
out.push(code("xyz", 1));
delete String.prototype.charCodeAt;
try { code("xyz", 1); } catch (e) { out.push(e.constructor.name + ": " + e.message); }
Object.prototype.charCodeAt = function () { return "from Object.prototype"; };
out.push(code("q", 0));
delete Object.prototype.charCodeAt;
Number.prototype.toFixed = function () { return "no digits"; };
out.push(fixed(1.5));
Object.defineProperty(Boolean.prototype, "toString", { get() { return () => "getter"; }, configurable: true });
out.push(str(true));
function len(s) { return s.length; }
function at0(s) { return s["0"]; }
out.push(len("four"), len("ab" + "cd" + "e"), at0("hey"), at0(""));
console.log(out.join(" | "));
