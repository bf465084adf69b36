// Strings inside containers are quoted: single quotes unless the string has
// one, then double quotes, then backticks (unless it has `${`).
console.log(["plain"]);
console.log(["it's"]);
console.log(['say "hi"']);
console.log(["it's \"quoted\""]);
console.log(["it's \"quoted\" and `ticked`"]);
console.log(["it's \"q\" ${x}"]);
console.log(["`only backticks`"]);
console.log(['"only doubles"']);
console.log({ s: "it's" }, { s: 'say "hi"' }, { s: "both ' and \"" });
console.log([""]);
console.log(["'"], ['"'], ["`"], ["'\"`"]);
console.log(["back\\slash"], ["\\"], ["\\\\n"]);
