// memoize / curry / compose / pipe / once / debounce-like (tick-driven) utilities.
function memoize(fn, keyOf = (...args) => JSON.stringify(args)) {
  const cache = new Map();
  const memo = function (...args) {
    const key = keyOf(...args);
    if (cache.has(key)) {
      memo.hits++;
      return cache.get(key);
    }
    memo.misses++;
    const v = fn.apply(this, args);
    cache.set(key, v);
    return v;
  };
  memo.hits = 0;
  memo.misses = 0;
  memo.cache = cache;
  return memo;
}
function curry(fn, arity = fn.length) {
  return function curried(...args) {
    if (args.length >= arity) return fn(...args);
    return (...more) => curried(...args, ...more);
  };
}
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
function once(fn) {
  let done = false;
  let result;
  return (...args) => {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
// A "debounce" driven by a manual clock instead of timers.
function makeClock() {
  let now = 0;
  const queue = [];
  return {
    now: () => now,
    schedule(at, fn) { queue.push({ at, fn }); queue.sort((a, b) => a.at - b.at); },
    cancel(fn) { const i = queue.findIndex((q) => q.fn === fn); if (i >= 0) queue.splice(i, 1); },
    advance(ms) {
      const end = now + ms;
      while (queue.length && queue[0].at <= end) {
        const job = queue.shift();
        now = job.at;
        job.fn();
      }
      now = end;
    },
  };
}
function debounce(clock, fn, wait) {
  let pending = null;
  let lastArgs;
  return (...args) => {
    lastArgs = args;
    if (pending) clock.cancel(pending);
    pending = () => { pending = null; fn(...lastArgs); };
    clock.schedule(clock.now() + wait, pending);
  };
}
function throttle(clock, fn, wait) {
  let last = -Infinity;
  return (...args) => {
    if (clock.now() - last >= wait) {
      last = clock.now();
      fn(...args);
    }
  };
}

let slowCalls = 0;
const fib = memoize((n) => { slowCalls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(30), fib(50), slowCalls, fib.hits, fib.misses, fib.cache.size);
const area = memoize((w, h) => w * h);
console.log(area(2, 3), area(2, 3), area(3, 2), area.hits, [...area.cache.keys()]);

const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const format = curry((unit, digits, value) => value.toFixed(digits) + unit);
const euros = format(" EUR", 2);
console.log([1, 2.345, 1000 / 3].map(euros));

const trim = (s) => s.trim();
const lower = (s) => s.toLowerCase();
const words = (s) => s.split(" ").filter(Boolean);
const count = (xs) => xs.length;
const slug = pipe(trim, lower, words, (ws) => ws.join("-"));
console.log(slug("  Hello Big   World "), compose(count, words, trim)("  a b  c "));
console.log(pipe()(42), compose()("id"));

const init = once((name) => { console.log("initializing", name); return { name }; });
console.log(init("first"), init("second"), init("first") === init("third"));

const clock = makeClock();
const saved = [];
const save = debounce(clock, (text) => saved.push(`${clock.now()}:${text}`), 100);
save("h"); clock.advance(50); save("he"); clock.advance(50); save("hel"); clock.advance(150);
save("hello"); clock.advance(99); console.log("before flush", saved); clock.advance(1);
console.log("after flush", saved);
const hits = [];
const scroll = throttle(clock, (y) => hits.push(y), 30);
for (let y = 0; y < 10; y++) { scroll(y); clock.advance(10); }
console.log("throttled", hits, clock.now());

const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
const greet = (greeting, punct, name) => `${greeting}, ${name}${punct}`;
console.log(["ann", "bo"].map(partial(greet, "Hi", "!")));
const tap = (f) => (x) => { f(x); return x; };
const result = pipe(
  (x) => x * 2,
  tap((x) => console.log("after double", x)),
  (x) => x + 1,
  tap((x) => console.log("after inc", x)),
)(20);
console.log("result", result);
