function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
t(function () { var a = []; a.push(a); return JSON.stringify(a); });
t(function () { var o = {}; o.self = o; return JSON.stringify(o); });
t(function () { var o = {b: {}}; o.b.c = o; return JSON.stringify(o); });
t(function () { var o = {b: [1, {}]}; o.b[1].q = o.b; return JSON.stringify(o); });
t(function () { var o = {a: {b: {c: {d: {e: {}}}}}}; o.a.b.c.d.e.back = o.a; return JSON.stringify(o); });
t(function () { var o = {a: {b: {c: {d: {e: {}}}}}}; o.a.b.c.d.e.back = o; return JSON.stringify(o); });
t(function () { function Node() { this.next = null; } var n = new Node(); n.next = n; return JSON.stringify({list: n}); });
t(function () { var o = {}; o[""] = o; return JSON.stringify(o); });
t(function () { var s = {x: 1}; return JSON.stringify({a: s, b: s, c: [s, s]}); });
t(function () { var o = {}; o.t = {toJSON: function () { return o; }}; return JSON.stringify(o); });
