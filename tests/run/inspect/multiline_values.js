// Values that break over lines inside other values get indented.
var inner = {};
for (var i = 0; i < 8; i++) inner["property" + i] = "value " + i;
console.log({ inner: inner });
console.log([inner]);
console.log({ a: { inner: inner } });
console.log([[inner]]);
var arr = [];
for (var i = 0; i < 30; i++) arr.push("item" + i);
console.log({ arr: arr });
console.log({ x: { arr: arr } });
console.log([arr, arr]);
var nums = [];
for (var i = 0; i < 40; i++) nums.push(i);
console.log({ nums: nums, after: 1 });
console.log({ before: 1, nested: { nums: nums } });
