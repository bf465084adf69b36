// A text-adventure state machine driven by a scripted list of commands.
const rooms = {
  hall: { desc: "a dusty hall", exits: { north: "library", east: "kitchen" }, items: ["lamp"] },
  library: { desc: "a silent library", exits: { south: "hall", up: "attic" }, items: ["book", "key"], dark: true },
  kitchen: { desc: "a cold kitchen", exits: { west: "hall", down: "cellar" }, items: ["bread"] },
  cellar: { desc: "a damp cellar", exits: { up: "kitchen" }, items: [], locked: true },
  attic: { desc: "a cramped attic", exits: { down: "library" }, items: ["treasure"] },
};

function createGame(world) {
  const state = {
    room: "hall",
    inventory: new Set(),
    moves: 0,
    score: 0,
    status: "playing",
    visited: new Set(["hall"]),
    lampOn: false,
  };
  const say = [];
  const canSee = () => !world[state.room].dark || (state.inventory.has("lamp") && state.lampOn);
  const handlers = {
    look() {
      const r = world[state.room];
      if (!canSee()) return say.push("It is pitch dark. You might trip.");
      say.push(`You are in ${r.desc}. Exits: ${Object.keys(r.exits).join(", ")}.`);
      if (r.items.length) say.push(`You see: ${r.items.join(", ")}.`);
    },
    go(dir) {
      const r = world[state.room];
      const target = r.exits[dir];
      if (!target) return say.push(`You can't go ${dir ?? "nowhere"}.`);
      if (world[target].locked) {
        if (!state.inventory.has("key")) return say.push("The door is locked.");
        world[target].locked = false;
        say.push("You unlock the door with the key.");
      }
      state.room = target;
      if (!state.visited.has(target)) { state.visited.add(target); state.score += 5; }
      handlers.look();
    },
    take(item) {
      const r = world[state.room];
      if (!canSee()) return say.push("You fumble around in the dark.");
      const i = r.items.indexOf(item);
      if (i < 0) return say.push(`There is no ${item} here.`);
      r.items.splice(i, 1);
      state.inventory.add(item);
      state.score += item === "treasure" ? 50 : 1;
      say.push(`Taken: ${item}.`);
      if (item === "treasure") { state.status = "won"; say.push("You found the treasure!"); }
    },
    drop(item) {
      if (!state.inventory.delete(item)) return say.push(`You don't have ${item}.`);
      world[state.room].items.push(item);
      say.push(`Dropped: ${item}.`);
    },
    light() {
      if (!state.inventory.has("lamp")) return say.push("You have nothing to light.");
      state.lampOn = true;
      say.push("The lamp is now on.");
    },
    eat(item) {
      if (item !== "bread" || !state.inventory.has(item)) return say.push("You can't eat that.");
      state.inventory.delete(item);
      say.push("Delicious.");
    },
    inventory() {
      say.push(state.inventory.size ? `You carry: ${[...state.inventory].join(", ")}.` : "You carry nothing.");
    },
  };
  const aliases = { n: ["go", "north"], s: ["go", "south"], e: ["go", "east"], w: ["go", "west"], u: ["go", "up"], d: ["go", "down"], i: ["inventory"], l: ["look"], get: ["take"] };

  return {
    run(line) {
      if (state.status !== "playing") return [`(game over: ${state.status})`];
      say.length = 0;
      let [verb, ...rest] = line.trim().toLowerCase().split(" ").filter(Boolean);
      if (aliases[verb]) [verb, ...rest] = [...aliases[verb], ...rest];
      const handler = handlers[verb];
      if (!handler) say.push(`I don't know how to "${verb}".`);
      else { state.moves++; handler(...rest); }
      if (state.moves >= 25 && state.status === "playing") { state.status = "tired"; say.push("You are too tired to go on."); }
      return say.slice();
    },
    summary() {
      return { room: state.room, moves: state.moves, score: state.score, status: state.status, inventory: [...state.inventory], visited: [...state.visited] };
    },
  };
}

const game = createGame(JSON.parse(JSON.stringify(rooms)));
const script = ["look", "take lamp", "n", "take key", "light", "l", "get key", "take book", "i", "dance",
  "s", "e", "take bread", "eat bread", "d", "u", "w", "drop book", "look", "n", "up", "take treasure", "look"];
for (const cmd of script) {
  const out = game.run(cmd);
  console.log(`> ${cmd}`);
  for (const line of out) console.log("  " + line);
}
console.log(game.summary());
const lazy = createGame(JSON.parse(JSON.stringify(rooms)));
for (let k = 0; k < 30; k++) {
  const out = lazy.run(k % 2 ? "e" : "w");
  if (k > 22) console.log(k, out);
}
console.log(lazy.summary());
console.log(rooms.cellar.locked, rooms.hall.items);
