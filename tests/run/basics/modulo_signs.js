// % takes the sign of the dividend and works on fractions.
console.log(7 % 3);
console.log(-7 % 3);
console.log(7 % -3);
console.log(-7 % -3);
console.log(5.5 % 2);
console.log(-5.5 % 2);
console.log(0 % 5);
console.log(-0 % 5);
console.log(-4 % 2);
console.log(5 % 0);
console.log(Infinity % 2);
console.log(2 % Infinity);
console.log(0.3 % 0.1);
console.log(1e17 % 7);
