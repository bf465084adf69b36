// Loop-body let shadows outer names; each iteration gets a fresh body binding.
let v = "outer";
for (let i = 0; i < 3; i++) {
  let v = i * 10;
  v += 1;
  console.log(v);
}
console.log(v);
let j = 0;
while (j < 2) {
  const v = "w" + j;
  console.log(v);
  j++;
}
