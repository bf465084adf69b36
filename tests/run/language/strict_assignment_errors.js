// Strict code (classes, "use strict") throws where sloppy code silently fails.
"use strict";
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
try { frozen.b = 2; } catch (e) { console.log(e.name, e.message); }
const withGetter = { get x() { return 1; } };
try { withGetter.x = 5; } catch (e) { console.log(e.name, e.message); }
class P { get v() { return 7; } }
try { new P().v = 1; } catch (e) { console.log(e.name, e.message); }
const ro = {};
Object.defineProperty(ro, "k", { value: 1, writable: false });
try { ro.k = 3; } catch (e) { console.log(e.name, e.message); }
try { ro["k"] = 4; } catch (e) { console.log(e.name, e.message); }
console.log(frozen.a, withGetter.x, ro.k);
