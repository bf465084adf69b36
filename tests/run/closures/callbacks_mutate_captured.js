// Callbacks passed to other functions mutate variables they capture.
function each(arr, cb) { for (var i = 0; i < arr.length; i++) cb(arr[i], i); }
function sumAndMax(arr) {
  let sum = 0, max = -Infinity, where = -1;
  each(arr, (v, i) => {
    sum += v;
    if (v > max) { max = v; where = i; }
  });
  return sum + " " + max + "@" + where;
}
console.log(sumAndMax([3, 9, 2, 9, 1]));
function times(n, cb) { for (let i = 0; i < n; i++) cb(i); }
var grid = "";
times(3, r => { times(3, c => { grid += r === c ? "X" : "."; }); grid += "|"; });
console.log(grid);
