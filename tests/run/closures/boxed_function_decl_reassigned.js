// A function declaration that is reassigned later is shared through a box.
function g() { return 1; }
function h() { return g(); }
console.log(h());
g = function () { return 2; };
console.log(h());
function twice() { return "first"; }
const callTwice = () => twice();
function twice() { return "second"; }
console.log(callTwice());
