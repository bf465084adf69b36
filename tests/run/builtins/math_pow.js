var bases = [2, 10, 0.5, 1.1, 1.05, 0.1, 2.5, Math.E, Math.PI];
var exps = [2, 3, 0.5, -1, -2, 10, 0.1, 1 / 3, 1.5, -0.5, 20, 52, -3.7];
for (var i = 0; i < bases.length; i++) {
  var row = [];
  for (var j = 0; j < exps.length; j++) row.push(Math.pow(bases[i], exps[j]));
  console.log(row.join(" "));
}
for (var i = 0; i < bases.length; i++) {
  var row = [];
  for (var j = 0; j < exps.length; j++) row.push(bases[i] ** exps[j] === Math.pow(bases[i], exps[j]));
  console.log(row.join(""));
}
console.log(Math.pow(0, 0), Math.pow(-0, 3), Math.pow(-0, -3), Math.pow(-Infinity, 3), Math.pow(-Infinity, 2), Math.pow(Infinity, -1), Math.pow(NaN, 1), Math.pow(1, NaN), Math.pow(-1, Infinity), Math.pow(0.5, Infinity), Math.pow(2, -Infinity));
var compound = 1000;
for (var y = 0; y < 30; y++) compound *= 1.07;
console.log(compound, 1000 * Math.pow(1.07, 30), Math.sqrt(2) ** 2);
