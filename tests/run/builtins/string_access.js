var s = "héllo, wörld";
console.log(s.charAt(0), s.charAt(1), "[" + s.charAt(100) + "]", "[" + s.charAt(-1) + "]", s.charAt(), s.charAt(1.9));
console.log(s.charCodeAt(1), s.charCodeAt(100), s.charCodeAt(-1), s.charCodeAt(), "abc".charCodeAt("1"));
var emoji = "a😀b";
console.log(emoji.length, emoji.charCodeAt(1), emoji.charCodeAt(2), emoji.codePointAt(1), emoji.codePointAt(2), emoji.codePointAt(3), emoji.codePointAt(9));
console.log(s.at(0), s.at(-1), s.at(100), s.at(-100), "abc".at("1"));
console.log(s[0], s[4], String(s[50]), s.length);
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(0x1F600).length, String.fromCharCode(65.7, "66", 65536 + 67));
console.log(String.fromCodePoint(0x1F600).length, String.fromCodePoint(97, 98, 0x10FFFF).length, String.fromCodePoint().length);
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.fromCodePoint(NaN); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("abc".concat("def", 1, null, undefined, true), "".concat(), "x".concat([1, 2]));
try { String.prototype.charAt.call(null, 0); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.at.call(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String.prototype.charAt.call(12345, 2), String.prototype.slice.call(true, 1));
var w = new String("wrapped");
console.log(w.charAt(0), w.toUpperCase(), typeof w.slice(1), w.indexOf("p"));
