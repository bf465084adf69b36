// Large/small number printing and negative zero.
const vals = [1e20, 1e21, 123456789012345680000, 1.5e300, 2e-6, 1e-7, 0.1, 5e-324,
  Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, -1e-7];
for (const v of vals) console.log(v, String(v), JSON.stringify(v));
console.log([1e21, 1e-7], { big: 1e100 });
const z = -0;
console.log(z, String(z), `${z}`, z + "", JSON.stringify(z), [z], { z });
console.log(Object.is(z, 0), z === 0, 1 / z, Math.sign(z), Object.is(Math.round(-0.4), -0));
console.log(-0 + 0, 0 * -5, -0 * -0, Math.min(0, -0), Math.max(-0, 0));
console.log((-0).toFixed(2), Math.abs(-0), [0, -0].includes(-0), [-0].indexOf(0));
console.log(new Set([0, -0]).size, new Map([[-0, "a"]]).get(0));
console.log(0.1 * 3, 0.3 - 0.1, 100 / 3, 2 ** 0.5, 7 / 2 | 0, -7 / 2 | 0);
console.log(Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -(2 ** 31), 2 ** 31 | 0);
