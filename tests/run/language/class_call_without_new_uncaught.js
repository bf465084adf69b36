// Uncaught TypeError from calling a class as a function.
class Widget {}
console.log("start");
Widget();
