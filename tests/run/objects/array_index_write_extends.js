// Writing at index length grows the array.
var a = [1, 2];
a[a.length] = 3;
console.log(a.length, a[2]);
a[3] = 4;
console.log(a.length);
var b = [];
for (var i = 0; i < 5; i++) b[i] = i * 2;
console.log(b.length, b[4]);
b[0] += 100;
b[1]++;
console.log(b[0], b[1]);
