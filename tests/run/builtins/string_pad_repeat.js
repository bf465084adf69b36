console.log("[" + "5".padStart(3, "0") + "]", "[" + "5".padStart(3) + "]", "[" + "abc".padStart(2) + "]", "[" + "abc".padStart(10, "123") + "]");
console.log("[" + "5".padEnd(3, "0") + "]", "[" + "5".padEnd(3) + "]", "[" + "abc".padEnd(8, "xy") + "]", "[" + "abc".padEnd(5, "") + "]");
console.log("[" + "x".padStart(-1) + "]", "[" + "x".padStart(NaN) + "]", "[" + "x".padStart("4", 7) + "]", "[" + "x".padEnd(3, null) + "]");
console.log("ab".repeat(3), "[" + "ab".repeat(0) + "]", "x".repeat(2.9), "[" + "".repeat(100) + "]", "ab".repeat("2"), "[" + "a".repeat(NaN) + "]");
try { "a".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { "a".repeat(Infinity); } catch (e) { console.log(e.name + ": " + e.message); }
try { "a".repeat(2 ** 40); } catch (e) { console.log(e.name + ": " + e.message); }
try { "a".padStart(Infinity); } catch (e) { console.log(e.name + ": " + e.message); }
var table = [["id", "name"], ["1", "alice"], ["22", "bob"]];
for (var i = 0; i < table.length; i++) console.log(table[i][0].padStart(4) + " | " + table[i][1].padEnd(6) + "|");
console.log("-".repeat(20));
