// The not-a-function message renders array/object literal callees like node.
try { [1, 2].sumAll(); } catch (e) { console.log(e.message); }
try { ({ a: 1 }).nope(); } catch (e) { console.log(e.message); }
try { [].x.y; } catch (e) { console.log(e.message); }
