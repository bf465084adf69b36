var xs = [0, 1, -1, 255, -255, 0.5, 0.1, 0.2, 0.3, 1/3, -255.5, 3.14159, Math.PI, Math.E, 123.456, 1e21, 1e-7, 2 ** 53, 2 ** 53 + 2, 1e300, 0.000001, 4294967295, 12345.6789, 5e-324, NaN, Infinity, -Infinity];
var radices = [2, 3, 7, 8, 16, 32, 36];
for (var i = 0; i < xs.length; i++) {
  var parts = [];
  for (var j = 0; j < radices.length; j++) parts.push(xs[i].toString(radices[j]));
  console.log(String(xs[i]), parts.join(" "));
}
console.log((255).toString(), (255).toString(10), (255).toString(undefined), (35).toString(36), (36).toString(36));
try { (1).toString(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name + ": " + e.message); }
console.log((-0).toString(2), (0.1 + 0.2).toString(2));
