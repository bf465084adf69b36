// Static members are inherited; `this` in a static method is the receiver class.
class Model {
  static table = "models";
  static instances = 0;
  static create(...args) { this.instances++; return new this(...args); }
  static describe() { return `${this.name} -> ${this.table}`; }
  constructor(id) { this.id = id; }
}
class User extends Model { static table = "users"; }
class Admin extends User { }
var u = User.create(1), a = Admin.create(2), m = Model.create(3);
console.log(u instanceof User, a instanceof Admin, a instanceof User, m instanceof User);
console.log(u.id, a.id, m.id);
console.log(Model.describe(), User.describe(), Admin.describe());
console.log(Model.instances, User.instances, Admin.instances);
console.log(User.hasOwnProperty("instances"), Admin.hasOwnProperty("instances"), Admin.hasOwnProperty("table"));
console.log(Object.getPrototypeOf(Admin) === User, Object.getPrototypeOf(Model) === Function.prototype);
