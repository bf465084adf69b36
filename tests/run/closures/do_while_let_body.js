// let in a do-while body, mutated after closure creation.
var fs = [];
var k = 0;
do {
  let v = k;
  fs.push(() => v);
  v = v * 10;
  k++;
} while (k < 3);
console.log(fs[0](), fs[1](), fs[2]());
