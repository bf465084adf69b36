console.log(JSON.stringify("plain"), JSON.stringify("quote\"back\\slash/"), JSON.stringify("\b\f\n\r\t\v\0"));
var ctl = "";
for (var i = 0; i < 32; i++) ctl += String.fromCharCode(i);
console.log(JSON.stringify(ctl));
console.log(JSON.stringify("\u007f\u0080\u00ff\u2028\u2029\ufeff"));
var u = String.fromCharCode;
console.log(JSON.stringify("😀"), JSON.stringify(u(0xd83d)), JSON.stringify(u(0xde00)), JSON.stringify(u(0xde00, 0xd83d)), JSON.stringify("a" + u(0xd800) + "b" + u(0xdbff)), JSON.stringify(u(0xdfff)));
console.log(JSON.stringify({"key\n\"q\"": "v"}), JSON.stringify({"": 1}), JSON.stringify({"😀": u(0xd800)}));
console.log(JSON.stringify("héllo wörld ñ 中文"));
