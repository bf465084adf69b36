// The not-a-function message for a comma-expression callee.
const user = { name: "ada" };
try { (0, user.name)(); } catch (e) { console.log(e.message); }
try { (1, 2)(); } catch (e) { console.log(e.message); }
