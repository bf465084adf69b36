// Accessing this before super() in a derived constructor is a ReferenceError.
class Base { constructor() { this.b = 1; } }
class Early extends Base {
  constructor() {
    this.x = 1;
    super();
  }
}
try {
  new Early();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
class NoSuper extends Base {
  constructor() { }
}
try { new NoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
class Twice extends Base {
  constructor() { super(); super(); }
}
try { new Twice(); } catch (e) { console.log(e.constructor.name, e.message); }
class ReturnObj extends Base {
  constructor() { return { replaced: true }; }
}
console.log(new ReturnObj().replaced);
