// Tagged templates are outside the subset.
function tag(parts) {
  return parts.length;
}
console.log(tag`a${1}b`);
