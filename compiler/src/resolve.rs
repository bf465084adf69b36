//! Name resolution and capture analysis.
//!
//! oxc_semantic binds names to symbols (scopes, hoisting, shadowing). On top of
//! it this pass computes, per function, its free variables, and per symbol the
//! facts closure conversion needs:
//!
//! - `captured`: referenced from a function nested inside its own function;
//! - `boxed`: captured *and* not safe to copy into environments, because it is
//!   assigned after initialization, or because some closure capturing it may be
//!   created before its initialization has run (hoisted function declarations,
//!   closures textually before `let`/`var` initializers, `switch` cases);
//!   a variable captured only by lifted functions (no closure object; see
//!   `lift`) is passed by value at each of their calls instead, so for it only
//!   an assignment by a capturing function forces a box;
//! - per reference, whether it needs a TDZ check.
//!
//! This is the only pass that looks names up; `convert` only reads these tables.

pub mod annex_b;
mod constants;

pub use annex_b::BlockFunctionCopy;
pub use constants::Constant;

use crate::diag::Diagnostic;
use oxc_ast::ast::*;
use oxc_ecmascript::IsSimpleParameterList;
use oxc_semantic::{ReferenceId, ScopeId, Scoping, SymbolFlags, SymbolId};
use oxc_span::{GetSpan, Span};
use std::collections::{HashMap, HashSet};

/// A function of the program, in resolve's numbering (0 is the module body).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncIdx(pub u32);

/// Something a function can capture.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Capture {
    Symbol(SymbolId),
    /// The `this` of the nearest enclosing non-arrow function (arrows).
    This,
    /// The `arguments` object of the nearest enclosing non-arrow function.
    Arguments,
    /// The home object (for `super`) of the nearest enclosing method.
    Home,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SymKind {
    Var,
    Let,
    Const,
    Param,
    /// A function declaration.
    Function,
    /// The name of a named function expression, inside it.
    FunctionExprName,
    Catch,
    Class,
}

#[derive(Debug)]
pub struct FuncFacts {
    pub parent: Option<FuncIdx>,
    pub scope: Option<ScopeId>,
    pub span: Span,
    pub is_arrow: bool,
    /// When the closure is created: its start, or for a hoisted declaration the
    /// start of the statement list it is hoisted to.
    pub creation_point: u32,
    pub free_vars: Vec<Capture>,
    /// The function reads `this` itself or through arrows.
    pub uses_this: bool,
    /// The function's `arguments` object is used (by it or by its arrows).
    pub uses_arguments: bool,
    /// The function uses `super` (itself or through arrows).
    pub uses_super: bool,
    pub strict: bool,
    /// Has a `...rest` parameter.
    pub has_rest: bool,
    /// Its parameters are plain names (no defaults, patterns or rest): the
    /// only kind whose sloppy-mode `arguments` aliases them.
    pub simple_params: bool,
    /// Never has a closure object: its binding is only ever called directly,
    /// with its free variables (`free_vars`, all symbols) passed as extra
    /// arguments after its parameters.
    pub lifted: bool,
}

#[derive(Debug)]
pub struct SymbolFacts {
    pub func: FuncIdx,
    pub kind: SymKind,
    pub captured: bool,
    pub boxed: bool,
    /// Position from which the binding is initialized (see module docs).
    pub init_point: u32,
    /// Declared directly in a `switch` body (cases can skip the declaration).
    pub in_switch: bool,
    pub writes: u32,
    pub var_inits: u32,
    pub declared_in_loop: bool,
    /// A function declaration not directly in a function body (sloppy-mode
    /// block function, assigned when its block is entered).
    pub block_function: bool,
    pub declarations: u32,
    /// When it is captured: creation points of the closures (directly inside
    /// `func`) that capture it, and the calls (in `func`) of lifted functions
    /// that capture it.
    pub capture_sites: Vec<u32>,
    /// The capture sites after which an environment holds it (a closure
    /// capturing it, directly or inside a lifted function); the others only
    /// pass it as an argument to lifted functions.
    pub env_capture_sites: Vec<u32>,
    /// Assigned by a function nested in `func`.
    pub written_by_capture: bool,
    /// Captured in a way the capture sites do not describe: always boxed.
    pub boxed_anyway: bool,
    /// For `let`/`const` in a `for` head: the span of the update expression.
    pub for_update: Option<Span>,
    pub any_tdz_check: bool,
    /// Some closure capturing it may be created, or some lifted function
    /// capturing it called, before its initialization.
    pub early_capture: bool,
    /// The function of a function declaration.
    pub declared_function: Option<FuncIdx>,
    /// A `let`/`const` whose initializer is directly an arrow or function
    /// expression: that function (its closure is the binding's first value).
    pub init_function: Option<FuncIdx>,
    /// Declared in the head of a `for (;;)` (copied per iteration).
    pub in_for_head: bool,
}

pub struct Resolution {
    pub oxc: Scoping,
    pub functions: Vec<FuncFacts>,
    /// Function (by its own scope) to index. The module body is `FuncIdx(0)`.
    pub func_by_span: HashMap<(u32, u32), FuncIdx>,
    pub symbols: HashMap<SymbolId, SymbolFacts>,
    /// References that must check for the TDZ marker.
    pub tdz_checks: HashSet<ReferenceId>,
    /// Per class (by span): the synthetic field-initializer functions
    /// (instance fields, static fields).
    pub class_fields: HashMap<(u32, u32), (Option<FuncIdx>, Option<FuncIdx>)>,
    /// Identifiers that are the callee of a plain (non-optional) call, with
    /// whether the call spreads arguments.
    pub callee_refs: HashMap<ReferenceId, bool>,
    /// Bindings whose function is lifted (see `FuncFacts::lifted`): every
    /// reference to them is a direct call.
    pub lifted: HashMap<SymbolId, FuncIdx>,
    /// Reads of constants (see `constants`) that certainly run after the
    /// initialization: they are the value, and capture nothing.
    pub folded: HashMap<ReferenceId, Constant>,
    /// Sloppy-mode block-level function declarations (by their block
    /// binding) and the var each copies itself into when it runs
    /// (`annex_b`).
    pub block_function_copies: HashMap<SymbolId, BlockFunctionCopy>,
}

impl Resolution {
    pub fn symbol(&self, s: SymbolId) -> &SymbolFacts {
        &self.symbols[&s]
    }

    pub fn func_of(&self, span: Span) -> FuncIdx {
        self.func_by_span[&(span.start, span.end)]
    }

    pub fn name(&self, s: SymbolId) -> &str {
        self.oxc.symbol_name(s)
    }

    /// The function a binding always holds whenever it can be read: a
    /// never-reassigned function declaration, a `let`/`const` initialized
    /// with an arrow or function expression and never assigned, or a named
    /// function expression's own name.
    pub fn callee_function(&self, s: SymbolId) -> Option<FuncIdx> {
        callee_function(self.symbols.get(&s)?)
    }

    /// A call `x(...)` whose callee `x` always holds a known function:
    /// (the binding, its function).
    pub fn direct_call(&self, r: ReferenceId) -> Option<(SymbolId, FuncIdx)> {
        if !self.callee_refs.contains_key(&r) {
            return None;
        }
        let s = self.oxc.get_reference(r).symbol_id()?;
        Some((s, self.callee_function(s)?))
    }

    /// Is `f` the function `ancestor` or nested in it?
    pub fn within(&self, f: FuncIdx, ancestor: FuncIdx) -> bool {
        within(&self.functions, f, ancestor)
    }
}

fn callee_function(f: &SymbolFacts) -> Option<FuncIdx> {
    match f.kind {
        SymKind::Function if f.writes == 0 && f.declarations == 1 && !f.block_function => {
            f.declared_function
        }
        SymKind::FunctionExprName => Some(f.func),
        SymKind::Let | SymKind::Const
            if f.writes == 0 && f.declarations == 1 && !f.in_switch && !f.in_for_head =>
        {
            f.init_function
        }
        _ => None,
    }
}

fn within(functions: &[FuncFacts], mut f: FuncIdx, ancestor: FuncIdx) -> bool {
    loop {
        if f == ancestor {
            return true;
        }
        match functions[f.0 as usize].parent {
            Some(p) => f = p,
            None => return false,
        }
    }
}

struct RefFact {
    reference: ReferenceId,
    symbol: Option<SymbolId>,
    func: FuncIdx,
    pos: u32,
    write: bool,
}

struct Walker<'s> {
    oxc: &'s Scoping,
    block_function_copies: &'s HashMap<SymbolId, BlockFunctionCopy>,
    functions: Vec<FuncFacts>,
    func_by_span: HashMap<(u32, u32), FuncIdx>,
    symbols: HashMap<SymbolId, SymbolFacts>,
    refs: Vec<RefFact>,
    this_uses: Vec<FuncIdx>,
    arguments_uses: Vec<FuncIdx>,
    /// `arguments[k] = v` (and updates): where, and in which function.
    arguments_writes: Vec<(Span, FuncIdx)>,
    super_uses: Vec<FuncIdx>,
    /// Per class (by span): the synthetic functions that initialize instance
    /// and static fields.
    class_fields: HashMap<(u32, u32), (Option<FuncIdx>, Option<FuncIdx>)>,
    func_stack: Vec<FuncIdx>,
    loop_depth: Vec<u32>,
    /// Start of the statement list being walked (hoisting point).
    list_start: Vec<u32>,
    for_updates: Vec<(Span, Vec<SymbolId>)>,
    switch_scopes: HashSet<ScopeId>,
    /// Inside a class body (class code is strict).
    class_depth: u32,
    /// Programs outside the subset found while walking.
    errors: Vec<Diagnostic>,
    callee_refs: HashMap<ReferenceId, bool>,
    /// `const` bindings whose initializer folds to a primitive.
    constants: HashMap<SymbolId, Constant>,
    /// Per function: spans of its statements that may call something (not
    /// `constants::inert_statement`). Parameter lists need none: a body's
    /// constants are not in their scope, and its closures are made after.
    active: HashMap<FuncIdx, Vec<(u32, u32)>>,
}

pub fn resolve(program: &Program<'_>, mut oxc: Scoping) -> Result<Resolution, Diagnostic> {
    let block_function_copies = annex_b::split_block_functions(program, &mut oxc);
    let mut w = Walker {
        oxc: &oxc,
        block_function_copies: &block_function_copies,
        functions: Vec::new(),
        func_by_span: HashMap::new(),
        symbols: HashMap::new(),
        refs: Vec::new(),
        this_uses: Vec::new(),
        arguments_uses: Vec::new(),
        arguments_writes: Vec::new(),
        super_uses: Vec::new(),
        class_fields: HashMap::new(),
        func_stack: Vec::new(),
        loop_depth: Vec::new(),
        list_start: Vec::new(),
        for_updates: Vec::new(),
        switch_scopes: HashSet::new(),
        class_depth: 0,
        errors: Vec::new(),
        callee_refs: HashMap::new(),
        constants: HashMap::new(),
        active: HashMap::new(),
    };
    let strict = program.has_use_strict_directive();
    w.functions.push(FuncFacts {
        parent: None,
        scope: Some(program.scope_id()),
        span: program.span,
        is_arrow: false,
        creation_point: 0,
        free_vars: Vec::new(),
        uses_this: false,
        uses_arguments: false,
        uses_super: false,
        strict,
        has_rest: false,
        simple_params: true,
        lifted: false,
    });
    w.func_by_span
        .insert((program.span.start, program.span.end), FuncIdx(0));
    w.func_stack.push(FuncIdx(0));
    w.loop_depth.push(0);
    w.list_start.push(program.span.start);
    w.statements(&program.body, true);
    if let Some(e) = w.errors.first() {
        return Err(e.clone());
    }
    let Walker {
        mut functions,
        func_by_span,
        mut symbols,
        refs,
        this_uses,
        arguments_uses,
        arguments_writes,
        super_uses,
        class_fields,
        for_updates,
        callee_refs,
        constants,
        active,
        ..
    } = w;

    for (span, syms) in &for_updates {
        for s in syms {
            if let Some(f) = symbols.get_mut(s) {
                f.for_update = Some(*span);
            }
        }
    }

    // Captures of `this` by arrows: up to the nearest non-arrow function.
    for f in this_uses {
        let mut g = f;
        while functions[g.0 as usize].is_arrow {
            add_free(&mut functions[g.0 as usize].free_vars, Capture::This);
            g = functions[g.0 as usize].parent.expect("arrow has a parent");
        }
        functions[g.0 as usize].uses_this = true;
    }
    for f in super_uses {
        let mut g = f;
        while functions[g.0 as usize].is_arrow {
            // `super.m()` in an arrow needs the method's home and its `this`.
            add_free(&mut functions[g.0 as usize].free_vars, Capture::Home);
            add_free(&mut functions[g.0 as usize].free_vars, Capture::This);
            g = functions[g.0 as usize].parent.expect("arrow has a parent");
        }
        functions[g.0 as usize].uses_super = true;
        functions[g.0 as usize].uses_this = true;
    }
    for f in arguments_uses {
        let mut g = f;
        while functions[g.0 as usize].is_arrow {
            add_free(&mut functions[g.0 as usize].free_vars, Capture::Arguments);
            g = functions[g.0 as usize].parent.expect("arrow has a parent");
        }
        functions[g.0 as usize].uses_arguments = true;
    }
    // In sloppy mode, `arguments[k]` and the parameter `k` are one variable
    // (a mapped arguments object). bibao's `arguments` is a copy, so a
    // program that writes either side while using both is rejected.
    let has_params = |f: FuncIdx| {
        symbols
            .values()
            .any(|s| s.kind == SymKind::Param && s.func == f)
    };
    let mapped = |f: FuncIdx| {
        let facts = &functions[f.0 as usize];
        facts.uses_arguments && !facts.strict && facts.simple_params && has_params(f)
    };
    // A parameter declared again (`var a = 5`, `function a() {}`,
    // `for (var a in o)`) is written by that declaration.
    if let Some(f) = symbols
        .values()
        .find(|s| s.kind == SymKind::Param && s.declarations > 1 && mapped(s.func))
        .map(|s| s.func)
    {
        let start = functions[f.0 as usize].span.start;
        return Err(Diagnostic::unsupported(
            Span::new(start, start + 1),
            "declaring a parameter again in a sloppy-mode function that uses `arguments` is",
        )
        .with_help("in sloppy mode `arguments[k]` changes with it; add \"use strict\""));
    }
    for &(span, f) in &arguments_writes {
        let mut g = f;
        while functions[g.0 as usize].is_arrow {
            g = functions[g.0 as usize].parent.expect("arrow has a parent");
        }
        if mapped(g) {
            return Err(Diagnostic::unsupported(
                span,
                "writing `arguments[k]` of a sloppy-mode function with parameters is",
            )
            .with_help("in sloppy mode it changes the parameter too; add \"use strict\""));
        }
    }

    let mapped_functions: HashSet<FuncIdx> = (0..functions.len())
        .map(|i| FuncIdx(i as u32))
        .filter(|&f| mapped(f))
        .collect();
    // Assignments (a `for (let ...)` update does not count; see module docs).
    for r in &refs {
        let Some(s) = r.symbol else { continue };
        let Some(facts) = symbols.get_mut(&s) else {
            continue;
        };
        let is_update_write = r.write
            && facts
                .for_update
                .is_some_and(|u| u.start <= r.pos && r.pos < u.end);
        if r.write && !is_update_write && facts.kind != SymKind::FunctionExprName {
            facts.writes += 1;
        }
        if r.write && facts.kind == SymKind::Param && mapped_functions.contains(&facts.func) {
            let end = r.pos + oxc.symbol_name(s).len() as u32;
            return Err(Diagnostic::unsupported(
                Span::new(r.pos, end),
                "assigning a parameter of a sloppy-mode function that uses `arguments` is",
            )
            .with_help("in sloppy mode `arguments[k]` changes with it; add \"use strict\""));
        }
    }

    // Reads of constants that run after the initialization are the value;
    // the analyses below do not see them.
    let folded = folded_reads(&functions, &symbols, &refs, &constants, &active);
    let refs: Vec<RefFact> = refs
        .into_iter()
        .filter(|r| !folded.contains_key(&r.reference))
        .collect();

    let lifted = lift(&mut functions, &symbols, &refs, &callee_refs);
    let lifted_calls = lifted_call_sites(&functions, &symbols, &refs, &lifted);
    // References whose capture happens at a call of a lifted function that
    // may run before the binding's initialization (see the TDZ checks).
    let mut early_lifted_refs: HashSet<ReferenceId> = HashSet::new();

    // Free variables and capture sites. A function calling the binding that
    // holds it calls itself through `callee`, which captures nothing; calls
    // to a lifted function need no closure.
    for r in &refs {
        let Some(s) = r.symbol else { continue };
        let Some(facts) = symbols.get(&s) else {
            continue;
        };
        if lifted.contains_key(&s)
            || (callee_refs.contains_key(&r.reference) && callee_function(facts) == Some(r.func))
        {
            continue;
        }
        let decl = facts.func;
        if r.func == decl {
            continue;
        }
        // The chain of functions from the reference up to the one directly
        // in `decl` (`child`): each captures the symbol. When all of them are
        // lifted, the value is passed along as an argument at each call and
        // no environment holds it.
        let mut g = r.func;
        let mut child = g;
        let mut all_lifted = true;
        while g != decl {
            add_free(&mut functions[g.0 as usize].free_vars, Capture::Symbol(s));
            if !(functions[g.0 as usize].lifted && lifted_calls.contains_key(&g)) {
                all_lifted = false;
            }
            child = g;
            match functions[g.0 as usize].parent {
                Some(p) => g = p,
                None => break,
            }
        }
        // When the capture happens: where the closure of `child` is created,
        // or, for a lifted `child`, at each of its calls in `decl`.
        let child_calls = if functions[child.0 as usize].lifted {
            lifted_calls.get(&child)
        } else {
            None
        };
        let facts = symbols.get_mut(&s).expect("symbol");
        facts.captured = true;
        facts.written_by_capture |= r.write;
        let sites = match child_calls {
            Some(calls) => calls.clone(),
            None => {
                // A lifted function called from elsewhere (it has captures,
                // so `lift` forbids it): keep the box.
                facts.boxed_anyway |= functions[child.0 as usize].lifted;
                vec![functions[child.0 as usize].creation_point]
            }
        };
        if !all_lifted {
            facts.env_capture_sites.extend(sites.iter().copied());
        }
        if sites.iter().any(|&c| c < facts.init_point) {
            early_lifted_refs.insert(r.reference);
        }
        facts.capture_sites.extend(sites);
    }

    // Representation: boxed or not.
    for facts in symbols.values_mut() {
        if !facts.captured {
            continue;
        }
        // A `var` may have one initializer; any other binding re-declared by a
        // `var` with an initializer (a parameter, say) is assigned by it.
        let allowed_inits = if facts.kind == SymKind::Var { 1 } else { 0 };
        let assigned = facts.writes > 0
            || facts.var_inits > allowed_inits
            || (facts.var_inits >= 1 && facts.declared_in_loop);
        let function_redeclared =
            facts.kind == SymKind::Function && (facts.block_function || facts.declarations > 1);
        // Captured only through lifted functions: each call passes the value
        // the binding has then, which cannot change while the call runs
        // unless the callee itself assigns it (`decl` is suspended).
        let only_lifted = facts.env_capture_sites.is_empty();
        let mutable =
            function_redeclared || (assigned && (!only_lifted || facts.written_by_capture));
        let early = facts.capture_sites.iter().any(|&c| c < facts.init_point);
        facts.early_capture = early;
        // Only an environment made early needs the box: a lifted call passes
        // the uninitialized value (checked where it is read).
        let early_env = facts
            .env_capture_sites
            .iter()
            .any(|&c| c < facts.init_point);
        let in_update = match facts.for_update {
            Some(u) => facts
                .capture_sites
                .iter()
                .any(|&c| u.start <= c && c < u.end),
            None => false,
        };
        facts.boxed = mutable || facts.in_switch || early_env || in_update || facts.boxed_anyway;
    }

    // TDZ checks.
    let mut tdz_checks = HashSet::new();
    for r in &refs {
        let Some(s) = r.symbol else { continue };
        let Some(facts) = symbols.get_mut(&s) else {
            continue;
        };
        if !matches!(facts.kind, SymKind::Let | SymKind::Const | SymKind::Class)
            || lifted.contains_key(&s)
        {
            continue;
        }
        // In its own function: a use before the declaration (or in a switch).
        // Elsewhere: only through a closure that may exist before the
        // initialization; copied captures are always initialized.
        // Code of the function a binding is initialized with runs only after
        // that initialization.
        let in_initializer = facts
            .init_function
            .is_some_and(|f| within(&functions, r.func, f));
        let needs = if in_initializer {
            false
        } else if r.func == facts.func {
            r.pos < facts.init_point || facts.in_switch
        } else if facts.boxed {
            facts.early_capture || facts.in_switch
        } else {
            // A copy is initialized, unless it was passed to a lifted
            // function called before the initialization.
            early_lifted_refs.contains(&r.reference)
        };
        if needs {
            facts.any_tdz_check = true;
            tdz_checks.insert(r.reference);
        }
    }

    Ok(Resolution {
        oxc,
        functions,
        func_by_span,
        symbols,
        tdz_checks,
        class_fields,
        callee_refs,
        lifted,
        folded,
        block_function_copies,
    })
}

/// The reads of constants that certainly run after the initialization: in
/// the declaring function, after the declaration; in a nested function,
/// when its closure (the one directly in the declaring function) is created
/// after the initialization, or when nothing between its creation and the
/// initialization can call it (`constants::inert_statement`).
fn folded_reads(
    functions: &[FuncFacts],
    symbols: &HashMap<SymbolId, SymbolFacts>,
    refs: &[RefFact],
    constants: &HashMap<SymbolId, Constant>,
    active: &HashMap<FuncIdx, Vec<(u32, u32)>>,
) -> HashMap<ReferenceId, Constant> {
    let active_between = |f: FuncIdx, from: u32, to: u32| {
        active
            .get(&f)
            .is_some_and(|spans| spans.iter().any(|&(s, e)| e > from && s < to))
    };
    let mut folded = HashMap::new();
    for r in refs {
        let Some(s) = r.symbol else { continue };
        let (Some(value), Some(facts)) = (constants.get(&s), symbols.get(&s)) else {
            continue;
        };
        if r.write || facts.in_switch {
            continue;
        }
        let decl = facts.func;
        let initialized = if r.func == decl {
            r.pos >= facts.init_point
        } else {
            let mut child = r.func;
            while let Some(p) = functions[child.0 as usize].parent {
                if p == decl {
                    break;
                }
                child = p;
            }
            let created = functions[child.0 as usize].creation_point;
            functions[child.0 as usize].parent == Some(decl)
                && (created >= facts.init_point || !active_between(decl, created, facts.init_point))
        };
        if initialized {
            folded.insert(r.reference, value.clone());
        }
    }
    folded
}

/// Lambda lifting: which bindings hold a function that needs no closure
/// object. A candidate is a binding that always holds its function
/// (`callee_function`) and whose every reference is a plain call without
/// spread arguments that certainly runs after the binding is initialized; the
/// function must not use `arguments` (`arguments.callee`), and its own name
/// (a named function expression) must only be called too. Its free
/// variables, computed as if all candidates were lifted, must be symbols,
/// and unless there are none, every call must come from the function that
/// declares the binding (which reads the captured variables at the call: an
/// unboxed one cannot change while the call runs, since only that function
/// assigns or initializes it, and a boxed one keeps its box) or from the
/// function itself (which passes its own), and
/// the function must not have a rest parameter (the captures follow the
/// parameters). Candidates failing this are dropped until none does.
fn lift(
    functions: &mut [FuncFacts],
    symbols: &HashMap<SymbolId, SymbolFacts>,
    refs: &[RefFact],
    callee_refs: &HashMap<ReferenceId, bool>,
) -> HashMap<SymbolId, FuncIdx> {
    // Named function expressions by function.
    let mut own_name: HashMap<FuncIdx, SymbolId> = HashMap::new();
    for (s, f) in symbols {
        if f.kind == SymKind::FunctionExprName {
            own_name.insert(f.func, *s);
        }
    }
    let mut refs_of: HashMap<SymbolId, Vec<&RefFact>> = HashMap::new();
    for r in refs {
        if let Some(s) = r.symbol {
            refs_of.entry(s).or_default().push(r);
        }
    }
    let only_called = |s: SymbolId| {
        refs_of.get(&s).is_none_or(|rs| {
            rs.iter()
                .all(|r| callee_refs.get(&r.reference) == Some(&false))
        })
    };
    let mut lifted: HashMap<SymbolId, FuncIdx> = HashMap::new();
    for (s, facts) in symbols {
        if facts.kind == SymKind::FunctionExprName {
            continue;
        }
        let Some(f) = callee_function(facts) else {
            continue;
        };
        if functions[f.0 as usize].uses_arguments || !only_called(*s) {
            continue;
        }
        if let Some(name) = own_name.get(&f)
            && !only_called(*name)
        {
            continue;
        }
        // Every call runs after the initialization (no TDZ possible).
        let initialized = facts.kind == SymKind::Function
            || refs_of.get(s).is_none_or(|rs| {
                rs.iter().all(|r| {
                    if within(functions, r.func, f) {
                        return true;
                    }
                    if r.func == facts.func {
                        return r.pos >= facts.init_point;
                    }
                    // The closure (directly in the declaring function) that
                    // contains the call is created after the initialization.
                    let mut child = r.func;
                    while let Some(p) = functions[child.0 as usize].parent {
                        if p == facts.func {
                            break;
                        }
                        child = p;
                    }
                    functions[child.0 as usize].parent == Some(facts.func)
                        && functions[child.0 as usize].creation_point >= facts.init_point
                })
            });
        if initialized {
            lifted.insert(*s, f);
        }
    }
    let base: Vec<Vec<Capture>> = functions.iter().map(|f| f.free_vars.clone()).collect();
    loop {
        // Free variables as if every candidate were lifted (calls to it, by
        // its binding or its own name, need nothing).
        let mut free = base.clone();
        let funcs: HashSet<FuncIdx> = lifted.values().copied().collect();
        for r in refs {
            let Some(s) = r.symbol else { continue };
            let Some(facts) = symbols.get(&s) else {
                continue;
            };
            if lifted.contains_key(&s)
                || (facts.kind == SymKind::FunctionExprName && funcs.contains(&facts.func))
                || (callee_refs.contains_key(&r.reference)
                    && callee_function(facts) == Some(r.func))
            {
                continue;
            }
            let mut g = r.func;
            while g != facts.func {
                add_free(&mut free[g.0 as usize], Capture::Symbol(s));
                match functions[g.0 as usize].parent {
                    Some(p) => g = p,
                    None => break,
                }
            }
        }
        let before = lifted.len();
        lifted.retain(|s, f| {
            let fv = &free[f.0 as usize];
            if fv.is_empty() {
                return true;
            }
            // Calls by its own name (a named function expression) must come
            // from the function itself too: a closure nested in it would
            // need the captures.
            let decl = symbols[s].func;
            !functions[f.0 as usize].has_rest
                && fv.iter().all(|c| matches!(c, Capture::Symbol(_)))
                && refs_of
                    .get(s)
                    .is_none_or(|rs| rs.iter().all(|r| r.func == decl || r.func == *f))
                && own_name.get(f).is_none_or(|name| {
                    refs_of
                        .get(name)
                        .is_none_or(|rs| rs.iter().all(|r| r.func == *f))
                })
        });
        if lifted.len() == before {
            break;
        }
    }
    for f in lifted.values() {
        functions[f.0 as usize].lifted = true;
    }
    for (f, name) in own_name {
        if functions[f.0 as usize].lifted {
            lifted.insert(name, f);
        }
    }
    lifted
}

/// For each lifted function: the positions of its calls in the function that
/// declares its binding (its other calls, from itself, run inside one of
/// those). Missing when it is also called from elsewhere (possible only
/// without captures).
fn lifted_call_sites(
    functions: &[FuncFacts],
    symbols: &HashMap<SymbolId, SymbolFacts>,
    refs: &[RefFact],
    lifted: &HashMap<SymbolId, FuncIdx>,
) -> HashMap<FuncIdx, Vec<u32>> {
    let mut calls: HashMap<FuncIdx, Option<Vec<u32>>> = HashMap::new();
    for f in lifted.values() {
        calls.insert(*f, Some(Vec::new()));
    }
    for r in refs {
        let Some(s) = r.symbol else { continue };
        let Some(&f) = lifted.get(&s) else { continue };
        let entry = calls.get_mut(&f).expect("lifted");
        let decl = functions[f.0 as usize].parent;
        if r.func == f {
            continue;
        }
        match entry {
            Some(sites) if Some(r.func) == decl && symbols[&s].func == r.func => sites.push(r.pos),
            _ => *entry = None,
        }
    }
    calls
        .into_iter()
        .filter_map(|(f, c)| Some((f, c?)))
        .collect()
}

fn add_free(list: &mut Vec<Capture>, c: Capture) {
    if !list.contains(&c) {
        list.push(c);
    }
}

impl<'s> Walker<'s> {
    fn current(&self) -> FuncIdx {
        *self.func_stack.last().expect("function stack")
    }

    fn in_loop(&self) -> bool {
        *self.loop_depth.last().expect("loop depth") > 0
    }

    fn declare(&mut self, id: &BindingIdentifier<'_>, kind: SymKind, init_point: u32) {
        let Some(s) = id.symbol_id.get() else { return };
        self.declare_symbol(s, kind, init_point);
    }

    fn declare_symbol(&mut self, s: SymbolId, kind: SymKind, init_point: u32) {
        let func = self.current();
        let in_loop = self.in_loop();
        let in_switch = {
            let scope = self.oxc.symbol_scope_id(s);
            self.switch_scopes_contains(scope)
        };
        let entry = self.symbols.entry(s).or_insert(SymbolFacts {
            func,
            kind,
            captured: false,
            boxed: false,
            init_point,
            in_switch,
            writes: 0,
            var_inits: 0,
            declared_in_loop: false,
            block_function: false,
            declarations: 0,
            capture_sites: Vec::new(),
            env_capture_sites: Vec::new(),
            written_by_capture: false,
            boxed_anyway: false,
            for_update: None,
            any_tdz_check: false,
            early_capture: false,
            declared_function: None,
            init_function: None,
            in_for_head: false,
        });
        entry.declarations += 1;
        if in_loop {
            entry.declared_in_loop = true;
        }
    }

    fn switch_scopes_contains(&self, scope: ScopeId) -> bool {
        self.switch_scopes.contains(&scope)
    }

    fn reference(&mut self, id: &IdentifierReference<'_>) {
        let Some(rid) = id.reference_id.get() else {
            return;
        };
        let r = self.oxc.get_reference(rid);
        let symbol = r.symbol_id();
        let write = r.is_write();
        if symbol.is_none() && id.name.as_str() == "arguments" {
            let f = self.current();
            if f.0 != 0 || self.functions[0].is_arrow {
                self.arguments_uses.push(f);
            }
        }
        self.refs.push(RefFact {
            reference: rid,
            symbol,
            func: self.current(),
            pos: id.span.start,
            write,
        });
    }

    fn pattern(&mut self, p: &BindingPattern<'_>, kind: SymKind, init_point: u32) {
        match p {
            BindingPattern::BindingIdentifier(id) => self.declare(id, kind, init_point),
            BindingPattern::ObjectPattern(o) => {
                for prop in &o.properties {
                    self.property_key(&prop.key);
                    self.pattern(&prop.value, kind, init_point);
                }
                if let Some(r) = &o.rest {
                    self.pattern(&r.argument, kind, init_point);
                }
            }
            BindingPattern::ArrayPattern(a) => {
                for e in a.elements.iter().flatten() {
                    self.pattern(e, kind, init_point);
                }
                if let Some(r) = &a.rest {
                    self.pattern(&r.argument, kind, init_point);
                }
            }
            BindingPattern::AssignmentPattern(a) => {
                self.expression(&a.right);
                self.pattern(&a.left, kind, init_point);
            }
        }
    }

    fn property_key(&mut self, k: &PropertyKey<'_>) {
        if let Some(e) = k.as_expression() {
            self.expression(e);
        }
    }

    /// Walks a statement list; `function_body` is true for a function's (or the
    /// program's) top-level list.
    fn statements(&mut self, list: &[Statement<'_>], function_body: bool) {
        let start = list.first().map(|s| s.span().start).unwrap_or(0);
        let point = if function_body {
            *self.list_start.last().unwrap_or(&start)
        } else {
            start
        };
        self.list_start.push(point);
        // Hoisted declarations first, so their facts exist before references.
        for s in list {
            if let Statement::FunctionDeclaration(f) = s
                && let Some(id) = &f.id
            {
                self.declare(id, SymKind::Function, point);
                if let Some(sid) = id.symbol_id.get() {
                    let facts = self.symbols.get_mut(&sid).expect("declared");
                    facts.block_function |= !function_body;
                    facts.init_point = facts.init_point.min(point);
                }
            }
        }
        for s in list {
            self.statement(s, point);
            // A block's statements are recorded by its own list.
            if !matches!(s, Statement::BlockStatement(_))
                && !constants::inert_statement(s, &|id| self.name_kind(id))
            {
                let f = self.current();
                let span = s.span();
                self.active
                    .entry(f)
                    .or_default()
                    .push((span.start, span.end));
            }
        }
        self.list_start.pop();
    }

    /// The value of a constant read at `id`, when the read is in the
    /// constant's own function after its initialization (so certainly
    /// initialized), or of `undefined`, `NaN`, `Infinity`.
    fn constant_value(&self, id: &IdentifierReference<'_>) -> Option<Constant> {
        let rid = id.reference_id.get()?;
        match self.oxc.get_reference(rid).symbol_id() {
            Some(s) => {
                let value = self.constants.get(&s)?;
                let facts = self.symbols.get(&s)?;
                (facts.func == self.current() && id.span.start >= facts.init_point)
                    .then(|| value.clone())
            }
            None => match id.name.as_str() {
                "undefined" => Some(Constant::Undefined),
                "NaN" => Some(Constant::Number(f64::NAN)),
                "Infinity" => Some(Constant::Number(f64::INFINITY)),
                _ => None,
            },
        }
    }

    /// What `id` names (see `constants::NameKind`): a constant (a primitive
    /// once initialized; a read before throws) or `undefined`, `NaN`,
    /// `Infinity`; another binding; or a global object property.
    fn name_kind(&self, id: &IdentifierReference<'_>) -> constants::NameKind {
        use constants::NameKind;
        let Some(rid) = id.reference_id.get() else {
            return NameKind::Global;
        };
        match self.oxc.get_reference(rid).symbol_id() {
            Some(s) if self.constants.contains_key(&s) => NameKind::Primitive,
            Some(_) => NameKind::Binding,
            None if matches!(id.name.as_str(), "undefined" | "NaN" | "Infinity") => {
                NameKind::Primitive
            }
            None => NameKind::Global,
        }
    }

    fn var_declaration(&mut self, d: &VariableDeclaration<'_>, for_head: bool) {
        let kind = match d.kind {
            VariableDeclarationKind::Var => SymKind::Var,
            VariableDeclarationKind::Let => SymKind::Let,
            _ => SymKind::Const,
        };
        for decl in &d.declarations {
            if let Some(init) = &decl.init {
                self.expression(init);
            }
            let init_point = match kind {
                SymKind::Var if decl.init.is_none() => 0,
                _ => decl.span.end,
            };
            self.pattern(&decl.id, kind, init_point);
            if let BindingPattern::BindingIdentifier(id) = &decl.id
                && let Some(s) = id.symbol_id.get()
                && kind != SymKind::Var
            {
                let init_function = match &decl.init {
                    Some(Expression::ArrowFunctionExpression(a)) => {
                        self.func_by_span.get(&(a.span.start, a.span.end)).copied()
                    }
                    Some(Expression::FunctionExpression(f)) => {
                        self.func_by_span.get(&(f.span.start, f.span.end)).copied()
                    }
                    _ => None,
                };
                let f = self.symbols.get_mut(&s).expect("declared");
                f.init_function = init_function;
                f.in_for_head = for_head;
                if kind == SymKind::Const
                    && !f.in_switch
                    && let Some(init) = &decl.init
                    && let Some(value) = constants::fold(init, &|id| self.constant_value(id))
                {
                    self.constants.insert(s, value);
                }
            }
            if kind == SymKind::Var && decl.init.is_some() {
                for id in decl.id.get_binding_identifiers() {
                    if let Some(s) = id.symbol_id.get() {
                        let f = self.symbols.get_mut(&s).expect("declared");
                        f.var_inits += 1;
                        // The initializer is the value from here on.
                        if f.var_inits == 1 {
                            f.init_point = decl.span.end;
                        }
                    }
                }
            }
            if kind == SymKind::Var && decl.id.is_destructuring_pattern() {
                for id in decl.id.get_binding_identifiers() {
                    if let Some(s) = id.symbol_id.get() {
                        self.symbols.get_mut(&s).expect("declared").var_inits += 1;
                    }
                }
            }
        }
    }

    fn statement(&mut self, s: &Statement<'_>, _point: u32) {
        match s {
            Statement::VariableDeclaration(d) => self.var_declaration(d, false),
            Statement::FunctionDeclaration(f) => {
                let point = *self.list_start.last().expect("list");
                let idx = self.function(f, false, point);
                if let Some(id) = &f.id
                    && let Some(sid) = id.symbol_id.get()
                    && let Some(facts) = self.symbols.get_mut(&sid)
                {
                    facts.declared_function = Some(idx);
                    // A sloppy-mode block-level declaration copies its block
                    // binding into the function's var of the name here.
                    if let Some(copy) = self.block_function_copies.get(&sid).copied() {
                        self.declare_symbol(copy.var, SymKind::Var, 0);
                        let func = self.current();
                        let refs = match copy.copy {
                            Some((read, write)) => {
                                vec![(read, sid, false), (write, copy.var, true)]
                            }
                            None => Vec::new(),
                        };
                        for (reference, symbol, write) in refs {
                            self.refs.push(RefFact {
                                reference,
                                symbol: Some(symbol),
                                func,
                                pos: f.span.start,
                                write,
                            });
                        }
                    }
                }
            }
            Statement::ClassDeclaration(c) => {
                self.class(c);
                if let Some(id) = &c.id {
                    self.declare(id, SymKind::Class, c.span.end);
                }
            }
            Statement::ExpressionStatement(e) => self.expression(&e.expression),
            Statement::BlockStatement(b) => self.statements(&b.body, false),
            Statement::IfStatement(i) => {
                self.expression(&i.test);
                self.sub_statement(&i.consequent);
                if let Some(a) = &i.alternate {
                    self.sub_statement(a);
                }
            }
            Statement::WhileStatement(w) => {
                self.enter_loop();
                self.expression(&w.test);
                self.sub_statement(&w.body);
                self.exit_loop();
            }
            Statement::DoWhileStatement(w) => {
                self.enter_loop();
                self.sub_statement(&w.body);
                self.expression(&w.test);
                self.exit_loop();
            }
            Statement::ForStatement(f) => {
                let mut head_symbols = Vec::new();
                if let Some(init) = &f.init {
                    match init {
                        ForStatementInit::VariableDeclaration(d) => {
                            if d.kind.is_var() {
                                self.enter_loop();
                                self.exit_loop();
                            }
                            self.var_declaration(d, true);
                            if d.kind.is_lexical() {
                                for decl in &d.declarations {
                                    for id in decl.id.get_binding_identifiers() {
                                        if let Some(s) = id.symbol_id.get() {
                                            head_symbols.push(s);
                                        }
                                    }
                                }
                            }
                        }
                        _ => self.expression(init.to_expression()),
                    }
                }
                self.enter_loop();
                if let Some(t) = &f.test {
                    self.expression(t);
                }
                if let Some(u) = &f.update {
                    self.expression(u);
                    if !head_symbols.is_empty() {
                        self.for_updates.push((u.span(), head_symbols));
                    }
                }
                self.sub_statement(&f.body);
                self.exit_loop();
            }
            Statement::ForInStatement(f) => {
                self.expression(&f.right);
                self.enter_loop();
                self.for_left(&f.left, f.span.start);
                self.sub_statement(&f.body);
                self.exit_loop();
            }
            Statement::ForOfStatement(f) => {
                self.expression(&f.right);
                self.enter_loop();
                self.for_left(&f.left, f.span.start);
                self.sub_statement(&f.body);
                self.exit_loop();
            }
            Statement::ReturnStatement(r) => {
                if let Some(a) = &r.argument {
                    self.expression(a);
                }
            }
            Statement::ThrowStatement(t) => self.expression(&t.argument),
            Statement::LabeledStatement(l) => {
                if let Statement::FunctionDeclaration(f) = &l.body {
                    self.errors.push(Diagnostic::unsupported(
                        f.span,
                        "labelled function declarations are",
                    ));
                }
                self.sub_statement(&l.body)
            }
            Statement::SwitchStatement(sw) => {
                self.expression(&sw.discriminant);
                self.switch_scopes.insert(sw.scope_id());
                let start = sw.span.start;
                self.list_start.push(start);
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expression(t);
                    }
                    for st in &c.consequent {
                        if let Statement::FunctionDeclaration(f) = st
                            && let Some(id) = &f.id
                        {
                            self.declare(id, SymKind::Function, start);
                            if let Some(sid) = id.symbol_id.get() {
                                self.symbols.get_mut(&sid).expect("declared").block_function = true;
                            }
                        }
                    }
                }
                for c in &sw.cases {
                    for st in &c.consequent {
                        self.statement(st, start);
                    }
                }
                self.list_start.pop();
            }
            Statement::TryStatement(t) => {
                self.statements(&t.block.body, false);
                if let Some(h) = &t.handler {
                    if let Some(p) = &h.param {
                        self.pattern(&p.pattern, SymKind::Catch, h.span.start);
                    }
                    self.statements(&h.body.body, false);
                }
                if let Some(f) = &t.finalizer {
                    self.statements(&f.body, false);
                }
            }
            _ => {}
        }
    }

    /// A statement in a position that is not a list (if/loop bodies).
    fn sub_statement(&mut self, s: &Statement<'_>) {
        match s {
            Statement::BlockStatement(b) => self.statements(&b.body, false),
            other => self.statements(std::slice::from_ref(other), false),
        }
    }

    fn for_left(&mut self, left: &ForStatementLeft<'_>, start: u32) {
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let kind = match d.kind {
                    VariableDeclarationKind::Var => SymKind::Var,
                    VariableDeclarationKind::Let => SymKind::Let,
                    _ => SymKind::Const,
                };
                for decl in &d.declarations {
                    self.pattern(&decl.id, kind, start);
                    if kind == SymKind::Var {
                        for id in decl.id.get_binding_identifiers() {
                            if let Some(s) = id.symbol_id.get() {
                                let f = self.symbols.get_mut(&s).expect("declared");
                                f.var_inits += 2;
                            }
                        }
                    }
                }
            }
            other => {
                if let Some(t) = other.as_assignment_target() {
                    self.assignment_target(t);
                }
            }
        }
    }

    fn enter_loop(&mut self) {
        *self.loop_depth.last_mut().expect("loop depth") += 1;
    }

    fn exit_loop(&mut self) {
        *self.loop_depth.last_mut().expect("loop depth") -= 1;
    }

    fn function(&mut self, f: &Function<'_>, is_expression: bool, hoist_point: u32) -> FuncIdx {
        let parent = self.current();
        let idx = FuncIdx(self.functions.len() as u32);
        let strict = self.functions[parent.0 as usize].strict
            || self.class_depth > 0
            || f.body
                .as_ref()
                .is_some_and(|b| b.has_use_strict_directive());
        self.functions.push(FuncFacts {
            parent: Some(parent),
            scope: Some(f.scope_id()),
            span: f.span,
            is_arrow: false,
            creation_point: if is_expression {
                f.span.start
            } else {
                hoist_point
            },
            free_vars: Vec::new(),
            uses_this: false,
            uses_arguments: false,
            uses_super: false,
            has_rest: false,
            simple_params: true,
            lifted: false,
            strict,
        });
        self.func_by_span.insert((f.span.start, f.span.end), idx);
        self.func_stack.push(idx);
        self.loop_depth.push(0);
        self.list_start.push(f.span.start);
        if is_expression && let Some(id) = &f.id {
            self.declare(id, SymKind::FunctionExprName, 0);
        }
        self.params(&f.params);
        if let Some(body) = &f.body {
            let point = body.span.start;
            *self.list_start.last_mut().expect("list") = point;
            self.statements(&body.statements, true);
        }
        self.list_start.pop();
        self.loop_depth.pop();
        self.func_stack.pop();
        idx
    }

    fn params(&mut self, params: &FormalParameters<'_>) {
        let f = self.current();
        self.functions[f.0 as usize].simple_params = params.is_simple_parameter_list();
        for p in &params.items {
            if let Some(init) = &p.initializer {
                self.expression(init);
            }
            self.pattern(&p.pattern, SymKind::Param, p.span.end);
        }
        if let Some(rest) = &params.rest {
            self.pattern(&rest.rest.argument, SymKind::Param, rest.span.end);
            let f = self.current();
            self.functions[f.0 as usize].has_rest = true;
        }
    }

    fn arrow(&mut self, a: &ArrowFunctionExpression<'_>) {
        let parent = self.current();
        let idx = FuncIdx(self.functions.len() as u32);
        let strict = self.functions[parent.0 as usize].strict || a.body.has_use_strict_directive();
        self.functions.push(FuncFacts {
            parent: Some(parent),
            scope: Some(a.scope_id()),
            span: a.span,
            is_arrow: true,
            creation_point: a.span.start,
            free_vars: Vec::new(),
            uses_this: false,
            uses_arguments: false,
            uses_super: false,
            has_rest: false,
            simple_params: true,
            lifted: false,
            strict,
        });
        self.func_by_span.insert((a.span.start, a.span.end), idx);
        self.func_stack.push(idx);
        self.loop_depth.push(0);
        self.list_start.push(a.body.span().start);
        self.params(&a.params);
        match a.get_expression() {
            Some(e) => self.expression(e),
            None => {
                if let Some(b) = a.body.as_function_body() {
                    self.statements(&b.statements, true);
                }
            }
        }
        self.list_start.pop();
        self.loop_depth.pop();
        self.func_stack.pop();
    }

    /// A synthetic function (class field initializers run as one).
    fn synthetic_function(&mut self, span: Span) -> FuncIdx {
        let parent = self.current();
        let idx = FuncIdx(self.functions.len() as u32);
        self.functions.push(FuncFacts {
            parent: Some(parent),
            scope: None,
            span,
            is_arrow: false,
            creation_point: span.start,
            free_vars: Vec::new(),
            uses_this: false,
            uses_arguments: false,
            uses_super: false,
            has_rest: false,
            simple_params: true,
            lifted: false,
            strict: true,
        });
        idx
    }

    fn in_function(&mut self, idx: FuncIdx, f: impl FnOnce(&mut Self)) {
        self.func_stack.push(idx);
        self.loop_depth.push(0);
        self.list_start
            .push(self.functions[idx.0 as usize].span.start);
        f(self);
        self.list_start.pop();
        self.loop_depth.pop();
        self.func_stack.pop();
    }

    fn class(&mut self, c: &Class<'_>) {
        if let Some(h) = c.heritage_expression() {
            self.expression(h);
        }
        if c.r#type == ClassType::ClassExpression
            && let Some(id) = &c.id
        {
            self.declare(id, SymKind::Class, c.span.end);
        }
        let has = |is_static: bool| {
            c.body.body.iter().any(
                |el| matches!(el, ClassElement::PropertyDefinition(p) if p.r#static == is_static),
            )
        };
        self.class_depth += 1;
        let instance = has(false).then(|| self.synthetic_function(c.body.span));
        let statics = has(true).then(|| self.synthetic_function(c.body.span));
        self.class_fields
            .insert((c.span.start, c.span.end), (instance, statics));
        for el in &c.body.body {
            match el {
                ClassElement::MethodDefinition(m) => {
                    self.property_key(&m.key);
                    self.function(&m.value, true, m.span.start);
                }
                ClassElement::PropertyDefinition(p) => {
                    if p.computed {
                        self.property_key(&p.key);
                    }
                    let target = if p.r#static { statics } else { instance };
                    if let (Some(v), Some(t)) = (&p.value, target) {
                        self.in_function(t, |w| w.expression(v));
                    }
                }
                _ => {}
            }
        }
        self.class_depth -= 1;
    }

    /// Notes `arguments[k] = v` (a computed key; `arguments.length = n` is
    /// not an alias): a sloppy function's `arguments` aliases its
    /// parameters, which bibao does not model (checked after the walk).
    fn arguments_write(&mut self, m: &MemberExpression<'_>) {
        if let MemberExpression::ComputedMemberExpression(c) = m
            && let Expression::Identifier(id) = &c.object
            && id.name.as_str() == "arguments"
            && id
                .reference_id
                .get()
                .is_some_and(|r| self.oxc.get_reference(r).symbol_id().is_none())
        {
            let f = self.current();
            self.arguments_writes.push((m.span(), f));
        }
    }

    fn assignment_target(&mut self, t: &AssignmentTarget<'_>) {
        match t {
            AssignmentTarget::AssignmentTargetIdentifier(id) => self.reference(id),
            AssignmentTarget::ArrayAssignmentTarget(a) => {
                for e in a.elements.iter().flatten() {
                    self.maybe_default_target(e);
                }
                if let Some(r) = &a.rest {
                    self.assignment_target(&r.target);
                }
            }
            AssignmentTarget::ObjectAssignmentTarget(o) => {
                for p in &o.properties {
                    match p {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(i) => {
                            self.reference(&i.binding);
                            if let Some(init) = &i.init {
                                self.expression(init);
                            }
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(pp) => {
                            self.property_key(&pp.name);
                            self.maybe_default_target(&pp.binding);
                        }
                    }
                }
                if let Some(r) = &o.rest {
                    self.assignment_target(&r.target);
                }
            }
            other => {
                if let Some(m) = other.as_member_expression() {
                    self.arguments_write(m);
                    self.member(m);
                }
            }
        }
    }

    fn maybe_default_target(&mut self, t: &AssignmentTargetMaybeDefault<'_>) {
        match t {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                self.assignment_target(&d.binding);
                self.expression(&d.init);
            }
            other => {
                if let Some(t) = other.as_assignment_target() {
                    self.assignment_target(t);
                }
            }
        }
    }

    fn member(&mut self, m: &MemberExpression<'_>) {
        match m {
            MemberExpression::StaticMemberExpression(s) => self.expression(&s.object),
            MemberExpression::ComputedMemberExpression(c) => {
                self.expression(&c.object);
                self.expression(&c.expression);
            }
            MemberExpression::PrivateFieldExpression(p) => self.expression(&p.object),
        }
    }

    fn arguments(&mut self, args: &[Argument<'_>]) {
        for a in args {
            match a {
                Argument::SpreadElement(s) => self.expression(&s.argument),
                other => self.expression(other.to_expression()),
            }
        }
    }

    fn expression(&mut self, e: &Expression<'_>) {
        match e {
            Expression::Identifier(id) => self.reference(id),
            Expression::ThisExpression(_) => {
                let f = self.current();
                self.this_uses.push(f);
            }
            Expression::Super(_) => {
                let f = self.current();
                self.super_uses.push(f);
            }
            Expression::ArrayExpression(a) => {
                for el in &a.elements {
                    match el {
                        ArrayExpressionElement::SpreadElement(s) => self.expression(&s.argument),
                        ArrayExpressionElement::Elision(_) => {}
                        other => self.expression(other.to_expression()),
                    }
                }
            }
            Expression::ObjectExpression(o) => {
                for p in &o.properties {
                    match p {
                        ObjectPropertyKind::ObjectProperty(p) => {
                            self.property_key(&p.key);
                            self.expression(&p.value);
                        }
                        ObjectPropertyKind::SpreadProperty(s) => self.expression(&s.argument),
                    }
                }
            }
            Expression::TemplateLiteral(t) => {
                for e in &t.expressions {
                    self.expression(e);
                }
            }
            Expression::TaggedTemplateExpression(t) => {
                self.expression(&t.tag);
                for e in &t.quasi.expressions {
                    self.expression(e);
                }
            }
            Expression::FunctionExpression(f) => {
                self.function(f, true, f.span.start);
            }
            Expression::ArrowFunctionExpression(a) => self.arrow(a),
            Expression::ClassExpression(c) => self.class(c),
            Expression::UnaryExpression(u) => self.expression(&u.argument),
            Expression::UpdateExpression(u) => match &u.argument {
                SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => self.reference(id),
                other => {
                    if let Some(m) = other.as_member_expression() {
                        self.arguments_write(m);
                        self.member(m);
                    }
                }
            },
            Expression::BinaryExpression(b) => {
                self.expression(&b.left);
                self.expression(&b.right);
            }
            Expression::LogicalExpression(l) => {
                self.expression(&l.left);
                self.expression(&l.right);
            }
            Expression::ConditionalExpression(c) => {
                self.expression(&c.test);
                self.expression(&c.consequent);
                self.expression(&c.alternate);
            }
            Expression::AssignmentExpression(a) => {
                self.assignment_target(&a.left);
                self.expression(&a.right);
            }
            Expression::SequenceExpression(s) => {
                for e in &s.expressions {
                    self.expression(e);
                }
            }
            Expression::CallExpression(c) => {
                if !c.optional
                    && let Expression::Identifier(id) = c.callee.without_parentheses()
                    && let Some(r) = id.reference_id.get()
                {
                    let spread = c
                        .arguments
                        .iter()
                        .any(|a| matches!(a, Argument::SpreadElement(_)));
                    self.callee_refs.insert(r, spread);
                }
                self.expression(&c.callee);
                self.arguments(&c.arguments);
            }
            Expression::NewExpression(n) => {
                self.expression(&n.callee);
                self.arguments(&n.arguments);
            }
            Expression::ParenthesizedExpression(p) => self.expression(&p.expression),
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => {
                    self.expression(&call.callee);
                    self.arguments(&call.arguments);
                }
                other => {
                    if let Some(m) = other.as_member_expression() {
                        self.member(m);
                    }
                }
            },
            Expression::StaticMemberExpression(s) => self.expression(&s.object),
            Expression::ComputedMemberExpression(c) => {
                self.expression(&c.object);
                self.expression(&c.expression);
            }
            Expression::PrivateFieldExpression(p) => self.expression(&p.object),
            Expression::AwaitExpression(a) => self.expression(&a.argument),
            Expression::YieldExpression(y) => {
                if let Some(a) = &y.argument {
                    self.expression(a);
                }
            }
            _ => {}
        }
    }
}

/// Is this symbol flagged as a `const` by oxc?
pub fn is_const_symbol(oxc: &Scoping, s: SymbolId) -> bool {
    oxc.symbol_flags(s).contains(SymbolFlags::ConstVariable)
}

/// A readable dump of the resolution (`bibao build --emit=scopes`).
pub fn describe(res: &Resolution, source: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, f) in res.functions.iter().enumerate() {
        let (line, col) = crate::diag::line_col(source, f.span.start);
        let free: Vec<String> = f
            .free_vars
            .iter()
            .map(|c| match c {
                Capture::This => "this".to_string(),
                Capture::Arguments => "arguments".to_string(),
                Capture::Home => "home".to_string(),
                Capture::Symbol(s) => res.name(*s).to_string(),
            })
            .collect();
        let _ = writeln!(
            out,
            "function #{i} at {line}:{col}{}: free [{}]",
            if f.is_arrow { " (arrow)" } else { "" },
            free.join(", ")
        );
        let mut syms: Vec<(&SymbolId, &SymbolFacts)> = res
            .symbols
            .iter()
            .filter(|(_, s)| s.func.0 as usize == i)
            .collect();
        syms.sort_by_key(|(s, _)| **s);
        for (s, facts) in syms {
            let repr = if facts.boxed {
                "boxed"
            } else if facts.captured {
                "copied into closures"
            } else {
                "local"
            };
            let _ = writeln!(
                out,
                "  {:?} {}: {repr}{}",
                facts.kind,
                res.name(*s),
                if facts.any_tdz_check {
                    ", TDZ-checked"
                } else {
                    ""
                }
            );
        }
    }
    out
}
