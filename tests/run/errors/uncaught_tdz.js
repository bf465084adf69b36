// An uncaught TDZ ReferenceError.
function show() { console.log(value); }
console.log("calling early");
show();
let value = 1;
