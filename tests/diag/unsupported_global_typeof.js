// Feature detection with typeof would take another path than under node:
// it is a compile-time error too.
if (typeof Promise !== "undefined") console.log("has promises");
