// Number formatting helpers commonly hand-written.
function withCommas(n) {
  const [int, frac] = Math.abs(n).toFixed(2).split(".");
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return (n < 0 ? "-" : "") + out + "." + frac;
}
console.log([0, 5, 999.999, 1000, -1234567.891, 1e9].map(withCommas));
const bytes = (n) => {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
};
console.log([0, 1023, 1024, 1536, 1048576, 5e9, 1e15].map(bytes));
const pct = (a, b) => (b === 0 ? "n/a" : ((a / b) * 100).toFixed(1) + "%");
console.log(pct(1, 3), pct(2, 3), pct(0, 0), pct(5, 4));
const pad = (n, w) => String(n).padStart(w, "0");
console.log(pad(7, 3), pad(1234, 3), pad(-5, 4));
const duration = (ms) => `${Math.floor(ms / 3600000)}h ${pad(Math.floor(ms / 60000) % 60, 2)}m ${pad(Math.floor(ms / 1000) % 60, 2)}s`;
console.log(duration(0), duration(3723000), duration(86399999));
console.log((0.1).toFixed(20), (1 / 3).toFixed(10), (123.456).toFixed(10));
console.log((255).toString(16).toUpperCase().padStart(4, "0"), parseInt("FF", 16).toString(2).padStart(12, "0"));
console.log(Number.MAX_SAFE_INTEGER.toString(2).length, (2 ** 53).toString(16), (-255).toString(16));
console.log((0.5).toString(2), (0.1).toString(2).length, (3.75).toString(16));
