// Logical assignment on captured variables and const bindings.
function lazyInit() {
  let cache;
  return () => (cache ??= { created: Date.now() > 0, n: 0 });
}
var get = lazyInit();
get().n++;
get().n++;
console.log(get().n, get().created);
function flags() {
  let enabled = false;
  return { enable: () => (enabled ||= true), disable: () => (enabled &&= false), get: () => enabled };
}
var f = flags();
console.log(f.get(), f.enable(), f.enable(), f.disable(), f.get());
const a = 1;
a ||= 2;
console.log(a);
const b = null;
b &&= 2;
console.log(b);
try { const c = null; c ??= 3; } catch (e) { console.log(e.constructor.name, e.message); }
try { const d = 0; d ||= 1; } catch (e) { console.log(e.constructor.name, e.message); }
let counts = {};
for (const w of "the cat and the hat and the bat".split(" ")) { counts[w] ??= 0; counts[w]++; }
console.log(Object.keys(counts).map((k) => k + counts[k]).join(" "));
