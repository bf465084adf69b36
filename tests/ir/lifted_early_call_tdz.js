// Rule: a lifted function called before a `const` it reads is initialized
// gets `uninit` for it (no box); the reads in it, and in lifted functions
// nested in it, are tdz_checked. A closure created inside a lifted function
// called early (`make`) would keep the uninitialized copy, so there the
// binding (`later`) is boxed.
function run() {
  const get = make();
  let r;
  try {
    r = outer(1);
  } catch (e) {
    r = e.message;
  }
  const base = 10;
  const later = 20;
  return r + " " + outer(2) + " " + get();
  function outer(k) {
    function inner(j) {
      return base + j;
    }
    return inner(k);
  }
  function make() {
    return () => later;
  }
}
console.log(run());
