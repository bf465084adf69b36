// Getters and setters in object literals.
var temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get c() { return this._c; }
};
console.log(temp.f, temp.c);
temp.f = 212;
console.log(temp.c, temp.f);
temp.c = 0;
console.log(temp.c);
var counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.next, counter.n);
var log = [];
var onlySet = { set v(x) { log.push(x); } };
onlySet.v = 1;
onlySet.v = 2;
console.log(onlySet.v, log.join(","));
var computed = "dyn";
var o = { get [computed + "Key"]() { return "computed getter"; } };
console.log(o.dynKey);
console.log(Object.keys(temp).join(","));
var desc = Object.getOwnPropertyDescriptor(temp, "f");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, "value" in desc);
var lazy = {
  get data() { var d = [1, 2, 3]; this._cache = d; return d; }
};
console.log(lazy.data.length, lazy._cache.join(","));
var r = (temp.f = 50);
console.log(r);
var inh = Object.create(temp);
inh.f = 32;
console.log(inh.c, temp.c, inh.hasOwnProperty("_c"));
