// A subclass that does not set name still reports "Error" in the uncaught line.
class QuotaExceeded extends Error {}
const e = new QuotaExceeded("quota exceeded: 5/5");
console.log(e.name, e instanceof QuotaExceeded, e.constructor.name);
throw e;
