// return inside finally overrides try's return and swallows throws.
const log = [];
function a() {
  try { log.push("try"); return "from try"; }
  finally { log.push("finally"); }
}
function b() {
  try { return "from try"; }
  finally { return "from finally"; }
}
function c() {
  try { throw new Error("lost"); }
  finally { return "finally wins"; }
}
function d() {
  let x = 1;
  try { return x; }
  finally { x = 99; log.push("x set to " + x); }
}
function e() {
  try {
    try { return "inner"; }
    finally { log.push("inner finally"); }
  } finally {
    log.push("outer finally");
  }
}
console.log(a(), b(), c(), d(), e());
console.log(log);
function f(n) {
  for (let i = 0; i < n; i++) {
    try {
      if (i === 2) return "returned at " + i;
    } finally {
      log.push("f finally " + i);
    }
  }
  return "end";
}
console.log(f(5), f(1));
console.log(log.slice(-5));
