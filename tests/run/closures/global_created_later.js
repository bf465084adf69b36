// A closure reading a global that is created later by assignment.
function readG() { return createdLater; }
try { readG(); } catch (e) { console.log(e.name + ": " + e.message); }
function create() { createdLater = "now exists"; }
create();
console.log(readG());
createdLater = 7;
console.log(readG() * 6);
