// 2D arrays: matrix multiplication.
function mat(rows) { return rows; }
function mul(a, b) {
  var out = [];
  for (var i = 0; i < a.length; i++) {
    var row = [];
    for (var j = 0; j < b[0].length; j++) {
      var s = 0;
      for (var k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      row.push(s);
    }
    out.push(row);
  }
  return out;
}
var a = mat([[1, 2], [3, 4]]);
var p = mul(a, a);
console.log(p[0][0], p[0][1], p[1][0], p[1][1]);
var id = [[1, 0], [0, 1]];
var q = mul(p, id);
console.log(q[1][1] === p[1][1]);
var r = a;
for (var n = 0; n < 9; n++) r = mul(r, a);
console.log(r[0][0], r[1][1]);
