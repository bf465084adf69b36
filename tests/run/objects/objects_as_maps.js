// Using an object as a dictionary with computed keys.
var counts = {};
var words = ["a", "b", "a", "c", "b", "a"];
for (var i = 0; i < words.length; i++) {
  var w = words[i];
  if (counts[w] === undefined) counts[w] = 0;
  counts[w]++;
}
console.log(counts.a, counts.b, counts.c, counts.d);
var byLen = {};
var names = ["al", "bo", "cyd", "dee", "ed"];
for (var j = 0; j < names.length; j++) {
  var k = names[j].length;
  if (!byLen[k]) byLen[k] = [];
  byLen[k].push(names[j]);
}
console.log(byLen[2].length, byLen[3][1], byLen["2"][2]);
