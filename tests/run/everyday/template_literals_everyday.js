// Template literals: expressions, nesting, multi-line, and conversion.
const user = { name: "Ann", items: 3, total: 42.5 };
console.log(`${user.name} bought ${user.items} item${user.items === 1 ? "" : "s"} for $${user.total.toFixed(2)}`);
const rows = [["apple", 1.2], ["kiwi", 0.5]];
const table = `
<table>
${rows.map(([n, p]) => `  <tr><td>${n}</td><td>${p.toFixed(2)}</td></tr>`).join("\n")}
</table>`;
console.log(table);
console.log(`${1 + 1}${"a"}${[1, 2]}${{}}${null}${undefined}${true}`);
console.log(`nested ${`inner ${`innermost ${1 * 2}`}`}`);
console.log(`escapes: \` \${not interpolated} \\ \u0041 \x42 \n-next line`);
const tag = "div";
console.log(`<${tag} class="${["a", "b"].join(" ")}">${"content".toUpperCase()}</${tag}>`);
const obj = { toString() { return "TS"; }, valueOf() { return 99; } };
console.log(`${obj}`, obj + "", String(obj));
const multi = `line1
  line2 (indented)
line3`;
console.log(multi.split("\n").map((l) => l.length));
