// Class static blocks are outside the subset.
class Config {
  static {
    Config.ready = true;
  }
}
console.log(Config.ready);
