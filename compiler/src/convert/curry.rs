//! Curried calls of known functions: call-result specialization.
//!
//! F is a *maker* when its body is `return closure @G [captures]` after at
//! most 8 expression statements (`MAX_MAKER_PREFIX`) that read only F's
//! parameters and locals those statements assigned before (boxes such as
//! `%n = box_new(%start)`, consts, literals, calls), and every capture is a
//! parameter (its own, or a captured variable a lifted F receives) or one
//! of those locals.
//!
//! - `call (call_direct @F f(args))(args2)` becomes
//!   `call_direct @G' (args2) [captures]`: G' is a lifted copy of G whose
//!   environment slots are extra parameters, and the captures are the values
//!   F would have stored in the closure (a box is made there). No closure is
//!   allocated. The rewrite runs bottom-up, so `f(a)(b)(c)` with
//!   `f = (a) => (b) => (c) => ...` becomes one direct call.
//! - A local bound once, `%c = call_direct @F f(args)`, and otherwise only
//!   called (`call %c(args2)`, no spread), in statements after the binding in
//!   the same statement list, is never made: the binding becomes assignments
//!   of F's operands to new locals (`%c.start'`) and of F's boxes
//!   (`%c.count'`, made once, so every call shares it), and each call becomes
//!   `call_direct @G' (args2) [captures]`. Counting every mention of the
//!   local (`ir::local_mentions`) is what proves it is used no other way: no
//!   identity, property, capture or reassignment can tell. Calls before the
//!   binding (TDZ errors) or in another list (a later `switch` case) leave
//!   it alone.
//!
//! G keeps its ordinary closure version for every other use.
//!
//! Evaluation order is kept: F's arguments (and captures) are still evaluated
//! before `args2`, into temporaries unless they are constants or reads that
//! nothing evaluated after them can change; arguments F ignores are still
//! evaluated. F's statements then run in place, in order, on new locals of
//! the caller. Nothing else F does is skipped: its statements may not read
//! `this`, `arguments`, its callee or environment (they depend on F's
//! frame), and when F and the caller differ in strictness they may not write
//! properties or globals (strictness decides whether a failed write
//! throws). G must not need its closure: no `callee` (own name, `super`), no
//! `arguments`, no rest parameter; it is an arrow or a plain function, called
//! with the same undefined `this` as the original call.

use crate::ir::walk::{for_each_child, for_each_child_ref, stmt_exprs, stmt_exprs_mut};
use crate::ir::{
    self, Expr, FuncId, FuncKind, Function, Intrinsic, LocalDecl, LocalId, Module, Stmt, Target,
    has_spread,
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
        sp.bind_made_closures(&mut body);
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

/// Calls `f` on `e` and every expression inside it.
fn expr_visit(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    for_each_child_ref(e, &mut |c| expr_visit(c, f));
}

/// Applies `f` to `e` and every expression inside it, children first.
fn expr_map(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    for_each_child(e, &mut |c| expr_map(c, f));
    f(e);
}

/// Does assigning to `t` write a local?
fn target_writes_local(t: &Target) -> bool {
    match t {
        Target::Local(_) => true,
        Target::TdzChecked(t, _) | Target::Const(t, _) => target_writes_local(t),
        _ => false,
    }
}

/// Does writing `t` behave differently in strict code (a failed property
/// write throws; an undeclared global is an error)?
fn strict_sensitive(t: &Target) -> bool {
    match t {
        Target::Member(..) | Target::Global(_) => true,
        Target::TdzChecked(t, _) | Target::Const(t, _) => strict_sensitive(t),
        Target::Local(_) | Target::Box(_) | Target::Ignored => false,
    }
}

/// Counts, per local, the calls `call %l(args)` (without spread) in `e`.
fn count_calls_of_locals(e: &Expr, calls: &mut [u32]) {
    if let Expr::Call { callee, args, .. } = e
        && let Expr::Local(l) = **callee
        && !has_spread(args)
    {
        calls[l.index()] += 1;
    }
    for_each_child_ref(e, &mut |c| count_calls_of_locals(c, calls));
}

/// Applies `f` to each statement list directly inside `s`.
fn for_each_stmt_list(s: &mut Stmt, f: &mut dyn FnMut(&mut Vec<Stmt>)) {
    match s {
        Stmt::If(_, a, b) => {
            f(a);
            f(b);
        }
        Stmt::Loop { body, update, .. } => {
            f(body);
            f(update);
        }
        Stmt::Block(b) | Stmt::Labeled(_, b) => f(b),
        Stmt::Try {
            body,
            catch,
            finally,
        } => {
            f(body);
            if let Some((_, c)) = catch {
                f(c);
            }
            if let Some(b) = finally {
                f(b);
            }
        }
        Stmt::Switch { cases, .. } => {
            for c in cases {
                f(&mut c.body);
            }
        }
        Stmt::Expr(_)
        | Stmt::Break(_)
        | Stmt::Continue(_)
        | Stmt::Return(_)
        | Stmt::Throw(_)
        | Stmt::PatchEnv { .. } => {}
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

/// Where a value F's code reads comes from.
#[derive(Clone)]
enum Source {
    /// F's argument at this position.
    Arg(usize),
    /// F's capture at this position (F is a lifted copy).
    Capture(usize),
    /// A parameter no argument fills.
    Undefined,
    /// F's local assigned by the prefix statement at this position.
    Prefix(usize),
}

impl Source {
    /// The operand (argument, then capture) this source reads, if any.
    fn operand(&self, n_args: usize) -> Option<usize> {
        match self {
            Source::Arg(j) => Some(*j),
            Source::Capture(j) => Some(n_args + *j),
            Source::Undefined | Source::Prefix(_) => None,
        }
    }
}

/// What a *maker* (see the module documentation) does: its statements
/// before the `return`, and where each capture of the closure comes from.
struct Maker {
    /// G's lifted copy.
    copy: FuncId,
    /// F's own parameters (the rest are captures of a lifted F).
    own: usize,
    /// F's statements before the return, in order: the local each assigns
    /// (`None`: evaluated for its effects), and the expression, whose reads
    /// of F's locals are `sources`' keys.
    prefix: Vec<(Option<LocalId>, Expr)>,
    /// Where each of F's locals read by the prefix comes from.
    reads: HashMap<LocalId, Source>,
    /// Where each capture of the closure comes from.
    sources: Vec<Source>,
}

/// Most statements a maker's body may run before its `return`: they are
/// repeated at each specialized call.
const MAX_MAKER_PREFIX: usize = 8;

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

    /// Locals bound once to a made closure and only called (see the module
    /// documentation): their calls become direct calls of the lifted copy.
    fn bind_made_closures(&mut self, body: &mut Vec<Stmt>) {
        let func = &self.module.functions[self.current];
        let mentions = ir::local_mentions(self.module, func, body);
        let mut calls = vec![0u32; func.locals.len()];
        for s in body.iter() {
            stmt_exprs(s, &mut |e| count_calls_of_locals(e, &mut calls));
        }
        let candidates: Vec<bool> = (0..calls.len())
            .map(|l| {
                calls[l] > 0
                    && mentions[l] == calls[l] + 1
                    && !func.locals[l].boxed
                    && !func.params.contains(&LocalId(l as u32))
            })
            .collect();
        if candidates.iter().any(|c| *c) {
            self.bind_in_list(body, &candidates, &calls);
        }
    }

    fn bind_in_list(&mut self, list: &mut Vec<Stmt>, candidates: &[bool], calls: &[u32]) {
        for k in 0..list.len() {
            let Stmt::Expr(Expr::Assign(Target::Local(l), value)) = &list[k] else {
                continue;
            };
            let l = *l;
            if !candidates[l.index()] || !matches!(**value, Expr::DirectCall { .. }) {
                continue;
            }
            let mut later = vec![0u32; calls.len()];
            for s in &list[k + 1..] {
                stmt_exprs(s, &mut |e| count_calls_of_locals(e, &mut later));
            }
            if later[l.index()] != calls[l.index()] {
                continue;
            }
            let Stmt::Expr(Expr::Assign(_, value)) = &mut list[k] else {
                unreachable!()
            };
            let Some((init, callee)) = self.bind_made_closure(l, value) else {
                continue;
            };
            // Nothing left to evaluate: an empty block, dropped below.
            list[k] = match init {
                Expr::Undefined => Stmt::Block(Vec::new()),
                init => Stmt::Expr(init),
            };
            for s in &mut list[k + 1..] {
                stmt_map(s, &mut |e| {
                    if let Expr::Call {
                        callee: c, args, ..
                    } = e
                        && matches!(**c, Expr::Local(x) if x == l)
                    {
                        let Expr::DirectCall { func, captures, .. } = &callee else {
                            unreachable!()
                        };
                        *e = Expr::DirectCall {
                            func: *func,
                            closure: Box::new(Expr::Undefined),
                            args: std::mem::take(args),
                            captures: captures.clone(),
                        };
                    }
                });
            }
        }
        list.retain(|s| !matches!(s, Stmt::Block(b) if b.is_empty()));
        for s in list.iter_mut() {
            for_each_stmt_list(s, &mut |b| self.bind_in_list(b, candidates, calls));
        }
    }

    /// For `l = value`, `value` a direct call of a maker: the expression that
    /// replaces the assignment (F's operands into new locals, and its boxes),
    /// and the direct call (with empty arguments) that replaces each call
    /// of `l`.
    fn bind_made_closure(&mut self, l: LocalId, value: &mut Expr) -> Option<(Expr, Expr)> {
        let base = self.module.functions[self.current].locals[l.index()]
            .name
            .clone();
        let mut seq = Vec::new();
        // Calls of `l` come later: only literals are the same then; other
        // operands are kept as they were when F would have run.
        let literal = |op: &Expr, _: &[Expr]| {
            matches!(
                op,
                Expr::Undefined | Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::Str(_)
            )
        };
        let (copy, captures) =
            self.expand_maker_call(value, &format!("{base}."), &literal, &mut seq)?;
        let call = Expr::DirectCall {
            func: copy,
            closure: Box::new(Expr::Undefined),
            args: Vec::new(),
            captures,
        };
        let init = match seq.len() {
            0 => Expr::Undefined,
            1 => seq.pop().expect("one"),
            _ => Expr::Seq(seq),
        };
        Some((init, call))
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
        if !matches!(inner, Expr::DirectCall { .. }) {
            return None;
        }
        // An operand is used in place when nothing evaluated after it (the
        // later operands, `args2`) can change it.
        // (A box's contents may change; the other pure reads cannot.)
        let stable = |op: &Expr, later: &[Expr]| match op {
            Expr::Local(l) => !later
                .iter()
                .chain(args2.iter())
                .any(|o| writes_local(o, *l)),
            Expr::BoxGet(_) => false,
            _ => pure_read(op),
        };
        let mut seq = Vec::new();
        let (copy, captures) = self.expand_maker_call(inner, "", &stable, &mut seq)?;
        // The temporaries of an inner rewrite come first.
        let mut all: Vec<Expr> = prefix
            .iter_mut()
            .map(|e| std::mem::replace(e, Expr::Undefined))
            .collect();
        all.append(&mut seq);
        let call = Expr::DirectCall {
            func: copy,
            closure: Box::new(Expr::Undefined),
            args: std::mem::take(args2),
            captures,
        };
        if all.is_empty() {
            return Some(call);
        }
        all.push(call);
        Some(Expr::Seq(all))
    }

    /// Takes apart `call`, a direct call of a maker F (else None, and
    /// `call` is untouched): pushes onto `seq` F's operands (arguments, then
    /// captures) in order, then F's prefix. A needed operand goes into a new
    /// local (named `names` followed by F's parameter) unless
    /// `in_place(operand, later operands)` says it can be used where the
    /// lifted copy is called. Returns the lifted copy of F's closure
    /// function and the captures to call it with.
    fn expand_maker_call(
        &mut self,
        call: &mut Expr,
        names: &str,
        in_place: &dyn Fn(&Expr, &[Expr]) -> bool,
        seq: &mut Vec<Expr>,
    ) -> Option<(FuncId, Vec<Expr>)> {
        let Expr::DirectCall {
            func,
            closure,
            args,
            captures,
        } = call
        else {
            return None;
        };
        if has_spread(args) || !pure_read(closure) {
            return None;
        }
        let maker = self.maker(*func, args.len(), captures.len())?;
        let func_id = *func;
        let mut operands: Vec<Expr> = std::mem::take(args);
        let n_args = operands.len();
        operands.extend(std::mem::take(captures));
        let mut values: Vec<Option<Expr>> = Vec::new();
        for k in 0..operands.len() {
            let op = std::mem::replace(&mut operands[k], Expr::Undefined);
            if !Self::maker_needs(&maker, k, n_args) {
                if !pure_read(&op) {
                    seq.push(op);
                }
                values.push(None);
            } else if in_place(&op, &operands[k + 1..]) {
                values.push(Some(op));
            } else {
                let name = format!("{names}{}", self.param_name(func_id, k, maker.own, n_args));
                let t = self.temp(&name, false);
                seq.push(Expr::Assign(Target::Local(t), Box::new(op)));
                values.push(Some(Expr::Local(t)));
            }
        }
        let captures = self.run_maker_prefix(func_id, &maker, &values, n_args, names, seq);
        Some((maker.copy, captures))
    }

    /// If F is a maker: what it does, for a call with `n_args` arguments
    /// and `n_captures` captures.
    fn maker(&mut self, func: FuncId, n_args: usize, n_captures: usize) -> Option<Maker> {
        if func.index() == self.current {
            return None;
        }
        let f = &self.module.functions[func.index()];
        if f.rest.is_some() || f.arguments.is_some() {
            return None;
        }
        let (
            Stmt::Return(Expr::Closure {
                func: g,
                captures: made,
            }),
            body_prefix,
        ) = f.body.split_last()?
        else {
            return None;
        };
        if body_prefix.len() > MAX_MAKER_PREFIX {
            return None;
        }
        let own = f.params.len() - f.lifted.unwrap_or(0) as usize;
        if n_captures != f.params.len() - own {
            return None;
        }
        // Where a read of F's local `l` comes from, at this point of F.
        let mut reads: HashMap<LocalId, Source> = HashMap::new();
        let mut assigned: HashMap<LocalId, usize> = HashMap::new();
        let source = |l: LocalId, assigned: &HashMap<LocalId, usize>| {
            if let Some(&k) = assigned.get(&l) {
                return Some(Source::Prefix(k));
            }
            // The last position: with a repeated sloppy parameter name, the
            // last argument wins.
            let j = f.params.iter().rposition(|p| *p == l)?;
            Some(if j >= own {
                Source::Capture(j - own)
            } else if j < n_args {
                Source::Arg(j)
            } else {
                Source::Undefined
            })
        };
        // The prefix runs in the caller: where strictness decides what
        // happens (property and global writes), both must agree.
        let same_strictness = f.strict == self.module.functions[self.current].strict;
        let mut prefix = Vec::new();
        for (k, s) in body_prefix.iter().enumerate() {
            let Stmt::Expr(e) = s else { return None };
            let (target, value) = match e {
                Expr::Assign(Target::Local(x), value)
                    if !f.params.contains(x) && !assigned.contains_key(x) =>
                {
                    (Some(*x), &**value)
                }
                e => (None, e),
            };
            // Only reads of parameters and of locals assigned before.
            let mut ok = true;
            let mut locals = Vec::new();
            expr_visit(value, &mut |e| match e {
                Expr::Local(l) => locals.push(*l),
                Expr::Callee
                | Expr::ThisArg
                | Expr::Env(_)
                | Expr::ClosureEnv { .. }
                | Expr::InlinedCall(_)
                | Expr::InlinedDirectCall(_) => ok = false,
                Expr::Intrinsic(i, _) if *i != Intrinsic::ToString => ok = false,
                Expr::Assign(t, _)
                | Expr::CompoundAssign(t, _, _)
                | Expr::LogicalAssign(t, _, _)
                    if target_writes_local(t) || (!same_strictness && strict_sensitive(t)) =>
                {
                    ok = false
                }
                Expr::Update { target: t, .. }
                    if target_writes_local(t) || (!same_strictness && strict_sensitive(t)) =>
                {
                    ok = false
                }
                _ => {}
            });
            if !ok {
                return None;
            }
            for l in locals {
                reads.insert(l, source(l, &assigned)?);
            }
            if let Some(x) = target {
                assigned.insert(x, k);
            }
            prefix.push((target, value.clone()));
        }
        let mut sources = Vec::new();
        for m in made {
            let Expr::Local(l) = m else { return None };
            sources.push(source(*l, &assigned)?);
        }
        let g = *g;
        let copy = self.lifted_copy(g)?;
        Some(Maker {
            copy,
            own,
            prefix,
            reads,
            sources,
        })
    }

    /// Does the maker's code (its prefix and its captures) read operand `k`?
    fn maker_needs(maker: &Maker, k: usize, n_args: usize) -> bool {
        maker
            .sources
            .iter()
            .chain(maker.reads.values())
            .any(|s| s.operand(n_args) == Some(k))
    }

    /// Runs the maker's prefix in the current function, from the values of
    /// its operands (`None`: not needed): its locals become new locals
    /// (named `prefix` + F's local), assigned by expressions added to `seq`.
    /// Returns the captures of the call of the lifted copy.
    fn run_maker_prefix(
        &mut self,
        func: FuncId,
        maker: &Maker,
        values: &[Option<Expr>],
        n_args: usize,
        prefix: &str,
        seq: &mut Vec<Expr>,
    ) -> Vec<Expr> {
        let mut temps: Vec<Option<LocalId>> = Vec::new();
        for (target, value) in &maker.prefix {
            let mut value = value.clone();
            expr_map(&mut value, &mut |e| {
                if let Expr::Local(l) = e {
                    *e = Self::source_value(&maker.reads[l], values, &temps, n_args);
                }
            });
            match target {
                Some(x) => {
                    let decl = &self.module.functions[func.index()].locals[x.index()];
                    let (name, boxed) = (format!("{prefix}{}", decl.name), decl.boxed);
                    let t = self.temp(&name, boxed);
                    seq.push(Expr::Assign(Target::Local(t), Box::new(value)));
                    temps.push(Some(t));
                }
                None => {
                    seq.push(value);
                    temps.push(None);
                }
            }
        }
        maker
            .sources
            .iter()
            .map(|s| Self::source_value(s, values, &temps, n_args))
            .collect()
    }

    fn source_value(
        s: &Source,
        values: &[Option<Expr>],
        temps: &[Option<LocalId>],
        n_args: usize,
    ) -> Expr {
        match s {
            Source::Undefined => Expr::Undefined,
            Source::Prefix(k) => Expr::Local(temps[*k].expect("an assigned local")),
            _ => {
                let k = s.operand(n_args).expect("an operand");
                values[k].clone().expect("needed")
            }
        }
    }

    /// The name of F's parameter for operand `k` (for temporaries).
    fn param_name(&self, f: FuncId, k: usize, own: usize, n_args: usize) -> String {
        let f = &self.module.functions[f.index()];
        let j = if k < n_args { k } else { own + (k - n_args) };
        let p = f.params[j];
        f.locals[p.index()].name.clone()
    }

    /// A new local of the current function (`boxed`: it holds a box).
    fn temp(&mut self, base: &str, boxed: bool) -> LocalId {
        let f = &mut self.module.functions[self.current];
        let name = fresh_name(&f.locals, &format!("{base}'"));
        f.locals.push(LocalDecl { name, boxed });
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
            param_kinds: Vec::new(),
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
    let mut found = false;
    expr_visit(e, &mut |x| found = found || p(x));
    found
}

fn stmt_any(s: &Stmt, p: &dyn Fn(&Expr) -> bool) -> bool {
    let mut found = false;
    stmt_exprs(s, &mut |e| found = found || expr_any(e, p));
    found
}

/// Applies `f` to every expression of the statement, children first.
fn stmt_map(s: &mut Stmt, f: &mut dyn FnMut(&mut Expr)) {
    stmt_exprs_mut(s, &mut |e| expr_map(e, f));
}
