//! Closure conversion: the AST plus resolve's tables become flat IR functions.
//!
//! Each JS function becomes an [`ir::Function`] with
//! - a local for every binding it declares (a box, when resolve says `boxed`),
//! - an environment slot for every free variable (the value itself, or the box),
//! - explicit `box_new` where boxed bindings come to life: at function entry
//!   (`var`, parameters), at block entry (`let`/`const`, fresh per loop
//!   iteration), and per iteration for boxed `for (let ...)` heads;
//! - explicit closure allocations that fill the new closure's environment from
//!   the creator's locals and environment.
//!
//! This is the only pass that knows about environments. It never looks a name
//! up: it asks the [`Resolution`].

use crate::diag::Diagnostic;
use crate::ir::{
    self, BinOp, Expr, FuncId, LabelId, LocalId, LogicalOp, Stmt, StrId, Target, UnOp,
};
use crate::resolve::{Capture, Constant, FuncIdx, Resolution, SymKind};
use oxc_ast::ast::*;
use oxc_semantic::SymbolId;
use oxc_span::{GetSpan, Span};
use std::collections::HashMap;

mod callees;
mod curry;
mod inline;

type R<T> = Result<T, Diagnostic>;

struct Label {
    name: Option<String>,
    /// Labels written before `name` on the same statement (`a: b: for`).
    aliases: Vec<String>,
    id: LabelId,
    is_loop: bool,
    /// Unlabelled `break` may target it (loops and switches).
    breakable: bool,
}

impl Label {
    fn is_named(&self, name: &str) -> bool {
        self.name.as_deref() == Some(name) || self.aliases.iter().any(|a| a == name)
    }
}

struct FnState {
    idx: FuncIdx,
    locals: Vec<ir::LocalDecl>,
    local_names: HashMap<String, u32>,
    symbol_locals: HashMap<SymbolId, LocalId>,
    env: Vec<ir::EnvDecl>,
    env_index: HashMap<Capture, ir::EnvSlot>,
    labels: Vec<Label>,
    /// Outer labels of a labelled statement that is itself labelled, for
    /// the next named label (`a: b: for`: `a`, until `b` is made).
    pending_label_aliases: Vec<String>,
    label_count: u32,
    this_local: Option<LocalId>,
    arguments_local: Option<LocalId>,
    /// In a class constructor: (this, new.target, derived).
    ctor: Option<(LocalId, LocalId, bool)>,
    /// The method's home object (for `super`), when it uses `super`.
    home_local: Option<LocalId>,
    is_arrow: bool,
    /// A lifted function: the parameters receiving its captured variables.
    lifted: Vec<(Capture, LocalId)>,
    /// How deep in a destructuring pattern the conversion is (0: not in
    /// one, 1: its outermost object or array pattern).
    pattern_depth: u32,
}

struct Converter<'r> {
    res: &'r Resolution,
    source: &'r str,
    strings: Vec<Vec<u16>>,
    string_ids: HashMap<Vec<u16>, StrId>,
    functions: Vec<Option<ir::Function>>,
    stack: Vec<FnState>,
    /// Symbols declared by each function, in declaration order.
    symbols_of: HashMap<FuncIdx, Vec<SymbolId>>,
}

pub fn convert(
    program: &Program<'_>,
    res: &Resolution,
    source: &str,
    source_name: &str,
) -> R<ir::Module> {
    let mut symbols_of: HashMap<FuncIdx, Vec<SymbolId>> = HashMap::new();
    let mut all: Vec<(&SymbolId, &crate::resolve::SymbolFacts)> = res.symbols.iter().collect();
    all.sort_by_key(|(s, _)| **s);
    for (s, f) in all {
        symbols_of.entry(f.func).or_default().push(*s);
    }
    let mut c = Converter {
        res,
        source,
        strings: Vec::new(),
        string_ids: HashMap::new(),
        functions: (0..res.functions.len()).map(|_| None).collect(),
        stack: Vec::new(),
        symbols_of,
    };
    c.string("");
    c.function_body(
        FuncIdx(0),
        ir::FuncKind::Main,
        "main",
        None,
        &[],
        Body::Stmts(&program.body),
        program.span,
    )?;
    let functions = c
        .functions
        .into_iter()
        .enumerate()
        .map(|(i, f)| f.unwrap_or_else(|| panic!("function {i} was never converted")))
        .collect();
    let mut module = ir::Module {
        functions,
        strings: c.strings,
        source_name: source_name.to_string(),
    };
    curry::specialize(&mut module);
    inline::inline_calls(&mut module);
    ir::params::type_params(&mut module);
    Ok(module)
}

/// Globals of node (and names of its CommonJS module scope) that the
/// runtime does not have. A program that reads one, even with `typeof`
/// (feature detection would take another path than under node), is outside
/// the subset: the compiler says so instead of building a program that
/// fails or behaves differently at run time.
const UNSUPPORTED_GLOBALS: &[&str] = &[
    "AbortController",
    "AggregateError",
    "ArrayBuffer",
    "Atomics",
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "Buffer",
    "DataView",
    "EvalError",
    "Event",
    "EventTarget",
    "FinalizationRegistry",
    "Float32Array",
    "Float64Array",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "Intl",
    "Promise",
    "Proxy",
    "Reflect",
    "RegExp",
    "SharedArrayBuffer",
    "Symbol",
    "TextDecoder",
    "TextEncoder",
    "URIError",
    "URL",
    "URLSearchParams",
    "Uint16Array",
    "Uint32Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakRef",
    "WeakSet",
    "WebAssembly",
    "__dirname",
    "__filename",
    "atob",
    "btoa",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "crypto",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "escape",
    "eval",
    "exports",
    "fetch",
    "global",
    "module",
    "performance",
    "process",
    "queueMicrotask",
    "require",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
    "unescape",
];

fn unsupported_global(span: Span, name: &str) -> Diagnostic {
    Diagnostic::unsupported(span, &format!("the global `{name}` is"))
        .with_help("bibao programs have no event loop, host APIs, symbols or regular expressions")
}

/// A function body: statements, or an arrow's expression.
enum Body<'b, 'a> {
    Stmts(&'b [Statement<'a>]),
    Expr(&'b Expression<'a>),
    /// Class field initializers.
    Fields(Vec<&'b PropertyDefinition<'a>>),
}

impl<'r> Converter<'r> {
    fn string(&mut self, s: &str) -> StrId {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.string_units(units)
    }

    fn string_units(&mut self, units: Vec<u16>) -> StrId {
        if let Some(id) = self.string_ids.get(&units) {
            return *id;
        }
        let id = StrId(self.strings.len() as u32);
        self.strings.push(units.clone());
        self.string_ids.insert(units, id);
        id
    }

    fn st(&mut self) -> &mut FnState {
        self.stack.last_mut().expect("function state")
    }

    fn new_local(&mut self, name: &str, boxed: bool) -> LocalId {
        let st = self.st();
        let n = st.local_names.entry(name.to_string()).or_insert(0);
        let unique = if *n == 0 {
            name.to_string()
        } else {
            format!("{name}.{n}")
        };
        *n += 1;
        let id = LocalId(st.locals.len() as u32);
        st.locals.push(ir::LocalDecl {
            name: unique,
            boxed,
        });
        id
    }

    /// The local holding symbol `s` (declared by the current function).
    fn symbol_local(&mut self, s: SymbolId) -> LocalId {
        if let Some(l) = self.st().symbol_locals.get(&s) {
            return *l;
        }
        let name = self.res.name(s).to_string();
        let boxed = self.res.symbol(s).boxed;
        let l = self.new_local(&name, boxed);
        self.st().symbol_locals.insert(s, l);
        l
    }

    fn new_label(&mut self, name: Option<String>, is_loop: bool, breakable: bool) -> LabelId {
        let st = self.st();
        let id = LabelId(st.label_count);
        st.label_count += 1;
        let aliases = if name.is_some() {
            std::mem::take(&mut st.pending_label_aliases)
        } else {
            Vec::new()
        };
        st.labels.push(Label {
            name,
            aliases,
            id,
            is_loop,
            breakable,
        });
        id
    }

    fn pop_label(&mut self) {
        self.st().labels.pop();
    }

    fn line_col(&self, pos: u32) -> (u32, u32) {
        let (l, c) = crate::diag::line_col(self.source, pos);
        (l as u32, c as u32)
    }

    // ---- functions --------------------------------------------------------

    #[allow(clippy::too_many_arguments)]
    fn function_body(
        &mut self,
        idx: FuncIdx,
        kind: ir::FuncKind,
        js_name: &str,
        self_name: Option<SymbolId>,
        params: &[&FormalParameters<'_>],
        body: Body<'_, '_>,
        span: Span,
    ) -> R<FuncId> {
        let facts = &self.res.functions[idx.0 as usize];
        let is_arrow = kind == ir::FuncKind::Arrow;
        let mut env = Vec::new();
        let mut env_index = HashMap::new();
        // A lifted function receives its captures as parameters instead.
        let env_caps: &[Capture] = if facts.lifted { &[] } else { &facts.free_vars };
        for (i, cap) in env_caps.iter().enumerate() {
            let (name, boxed) = match cap {
                Capture::This => ("this".to_string(), false),
                Capture::Arguments => ("arguments".to_string(), false),
                Capture::Home => ("home".to_string(), false),
                Capture::Symbol(s) => (self.res.name(*s).to_string(), self.res.symbol(*s).boxed),
            };
            env.push(ir::EnvDecl { name, boxed });
            env_index.insert(*cap, ir::EnvSlot(i as u32));
        }
        self.stack.push(FnState {
            idx,
            locals: Vec::new(),
            local_names: HashMap::new(),
            symbol_locals: HashMap::new(),
            env,
            env_index,
            labels: Vec::new(),
            pending_label_aliases: Vec::new(),
            label_count: 0,
            this_local: None,
            arguments_local: None,
            ctor: None,
            home_local: None,
            is_arrow,
            lifted: Vec::new(),
            pattern_depth: 0,
        });
        let _ = self_name;
        let facts = &self.res.functions[idx.0 as usize];
        if facts.lifted {
            for cap in facts.free_vars.clone() {
                let Capture::Symbol(s) = cap else {
                    panic!("lifted function captures {cap:?}");
                };
                let name = self.res.name(s).to_string();
                let l = self.new_local(&name, self.res.symbol(s).boxed);
                self.st().lifted.push((cap, l));
            }
        }
        let mut prologue = Vec::new();
        if let ir::FuncKind::ClassConstructor { derived } = kind {
            let nt = self.new_local("new.target", false);
            let this = self.new_local("this", false);
            self.st().this_local = Some(this);
            self.st().ctor = Some((this, nt, derived));
            prologue.push(Stmt::Expr(Expr::Assign(
                Target::Local(nt),
                Box::new(Expr::Intrinsic(ir::Intrinsic::NewTarget, vec![])),
            )));
            prologue.push(Stmt::Expr(Expr::Assign(
                Target::Local(this),
                Box::new(Expr::Intrinsic(
                    ir::Intrinsic::ClassThis,
                    vec![Expr::Callee, Expr::ThisArg, Expr::Local(nt)],
                )),
            )));
        } else if !is_arrow && facts.uses_this {
            let l = self.new_local("this", false);
            self.st().this_local = Some(l);
            prologue.push(Stmt::Expr(Expr::Assign(
                Target::Local(l),
                Box::new(Expr::ThisArg),
            )));
        }
        if !is_arrow && facts.uses_super {
            let l = self.new_local("home", false);
            self.st().home_local = Some(l);
            prologue.push(Stmt::Expr(Expr::Assign(
                Target::Local(l),
                Box::new(Expr::Intrinsic(
                    ir::Intrinsic::FunctionHome,
                    vec![Expr::Callee],
                )),
            )));
        }
        let facts = &self.res.functions[idx.0 as usize];
        let arguments_local = if !is_arrow && facts.uses_arguments {
            let l = self.new_local("arguments", false);
            self.st().arguments_local = Some(l);
            Some(l)
        } else {
            None
        };
        let has_defaults = params
            .iter()
            .any(|p| p.items.iter().any(|i| i.initializer.is_some()));
        let simple_params: Vec<SymbolId> = params
            .iter()
            .flat_map(|p| p.items.iter())
            .filter_map(|item| match &item.pattern {
                BindingPattern::BindingIdentifier(id) => Some(id.symbol_id()),
                _ => None,
            })
            .collect();
        // Boxed function-scoped bindings come to life at entry.
        let syms = self.symbols_of.get(&idx).cloned().unwrap_or_default();
        for s in syms {
            let f = self.res.symbol(s);
            // Boxed parameters get their box before any default value runs (a
            // default's closure may capture one); the value is stored below.
            let pattern_param =
                f.kind == SymKind::Param && (has_defaults || !simple_params.contains(&s));
            let function_scoped =
                f.kind == SymKind::Var || f.kind == SymKind::Function || pattern_param;
            if f.boxed && function_scoped {
                let l = self.symbol_local(s);
                prologue.push(Stmt::Expr(Expr::Assign(
                    Target::Local(l),
                    Box::new(Expr::BoxNew(Box::new(Expr::Undefined))),
                )));
            }
        }
        let mut param_locals = Vec::new();
        let mut rest_local = None;
        let mut length = 0;
        let mut seen_default = false;
        for p in params {
            for (position, item) in p.items.iter().enumerate() {
                if item.initializer.is_none() && !seen_default {
                    length += 1;
                } else {
                    seen_default = true;
                }
                let simple = match &item.pattern {
                    BindingPattern::BindingIdentifier(id) => Some(id.symbol_id()),
                    _ => None,
                };
                let param = match simple {
                    Some(s) if !self.res.symbol(s).boxed => self.symbol_local(s),
                    Some(s) => {
                        let n = format!("{}.arg", self.res.name(s));
                        self.new_local(&n, false)
                    }
                    None => self.new_local(&format!("arg{position}"), false),
                };
                param_locals.push(param);
                if let Some(init) = &item.initializer {
                    let name = simple.map(|s| self.res.name(s).to_string());
                    let v = self.expr_named(init, name.as_deref())?;
                    prologue.push(Stmt::If(
                        is_undefined(Expr::Local(param)),
                        vec![Stmt::Expr(Expr::Assign(Target::Local(param), Box::new(v)))],
                        vec![],
                    ));
                }
                match simple {
                    Some(s) if self.res.symbol(s).boxed && has_defaults => {
                        let target = self.init_target(s);
                        prologue.push(Stmt::Expr(Expr::Assign(
                            target,
                            Box::new(Expr::Local(param)),
                        )));
                    }
                    Some(s) if self.res.symbol(s).boxed => {
                        let target = self.symbol_local(s);
                        prologue.push(Stmt::Expr(Expr::Assign(
                            Target::Local(target),
                            Box::new(Expr::BoxNew(Box::new(Expr::Local(param)))),
                        )));
                    }
                    Some(_) => {}
                    None => {
                        let mut binds = Vec::new();
                        self.bind_pattern(&item.pattern, Expr::Local(param), &mut binds)?;
                        prologue.extend(binds.into_iter().map(Stmt::Expr));
                    }
                }
            }
            if let Some(rest) = &p.rest {
                let pattern = &rest.rest.argument;
                let l = self.new_local("rest", false);
                rest_local = Some(l);
                let mut binds = Vec::new();
                self.bind_pattern(pattern, Expr::Local(l), &mut binds)?;
                prologue.extend(binds.into_iter().map(Stmt::Expr));
            }
        }
        let mut stmts = prologue;
        match body {
            Body::Stmts(list) => self.statement_list(list, &mut stmts)?,
            Body::Expr(e) => {
                let v = self.expr(e)?;
                stmts.push(Stmt::Return(v));
            }
            Body::Fields(fields) => {
                let this = self.this_expr();
                for f in fields {
                    if f.computed {
                        return Err(Diagnostic::unsupported(
                            f.span,
                            "computed class field names are",
                        ));
                    }
                    let key = self.property_key_expr(&f.key, false)?;
                    let name = match &key {
                        Expr::Str(s) => Some(String::from_utf16_lossy(&self.strings[s.index()])),
                        _ => None,
                    };
                    let value = match &f.value {
                        Some(v) => self.expr_named(v, name.as_deref())?,
                        None => Expr::Undefined,
                    };
                    stmts.push(Stmt::Expr(Expr::Intrinsic(
                        ir::Intrinsic::DefineField,
                        vec![this.clone(), key, value],
                    )));
                }
            }
        }
        if let Some((this, _, derived)) = self.st().ctor {
            stmts.push(Stmt::Return(Expr::Intrinsic(
                ir::Intrinsic::ClassReturn,
                vec![Expr::Undefined, Expr::Local(this), Expr::Bool(derived)],
            )));
        }
        let st = self.stack.pop().expect("function state");
        let lifted = self.res.functions[idx.0 as usize].lifted.then(|| {
            param_locals.extend(st.lifted.iter().map(|(_, l)| *l));
            st.lifted.len() as u32
        });
        let (line, col) = self.line_col(span.start);
        let strict = self.res.functions[idx.0 as usize].strict;
        let name_id = self.string(js_name);
        let debug_name = if js_name.is_empty() {
            "anonymous".to_string()
        } else {
            js_name.to_string()
        };
        self.functions[idx.0 as usize] = Some(ir::Function {
            debug_name,
            js_name: name_id,
            line,
            col,
            kind,
            strict,
            is_constructor: kind == ir::FuncKind::Function,
            length,
            params: param_locals,
            rest: rest_local,
            arguments: arguments_local,
            locals: st.locals,
            env: st.env,
            body: stmts,
            label_count: st.label_count,
            lifted,
            copy_of: None,
            param_kinds: Vec::new(),
        });
        Ok(FuncId(idx.0))
    }

    /// Converts a nested function and returns the expression allocating its closure.
    fn function_closure(
        &mut self,
        f: &Function<'_>,
        name: Option<&str>,
        kind: ir::FuncKind,
    ) -> R<Expr> {
        if f.generator {
            return Err(Diagnostic::unsupported(f.span, "generator functions are"));
        }
        if f.r#async {
            return Err(Diagnostic::unsupported(f.span, "async functions are"));
        }
        let idx = self.res.func_of(f.span);
        let js_name = match &f.id {
            Some(id) => id.name.as_str().to_string(),
            None => name.unwrap_or("").to_string(),
        };
        let self_name = f.id.as_ref().and_then(|id| id.symbol_id.get());
        let body = match &f.body {
            Some(b) => Body::Stmts(&b.statements[..]),
            None => Body::Stmts(&[]),
        };
        let id = self.function_body(idx, kind, &js_name, self_name, &[&f.params], body, f.span)?;
        Ok(self.closure_expr(id, idx))
    }

    fn arrow_closure(&mut self, a: &ArrowFunctionExpression<'_>, name: Option<&str>) -> R<Expr> {
        if a.r#async {
            return Err(Diagnostic::unsupported(a.span, "async functions are"));
        }
        let idx = self.res.func_of(a.span);
        let js_name = name.unwrap_or("").to_string();
        let body = match a.get_expression() {
            Some(e) => Body::Expr(e),
            None => match a.body.as_function_body() {
                Some(b) => Body::Stmts(&b.statements),
                None => return Err(Diagnostic::new(a.span, "internal: arrow without a body")),
            },
        };
        let id = self.function_body(
            idx,
            ir::FuncKind::Arrow,
            &js_name,
            None,
            &[&a.params],
            body,
            a.span,
        )?;
        Ok(self.closure_expr(id, idx))
    }

    /// `closure @f [...]`, filling each environment slot from the current function.
    fn closure_expr(&mut self, id: FuncId, idx: FuncIdx) -> Expr {
        let caps = self.res.functions[idx.0 as usize].free_vars.clone();
        let captures = caps.iter().map(|c| self.capture_operand(*c)).collect();
        Expr::Closure { func: id, captures }
    }

    /// How the current function passes on capture `c`: the raw value or box.
    fn capture_operand(&mut self, c: Capture) -> Expr {
        match c {
            Capture::This => {
                let st = self.st();
                if st.is_arrow {
                    Expr::Env(st.env_index[&Capture::This])
                } else {
                    match st.this_local {
                        Some(l) => Expr::Local(l),
                        None => Expr::ThisArg,
                    }
                }
            }
            Capture::Arguments => {
                let st = self.st();
                if st.is_arrow {
                    Expr::Env(st.env_index[&Capture::Arguments])
                } else {
                    match st.arguments_local {
                        Some(l) => Expr::Local(l),
                        None => Expr::Undefined,
                    }
                }
            }
            Capture::Home => {
                let st = self.st();
                if st.is_arrow {
                    Expr::Env(st.env_index[&Capture::Home])
                } else {
                    match st.home_local {
                        Some(l) => Expr::Local(l),
                        None => Expr::Undefined,
                    }
                }
            }
            Capture::Symbol(s) => self.raw_symbol(s),
        }
    }

    /// The symbol's slot as the current function sees it, without unboxing.
    fn raw_symbol(&mut self, s: SymbolId) -> Expr {
        let facts = self.res.symbol(s);
        let cur = self.st().idx;
        if facts.func == cur {
            if facts.kind == SymKind::FunctionExprName {
                return Expr::Callee;
            }
            Expr::Local(self.symbol_local(s))
        } else {
            let st = self.st();
            if let Some((_, l)) = st.lifted.iter().find(|(c, _)| *c == Capture::Symbol(s)) {
                return Expr::Local(*l);
            }
            match st.env_index.get(&Capture::Symbol(s)) {
                Some(slot) => Expr::Env(*slot),
                None => panic!(
                    "symbol {} is not in the environment of {:?}",
                    self.res.name(s),
                    cur
                ),
            }
        }
    }

    // ---- bindings ------------------------------------------------------------

    fn read_symbol(&mut self, s: SymbolId, reference: Option<oxc_semantic::ReferenceId>) -> Expr {
        let facts = self.res.symbol(s);
        let boxed = facts.boxed;
        let raw = self.raw_symbol(s);
        let v = if boxed && !matches!(raw, Expr::Callee) {
            Expr::BoxGet(Box::new(raw))
        } else {
            raw
        };
        match reference {
            Some(r) if self.res.tdz_checks.contains(&r) => {
                let name = self.string(self.res.name(s));
                Expr::TdzCheck(Box::new(v), name)
            }
            _ => v,
        }
    }

    /// Target for an ordinary assignment to `s` (not its initialization).
    fn write_target(
        &mut self,
        s: SymbolId,
        reference: Option<oxc_semantic::ReferenceId>,
    ) -> Target {
        let facts = self.res.symbol(s);
        let kind = facts.kind;
        let name = self.string(self.res.name(s));
        if kind == SymKind::FunctionExprName {
            if self.res.functions[self.st().idx.0 as usize].strict {
                return Target::Const(Box::new(Target::Ignored), name);
            }
            return Target::Ignored;
        }
        let base = self.init_target(s);
        let t = if kind == SymKind::Const {
            Target::Const(Box::new(base), name)
        } else {
            base
        };
        match reference {
            Some(r) if self.res.tdz_checks.contains(&r) => Target::TdzChecked(Box::new(t), name),
            _ => t,
        }
    }

    /// Target for initializing `s` (declarations): no TDZ or const checks.
    fn init_target(&mut self, s: SymbolId) -> Target {
        let boxed = self.res.symbol(s).boxed;
        let raw = self.raw_symbol(s);
        if boxed {
            Target::Box(Box::new(raw))
        } else {
            match raw {
                Expr::Local(l) => Target::Local(l),
                _ => Target::Ignored,
            }
        }
    }

    // ---- statements -------------------------------------------------------------

    /// Lexical declarations of a statement list come to life (boxes, TDZ
    /// markers), hoisted function declarations are created, then the statements run.
    fn statement_list(&mut self, list: &[Statement<'_>], out: &mut Vec<Stmt>) -> R<()> {
        self.enter_scope(list.iter(), out)?;
        for s in list {
            self.statement(s, out)?;
        }
        Ok(())
    }

    /// A boxed `let`/`const`/`class` that nothing can touch before its
    /// declaration runs gets its box there (`%x = box_new(init)`), not at
    /// scope entry.
    fn box_at_declaration(&self, s: SymbolId) -> bool {
        let f = self.res.symbol(s);
        f.boxed
            && matches!(f.kind, SymKind::Let | SymKind::Const | SymKind::Class)
            && !f.any_tdz_check
            && !f.early_capture
            && !f.in_switch
    }

    /// Initializes a binding (declarations, patterns).
    fn init_assign(&mut self, s: SymbolId, value: Expr) -> Expr {
        if self.box_at_declaration(s) {
            let l = self.symbol_local(s);
            return Expr::Assign(Target::Local(l), Box::new(Expr::BoxNew(Box::new(value))));
        }
        let t = self.init_target(s);
        Expr::Assign(t, Box::new(value))
    }

    fn lexical_entry(&mut self, s: SymbolId, out: &mut Vec<Stmt>) {
        let f = self.res.symbol(s);
        if self.box_at_declaration(s) {
            return;
        }
        if f.boxed {
            let l = self.symbol_local(s);
            out.push(Stmt::Expr(Expr::Assign(
                Target::Local(l),
                Box::new(Expr::BoxNew(Box::new(Expr::Uninit))),
            )));
        } else if f.any_tdz_check {
            let l = self.symbol_local(s);
            out.push(Stmt::Expr(Expr::Assign(
                Target::Local(l),
                Box::new(Expr::Uninit),
            )));
        }
    }

    fn enter_scope<'x, 'a: 'x>(
        &mut self,
        list: impl Iterator<Item = &'x Statement<'a>> + Clone,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        for st in list.clone() {
            match st {
                Statement::VariableDeclaration(d) if d.kind.is_lexical() => {
                    for decl in &d.declarations {
                        for id in decl.id.get_binding_identifiers() {
                            self.lexical_entry(id.symbol_id(), out);
                        }
                    }
                }
                Statement::ClassDeclaration(c) => {
                    if let Some(id) = &c.id {
                        self.lexical_entry(id.symbol_id(), out);
                    }
                }
                _ => {}
            }
        }
        // Hoisted function declarations: create them all, then patch
        // environment slots that refer to declarations created after them.
        let mut batch: Vec<(SymbolId, LocalId, FuncIdx)> = Vec::new();
        // A boxed block-level function gets a fresh binding each time its
        // block is entered (like `let`), made before any of the block's
        // closures, which may capture it (a recursive function captures
        // itself); the function is stored into it below.
        for st in list.clone() {
            if let Statement::FunctionDeclaration(f) = st
                && let Some(id) = &f.id
                && !self.res.lifted.contains_key(&id.symbol_id())
                && self.res.symbol(id.symbol_id()).boxed
                && self.res.symbol(id.symbol_id()).block_function
            {
                let l = self.symbol_local(id.symbol_id());
                out.push(Stmt::Expr(Expr::Assign(
                    Target::Local(l),
                    Box::new(Expr::BoxNew(Box::new(Expr::Undefined))),
                )));
            }
        }
        for st in list {
            let Statement::FunctionDeclaration(f) = st else {
                continue;
            };
            let Some(id) = &f.id else { continue };
            let s = id.symbol_id();
            let closure = self.function_closure(f, None, ir::FuncKind::Function)?;
            if self.res.lifted.contains_key(&s) {
                continue;
            }
            let boxed = self.res.symbol(s).boxed;
            let holder = if boxed {
                let n = format!("{}.closure", id.name.as_str());
                self.new_local(&n, false)
            } else {
                self.symbol_local(s)
            };
            out.push(Stmt::Expr(Expr::Assign(
                Target::Local(holder),
                Box::new(closure),
            )));
            if boxed {
                let t = self.init_target(s);
                out.push(Stmt::Expr(Expr::Assign(t, Box::new(Expr::Local(holder)))));
            }
            batch.push((s, holder, self.res.func_of(f.span)));
        }
        for (i, (_, holder, fidx)) in batch.iter().enumerate() {
            let caps = self.res.functions[fidx.0 as usize].free_vars.clone();
            for (slot, cap) in caps.iter().enumerate() {
                let Capture::Symbol(cs) = cap else { continue };
                if let Some(j) = batch.iter().position(|(bs, _, _)| bs == cs)
                    && j >= i
                    && !self.res.symbol(*cs).boxed
                {
                    let value = self.raw_symbol(*cs);
                    out.push(Stmt::PatchEnv {
                        closure: *holder,
                        slot: ir::EnvSlot(slot as u32),
                        value,
                    });
                }
            }
        }
        Ok(())
    }

    fn block(&mut self, s: &Statement<'_>) -> R<Vec<Stmt>> {
        let mut out = Vec::new();
        match s {
            Statement::BlockStatement(b) => self.statement_list(&b.body, &mut out)?,
            other => self.statement_list(std::slice::from_ref(other), &mut out)?,
        }
        Ok(out)
    }

    fn var_declaration(&mut self, d: &VariableDeclaration<'_>, out: &mut Vec<Stmt>) -> R<()> {
        for decl in &d.declarations {
            let value = match (&decl.init, &decl.id) {
                (Some(init), BindingPattern::BindingIdentifier(id)) => {
                    self.expr_named(init, Some(id.name.as_str()))?
                }
                (Some(init), _) => self.expr(init)?,
                (None, BindingPattern::BindingIdentifier(_)) if d.kind.is_var() => continue,
                (None, BindingPattern::BindingIdentifier(_)) => Expr::Undefined,
                (None, _) => {
                    return Err(Diagnostic::new(
                        decl.span,
                        "SyntaxError: Missing initializer in destructuring declaration",
                    ));
                }
            };
            if let BindingPattern::BindingIdentifier(id) = &decl.id
                && self.res.lifted.contains_key(&id.symbol_id())
            {
                // Its function is converted; no closure is made.
                continue;
            }
            let mut binds = Vec::new();
            self.bind_pattern(&decl.id, value, &mut binds)?;
            out.extend(binds.into_iter().map(Stmt::Expr));
        }
        Ok(())
    }

    /// A temporary local holding `value`; returns (its assignment, its read).
    fn temp(&mut self, name: &str, value: Expr) -> (Expr, Expr) {
        let l = self.new_local(name, false);
        (
            Expr::Assign(Target::Local(l), Box::new(value)),
            Expr::Local(l),
        )
    }

    /// Binds (initializes) the names of a binding pattern from `value`,
    /// appending the expressions to evaluate in order.
    fn bind_pattern(
        &mut self,
        pat: &BindingPattern<'_>,
        value: Expr,
        out: &mut Vec<Expr>,
    ) -> R<()> {
        match pat {
            BindingPattern::BindingIdentifier(id) => {
                let e = self.init_assign(id.symbol_id(), value);
                out.push(e);
            }
            BindingPattern::AssignmentPattern(a) => {
                let name = match &a.left {
                    BindingPattern::BindingIdentifier(id) => Some(id.name.as_str().to_string()),
                    _ => None,
                };
                let (set, tmp) = self.temp("default", value);
                out.push(set);
                let default = self.expr_named(&a.right, name.as_deref())?;
                let v = Expr::Cond(
                    Box::new(is_undefined(tmp.clone())),
                    Box::new(default),
                    Box::new(tmp),
                );
                self.bind_pattern(&a.left, v, out)?;
            }
            BindingPattern::ArrayPattern(p) => {
                let (set, tmp) = self.temp("array", Expr::IterToArray(Box::new(value)));
                out.push(set);
                self.st().pattern_depth += 1;
                for (i, el) in p.elements.iter().enumerate() {
                    let Some(el) = el else { continue };
                    let item =
                        Expr::Member(Box::new(tmp.clone()), Box::new(Expr::Number(i as f64)));
                    self.bind_pattern(el, item, out)?;
                }
                self.st().pattern_depth -= 1;
                if let Some(r) = &p.rest {
                    let n = Expr::Number(p.elements.len() as f64);
                    let rest = Expr::Intrinsic(ir::Intrinsic::ArraySliceFrom, vec![tmp.clone(), n]);
                    self.bind_pattern(&r.argument, rest, out)?;
                }
            }
            BindingPattern::ObjectPattern(p) => {
                // The first property names the error ("Cannot destructure property 'a' of ...").
                let first = match p.properties.first() {
                    Some(prop) if !prop.computed => self.property_key_expr(&prop.key, false)?,
                    _ => Expr::Undefined,
                };
                let nested = Expr::Bool(self.st().pattern_depth > 0);
                let checked = Expr::Intrinsic(
                    ir::Intrinsic::RequireObjectCoercible,
                    vec![value, first, nested],
                );
                let (set, tmp) = self.temp("object", checked);
                out.push(set);
                let mut keys = Vec::new();
                self.st().pattern_depth += 1;
                for prop in &p.properties {
                    let key = self.evaluated_key(&prop.key, prop.computed, out)?;
                    keys.push(key.clone());
                    let item = Expr::Member(Box::new(tmp.clone()), Box::new(key));
                    self.bind_pattern(&prop.value, item, out)?;
                }
                self.st().pattern_depth -= 1;
                if let Some(r) = &p.rest {
                    let rest = Expr::Intrinsic(
                        ir::Intrinsic::ObjectRest,
                        vec![tmp.clone(), Expr::Array(keys)],
                    );
                    self.bind_pattern(&r.argument, rest, out)?;
                }
            }
        }
        Ok(())
    }

    /// A property key as an expression (a string literal unless computed).
    fn property_key_expr(&mut self, key: &PropertyKey<'_>, computed: bool) -> R<Expr> {
        if computed {
            let k = key.as_expression().expect("computed key");
            return self.expr(k);
        }
        let name = match key {
            PropertyKey::StaticIdentifier(id) => id.name.as_str().to_string(),
            PropertyKey::StringLiteral(s) => s.value.as_str().to_string(),
            PropertyKey::NumericLiteral(n) => bibao_runtime_number_key(n.value),
            other => match other.static_name() {
                Some(n) => n.to_string(),
                None => {
                    return Err(Diagnostic::unsupported(
                        other.span(),
                        "this property key is",
                    ));
                }
            },
        };
        Ok(Expr::Str(self.string(&name)))
    }

    /// A property key evaluated once: a literal string, or a computed key
    /// stored in a temporary (evaluated in order, appended to `out`).
    fn evaluated_key(
        &mut self,
        key: &PropertyKey<'_>,
        computed: bool,
        out: &mut Vec<Expr>,
    ) -> R<Expr> {
        let k = self.property_key_expr(key, computed)?;
        if !computed {
            return Ok(k);
        }
        let (set, tmp) = self.temp("key", k);
        out.push(set);
        Ok(tmp)
    }

    /// Assigns through an assignment target (destructuring assignment, for-of heads).
    fn bind_target(&mut self, t: &AssignmentTarget<'_>, value: Expr, out: &mut Vec<Expr>) -> R<()> {
        match t {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                let target = self.identifier_target(id)?;
                out.push(Expr::Assign(target, Box::new(value)));
            }
            AssignmentTarget::StaticMemberExpression(m) => {
                let o = self.expr(&m.object)?;
                let k = Expr::Str(self.string(m.property.name.as_str()));
                out.push(Expr::Assign(
                    Target::Member(Box::new(o), Box::new(k)),
                    Box::new(value),
                ));
            }
            AssignmentTarget::ComputedMemberExpression(m) => {
                let o = self.expr(&m.object)?;
                let k = self.expr(&m.expression)?;
                out.push(Expr::Assign(
                    Target::Member(Box::new(o), Box::new(k)),
                    Box::new(value),
                ));
            }
            AssignmentTarget::ArrayAssignmentTarget(p) => {
                let (set, tmp) = self.temp("array", Expr::IterToArray(Box::new(value)));
                out.push(set);
                self.st().pattern_depth += 1;
                for (i, el) in p.elements.iter().enumerate() {
                    let Some(el) = el else { continue };
                    let item =
                        Expr::Member(Box::new(tmp.clone()), Box::new(Expr::Number(i as f64)));
                    self.bind_maybe_default(el, item, out)?;
                }
                self.st().pattern_depth -= 1;
                if let Some(r) = &p.rest {
                    let n = Expr::Number(p.elements.len() as f64);
                    let rest = Expr::Intrinsic(ir::Intrinsic::ArraySliceFrom, vec![tmp.clone(), n]);
                    self.bind_target(&r.target, rest, out)?;
                }
            }
            AssignmentTarget::ObjectAssignmentTarget(p) => {
                // The first property names the error (nested: as a read of
                // it would, "Cannot read properties of undefined (reading
                // 'a')").
                let nested = self.st().pattern_depth > 0;
                let first = match p.properties.first() {
                    Some(AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(i)) => {
                        Expr::Str(self.string(i.binding.name.as_str()))
                    }
                    Some(AssignmentTargetProperty::AssignmentTargetPropertyProperty(pp))
                        if !pp.computed =>
                    {
                        self.property_key_expr(&pp.name, false)?
                    }
                    _ => Expr::Undefined,
                };
                let checked = Expr::Intrinsic(
                    ir::Intrinsic::RequireObjectCoercible,
                    vec![value, first, Expr::Bool(nested)],
                );
                let (set, tmp) = self.temp("object", checked);
                out.push(set);
                let mut keys = Vec::new();
                self.st().pattern_depth += 1;
                for prop in &p.properties {
                    match prop {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(i) => {
                            let key = Expr::Str(self.string(i.binding.name.as_str()));
                            keys.push(key.clone());
                            let item = Expr::Member(Box::new(tmp.clone()), Box::new(key));
                            let item = match &i.init {
                                Some(init) => {
                                    let (set_v, v) = self.temp("default", item);
                                    out.push(set_v);
                                    let d = self.expr_named(init, Some(i.binding.name.as_str()))?;
                                    Expr::Cond(
                                        Box::new(is_undefined(v.clone())),
                                        Box::new(d),
                                        Box::new(v),
                                    )
                                }
                                None => item,
                            };
                            let target = self.identifier_target(&i.binding)?;
                            out.push(Expr::Assign(target, Box::new(item)));
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(pp) => {
                            let key = self.evaluated_key(&pp.name, pp.computed, out)?;
                            keys.push(key.clone());
                            let item = Expr::Member(Box::new(tmp.clone()), Box::new(key));
                            self.bind_maybe_default(&pp.binding, item, out)?;
                        }
                    }
                }
                self.st().pattern_depth -= 1;
                if let Some(r) = &p.rest {
                    let rest = Expr::Intrinsic(
                        ir::Intrinsic::ObjectRest,
                        vec![tmp.clone(), Expr::Array(keys)],
                    );
                    self.bind_target(&r.target, rest, out)?;
                }
            }
            other => {
                return Err(Diagnostic::unsupported(
                    other.span(),
                    "this assignment target is",
                ));
            }
        }
        Ok(())
    }

    fn bind_maybe_default(
        &mut self,
        t: &AssignmentTargetMaybeDefault<'_>,
        value: Expr,
        out: &mut Vec<Expr>,
    ) -> R<()> {
        match t {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                let (set, tmp) = self.temp("default", value);
                out.push(set);
                let name = match &d.binding {
                    AssignmentTarget::AssignmentTargetIdentifier(id) => {
                        Some(id.name.as_str().to_string())
                    }
                    _ => None,
                };
                let default = self.expr_named(&d.init, name.as_deref())?;
                let v = Expr::Cond(
                    Box::new(is_undefined(tmp.clone())),
                    Box::new(default),
                    Box::new(tmp),
                );
                self.bind_target(&d.binding, v, out)
            }
            other => match other.as_assignment_target() {
                Some(t) => self.bind_target(t, value, out),
                None => Err(Diagnostic::unsupported(
                    other.span(),
                    "this assignment target is",
                )),
            },
        }
    }

    fn find_break(&self, label: Option<&LabelIdentifier<'_>>, span: Span) -> R<LabelId> {
        let labels = &self.stack.last().expect("state").labels;
        let found = match label {
            Some(l) => labels.iter().rev().find(|x| x.is_named(l.name.as_str())),
            None => labels.iter().rev().find(|x| x.breakable),
        };
        found
            .map(|l| l.id)
            .ok_or_else(|| Diagnostic::new(span, "SyntaxError: Illegal break statement"))
    }

    fn find_continue(&self, label: Option<&LabelIdentifier<'_>>, span: Span) -> R<LabelId> {
        let labels = &self.stack.last().expect("state").labels;
        let found = match label {
            Some(l) => labels
                .iter()
                .rev()
                .find(|x| x.is_named(l.name.as_str()) && x.is_loop),
            None => labels.iter().rev().find(|x| x.is_loop),
        };
        found
            .map(|l| l.id)
            .ok_or_else(|| Diagnostic::new(span, "SyntaxError: Illegal continue statement"))
    }

    fn statement(&mut self, s: &Statement<'_>, out: &mut Vec<Stmt>) -> R<()> {
        self.labeled_statement(s, None, out)
    }

    fn labeled_statement(
        &mut self,
        s: &Statement<'_>,
        label: Option<String>,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        match s {
            Statement::VariableDeclaration(d) => self.var_declaration(d, out)?,
            Statement::FunctionDeclaration(f) => {
                // A sloppy-mode block-level declaration: its function, from
                // the block binding, into the function's var (`annex_b`).
                if let Some(id) = &f.id
                    && let Some(copy) = self.res.block_function_copies.get(&id.symbol_id())
                    && let Some((read, write)) = copy.copy
                {
                    let var = copy.var;
                    let value = self.read_symbol(id.symbol_id(), Some(read));
                    let target = self.write_target(var, Some(write));
                    out.push(Stmt::Expr(Expr::Assign(target, Box::new(value))));
                }
            }
            Statement::ExpressionStatement(e) => {
                let v = self.expr(&e.expression)?;
                out.push(Stmt::Expr(v));
            }
            Statement::EmptyStatement(_) | Statement::DebuggerStatement(_) => {}
            Statement::BlockStatement(b) => {
                let mut inner = Vec::new();
                if let Some(name) = label {
                    let id = self.new_label(Some(name), false, false);
                    self.statement_list(&b.body, &mut inner)?;
                    self.pop_label();
                    out.push(Stmt::Labeled(id, inner));
                } else {
                    self.statement_list(&b.body, &mut inner)?;
                    out.push(Stmt::Block(inner));
                }
            }
            Statement::IfStatement(i) => {
                if let Some(name) = label {
                    let id = self.new_label(Some(name), false, false);
                    let mut inner = Vec::new();
                    self.labeled_statement(s, None, &mut inner)?;
                    self.pop_label();
                    out.push(Stmt::Labeled(id, inner));
                    return Ok(());
                }
                let c = self.expr(&i.test)?;
                let t = self.block(&i.consequent)?;
                let e = match &i.alternate {
                    Some(a) => self.block(a)?,
                    None => Vec::new(),
                };
                out.push(Stmt::If(c, t, e));
            }
            Statement::WhileStatement(w) => {
                let id = self.new_label(label, true, true);
                let test = self.expr(&w.test)?;
                let body = self.block(&w.body)?;
                self.pop_label();
                out.push(Stmt::Loop {
                    label: id,
                    pre_test: Some(test),
                    body,
                    update: Vec::new(),
                    post_test: None,
                });
            }
            Statement::DoWhileStatement(w) => {
                let id = self.new_label(label, true, true);
                let body = self.block(&w.body)?;
                let test = self.expr(&w.test)?;
                self.pop_label();
                out.push(Stmt::Loop {
                    label: id,
                    pre_test: None,
                    body,
                    update: Vec::new(),
                    post_test: Some(test),
                });
            }
            Statement::ForStatement(f) => self.for_statement(f, label, out)?,
            Statement::ForInStatement(f) => {
                let obj = self.expr(&f.right)?;
                let (set, tmp) = self.temp("object", obj);
                out.push(Stmt::Expr(set));
                let keys = Expr::Intrinsic(ir::Intrinsic::ForInKeys, vec![tmp.clone()]);
                let keys = (keys, Expr::Undefined);
                self.for_each_loop(&f.left, keys, &f.body, label, Some(tmp), out)?;
            }
            Statement::ForOfStatement(f) => {
                if f.r#await {
                    return Err(Diagnostic::unsupported(f.span, "for await loops are"));
                }
                let iterable = self.expr(&f.right)?;
                // V8 names the iterable by its source text.
                let message = match f.right.without_parentheses() {
                    // (An array literal needs none.)
                    Expression::ArrayExpression(_) => Expr::Undefined,
                    e => Expr::Str(self.string(&not_iterable_message(e))),
                };
                let iterable = (iterable, message);
                self.for_each_loop(&f.left, iterable, &f.body, label, None, out)?;
            }
            Statement::LabeledStatement(l) => {
                let name = l.label.name.as_str().to_string();
                // `a: b: stmt`: `a` names the same statement as `b`.
                if let Some(outer) = label {
                    self.st().pending_label_aliases.push(outer);
                }
                match &l.body {
                    Statement::ForStatement(_)
                    | Statement::WhileStatement(_)
                    | Statement::DoWhileStatement(_)
                    | Statement::ForInStatement(_)
                    | Statement::ForOfStatement(_)
                    | Statement::BlockStatement(_)
                    | Statement::IfStatement(_)
                    | Statement::LabeledStatement(_) => {
                        self.labeled_statement(&l.body, Some(name), out)?
                    }
                    other => {
                        let id = self.new_label(Some(name), false, false);
                        let mut inner = Vec::new();
                        self.statement(other, &mut inner)?;
                        self.pop_label();
                        out.push(Stmt::Labeled(id, inner));
                    }
                }
                // Every path above made the named label, which took them.
                debug_assert!(self.st().pending_label_aliases.is_empty());
            }
            Statement::BreakStatement(b) => {
                let id = self.find_break(b.label.as_ref(), b.span)?;
                out.push(Stmt::Break(id));
            }
            Statement::ContinueStatement(c) => {
                let id = self.find_continue(c.label.as_ref(), c.span)?;
                out.push(Stmt::Continue(id));
            }
            Statement::ReturnStatement(r) => {
                let v = match &r.argument {
                    Some(a) => self.expr(a)?,
                    None => Expr::Undefined,
                };
                let v = match self.st().ctor {
                    Some((this, _, derived)) => Expr::Intrinsic(
                        ir::Intrinsic::ClassReturn,
                        vec![v, Expr::Local(this), Expr::Bool(derived)],
                    ),
                    None => v,
                };
                out.push(Stmt::Return(v));
            }
            Statement::ThrowStatement(t) => {
                let v = self.expr(&t.argument)?;
                out.push(Stmt::Throw(v));
            }
            Statement::SwitchStatement(sw) => {
                let discriminant = self.expr(&sw.discriminant)?;
                let id = self.new_label(label, false, true);
                let mut prologue = Vec::new();
                let all: Vec<&Statement<'_>> =
                    sw.cases.iter().flat_map(|c| c.consequent.iter()).collect();
                self.enter_scope(all.iter().copied(), &mut prologue)?;
                let mut cases = Vec::new();
                for c in &sw.cases {
                    let test = match &c.test {
                        Some(t) => Some(self.expr(t)?),
                        None => None,
                    };
                    let mut body = Vec::new();
                    for st in &c.consequent {
                        self.statement(st, &mut body)?;
                    }
                    cases.push(ir::SwitchCase { test, body });
                }
                self.pop_label();
                let sw_stmt = Stmt::Switch {
                    label: id,
                    discriminant,
                    cases,
                };
                if prologue.is_empty() {
                    out.push(sw_stmt);
                } else {
                    // The discriminant is evaluated before the case scope exists;
                    // nothing it can see is created by the prologue.
                    prologue.push(sw_stmt);
                    out.push(Stmt::Block(prologue));
                }
            }
            Statement::TryStatement(t) => {
                let mut body = Vec::new();
                self.statement_list(&t.block.body, &mut body)?;
                let catch = match &t.handler {
                    Some(h) => {
                        let mut cbody = Vec::new();
                        let binding = match &h.param {
                            Some(p) => match &p.pattern {
                                BindingPattern::BindingIdentifier(id) => {
                                    let s = id.symbol_id();
                                    if self.res.symbol(s).boxed {
                                        let n = format!("{}.caught", id.name.as_str());
                                        let tmp = self.new_local(&n, false);
                                        let l = self.symbol_local(s);
                                        cbody.push(Stmt::Expr(Expr::Assign(
                                            Target::Local(l),
                                            Box::new(Expr::BoxNew(Box::new(Expr::Local(tmp)))),
                                        )));
                                        Some(tmp)
                                    } else {
                                        Some(self.symbol_local(s))
                                    }
                                }
                                pattern => {
                                    // `catch ({ message })`: bind from a temporary.
                                    let tmp = self.new_local("caught", false);
                                    for bid in pattern.get_binding_identifiers() {
                                        let s = bid.symbol_id();
                                        if self.res.symbol(s).boxed {
                                            let l = self.symbol_local(s);
                                            cbody.push(Stmt::Expr(Expr::Assign(
                                                Target::Local(l),
                                                Box::new(Expr::BoxNew(Box::new(Expr::Undefined))),
                                            )));
                                        }
                                    }
                                    let mut binds = Vec::new();
                                    self.bind_pattern(pattern, Expr::Local(tmp), &mut binds)?;
                                    cbody.extend(binds.into_iter().map(Stmt::Expr));
                                    Some(tmp)
                                }
                            },
                            None => None,
                        };
                        self.statement_list(&h.body.body, &mut cbody)?;
                        Some((binding, cbody))
                    }
                    None => None,
                };
                let finally = match &t.finalizer {
                    Some(f) => {
                        let mut fbody = Vec::new();
                        self.statement_list(&f.body, &mut fbody)?;
                        Some(fbody)
                    }
                    None => None,
                };
                let stmt = Stmt::Try {
                    body,
                    catch,
                    finally,
                };
                if let Some(name) = label {
                    let id = self.new_label(Some(name), false, false);
                    self.pop_label();
                    out.push(Stmt::Labeled(id, vec![stmt]));
                } else {
                    out.push(stmt);
                }
            }
            Statement::ClassDeclaration(c) => {
                let v = self.class(c, None)?;
                out.push(Stmt::Expr(v));
            }
            Statement::WithStatement(w) => {
                return Err(Diagnostic::unsupported(w.span, "`with` statements are")
                    .with_help("`with` makes names impossible to resolve before running; bibao resolves every name at compile time"));
            }
            other => return Err(Diagnostic::unsupported(other.span(), "this statement is")),
        }
        Ok(())
    }

    /// for-of (and for-in, over its key array): an iterator, a fresh binding
    /// per iteration. `iterable` is the value and the TypeError message when
    /// it is not iterable (undefined: the runtime's own).
    fn for_each_loop(
        &mut self,
        left: &ForStatementLeft<'_>,
        iterable: (Expr, Expr),
        body: &Statement<'_>,
        label: Option<String>,
        for_in_object: Option<Expr>,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let iter = self.new_local("iter", false);
        let next = self.new_local("next", false);
        let mut pre = vec![Stmt::Expr(Expr::Assign(
            Target::Local(iter),
            Box::new(Expr::Intrinsic(
                ir::Intrinsic::IterOpen,
                vec![iterable.0, iterable.1],
            )),
        ))];
        let id = self.new_label(label, true, true);
        let mut inner = vec![
            Stmt::Expr(Expr::Assign(
                Target::Local(next),
                Box::new(Expr::Intrinsic(
                    ir::Intrinsic::IterNext,
                    vec![Expr::Local(iter)],
                )),
            )),
            Stmt::If(
                Expr::Binary(
                    BinOp::StrictEq,
                    Box::new(Expr::Local(next)),
                    Box::new(Expr::Uninit),
                ),
                vec![Stmt::Break(id)],
                vec![],
            ),
        ];
        if let Some(obj) = for_in_object {
            // for-in skips keys deleted before they are visited.
            inner.push(Stmt::If(
                Expr::Unary(
                    UnOp::Not,
                    Box::new(Expr::Intrinsic(
                        ir::Intrinsic::ForInHas,
                        vec![obj, Expr::Local(next)],
                    )),
                ),
                vec![Stmt::Continue(id)],
                vec![],
            ));
        }
        let mut binds = Vec::new();
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let Some(decl) = d.declarations.first() else {
                    return Err(Diagnostic::new(
                        d.span,
                        "internal: empty for-of declaration",
                    ));
                };
                if d.kind.is_lexical() {
                    for bid in decl.id.get_binding_identifiers() {
                        self.lexical_entry(bid.symbol_id(), &mut inner);
                    }
                }
                self.bind_pattern(&decl.id, Expr::Local(next), &mut binds)?;
            }
            other => {
                let Some(t) = other.as_assignment_target() else {
                    return Err(Diagnostic::unsupported(other.span(), "this loop head is"));
                };
                self.bind_target(t, Expr::Local(next), &mut binds)?;
            }
        }
        inner.extend(binds.into_iter().map(Stmt::Expr));
        let body_stmts = self.block(body)?;
        inner.push(Stmt::Block(body_stmts));
        self.pop_label();
        pre.push(Stmt::Loop {
            label: id,
            pre_test: None,
            body: inner,
            update: Vec::new(),
            post_test: None,
        });
        out.push(Stmt::Block(pre));
        Ok(())
    }

    fn for_statement(
        &mut self,
        f: &ForStatement<'_>,
        label: Option<String>,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let mut pre = Vec::new();
        let mut copies = Vec::new();
        if let Some(init) = &f.init {
            match init {
                ForStatementInit::VariableDeclaration(d) => {
                    if d.kind.is_lexical() {
                        for decl in &d.declarations {
                            for id in decl.id.get_binding_identifiers() {
                                let s = id.symbol_id();
                                self.lexical_entry(s, &mut pre);
                                if self.res.symbol(s).boxed {
                                    // CreatePerIterationEnvironment: a fresh box per iteration.
                                    let l = self.symbol_local(s);
                                    copies.push(Stmt::Expr(Expr::Assign(
                                        Target::Local(l),
                                        Box::new(Expr::BoxNew(Box::new(Expr::BoxGet(Box::new(
                                            Expr::Local(l),
                                        ))))),
                                    )));
                                }
                            }
                        }
                    }
                    self.var_declaration(d, &mut pre)?;
                }
                other => {
                    let v = self.expr(other.to_expression())?;
                    pre.push(Stmt::Expr(v));
                }
            }
        }
        pre.extend(copies.iter().cloned());
        let id = self.new_label(label, true, true);
        let test = match &f.test {
            Some(t) => Some(self.expr(t)?),
            None => None,
        };
        let body = self.block(&f.body)?;
        let mut update = copies;
        if let Some(u) = &f.update {
            let v = self.expr(u)?;
            update.push(Stmt::Expr(v));
        }
        self.pop_label();
        pre.push(Stmt::Loop {
            label: id,
            pre_test: test,
            body,
            update,
            post_test: None,
        });
        out.push(Stmt::Block(pre));
        Ok(())
    }

    // ---- expressions -----------------------------------------------------------

    fn expr(&mut self, e: &Expression<'_>) -> R<Expr> {
        self.expr_named(e, None)
    }

    /// Converts `e`; anonymous functions get `name` (NamedEvaluation).
    fn expr_named(&mut self, e: &Expression<'_>, name: Option<&str>) -> R<Expr> {
        Ok(match e {
            Expression::NumericLiteral(n) => Expr::Number(n.value),
            Expression::StringLiteral(s) => {
                if s.lone_surrogates {
                    return Err(Diagnostic::unsupported(
                        s.span,
                        "strings with lone surrogates are",
                    ));
                }
                Expr::Str(self.string(s.value.as_str()))
            }
            Expression::BooleanLiteral(b) => Expr::Bool(b.value),
            Expression::NullLiteral(_) => Expr::Null,
            Expression::Identifier(id) => self.identifier(id)?,
            Expression::ThisExpression(_) => self.this_expr(),
            Expression::FunctionExpression(f) => {
                self.function_closure(f, name, ir::FuncKind::Function)?
            }
            Expression::ArrowFunctionExpression(a) => self.arrow_closure(a, name)?,
            Expression::UnaryExpression(u) => self.unary(u)?,
            Expression::BinaryExpression(b) => {
                let op = match b.operator {
                    BinaryOperator::Addition => BinOp::Add,
                    BinaryOperator::Subtraction => BinOp::Sub,
                    BinaryOperator::Multiplication => BinOp::Mul,
                    BinaryOperator::Division => BinOp::Div,
                    BinaryOperator::Remainder => BinOp::Mod,
                    BinaryOperator::Exponential => BinOp::Pow,
                    BinaryOperator::BitwiseAnd => BinOp::BitAnd,
                    BinaryOperator::BitwiseOR => BinOp::BitOr,
                    BinaryOperator::BitwiseXOR => BinOp::BitXor,
                    BinaryOperator::ShiftLeft => BinOp::Shl,
                    BinaryOperator::ShiftRight => BinOp::Sar,
                    BinaryOperator::ShiftRightZeroFill => BinOp::Shr,
                    BinaryOperator::LessThan => BinOp::Lt,
                    BinaryOperator::LessEqualThan => BinOp::Le,
                    BinaryOperator::GreaterThan => BinOp::Gt,
                    BinaryOperator::GreaterEqualThan => BinOp::Ge,
                    BinaryOperator::Equality => BinOp::LooseEq,
                    BinaryOperator::Inequality => BinOp::LooseNe,
                    BinaryOperator::StrictEquality => BinOp::StrictEq,
                    BinaryOperator::StrictInequality => BinOp::StrictNe,
                    BinaryOperator::Instanceof => BinOp::InstanceOf,
                    BinaryOperator::In => BinOp::In,
                };
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                Expr::Binary(op, Box::new(l), Box::new(r))
            }
            Expression::LogicalExpression(l) => {
                let op = match l.operator {
                    LogicalOperator::And => LogicalOp::And,
                    LogicalOperator::Or => LogicalOp::Or,
                    LogicalOperator::Coalesce => LogicalOp::Nullish,
                };
                let a = self.expr(&l.left)?;
                let b = self.expr_named(&l.right, name)?;
                Expr::Logical(op, Box::new(a), Box::new(b))
            }
            Expression::ConditionalExpression(c) => {
                let t = self.expr(&c.test)?;
                let a = self.expr_named(&c.consequent, name)?;
                let b = self.expr_named(&c.alternate, name)?;
                Expr::Cond(Box::new(t), Box::new(a), Box::new(b))
            }
            Expression::SequenceExpression(s) => {
                let mut items = Vec::new();
                for e in &s.expressions {
                    items.push(self.expr(e)?);
                }
                Expr::Seq(items)
            }
            Expression::AssignmentExpression(a) => self.assignment(a)?,
            Expression::UpdateExpression(u) => {
                let target = match &u.argument {
                    SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                        self.identifier_target(id)?
                    }
                    SimpleAssignmentTarget::StaticMemberExpression(m) => {
                        let o = self.expr(&m.object)?;
                        let k = Expr::Str(self.string(m.property.name.as_str()));
                        Target::Member(Box::new(o), Box::new(k))
                    }
                    SimpleAssignmentTarget::ComputedMemberExpression(m) => {
                        let o = self.expr(&m.object)?;
                        let k = self.expr(&m.expression)?;
                        Target::Member(Box::new(o), Box::new(k))
                    }
                    other => {
                        return Err(Diagnostic::unsupported(
                            other.span(),
                            "this update target is",
                        ));
                    }
                };
                Expr::Update {
                    target,
                    increment: u.operator == UpdateOperator::Increment,
                    prefix: u.prefix,
                }
            }
            Expression::StaticMemberExpression(m) => self.static_member(m)?,
            Expression::ComputedMemberExpression(m) => self.computed_member(m)?,
            Expression::CallExpression(c) => self.call(c)?,
            Expression::NewExpression(n) => {
                let callee = self.expr(&n.callee)?;
                let args = self.arguments(&n.arguments)?;
                let desc = callee_desc(&n.callee);
                let desc = self.string(&desc);
                Expr::New {
                    callee: Box::new(callee),
                    args,
                    desc,
                }
            }
            Expression::ArrayExpression(a) => {
                let mut items = Vec::new();
                for el in &a.elements {
                    match el {
                        ArrayExpressionElement::Elision(_) => items.push(Expr::Uninit),
                        ArrayExpressionElement::SpreadElement(s) => {
                            // `[...x]`: V8's message, whole.
                            let message = self.string(&not_iterable_message(&s.argument));
                            let v = self.expr(&s.argument)?;
                            items.push(Expr::Spread(Box::new(v), Some(message)))
                        }
                        other => items.push(self.expr(other.to_expression())?),
                    }
                }
                Expr::Array(items)
            }
            Expression::ObjectExpression(o) => self.object(o)?,
            Expression::ParenthesizedExpression(p) => self.expr_named(&p.expression, name)?,
            Expression::TemplateLiteral(t) => self.template(t)?,
            Expression::ClassExpression(c) => self.class(c, name)?,
            Expression::ChainExpression(c) => {
                let inner = match &c.expression {
                    ChainElement::CallExpression(call) => self.call(call)?,
                    ChainElement::StaticMemberExpression(m) => self.static_member(m)?,
                    ChainElement::ComputedMemberExpression(m) => self.computed_member(m)?,
                    other => {
                        return Err(Diagnostic::unsupported(
                            other.span(),
                            "this optional chain is",
                        ));
                    }
                };
                Expr::Chain(Box::new(inner))
            }
            Expression::RegExpLiteral(r) => {
                return Err(Diagnostic::unsupported(r.span, "regular expressions are"));
            }
            Expression::BigIntLiteral(b) => {
                return Err(Diagnostic::unsupported(b.span, "BigInt literals are"));
            }
            Expression::AwaitExpression(a) => {
                return Err(Diagnostic::unsupported(a.span, "await is"));
            }
            Expression::YieldExpression(y) => {
                return Err(Diagnostic::unsupported(y.span, "yield is"));
            }
            Expression::TaggedTemplateExpression(t) => {
                return Err(Diagnostic::unsupported(t.span, "tagged templates are"));
            }
            Expression::Super(s) => return Err(Diagnostic::unsupported(s.span, "super is")),
            Expression::NewTarget(n) => {
                return Err(Diagnostic::unsupported(n.span, "new.target is"));
            }
            other => return Err(Diagnostic::unsupported(other.span(), "this expression is")),
        })
    }

    /// The object of a member access, guarded when the link is `?.`.
    fn member_object(&mut self, object: &Expression<'_>, optional: bool) -> R<Expr> {
        let o = self.expr(object)?;
        Ok(if optional {
            Expr::ChainGuard(Box::new(o))
        } else {
            o
        })
    }

    /// `super[key]` read with the current `this`.
    fn super_get(&mut self, key: Expr) -> Expr {
        let home = self.capture_operand(Capture::Home);
        let this = self.this_expr();
        Expr::Intrinsic(ir::Intrinsic::SuperGet, vec![home, key, this])
    }

    fn static_member(&mut self, m: &StaticMemberExpression<'_>) -> R<Expr> {
        if let Expression::Super(_) = &m.object {
            let k = Expr::Str(self.string(m.property.name.as_str()));
            return Ok(self.super_get(k));
        }
        let o = self.member_object(&m.object, m.optional)?;
        let k = Expr::Str(self.string(m.property.name.as_str()));
        Ok(Expr::Member(Box::new(o), Box::new(k)))
    }

    fn computed_member(&mut self, m: &ComputedMemberExpression<'_>) -> R<Expr> {
        if let Expression::Super(_) = &m.object {
            let k = self.expr(&m.expression)?;
            return Ok(self.super_get(k));
        }
        let o = self.member_object(&m.object, m.optional)?;
        let k = self.expr(&m.expression)?;
        Ok(Expr::Member(Box::new(o), Box::new(k)))
    }

    fn template(&mut self, t: &TemplateLiteral<'_>) -> R<Expr> {
        let cooked = |q: &TemplateElement<'_>| -> R<String> {
            match &q.value.cooked {
                Some(c) => Ok(c.as_str().to_string()),
                None => Err(Diagnostic::new(
                    q.span,
                    "SyntaxError: Invalid escape sequence in template",
                )),
            }
        };
        let first = cooked(&t.quasis[0])?;
        let mut result = Expr::Str(self.string(&first));
        for (i, e) in t.expressions.iter().enumerate() {
            let v = self.expr(e)?;
            let s = Expr::Intrinsic(ir::Intrinsic::ToString, vec![v]);
            result = Expr::Binary(BinOp::Add, Box::new(result), Box::new(s));
            let q = cooked(&t.quasis[i + 1])?;
            if !q.is_empty() {
                let qs = Expr::Str(self.string(&q));
                result = Expr::Binary(BinOp::Add, Box::new(result), Box::new(qs));
            }
        }
        Ok(result)
    }

    fn this_expr(&mut self) -> Expr {
        if let Some((this, _, true)) = self.st().ctor {
            return Expr::Intrinsic(ir::Intrinsic::ThisCheck, vec![Expr::Local(this)]);
        }
        let st = self.st();
        if st.is_arrow {
            match st.env_index.get(&Capture::This) {
                Some(slot) => Expr::Env(*slot),
                None => Expr::Undefined,
            }
        } else {
            match st.this_local {
                Some(l) => Expr::Local(l),
                None => Expr::ThisArg,
            }
        }
    }

    fn identifier(&mut self, id: &IdentifierReference<'_>) -> R<Expr> {
        let rid = id.reference_id();
        if let Some(value) = self.res.folded.get(&rid) {
            return Ok(match value.clone() {
                Constant::Number(n) => Expr::Number(n),
                Constant::Str(s) => Expr::Str(self.string(&s)),
                Constant::Bool(b) => Expr::Bool(b),
                Constant::Null => Expr::Null,
                Constant::Undefined => Expr::Undefined,
            });
        }
        match self.res.oxc.get_reference(rid).symbol_id() {
            Some(s) if self.res.symbols.contains_key(&s) => Ok(self.read_symbol(s, Some(rid))),
            Some(_) => Err(Diagnostic::unsupported(id.span, "this kind of binding is")),
            None => Ok(match id.name.as_str() {
                "undefined" => Expr::Undefined,
                "NaN" => Expr::Number(f64::NAN),
                "Infinity" => Expr::Number(f64::INFINITY),
                "arguments" if self.st().idx != FuncIdx(0) || self.st().is_arrow => {
                    self.capture_operand(Capture::Arguments)
                }
                name if UNSUPPORTED_GLOBALS.contains(&name) => {
                    return Err(unsupported_global(id.span, name));
                }
                name => Expr::GlobalGet(self.string(name)),
            }),
        }
    }

    fn identifier_target(&mut self, id: &IdentifierReference<'_>) -> R<Target> {
        let rid = id.reference_id();
        match self.res.oxc.get_reference(rid).symbol_id() {
            Some(s) if self.res.symbols.contains_key(&s) => Ok(self.write_target(s, Some(rid))),
            Some(_) => Err(Diagnostic::unsupported(id.span, "this kind of binding is")),
            None => Ok(Target::Global(self.string(id.name.as_str()))),
        }
    }

    fn unary(&mut self, u: &UnaryExpression<'_>) -> R<Expr> {
        let op = match u.operator {
            UnaryOperator::UnaryNegation => UnOp::Neg,
            UnaryOperator::UnaryPlus => UnOp::Plus,
            UnaryOperator::LogicalNot => UnOp::Not,
            UnaryOperator::BitwiseNot => UnOp::BitNot,
            UnaryOperator::Void => UnOp::Void,
            UnaryOperator::Typeof => {
                if let Expression::Identifier(id) = u.argument.without_parentheses()
                    && self
                        .res
                        .oxc
                        .get_reference(id.reference_id())
                        .symbol_id()
                        .is_none()
                {
                    let n = id.name.as_str();
                    let is_arguments =
                        n == "arguments" && (self.st().idx != FuncIdx(0) || self.st().is_arrow);
                    if UNSUPPORTED_GLOBALS.contains(&n) {
                        return Err(unsupported_global(id.span, n));
                    }
                    if !matches!(n, "undefined" | "NaN" | "Infinity") && !is_arguments {
                        return Ok(Expr::GlobalTypeof(self.string(n)));
                    }
                }
                UnOp::Typeof
            }
            UnaryOperator::Delete => {
                return match u.argument.without_parentheses() {
                    Expression::ChainExpression(c) => {
                        // `delete a?.b`: true when the chain short-circuits.
                        let (o, k) = match &c.expression {
                            ChainElement::StaticMemberExpression(m) => {
                                let o = self.member_object(&m.object, m.optional)?;
                                (o, Expr::Str(self.string(m.property.name.as_str())))
                            }
                            ChainElement::ComputedMemberExpression(m) => {
                                let o = self.member_object(&m.object, m.optional)?;
                                (o, self.expr(&m.expression)?)
                            }
                            _ => {
                                let v = self.expr(&u.argument)?;
                                return Ok(Expr::Seq(vec![v, Expr::Bool(true)]));
                            }
                        };
                        let del = Expr::Delete(Box::new(o), Box::new(k));
                        Ok(Expr::Logical(
                            LogicalOp::Nullish,
                            Box::new(Expr::Chain(Box::new(del))),
                            Box::new(Expr::Bool(true)),
                        ))
                    }
                    Expression::StaticMemberExpression(m) => {
                        let o = self.expr(&m.object)?;
                        let k = Expr::Str(self.string(m.property.name.as_str()));
                        Ok(Expr::Delete(Box::new(o), Box::new(k)))
                    }
                    Expression::ComputedMemberExpression(m) => {
                        let o = self.expr(&m.object)?;
                        let k = self.expr(&m.expression)?;
                        Ok(Expr::Delete(Box::new(o), Box::new(k)))
                    }
                    Expression::Identifier(_) => {
                        Err(Diagnostic::unsupported(u.span, "deleting a variable is"))
                    }
                    other => {
                        // `delete 1` etc.: evaluate, then true.
                        let v = self.expr(other)?;
                        Ok(Expr::Seq(vec![v, Expr::Bool(true)]))
                    }
                };
            }
        };
        let a = self.expr(&u.argument)?;
        Ok(Expr::Unary(op, Box::new(a)))
    }

    fn assignment(&mut self, a: &AssignmentExpression<'_>) -> R<Expr> {
        let (target, name) = match &a.left {
            AssignmentTarget::AssignmentTargetIdentifier(id) => (
                self.identifier_target(id)?,
                Some(id.name.as_str().to_string()),
            ),
            AssignmentTarget::StaticMemberExpression(m) => {
                let o = self.expr(&m.object)?;
                let k = Expr::Str(self.string(m.property.name.as_str()));
                (Target::Member(Box::new(o), Box::new(k)), None)
            }
            AssignmentTarget::ComputedMemberExpression(m) => {
                let o = self.expr(&m.object)?;
                let k = self.expr(&m.expression)?;
                (Target::Member(Box::new(o), Box::new(k)), None)
            }
            pattern @ (AssignmentTarget::ArrayAssignmentTarget(_)
            | AssignmentTarget::ObjectAssignmentTarget(_)) => {
                if a.operator != AssignmentOperator::Assign {
                    return Err(Diagnostic::new(
                        a.span,
                        "SyntaxError: Invalid left-hand side in assignment",
                    ));
                }
                let v = self.expr(&a.right)?;
                let (set, tmp) = self.temp("value", v);
                let mut seq = vec![set];
                self.bind_target(pattern, tmp.clone(), &mut seq)?;
                seq.push(tmp);
                return Ok(Expr::Seq(seq));
            }
            other => {
                return Err(Diagnostic::unsupported(
                    other.span(),
                    "this assignment target is",
                ));
            }
        };
        let value = self.expr_named(&a.right, name.as_deref())?;
        let value = Box::new(value);
        let bin = |op: AssignmentOperator| -> Option<BinOp> {
            Some(match op {
                AssignmentOperator::Addition => BinOp::Add,
                AssignmentOperator::Subtraction => BinOp::Sub,
                AssignmentOperator::Multiplication => BinOp::Mul,
                AssignmentOperator::Division => BinOp::Div,
                AssignmentOperator::Remainder => BinOp::Mod,
                AssignmentOperator::Exponential => BinOp::Pow,
                AssignmentOperator::ShiftLeft => BinOp::Shl,
                AssignmentOperator::ShiftRight => BinOp::Sar,
                AssignmentOperator::ShiftRightZeroFill => BinOp::Shr,
                AssignmentOperator::BitwiseOR => BinOp::BitOr,
                AssignmentOperator::BitwiseXOR => BinOp::BitXor,
                AssignmentOperator::BitwiseAnd => BinOp::BitAnd,
                _ => return None,
            })
        };
        Ok(match a.operator {
            AssignmentOperator::Assign => Expr::Assign(target, value),
            AssignmentOperator::LogicalAnd => Expr::LogicalAssign(target, LogicalOp::And, value),
            AssignmentOperator::LogicalOr => Expr::LogicalAssign(target, LogicalOp::Or, value),
            AssignmentOperator::LogicalNullish => {
                Expr::LogicalAssign(target, LogicalOp::Nullish, value)
            }
            op => Expr::CompoundAssign(target, bin(op).expect("compound operator"), value),
        })
    }

    fn arguments(&mut self, args: &[Argument<'_>]) -> R<Vec<Expr>> {
        let mut out = Vec::new();
        for a in args {
            match a {
                Argument::SpreadElement(s) => {
                    // `f(...x)`: the runtime words the message, naming `x`.
                    let name = self.string(&callee_desc(&s.argument));
                    let v = self.expr(&s.argument)?;
                    out.push(Expr::Spread(Box::new(v), Some(name)))
                }
                other => out.push(self.expr(other.to_expression())?),
            }
        }
        Ok(out)
    }

    fn call(&mut self, c: &CallExpression<'_>) -> R<Expr> {
        let desc = callee_desc(&c.callee);
        let desc = self.string(&desc);
        if let Expression::Super(sup) = &c.callee {
            let Some((this, nt, true)) = self.st().ctor else {
                return Err(Diagnostic::new(
                    sup.span,
                    "SyntaxError: 'super' keyword unexpected here",
                )
                .with_help("bibao supports super(...) directly in derived class constructors"));
            };
            let args = self.arguments(&c.arguments)?;
            let call = Expr::Intrinsic(
                ir::Intrinsic::SuperConstruct,
                vec![
                    Expr::Callee,
                    Expr::Local(nt),
                    Expr::Array(args),
                    Expr::Local(this),
                ],
            );
            return Ok(Expr::Assign(Target::Local(this), Box::new(call)));
        }
        let super_method = match c.callee.without_parentheses() {
            Expression::StaticMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                Some(self.static_member(m)?)
            }
            Expression::ComputedMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                Some(self.computed_member(m)?)
            }
            _ => None,
        };
        if let Some(f) = super_method {
            let this = self.this_expr();
            let args = self.arguments(&c.arguments)?;
            return Ok(Expr::CallWithThis {
                callee: Box::new(f),
                this: Box::new(this),
                args,
                desc,
            });
        }
        if c.optional {
            // `f?.(...)`: the callee value is guarded; `o.m?.()` keeps `this`.
            let (callee, this) = match c.callee.without_parentheses() {
                Expression::StaticMemberExpression(m) => {
                    let o = self.member_object(&m.object, m.optional)?;
                    let (set, tmp) = self.temp("object", o);
                    let k = Expr::Str(self.string(m.property.name.as_str()));
                    (
                        Expr::Seq(vec![set, Expr::Member(Box::new(tmp.clone()), Box::new(k))]),
                        Some(tmp),
                    )
                }
                Expression::ComputedMemberExpression(m) => {
                    let o = self.member_object(&m.object, m.optional)?;
                    let (set, tmp) = self.temp("object", o);
                    let k = self.expr(&m.expression)?;
                    (
                        Expr::Seq(vec![set, Expr::Member(Box::new(tmp.clone()), Box::new(k))]),
                        Some(tmp),
                    )
                }
                other => (self.expr(other)?, None),
            };
            let f = Expr::ChainGuard(Box::new(callee));
            let args = self.arguments(&c.arguments)?;
            return Ok(match this {
                Some(t) => Expr::CallWithThis {
                    callee: Box::new(f),
                    this: Box::new(t),
                    args,
                    desc,
                },
                None => Expr::Call {
                    callee: Box::new(f),
                    args,
                    desc,
                },
            });
        }
        // `(o?.f)()`: the parenthesized chain still passes `o` as `this`
        // (the chain's value is a reference); a short-circuited chain makes
        // the callee undefined, so the call throws before `this` matters.
        if let Expression::ChainExpression(ch) = c.callee.without_parentheses() {
            let member = match &ch.expression {
                ChainElement::StaticMemberExpression(m) => {
                    let o = self.member_object(&m.object, m.optional)?;
                    Some((o, Expr::Str(self.string(m.property.name.as_str()))))
                }
                ChainElement::ComputedMemberExpression(m) => {
                    let o = self.member_object(&m.object, m.optional)?;
                    Some((o, self.expr(&m.expression)?))
                }
                _ => None,
            };
            if let Some((o, k)) = member {
                let (set, tmp) = self.temp("object", o);
                let f = Expr::Seq(vec![set, Expr::Member(Box::new(tmp.clone()), Box::new(k))]);
                let args = self.arguments(&c.arguments)?;
                return Ok(Expr::CallWithThis {
                    callee: Box::new(Expr::Chain(Box::new(f))),
                    this: Box::new(tmp),
                    args,
                    desc,
                });
            }
        }
        match c.callee.without_parentheses() {
            Expression::StaticMemberExpression(m) => {
                let object = self.member_object(&m.object, m.optional)?;
                let key = Expr::Str(self.string(m.property.name.as_str()));
                let args = self.arguments(&c.arguments)?;
                return Ok(Expr::MethodCall {
                    object: Box::new(object),
                    key: Box::new(key),
                    args,
                    desc,
                });
            }
            Expression::ComputedMemberExpression(m) => {
                let object = self.member_object(&m.object, m.optional)?;
                let key = self.expr(&m.expression)?;
                let args = self.arguments(&c.arguments)?;
                return Ok(Expr::MethodCall {
                    object: Box::new(object),
                    key: Box::new(key),
                    args,
                    desc,
                });
            }
            Expression::Identifier(id) => {
                if let Some((_, target)) = self.res.direct_call(id.reference_id())
                    && self.res.functions[target.0 as usize].lifted
                {
                    // No closure: the captured variables go as arguments.
                    let caps = self.res.functions[target.0 as usize].free_vars.clone();
                    let captures = caps.iter().map(|c| self.capture_operand(*c)).collect();
                    let args = self.arguments(&c.arguments)?;
                    return Ok(Expr::DirectCall {
                        func: FuncId(target.0),
                        closure: Box::new(Expr::Undefined),
                        args,
                        captures,
                    });
                }
                if let Some((s, target)) = self.res.direct_call(id.reference_id())
                    && !self.res.tdz_checks.contains(&id.reference_id())
                {
                    // A function calling itself: through `callee` (resolve
                    // gives it no environment slot for its own binding).
                    let closure = if target == self.st().idx {
                        Expr::Callee
                    } else {
                        self.read_symbol(s, Some(id.reference_id()))
                    };
                    let args = self.arguments(&c.arguments)?;
                    return Ok(Expr::DirectCall {
                        func: FuncId(target.0),
                        closure: Box::new(closure),
                        args,
                        captures: Vec::new(),
                    });
                }
            }
            _ => {}
        }
        let callee = self.expr(&c.callee)?;
        let args = self.arguments(&c.arguments)?;
        Ok(Expr::Call {
            callee: Box::new(callee),
            args,
            desc,
        })
    }

    /// A class definition; evaluates to the constructor.
    fn class(&mut self, c: &Class<'_>, binding_name: Option<&str>) -> R<Expr> {
        let name = match &c.id {
            Some(id) => id.name.as_str().to_string(),
            None => binding_name.unwrap_or("").to_string(),
        };
        for el in &c.body.body {
            match el {
                ClassElement::MethodDefinition(m) => {
                    if matches!(m.key, PropertyKey::PrivateIdentifier(_)) {
                        return Err(Diagnostic::unsupported(m.span, "private methods are"));
                    }
                }
                ClassElement::PropertyDefinition(p) => {
                    if matches!(p.key, PropertyKey::PrivateIdentifier(_)) {
                        return Err(Diagnostic::unsupported(p.span, "private fields are"));
                    }
                }
                ClassElement::StaticBlock(b) => {
                    return Err(Diagnostic::unsupported(b.span, "static blocks are"));
                }
                other => {
                    return Err(Diagnostic::unsupported(
                        other.span(),
                        "this class element is",
                    ));
                }
            }
        }
        let derived = c.heritage_expression().is_some();
        let mut seq = Vec::new();
        // The class's own name binding: a class expression's lives in the
        // class scope and comes to life here; a declaration's at block entry.
        let own_binding = c.id.as_ref().map(|id| id.symbol_id());
        if c.r#type == ClassType::ClassExpression
            && let Some(sym) = own_binding
        {
            let mut entry = Vec::new();
            self.lexical_entry(sym, &mut entry);
            seq.extend(entry.into_iter().filter_map(|st| match st {
                Stmt::Expr(e) => Some(e),
                _ => None,
            }));
        }
        let parent = match c.heritage_expression() {
            Some(h) => {
                let v = self.expr(h)?;
                let (set, tmp) = self.temp("parent", v);
                seq.push(set);
                tmp
            }
            None => Expr::Uninit,
        };
        let ctor_def = c.body.body.iter().find_map(|el| match el {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => {
                Some(m)
            }
            _ => None,
        });
        let kind = ir::FuncKind::ClassConstructor { derived };
        let ctor = match ctor_def {
            Some(m) => self.function_closure(&m.value, Some(&name), kind)?,
            None => {
                let id = self.default_constructor(&name, derived, c.span);
                Expr::Closure {
                    func: id,
                    captures: Vec::new(),
                }
            }
        };
        let tmp_name = if name.is_empty() {
            "class".to_string()
        } else {
            name.clone()
        };
        let (set, ctor_tmp) = self.temp(&tmp_name, ctor);
        seq.push(set);
        let (set, proto) = self.temp(
            "prototype",
            Expr::Intrinsic(ir::Intrinsic::ClassDefine, vec![ctor_tmp.clone(), parent]),
        );
        seq.push(set);
        for el in &c.body.body {
            let ClassElement::MethodDefinition(m) = el else {
                continue;
            };
            if m.kind == MethodDefinitionKind::Constructor {
                continue;
            }
            let key = self.evaluated_key(&m.key, m.computed, &mut seq)?;
            let key_name = match &key {
                Expr::Str(s) => Some(String::from_utf16_lossy(&self.strings[s.index()])),
                _ => None,
            };
            // Accessors are named "get x" / "set x".
            let fn_name = match (m.kind, &key_name) {
                (MethodDefinitionKind::Get, Some(n)) => Some(format!("get {n}")),
                (MethodDefinitionKind::Set, Some(n)) => Some(format!("set {n}")),
                (_, n) => n.clone(),
            };
            let f = self.function_closure(&m.value, fn_name.as_deref(), ir::FuncKind::Method)?;
            let method_kind = match m.kind {
                MethodDefinitionKind::Get => 1.0,
                MethodDefinitionKind::Set => 2.0,
                _ => 0.0,
            };
            let target = if m.r#static {
                ctor_tmp.clone()
            } else {
                proto.clone()
            };
            seq.push(Expr::Intrinsic(
                ir::Intrinsic::ClassMethod,
                vec![target, key, f, Expr::Number(method_kind)],
            ));
        }
        let (instance, statics) = self
            .res
            .class_fields
            .get(&(c.span.start, c.span.end))
            .copied()
            .unwrap_or((None, None));
        let fields = |is_static: bool| -> Vec<&PropertyDefinition<'_>> {
            c.body
                .body
                .iter()
                .filter_map(|el| match el {
                    ClassElement::PropertyDefinition(p) if p.r#static == is_static => Some(&**p),
                    _ => None,
                })
                .collect()
        };
        if let Some(idx) = instance {
            let id = self.function_body(
                idx,
                ir::FuncKind::ClassFields,
                "",
                None,
                &[],
                Body::Fields(fields(false)),
                c.body.span,
            )?;
            let f = self.closure_expr(id, idx);
            seq.push(Expr::Intrinsic(
                ir::Intrinsic::ClassFields,
                vec![ctor_tmp.clone(), f],
            ));
        }
        // The name is initialized before static fields run (they may use it).
        if let Some(sym) = own_binding {
            let e = self.init_assign(sym, ctor_tmp.clone());
            seq.push(e);
        }
        if let Some(idx) = statics {
            let id = self.function_body(
                idx,
                ir::FuncKind::ClassFields,
                "",
                None,
                &[],
                Body::Fields(fields(true)),
                c.body.span,
            )?;
            let f = self.closure_expr(id, idx);
            let desc = self.string("static initializer");
            seq.push(Expr::CallWithThis {
                callee: Box::new(f),
                this: Box::new(ctor_tmp.clone()),
                args: Vec::new(),
                desc,
            });
        }
        seq.push(ctor_tmp);
        Ok(Expr::Seq(seq))
    }

    /// `constructor() {}` or `constructor(...args) { super(...args) }`.
    fn default_constructor(&mut self, name: &str, derived: bool, span: Span) -> FuncId {
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(None);
        let locals = vec![
            ir::LocalDecl {
                name: "new.target".into(),
                boxed: false,
            },
            ir::LocalDecl {
                name: "this".into(),
                boxed: false,
            },
            ir::LocalDecl {
                name: "args".into(),
                boxed: false,
            },
        ];
        let (nt, this, args) = (LocalId(0), LocalId(1), LocalId(2));
        let mut body = vec![
            Stmt::Expr(Expr::Assign(
                Target::Local(nt),
                Box::new(Expr::Intrinsic(ir::Intrinsic::NewTarget, vec![])),
            )),
            Stmt::Expr(Expr::Assign(
                Target::Local(this),
                Box::new(Expr::Intrinsic(
                    ir::Intrinsic::ClassThis,
                    vec![Expr::Callee, Expr::ThisArg, Expr::Local(nt)],
                )),
            )),
        ];
        if derived {
            body.push(Stmt::Expr(Expr::Assign(
                Target::Local(this),
                Box::new(Expr::Intrinsic(
                    ir::Intrinsic::SuperConstruct,
                    vec![
                        Expr::Callee,
                        Expr::Local(nt),
                        Expr::Local(args),
                        Expr::Local(this),
                    ],
                )),
            )));
        }
        body.push(Stmt::Return(Expr::Intrinsic(
            ir::Intrinsic::ClassReturn,
            vec![Expr::Undefined, Expr::Local(this), Expr::Bool(derived)],
        )));
        let (line, col) = self.line_col(span.start);
        let js_name = self.string(name);
        self.functions[id.index()] = Some(ir::Function {
            debug_name: if name.is_empty() {
                "constructor".into()
            } else {
                name.to_string()
            },
            js_name,
            line,
            col,
            kind: ir::FuncKind::ClassConstructor { derived },
            strict: true,
            is_constructor: false,
            length: 0,
            params: Vec::new(),
            rest: Some(args),
            arguments: None,
            locals,
            env: Vec::new(),
            body,
            label_count: 0,
            lifted: None,
            copy_of: None,
            param_kinds: Vec::new(),
        });
        id
    }

    fn object(&mut self, o: &ObjectExpression<'_>) -> R<Expr> {
        let mut props = Vec::new();
        for p in &o.properties {
            let p = match p {
                ObjectPropertyKind::ObjectProperty(p) => p,
                ObjectPropertyKind::SpreadProperty(sp) => {
                    let v = self.expr(&sp.argument)?;
                    props.push(ir::ObjectProp {
                        key: ir::PropKey::Computed(Expr::Undefined),
                        value: v,
                        kind: ir::PropKind::Spread,
                    });
                    continue;
                }
            };
            let (key, key_name) = if p.computed {
                let k = p.key.as_expression().expect("computed key");
                (ir::PropKey::Computed(self.expr(k)?), None)
            } else {
                let name = match &p.key {
                    PropertyKey::StaticIdentifier(id) => id.name.as_str().to_string(),
                    PropertyKey::StringLiteral(s) => s.value.as_str().to_string(),
                    PropertyKey::NumericLiteral(n) => bibao_runtime_number_key(n.value),
                    other => match other.static_name() {
                        Some(n) => n.to_string(),
                        None => {
                            return Err(Diagnostic::unsupported(
                                other.span(),
                                "this property key is",
                            ));
                        }
                    },
                };
                (ir::PropKey::Static(self.string(&name)), Some(name))
            };
            let mut kind = match p.kind {
                PropertyKind::Init => ir::PropKind::Init,
                PropertyKind::Get => ir::PropKind::Get,
                PropertyKind::Set => ir::PropKind::Set,
            };
            // `__proto__: v` (not computed, not shorthand, not a method) sets the prototype.
            if !p.computed && !p.shorthand && !p.method && key_name.as_deref() == Some("__proto__")
            {
                kind = ir::PropKind::Proto;
            }
            // Methods that use `super` need the object as their home.
            if p.method
                && let Expression::FunctionExpression(f) = &p.value
                && self.res.functions[self.res.func_of(f.span).0 as usize].uses_super
            {
                kind = ir::PropKind::MethodWithHome;
            }
            let value = if p.method || matches!(kind, ir::PropKind::Get | ir::PropKind::Set) {
                let Expression::FunctionExpression(f) = &p.value else {
                    return Err(Diagnostic::new(
                        p.span,
                        "internal: method without a function",
                    ));
                };
                let fn_name = match (&kind, &key_name) {
                    (ir::PropKind::Get, Some(n)) => Some(format!("get {n}")),
                    (ir::PropKind::Set, Some(n)) => Some(format!("set {n}")),
                    (_, n) => n.clone(),
                };
                self.function_closure(f, fn_name.as_deref(), ir::FuncKind::Method)?
            } else {
                self.expr_named(&p.value, key_name.as_deref())?
            };
            props.push(ir::ObjectProp { key, value, kind });
        }
        Ok(Expr::Object(props))
    }
}

/// A number used as a property key, as JavaScript spells it.
fn bibao_runtime_number_key(n: f64) -> String {
    bibao_runtime::string::number_to_rust_string(n)
}

fn is_undefined(e: Expr) -> Expr {
    Expr::Binary(BinOp::StrictEq, Box::new(e), Box::new(Expr::Undefined))
}

/// How V8 names a callee in "x is not a function" (its `CallPrinter`):
/// names, member chains (`?.` kept), a literal key as `.key`, any other key
/// in brackets with operators parenthesized, and `(intermediate value)`
/// for what it does not print.
fn callee_desc(e: &Expression<'_>) -> String {
    match e.without_parentheses() {
        Expression::TemplateLiteral(t) if let Some(text) = plain_template(t) => {
            format!("\"{text}\"")
        }
        // `x ? a : b` prints each part as an intermediate value.
        Expression::ConditionalExpression(_) => {
            "(intermediate value)(intermediate value)(intermediate value)".to_string()
        }
        Expression::AssignmentExpression(a) => match a.left.as_simple_assignment_target() {
            Some(t) => match t.as_member_expression() {
                Some(m) => member_desc(m),
                None => t
                    .get_identifier_name()
                    .unwrap_or("(intermediate value)")
                    .to_string(),
            },
            None => "(intermediate value)".to_string(),
        },
        Expression::ObjectExpression(o) if o.properties.is_empty() => "{}".to_string(),
        // V8 prints `(0 , f)` for sequences, `[1,2]` for array literals and
        // `{(intermediate value)}` for other object literals.
        Expression::SequenceExpression(seq) => {
            let parts: Vec<String> = seq.expressions.iter().map(callee_desc).collect();
            format!("({})", parts.join(" , "))
        }
        Expression::ArrayExpression(a) => {
            let parts: Vec<String> = a
                .elements
                .iter()
                .map(|el| match el.as_expression() {
                    Some(e) => callee_desc(e),
                    None => String::new(),
                })
                .collect();
            format!("[{}]", parts.join(","))
        }
        Expression::ObjectExpression(_) => "{(intermediate value)}".to_string(),
        other => expression_desc(other),
    }
}

/// V8's TypeError for a for-of iterable or array spread `e` that is not
/// iterable, naming it by its source text.
fn not_iterable_message(e: &Expression<'_>) -> String {
    match e.without_parentheses() {
        Expression::CallExpression(c) => format!(
            "{} is not a function or its return value is not iterable",
            callee_desc(&c.callee)
        ),
        e => format!("{} is not iterable", callee_desc(e)),
    }
}

/// The text of a template literal without substitutions.
fn plain_template<'t>(t: &'t TemplateLiteral<'_>) -> Option<&'t str> {
    if !t.expressions.is_empty() {
        return None;
    }
    Some(t.quasis.first()?.value.cooked.as_ref()?.as_str())
}

/// A member expression as `CallPrinter` prints it.
fn member_desc(m: &MemberExpression<'_>) -> String {
    let dot = if m.optional() { "?." } else { "." };
    match m {
        MemberExpression::StaticMemberExpression(m) => {
            format!(
                "{}{dot}{}",
                callee_desc(&m.object),
                m.property.name.as_str()
            )
        }
        MemberExpression::ComputedMemberExpression(m) => {
            let object = callee_desc(&m.object);
            match m.expression.without_parentheses() {
                Expression::StringLiteral(s) => format!("{object}{dot}{}", s.value.as_str()),
                Expression::TemplateLiteral(t) if let Some(text) = plain_template(t) => {
                    format!("{object}{dot}{text}")
                }
                key => {
                    let open = if m.optional { "?.[" } else { "[" };
                    format!("{object}{open}{}]", expression_desc(key))
                }
            }
        }
        MemberExpression::PrivateFieldExpression(_) => "(intermediate value)".to_string(),
    }
}

/// An expression inside a callee as `CallPrinter` prints it.
fn expression_desc(e: &Expression<'_>) -> String {
    match e.without_parentheses() {
        Expression::Identifier(id) => id.name.as_str().to_string(),
        Expression::ThisExpression(_) => "this".to_string(),
        Expression::NullLiteral(_) => "null".to_string(),
        Expression::BooleanLiteral(b) => b.value.to_string(),
        Expression::NumericLiteral(n) => bibao_runtime_number_key(n.value),
        Expression::StringLiteral(s) => format!("\"{}\"", s.value.as_str()),
        e @ (Expression::StaticMemberExpression(_) | Expression::ComputedMemberExpression(_)) => {
            member_desc(e.as_member_expression().expect("a member expression"))
        }
        Expression::CallExpression(c) => format!("{}(...)", callee_desc(&c.callee)),
        Expression::BinaryExpression(b) => format!(
            "({} {} {})",
            expression_desc(&b.left),
            b.operator.as_str(),
            expression_desc(&b.right)
        ),
        Expression::LogicalExpression(l) => format!(
            "({} {} {})",
            expression_desc(&l.left),
            l.operator.as_str(),
            expression_desc(&l.right)
        ),
        Expression::UnaryExpression(u) => {
            // A negated number literal is one number to V8's parser.
            if u.operator == UnaryOperator::UnaryNegation
                && let Expression::NumericLiteral(n) = u.argument.without_parentheses()
            {
                return bibao_runtime_number_key(-n.value);
            }
            let op = u.operator.as_str();
            let space = if op.chars().all(|c| c.is_ascii_alphabetic()) {
                " "
            } else {
                ""
            };
            format!("({op}{space}{})", expression_desc(&u.argument))
        }
        _ => "(intermediate value)".to_string(),
    }
}
