// console.log of an arguments object shows the [Arguments] prefix.
function logAll() { console.log(arguments); }
logAll(1, "two", [3]);
logAll();
function nested() { return { args: arguments }; }
console.log(nested("x"));
