// ?? semantics: only null/undefined fall through; short-circuit.
console.log(null ?? "a", undefined ?? "b", 0 ?? "c", "" ?? "d", false ?? "e", NaN ?? "f");
var calls = 0;
function rhs() { calls++; return "rhs"; }
console.log(1 ?? rhs(), calls);
console.log(null ?? rhs(), calls);
console.log(null ?? undefined ?? 0 ?? 1);
console.log((null || undefined) ?? "x");
console.log(null ?? (0 || "y"));
var cfg = { retries: 0, name: "", timeout: null };
console.log(cfg.retries ?? 3, cfg.retries || 3);
console.log(cfg.name ?? "anon", cfg.name || "anon");
console.log(cfg.timeout ?? 1000, cfg.missing ?? "none");
function withDefault(x) { return x ?? "default"; }
console.log(withDefault(), withDefault(null), withDefault(false), withDefault(0));
var a = { b: null };
console.log(a?.b ?? "fallback", a?.c?.d ?? "deep fallback");
console.log(typeof (undefined ?? null));
