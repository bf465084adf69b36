var s = "Hello, World";
console.log(s.slice(0, 5), s.slice(7), s.slice(-5), s.slice(-5, -1), "[" + s.slice(5, 2) + "]", s.slice(NaN, 3), s.slice(2, Infinity));
console.log(s.substring(0, 5), s.substring(7), s.substring(5, 0), s.substring(-3, 2), s.substring(NaN, 4), s.substring(4, NaN), s.substring(100));
console.log(s.substr(0, 5), s.substr(7), s.substr(-5, 3), s.substr(2, -1) === "", s.substr(-100, 2), s.substr(1, NaN) === "", s.substr(3, Infinity));
console.log(s.slice(), s.substring(), s.substr(), s.slice(undefined, 3), s.substring(undefined, 3));
console.log("abc".slice(1.5), "abc".substring("1", "2"), "abc".substr(true, 1));
var e = "a😀b";
console.log(e.slice(1, 2).length, e.slice(1, 3) === "😀", e.substring(3), e.substr(-1));
