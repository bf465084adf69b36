// Property values of every primitive type and nested updates.
var rec = { n: 1.5, s: "str", b: false, u: undefined, z: null, f: function () { return "called"; } };
console.log(rec.n, rec.s, rec.b, rec.u, rec.z, rec.f());
rec.inner = { list: [1, 2] };
rec.inner.list.push(3);
rec.inner.list[0] = rec.inner.list.length;
console.log(rec.inner.list[0], rec.inner.list[2]);
console.log(typeof rec.f, typeof rec.inner, typeof rec.u);
