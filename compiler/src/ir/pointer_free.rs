//! Which locals of a function can never hold a heap pointer.
//!
//! A local that only ever holds numbers, booleans, `undefined`, `null` or
//! the TDZ marker is invisible to the collector, so `lower` gives it no stack
//! map: it stays in a register across calls instead of being spilled to and
//! reloaded from a stack slot around every safepoint.
//!
//! The analysis is a small fixpoint over the writes of each local: a local is
//! pointer-free when it is not a parameter (unless every call passes a
//! number: [`super::params`]), `arguments`, rest or catch binding, and every
//! value written to it is pointer-free. An expression is
//! pointer-free when its result can only be a primitive other than a string:
//! literals, arithmetic other than `+`, comparisons, bitwise operators,
//! updates, `!`, unary `-`/`+`/`~`, `void`, and `+` of two pointer-free
//! operands (ToPrimitive of a non-object is itself); conditionals and
//! logical operators of pointer-free operands; pointer-free locals.

use super::{BinOp, Expr, Function, LocalId, ParamKind, Stmt, UnOp, walk};

/// `result[l]`: local `l` never holds a heap pointer.
pub fn pointer_free_locals(func: &Function) -> Vec<bool> {
    let mut free = vec![true; func.locals.len()];
    let (writes, unknown) = collect_writes(func);
    for l in unknown {
        free[l.index()] = false;
    }
    keep_while_writes_agree(&mut free, &writes, |w, free| w.is_pointer_free(free));
    free
}

/// The greatest fixpoint these analyses share: clears `holds[l]` for each
/// local `l` with a write for which `agrees(write, holds)` is false, until
/// no write disagrees.
pub(super) fn keep_while_writes_agree(
    holds: &mut [bool],
    writes: &[Write<'_>],
    agrees: impl Fn(&Write<'_>, &[bool]) -> bool,
) {
    loop {
        let mut changed = false;
        for w in writes {
            let l = w.local.index();
            if holds[l] && !agrees(w, holds) {
                holds[l] = false;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// Every write to a local of `func`, and the locals that receive values
/// from outside (parameters, rest, `arguments`, catch bindings).
pub(super) fn collect_writes(func: &Function) -> (Vec<Write<'_>>, Vec<LocalId>) {
    let mut unknown: Vec<LocalId> = Vec::new();
    let mut writes = Vec::new();
    for (i, &local) in func.params.iter().enumerate() {
        match func.param_kinds.get(i) {
            Some(&kind) if kind != ParamKind::Unknown => writes.push(Write {
                local,
                kind: WriteKind::Param(kind),
            }),
            _ => unknown.push(local),
        }
    }
    unknown.extend(func.rest);
    unknown.extend(func.arguments);
    for s in &func.body {
        collect_stmt(s, &mut writes, &mut unknown);
    }
    (writes, unknown)
}

/// One write to a local.
pub(super) struct Write<'a> {
    pub(super) local: LocalId,
    pub(super) kind: WriteKind<'a>,
}

pub(super) enum WriteKind<'a> {
    /// `l = e`, `l ||= e`...: the new value is `e`.
    Value(&'a Expr),
    /// `l op= e`.
    Compound(BinOp, &'a Expr),
    /// `l++` and friends (the update expression): always a number.
    Update(&'a Expr),
    /// A local an inlined call fills with something this analysis does not
    /// see (a receiver, a closure, a missing argument): anything.
    Unknown,
    /// A parameter, at entry: what every caller passes (`ir::params`;
    /// never `ParamKind::Unknown`, which is an unknown local instead).
    Param(ParamKind),
}

impl Write<'_> {
    fn is_pointer_free(&self, free: &[bool]) -> bool {
        match self.kind {
            WriteKind::Value(e) => pointer_free(e, free),
            WriteKind::Compound(BinOp::Add, e) => free[self.local.index()] && pointer_free(e, free),
            WriteKind::Compound(_, _) | WriteKind::Update(_) | WriteKind::Param(_) => true,
            WriteKind::Unknown => false,
        }
    }
}

pub(super) fn pointer_free(e: &Expr, free: &[bool]) -> bool {
    match e {
        Expr::Undefined | Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::Uninit => true,
        Expr::Local(l) => free[l.index()],
        // The call's value is its body's.
        Expr::InlinedDirectCall(c) => pointer_free(&c.body.body, free),
        Expr::TdzCheck(e, _) => pointer_free(e, free),
        Expr::Binary(BinOp::Add, a, b) => pointer_free(a, free) && pointer_free(b, free),
        Expr::Binary(_, _, _) => true,
        Expr::Unary(op, _) => *op != UnOp::Typeof,
        Expr::Update { .. } => true,
        Expr::CompoundAssign(_, op, v) => *op != BinOp::Add && pointer_free(v, free),
        Expr::Assign(_, v) => pointer_free(v, free),
        Expr::Logical(_, a, b) | Expr::Cond(_, a, b) => {
            pointer_free(a, free) && pointer_free(b, free)
        }
        Expr::Seq(es) => es.last().is_some_and(|e| pointer_free(e, free)),
        _ => false,
    }
}

pub(super) fn collect_stmt<'a>(
    s: &'a Stmt,
    writes: &mut Vec<Write<'a>>,
    unknown: &mut Vec<LocalId>,
) {
    if let Stmt::Try {
        catch: Some((Some(l), _)),
        ..
    } = s
    {
        // The thrown value: anything.
        unknown.push(*l);
    }
    walk::stmt_parts(s, &mut |p| match p {
        walk::Part::Expr(e) => collect_expr(e, writes),
        walk::Part::Stmt(n) => collect_stmt(n, writes, unknown),
    });
}

fn collect_expr<'a>(e: &'a Expr, writes: &mut Vec<Write<'a>>) {
    let write = match e {
        Expr::Assign(t, v) | Expr::LogicalAssign(t, _, v) => {
            t.local().map(|l| (l, WriteKind::Value(v)))
        }
        Expr::CompoundAssign(t, op, v) => t.local().map(|l| (l, WriteKind::Compound(*op, v))),
        Expr::Update { target, .. } => target.local().map(|l| (l, WriteKind::Update(e))),
        _ => None,
    };
    if let Some((local, kind)) = write {
        writes.push(Write { local, kind });
    }
    match e {
        Expr::InlinedCall(c) => {
            for body in &c.bodies {
                collect_inlined(body, &c.args, &[], writes);
            }
        }
        Expr::InlinedDirectCall(c) => collect_inlined(&c.body, &c.args, &c.captures, writes),
        _ => {}
    }
    walk::for_each_child_ref(e, &mut |c| collect_expr(c, writes));
}

/// The locals an inlined body's start fills: each parameter gets its
/// argument (or, for a lifted callee's last parameters, its capture), as
/// `lower`'s `inlined_body` does. A missing argument (`undefined`), the
/// closure, the receiver and the body's other locals count as unknown.
fn collect_inlined<'a>(
    body: &'a crate::ir::InlinedBody,
    args: &'a [Expr],
    captures: &'a [Expr],
    writes: &mut Vec<Write<'a>>,
) {
    let own = body.params.len() - captures.len();
    let spread = crate::ir::has_spread(args);
    for (i, &local) in body.params.iter().enumerate() {
        let value = if i < own {
            args.get(i).filter(|_| !spread)
        } else {
            captures.get(i - own)
        };
        let kind = value.map_or(WriteKind::Unknown, WriteKind::Value);
        writes.push(Write { local, kind });
    }
    let others = std::iter::once(body.callee)
        .chain(body.receiver)
        .chain(body.fresh.iter().copied());
    for local in others {
        writes.push(Write {
            local,
            kind: WriteKind::Unknown,
        });
    }
}

#[cfg(test)]
mod tests {
    fn free_locals(source: &str, name: &str) -> Vec<String> {
        crate::ir::locals_where(source, name, super::pointer_free_locals)
    }

    #[test]
    fn arithmetic_locals_are_pointer_free() {
        let src = "function f(a, o) {
            let i = 0, n = 3, s = 0, t = i < n, u;
            for (let j = 0; j < n; j++) { s += j * 2; i = i - 1; }
            const d = o.x - o.y;
            const e = d * d + s;
            const g = -a;
            return [i, s, t, u, d, e, g];
        }
        f(f, {x: 1, y: 2});";
        let free = free_locals(src, "f");
        assert_eq!(free, ["d", "e", "g", "i", "j", "n", "s", "t", "u"]);
    }

    #[test]
    fn anything_that_may_be_a_pointer_is_not() {
        let src = "function f(a, o) {
            let p = a;              // a parameter: anything
            let q = 1; q += 'x';    // string concatenation
            let r = o.x;            // a property
            let s = 1; s = s + r;   // + with an unknown operand
            let t = typeof a;       // a string
            let u = 0; u = u ? u : o;
            let v = 0; try { v = 1; } catch (w) { v = 2; }
            let x = 1; let y = x; x = o;  // y copies x, which may be a pointer
            return [p, q, r, s, t, u, v, x, y];
        }
        f(f, {x: 1});";
        let free = free_locals(src, "f");
        assert_eq!(free, ["v"]);
    }
}
