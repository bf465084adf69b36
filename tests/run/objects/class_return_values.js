// What a class constructor may return: an object replaces `this`; a
// primitive is ignored in a base class and a TypeError in a derived one.
class D { constructor() { return 1; } }
console.log(new D() instanceof D);
class E extends D { constructor() { super(); return undefined; } }
console.log(new E() instanceof E);
class F extends D { constructor() { super(); return { own: true }; } }
console.log(new F());
class G extends D { constructor() { super(); return 5; } }
try { new G(); } catch (e) { console.log(e.constructor.name, e.message); }
class H extends D { constructor() { return "s"; } }
try { new H(); } catch (e) { console.log(e.constructor.name, e.message); }
class I extends D { constructor() { return; } }
try { new I(); } catch (e) { console.log(e.constructor.name, e.message); }
