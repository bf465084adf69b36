function show(s) { try { var v = JSON.parse(s); console.log(JSON.stringify(v), typeof v); } catch (e) { console.log(e.name + ": " + e.message); } }
show("1"); show("-0"); show("  3.5e2 "); show("1E-3"); show("-12.5"); show('"str"'); show("true"); show("false"); show("null");
show('{"a": [1, 2, {"b": null}], "c": "d"}'); show("[]"); show("{}"); show(' [ 1 , "two" , [ ] , { } ] ');
show('"\\u0041\\n\\t\\"\\\\\\/\\b\\f\\r"'); show('"\\ud83d\\ude00"'); show('"\\uD800"'); show('{"a":1,"a":2}'); show('{"__proto__": 5}');
show('{"2": "b", "1": "a", "x": "c"}'); show("123456789012345678901234567890"); show("1e400"); show("-1e-400");
var o = JSON.parse('{"n": {"m": [true]}}');
console.log(o.n.m[0], Array.isArray(o.n.m), Object.keys(o).join(","));
console.log(JSON.parse("-0") === 0, Object.is(JSON.parse("-0"), -0), JSON.parse(" \t\n\r1"));
console.log(JSON.parse(5), JSON.parse(true), JSON.parse(null), JSON.parse(new String("[1]")).length);
var big = JSON.parse(JSON.stringify({list: [1, 2, 3], nested: {x: "y"}}));
console.log(big.list.length, big.nested.x);
var reviv = JSON.parse('{"a": 1, "b": [1, 2], "c": {"d": 4}}', function (k, v) { return typeof v === "number" ? v * 10 : v; });
console.log(JSON.stringify(reviv));
var order = [];
JSON.parse('{"a": {"b": 1}, "c": [2, 3]}', function (k, v) { order.push(k); return v; });
console.log(order.join(","));
console.log(JSON.stringify(JSON.parse('{"a": 1, "b": 2}', function (k, v) { return k === "a" ? undefined : v; })));
console.log(JSON.stringify(JSON.parse('[1, 2, 3]', function (k, v) { return k === "1" ? undefined : v; })));
console.log(JSON.parse('"x"', function (k, v) { return k + "|" + v; }));
