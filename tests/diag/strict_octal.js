"use strict";
// Syntax error in strict code: legacy octal literals.
const mode = 0755;
console.log(mode);
