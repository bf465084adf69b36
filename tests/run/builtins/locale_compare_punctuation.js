// localeCompare orders spaces, punctuation and symbols as ICU's root
// collation does (node's default), before digits, before letters.
let seed = 3;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const alpha = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const words = [];
for (let i = 0; i < 1500; i++) {
  let w = "";
  const n = 1 + Math.floor(rnd() * 6);
  for (let j = 0; j < n; j++) w += alpha[Math.floor(rnd() * alpha.length)];
  words.push(w);
}
const out = [];
for (let i = 0; i + 1 < words.length; i++) out.push(words[i].localeCompare(words[i + 1]));
console.log(out.join(""));
console.log([...alpha].sort((a, b) => a.localeCompare(b)).join(""));
const list = ["apple", "Apple", "banana", "apple pie", "apple-pie", "apple_pie", "applepie",
  "item10", "item2", "item_1", "item-1", "item 1", "item.1", "$5", "#5", "@home", "~tilde", "(x)", "[x]"];
console.log(list.sort((a, b) => a.localeCompare(b)));
