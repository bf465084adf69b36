// Sorting objects by a key; sort is stable for equal keys.
var people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cid", age: 30 },
  { name: "dee", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 25 }
];
people.sort(function (a, b) { return a.age - b.age; });
var s = "";
for (var i = 0; i < people.length; i++) s += people[i].name + ":" + people[i].age + " ";
console.log(s);
var calls = 0;
var nums = [3, 1, 2];
nums.sort(function (a, b) { calls++; return a - b; });
console.log(nums[0], nums[1], nums[2], calls > 0);
