// Closures created in try, catch and finally blocks.
function run(fail) {
  var fs = [];
  let state = "start";
  try {
    fs.push(() => "try saw " + state);
    if (fail) throw new Error("boom");
    state = "ok";
  } catch (e) {
    fs.push(() => "catch saw " + e.message + "/" + state);
    state = "caught";
  } finally {
    fs.push(() => "finally saw " + state);
    state = state + "+done";
  }
  var s = "";
  for (var i = 0; i < fs.length; i++) s += fs[i]() + "; ";
  return s;
}
console.log(run(false));
console.log(run(true));
