// Optional chaining and nullish coalescing in realistic lookups.
const config = {
  server: { port: 0, host: "", tls: null, routes: [{ path: "/", handler: () => "home" }] },
  retries: undefined,
  log: { level: "info" },
};
console.log(config.server?.port ?? 8080, config.server.port || 8080);
console.log(config.server?.host ?? "localhost", config.server.host || "localhost");
console.log(config.server.tls?.cert ?? "no cert", config.retries ?? 3);
console.log(config.server.routes?.[0]?.handler?.(), config.server.routes?.[1]?.handler?.());
console.log(config.missing?.deep.deeper.deepest, config.log?.["level"]);
console.log(config.log.format?.toUpperCase() ?? "default-format");
const users = [{ name: "a", address: { city: "X" } }, { name: "b" }, null];
console.log(users.map((u) => u?.address?.city ?? "unknown"));
let calls = 0;
const fn = null;
fn?.(calls++);
console.log("calls", calls);
const o = { a: null, b: 0, c: "" };
o.a ??= "set a"; o.b ??= "not set"; o.c ||= "set c"; o.b &&= "not set either"; o.d ||= [];
console.log(o);
const cache = {};
const get = (k) => (cache[k] ??= k.toUpperCase() + "!");
console.log(get("x"), get("x"), Object.keys(cache));
console.log(null ?? false ?? "x", (null || undefined) ?? "fallback", 0 ?? 1);
