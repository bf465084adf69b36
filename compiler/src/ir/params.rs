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
//! parameter of a lifted function starts as int32; each round computes the
//! locals of every function under the current assumptions and lowers a
//! parameter to what its arguments are (a missing argument is undefined;
//! a call with a spread argument makes every parameter unknown). Rounds only lower, so it ends.
//! Functions with an `arguments` object are left alone (a sloppy one may
//! write a parameter through it).

use super::{Expr, FuncId, Module, ParamKind, Stmt, walk};

/// Fills `param_kinds` of every function of `module`.
pub fn type_params(module: &mut Module) {
    for f in &mut module.functions {
        let known = f.lifted.is_some() && f.arguments.is_none();
        let kind = if known {
            ParamKind::Int32
        } else {
            ParamKind::Unknown
        };
        f.param_kinds = vec![kind; f.params.len()];
    }
    loop {
        let mut next: Vec<Vec<ParamKind>> = module
            .functions
            .iter()
            .map(|f| f.param_kinds.clone())
            .collect();
        for caller in &module.functions {
            let number = super::numbers::number_locals(caller);
            let int32 = super::int32::int32_locals(caller);
            let mut calls = Vec::new();
            for s in &caller.body {
                stmt_calls(s, &mut calls);
            }
            for (func, args, captures) in calls {
                let kinds = &mut next[func.index()];
                let own = kinds.len().saturating_sub(captures.len());
                let spread = super::has_spread(args);
                for (k, kind) in kinds.iter_mut().enumerate() {
                    // (A spread call passes neither through argv slots.)
                    let value = if spread {
                        None
                    } else if k < own {
                        args.get(k)
                    } else {
                        captures.get(k - own)
                    };
                    let passed = match value {
                        Some(e) if super::int32::is_int32(e, &int32) => ParamKind::Int32,
                        Some(e) if super::numbers::is_number(e, &number) => ParamKind::Number,
                        _ => ParamKind::Unknown,
                    };
                    *kind = meet(*kind, passed);
                }
            }
        }
        let mut changed = false;
        for (f, kinds) in module.functions.iter_mut().zip(next) {
            if f.param_kinds != kinds {
                f.param_kinds = kinds;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
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
                function esc(a) { return a; }
                esc(1);
                return esc;                  // escapes: not lifted
            }
            f({n: 1});";
        let module = crate::compile_to_ir(src, "test.js").expect("compiles");
        let kinds = |name: &str| crate::ir::function_named(&module, name).param_kinds.clone();
        use crate::ir::ParamKind::*;
        assert_eq!(kinds("step"), [Int32, Number, Unknown, Unknown, Unknown]);
        assert_eq!(kinds("esc"), [Unknown]);
    }
}
