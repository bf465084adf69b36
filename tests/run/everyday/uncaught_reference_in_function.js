// An uncaught ReferenceError from inside nested calls.
function config() { return { debug: true }; }
function start() {
  const c = config();
  console.log("debug", c.debug);
  return connect(c);
}
console.log("starting");
start();
