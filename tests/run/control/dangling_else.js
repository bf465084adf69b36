// else binds to the nearest if.
function f(a, b) {
  if (a)
    if (b) return "a&b";
    else return "a&!b";
  return "!a";
}
console.log(f(true, true), f(true, false), f(false, true), f(false, false));
