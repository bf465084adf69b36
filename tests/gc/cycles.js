// Reference cycles, created in a loop and dropped: objects pointing at each
// other, closures referring to each other through their environments, a
// closure stored in the object it captures, and an array containing itself.
// A reference-counting collector would leak all of them.
var made = 0;
function objectCycle(i) {
  var obj1 = { id: i, payload: [i, i + 1, i + 2] };
  var obj2 = { id: -i, payload: "s" + i };
  obj1.a = obj2;
  obj2.a = obj1;
  return obj1.a.a.id;
}

function closureCycle(i) {
  var data = [i, "x" + i];
  function even(n) { return n === 0 ? data[0] : odd(n - 1); }
  function odd(n) { return n === 0 ? data.length : even(n - 1); }
  return even(i & 7);
}

function selfCapture(i) {
  var holder = { n: i };
  holder.get = function () { return holder.n; };
  var arr = [holder];
  arr.push(arr);
  return arr[1][0].get();
}

var check = 0;
for (var i = 0; i < 600000; i++) {
  check = (check + objectCycle(i) + closureCycle(i) + selfCapture(i)) | 0;
  made += 3;
}
console.log("cycles made " + made + " check " + check);
