//! Curried calls of known functions: call-result specialization.
//!
//! `call (call_direct @F f(args))(args2)`, where F's whole body is
//! `return closure @G [captures]` and every capture is one of F's parameters
//! (its own, or the captured variables a lifted F receives), becomes
//! `call_direct @G' (args2) [captures]`: G' is a lifted copy of G whose
//! environment slots are extra parameters, and the captures are the values
//! F would have stored in the closure. No closure is allocated. The rewrite
//! runs bottom-up, so `f(a)(b)(c)` with `f = (a) => (b) => (c) => ...`
//! becomes one direct call. G keeps its ordinary closure version for every
//! other use.
//!
//! Evaluation order is kept: F's arguments (and captures) are still evaluated
//! before `args2`, into temporaries unless they are constants or reads that
//! nothing evaluated after them can change; arguments F ignores are still
//! evaluated. Skipping F itself is not observable: a body that is one
//! `return closure` of parameters does nothing else (no defaults, patterns,
//! boxes, `this` or `arguments`, which would all add statements). G must not
//! need its closure: no `callee` (own name, `super`), no `arguments`, no rest
//! parameter; it is an arrow or a plain function, called with the same
//! undefined `this` as the original call.

use crate::ir::walk::{for_each_child, for_each_child_ref, stmt_exprs, stmt_exprs_mut};
use crate::ir::{
    Expr, FuncId, FuncKind, Function, LocalDecl, LocalId, Module, Stmt, Target, has_spread,
};
use std::collections::HashMap;

pub(super) fn specialize(module: &mut Module) {
    // Copies are made from bodies as convert produced them (the body of the
    // function being rewritten is taken out meanwhile).
    let originals: Vec<Vec<Stmt>> = module.functions.iter().map(|f| f.body.clone()).collect();
    let n_originals = originals.len();
    let mut sp = Specializer {
        module,
        originals,
        copies: HashMap::new(),
        current: 0,
    };
    let mut i = 0;
    while i < sp.module.functions.len() {
        sp.current = i;
        let mut body = std::mem::take(&mut sp.module.functions[i].body);
        sp.block(&mut body);
        sp.module.functions[i].body = body;
        i += 1;
    }
    prune_copies(module, n_originals);
}

/// Drops lifted copies no direct call reaches (those only an intermediate
/// step of a chain used) and renumbers the rest.
fn prune_copies(module: &mut Module, n_originals: usize) {
    let n = module.functions.len();
    let mut used = vec![false; n];
    let mut work: Vec<usize> = (0..n_originals).collect();
    used[..n_originals].fill(true);
    while let Some(i) = work.pop() {
        for s in &module.functions[i].body {
            let mut found = Vec::new();
            stmt_exprs(s, &mut |e| direct_targets(e, &mut found));
            for f in found {
                if !used[f.index()] {
                    used[f.index()] = true;
                    work.push(f.index());
                }
            }
        }
    }
    if used.iter().all(|u| *u) {
        return;
    }
    let mut new_id = Vec::with_capacity(n);
    let mut next = 0;
    for u in &used {
        new_id.push(FuncId(next));
        if *u {
            next += 1;
        }
    }
    let functions = std::mem::take(&mut module.functions);
    module.functions = functions
        .into_iter()
        .zip(&used)
        .filter(|(_, u)| **u)
        .map(|(f, _)| f)
        .collect();
    for f in &mut module.functions {
        for s in &mut f.body {
            stmt_map(s, &mut |e| {
                if let Expr::DirectCall { func, .. } = e {
                    *func = new_id[func.index()];
                }
            });
        }
    }
}

fn direct_targets(e: &Expr, out: &mut Vec<FuncId>) {
    if let Expr::DirectCall { func, .. } = e {
        out.push(*func);
    }
    for_each_child_ref(e, &mut |c| direct_targets(c, out));
}

struct Specializer<'m> {
    module: &'m mut Module,
    originals: Vec<Vec<Stmt>>,
    /// Function → its lifted copy (`None`: it cannot have one).
    copies: HashMap<FuncId, Option<FuncId>>,
    /// The function being rewritten.
    current: usize,
}

/// Where a capture of the returned closure comes from: F's argument or
/// capture at this position.
enum Source {
    Arg(usize),
    Capture(usize),
    Undefined,
}

impl Specializer<'_> {
    fn block(&mut self, b: &mut [Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        stmt_exprs_mut(s, &mut |e| self.expr(e));
    }

    fn expr(&mut self, e: &mut Expr) {
        for_each_child(e, &mut |c| self.expr(c));
        if let Expr::Call { callee, args, .. } = e
            && let Some(new) = self.curried_call(callee, args)
        {
            *e = new;
        }
    }

    /// `call <callee>(args2)` as a direct call of a lifted copy, if the
    /// callee certainly returns a fresh closure made only of its inputs.
    fn curried_call(&mut self, callee: &mut Expr, args2: &mut Vec<Expr>) -> Option<Expr> {
        if has_spread(args2) {
            return None;
        }
        // The callee, possibly after temporaries of an inner rewrite.
        let (prefix, inner): (&mut [Expr], &mut Expr) = match callee {
            Expr::Seq(items) if matches!(items.last(), Some(Expr::DirectCall { .. })) => {
                let (last, prefix) = items.split_last_mut()?;
                (prefix, last)
            }
            Expr::DirectCall { .. } => (&mut [], callee),
            _ => return None,
        };
        let Expr::DirectCall {
            func,
            closure,
            args,
            captures,
        } = inner
        else {
            return None;
        };
        if has_spread(args) || !pure_read(closure) || func.index() == self.current {
            return None;
        }
        let f = &self.module.functions[func.index()];
        if f.rest.is_some() || f.arguments.is_some() {
            return None;
        }
        let [
            Stmt::Return(Expr::Closure {
                func: g,
                captures: made,
            }),
        ] = &f.body[..]
        else {
            return None;
        };
        let own = f.params.len() - f.lifted.unwrap_or(0) as usize;
        let mut sources = Vec::new();
        for m in made {
            let Expr::Local(l) = m else { return None };
            // The last position: with a repeated sloppy parameter name, the last
            // argument wins.
            let j = f.params.iter().rposition(|p| p == l)?;
            sources.push(if j >= own {
                Source::Capture(j - own)
            } else if j < args.len() {
                Source::Arg(j)
            } else {
                Source::Undefined
            });
        }
        if captures.len() != f.params.len() - own {
            return None;
        }
        let g = *g;
        let copy = self.lifted_copy(g)?;

        // F's operands in evaluation order: arguments, then captures.
        let mut seq: Vec<Expr> = prefix
            .iter_mut()
            .map(|e| std::mem::replace(e, Expr::Undefined))
            .collect();
        let mut operands: Vec<Expr> = std::mem::take(args);
        let n_args = operands.len();
        operands.extend(std::mem::take(captures));
        let needed: Vec<bool> = (0..operands.len())
            .map(|k| {
                sources.iter().any(|s| match s {
                    Source::Arg(j) => *j == k,
                    Source::Capture(j) => *j + n_args == k,
                    Source::Undefined => false,
                })
            })
            .collect();
        let mut values: Vec<Option<Expr>> = Vec::new();
        for k in 0..operands.len() {
            let op = std::mem::replace(&mut operands[k], Expr::Undefined);
            let later_writes = |l: LocalId| {
                operands[k + 1..].iter().any(|o| writes_local(o, l))
                    || args2.iter().any(|o| writes_local(o, l))
            };
            let stable = match &op {
                Expr::Undefined
                | Expr::Null
                | Expr::Bool(_)
                | Expr::Number(_)
                | Expr::Str(_)
                | Expr::Env(_)
                | Expr::Callee => true,
                Expr::Local(l) => !later_writes(*l),
                _ => false,
            };
            if !needed[k] {
                if !pure_read(&op) {
                    seq.push(op);
                }
                values.push(None);
            } else if stable {
                values.push(Some(op));
            } else {
                let name = self.param_name(func.index(), k, own, n_args);
                let t = self.temp(&name);
                seq.push(Expr::Assign(Target::Local(t), Box::new(op)));
                values.push(Some(Expr::Local(t)));
            }
        }
        let caps = sources
            .iter()
            .map(|s| match s {
                Source::Arg(j) => values[*j].clone().expect("needed"),
                Source::Capture(j) => values[n_args + *j].clone().expect("needed"),
                Source::Undefined => Expr::Undefined,
            })
            .collect();
        let call = Expr::DirectCall {
            func: copy,
            closure: Box::new(Expr::Undefined),
            args: std::mem::take(args2),
            captures: caps,
        };
        if seq.is_empty() {
            return Some(call);
        }
        seq.push(call);
        Some(Expr::Seq(seq))
    }

    /// The name of F's parameter for operand `k` (for temporaries).
    fn param_name(&self, f: usize, k: usize, own: usize, n_args: usize) -> String {
        let f = &self.module.functions[f];
        let j = if k < n_args { k } else { own + (k - n_args) };
        let p = f.params[j];
        f.locals[p.index()].name.clone()
    }

    /// A new local of the current function.
    fn temp(&mut self, base: &str) -> LocalId {
        let f = &mut self.module.functions[self.current];
        let name = fresh_name(&f.locals, &format!("{base}'"));
        f.locals.push(LocalDecl { name, boxed: false });
        LocalId(f.locals.len() as u32 - 1)
    }

    /// G's lifted copy: its environment slots become parameters after its
    /// own. None when G needs its closure.
    fn lifted_copy(&mut self, g: FuncId) -> Option<FuncId> {
        if let Some(c) = self.copies.get(&g) {
            return *c;
        }
        let copy = self.make_copy(g);
        self.copies.insert(g, copy);
        copy
    }

    fn make_copy(&mut self, g: FuncId) -> Option<FuncId> {
        let src = self.module.functions.get(g.index())?;
        let body = self.originals.get(g.index())?;
        if !matches!(src.kind, FuncKind::Arrow | FuncKind::Function)
            || src.lifted.is_some()
            || src.rest.is_some()
            || src.arguments.is_some()
            || body
                .iter()
                .any(|s| stmt_any(s, &|e| matches!(e, Expr::Callee)))
        {
            return None;
        }
        let mut locals: Vec<LocalDecl> = src
            .locals
            .iter()
            .map(|l| LocalDecl {
                name: l.name.clone(),
                boxed: l.boxed,
            })
            .collect();
        let mut params = src.params.clone();
        let mut slots = Vec::new();
        for e in &src.env {
            let name = fresh_name(&locals, &e.name);
            locals.push(LocalDecl {
                name,
                boxed: e.boxed,
            });
            let l = LocalId(locals.len() as u32 - 1);
            params.push(l);
            slots.push(l);
        }
        let mut body = body.clone();
        for s in &mut body {
            stmt_map(s, &mut |e| {
                if let Expr::Env(slot) = e {
                    *e = Expr::Local(slots[slot.index()]);
                }
            });
        }
        let id = FuncId(self.module.functions.len() as u32);
        let copy = Function {
            debug_name: src.debug_name.clone(),
            js_name: src.js_name,
            line: src.line,
            col: src.col,
            kind: src.kind,
            strict: src.strict,
            is_constructor: false,
            length: src.length,
            params,
            rest: None,
            arguments: None,
            locals,
            env: Vec::new(),
            body,
            label_count: src.label_count,
            lifted: Some(slots.len() as u32),
            copy_of: Some(g),
        };
        self.module.functions.push(copy);
        Some(id)
    }
}

fn fresh_name(locals: &[LocalDecl], base: &str) -> String {
    let taken = |n: &str| locals.iter().any(|l| l.name == n);
    if !taken(base) {
        return base.to_string();
    }
    (1..)
        .map(|i| format!("{base}.{i}"))
        .find(|n| !taken(n))
        .expect("a free name")
}

/// Reading it has no effect and cannot throw.
fn pure_read(e: &Expr) -> bool {
    match e {
        Expr::Undefined
        | Expr::Null
        | Expr::Bool(_)
        | Expr::Number(_)
        | Expr::Str(_)
        | Expr::Local(_)
        | Expr::Env(_)
        | Expr::Callee => true,
        Expr::BoxGet(b) => matches!(**b, Expr::Local(_) | Expr::Env(_)),
        _ => false,
    }
}

/// Does evaluating `e` assign local `l`?
fn writes_local(e: &Expr, l: LocalId) -> bool {
    fn target(t: &Target, l: LocalId) -> bool {
        match t {
            Target::Local(x) => *x == l,
            Target::TdzChecked(t, _) | Target::Const(t, _) => target(t, l),
            _ => false,
        }
    }
    expr_any(e, &|e| match e {
        Expr::Assign(t, _) | Expr::CompoundAssign(t, _, _) | Expr::LogicalAssign(t, _, _) => {
            target(t, l)
        }
        Expr::Update { target: t, .. } => target(t, l),
        _ => false,
    })
}

/// Does `e` or any expression inside it satisfy `p`?
fn expr_any(e: &Expr, p: &dyn Fn(&Expr) -> bool) -> bool {
    if p(e) {
        return true;
    }
    let mut found = false;
    for_each_child_ref(e, &mut |c| found = found || expr_any(c, p));
    found
}

fn stmt_any(s: &Stmt, p: &dyn Fn(&Expr) -> bool) -> bool {
    let mut found = false;
    stmt_exprs(s, &mut |e| found = found || expr_any(e, p));
    found
}

/// Applies `f` to every expression of the statement, children first.
fn stmt_map(s: &mut Stmt, f: &mut dyn FnMut(&mut Expr)) {
    fn expr_map(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
        for_each_child(e, &mut |c| expr_map(c, f));
        f(e);
    }
    stmt_exprs_mut(s, &mut |e| expr_map(e, f));
}
