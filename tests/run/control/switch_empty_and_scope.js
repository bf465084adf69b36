// switch with no cases, empty cases, and a block-scoped let per switch body.
switch (1) {}
var k = 2;
switch (k) {
  case 1:
  case 2:
  case 3:
    console.log("1-3");
    break;
  case 4:
    console.log("4");
}
switch (k) {
  case 2: {
    let msg = "block in case";
    console.log(msg);
  }
}
