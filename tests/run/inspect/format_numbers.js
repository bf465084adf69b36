// util.format: %d, %i, %f.
console.log("%d", 42);
console.log("%d %d %d %d", 42.5, "42", "", "abc");
console.log("%d %d %d", [], [7], {});
console.log("%d", -0);
console.log("%d %d", true, null);
console.log("%d", undefined);
console.log("%i %i %i %i", 42.9, "42.9px", -0, "abc");
console.log("%i", -3.7);
console.log("%i %i", "0x1F", "  12  ");
console.log("%f %f %f", "3.5abc", 1e21, -0);
console.log("%f", ".5");
console.log("%f %f", "abc", "-1.25e2xyz");
console.log("%d%%", 50);
console.log("%i items", 3, "extra");
console.log("%d", { valueOf: function () { return 9; } });
