// Closures capturing catch parameters.
var fs = [];
for (var i = 0; i < 3; i++) {
  try { throw "err" + i; } catch (e) { fs.push(() => e); }
}
console.log(fs[0](), fs[1](), fs[2]());
function handler() {
  try { throw new TypeError("bad"); }
  catch (err) {
    var getMsg = () => err.message;
    err = { message: "replaced" };
    return getMsg;
  }
}
console.log(handler()());
var mut;
try { throw 1; } catch (v) { mut = () => ++v; }
console.log(mut(), mut());
