// Label error: an unlabelled break outside any loop or switch.
function f() {
  break;
}
f();
