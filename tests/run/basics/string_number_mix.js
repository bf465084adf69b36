// Mixed string/number arithmetic: only + concatenates.
console.log("6" - 2);
console.log("6" * "2");
console.log("6" / "4");
console.log("7" % "4");
console.log("2" ** "3");
console.log("6" + 2);
console.log(2 + "6");
console.log("a" - 1);
console.log("3" - - "3");
console.log("3" + - "3");
console.log(+"3" + +"3");
console.log("5" * null);
console.log(true + "1");
console.log(1 + true + "1");
