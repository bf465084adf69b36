// Dispatching on error type with instanceof and a handler table.
class NetworkError extends Error { constructor(m, retry) { super(m); this.name = "NetworkError"; this.retry = retry; } }
class AuthError extends Error { constructor(m) { super(m); this.name = "AuthError"; } }
class TimeoutError extends NetworkError { constructor(ms) { super(`timed out after ${ms}ms`, true); this.name = "TimeoutError"; this.ms = ms; } }
const ops = [
  () => { throw new TimeoutError(300); },
  () => { throw new NetworkError("connection reset", false); },
  () => { throw new AuthError("bad token"); },
  () => { undefinedFn(); },
  () => { [].reduce((a, b) => a); },
  () => { throw "plain string"; },
  () => "fine",
];
function handle(op) {
  try {
    return "ok: " + op();
  } catch (e) {
    if (e instanceof TimeoutError) return `retry in ${e.ms * 2}ms (${e.message})`;
    if (e instanceof NetworkError) return e.retry ? "retry" : `give up: ${e.message}`;
    if (e instanceof AuthError) return "login again";
    if (e instanceof ReferenceError || e instanceof TypeError) return `bug: ${e.name}: ${e.message}`;
    if (!(e instanceof Error)) return `non-error thrown: ${typeof e} ${e}`;
    throw e;
  }
}
for (const op of ops) console.log(handle(op));
const t = new TimeoutError(5);
console.log(t instanceof NetworkError, t instanceof Error, t.retry, { name: t.name, ms: t.ms, message: t.message });
console.log(Object.keys(t), t.toString());
