// Logical assignment with getter-only properties (strict mode in classes throws).
class Settings {
  get readonly() { return null; }
  tryAssign() {
    try { this.readonly ??= "x"; return "assigned"; } catch (e) { return e.constructor.name; }
  }
  tryOr() {
    try { this.readonly ||= "y"; return "assigned"; } catch (e) { return e.constructor.name; }
  }
  tryAnd() {
    try { this.readonly &&= "z"; return "skipped"; } catch (e) { return e.constructor.name; }
  }
}
var s = new Settings();
console.log(s.tryAssign(), s.tryOr(), s.tryAnd(), s.readonly);
var sloppy = { get ro() { return 0; } };
sloppy.ro ||= 5;
console.log(sloppy.ro);
