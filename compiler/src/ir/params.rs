//! What the parameters of lifted functions receive.
//!
//! A lifted function (`Function::lifted`) has no closure object: it is only
//! called by `call_direct`, so every caller is in the module. When every
//! call passes a number for a parameter (or an int32), the parameter is a
//! number (or int32) at entry, and the local analyses ([`super::numbers`],
//! [`super::int32`], [`super::pointer_free`]) count that entry write like any
//! other: `function advance(bodies, dt)` called only as `advance(b, 0.01)`
//! reads `dt` with no tag check.
//!
//! The result is `Function::param_kinds`, the greatest fixpoint: every
//! parameter of a lifted function that some `call_direct` reaches starts as
//! int32; each round lowers a parameter to what its arguments are (a
//! missing argument is undefined; a call with a spread argument makes every
//! parameter unknown), computed from the callers' locals under the current
//! assumptions. Only callers whose own parameter kinds changed are analysed
//! again, so a chain of calls costs one analysis per change. Rounds only
//! lower, so it ends. A lifted function no call reaches (all its calls were
//! inlined) gets nothing.
//! Functions with an `arguments` object are left alone (a sloppy one may
//! write a parameter through it).

use super::{Expr, FuncId, Function, Module, ParamKind, Stmt, walk};

/// Fills `param_kinds` of every function of `module`.
pub fn type_params(module: &mut Module) {
    let n = module.functions.len();
    let param_counts: Vec<usize> = module.functions.iter().map(|f| f.params.len()).collect();
    for f in &mut module.functions {
        f.param_kinds = vec![ParamKind::Int32; f.params.len()];
    }
    // What each function's calls pass (callee, parameter, kind), under the
    // current assumptions. A caller's contribution changes only when its
    // own parameter kinds do, so only those callers are looked at again.
    let mut passed: Vec<Vec<(FuncId, usize, ParamKind)>> = vec![Vec::new(); n];
    let mut stale: Vec<bool> = vec![true; n];
    // Functions no call reaches (every call was inlined) keep nothing: their
    // code is never run with an argument.
    let mut called = vec![false; n];
    loop {
        for (i, caller) in module.functions.iter().enumerate() {
            if stale[i] {
                passed[i] = what_calls_pass(caller, &param_counts);
                for &(f, _, _) in &passed[i] {
                    called[f.index()] = true;
                }
            }
        }
        let mut next: Vec<Vec<ParamKind>> = module
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let known = called[i] && f.lifted.is_some() && f.arguments.is_none();
                let kind = if known {
                    ParamKind::Int32
                } else {
                    ParamKind::Unknown
                };
                vec![kind; f.params.len()]
            })
            .collect();
        for &(f, k, kind) in passed.iter().flatten() {
            let slot = &mut next[f.index()][k];
            *slot = meet(*slot, kind);
        }
        let mut changed = false;
        for (i, (f, kinds)) in module.functions.iter_mut().zip(next).enumerate() {
            stale[i] = f.param_kinds != kinds;
            if stale[i] {
                f.param_kinds = kinds;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// For each parameter of each function `caller` calls directly: what the
/// call passes, given `caller`'s locals.
fn what_calls_pass(caller: &Function, param_counts: &[usize]) -> Vec<(FuncId, usize, ParamKind)> {
    let number = super::numbers::number_locals(caller);
    let int32 = super::int32::int32_locals(caller);
    let mut calls = Vec::new();
    for s in &caller.body {
        stmt_calls(s, &mut calls);
    }
    let mut out = Vec::new();
    for (func, args, captures) in calls {
        let params = param_counts[func.index()];
        let own = params.saturating_sub(captures.len());
        let spread = super::has_spread(args);
        for k in 0..params {
            // (A spread call passes neither through argv slots.)
            let value = if spread {
                None
            } else if k < own {
                args.get(k)
            } else {
                captures.get(k - own)
            };
            let kind = match value {
                Some(e) if super::int32::is_int32(e, &int32) => ParamKind::Int32,
                Some(e) if super::numbers::is_number(e, &number) => ParamKind::Number,
                _ => ParamKind::Unknown,
            };
            out.push((func, k, kind));
        }
    }
    out
}

/// What a parameter is known to be when it receives values of both kinds.
fn meet(a: ParamKind, b: ParamKind) -> ParamKind {
    use ParamKind::*;
    match (a, b) {
        (Int32, Int32) => Int32,
        (Unknown, _) | (_, Unknown) => Unknown,
        _ => Number,
    }
}

/// A direct call: the callee, its arguments and its captures.
type Call<'e> = (FuncId, &'e [Expr], &'e [Expr]);

fn stmt_calls<'e>(s: &'e Stmt, out: &mut Vec<Call<'e>>) {
    walk::stmt_parts(s, &mut |p| match p {
        walk::Part::Expr(e) => direct_calls(e, out),
        walk::Part::Stmt(n) => stmt_calls(n, out),
    });
}

/// Every `call_direct` in `e` (inlined bodies included: their calls are the
/// caller's), with its arguments and captures.
fn direct_calls<'e>(e: &'e Expr, out: &mut Vec<Call<'e>>) {
    if let Expr::DirectCall {
        func,
        args,
        captures,
        ..
    } = e
    {
        out.push((*func, args, captures));
    }
    walk::for_each_child_ref(e, &mut |c| direct_calls(c, out));
}

#[cfg(test)]
mod tests {
    #[test]
    fn parameters_take_what_every_call_passes() {
        let src = "function f(o) {
                function step(x, y, z, w, u) {  // not inlined: a statement
                    if (x) return [x, y, z, w, u];
                    return [];
                }
                let n = o.n;
                step(1, 0.5, n, 2, 3);
                step(2, 7, 1, 'a');          // u is missing: undefined
                for (let i = 0; i < 3; i++) step(i, i / 2, 0, 1, 2);
                function tiny(q) { return q; }   // every call inlined
                tiny(1);
                function esc(a) { return a; }
                esc(1);
                return esc;                  // escapes: not lifted
            }
            f({n: 1});";
        let module = crate::compile_to_ir(src, "test.js").expect("compiles");
        let kinds = |name: &str| crate::ir::function_named(&module, name).param_kinds.clone();
        use crate::ir::ParamKind::*;
        assert_eq!(kinds("step"), [Int32, Number, Unknown, Unknown, Unknown]);
        assert_eq!(kinds("tiny"), [Unknown]);
        assert_eq!(kinds("esc"), [Unknown]);
    }
}
