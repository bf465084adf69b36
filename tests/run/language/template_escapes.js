// Escapes and multi-line templates.
var s = `line1
line2
  indented`;
console.log(s);
console.log(s.length);
console.log(`tab\there`);
console.log(`quote \` backtick`);
console.log(`dollar \${not} and $ alone and ${"yes"}`);
console.log(`unicode \u0041\u00e9 \x41`);
console.log(`back\\slash`);
console.log(`single ' and double " quotes`);
console.log(`$`, `{`, `$${1}`, `{${2}}`);
var lines = `a
b
c`.split("\n");
console.log(lines.length, lines.join("|"));
