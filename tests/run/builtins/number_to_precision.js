var xs = [0, -0, 1, 123.456, 0.000123, 1e21, 123456, 1.5, 2.5, 1e-7, 9.999, 99.99, 0.00001, 1.45, -1234.5678, 5e-324, 1.7976931348623157e308, 1/3, 2/3, 100, 1e-6];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(String(x), x.toPrecision(), x.toPrecision(1), x.toPrecision(2), x.toPrecision(3), x.toPrecision(6), x.toPrecision(21));
}
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(x.toExponential(), x.toExponential(0), x.toExponential(2), x.toExponential(10));
}
console.log(NaN.toPrecision(3), Infinity.toPrecision(2), (-Infinity).toExponential(2), NaN.toExponential());
console.log((1).toPrecision(100).length, (123.456).toExponential(100).length);
try { (1).toPrecision(0); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toPrecision(101); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log((NaN).toPrecision(0));
