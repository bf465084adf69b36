// Numbers print as Number#toString, with -0 kept.
console.log([0, -0, 1, -1, 0.5, -0.5, 1e21, 1e-7, 1.5e300, 2e-300]);
console.log({ max: 1.7976931348623157e308, min: 5e-324, safe: 9007199254740991 });
console.log([0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7]);
console.log([NaN, -NaN, Infinity, -Infinity]);
console.log({ z: -0, nz: 0, arr: [-0, 0] });
console.log([123456789, 1234567890123, 12345678901234567890]);
console.log([1e20, 1e21, 1e-6, 1e-7]);
