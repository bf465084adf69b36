// push appends and returns the new length.
var a = [];
console.log(a.push(5));
console.log(a.push("x"));
a.push(7);
console.log(a.length, a[0], a[1], a[2]);
var squares = [];
for (var i = 0; i < 10; i++) squares.push(i * i);
console.log(squares.length, squares[9]);
var total = 0;
for (var j = 0; j < squares.length; j++) total += squares[j];
console.log(total);
var grid = [];
for (var r = 0; r < 3; r++) { grid.push([]); for (var c = 0; c < 3; c++) grid[r].push(r * 3 + c); }
console.log(grid[2][1], grid.length, grid[0].length);
