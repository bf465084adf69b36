// return from inside nested loops and switch.
function find(target) {
  for (var i = 0; i < 10; i++) {
    for (var j = 0; j < 10; j++) {
      if (i * 10 + j === target) return "at " + i + "," + j;
    }
  }
  return "missing";
}
console.log(find(42), find(7), find(100));
function firstEven(limit) {
  let n = 1;
  while (true) {
    switch (n % 2) { case 0: return n; }
    if (n > limit) return -1;
    n += 3;
  }
}
console.log(firstEven(10), firstEven(0));
