// ?. on calls: obj.m?.(), f?.(), and `this` preservation.
var obj = {
  v: 10,
  get() { return this.v; },
  nested: { fn() { return this === obj.nested; } }
};
console.log(obj.get?.());
console.log(obj.missing?.());
console.log(obj?.get());
console.log(obj.nested?.fn?.());
console.log(obj?.nested.fn());
var f = null;
console.log(f?.(1, 2));
var g = (x) => x * 2;
console.log(g?.(21));
var count = 0;
function arg() { count++; return 1; }
console.log(f?.(arg()), count);
console.log(g?.(arg()), count);
console.log(obj.missing?.().then.what);
var u;
console.log(u?.foo(), u?.foo.bar());
try { obj.v?.(); } catch (e) { console.log(e instanceof TypeError); }
try { obj.notThere(); } catch (e) { console.log(e instanceof TypeError); }
var callbacks = { onDone: (r) => "done:" + r };
console.log(callbacks.onDone?.("ok"), callbacks.onError?.("bad"));
console.log(obj["get"]?.(), obj?.["get"]?.());
class C { m() { return this instanceof C; } }
var c = new C();
console.log(c.m?.(), c?.m());
