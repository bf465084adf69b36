//! Which locals of a function always hold a number when they are read.
//!
//! `lower` compiles arithmetic, comparisons and array indexing with a tag
//! check and a slow path for operands that are not numbers. An operand read
//! from a *number local* needs neither, and an operation whose operands are
//! all known numbers is straight-line machine code (`d2 = dx * dx + dy * dy`).
//!
//! A local is a number local when two things hold:
//!
//! 1. **Every write stores a number** (a fixpoint over the writes, like
//!    [`super::pointer_free`]): number literals; `-` `*` `/` `%` `**`, the
//!    bitwise and shift operators, unary `-` `+` `~`, `++`/`--` and their
//!    compound forms (ToNumeric of anything is a number: bibao has no BigInt);
//!    `+` and `+=` of two numbers; conditionals, logical operators and
//!    sequences whose possible results are numbers; other number locals.
//!    `arguments`, rest and catch bindings are never number locals; nor are
//!    parameters, except those every call passes a number ([`super::params`])
//!    and those of an inlined body, which take their arguments.
//! 2. **No read can see the local before its first write.** Every local
//!    starts as `undefined` (or the TDZ marker), so a definite-assignment
//!    walk in evaluation order checks each read. It is conservative: writes
//!    inside a branch count after the branch only when both branches make
//!    them; writes in a loop body, a `try`, a `switch`, a labelled block or
//!    the right side of `&&` / `||` / `??` / `?.` do not count after it; and a
//!    `tdz_check` of the local (an access that may come too early) disqualifies
//!    it.

use super::pointer_free::{WriteKind, collect_writes, keep_while_writes_agree};
use super::{BinOp, Expr, Function, InlinedCallee, LocalId, Stmt, Target, UnOp, walk};

/// `result[l]`: every read of local `l` yields a number.
pub fn number_locals(func: &Function) -> Vec<bool> {
    let mut number = vec![true; func.locals.len()];
    let (writes, unknown) = collect_writes(func);
    for l in unknown {
        number[l.index()] = false;
    }
    for (n, e) in number.iter_mut().zip(early_reads(func)) {
        *n &= !e;
    }
    keep_while_writes_agree(&mut number, &writes, |w, number| match w.kind {
        WriteKind::Value(e) => is_number(e, number),
        WriteKind::Compound(BinOp::Add, e) => number[w.local.index()] && is_number(e, number),
        WriteKind::Compound(_, _) | WriteKind::Update(_) | WriteKind::Param(_) => true,
        WriteKind::Unknown => false,
    });
    number
}

/// `result[l]`: some read of local `l` may come before its first write
/// (parameters are written at entry), by the conservative walk described in
/// the module docs.
pub(super) fn early_reads(func: &Function) -> Vec<bool> {
    let mut early = DefiniteAssignment {
        early: vec![false; func.locals.len()],
    };
    let mut assigned = vec![false; func.locals.len()];
    for p in &func.params {
        assigned[p.index()] = true;
    }
    early.stmts(&func.body, &mut assigned);
    early.early
}

/// Is the value of `e` always a number (given the number locals so far)?
pub(super) fn is_number(e: &Expr, number: &[bool]) -> bool {
    match e {
        Expr::Number(_) => true,
        Expr::Local(l) => number[l.index()],
        // The call's value is its body's.
        Expr::InlinedDirectCall(c) => is_number(&c.body.body, number),
        Expr::Binary(BinOp::Add, a, b) => is_number(a, number) && is_number(b, number),
        Expr::Binary(op, _, _) => matches!(
            op,
            BinOp::Sub
                | BinOp::Mul
                | BinOp::Div
                | BinOp::Mod
                | BinOp::Pow
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::Shl
                | BinOp::Sar
                | BinOp::Shr
        ),
        Expr::Unary(op, _) => matches!(op, UnOp::Neg | UnOp::Plus | UnOp::BitNot),
        Expr::Update { .. } => true,
        Expr::CompoundAssign(t, BinOp::Add, v) => {
            t.local().is_some_and(|l| number[l.index()]) && is_number(v, number)
        }
        Expr::CompoundAssign(_, _, _) => true,
        Expr::Assign(_, v) => is_number(v, number),
        Expr::LogicalAssign(t, _, v) => {
            t.local().is_some_and(|l| number[l.index()]) && is_number(v, number)
        }
        Expr::Logical(_, a, b) | Expr::Cond(_, a, b) => {
            is_number(a, number) && is_number(b, number)
        }
        Expr::Seq(es) => es.last().is_some_and(|e| is_number(e, number)),
        _ => false,
    }
}

/// The definite-assignment walk: `assigned[l]` says local `l` has been
/// written on every path to the current point.
struct DefiniteAssignment {
    early: Vec<bool>,
}

impl DefiniteAssignment {
    fn read(&mut self, l: LocalId, assigned: &[bool]) {
        if !assigned[l.index()] {
            self.early[l.index()] = true;
        }
    }

    fn stmts(&mut self, stmts: &[Stmt], assigned: &mut Vec<bool>) {
        for s in stmts {
            self.stmt(s, assigned);
        }
    }

    /// Walks `stmts` on a copy of `assigned`: their writes do not count after.
    fn stmts_maybe(&mut self, stmts: &[Stmt], assigned: &[bool]) -> Vec<bool> {
        let mut inner = assigned.to_vec();
        self.stmts(stmts, &mut inner);
        inner
    }

    fn stmt(&mut self, s: &Stmt, assigned: &mut Vec<bool>) {
        match s {
            Stmt::Expr(e) | Stmt::Return(e) | Stmt::Throw(e) => self.expr(e, assigned),
            Stmt::If(c, t, e) => {
                self.expr(c, assigned);
                let after_t = self.stmts_maybe(t, assigned);
                let after_e = self.stmts_maybe(e, assigned);
                for ((a, t), e) in assigned.iter_mut().zip(after_t).zip(after_e) {
                    *a |= t && e;
                }
            }
            Stmt::Loop {
                pre_test,
                body,
                update,
                post_test,
                ..
            } => {
                // The pre-test always runs; the body may not run at all, and
                // `continue` reaches the update from anywhere in it.
                if let Some(t) = pre_test {
                    self.expr(t, assigned);
                }
                self.stmts_maybe(body, assigned);
                let mut after_update = self.stmts_maybe(update, assigned);
                if let Some(t) = post_test {
                    self.expr(t, &mut after_update);
                }
            }
            Stmt::Block(b) => self.stmts(b, assigned),
            Stmt::Labeled(_, b) => {
                // A `break` may leave the block early.
                self.stmts_maybe(b, assigned);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Try {
                body,
                catch,
                finally,
            } => {
                // Any statement of the body may throw before its writes.
                self.stmts_maybe(body, assigned);
                if let Some((_, c)) = catch {
                    self.stmts_maybe(c, assigned);
                }
                if let Some(f) = finally {
                    self.stmts_maybe(f, assigned);
                }
            }
            Stmt::Switch {
                discriminant,
                cases,
                ..
            } => {
                self.expr(discriminant, assigned);
                for c in cases {
                    // Tests run in order until one matches; bodies fall through.
                    let mut inner = assigned.clone();
                    if let Some(t) = &c.test {
                        self.expr(t, &mut inner);
                    }
                    self.stmts(&c.body, &mut inner);
                }
            }
            Stmt::PatchEnv { closure, value, .. } => {
                self.read(*closure, assigned);
                self.expr(value, assigned);
            }
        }
    }

    /// Walks `e` on a copy of `assigned`: its writes do not count after.
    fn expr_maybe(&mut self, e: &Expr, assigned: &[bool]) -> Vec<bool> {
        let mut inner = assigned.to_vec();
        self.expr(e, &mut inner);
        inner
    }

    /// The target's own reads (objects, keys, a TDZ-checked local).
    fn target_parts(&mut self, t: &Target, assigned: &mut Vec<bool>) {
        if let Target::TdzChecked(inner, _) = t
            && let Some(l) = inner.local()
        {
            self.early[l.index()] = true;
        }
        self.children_unordered(assigned, |f| walk::target_children_ref(t, f));
    }

    /// The target's parts, then its current value.
    fn read_target(&mut self, t: &Target, assigned: &mut Vec<bool>) {
        self.target_parts(t, assigned);
        if let Some(l) = t.local() {
            self.read(l, assigned);
        }
    }

    /// An inlined body starts with all its locals written (parameters
    /// without an argument and other locals with `undefined`).
    fn enter_inlined(body: &crate::ir::InlinedBody, assigned: &mut [bool]) {
        for l in body.locals() {
            assigned[l.index()] = true;
        }
    }

    fn write(t: &Target, assigned: &mut [bool]) {
        if let Some(l) = t.local()
            && !matches!(t, Target::Const(..))
        {
            assigned[l.index()] = true;
        }
    }

    /// Children whose evaluation order this walk does not rely on: each is
    /// walked from the same state, and their writes count only after all.
    fn children_unordered<'e>(
        &mut self,
        assigned: &mut Vec<bool>,
        each: impl FnOnce(&mut dyn FnMut(&'e Expr)),
    ) {
        let start = assigned.clone();
        let mut after = assigned.clone();
        each(&mut |c| {
            let inner = self.expr_maybe(c, &start);
            for (a, i) in after.iter_mut().zip(inner) {
                *a |= i;
            }
        });
        *assigned = after;
    }

    fn expr(&mut self, e: &Expr, assigned: &mut Vec<bool>) {
        match e {
            Expr::Local(l) => self.read(*l, assigned),
            Expr::TdzCheck(inner, _) => {
                if let Expr::Local(l) = &**inner {
                    self.early[l.index()] = true;
                }
                self.expr(inner, assigned);
            }
            Expr::Seq(es) => {
                for e in es {
                    self.expr(e, assigned);
                }
            }
            // `lower` evaluates both operands in order, left first.
            Expr::Binary(_, a, b) => {
                self.expr(a, assigned);
                self.expr(b, assigned);
            }
            Expr::Assign(t, v) => {
                self.target_parts(t, assigned);
                self.expr(v, assigned);
                Self::write(t, assigned);
            }
            // These read the target's current value first.
            Expr::CompoundAssign(t, _, v) => {
                self.read_target(t, assigned);
                self.expr(v, assigned);
                Self::write(t, assigned);
            }
            Expr::Update { target, .. } => {
                self.read_target(target, assigned);
                Self::write(target, assigned);
            }
            Expr::LogicalAssign(t, _, v) => {
                self.read_target(t, assigned);
                self.expr_maybe(v, assigned);
            }
            Expr::Logical(_, a, b) => {
                self.expr(a, assigned);
                self.expr_maybe(b, assigned);
            }
            Expr::Cond(c, a, b) => {
                self.expr(c, assigned);
                let after_a = self.expr_maybe(a, assigned);
                let after_b = self.expr_maybe(b, assigned);
                for ((x, a), b) in assigned.iter_mut().zip(after_a).zip(after_b) {
                    *x |= a && b;
                }
            }
            // A guard inside may skip the rest of the chain.
            Expr::Chain(inner) => {
                self.expr_maybe(inner, assigned);
            }
            // `lower` evaluates the callee and the arguments in order, then
            // fills the body's locals and runs it.
            Expr::InlinedDirectCall(c) => {
                self.expr(&c.closure, assigned);
                for a in c.args.iter().chain(&c.captures) {
                    self.expr(a, assigned);
                }
                Self::enter_inlined(&c.body, assigned);
                self.expr(&c.body.body, assigned);
            }
            // At most one of the bodies runs, or none (an ordinary call).
            Expr::InlinedCall(c) => {
                match &c.callee {
                    InlinedCallee::Method { object, key } => {
                        self.expr(object, assigned);
                        self.expr(key, assigned);
                    }
                    InlinedCallee::Plain(callee) => self.expr(callee, assigned),
                }
                for a in &c.args {
                    self.expr(a, assigned);
                }
                for body in &c.bodies {
                    let mut inner = assigned.clone();
                    Self::enter_inlined(body, &mut inner);
                    self.expr(&body.body, &mut inner);
                }
            }
            _ => self.children_unordered(assigned, |f| walk::for_each_child_ref(e, f)),
        }
    }
}

#[cfg(test)]
mod tests {
    fn number_locals(source: &str, name: &str) -> Vec<String> {
        crate::ir::locals_where(source, name, super::number_locals)
    }

    #[test]
    fn arithmetic_results_are_number_locals() {
        let src = "function f(a, o) {
            let i = 0, n = 3, s = 0;
            for (let j = 0; j < n; j++) { s += j * 2; i = i - 1; }
            const d = o.x - o.y;
            const e = d * d + s;
            const g = -a;
            const h = a ? 1 : 2;
            let k = 1; k = k + e; k++;
            return [i, s, d, e, g, h, k];
        }
        f(f, {x: 1, y: 2});";
        assert_eq!(
            number_locals(src, "f"),
            ["d", "e", "g", "h", "i", "j", "k", "n", "s"]
        );
    }

    #[test]
    fn non_numbers_are_not_number_locals() {
        let src = "function f(a, o) {
            let p = a;              // a parameter: anything
            let q = 1; q += 'x';    // string concatenation
            let r = o.x;            // a property
            let s = 1; s = s + r;   // + with an unknown operand
            let t = 1 < 2;          // a boolean
            let u;                  // undefined
            let v = 0; v = v || o;
            let x = 1; let y = x; x = o;  // y copies x, which may be an object
            return [p, q, r, s, t, u, v, x, y];
        }
        f(f, {x: 1});";
        assert!(number_locals(src, "f").is_empty());
    }

    #[test]
    fn reads_before_the_first_write_disqualify() {
        let src = "function f(c, o) {
            var a; if (c) a = 1; const ra = a;            // maybe undefined
            var b; if (c) b = 1; else b = 2; const rb = b; // assigned either way
            var d; for (const k of o) d = 1; const rd = d; // the loop may not run
            var e; try { e = 1; } catch (x) {} const re = e;
            var g; c && (g = 1); const rg = g;
            var h; const rh = (h = 2) + h;                 // written before the read
            var i = 0; while (c) { i = i + 1; }            // written before the loop
            return [ra, rb, rd, re, rg, rh, i];
        }
        f(f, []);";
        assert_eq!(number_locals(src, "f"), ["b", "h", "i", "rb", "rh"]);
    }
}
