// Methods on F.prototype are shared by all instances.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
Vec.prototype.str = function () { return "(" + this.x + ", " + this.y + ")"; };
var a = new Vec(1, 2), b = new Vec(3, 4);
console.log(a.add(b).str());
console.log(b.len2());
console.log(a.add === b.add);
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k); };
console.log(a.scale(3).str());
a.str = function () { return "own"; };
console.log(a.str(), b.str());
Vec.prototype.kind = "vec";
console.log(a.kind, b.kind);
b.kind = "mine";
console.log(a.kind, b.kind);
