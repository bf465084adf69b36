//! Which functions an unknown call is likely to call: a guess, made by
//! following closures from where they are created to where they are called.
//!
//! `pool[i]()`, `f(x)` and `handlers[k](e)` call whatever value they find.
//! Often the program only ever puts closures of one or two functions there:
//! `pool.push(makeCounter(i))`, where `makeCounter` returns a closure of its
//! inner function. `convert::inline` then tries those functions' bodies
//! inline, each behind a check of the callee's code pointer, so the guess
//! only decides what is worth trying; a wrong or missed guess costs speed,
//! never correctness. That is why this analysis can ignore every flow it does
//! not model (a value read from an object property, a global, a box, a
//! function parameter of an unknown call): such values add nothing to a
//! guess.
//!
//! The analysis is flow-insensitive. Each *place* (a local of a function, an
//! environment slot of a function, what a function returns) collects a
//! [`Guess`] from every value stored there: closures it may hold directly,
//! and closures the elements of an array it holds may be. Values flow through
//! assignments, array literals and `push`, element stores (`a[i] = f`),
//! captures (the expression a closure's slot is filled with flows to that
//! slot), and direct calls (arguments flow to parameters, `return`s to the
//! call). Places grow until nothing changes; a set that would name more than
//! [`MAX_GUESSES`] functions becomes "too many" and stays so, which bounds
//! the iteration.

use crate::ir::walk::{Part, for_each_child_ref, stmt_parts};
use crate::ir::{EnvSlot, Expr, FuncId, LocalId, Module, Stmt, Target};
use std::collections::HashMap;

/// The most functions a guess may name.
pub(super) const MAX_GUESSES: usize = 2;

/// The functions whose closures a value may be.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Funcs {
    /// At most [`MAX_GUESSES`], sorted.
    Few(Vec<FuncId>),
    TooMany,
}

impl Default for Funcs {
    fn default() -> Self {
        Funcs::Few(Vec::new())
    }
}

impl Funcs {
    fn one(func: FuncId) -> Funcs {
        Funcs::Few(vec![func])
    }

    /// Adds `other`'s functions; true if that changed `self`.
    fn join(&mut self, other: &Funcs) -> bool {
        let Funcs::Few(mine) = self else {
            return false;
        };
        let Funcs::Few(theirs) = other else {
            *self = Funcs::TooMany;
            return true;
        };
        let before = mine.len();
        for f in theirs {
            if let Err(at) = mine.binary_search(f) {
                mine.insert(at, *f);
            }
        }
        if mine.len() > MAX_GUESSES {
            *self = Funcs::TooMany;
            return true;
        }
        mine.len() != before
    }
}

/// What a value may be, as far as calls care.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Guess {
    /// Closures of these functions.
    funcs: Funcs,
    /// An array whose elements may be closures of these functions.
    elements: Funcs,
}

impl Guess {
    fn join(&mut self, other: &Guess) -> bool {
        let a = self.funcs.join(&other.funcs);
        let b = self.elements.join(&other.elements);
        a || b
    }
}

/// Where values are stored.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
enum Place {
    Local(FuncId, LocalId),
    Env(FuncId, EnvSlot),
    Returns(FuncId),
}

/// The guesses for a whole module.
pub(super) struct Callees {
    places: HashMap<Place, Guess>,
}

impl Callees {
    /// Follows the closures of `module` until every place is complete.
    pub(super) fn of(module: &Module) -> Callees {
        let mut callees = Callees {
            places: HashMap::new(),
        };
        loop {
            let mut flow = Flow {
                module,
                callees: &mut callees,
                func: FuncId(0),
                changed: false,
            };
            for (i, f) in module.functions.iter().enumerate() {
                flow.func = FuncId(i as u32);
                for s in &f.body {
                    flow.stmt(s);
                }
            }
            if !flow.changed {
                return callees;
            }
        }
    }

    /// The functions a call in `caller` whose callee is `callee` probably
    /// calls: empty when there is no guess, or too many.
    pub(super) fn likely(&self, caller: FuncId, callee: &Expr) -> Vec<FuncId> {
        match self.guess(caller, callee).funcs {
            Funcs::Few(funcs) => funcs,
            Funcs::TooMany => Vec::new(),
        }
    }

    /// The functions a call `object[key](...)` with a computed key probably
    /// calls (an element of the array `object`).
    pub(super) fn likely_element(&self, caller: FuncId, object: &Expr) -> Vec<FuncId> {
        match self.guess(caller, object).elements {
            Funcs::Few(funcs) => funcs,
            Funcs::TooMany => Vec::new(),
        }
    }

    /// Records that `local` of `func` holds `value` (evaluated in `func`)
    /// too: `convert::inline` gives an inlined body's parameters, fresh
    /// locals of the caller, what the call passes.
    pub(super) fn flow_to_local(&mut self, func: FuncId, local: LocalId, value: &Expr) {
        let g = self.guess(func, value);
        self.places
            .entry(Place::Local(func, local))
            .or_default()
            .join(&g);
    }

    fn at(&self, place: Place) -> Guess {
        self.places.get(&place).cloned().unwrap_or_default()
    }

    /// What `e`, evaluated in `func`, may be.
    fn guess(&self, func: FuncId, e: &Expr) -> Guess {
        match e {
            Expr::Closure { func: f, .. } => Guess {
                funcs: Funcs::one(*f),
                elements: Funcs::default(),
            },
            Expr::Callee => Guess {
                funcs: Funcs::one(func),
                elements: Funcs::default(),
            },
            Expr::Local(l) => self.at(Place::Local(func, *l)),
            Expr::Env(slot) => self.at(Place::Env(func, *slot)),
            Expr::DirectCall { func: f, .. } => self.at(Place::Returns(*f)),
            Expr::InlinedDirectCall(c) => self.at(Place::Returns(c.body.func)),
            Expr::Member(object, key) if !matches!(**key, Expr::Str(_)) => Guess {
                funcs: self.guess(func, object).elements,
                elements: Funcs::default(),
            },
            Expr::Array(items) => {
                let mut elements = Funcs::default();
                for item in items {
                    match item {
                        Expr::Spread(x, _) => elements.join(&self.guess(func, x).elements),
                        _ => elements.join(&self.guess(func, item).funcs),
                    };
                }
                Guess {
                    funcs: Funcs::default(),
                    elements,
                }
            }
            Expr::Seq(items) => match items.last() {
                Some(last) => self.guess(func, last),
                None => Guess::default(),
            },
            Expr::Cond(_, a, b) | Expr::Logical(_, a, b) => {
                let mut g = self.guess(func, a);
                g.join(&self.guess(func, b));
                g
            }
            Expr::Assign(_, value) | Expr::TdzCheck(value, _) => self.guess(func, value),
            _ => Guess::default(),
        }
    }
}

/// One pass over the module, adding what each store adds to its place.
struct Flow<'a> {
    module: &'a Module,
    callees: &'a mut Callees,
    /// The function being walked.
    func: FuncId,
    changed: bool,
}

impl Flow<'_> {
    fn add(&mut self, place: Place, g: Guess) {
        if g == Guess::default() {
            return;
        }
        let changed = self.callees.places.entry(place).or_default().join(&g);
        self.changed |= changed;
    }

    fn add_elements(&mut self, array: &Expr, funcs: Funcs) {
        let place = match array {
            Expr::Local(l) => Place::Local(self.func, *l),
            Expr::Env(slot) => Place::Env(self.func, *slot),
            _ => return,
        };
        self.add(
            place,
            Guess {
                funcs: Funcs::default(),
                elements: funcs,
            },
        );
    }

    fn stmt(&mut self, s: &Stmt) {
        if let Stmt::Return(e) = s {
            let g = self.callees.guess(self.func, e);
            self.add(Place::Returns(self.func), g);
        }
        stmt_parts(s, &mut |p| match p {
            Part::Expr(e) => self.expr(e),
            Part::Stmt(s) => self.stmt(s),
        });
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Assign(target, value) => match target.local() {
                Some(l) => {
                    let g = self.callees.guess(self.func, value);
                    self.add(Place::Local(self.func, l), g);
                }
                None => {
                    if let Target::Member(array, key) = target
                        && !matches!(**key, Expr::Str(_))
                    {
                        let funcs = self.callees.guess(self.func, value).funcs;
                        self.add_elements(array, funcs);
                    }
                }
            },
            Expr::MethodCall {
                object, key, args, ..
            } if matches!(&**key, Expr::Str(k) if matches!(self.module.string(*k).as_str(), "push" | "unshift")) =>
            {
                let mut funcs = Funcs::default();
                for a in args {
                    match a {
                        Expr::Spread(x, _) => {
                            funcs.join(&self.callees.guess(self.func, x).elements)
                        }
                        _ => funcs.join(&self.callees.guess(self.func, a).funcs),
                    };
                }
                self.add_elements(object, funcs);
            }
            Expr::Closure { func, captures } => {
                for (i, c) in captures.iter().enumerate() {
                    let g = self.callees.guess(self.func, c);
                    self.add(Place::Env(*func, EnvSlot(i as u32)), g);
                }
            }
            Expr::DirectCall {
                func,
                args,
                captures,
                ..
            } => {
                let params = &self.module.functions[func.index()].params;
                // A lifted callee's captures fill its last parameters.
                let (own, lifted) =
                    params.split_at(params.len() - captures.len().min(params.len()));
                for (p, a) in own.iter().zip(args) {
                    if matches!(a, Expr::Spread(..)) {
                        break;
                    }
                    let g = self.callees.guess(self.func, a);
                    self.add(Place::Local(*func, *p), g);
                }
                for (p, c) in lifted.iter().zip(captures) {
                    let g = self.callees.guess(self.func, c);
                    self.add(Place::Local(*func, *p), g);
                }
            }
            _ => {}
        }
        for_each_child_ref(e, &mut |c| self.expr(c));
    }
}
