// Tokenizer + recursive-descent parser + evaluator for arithmetic with variables and functions.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const isDigit = (c) => c >= "0" && c <= "9";
  const isAlpha = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") { i++; continue; }
    if (isDigit(c) || (c === "." && isDigit(src[i + 1]))) {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === ".")) j++;
      tokens.push({ type: "num", value: parseFloat(src.slice(i, j)), pos: i });
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src[j]) || isDigit(src[j]))) j++;
      tokens.push({ type: "id", value: src.slice(i, j), pos: i });
      i = j;
    } else if ("+-*/^%(),=".includes(c)) {
      tokens.push({ type: "op", value: c, pos: i });
      i++;
    } else {
      throw new SyntaxError(`unexpected character '${c}' at ${i}`);
    }
  }
  tokens.push({ type: "eof", value: null, pos: src.length });
  return tokens;
}

function parse(src) {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const next = () => tokens[p++];
  const accept = (v) => (peek().value === v && peek().type === "op" ? (p++, true) : false);
  const expect = (v) => {
    if (!accept(v)) throw new SyntaxError(`expected '${v}' at ${peek().pos} but got ${peek().value ?? "end"}`);
  };
  function statement() {
    if (peek().type === "id" && tokens[p + 1].value === "=") {
      const name = next().value;
      next();
      return { kind: "assign", name, expr: expression() };
    }
    if (peek().type === "id" && peek().value === "def") {
      next();
      const name = next().value;
      expect("(");
      const params = [];
      if (!accept(")")) {
        do { params.push(next().value); } while (accept(","));
        expect(")");
      }
      expect("=");
      return { kind: "def", name, params, body: expression() };
    }
    return expression();
  }
  function expression() {
    let left = term();
    while (peek().value === "+" || peek().value === "-") {
      const op = next().value;
      left = { kind: "bin", op, left, right: term() };
    }
    return left;
  }
  function term() {
    let left = unary();
    while (["*", "/", "%"].includes(peek().value)) {
      const op = next().value;
      left = { kind: "bin", op, left, right: unary() };
    }
    return left;
  }
  function unary() {
    if (accept("-")) return { kind: "neg", expr: unary() };
    if (accept("+")) return unary();
    return power();
  }
  function power() {
    const base = primary();
    if (accept("^")) return { kind: "bin", op: "^", left: base, right: unary() };
    return base;
  }
  function primary() {
    const t = next();
    if (t.type === "num") return { kind: "num", value: t.value };
    if (t.type === "id") {
      if (accept("(")) {
        const args = [];
        if (!accept(")")) {
          do { args.push(expression()); } while (accept(","));
          expect(")");
        }
        return { kind: "call", name: t.value, args };
      }
      return { kind: "var", name: t.value };
    }
    if (t.value === "(") {
      const e = expression();
      expect(")");
      return e;
    }
    throw new SyntaxError(`unexpected ${t.type === "eof" ? "end of input" : "'" + t.value + "'"} at ${t.pos}`);
  }
  const ast = statement();
  if (peek().type !== "eof") throw new SyntaxError(`trailing input at ${peek().pos}`);
  return ast;
}

function makeEnv() {
  const vars = new Map([["pi", Math.PI], ["e", Math.E]]);
  const fns = new Map([
    ["sqrt", { arity: 1, call: Math.sqrt }],
    ["max", { arity: -1, call: (...a) => Math.max(...a) }],
    ["min", { arity: -1, call: (...a) => Math.min(...a) }],
    ["abs", { arity: 1, call: Math.abs }],
  ]);
  return { vars, fns };
}

function evaluate(node, env, depth = 0) {
  if (depth > 200) throw new RangeError("recursion too deep");
  switch (node.kind) {
    case "num": return node.value;
    case "var":
      if (!env.vars.has(node.name)) throw new ReferenceError(`unknown variable ${node.name}`);
      return env.vars.get(node.name);
    case "neg": return -evaluate(node.expr, env, depth);
    case "assign": {
      const v = evaluate(node.expr, env, depth);
      env.vars.set(node.name, v);
      return v;
    }
    case "def":
      env.fns.set(node.name, {
        arity: node.params.length,
        call: (...args) => {
          const local = { vars: new Map(env.vars), fns: env.fns };
          node.params.forEach((p, i) => local.vars.set(p, args[i]));
          return evaluate(node.body, local, depth + 1);
        },
      });
      return `<fn ${node.name}/${node.params.length}>`;
    case "call": {
      const f = env.fns.get(node.name);
      if (!f) throw new ReferenceError(`unknown function ${node.name}`);
      if (f.arity >= 0 && f.arity !== node.args.length) {
        throw new TypeError(`${node.name} expects ${f.arity} argument(s), got ${node.args.length}`);
      }
      return f.call(...node.args.map((a) => evaluate(a, env, depth + 1)));
    }
    case "bin": {
      const l = evaluate(node.left, env, depth);
      const r = evaluate(node.right, env, depth);
      switch (node.op) {
        case "+": return l + r;
        case "-": return l - r;
        case "*": return l * r;
        case "/":
          if (r === 0) throw new RangeError("division by zero");
          return l / r;
        case "%": return l % r;
        case "^": return l ** r;
      }
    }
  }
  throw new Error("bad node " + node.kind);
}

function show(node) {
  switch (node.kind) {
    case "num": return String(node.value);
    case "var": return node.name;
    case "neg": return `(-${show(node.expr)})`;
    case "bin": return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case "call": return `${node.name}(${node.args.map(show).join(", ")})`;
    case "assign": return `${node.name} := ${show(node.expr)}`;
    case "def": return `def ${node.name}(${node.params.join(", ")}) = ${show(node.body)}`;
  }
}

const env = makeEnv();
const program = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ^ 3 ^ 2",
  "-2 ^ 2",
  "x = 10",
  "y = x / 4",
  "x % 3 + y",
  "def sq(a) = a * a",
  "def hyp(a, b) = sqrt(sq(a) + sq(b))",
  "hyp(3, 4)",
  "max(1, x, y, 7)",
  "def fact(n) = n",
  "round = 3",
  "pi * sq(2)",
  "1 / 0",
  "unknown + 1",
  "hyp(1)",
  "3 + * 4",
  "(1 + 2",
  "2 $ 3",
  "nofn(2)",
  "def zero() = 0",
  "zero() + .5",
];
for (const line of program) {
  try {
    const ast = parse(line);
    const value = evaluate(ast, env);
    console.log(`${line.padEnd(24)} => ${show(ast).padEnd(40)} = ${value}`);
  } catch (e) {
    console.log(`${line.padEnd(24)} !! ${e.name}: ${e.message}`);
  }
}
console.log(parse("a + f(b, -c)"));
console.log(JSON.stringify(parse("def f(x) = x ^ 2")));
console.log(tokenize("x=1.5").map((t) => `${t.type}:${t.value}`).join(" "));
console.log([...env.vars.keys()], [...env.fns.keys()]);
