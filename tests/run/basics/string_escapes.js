// String literal escape sequences.
console.log("tab:\there");
console.log("line1\nline2");
console.log("back\\slash");
console.log("dq\"inside");
console.log('sq\'inside');
console.log('mixed "quotes" here');
console.log("hex \x41\x42\x43");
console.log("uni \u0041\u00e9\u4e2d");
console.log("nul-free \u0062");
console.log("cr-less".length);
console.log("a\tb".length);
console.log("\u00e9".length);
console.log("\\n".length);
console.log("it's");
console.log("line \
continued");
