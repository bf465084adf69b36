// deltablue: an incremental constraint-hierarchy solver in the style of the
// DeltaBlue benchmark (Freeman-Benson & Maloney; Maloney & Wolczko), written
// with ES classes and inheritance. Exercises virtual dispatch, super calls,
// small arrays used as collections, and many short-lived objects.

class OrderedCollection {
  constructor() {
    this.elms = [];
  }
  add(elm) {
    this.elms.push(elm);
  }
  at(index) {
    return this.elms[index];
  }
  size() {
    return this.elms.length;
  }
  removeFirst() {
    return this.elms.pop();
  }
  remove(elm) {
    let index = 0;
    let skipped = 0;
    for (let i = 0; i < this.elms.length; i++) {
      const value = this.elms[i];
      if (value !== elm) {
        this.elms[index] = value;
        index++;
      } else {
        skipped++;
      }
    }
    for (let i = 0; i < skipped; i++) this.elms.pop();
  }
}

// ---- Strength -------------------------------------------------------------

class Strength {
  constructor(strengthValue, name) {
    this.strengthValue = strengthValue;
    this.name = name;
  }
  static stronger(s1, s2) {
    return s1.strengthValue < s2.strengthValue;
  }
  static weaker(s1, s2) {
    return s1.strengthValue > s2.strengthValue;
  }
  static weakestOf(s1, s2) {
    return Strength.weaker(s1, s2) ? s1 : s2;
  }
  nextWeaker() {
    switch (this.strengthValue) {
      case 0: return STRONG_PREFERRED;
      case 1: return PREFERRED;
      case 2: return STRONG_DEFAULT;
      case 3: return NORMAL;
      case 4: return WEAK_DEFAULT;
      default: return WEAKEST;
    }
  }
}

const REQUIRED = new Strength(0, "required");
const STRONG_PREFERRED = new Strength(1, "strongPreferred");
const PREFERRED = new Strength(2, "preferred");
const STRONG_DEFAULT = new Strength(3, "strongDefault");
const NORMAL = new Strength(4, "normal");
const WEAK_DEFAULT = new Strength(5, "weakDefault");
const WEAKEST = new Strength(6, "weakest");

const NONE = 0;
const FORWARD = 1;
const BACKWARD = -1;

let planner = null;
let failures = 0;

function fail(msg) {
  failures++;
  if (failures < 5) console.log("FAILURE: " + msg);
}

// ---- Constraints ------------------------------------------------------------

class Constraint {
  constructor(strength) {
    this.strength = strength;
  }
  addConstraint() {
    this.addToGraph();
    planner.incrementalAdd(this);
  }
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) fail("could not satisfy a required constraint");
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) fail("cycle encountered");
    out.mark = mark;
    return overridden;
  }
  destroyConstraint() {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }
  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
    this.addConstraint();
  }
  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }
  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark &&
      Strength.stronger(this.strength, this.myOutput.walkStrength);
  }
  isSatisfied() {
    return this.satisfied;
  }
  markInputs(mark) {}
  output() {
    return this.myOutput;
  }
  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() {
    this.satisfied = false;
  }
  inputsKnown(mark) {
    return true;
  }
  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  execute() {}
}

class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(var1, var2, strength, deferAdd) {
    super(strength);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = NONE;
    if (!deferAdd) this.addConstraint();
  }
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark &&
        Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
    } else if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark &&
        Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
    }
  }
  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }
  isSatisfied() {
    return this.direction !== NONE;
  }
  markInputs(mark) {
    this.input().mark = mark;
  }
  input() {
    return this.direction === FORWARD ? this.v1 : this.v2;
  }
  output() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }
  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
  markUnsatisfied() {
    this.direction = NONE;
  }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

// v2 = v1 * scale + offset
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength, true);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }
  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  execute() {
    this.output().value = this.input().value;
  }
}

// ---- Variable -----------------------------------------------------------------

class Variable {
  constructor(name, initialValue) {
    this.value = initialValue;
    this.constraints = new OrderedCollection();
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
    this.name = name;
  }
  addConstraint(c) {
    this.constraints.add(c);
  }
  removeConstraint(c) {
    this.constraints.remove(c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// ---- Planner --------------------------------------------------------------------

class Plan {
  constructor() {
    this.v = new OrderedCollection();
  }
  addConstraint(c) {
    this.v.add(c);
  }
  size() {
    return this.v.size();
  }
  execute() {
    for (let i = 0; i < this.v.size(); i++) this.v.at(i).execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }
  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }
  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = REQUIRED;
    do {
      for (let i = 0; i < unsatisfied.size(); i++) {
        const u = unsatisfied.at(i);
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== WEAKEST);
  }
  newMark() {
    return ++this.currentMark;
  }
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    while (todo.size() > 0) {
      const c = todo.removeFirst();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.addConstraint(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }
  extractPlanFromConstraints(constraints) {
    const sources = new OrderedCollection();
    for (let i = 0; i < constraints.size(); i++) {
      const c = constraints.at(i);
      if (c.isInput() && c.isSatisfied()) sources.add(c);
    }
    return this.makePlan(sources);
  }
  addPropagate(c, mark) {
    const todo = new OrderedCollection();
    todo.add(c);
    while (todo.size() > 0) {
      const d = todo.removeFirst();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = new OrderedCollection();
    const todo = new OrderedCollection();
    todo.add(out);
    while (todo.size() > 0) {
      const v = todo.removeFirst();
      for (let i = 0; i < v.constraints.size(); i++) {
        const c = v.constraints.at(i);
        if (!c.isSatisfied()) unsatisfied.add(c);
      }
      const determining = v.determinedBy;
      for (let i = 0; i < v.constraints.size(); i++) {
        const next = v.constraints.at(i);
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.add(next.output());
        }
      }
    }
    return unsatisfied;
  }
  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    const cc = v.constraints;
    for (let i = 0; i < cc.size(); i++) {
      const c = cc.at(i);
      if (c !== determining && c.isSatisfied()) coll.add(c);
    }
  }
}

// ---- Tests ----------------------------------------------------------------------

// A chain of n equality constraints with a stay on one end and an edit on the
// other; values must propagate down the whole chain.
function chainTest(n) {
  planner = new Planner();
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable("v" + i, 0);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED, false);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT);
  const edit = new EditConstraint(first, PREFERRED);
  const edits = new OrderedCollection();
  edits.add(edit);
  const plan = planner.extractPlanFromConstraints(edits);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) fail("chain test");
    sum += last.value;
  }
  return sum + plan.size();
}

function change(v, newValue) {
  const edit = new EditConstraint(v, PREFERRED);
  const edits = new OrderedCollection();
  edits.add(edit);
  const plan = planner.extractPlanFromConstraints(edits);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

// Two sets of variables related by a linear scale/offset transformation.
function projectionTest(n) {
  planner = new Planner();
  const scale = new Variable("scale", 10);
  const offset = new Variable("offset", 1000);
  let src = null;
  let dst = null;
  const dests = new OrderedCollection();
  for (let i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.add(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }
  let sum = 0;
  change(src, 17);
  if (dst.value !== 1170) fail("projection 1");
  sum += dst.value;
  change(dst, 1050);
  if (src.value !== 5) fail("projection 2");
  sum += src.value;
  change(scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests.at(i).value !== i * 5 + 1000) fail("projection 3");
    sum += dests.at(i).value;
  }
  change(offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    if (dests.at(i).value !== i * 5 + 2000) fail("projection 4");
    sum += dests.at(i).value;
  }
  return sum;
}

const ITERATIONS = 4000;
let checksum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  checksum = (checksum + chainTest(100) + projectionTest(100)) % 1000000007;
}
console.log("deltablue iterations " + ITERATIONS + ", failures " + failures);
console.log("checksum " + checksum);
