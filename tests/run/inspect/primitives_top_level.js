// Top-level primitives: strings print raw, everything else as inspect shows it.
console.log("plain string");
console.log(42, -7.25, 0, -0, NaN, Infinity, -Infinity);
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2);
console.log(true, false, null, undefined);
console.log("it's", 'say "hi"', "back`tick");
console.log("tab\there", "new\nline");
console.log("");
console.log();
console.log("", "");
console.log(" leading and trailing ");
console.log("a", 1, "b", 2, null, "c");
console.log(undefined);
console.log(null);
console.log(-0);
console.log([-0], { z: -0 }, -0 + 0);
