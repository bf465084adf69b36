// Counting with closures created inside while and do-while loops.
var makers = [];
var n = 0;
while (n < 3) {
  let count = n;
  makers.push(function () { count += 1; return count; });
  n++;
}
console.log(makers[0](), makers[0](), makers[1](), makers[2](), makers[2]());
var fns = [];
var m = 0;
do {
  const mm = m;
  fns.push(() => mm * mm);
  m++;
} while (m < 4);
console.log(fns[3](), fns[2](), fns.length);
