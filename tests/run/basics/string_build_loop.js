// Building and inspecting strings character by character.
var digits = "";
for (var i = 0; i < 10; i++) digits = digits + i;
console.log(digits, digits.length);
var count = 0;
var text = "banana";
for (var j = 0; j < text.length; j++) {
  if (text[j] === "a") count++;
}
console.log(count);
var up = "";
var lower = "abc";
var upper = "ABC";
for (var k = 0; k < lower.length; k++) up = up + upper[k] + lower[k];
console.log(up);
console.log(digits[3] + digits[7], digits[3] - digits[7]);
