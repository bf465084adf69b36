// An interpreter for a small Forth-like stack language with words, conditionals and loops.
function createVM(output) {
  const stack = [];
  const words = new Map();
  let steps = 0;
  const pop = () => {
    if (!stack.length) throw new Error("stack underflow");
    return stack.pop();
  };
  const num = () => {
    const v = pop();
    if (typeof v !== "number") throw new TypeError(`expected number, got ${JSON.stringify(v)}`);
    return v;
  };
  const binary = (f) => () => { const b = num(), a = num(); stack.push(f(a, b)); };
  const builtins = {
    "+": binary((a, b) => a + b), "-": binary((a, b) => a - b), "*": binary((a, b) => a * b),
    "/": binary((a, b) => { if (b === 0) throw new RangeError("division by zero"); return Math.trunc(a / b); }),
    mod: binary((a, b) => a % b), "<": binary((a, b) => (a < b ? -1 : 0)), ">": binary((a, b) => (a > b ? -1 : 0)),
    "=": () => { const b = pop(), a = pop(); stack.push(a === b ? -1 : 0); },
    dup: () => { const a = pop(); stack.push(a, a); },
    drop: () => { pop(); },
    swap: () => { const b = pop(), a = pop(); stack.push(b, a); },
    over: () => { const b = pop(), a = pop(); stack.push(a, b, a); },
    rot: () => { const c = pop(), b = pop(), a = pop(); stack.push(b, c, a); },
    ".": () => output.push(String(pop())),
    emit: () => output.push(String.fromCharCode(num())),
    ".s": () => output.push(`<${stack.length}> ${stack.join(" ")}`),
    depth: () => stack.push(stack.length),
    concat: () => { const b = pop(), a = pop(); stack.push(String(a) + String(b)); },
  };
  function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
      if (src[i] === " " || src[i] === "\n") { i++; continue; }
      if (src[i] === '"') {
        const j = src.indexOf('"', i + 1);
        if (j < 0) throw new SyntaxError("unterminated string");
        out.push({ str: src.slice(i + 1, j) });
        i = j + 1;
        continue;
      }
      if (src[i] === "(") { i = src.indexOf(")", i) + 1; continue; }
      let j = i;
      while (j < src.length && src[j] !== " " && src[j] !== "\n") j++;
      out.push(src.slice(i, j));
      i = j;
    }
    return out;
  }
  function block(tokens, i, terminators) {
    const body = [];
    let depth = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (depth === 0 && terminators.includes(t)) return { body, end: i, term: t };
      if (t === "if" || t === "begin" || t === "do") depth++;
      if (t === "then" || t === "until" || t === "loop") depth--;
      body.push(t);
    }
    throw new SyntaxError(`missing ${terminators.join("/")}`);
  }
  function exec(tokens, loopIndex) {
    for (let i = 0; i < tokens.length; i++) {
      if (++steps > 100000) throw new RangeError("step limit exceeded");
      const t = tokens[i];
      if (typeof t === "object") { stack.push(t.str); continue; }
      if (t === ":") {
        const { body, end } = block(tokens, i + 2, [";"]);
        words.set(tokens[i + 1], body);
        i = end;
      } else if (t === "if") {
        const first = block(tokens, i + 1, ["else", "then"]);
        let elseBody = [];
        let end = first.end;
        if (first.term === "else") { const second = block(tokens, first.end + 1, ["then"]); elseBody = second.body; end = second.end; }
        if (pop() !== 0) exec(first.body, loopIndex); else exec(elseBody, loopIndex);
        i = end;
      } else if (t === "begin") {
        const { body, end } = block(tokens, i + 1, ["until"]);
        do { exec(body, loopIndex); } while (pop() === 0);
        i = end;
      } else if (t === "do") {
        const { body, end } = block(tokens, i + 1, ["loop"]);
        const start = num(), limit = num();
        for (let k = start; k < limit; k++) exec(body, k);
        i = end;
      } else if (t === "i") {
        if (loopIndex === undefined) throw new Error("i outside of loop");
        stack.push(loopIndex);
      } else if (words.has(t)) {
        exec(words.get(t), loopIndex);
      } else if (builtins[t]) {
        builtins[t]();
      } else if (t !== "" && !isNaN(Number(t))) {
        stack.push(Number(t));
      } else {
        throw new ReferenceError(`unknown word '${t}'`);
      }
    }
  }
  return {
    run(src) { exec(tokenize(src)); return stack.slice(); },
    reset() { stack.length = 0; },
    words: () => [...words.keys()],
    get steps() { return steps; },
  };
}

const out = [];
const vm = createVM(out);
const programs = [
  "2 3 + 4 * .",
  ": sq dup * ; : cube dup sq * ; 5 sq . 3 cube .",
  "10 3 mod . 10 3 / . -7 2 / .",
  ": fact dup 1 > if dup 1 - fact * then ; 10 fact .",
  ": abs dup 0 < if 0 swap - then ; -42 abs . 17 abs .",
  "1 2 3 rot .s drop drop drop",
  ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown",
  "10 0 do i i * . loop",
  ": fizz 16 1 do i 15 mod 0 = if \"FizzBuzz\" else i 3 mod 0 = if \"Fizz\" else i 5 mod 0 = if \"Buzz\" else i then then then . loop ; fizz",
  "72 emit 105 emit \"hello \" \"world\" concat .",
  ": fib 0 1 rot 0 do over + swap loop drop ; 30 fib .",
  "( comments are skipped ) 1 2 over .s",
  "drop drop drop drop",
  "1 0 /",
  "\"x\" 1 +",
  "frobnicate",
  "i",
  ": forever begin 0 until ; forever",
  "\"open",
  "1 if 2",
];
for (const p of programs) {
  out.length = 0;
  try {
    const stack = vm.run(p);
    console.log(`${p.slice(0, 40).padEnd(40)} | ${out.join(" ")} | stack=${JSON.stringify(stack)}`);
  } catch (e) {
    console.log(`${p.slice(0, 40).padEnd(40)} | ${out.join(" ")} | ${e.name}: ${e.message}`);
    vm.reset();
  }
}
console.log(vm.words(), vm.steps > 1000);
