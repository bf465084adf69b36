// A hand-written JSON parser/validator and pretty-printer, cross-checked against the built-in JSON.
class JsonError extends SyntaxError {
  constructor(msg, pos, line, col) {
    super(`${msg} at line ${line} column ${col}`);
    this.name = "JsonError";
    this.pos = pos;
  }
}
function parseJson(text) {
  let i = 0;
  const fail = (msg) => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    const col = i - before.lastIndexOf("\n");
    throw new JsonError(msg, i, line, col);
  };
  const ws = () => { while (i < text.length && " \t\n\r".includes(text[i])) i++; };
  const expectWord = (w, v) => {
    if (text.slice(i, i + w.length) !== w) fail(`invalid literal`);
    i += w.length;
    return v;
  };
  function value() {
    ws();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "t") return expectWord("true", true);
    if (c === "f") return expectWord("false", false);
    if (c === "n") return expectWord("null", null);
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    fail(c === undefined ? "unexpected end of input" : `unexpected character ${JSON.stringify(c)}`);
  }
  function number() {
    const start = i;
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (text[i] >= "1" && text[i] <= "9") while (text[i] >= "0" && text[i] <= "9") i++;
    else fail("invalid number");
    if (text[i] === ".") {
      i++;
      if (!(text[i] >= "0" && text[i] <= "9")) fail("digit expected after '.'");
      while (text[i] >= "0" && text[i] <= "9") i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!(text[i] >= "0" && text[i] <= "9")) fail("digit expected in exponent");
      while (text[i] >= "0" && text[i] <= "9") i++;
    }
    return Number(text.slice(start, i));
  }
  function string() {
    i++;
    let out = "";
    while (true) {
      if (i >= text.length) fail("unterminated string");
      const c = text[i++];
      if (c === '"') return out;
      if (c === "\n") fail("newline in string");
      if (c !== "\\") { out += c; continue; }
      const e = text[i++];
      const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e in simple) out += simple[e];
      else if (e === "u") {
        const hex = text.slice(i, i + 4);
        if (hex.length !== 4 || [...hex].some((h) => !"0123456789abcdefABCDEF".includes(h))) fail("bad unicode escape");
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else fail(`bad escape \\${e}`);
    }
  }
  function array() {
    i++;
    const out = [];
    ws();
    if (text[i] === "]") { i++; return out; }
    while (true) {
      out.push(value());
      ws();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "]") { i++; return out; }
      fail("expected ',' or ']'");
    }
  }
  function object() {
    i++;
    const out = {};
    ws();
    if (text[i] === "}") { i++; return out; }
    while (true) {
      ws();
      if (text[i] !== '"') fail("expected string key");
      const k = string();
      ws();
      if (text[i] !== ":") fail("expected ':'");
      i++;
      out[k] = value();
      ws();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "}") { i++; return out; }
      fail("expected ',' or '}'");
    }
  }
  const v = value();
  ws();
  if (i < text.length) fail("unexpected trailing characters");
  return v;
}

function pretty(v, indent = "  ", cur = "") {
  if (v === null || typeof v !== "object") return typeof v === "string" ? quote(v) : String(v);
  const inner = cur + indent;
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    const short = v.every((x) => x === null || typeof x !== "object");
    if (short && v.length <= 6) return "[" + v.map((x) => pretty(x)).join(", ") + "]";
    return "[\n" + v.map((x) => inner + pretty(x, indent, inner)).join(",\n") + "\n" + cur + "]";
  }
  const keys = Object.keys(v);
  if (!keys.length) return "{}";
  return "{\n" + keys.map((k) => `${inner}${quote(k)}: ${pretty(v[k], indent, inner)}`).join(",\n") + "\n" + cur + "}";
}
function quote(s) {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}
function stats(v, acc = { objects: 0, arrays: 0, strings: 0, numbers: 0, booleans: 0, nulls: 0, maxDepth: 0 }, depth = 0) {
  acc.maxDepth = Math.max(acc.maxDepth, depth);
  if (v === null) acc.nulls++;
  else if (Array.isArray(v)) { acc.arrays++; v.forEach((x) => stats(x, acc, depth + 1)); }
  else if (typeof v === "object") { acc.objects++; Object.values(v).forEach((x) => stats(x, acc, depth + 1)); }
  else acc[typeof v + "s"]++;
  return acc;
}

const samples = [
  '{"name":"bibao","version":"0.1.0","tags":["compiler","js"],"deps":{},"ok":true,"n":null}',
  '[1, -2.5, 3e2, 0.001, -0, 1E-3, {"deep": [[[]]]}]',
  '  {"esc": "line\\nbreak \\"q\\" \\u0041\\u00e9 tab\\t slash\\/", "ctl": "\\u0001"}  ',
  '{"users":[{"id":1,"roles":["admin","dev"],"meta":{"age":30,"active":false}},{"id":2,"roles":[],"meta":{}}]}',
  '"just a string"',
  "42",
];
for (const s of samples) {
  const mine = parseJson(s);
  const theirs = JSON.parse(s);
  console.log(pretty(mine));
  console.log("agrees with JSON.parse:", JSON.stringify(mine) === JSON.stringify(theirs), stats(mine));
}
const invalid = [
  "", "{", '{"a" 1}', '{"a":1,}', "[1 2]", "[01]", "1.", "-", '"abc', '{"a":tru}', "nul",
  '{a:1}', "[1,]", '"bad \\x escape"', "1 2", '{"k":"v"\n,\n"k2": }', '"\\u12G4"', "1e+",
];
for (const s of invalid) {
  let mine, native;
  try { parseJson(s); mine = "accepted"; } catch (e) { mine = `${e.name}: ${e.message}`; }
  try { JSON.parse(s); native = "accepted"; } catch (e) { native = e.name; }
  console.log(JSON.stringify(s).padEnd(24), mine.padEnd(60), native);
}
const round = { a: [1, { b: "x\ny" }], c: { d: { e: [true, false, null] } }, "key with \"quotes\"": 1 };
const printed = pretty(round, "    ");
console.log(printed);
console.log(JSON.stringify(parseJson(printed)) === JSON.stringify(round));
console.log(pretty(parseJson(JSON.stringify(round, null, 2)), "\t") === pretty(round, "\t"));
