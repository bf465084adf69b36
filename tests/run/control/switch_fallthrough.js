// Cases without break fall through into the next case.
function run(n) {
  var log = "";
  switch (n) {
    case 0: log += "0";
    case 1: log += "1";
    case 2: log += "2"; break;
    case 3: log += "3";
    default: log += "d";
    case 4: log += "4";
  }
  return log;
}
console.log(run(0), run(1), run(2), run(3), run(4), run(9));
