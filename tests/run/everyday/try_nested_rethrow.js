// Nested try/catch with rethrow and wrapping.
class AppError extends Error {
  constructor(message, cause) {
    super(message);
    this.name = "AppError";
    this.inner = cause;
  }
}
function parseConfig(text) {
  if (text === "") throw new SyntaxError("empty config");
  if (text === "bad") throw new TypeError("bad config type");
  return { ok: true, text };
}
function load(text) {
  try {
    return parseConfig(text);
  } catch (e) {
    if (e instanceof SyntaxError) {
      throw new AppError("could not load: " + e.message, e);
    }
    throw e;
  } finally {
    console.log("load finished for", JSON.stringify(text));
  }
}
for (const t of ["a=1", "", "bad"]) {
  try {
    console.log(load(t));
  } catch (e) {
    console.log("outer caught", e.name, e.message);
    if (e.inner) console.log("  inner:", e.inner.name, e.inner.message);
  }
}
let depth = 0;
function rethrowChain(n) {
  try {
    if (n === 0) throw new RangeError("bottom");
    rethrowChain(n - 1);
  } catch (e) {
    depth++;
    e.message += " <" + n;
    throw e;
  }
}
try { rethrowChain(3); } catch (e) { console.log(e.message, depth); }
