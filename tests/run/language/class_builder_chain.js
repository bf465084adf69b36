// Fluent builder with method chaining, getters and closures.
class QueryBuilder {
  constructor(table) { this.table = table; this.wheres = []; this.cols = ["*"]; this.lim = null; this.ord = []; }
  select(...cols) { this.cols = cols; return this; }
  where(col, op, val) { this.wheres.push(`${col} ${op} ${typeof val === "string" ? `'${val}'` : val}`); return this; }
  orderBy(col, dir = "ASC") { this.ord.push(`${col} ${dir}`); return this; }
  limit(n) { this.lim = n; return this; }
  get sql() {
    let s = `SELECT ${this.cols.join(", ")} FROM ${this.table}`;
    if (this.wheres.length) s += ` WHERE ${this.wheres.join(" AND ")}`;
    if (this.ord.length) s += ` ORDER BY ${this.ord.join(", ")}`;
    if (this.lim !== null) s += ` LIMIT ${this.lim}`;
    return s;
  }
  clone() { const q = new QueryBuilder(this.table); Object.assign(q, { ...this, wheres: [...this.wheres], ord: [...this.ord] }); return q; }
}
var base = new QueryBuilder("users").select("id", "name").where("age", ">", 18);
var q1 = base.clone().where("name", "=", "ann").orderBy("id").limit(5);
var q2 = base.clone().orderBy("name", "DESC");
console.log(base.sql);
console.log(q1.sql);
console.log(q2.sql);
console.log(new QueryBuilder("t").sql);
