var inputs = ["42", "  42  ", "-3.5", "+7", "1e3", "1E-3", ".5", "5.", "0x1f", "0X1F", "0b101", "0o17", "-0x10", "Infinity", "-Infinity", "infinity", "12px", "", " ", "\n\t", "1_000", "0.1e1.5", "00012", "-0", "1e400", "1e-400", "abc", "0x", "."];
for (var i = 0; i < inputs.length; i++) {
  var s = inputs[i];
  console.log(JSON.stringify(s), Number(s), parseFloat(s), parseInt(s), parseInt(s, 16), +s);
}
console.log(parseInt("123", 0), parseInt("123", 37), parseInt("11", 2), parseInt("zz", 36), parseInt("-ff", 16), parseInt("0x10", 10), parseInt("1e21"), parseInt(1e21), parseInt(0.0000005));
console.log(parseFloat("1.7976931348623157e308"), parseFloat("2e308"), parseFloat("-.1"), parseFloat("1.2.3"), parseFloat("0x10"), parseFloat(" \u00a01"));
console.log((25).toString(2), parseInt((25).toString(2), 2), (3.75).toString(2), (0.1).toFixed(20), Number("0.1").toPrecision(21));
