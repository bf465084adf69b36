// Throwing a non-Error value (a string) uncaught from a nested call.
function check(list) {
  if (list.length > 2) throw "too many items: " + list.length;
  return list;
}
console.log(check([1, 2]));
check([1, 2, 3]);
