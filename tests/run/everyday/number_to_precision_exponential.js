// toPrecision and toExponential.
const xs = [0, 1, 123.456, 0.000123, 1e21, 99.99, -5.5, 1 / 3];
for (const x of xs) console.log(x, x.toPrecision(1), x.toPrecision(3), x.toPrecision(8), x.toExponential(2));
console.log((12345).toExponential(), (0.5).toExponential(0), (255).toPrecision(2));
