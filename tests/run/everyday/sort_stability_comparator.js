// Sorting: default string order, comparators, stability.
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log(["b", "B", "a", "A", "_", "1"].sort());
console.log([3, undefined, 1, undefined, 2].sort());
console.log([true, false, null, "null", 0].sort());
const people = [
  { name: "Ann", age: 30 }, { name: "Bob", age: 25 }, { name: "Cid", age: 30 },
  { name: "Dee", age: 25 }, { name: "Eve", age: 35 }, { name: "Fay", age: 30 },
  { name: "Gus", age: 25 }, { name: "Hal", age: 35 }, { name: "Ivy", age: 30 },
  { name: "Jon", age: 25 }, { name: "Kim", age: 30 }, { name: "Lou", age: 35 },
];
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => p.age + p.name).join(" "));
const desc = people.slice().sort((a, b) => b.age - a.age);
console.log(desc.map((p) => p.name).join(" "));
const multi = people.slice().sort((a, b) => (a.age !== b.age ? a.age - b.age : b.name.localeCompare(a.name)));
console.log(multi.map((p) => p.name).join(" "));
const big = [];
for (let i = 0; i < 200; i++) big.push({ k: i % 7, i });
big.sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < big.length; i++) if (big[i - 1].k === big[i].k && big[i - 1].i > big[i].i) stable = false;
console.log("stable", stable, big[0], big[199]);
const arr = [5, 1, 4];
const ret = arr.sort();
console.log(ret === arr, arr);
console.log(["10", "9", "1"].sort((a, b) => Number(a) - Number(b)));
console.log([3, 1, 2].sort(() => 0));
console.log(["éclair", "apple", "Zebra", "zoo"].sort((a, b) => a.localeCompare(b)));
