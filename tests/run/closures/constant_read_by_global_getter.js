// A bare read of a global property can run a getter, and the getter can
// call a closure that reads a constant before its initialization: that
// read keeps its TDZ check (the program dies with node's ReferenceError).
Object.defineProperty(globalThis, "trapRead", {
  get() {
    return readGT();
  },
});
console.log("before the trap");
const readGT = () => GT;
trapRead;
const GT = 1;
console.log("not reached", readGT());
