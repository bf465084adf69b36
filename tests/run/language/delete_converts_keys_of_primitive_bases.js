// `delete base[key]` converts an object key with its `toString` for every
// base that is not null or undefined, numbers and strings included.
"use strict";
const key = { toString() { console.log("toString"); return "x"; } };
console.log(delete (5)[key]);
console.log(delete true[key], delete (-0.5)[key]);
console.log(delete "abc"[key]);
try { console.log(delete "abc"[{ toString() { console.log("ts1"); return "1"; } }]); } catch (e) { console.log(e.constructor.name, e.message); }
try { console.log(delete "abc".length); } catch (e) { console.log(e.constructor.name, e.message); }
try { delete null[key]; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete undefined.x; } catch (e) { console.log(e.constructor.name, e.message); }
