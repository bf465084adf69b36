// An error thrown by a getter escapes to the top level.
class Config {
  constructor(raw) { this.raw = raw; }
  get port() {
    const p = Number(this.raw.port);
    if (!Number.isInteger(p)) throw new TypeError(`invalid port: ${this.raw.port}`);
    return p;
  }
}
console.log(new Config({ port: "8080" }).port);
console.log(new Config({ port: "80a" }).port);
