// String.fromCharCode with one argument (ASCII, beyond, wrapped to 16 bits,
// converted with ToNumber) and with several; integers turned into strings
// by concatenation and templates, negative and large ones included.
const codes = [65, 97, 0, 127, 128, 233, 0x4e2d, 0xd800, 65536 + 66, -1, 65.9, "66", NaN,
  { valueOf() { return 67; } }, true, null, undefined];
console.log(codes.map((c) => String.fromCharCode(c).charCodeAt(0)).join(","));
console.log(String.fromCharCode(), String.fromCharCode(72, 105, 33), String.fromCharCode(0x4e2d, 0x6587));
let s = "";
for (let i = 0; i < 300; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-5));
const parts = [];
for (const n of [0, -0, 7, -7, 10, 99, -100, 123456789, -2147483648, 4294967296, 2 ** 53, -(2 ** 53) + 1, 1e21, 12.5]) {
  parts.push(n + "", `${n}`, "<" + n + ">");
}
console.log(parts.join(" "));
