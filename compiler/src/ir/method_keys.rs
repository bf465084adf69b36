//! Which method names the program gives to plain objects rather than to
//! prototypes.
//!
//! A method call `o.m()` finds its callee through the site's inline cache,
//! which `lower` checks in one order or the other: a prototype's method
//! first (class methods, `F.prototype.m = ...`, builtins) or an own
//! property of the object first (`{ m: () => ... }`, the module pattern).
//! Both orders find the same property; the order only decides which case
//! costs a failed compare. A name is *own-first* when some object literal
//! gives it a function value and no class or `prototype` assignment
//! defines it.

use super::{Expr, Intrinsic, Module, PropKey, StrId, Target, walk};
use std::collections::HashSet;

/// The own-first method names of `module`.
pub fn own_method_keys(module: &Module) -> HashSet<StrId> {
    let mut keys = Keys::default();
    for f in &module.functions {
        for s in &f.body {
            keys.stmt(s, module);
        }
    }
    keys.own.retain(|k| !keys.proto.contains(k));
    keys.own
}

#[derive(Default)]
struct Keys {
    own: HashSet<StrId>,
    proto: HashSet<StrId>,
}

impl Keys {
    fn stmt(&mut self, s: &super::Stmt, module: &Module) {
        walk::stmt_parts(s, &mut |p| match p {
            walk::Part::Expr(e) => self.expr(e, module),
            walk::Part::Stmt(n) => self.stmt(n, module),
        });
    }

    fn expr(&mut self, e: &Expr, module: &Module) {
        match e {
            Expr::Object(props) => {
                for p in props {
                    if let PropKey::Static(k) = p.key
                        && matches!(p.value, Expr::Closure { .. })
                    {
                        self.own.insert(k);
                    }
                }
            }
            Expr::Intrinsic(Intrinsic::ClassMethod, args) => {
                if let Some(Expr::Str(k)) = args.get(1) {
                    self.proto.insert(*k);
                }
            }
            Expr::Assign(Target::Member(o, key), _) => {
                if let (Expr::Member(_, p), Expr::Str(k)) = (&**o, &**key)
                    && matches!(&**p, Expr::Str(s) if module.string(*s) == "prototype")
                {
                    self.proto.insert(*k);
                }
            }
            _ => {}
        }
        walk::for_each_child_ref(e, &mut |c| self.expr(c, module));
    }
}

#[cfg(test)]
mod tests {
    fn own_keys(source: &str) -> Vec<String> {
        let module = crate::compile_to_ir(source, "test.js").expect("compiles");
        let mut keys: Vec<String> = super::own_method_keys(&module)
            .into_iter()
            .map(|k| module.string(k))
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn object_literal_methods_are_own_first_unless_a_prototype_has_them() {
        let found = own_keys(
            "function make(n) { return { inc: () => ++n, get() { return n; }, shared: () => 0, size: 3 }; }\n\
             class C { shared() { return 1; } }\n\
             function F() {}\n\
             F.prototype.get2 = function () { return 2; };\n\
             const o = { get2: () => 3 };\n\
             console.log(make(1).inc(), new C().shared(), o.get2());",
        );
        assert_eq!(found, ["get", "inc"]);
    }
}
