//! How many properties the instances of a constructor get, as far as the
//! program shows: the runtime sizes their cells by it.
//!
//! A constructor's count is the number of distinct literal keys stored on
//! `this` (`this.k = v`) in its body; a class's also counts the keys its
//! methods, getters and setters store on `this`, since an instance usually
//! ends up with those too. The runtime gives a class's instances exactly
//! that many in-object slots (`heap::instance_slots_for_keys`), and a
//! constructor function's wide cells when it has more than the ordinary
//! number (`heap::FUNCTION_INSTANCE_KEYS_SHIFT`). The count is only a size
//! hint: a property past it goes to the object's overflow store.

use super::{Expr, FuncId, Function, Intrinsic, LocalId, Module, Stmt, StrId, Target, walk};
use std::collections::HashMap;

/// The instance key count of every constructor of `module` whose count
/// differs from [`instance_keys`] of its body alone: the class constructors
/// whose methods store more keys on `this`.
pub fn class_instance_keys(module: &Module) -> HashMap<FuncId, usize> {
    let mut counts = HashMap::new();
    for f in &module.functions {
        let mut classes = Classes::default();
        for s in &f.body {
            classes.stmt(s);
        }
        for (ctor, methods) in classes.methods_by_constructor() {
            let mut keys = Vec::new();
            this_keys(&module.functions[ctor.index()], &mut keys);
            let own = keys.len();
            for m in methods {
                this_keys(&module.functions[m.index()], &mut keys);
            }
            if keys.len() != own {
                counts.insert(ctor, keys.len());
            }
        }
    }
    counts
}

/// How many distinct properties `func` stores on `this` under a literal key
/// (`this.k = v` anywhere in its body, not in nested functions).
pub fn instance_keys(func: &Function) -> usize {
    let mut keys = Vec::new();
    this_keys(func, &mut keys);
    keys.len()
}

/// Adds the literal keys `func` stores on `this` to `keys` (once each).
fn this_keys(func: &Function, keys: &mut Vec<StrId>) {
    fn expr(e: &Expr, func: &Function, keys: &mut Vec<StrId>) {
        if let Expr::Assign(Target::Member(o, k), _) = e
            && let Expr::Str(key) = **k
            && is_this(o, func)
            && !keys.contains(&key)
        {
            keys.push(key);
        }
        walk::for_each_child_ref(e, &mut |c| expr(c, func, keys));
    }
    fn stmt(s: &Stmt, func: &Function, keys: &mut Vec<StrId>) {
        walk::stmt_parts(s, &mut |p| match p {
            walk::Part::Expr(e) => expr(e, func, keys),
            walk::Part::Stmt(n) => stmt(n, func, keys),
        });
    }
    for s in &func.body {
        stmt(s, func, keys);
    }
}

/// Is `e` this function's `this` (in a derived constructor, checked to be
/// initialized)?
fn is_this(e: &Expr, func: &Function) -> bool {
    match e {
        Expr::ThisArg => true,
        Expr::Local(l) => func.locals[l.index()].name == "this",
        Expr::Intrinsic(Intrinsic::ThisCheck, args) => {
            matches!(args.as_slice(), [this] if is_this(this, func))
        }
        _ => false,
    }
}

/// What one function's body shows of the classes it defines, as `convert`
/// lowers a class: `%C = closure @ctor`, `%prototype = class_define(%C,
/// parent)`, then `class_method(%prototype, key, closure @m, kind)` for each
/// prototype method (static ones go on `%C` itself).
#[derive(Default)]
struct Classes {
    closures: HashMap<LocalId, FuncId>,
    prototypes: HashMap<LocalId, LocalId>,
    methods: Vec<(LocalId, FuncId)>,
}

impl Classes {
    fn stmt(&mut self, s: &Stmt) {
        walk::stmt_parts(s, &mut |p| match p {
            walk::Part::Expr(e) => self.expr(e),
            walk::Part::Stmt(n) => self.stmt(n),
        });
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Assign(Target::Local(l), value) => match &**value {
                Expr::Closure { func, .. } => {
                    self.closures.insert(*l, *func);
                }
                Expr::Intrinsic(Intrinsic::ClassDefine, args) => {
                    if let Some(Expr::Local(c)) = args.first() {
                        self.prototypes.insert(*l, *c);
                    }
                }
                _ => {}
            },
            Expr::Intrinsic(Intrinsic::ClassMethod, args) => {
                if let (Some(Expr::Local(p)), Some(Expr::Closure { func, .. })) =
                    (args.first(), args.get(2))
                {
                    self.methods.push((*p, *func));
                }
            }
            _ => {}
        }
        walk::for_each_child_ref(e, &mut |c| self.expr(c));
    }

    /// Each class constructor with the methods of its prototype.
    fn methods_by_constructor(&self) -> HashMap<FuncId, Vec<FuncId>> {
        let mut by_ctor: HashMap<FuncId, Vec<FuncId>> = HashMap::new();
        for (p, m) in &self.methods {
            if let Some(c) = self.prototypes.get(p)
                && let Some(ctor) = self.closures.get(c)
            {
                by_ctor.entry(*ctor).or_default().push(*m);
            }
        }
        by_ctor
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{FuncId, Module, function_named};

    fn module(source: &str) -> Module {
        crate::compile_to_ir(source, "test.js").expect("compiles")
    }

    fn id_of(module: &Module, name: &str) -> FuncId {
        let f = function_named(module, name) as *const _;
        let i = module
            .functions
            .iter()
            .position(|g| std::ptr::eq(g, f))
            .expect("a function of the module");
        FuncId(i as u32)
    }

    #[test]
    fn counts_distinct_literal_keys_stored_on_this() {
        let src = "function F(o, k) {
            this.a = 1; this.b = 2; this.a = 3;
            if (o) { this.c = 4; } else { for (;;) { this.d = 5; break; } }
            o.e = 6; this[k] = 7; this.f += 1;
            const g = () => { this.h = 8; };
        }
        class C { constructor() { this.x = 1; this.y = this.x; } m() { this.z = 1; } }
        new F({}, 'q'); new C();";
        let module = module(src);
        assert_eq!(
            super::instance_keys(function_named(&module, "F")),
            4,
            "a, b, c, d"
        );
        assert_eq!(
            super::instance_keys(function_named(&module, "C")),
            2,
            "x, y"
        );
    }

    #[test]
    fn a_class_counts_the_keys_its_methods_store_on_this() {
        let src = "class C {
            constructor() { this.x = 1; this.y = 2; }
            m() { this.z = 1; this.x = 2; }
            set w(v) { this._w = v; }
            static s() { this.t = 1; }
        }
        class D { constructor() { this.p = 1; } q() { return this.p; } }
        class E extends C { constructor() { super(); this.e = 1; } f() { this.g = 2; } }
        function G() { this.a = 1; }
        G.prototype.m = function () { this.b = 2; };
        console.log(new C(), new D(), new E(), new G());";
        let module = module(src);
        let counts = super::class_instance_keys(&module);
        assert_eq!(
            counts.get(&id_of(&module, "C")),
            Some(&4),
            "x, y, z, _w (not the static t)"
        );
        assert_eq!(
            counts.get(&id_of(&module, "D")),
            None,
            "its methods store nothing"
        );
        assert_eq!(
            counts.get(&id_of(&module, "E")),
            Some(&2),
            "e, g (C's count is added at run time)"
        );
        assert_eq!(counts.get(&id_of(&module, "G")), None, "not a class");
    }
}
