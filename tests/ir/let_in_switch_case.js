// Rule: a `let` declared in a switch case is in scope in every case, and
// another case can run without its declaration having run: when captured it
// is boxed, and every read of it (also in the switch's own function) is
// tdz_checked.
function pick(k) {
  const out = [];
  switch (k) {
    case 0:
      let label = "zero";
      out.push(() => label);
      break;
    case 1:
      out.push(() => label);
      break;
  }
  try {
    return out[0]();
  } catch (e) {
    return e.name;
  }
}
console.log(pick(0), pick(1));
