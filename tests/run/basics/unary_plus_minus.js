// Unary + and - convert their operand to a number.
console.log(+"3");
console.log(-"3");
console.log(+"  12  ");
console.log(+"");
console.log(+" ");
console.log(+"0x1f");
console.log(+"1e3");
console.log(+"-2.5");
console.log(+"abc");
console.log(+"12abc");
console.log(+true, +false);
console.log(+null);
console.log(+undefined);
console.log(-null);
console.log(-"");
console.log(- -5);
console.log(+"Infinity", -"Infinity");
console.log(+".5", +"5.", +"+7");
