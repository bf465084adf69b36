// An uncaught number prints as its string: -0 shows as 0.
console.log("before");
throw -0;
