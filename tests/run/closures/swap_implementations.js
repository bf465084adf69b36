// Sibling closures see reassignments of each other's bindings.
function make() {
  let impl = x => "v1:" + x;
  const call = x => impl(x);
  const upgrade = () => { impl = x => "v2:" + x; };
  return [call, upgrade];
}
const [call, upgrade] = make();
console.log(call(1));
upgrade();
console.log(call(2));
const [call2] = make();
console.log(call2(3), call(4));
