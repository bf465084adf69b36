// Closures created in switch cases capture the switch-scoped bindings.
function make(kind) {
  let fns = [];
  switch (kind) {
    case "a":
      let count = 0;
      fns.push(() => ++count);
      fns.push(() => ++count);
      break;
    case "b":
      fns.push(() => "b-only");
      break;
    default:
      var tag = kind + "!";
      fns.push(() => tag);
  }
  return fns;
}
var a = make("a");
console.log(a[0](), a[1](), a[0]());
console.log(make("b")[0]());
console.log(make("zz")[0]());
