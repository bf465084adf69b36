var xs = [0, -0, 1, -1, 1.005, 1.45, 1.55, 2.5, -2.5, 0.5, -0.5, 1.5, 123.456, 0.000001, 1e-10, 1e20, 1e21, 1.23e21, -1e21, 99.995, 0.1 + 0.2, 1234.5678, 5e-324, 1.7976931348623157e308, NaN, Infinity, -Infinity, 0.045, 10.235, 8.345, 1.0000000000000002];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(String(x), x.toFixed(), x.toFixed(0), x.toFixed(1), x.toFixed(2), x.toFixed(5), x.toFixed(20));
}
console.log((0.1).toFixed(100));
console.log((123.456).toFixed(50));
console.log((-0.0000001).toFixed(2), (-0.5).toFixed(0), (-1.5).toFixed(0), (0.05).toFixed(1), (0.15).toFixed(1), (0.25).toFixed(1));
console.log((12).toFixed("2"), (12).toFixed(2.9), (12).toFixed(null), (12).toFixed(undefined));
try { (1).toFixed(101); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toFixed(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Number.prototype.toFixed.call("1", 2); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(new Number(3.14159).toFixed(2), Number.prototype.toFixed.call(new Number(2.5), 0));
