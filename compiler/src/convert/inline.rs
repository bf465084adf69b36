//! Inlining of small functions: guarded at method calls and calls of
//! values, plain at direct calls.
//!
//! `o.size()` is a property read and a call whose target is known only at
//! run time. When the program stores exactly one function under the key
//! `size` (a class method, an object-literal property, or an assignment such
//! as `Foo.prototype.size = function () {...}`) and that function is small,
//! the call site becomes an [`Expr::InlinedCall`]: if the property
//! read yields a closure of that function (the same code pointer), its body
//! runs inline in the caller, with the receiver, the closure and the
//! arguments in fresh locals of the caller; anything else (another function,
//! a non-function) takes the ordinary call. Which function the program
//! stores under a key only decides what is worth trying; the code-pointer
//! check is what makes it correct.
//!
//! Calls of values (`f(x)`, `pool[i]()`) are inlined the same way, with the
//! functions `convert::callees` guesses from where closures flow: a local
//! that holds what `makeCounter(...)` returns, an array filled with such
//! closures. A plain call's `this` is undefined, so only bodies that do not
//! read `this` are tried there.
//!
//! A direct call (`call_direct`: the binding always holds that function)
//! needs no guard: it becomes an [`Expr::InlinedDirectCall`], whose body
//! runs inline with the arguments (and a lifted function's captures) in
//! fresh locals. Only bodies that do not read `this` are inlined there.
//!
//! A function can be inlined when its body is straight-line expressions:
//! optionally `%this = this`, then expression statements, then optionally a
//! `return`. Its body must not create closures, read `this` otherwise, use
//! `arguments`, a rest parameter, `new.target`, `super` or class machinery,
//! and must be small. Inlining happens once (bodies are taken as convert made
//! them); `lower` compiles an inlined body with its own function's
//! strictness (which decides whether failed property writes throw).

use super::callees::Callees;
use crate::ir::walk::{for_each_child, for_each_child_ref, stmt_exprs, stmt_exprs_mut};
use crate::ir::{
    Expr, FuncId, FuncKind, Function, InlinedBody, InlinedCall, InlinedCallee, InlinedDirectCall,
    Intrinsic, LocalDecl, LocalId, Module, ObjectProp, PropKey, PropKind, Stmt, StrId, Target,
    has_spread,
};
use std::collections::HashMap;

/// The most expression nodes an inlined body may have (20 takes in
/// closure_churn's `makeEnv` closure, 19 nodes; 16 did not).
const MAX_BODY_NODES: usize = 20;
/// The most functions one key may have for its calls to be inlined.
const MAX_FUNCTIONS_PER_KEY: usize = 2;

pub(super) fn inline_calls(module: &mut Module) {
    let candidates = method_candidates(module);
    let mut callees = Callees::of(module);
    let templates: HashMap<FuncId, Template> = module
        .functions
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((FuncId(i as u32), template(f)?)))
        .collect();
    if templates.is_empty() {
        return;
    }
    for i in 0..module.functions.len() {
        let mut body = std::mem::take(&mut module.functions[i].body);
        let mut inliner = Inliner {
            module,
            candidates: &candidates,
            callees: &mut callees,
            templates: &templates,
            caller: i,
            instances: HashMap::new(),
            inside: None,
        };
        for s in &mut body {
            stmt_exprs_mut(s, &mut |e| inliner.expr(e));
        }
        module.functions[i].body = body;
    }
}

/// Keys under which the program stores a few functions, and those functions
/// (in the order of the module).
fn method_candidates(module: &Module) -> HashMap<StrId, Vec<FuncId>> {
    let mut stored: HashMap<StrId, Vec<FuncId>> = HashMap::new();
    for f in &module.functions {
        for s in &f.body {
            stmt_exprs(s, &mut |e| stores(e, &mut stored));
        }
    }
    // String literals are interned: one key, one StrId.
    stored
        .into_iter()
        .filter_map(|(key, mut funcs)| {
            funcs.sort();
            funcs.dedup();
            (funcs.len() <= MAX_FUNCTIONS_PER_KEY).then_some((key, funcs))
        })
        .collect()
}

/// Records the functions `e` (and its parts) stores under a literal key.
fn stores(e: &Expr, out: &mut HashMap<StrId, Vec<FuncId>>) {
    match e {
        Expr::Assign(Target::Member(_, key), value) => {
            if let (Expr::Str(k), Expr::Closure { func, .. }) = (&**key, &**value) {
                out.entry(*k).or_default().push(*func);
            }
        }
        Expr::Intrinsic(Intrinsic::ClassMethod, args) => {
            if let [
                _,
                Expr::Str(k),
                Expr::Closure { func, .. },
                Expr::Number(kind),
            ] = &args[..]
                && *kind == 0.0
            {
                out.entry(*k).or_default().push(*func);
            }
        }
        Expr::Object(props) => {
            for ObjectProp { key, value, kind } in props {
                if let (PropKey::Static(k), Expr::Closure { func, .. }) = (key, value)
                    && matches!(kind, PropKind::Init | PropKind::MethodWithHome)
                {
                    out.entry(*k).or_default().push(*func);
                }
            }
        }
        _ => {}
    }
    for_each_child_ref(e, &mut |c| stores(c, out));
}

/// An inlinable body: what runs, in the callee's own locals.
struct Template {
    /// The local `%this = this` fills, if the body starts so.
    this_local: Option<LocalId>,
    /// The body as one expression (`undefined` when it returns nothing).
    body: Expr,
    /// How many locals the function has (inlining a function into itself
    /// adds more, which the body does not use).
    locals: usize,
}

fn template(f: &Function) -> Option<Template> {
    if !matches!(
        f.kind,
        FuncKind::Function | FuncKind::Method | FuncKind::Arrow
    ) || f.rest.is_some()
        || f.arguments.is_some()
        // A boxed parameter holds the caller's box (a lifted function's
        // capture of a mutable variable); any other boxed local is a
        // variable some closure of the body would share.
        || f
            .locals
            .iter()
            .enumerate()
            .any(|(i, l)| l.boxed && !f.params.contains(&LocalId(i as u32)))
    {
        return None;
    }
    let mut stmts = &f.body[..];
    let mut this_local = None;
    if let [Stmt::Expr(Expr::Assign(Target::Local(l), v)), rest @ ..] = stmts
        && matches!(**v, Expr::ThisArg)
    {
        this_local = Some(*l);
        stmts = rest;
    }
    let mut parts = Vec::new();
    for (i, s) in stmts.iter().enumerate() {
        match s {
            Stmt::Expr(e) => parts.push(e.clone()),
            Stmt::Return(e) if i + 1 == stmts.len() => parts.push(e.clone()),
            _ => return None,
        }
    }
    if !matches!(stmts.last(), Some(Stmt::Return(_))) {
        parts.push(Expr::Undefined);
    }
    let body = if parts.len() == 1 {
        parts.pop().expect("one part")
    } else {
        Expr::Seq(parts)
    };
    let mut nodes = 0;
    if !inlinable(&body, &mut nodes) || nodes > MAX_BODY_NODES {
        return None;
    }
    Some(Template {
        this_local,
        body,
        locals: f.locals.len(),
    })
}

/// Can `e` run in another function's frame? Counts its nodes.
fn inlinable(e: &Expr, nodes: &mut usize) -> bool {
    *nodes += 1;
    let ok = match e {
        Expr::ThisArg | Expr::Closure { .. } | Expr::InlinedCall(_) => false,
        Expr::Intrinsic(i, _) => matches!(i, Intrinsic::ToString),
        // A named function expression's own name: read through `callee`.
        Expr::Assign(t, _)
        | Expr::CompoundAssign(t, _, _)
        | Expr::LogicalAssign(t, _, _)
        | Expr::Update { target: t, .. } => !ignored_target(t),
        _ => true,
    };
    let mut children_ok = true;
    for_each_child_ref(e, &mut |c| children_ok &= inlinable(c, nodes));
    ok && children_ok
}

fn ignored_target(t: &Target) -> bool {
    match t {
        Target::Ignored => true,
        Target::TdzChecked(inner, _) | Target::Const(inner, _) => ignored_target(inner),
        _ => false,
    }
}

struct Inliner<'m> {
    module: &'m mut Module,
    candidates: &'m HashMap<StrId, Vec<FuncId>>,
    callees: &'m mut Callees,
    templates: &'m HashMap<FuncId, Template>,
    caller: usize,
    /// The caller locals given to each inlined function so far.
    instances: HashMap<FuncId, (LocalId, HashMap<LocalId, LocalId>)>,
    /// The function whose inlined body is being rewritten, if any.
    inside: Option<FuncId>,
}

impl Inliner<'_> {
    fn expr(&mut self, e: &mut Expr) {
        for_each_child(e, &mut |c| self.expr(c));
        if let Expr::DirectCall { func, args, .. } = e
            && let Some(t) = self.templates.get(func)
            && t.this_local.is_none()
            && !has_spread(args)
            && self.inside != Some(*func)
        {
            let func = *func;
            let body = self.instantiate(func, t);
            let Expr::DirectCall {
                closure,
                args,
                captures,
                ..
            } = std::mem::replace(e, Expr::Undefined)
            else {
                unreachable!("matched above");
            };
            let own = body.params.len() - captures.len();
            let sources: Vec<Option<&Expr>> = (0..body.params.len())
                .map(|i| {
                    if i < own {
                        args.get(i)
                    } else {
                        captures.get(i - own)
                    }
                })
                .collect();
            let body = self.rewrite_inside(body, &sources);
            *e = Expr::InlinedDirectCall(Box::new(InlinedDirectCall {
                closure: *closure,
                args,
                captures,
                body,
            }));
            return;
        }
        let caller = FuncId(self.caller as u32);
        let (funcs, plain) = match e {
            Expr::MethodCall { object, key, .. } => match **key {
                Expr::Str(k) => match self.candidates.get(&k) {
                    Some(funcs) => (funcs.clone(), false),
                    None => return,
                },
                _ => (self.callees.likely_element(caller, object), false),
            },
            Expr::Call { callee, .. } => (self.callees.likely(caller, callee), true),
            _ => return,
        };
        // A plain call's `this` is undefined: only bodies that ignore it.
        let funcs: Vec<FuncId> = funcs
            .into_iter()
            .filter(|f| {
                self.inside != Some(*f)
                    && self
                        .templates
                        .get(f)
                        .is_some_and(|t| !plain || t.this_local.is_none())
            })
            .collect();
        let (Expr::MethodCall { args, .. } | Expr::Call { args, .. }) = e else {
            unreachable!("matched above");
        };
        if funcs.is_empty() || has_spread(args) {
            return;
        }
        let (callee, args, desc) = match std::mem::replace(e, Expr::Undefined) {
            Expr::MethodCall {
                object,
                key,
                args,
                desc,
            } => (
                InlinedCallee::Method {
                    object: *object,
                    key: *key,
                },
                args,
                desc,
            ),
            Expr::Call { callee, args, desc } => (InlinedCallee::Plain(*callee), args, desc),
            _ => unreachable!("matched above"),
        };
        let sources: Vec<Option<&Expr>> = args.iter().map(Some).collect();
        let bodies = funcs
            .iter()
            .map(|f| {
                let body = self.instantiate(*f, &self.templates[f]);
                self.rewrite_inside(body, &sources)
            })
            .collect();
        *e = Expr::InlinedCall(Box::new(InlinedCall {
            callee,
            args,
            desc,
            bodies,
        }));
    }

    /// Inlines the calls in a body just inlined at the top level (one
    /// level: bodies inlined into it stay as their templates are, and it
    /// never inlines its own function, whose locals it is using). What the
    /// call passes (`sources`, by parameter) flows to the parameters'
    /// locals first, so `apply(f, x)` with `apply` returning `fn(x)` runs
    /// `f`'s body inline too.
    fn rewrite_inside(&mut self, mut body: InlinedBody, sources: &[Option<&Expr>]) -> InlinedBody {
        if self.inside.is_some() {
            return body;
        }
        let caller = FuncId(self.caller as u32);
        for (p, source) in body.params.iter().zip(sources) {
            if let Some(source) = source {
                self.callees.flow_to_local(caller, *p, source);
            }
        }
        self.inside = Some(body.func);
        self.expr(&mut body.body);
        self.inside = None;
        body
    }

    /// Gives `func`'s locals fresh locals of the caller and rewrites the
    /// template body into them.
    fn instantiate(&mut self, func: FuncId, t: &Template) -> InlinedBody {
        let target = &self.module.functions[func.index()];
        let prefix = format!("{}@{}", target.debug_name, func.0);
        let names: Vec<(String, bool)> = target.locals[..t.locals]
            .iter()
            .map(|l| (l.name.clone(), l.boxed))
            .collect();
        let params = target.params.clone();
        // Every site inlining `func` in this caller shares its locals: two
        // never run interleaved, because a body holds inlined calls only of
        // other functions (see `rewrite_inside`), and a call's arguments,
        // inlined calls included, are done before its body starts.
        let (callee, map) = match self.instances.get(&func) {
            Some(known) => known.clone(),
            None => {
                let caller = &mut self.module.functions[self.caller];
                let mut new_local = |name: &str, boxed: bool| {
                    let l = LocalId(caller.locals.len() as u32);
                    caller.locals.push(LocalDecl {
                        name: format!("{prefix}.{name}"),
                        boxed,
                    });
                    l
                };
                let callee = new_local("callee", false);
                let map: HashMap<LocalId, LocalId> = (0..names.len())
                    .map(|i| (LocalId(i as u32), new_local(&names[i].0, names[i].1)))
                    .collect();
                self.instances.insert(func, (callee, map.clone()));
                (callee, map)
            }
        };
        let mut body = t.body.clone();
        rename(&mut body, &map, callee, func);
        let receiver = t.this_local.map(|l| map[&l]);
        let params: Vec<LocalId> = params.iter().map(|p| map[p]).collect();
        let fresh = (0..names.len())
            .map(|i| map[&LocalId(i as u32)])
            .filter(|l| Some(*l) != receiver && !params.contains(l))
            .collect();
        InlinedBody {
            func,
            callee,
            receiver,
            params,
            fresh,
            body,
        }
    }
}

/// Rewrites an inlined body into the caller's locals: `callee` and the
/// callee's environment slots are read from the closure in `callee`.
fn rename(e: &mut Expr, map: &HashMap<LocalId, LocalId>, callee: LocalId, func: FuncId) {
    match e {
        Expr::Local(l) => *l = map[l],
        Expr::Callee => *e = Expr::Local(callee),
        Expr::Env(slot) => {
            *e = Expr::ClosureEnv {
                closure: callee,
                func,
                slot: *slot,
            }
        }
        Expr::Assign(t, _)
        | Expr::CompoundAssign(t, _, _)
        | Expr::LogicalAssign(t, _, _)
        | Expr::Update { target: t, .. } => rename_target(t, map),
        _ => {}
    }
    for_each_child(e, &mut |c| rename(c, map, callee, func));
}

fn rename_target(t: &mut Target, map: &HashMap<LocalId, LocalId>) {
    match t {
        Target::Local(l) => *l = map[l],
        Target::TdzChecked(inner, _) | Target::Const(inner, _) => rename_target(inner, map),
        _ => {}
    }
}
