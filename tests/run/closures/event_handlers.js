// Handlers registered in an object of arrays and called by emit.
function makeEmitter() {
  var handlers = {};
  return {
    on: function (name, fn) {
      if (!handlers[name]) handlers[name] = [];
      handlers[name].push(fn);
    },
    emit: function (name, arg) {
      var list = handlers[name];
      if (!list) return 0;
      for (var i = 0; i < list.length; i++) list[i](arg);
      return list.length;
    }
  };
}
var em = makeEmitter();
var log = "";
var total = 0;
em.on("data", d => { log += d; });
em.on("data", d => { total += d.length; });
em.on("end", () => { log += "|end"; });
em.emit("data", "ab");
em.emit("data", "cde");
console.log(em.emit("end"), em.emit("missing"));
console.log(log, total);
