//! Which locals of a function are used often as the object of a property
//! access (`o.k`, `o.k = v`, `o.m()`).
//!
//! `lower` gives each such local a companion variable, written at every
//! write of the local: the cell address when the value is a heap pointer,
//! else 0. A property access on the local then tests that one word instead
//! of checking and clearing the value's tag at every access. Each write
//! pays for the conversion, so only locals read as an object at least twice
//! (counting an access inside a loop as two) get one.

use super::{Expr, Function, InlinedCallee, Stmt, Target, walk};

/// `result[l]`: local `l` is the object of enough property accesses to be
/// worth a companion cell variable.
pub fn receiver_locals(func: &Function) -> Vec<bool> {
    let mut weight = vec![0u32; func.locals.len()];
    for s in &func.body {
        stmt(s, 1, &mut weight);
    }
    weight.into_iter().map(|w| w >= 2).collect()
}

fn stmt(s: &Stmt, inside_loop: u32, weight: &mut [u32]) {
    let inside_loop = if matches!(s, Stmt::Loop { .. }) {
        2
    } else {
        inside_loop
    };
    walk::stmt_parts(s, &mut |p| match p {
        walk::Part::Expr(e) => expr(e, inside_loop, weight),
        walk::Part::Stmt(n) => stmt(n, inside_loop, weight),
    });
}

fn expr(e: &Expr, w: u32, weight: &mut [u32]) {
    let object = match e {
        Expr::Member(o, _) | Expr::MethodCall { object: o, .. } => Some(&**o),
        Expr::Assign(Target::Member(o, _), _)
        | Expr::CompoundAssign(Target::Member(o, _), ..)
        | Expr::LogicalAssign(Target::Member(o, _), ..)
        | Expr::Update {
            target: Target::Member(o, _),
            ..
        } => Some(&**o),
        Expr::InlinedCall(c) => match &c.callee {
            InlinedCallee::Method { object, .. } => Some(object),
            InlinedCallee::Plain(_) => None,
        },
        _ => None,
    };
    if let Some(Expr::Local(l)) = object {
        weight[l.index()] += w;
    }
    walk::for_each_child_ref(e, &mut |c| expr(c, w, weight));
}

#[cfg(test)]
mod tests {
    fn receivers_of(source: &str, name: &str) -> Vec<String> {
        let module = crate::compile_to_ir(source, "test.js").expect("compiles");
        let func = super::super::function_named(&module, name);
        super::receiver_locals(func)
            .into_iter()
            .zip(&func.locals)
            .filter(|(is, _)| *is)
            .map(|(_, l)| l.name.clone())
            .collect()
    }

    #[test]
    fn counts_accesses_and_weighs_loops() {
        let src = "function f(a, b, c, d, e) {
            a.x; a.y = 1;
            b.x;
            for (;;) { c.m(); break; }
            d[0]; d[1];
            e.k += 1;
            return [a, b, c, d, e];
        }
        f();";
        assert_eq!(receivers_of(src, "f"), ["a", "c", "d"]);
    }
}
