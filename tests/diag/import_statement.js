// Syntax error in a CommonJS script: import statements need a module.
import fs from "fs";
console.log(fs);
