// Tokenizer + recursive-descent parser + evaluator for arithmetic with variables and functions.
class Token {
  constructor(type, value, pos) { this.type = type; this.value = value; this.pos = pos; }
  toString() { return `${this.type}(${this.value})`; }
}
class SyntaxErr extends Error {
  constructor(msg, pos) { super(`${msg} at ${pos}`); this.name = "SyntaxErr"; this.pos = pos; }
}
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const isDigit = (c) => c >= "0" && c <= "9";
  const isAlpha = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
  while (i < src.length) {
    const c = src[i];
    if (c === " ") { i++; continue; }
    if (isDigit(c) || c === ".") {
      let start = i;
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      tokens.push(new Token("num", parseFloat(src.slice(start, i)), start));
      continue;
    }
    if (isAlpha(c)) {
      let start = i;
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      tokens.push(new Token("id", src.slice(start, i), start));
      continue;
    }
    if ("+-*/^(),=%".includes(c)) { tokens.push(new Token("op", c, i)); i++; continue; }
    throw new SyntaxErr(`unexpected '${c}'`, i);
  }
  tokens.push(new Token("eof", "", i));
  return tokens;
}
function parse(tokens) {
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const accept = (v) => (peek().value === v && peek().type === "op" ? (pos++, true) : false);
  const expect = (v) => { if (!accept(v)) throw new SyntaxErr(`expected '${v}'`, peek().pos); };
  function statement() {
    if (peek().type === "id" && tokens[pos + 1].value === "=") {
      const name = next().value; next();
      return { kind: "assign", name, value: expr() };
    }
    return expr();
  }
  function expr() {
    let left = term();
    while (peek().value === "+" || peek().value === "-") {
      const op = next().value;
      left = { kind: "bin", op, left, right: term() };
    }
    return left;
  }
  function term() {
    let left = factor();
    while (["*", "/", "%"].includes(peek().value)) {
      const op = next().value;
      left = { kind: "bin", op, left, right: factor() };
    }
    return left;
  }
  function factor() {
    const base = unary();
    if (accept("^")) return { kind: "bin", op: "^", left: base, right: factor() };
    return base;
  }
  function unary() {
    if (accept("-")) return { kind: "neg", arg: unary() };
    return primary();
  }
  function primary() {
    const t = next();
    if (t.type === "num") return { kind: "num", value: t.value };
    if (t.type === "id") {
      if (accept("(")) {
        const args = [];
        if (!accept(")")) {
          do { args.push(expr()); } while (accept(","));
          expect(")");
        }
        return { kind: "call", name: t.value, args };
      }
      return { kind: "var", name: t.value };
    }
    if (t.value === "(") { const e = expr(); expect(")"); return e; }
    throw new SyntaxErr(`unexpected ${t}`, t.pos);
  }
  const result = statement();
  if (peek().type !== "eof") throw new SyntaxErr(`trailing ${peek()}`, peek().pos);
  return result;
}
function makeEvaluator() {
  const env = { pi: 3.14159 };
  const fns = {
    max: (...a) => Math.max(...a),
    min: (...a) => Math.min(...a),
    sq: (x) => x * x,
    avg: (...a) => a.reduce((s, x) => s + x, 0) / a.length
  };
  const ops = { "+": (a, b) => a + b, "-": (a, b) => a - b, "*": (a, b) => a * b, "/": (a, b) => a / b, "%": (a, b) => a % b, "^": (a, b) => a ** b };
  function ev(node) {
    switch (node.kind) {
      case "num": return node.value;
      case "neg": return -ev(node.arg);
      case "bin": return ops[node.op](ev(node.left), ev(node.right));
      case "var":
        if (!(node.name in env)) throw new ReferenceError(`unknown variable ${node.name}`);
        return env[node.name];
      case "assign": return (env[node.name] = ev(node.value));
      case "call": {
        const f = fns[node.name];
        if (!f) throw new TypeError(`unknown function ${node.name}`);
        return f(...node.args.map(ev));
      }
    }
  }
  return (src) => ev(parse(tokenize(src)));
}
function show(node) {
  switch (node.kind) {
    case "num": return String(node.value);
    case "var": return node.name;
    case "neg": return `(-${show(node.arg)})`;
    case "bin": return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case "assign": return `${node.name} := ${show(node.value)}`;
    case "call": return `${node.name}[${node.args.map(show).join(", ")}]`;
  }
}
console.log(tokenize("3 + 4.5*x").join(" "));
console.log(show(parse(tokenize("1 + 2 * 3 - 4 / 2"))));
console.log(show(parse(tokenize("2 ^ 3 ^ 2"))));
console.log(show(parse(tokenize("-x ^ 2 + max(1, y, 3)"))));
const calc = makeEvaluator();
const inputs = [
  "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 % 4 + -3", "x = 5", "y = x * 2 + 1",
  "max(x, y, 7) - min(3, x)", "sq(avg(1, 2, 3, 4))", "pi * 2", "z + 1", "foo(1)", "1 + * 2",
  "(1 + 2", "3 $ 4", "1 / 0", "-(-(-2))", "0.1 + 0.2"
];
for (const src of inputs) {
  try {
    console.log(`${src} => ${calc(src)}`);
  } catch (e) {
    console.log(`${src} !! ${e.name}: ${e.message}`);
  }
}
