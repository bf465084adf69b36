// Closures created in the same iteration share that iteration's binding.
var incs = [], gets = [];
for (let i = 0; i < 3; i++) {
  incs.push(() => { i += 100; });
  gets.push(() => i);
}
incs[1]();
incs[1]();
console.log(gets[0](), gets[1](), gets[2]());
incs[0]();
console.log(gets[0](), gets[1](), gets[2]());
