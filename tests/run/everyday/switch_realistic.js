// switch in a reducer, with blocks, fall-through groups, and default handling.
function reducer(state, action) {
  switch (action.type) {
    case "add": {
      const items = [...state.items, action.item];
      return { ...state, items };
    }
    case "remove": {
      const items = state.items.filter((i) => i !== action.item);
      return { ...state, items };
    }
    case "clear":
    case "reset":
      return { ...state, items: [] };
    case "undo":
      if (!state.prev) break;
      return state.prev;
    default:
      return { ...state, errors: [...(state.errors || []), `unknown action ${action.type}`] };
  }
  return state;
}
let state = { items: [] };
for (const action of [{ type: "add", item: "a" }, { type: "add", item: "b" }, { type: "remove", item: "a" },
  { type: "undo" }, { type: "fly" }, { type: "reset" }, { type: "add", item: "c" }]) {
  state = reducer(state, action);
  console.log(action.type.padEnd(6), JSON.stringify(state));
}
function classify(ch) {
  switch (ch) {
    case "a": case "e": case "i": case "o": case "u": return "vowel";
    case " ": return "space";
    case undefined: return "end";
  }
  if (ch >= "0" && ch <= "9") return "digit";
  return "consonant";
}
console.log([..."hi u2 ", undefined].map(classify).join(","));
function sw(x) {
  let log = "";
  switch (x) {
    default: log += "d";
    case 0: log += "0";
    case 1: log += "1"; break;
    case 2: log += "2";
  }
  return log;
}
console.log([0, 1, 2, 3].map(sw));
