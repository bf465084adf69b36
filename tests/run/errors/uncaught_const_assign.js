// An uncaught TypeError from assigning a const.
const limit = 10;
console.log(limit);
limit = 20;
