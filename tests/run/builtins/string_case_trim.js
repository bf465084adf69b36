console.log("Hello World".toUpperCase(), "Hello World".toLowerCase(), "ß".toUpperCase(), "İ".toLowerCase().length);
console.log("ÀÉÎõü".toLowerCase(), "àéîÕÜ".toUpperCase(), "ΣΑΣ".toLowerCase(), "ﬁ".toUpperCase(), "straße".toUpperCase());
console.log("mIxEd 123 !?".toUpperCase(), "".toUpperCase() === "", "a😀b".toUpperCase(), (String.fromCharCode(0xd800) + "x").toUpperCase().length);
console.log("[" + "  pad  ".trim() + "]", "[" + "  pad  ".trimStart() + "]", "[" + "  pad  ".trimEnd() + "]");
console.log("[" + "\t\n\r\v\f x \u00a0\u2028\u2029\ufeff".trim() + "]", "[" + "   ".trim() + "]", "[" + "x".trim() + "]");
console.log("[" + "  a  ".trimLeft() + "]", "[" + "  a  ".trimRight() + "]");
console.log("Hello".toLocaleUpperCase(), "Hello".toLocaleLowerCase());
