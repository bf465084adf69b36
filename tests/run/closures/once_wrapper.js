// once(fn) runs fn only on the first call and remembers the result.
function once(fn) {
  var done = false, result;
  return function (a) {
    if (!done) { done = true; result = fn(a); }
    return result;
  };
}
var n = 0;
var init = once(function (x) { n++; return "init:" + x; });
console.log(init("first"), init("second"), n);
var init2 = once(x => x * 2);
console.log(init2(21), init2(0), n);
