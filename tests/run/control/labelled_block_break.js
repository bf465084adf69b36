// break out of a labelled block statement.
var log = "";
block: {
  log += "a";
  if (log.length > 0) break block;
  log += "b";
}
log += "c";
console.log(log);
