// Array.prototype.toString calls the array's join (a replaced one too);
// toLocaleString calls each element's toLocaleString.
const a = [1, 2]; a.join = () => "J";
console.log(String(a), a + "", `${a}`, [3, 4].toString());
console.log([1234.5, -0, null, undefined, "s", 1e21, [5678.9, [1000]]].toLocaleString());
console.log([{ toLocaleString() { return "L"; }, toString() { return "S"; } }].toLocaleString());
console.log(Array.prototype.toString.call({ join() { return "obj join"; } }), Array.prototype.toString.call({}));
