// new.target is outside the subset.
function F() {
  console.log(new.target === F);
}
new F();
