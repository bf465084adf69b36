// Label error: `continue` must target a loop, not a labelled block.
block: {
  for (let i = 0; i < 3; i++) {
    continue block;
  }
}
