// Control characters are escaped inside containers, printed raw at top level.
console.log(["line\nbreak", "tab\tbed", "carriage\rreturn"]);
console.log(["\b", "\f", "\v", "\0"]);
console.log(["\x01\x02\x03\x1a\x1b\x1f"]);
console.log(["\x1b[31mred\x1b[0m"]);
console.log(["\x7f", "\x80", "\x9f", "\xa0", "\xff"]);
console.log(["caf\u00e9", "\u4e2d\u6587", "\u{1F600}", "na\u00efve"]);
console.log(["\u200b zero width", "e\u0301"]);
console.log({ "key\nwith newline": 1, "tab\tkey": 2 });
console.log("top\x01level\x7fraw");
console.log(["it's\n"], ["say \"hi\"\n"]);
var all = "";
for (var i = 0; i < 32; i++) all += String.fromCharCode(i);
console.log([all]);
