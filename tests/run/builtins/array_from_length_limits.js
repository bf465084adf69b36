// Array.from of an array-like whose length no array can hold is a RangeError.
for (const len of [2 ** 32, Infinity, 2 ** 53]) {
  try { console.log(Array.from({ length: len }).length); } catch (e) { console.log(e.name, e.message); }
}
console.log(Array.from({ length: 3, 0: "a", 2: "c" }), Array.from({ length: -5 }), Array.from({ length: "2" }));
