// Shallow copies via spread, Object.assign, slice — and what they share.
const orig = { name: "cfg", opts: { depth: 1 }, list: [1, 2] };
const s1 = { ...orig };
const s2 = Object.assign({}, orig);
const s3 = JSON.parse(JSON.stringify(orig));
s1.name = "s1"; s1.opts.depth = 2; s1.list.push(3);
console.log(orig, s2.opts === orig.opts, s3.opts === orig.opts, s3.list);
const arr = [{ v: 1 }, { v: 2 }];
const copy = [...arr];
copy[0].v = 100;
copy.push({ v: 3 });
console.log(arr, copy.length, arr.slice() !== arr, Array.from(arr)[0] === arr[0]);
const merged = Object.assign({ a: 1 }, null, undefined, { b: 2 }, { a: 3 });
console.log(merged);
const target = { x: 1 };
const ret = Object.assign(target, { y: 2 });
console.log(ret === target, target);
const nested = { a: { b: { c: 1 } } };
const deep = { ...nested, a: { ...nested.a, b: { ...nested.a.b, c: 2 } } };
console.log(nested.a.b.c, deep.a.b.c, deep.a !== nested.a);
function withDefaults(opts) { return { retries: 3, verbose: false, ...opts }; }
console.log(withDefaults({ verbose: true }), withDefaults(), withDefaults({ retries: undefined }));
const [firstItem, ...restItems] = "hello";
console.log(firstItem, restItems);
