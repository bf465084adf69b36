// Towers of Hanoi: recursion with several parameters.
var moves = 0;
var log = "";
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (n === 3) log += from + to + " ";
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
console.log(moves, log);
moves = 0; log = "";
hanoi(10, "A", "C", "B");
console.log(moves, log.length);
