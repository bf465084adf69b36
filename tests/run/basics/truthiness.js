// Truthiness of values in conditions.
function t(v) { if (v) return "T"; else return "F"; }
console.log(t(0), t(-0), t(1), t(-1), t(0.5));
console.log(t(NaN), t(Infinity));
console.log(t(""), t(" "), t("0"), t("false"));
console.log(t(null), t(undefined));
console.log(t(true), t(false));
console.log(t({}), t([]), t(t));
