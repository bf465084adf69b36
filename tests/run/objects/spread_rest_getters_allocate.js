// Object spread and rest call getters, which run compiled code and may
// trigger a collection (at once under BIBAO_GC=stress, which the run tests
// also use): the objects being built and read, and the keys still
// to copy, must survive it.
function churn() {
  const junk = [];
  for (let i = 0; i < 200; i++) junk.push({ i, s: "x" + (i & 7) });
  return junk.length;
}
function source() {
  return {
    get a() {
      churn();
      return 1;
    },
    b: 2,
    get c() {
      churn();
      return [3, { deep: "yes" }];
    },
    d: "four",
  };
}
console.log({ ...source() });
console.log({ before: 0, ...source(), after: 5 });
const { a, ...rest } = source();
console.log(a, rest);
const { ...all } = source();
console.log(all);
function restParam({ b, ...others }) {
  return [b, others];
}
console.log(restParam(source()));
console.log([source(), source()].map((o) => ({ ...o })));
console.log(Object.assign({}, source()));
console.log(JSON.stringify(source()));
