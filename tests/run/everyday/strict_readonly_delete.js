// Strict mode: writing a read-only property or deleting a non-configurable one throws.
"use strict";
const o = {};
Object.defineProperty(o, "hidden", { value: 1 });
try { o.hidden = 10; } catch (e) { console.log(e.name, e.message); }
try { delete o.hidden; } catch (e) { console.log(e.name, e.message); }
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
try { frozen.b = 2; } catch (e) { console.log(e.name, e.message); }
console.log(o.hidden, frozen);
