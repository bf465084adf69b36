var ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call("s"), ts.call(true), ts.call([]), ts.call({}), ts.call(function () {}));
console.log(ts.call(new Error("x")), ts.call(new TypeError("t")), ts.call(new Map()), ts.call(new Set()), ts.call(Math), ts.call(JSON));
console.log(ts.call(new Number(1)), ts.call(new String("s")), ts.call(new Boolean(false)), ts.call([].values()), ts.call(new Map().keys()), ts.call(new Set().entries()));
console.log(String({}), String(Math), String(JSON), String(new Map()), {} + "", ({}).toString(), [1, 2].toString(), (function () {}).toString === Function.prototype.toString);
console.log({toString: function () { return "custom"; }} + "!", ({valueOf: function () { return 42; }}) + 1);
console.log({a: 1}.toLocaleString(), [1, "a"].toLocaleString());
