// finally runs when break/continue leave the try block.
var log = "";
for (var i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log += "b" + i;
  } finally {
    log += "f" + i;
  }
}
console.log(log);
var n = 0;
while (true) {
  try { n++; if (n > 2) break; } finally { n += 10; }
}
console.log(n);
