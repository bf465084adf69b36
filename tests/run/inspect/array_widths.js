// Grouping measures display width: CJK and emoji count 2, combining marks 0.
console.log(["\u4e2d\u6587\u5b57\u7b26", "\ud55c\uad6d\uc5b4", "abc", "de", "f", "gh", "ijk", "lm"]);
console.log(["\u4e00", "\u4e8c", "\u4e09", "\u56db", "\u4e94", "\u516d", "\u4e03", "\u516b", "\u4e5d", "\u5341"]);
console.log(["e\u0301", "a", "b", "c", "d", "e", "f"]);
console.log(["\u{1F600}", "\u{1F601}", "x", "y", "z", "w", "v", "u"]);
console.log(["\uff21\uff22", "ab", "cd", "ef", "gh", "ij", "kl"]);
console.log(["caf\u00e9", "na\u00efve", "r\u00e9sum\u00e9", "x", "y", "z", "w"]);
var cjk = [];
for (var i = 0; i < 20; i++) cjk.push(String.fromCharCode(0x4e00 + i) + i);
console.log(cjk);
