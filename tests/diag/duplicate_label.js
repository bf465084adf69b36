// Label error: a label nested inside a label with the same name.
outer: for (let i = 0; i < 2; i++) {
  outer: for (let j = 0; j < 2; j++) {
    break outer;
  }
}
