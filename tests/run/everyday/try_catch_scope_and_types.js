// Catch binding scope, destructured catch params, and catching non-Error values.
const thrown = [42, "text", null, undefined, { code: 7 }, [1, 2], true];
for (const t of thrown) {
  try { throw t; } catch (err) { console.log(typeof err, err === t, err); }
}
try { throw { code: 404, detail: { path: "/x" } }; } catch ({ code, detail: { path } }) { console.log(code, path); }
let e = "outer";
try { throw "inner"; } catch (e) { console.log("catch sees", e); }
console.log("after sees", e);
try { throw 1; } catch { console.log("no binding"); }
function parseOr(text, fallback) {
  try { return JSON.parse(text); } catch { return fallback; }
}
console.log(parseOr("[1]", []), parseOr("oops", "fallback"));
