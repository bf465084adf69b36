// Destructuring null or undefined: the outermost pattern says "Cannot
// destructure ...", a nested one fails as reading its first property does
// (V8 compiles nested patterns to property reads).
const tests = [
  () => { const { a: { b } } = {}; },
  () => { const [{ c }] = [null]; },
  () => { const { a: { b: { c } } } = { a: {} }; },
  () => { const { a } = undefined; },
  () => { const { a } = null; },
  () => { let q; ({ a: { b: q } } = {}); },
  () => { let q; ({ a: { b: q } } = { a: null }); },
  () => { let q; ({ b: q } = undefined); },
  () => { function p({ x: { y } }) {} p({}); },
  () => { function p({ x }) {} p(); },
  () => { for (const { a: { b } } of [{}]) {} },
  () => { const [[{ d }]] = [[undefined]]; },
  () => { const { a: { b } = {} } = {}; return b; },
  () => { const { "str key": { k } } = {}; },
];
for (const t of tests) {
  try {
    console.log("ok", t());
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
