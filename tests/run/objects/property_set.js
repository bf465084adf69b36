// Adding and updating properties by name and computed key.
var o = {};
o.x = 1;
o["y"] = 2;
var key = "z";
o[key] = o.x + o.y;
console.log(o.x, o.y, o.z);
o.x = "changed";
o[key] += 10;
console.log(o.x, o.z);
o[1] = "one";
console.log(o["1"], o[1]);
o.count = 0;
o.count++;
o.count += 5;
console.log(o.count);
var k2 = "dyn";
for (var i = 0; i < 3; i++) o[k2 + i] = i * i;
console.log(o.dyn0, o.dyn1, o.dyn2);
