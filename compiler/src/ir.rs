//! The closure-converted IR: flat functions, explicit environments and boxes.
//!
//! After `convert`, no function is nested in another and no name is looked up
//! any more. Every variable reference says where the value lives:
//!
//! - `%x`: a local of the current function (never on the heap);
//! - `env.x`: slot `x` of the current closure's environment, filled when the
//!   closure was created (`closure @f [x: ...]`);
//! - `box_get(...)`: a shared mutable variable, read through its box; boxes
//!   are created explicitly with `box_new`.
//!
//! Control flow stays structured (if, loop, switch, try), which keeps the IR
//! readable and the lowering direct. The printer ([`Module::print`]) is the
//! `bibao ir` output; [`verify`] checks that every function refers only to
//! locals, environment slots, functions and labels it defines or receives.

pub mod arrays;
pub mod instance_keys;
pub mod int32;
pub mod method_keys;
pub mod numbers;
pub mod params;
pub mod pointer_free;
pub mod receivers;

/// The names (sorted) of the locals of the function `name` in `source` for
/// which a per-local analysis says true (tests of `numbers`, `pointer_free`).
#[cfg(test)]
fn locals_where(source: &str, name: &str, analysis: fn(&Function) -> Vec<bool>) -> Vec<String> {
    let module = crate::compile_to_ir(source, "test.js").expect("compiles");
    let f = function_named(&module, name);
    let mut names: Vec<String> = f
        .locals
        .iter()
        .zip(analysis(f))
        .filter(|(_, yes)| *yes)
        .map(|(l, _)| l.name.clone())
        .collect();
    names.sort();
    names
}

/// The function `name` of a compiled test module.
#[cfg(test)]
fn function_named<'m>(module: &'m Module, name: &str) -> &'m Function {
    module
        .functions
        .iter()
        .find(|f| f.debug_name == name)
        .expect("function exists")
}
pub mod walk;

use std::fmt::Write;

macro_rules! id_type {
    ($name:ident, $doc:literal) => {
        #[doc = $doc]
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    FuncId,
    "A function of the module (the entry is `FuncId(0)`)."
);
id_type!(LocalId, "A local variable of one function.");
id_type!(EnvSlot, "A slot of the current closure's environment.");
id_type!(StrId, "A string literal of the module.");
id_type!(LabelId, "A break/continue target within one function.");

pub struct Module {
    pub functions: Vec<Function>,
    /// String literals, as UTF-16 code units.
    pub strings: Vec<Vec<u16>>,
    pub source_name: String,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FuncKind {
    /// The module body (node's CommonJS wrapper function).
    Main,
    Function,
    Arrow,
    Method,
    /// A class constructor; `derived` for `class X extends Y`.
    ClassConstructor {
        derived: bool,
    },
    /// A class's field initializers, run with `this` = the new instance (or
    /// the class, for static fields).
    ClassFields,
}

pub struct LocalDecl {
    pub name: String,
    /// The local holds a box (a shared mutable captured variable).
    pub boxed: bool,
}

pub struct EnvDecl {
    pub name: String,
    /// The slot holds a box rather than the value itself.
    pub boxed: bool,
}

pub struct Function {
    /// For printing: the source name, or a made-up one for anonymous functions.
    pub debug_name: String,
    /// The function's `name` property.
    pub js_name: StrId,
    pub line: u32,
    pub col: u32,
    pub kind: FuncKind,
    pub strict: bool,
    pub is_constructor: bool,
    /// The function's `length`.
    pub length: u32,
    /// One local per parameter position (values exactly as passed).
    pub params: Vec<LocalId>,
    /// `...rest`: receives an array of the arguments after `params`.
    pub rest: Option<LocalId>,
    /// Receives the `arguments` object at entry.
    pub arguments: Option<LocalId>,
    pub locals: Vec<LocalDecl>,
    pub env: Vec<EnvDecl>,
    pub body: Vec<Stmt>,
    pub label_count: u32,
    /// `Some(n)`: a lifted function. It never has a closure object: it is
    /// only called by `call_direct` with an undefined callee, and its last
    /// `n` params receive the captured variables (values or boxes) instead
    /// of an environment. It never reads `callee`.
    pub lifted: Option<u32>,
    /// A lifted copy of this function (a closure target), made for direct
    /// calls of curried results (see `convert::curry`).
    pub copy_of: Option<FuncId>,
    /// What every call passes for each parameter (`ir::params`): filled
    /// after conversion; empty means nothing is known.
    pub param_kinds: Vec<ParamKind>,
}

/// What is known of the values a parameter receives: a lifted function is
/// only called directly, so all its callers are known (`ir::params`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ParamKind {
    /// Anything.
    Unknown,
    /// Always a number.
    Number,
    /// Always an int32 (see `ir::int32`).
    Int32,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Sar,
    Shr,
    Lt,
    Le,
    Gt,
    Ge,
    LooseEq,
    LooseNe,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Mod => "%",
            Pow => "**",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            Shl => "<<",
            Sar => ">>",
            Shr => ">>>",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            LooseEq => "==",
            LooseNe => "!=",
            StrictEq => "===",
            StrictNe => "!==",
            InstanceOf => "instanceof",
            In => "in",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
}

/// Runtime operations the IR calls by name.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Intrinsic {
    /// ToString (template literal substitutions).
    ToString,
    /// An iterator over an iterable (for-of, spread, destructuring).
    IterOpen,
    /// The iterator's next value, or `uninit` when done.
    IterNext,
    /// The enumerable string keys of an object and its prototypes (for-in).
    ForInKeys,
    /// Is the key still present (for-in skips deleted keys)? args: object, key.
    ForInHas,
    /// `array.slice(n)` of an array made by `iter_to_array` (rest elements).
    ArraySliceFrom,
    /// A copy of an object's own enumerable properties minus the listed keys
    /// (object rest); args: object, array of excluded keys.
    ObjectRest,
    /// Copies own enumerable properties (object spread); args: target, source.
    ObjectSpread,
    /// Throws TypeError if the value is null or undefined (destructuring);
    /// args: value, the first property's key (for the message) or undefined.
    RequireObjectCoercible,
    /// Sets up a class (prototype, links, flags); args: constructor, parent
    /// (`uninit` without `extends`); returns the prototype.
    ClassDefine,
    /// args: target, key, function, kind (0 method, 1 getter, 2 setter).
    ClassMethod,
    /// args: constructor, instance field initializer.
    ClassFields,
    /// new.target of the constructor call in progress.
    NewTarget,
    /// Start of a class constructor; args: callee, this argument, new.target.
    ClassThis,
    /// `super(...)`; args: callee, new.target, argument array, current this.
    SuperConstruct,
    /// Throws ReferenceError if `this` is not initialized yet (derived constructors).
    ThisCheck,
    /// A class constructor's result; args: returned value, this.
    ClassReturn,
    /// The home object of a method (`super`); arg: the method.
    FunctionHome,
    /// `super[key]`; args: home, key, this.
    SuperGet,
    /// A field definition; args: object, key, value.
    DefineField,
}

impl Intrinsic {
    pub fn name(self) -> &'static str {
        match self {
            Intrinsic::ToString => "to_string",
            Intrinsic::IterOpen => "iter_open",
            Intrinsic::IterNext => "iter_next",
            Intrinsic::ForInKeys => "for_in_keys",
            Intrinsic::ForInHas => "for_in_has",
            Intrinsic::ArraySliceFrom => "array_slice_from",
            Intrinsic::ObjectRest => "object_rest",
            Intrinsic::ObjectSpread => "object_spread",
            Intrinsic::RequireObjectCoercible => "require_object_coercible",
            Intrinsic::ClassDefine => "class_define",
            Intrinsic::ClassMethod => "class_method",
            Intrinsic::ClassFields => "class_fields",
            Intrinsic::NewTarget => "new_target",
            Intrinsic::ClassThis => "class_this",
            Intrinsic::SuperConstruct => "super_construct",
            Intrinsic::ThisCheck => "this_check",
            Intrinsic::ClassReturn => "class_return",
            Intrinsic::FunctionHome => "function_home",
            Intrinsic::SuperGet => "super_get",
            Intrinsic::DefineField => "define_field",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

/// Where an assignment stores.
#[derive(Clone, Debug)]
pub enum Target {
    Local(LocalId),
    /// Through the box that the expression evaluates to.
    Box(Box<Expr>),
    /// A global (a property of the global object).
    Global(StrId),
    Member(Box<Expr>, Box<Expr>),
    /// Throws ReferenceError if the current value is the TDZ marker, then
    /// stores to the inner target.
    TdzChecked(Box<Target>, StrId),
    /// A `const` binding: evaluate the value, then throw TypeError.
    Const(Box<Target>, StrId),
    /// The name of a named function expression, inside it: sloppy code ignores
    /// the assignment.
    Ignored,
}

impl Target {
    /// The local this target writes, if any.
    pub fn local(&self) -> Option<LocalId> {
        match self {
            Target::Local(l) => Some(*l),
            Target::TdzChecked(inner, _) | Target::Const(inner, _) => inner.local(),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum PropKey {
    Static(StrId),
    Computed(Expr),
}

#[derive(Clone, Debug)]
pub enum PropKind {
    Init,
    Get,
    Set,
    /// `...value` (the key is ignored).
    Spread,
    /// `__proto__: value` sets the prototype.
    Proto,
    /// A method that uses `super`: defined, and given the object as home.
    MethodWithHome,
}

#[derive(Clone, Debug)]
pub struct ObjectProp {
    pub key: PropKey,
    pub value: Expr,
    pub kind: PropKind,
}

#[derive(Clone, Debug)]
pub enum Expr {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    Str(StrId),
    /// The TDZ marker (a `let` not yet initialized).
    Uninit,
    Local(LocalId),
    Env(EnvSlot),
    /// The closure being run (a named function expression's own name).
    Callee,
    /// The `this` argument as passed.
    ThisArg,
    /// Throws ReferenceError if the value is the TDZ marker.
    TdzCheck(Box<Expr>, StrId),
    BoxNew(Box<Expr>),
    BoxGet(Box<Expr>),
    /// Allocates a closure of `func`, filling its environment in order.
    Closure {
        func: FuncId,
        captures: Vec<Expr>,
    },
    GlobalGet(StrId),
    GlobalTypeof(StrId),
    Assign(Target, Box<Expr>),
    CompoundAssign(Target, BinOp, Box<Expr>),
    LogicalAssign(Target, LogicalOp, Box<Expr>),
    Update {
        target: Target,
        increment: bool,
        prefix: bool,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Seq(Vec<Expr>),
    Member(Box<Expr>, Box<Expr>),
    Delete(Box<Expr>, Box<Expr>),
    /// A call; `desc` names the callee in "is not a function" errors.
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
        desc: StrId,
    },
    /// `object[key](args)` with `this` = object.
    MethodCall {
        object: Box<Expr>,
        key: Box<Expr>,
        args: Vec<Expr>,
        desc: StrId,
    },
    /// `object[key](args)` or `callee(args)` that may call one of a few
    /// small functions, whose body runs inline when the callee is one of its
    /// closures (checked by code pointer at run time); anything else is an
    /// ordinary call. See `convert::inline`.
    InlinedCall(Box<InlinedCall>),
    /// A direct call (see [`Expr::DirectCall`]) of a small function whose
    /// body runs inline: no call, no frame. See `convert::inline`.
    InlinedDirectCall(Box<InlinedDirectCall>),
    /// Slot `slot` of the environment of `closure`, a closure of `func`.
    ClosureEnv {
        closure: LocalId,
        func: FuncId,
        slot: EnvSlot,
    },
    /// A call with an explicit `this` (`o.m?.()`, `super.m()`).
    CallWithThis {
        callee: Box<Expr>,
        this: Box<Expr>,
        args: Vec<Expr>,
        desc: StrId,
    },
    /// A call to a known function (a binding that always holds it): no
    /// callee check, a direct call. `closure` supplies the environment; for a
    /// lifted function it is `undefined` and `captures` fill its capture
    /// parameters (after the arguments, padded or cut to its parameters).
    DirectCall {
        func: FuncId,
        closure: Box<Expr>,
        args: Vec<Expr>,
        captures: Vec<Expr>,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Expr>,
        desc: StrId,
    },
    Array(Vec<Expr>),
    Object(Vec<ObjectProp>),
    /// Array destructuring source: an array of the iterable's elements.
    IterToArray(Box<Expr>),
    /// `...e` inside an array literal or an argument list.
    /// `...e` inside an array literal or an argument list, with the
    /// source text that names `e` when it is not iterable (V8's
    /// `CallPrinter` form; `None`: the runtime describes the value).
    Spread(Box<Expr>, Option<StrId>),
    Intrinsic(Intrinsic, Vec<Expr>),
    /// An optional chain: a `ChainGuard` inside that finds null or undefined
    /// makes the whole chain undefined.
    Chain(Box<Expr>),
    ChainGuard(Box<Expr>),
}

/// Does an argument list (or array literal) spread an iterable?
pub fn has_spread(items: &[Expr]) -> bool {
    items.iter().any(|e| matches!(e, Expr::Spread(..)))
}

/// A call with bodies inline (see [`Expr::InlinedCall`]).
#[derive(Clone, Debug)]
pub struct InlinedCall {
    pub callee: InlinedCallee,
    pub args: Vec<Expr>,
    pub desc: StrId,
    /// The functions tried, in order.
    pub bodies: Vec<InlinedBody>,
}

/// What an [`InlinedCall`] calls.
#[derive(Clone, Debug)]
pub enum InlinedCallee {
    /// `object[key](args)`: the callee is a property, `this` is `object`.
    Method { object: Expr, key: Expr },
    /// `callee(args)`: `this` is undefined.
    Plain(Expr),
}

/// A direct call with the callee's body inline (see
/// [`Expr::InlinedDirectCall`]): `closure` and `args` are evaluated as for
/// the call, then `body` runs with them in its locals.
#[derive(Clone, Debug)]
pub struct InlinedDirectCall {
    pub closure: Expr,
    pub args: Vec<Expr>,
    /// A lifted callee's captures: they fill its last parameters.
    pub captures: Vec<Expr>,
    pub body: InlinedBody,
}

/// One function an [`InlinedCall`] may run inline.
#[derive(Clone, Debug)]
pub struct InlinedBody {
    pub func: FuncId,
    /// Locals of the caller that hold, while `body` runs: the closure, the
    /// receiver (when `func` reads `this`), and `func`'s parameters (missing
    /// arguments are undefined).
    pub callee: LocalId,
    pub receiver: Option<LocalId>,
    pub params: Vec<LocalId>,
    /// `func`'s other locals, undefined when `body` starts.
    pub fresh: Vec<LocalId>,
    /// `func`'s body as one expression, in the caller's locals.
    pub body: Expr,
}

impl InlinedBody {
    /// Every caller local the inlined body uses.
    pub fn locals(&self) -> impl Iterator<Item = LocalId> + '_ {
        std::iter::once(self.callee)
            .chain(self.receiver)
            .chain(self.params.iter().copied())
            .chain(self.fresh.iter().copied())
    }
}

#[derive(Clone, Debug)]
pub struct SwitchCase {
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `top: if !pre_test break; body; continue-target: update; if !post_test break; goto top`
    Loop {
        label: LabelId,
        pre_test: Option<Expr>,
        body: Vec<Stmt>,
        update: Vec<Stmt>,
        post_test: Option<Expr>,
    },
    Block(Vec<Stmt>),
    Labeled(LabelId, Vec<Stmt>),
    Break(LabelId),
    Continue(LabelId),
    Return(Expr),
    Throw(Expr),
    Try {
        body: Vec<Stmt>,
        catch: Option<(Option<LocalId>, Vec<Stmt>)>,
        finally: Option<Vec<Stmt>>,
    },
    Switch {
        label: LabelId,
        discriminant: Expr,
        cases: Vec<SwitchCase>,
    },
    /// Fills environment slot `slot` of the closure held in `closure` (used
    /// right after hoisted function declarations are created, so that
    /// declarations can capture each other by value).
    PatchEnv {
        closure: LocalId,
        slot: EnvSlot,
        value: Expr,
    },
}

// ---------------------------------------------------------------------------
// Printer
// ---------------------------------------------------------------------------

impl Module {
    pub fn string(&self, id: StrId) -> String {
        String::from_utf16_lossy(&self.strings[id.index()])
    }

    /// The textual IR (`bibao ir`).
    pub fn print(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "; bibao closure IR for {}", self.source_name);
        let class_keys = instance_keys::class_instance_keys(self);
        for (i, f) in self.functions.iter().enumerate() {
            out.push('\n');
            Printer {
                module: self,
                func: f,
                out: &mut out,
                class_keys: &class_keys,
            }
            .function(FuncId(i as u32));
        }
        out
    }
}

struct Printer<'a> {
    module: &'a Module,
    func: &'a Function,
    out: &'a mut String,
    /// `instance_keys::class_instance_keys` of the module.
    class_keys: &'a std::collections::HashMap<FuncId, usize>,
}

fn quote(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

impl Printer<'_> {
    fn local(&self, l: LocalId) -> String {
        format!("%{}", self.func.locals[l.index()].name)
    }

    fn env(&self, s: EnvSlot) -> String {
        format!("env.{}", self.func.env[s.index()].name)
    }

    fn label(&self, l: LabelId) -> String {
        format!("L{}", l.0)
    }

    fn function(&mut self, id: FuncId) {
        let f = self.func;
        let kind = match f.kind {
            FuncKind::Main => "main",
            FuncKind::Function => "function",
            FuncKind::Arrow => "arrow",
            FuncKind::Method => "method",
            FuncKind::ClassConstructor { derived: false } => "constructor",
            FuncKind::ClassConstructor { derived: true } => "derived_constructor",
            FuncKind::ClassFields => "fields",
        };
        // `: number`: every read yields a number (`numbers`), so `lower`
        // compiles its arithmetic without tag checks. `: int32`: always an
        // int32 (`int32`), kept in an integer register. `: counter`: an
        // integer that moves in steps of one (`int32::counter_locals`), kept
        // in a 64-bit integer register. Parameters too (`params`).
        let number = numbers::number_locals(f);
        let int32 = int32::int32_locals(f);
        let counter = int32::counter_locals(f, &int32);
        let type_of = |i: usize| {
            if int32[i] {
                ": int32"
            } else if counter[i] {
                ": counter"
            } else if number[i] {
                ": number"
            } else {
                ""
            }
        };
        let lifted = f.lifted.unwrap_or(0) as usize;
        let (own, captured) = f.params.split_at(f.params.len() - lifted);
        let mut params: Vec<String> = own
            .iter()
            .map(|p| format!("{}{}", self.local(*p), type_of(p.index())))
            .collect();
        if let Some(r) = f.rest {
            params.push(format!("...{}", self.local(r)));
        }
        let _ = writeln!(
            self.out,
            "{kind} @{} {}({})  ; src {}:{}{}",
            id.0,
            f.debug_name,
            params.join(", "),
            f.line,
            f.col,
            if f.strict { " strict" } else { "" }
        );
        if let Some(orig) = f.copy_of {
            let _ = writeln!(self.out, "  lifted copy of @{}", orig.0);
        }
        // A class's instances get an in-object slot for each key its
        // constructor and methods store on `this` (the runtime adds the
        // parent class's).
        if let FuncKind::ClassConstructor { .. } = f.kind {
            let keys = match self.class_keys.get(&id) {
                Some(&k) => k,
                None => instance_keys::instance_keys(f),
            };
            let _ = writeln!(self.out, "  instance keys {keys}");
        }
        if f.lifted.is_some() {
            let caps: Vec<String> = captured
                .iter()
                .map(|p| {
                    if f.locals[p.index()].boxed {
                        format!("{}: box", self.local(*p))
                    } else {
                        format!("{}{}", self.local(*p), type_of(p.index()))
                    }
                })
                .collect();
            if caps.is_empty() {
                let _ = writeln!(self.out, "  no closure");
            } else {
                let _ = writeln!(self.out, "  no closure, captures [{}]", caps.join(", "));
            }
        }
        if !f.env.is_empty() {
            let slots: Vec<String> = f
                .env
                .iter()
                .map(|e| {
                    if e.boxed {
                        format!("{}: box", e.name)
                    } else {
                        e.name.clone()
                    }
                })
                .collect();
            let _ = writeln!(self.out, "  env [{}]", slots.join(", "));
        }
        let non_params: Vec<String> = f
            .locals
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                !f.params.contains(&LocalId(*i as u32)) && f.rest != Some(LocalId(*i as u32))
            })
            .map(|(i, l)| {
                if l.boxed {
                    format!("%{}: box", l.name)
                } else {
                    format!("%{}{}", l.name, type_of(i))
                }
            })
            .collect();
        if !non_params.is_empty() {
            let _ = writeln!(self.out, "  locals [{}]", non_params.join(", "));
        }
        let _ = writeln!(self.out, "{{");
        self.block(&f.body, 1);
        let _ = writeln!(self.out, "}}");
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn block(&mut self, stmts: &[Stmt], depth: usize) {
        for s in stmts {
            self.stmt(s, depth);
        }
    }

    fn stmt(&mut self, s: &Stmt, d: usize) {
        self.indent(d);
        match s {
            Stmt::Expr(e) => {
                let t = self.expr(e);
                let _ = writeln!(self.out, "{t}");
            }
            Stmt::If(c, t, e) => {
                let c = self.expr(c);
                let _ = writeln!(self.out, "if {c} {{");
                self.block(t, d + 1);
                if !e.is_empty() {
                    self.indent(d);
                    let _ = writeln!(self.out, "}} else {{");
                    self.block(e, d + 1);
                }
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::Loop {
                label,
                pre_test,
                body,
                update,
                post_test,
            } => {
                let l = self.label(*label);
                match pre_test {
                    Some(t) => {
                        let t = self.expr(t);
                        let _ = writeln!(self.out, "{l}: loop while {t} {{");
                    }
                    None => {
                        let _ = writeln!(self.out, "{l}: loop {{");
                    }
                }
                self.block(body, d + 1);
                if !update.is_empty() || post_test.is_some() {
                    self.indent(d);
                    let _ = writeln!(self.out, "}} next {{");
                    self.block(update, d + 1);
                    if let Some(t) = post_test {
                        self.indent(d + 1);
                        let t = self.expr(t);
                        let _ = writeln!(self.out, "break unless {t}");
                    }
                }
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::Block(b) => {
                let _ = writeln!(self.out, "{{");
                self.block(b, d + 1);
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::Labeled(l, b) => {
                let l = self.label(*l);
                let _ = writeln!(self.out, "{l}: {{");
                self.block(b, d + 1);
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::Break(l) => {
                let l = self.label(*l);
                let _ = writeln!(self.out, "break {l}");
            }
            Stmt::Continue(l) => {
                let l = self.label(*l);
                let _ = writeln!(self.out, "continue {l}");
            }
            Stmt::Return(e) => {
                let e = self.expr(e);
                let _ = writeln!(self.out, "return {e}");
            }
            Stmt::Throw(e) => {
                let e = self.expr(e);
                let _ = writeln!(self.out, "throw {e}");
            }
            Stmt::Try {
                body,
                catch,
                finally,
            } => {
                let _ = writeln!(self.out, "try {{");
                self.block(body, d + 1);
                if let Some((binding, c)) = catch {
                    self.indent(d);
                    match binding {
                        Some(b) => {
                            let b = self.local(*b);
                            let _ = writeln!(self.out, "}} catch {b} {{");
                        }
                        None => {
                            let _ = writeln!(self.out, "}} catch {{");
                        }
                    }
                    self.block(c, d + 1);
                }
                if let Some(f) = finally {
                    self.indent(d);
                    let _ = writeln!(self.out, "}} finally {{");
                    self.block(f, d + 1);
                }
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::Switch {
                label,
                discriminant,
                cases,
            } => {
                let l = self.label(*label);
                let e = self.expr(discriminant);
                let _ = writeln!(self.out, "{l}: switch {e} {{");
                for c in cases {
                    self.indent(d);
                    match &c.test {
                        Some(t) => {
                            let t = self.expr(t);
                            let _ = writeln!(self.out, "case {t}:");
                        }
                        None => {
                            let _ = writeln!(self.out, "default:");
                        }
                    }
                    self.block(&c.body, d + 1);
                }
                self.indent(d);
                let _ = writeln!(self.out, "}}");
            }
            Stmt::PatchEnv {
                closure,
                slot,
                value,
            } => {
                let c = self.local(*closure);
                let v = self.expr(value);
                let _ = writeln!(self.out, "env_patch {c}.{} = {v}", slot.0);
            }
        }
    }

    fn target(&self, t: &Target) -> String {
        match t {
            Target::Local(l) => self.local(*l),
            Target::Box(b) => format!("box({})", self.expr(b)),
            Target::Global(s) => format!("global.{}", self.module.string(*s)),
            Target::Member(o, k) => format!("{}{}", self.expr(o), self.key(k)),
            Target::TdzChecked(t, _) => format!("tdz_checked({})", self.target(t)),
            Target::Const(t, _) => format!("const_violation({})", self.target(t)),
            Target::Ignored => "ignored".to_string(),
        }
    }

    /// `.name` for identifier-like string keys, else `[expr]`.
    fn key(&self, k: &Expr) -> String {
        if let Expr::Str(s) = k {
            let name = self.module.string(*s);
            let mut chars = name.chars();
            let ident = chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
            if ident {
                return format!(".{name}");
            }
        }
        format!("[{}]", self.expr(k))
    }

    /// What an inlined body's parameters take: `arg i`, or (the last ones
    /// of a lifted function) the `captures`.
    fn parameter_bindings(&self, b: &InlinedBody, captures: &[Expr]) -> Vec<String> {
        let own = b.params.len() - captures.len();
        b.params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let from = match i.checked_sub(own) {
                    None => format!("arg {i}"),
                    Some(k) => self.expr(&captures[k]),
                };
                format!("{} = {from}", self.local(*p))
            })
            .collect()
    }

    fn inlined_body(&self, b: &InlinedBody) -> String {
        let target = &self.module.functions[b.func.index()];
        let mut bind = vec![format!("{} = callee", self.local(b.callee))];
        if let Some(r) = b.receiver {
            bind.push(format!("{} = this", self.local(r)));
        }
        bind.extend(self.parameter_bindings(b, &[]));
        format!(
            "inline @{} {} [{}] => {}",
            b.func.0,
            target.debug_name,
            bind.join(", "),
            self.expr(&b.body)
        )
    }

    fn args(&self, args: &[Expr]) -> String {
        args.iter()
            .map(|a| self.expr(a))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn expr(&self, e: &Expr) -> String {
        match e {
            Expr::Undefined => "undefined".into(),
            Expr::Null => "null".into(),
            Expr::Bool(b) => b.to_string(),
            Expr::Number(n) => {
                if *n == 0.0 && n.is_sign_negative() {
                    "-0".into()
                } else {
                    format!("{n}")
                }
            }
            Expr::Str(s) => quote(&self.module.string(*s)),
            Expr::Uninit => "uninit".into(),
            Expr::Local(l) => self.local(*l),
            Expr::Env(s) => self.env(*s),
            Expr::Callee => "callee".into(),
            Expr::ThisArg => "this".into(),
            Expr::TdzCheck(e, _) => format!("tdz_check({})", self.expr(e)),
            Expr::BoxNew(e) => format!("box_new({})", self.expr(e)),
            Expr::BoxGet(e) => format!("box_get({})", self.expr(e)),
            Expr::Closure { func, captures } => {
                let target = &self.module.functions[func.index()];
                let parts: Vec<String> = captures
                    .iter()
                    .zip(&target.env)
                    .map(|(c, slot)| format!("{}: {}", slot.name, self.expr(c)))
                    .collect();
                format!(
                    "closure @{} {} [{}]",
                    func.0,
                    target.debug_name,
                    parts.join(", ")
                )
            }
            Expr::GlobalGet(s) => format!("global.{}", self.module.string(*s)),
            Expr::GlobalTypeof(s) => format!("typeof global.{}", self.module.string(*s)),
            Expr::Assign(Target::Box(b), v) => {
                format!("box_set({}, {})", self.expr(b), self.expr(v))
            }
            Expr::Assign(t, v) => format!("{} = {}", self.target(t), self.expr(v)),
            Expr::CompoundAssign(t, op, v) => {
                format!("{} {}= {}", self.target(t), op.as_str(), self.expr(v))
            }
            Expr::LogicalAssign(t, op, v) => {
                let o = match op {
                    LogicalOp::And => "&&=",
                    LogicalOp::Or => "||=",
                    LogicalOp::Nullish => "??=",
                };
                format!("{} {o} {}", self.target(t), self.expr(v))
            }
            Expr::Update {
                target,
                increment,
                prefix,
            } => {
                let op = if *increment { "++" } else { "--" };
                if *prefix {
                    format!("{op}{}", self.target(target))
                } else {
                    format!("{}{op}", self.target(target))
                }
            }
            Expr::Unary(op, e) => {
                let o = match op {
                    UnOp::Neg => "-",
                    UnOp::Plus => "+",
                    UnOp::Not => "!",
                    UnOp::BitNot => "~",
                    UnOp::Typeof => "typeof ",
                    UnOp::Void => "void ",
                };
                format!("{o}{}", self.expr(e))
            }
            Expr::Binary(op, a, b) => {
                format!("({} {} {})", self.expr(a), op.as_str(), self.expr(b))
            }
            Expr::Logical(op, a, b) => {
                let o = match op {
                    LogicalOp::And => "&&",
                    LogicalOp::Or => "||",
                    LogicalOp::Nullish => "??",
                };
                format!("({} {o} {})", self.expr(a), self.expr(b))
            }
            Expr::Cond(c, a, b) => {
                format!("({} ? {} : {})", self.expr(c), self.expr(a), self.expr(b))
            }
            Expr::Seq(es) => format!("({})", self.args(es)),
            Expr::Member(o, k) => format!("{}{}", self.expr(o), self.key(k)),
            Expr::Delete(o, k) => format!("delete {}[{}]", self.expr(o), self.expr(k)),
            Expr::Call { callee, args, .. } => {
                format!("call {}({})", self.expr(callee), self.args(args))
            }
            Expr::MethodCall {
                object, key, args, ..
            } => {
                format!(
                    "call {}{}({})",
                    self.expr(object),
                    self.key(key),
                    self.args(args)
                )
            }
            Expr::InlinedCall(c) => {
                let bodies: Vec<String> = c.bodies.iter().map(|b| self.inlined_body(b)).collect();
                let callee = match &c.callee {
                    InlinedCallee::Method { object, key } => {
                        format!("{}{}", self.expr(object), self.key(key))
                    }
                    InlinedCallee::Plain(callee) => self.expr(callee),
                };
                format!(
                    "call {callee}({}) {{ {} }}",
                    self.args(&c.args),
                    bodies.join(" | ")
                )
            }
            Expr::ClosureEnv {
                closure,
                func,
                slot,
            } => {
                let target = &self.module.functions[func.index()];
                let name = target
                    .env
                    .get(slot.index())
                    .map_or("?", |e| e.name.as_str());
                format!("{}.env.{name}", self.local(*closure))
            }
            Expr::CallWithThis {
                callee, this, args, ..
            } => format!(
                "call {}({}) with this = {}",
                self.expr(callee),
                self.args(args),
                self.expr(this)
            ),
            Expr::InlinedDirectCall(c) => {
                let b = &c.body;
                let target = &self.module.functions[b.func.index()];
                let bind = self.parameter_bindings(b, &c.captures);
                // A lifted callee has no closure (see `DirectCall`).
                let closure = match target.lifted {
                    Some(_) => String::new(),
                    None => format!(" {}", self.expr(&c.closure)),
                };
                format!(
                    "call_direct @{} {}{closure}({}) {{ inline [{}] => {} }}",
                    b.func.0,
                    target.debug_name,
                    self.args(&c.args),
                    bind.join(", "),
                    self.expr(&b.body)
                )
            }
            Expr::DirectCall {
                func,
                closure,
                args,
                captures,
            } => {
                let target = &self.module.functions[func.index()];
                let name = &target.debug_name;
                if let Some(n) = target.lifted {
                    let names = &target.params[target.params.len() - n as usize..];
                    let caps: Vec<String> = names
                        .iter()
                        .zip(captures)
                        .map(|(p, c)| {
                            format!("{}: {}", target.locals[p.index()].name, self.expr(c))
                        })
                        .collect();
                    let caps = if caps.is_empty() {
                        String::new()
                    } else {
                        format!(" [{}]", caps.join(", "))
                    };
                    return format!("call_direct @{} {name}({}){caps}", func.0, self.args(args));
                }
                format!(
                    "call_direct @{} {name} {}({})",
                    func.0,
                    self.expr(closure),
                    self.args(args)
                )
            }
            Expr::New { callee, args, .. } => {
                format!("new {}({})", self.expr(callee), self.args(args))
            }
            Expr::Array(items) => format!("array [{}]", self.args(items)),
            Expr::Object(props) => {
                let parts: Vec<String> = props
                    .iter()
                    .map(|p| {
                        let k = match &p.key {
                            PropKey::Static(s) => quote(&self.module.string(*s)),
                            PropKey::Computed(e) => format!("[{}]", self.expr(e)),
                        };
                        let kind = match p.kind {
                            PropKind::Init => "",
                            PropKind::Get => "get ",
                            PropKind::Set => "set ",
                            PropKind::Spread => "...",
                            PropKind::Proto => "proto ",
                            PropKind::MethodWithHome => "method ",
                        };
                        if matches!(p.kind, PropKind::Spread) {
                            return format!("...{}", self.expr(&p.value));
                        }
                        format!("{kind}{k}: {}", self.expr(&p.value))
                    })
                    .collect();
                format!("object {{{}}}", parts.join(", "))
            }
            Expr::IterToArray(e) => format!("iter_to_array({})", self.expr(e)),
            Expr::Spread(e, _) => format!("...{}", self.expr(e)),
            Expr::Intrinsic(i, args) => format!("{}({})", i.name(), self.args(args)),
            Expr::Chain(e) => format!("chain({})", self.expr(e)),
            Expr::ChainGuard(e) => format!("{}?", self.expr(e)),
        }
    }
}

// ---------------------------------------------------------------------------
// Verifier
// ---------------------------------------------------------------------------

/// Checks the module's internal consistency: every local, environment slot,
/// string, function and label a function uses is one it defines or receives,
/// and every closure allocation fills exactly its target's environment.
pub fn verify(module: &Module) -> Result<(), String> {
    for (i, f) in module.functions.iter().enumerate() {
        let mut v = Verifier {
            module,
            func: f,
            labels: Vec::new(),
            errors: Vec::new(),
            mentions: Vec::new(),
        };
        for p in &f.params {
            v.local(*p);
        }
        if let Some(n) = f.lifted
            && (!f.env.is_empty()
                || f.arguments.is_some()
                || (n > 0 && f.rest.is_some())
                || n as usize > f.params.len())
        {
            v.errors.push(
                "a lifted function has an environment, `arguments`, or rest and captures"
                    .to_string(),
            );
        }
        v.block(&f.body);
        if let Some(e) = v.errors.into_iter().next() {
            return Err(format!("function @{i} {}: {e}", f.debug_name));
        }
    }
    Ok(())
}

/// How many times `body` (a body of `func`, possibly taken out of it)
/// mentions each of `func`'s locals, in any role: read, written, captured,
/// a catch parameter, a closure whose environment is read or patched.
pub fn local_mentions(module: &Module, func: &Function, body: &[Stmt]) -> Vec<u32> {
    let mut v = Verifier {
        module,
        func,
        labels: Vec::new(),
        errors: Vec::new(),
        mentions: vec![0; func.locals.len()],
    };
    v.block(body);
    v.mentions
}

struct Verifier<'a> {
    module: &'a Module,
    func: &'a Function,
    /// Enclosing labels: (label, is_loop).
    labels: Vec<(LabelId, bool)>,
    errors: Vec<String>,
    /// Mentions of each local (counted only when sized: `local_mentions`).
    mentions: Vec<u32>,
}

impl Verifier<'_> {
    fn local(&mut self, l: LocalId) {
        if l.index() >= self.func.locals.len() {
            self.errors.push(format!("uses undefined local {}", l.0));
        }
        if let Some(n) = self.mentions.get_mut(l.index()) {
            *n += 1;
        }
    }

    fn string(&mut self, s: StrId) {
        if s.index() >= self.module.strings.len() {
            self.errors.push(format!("uses undefined string {}", s.0));
        }
    }

    fn block(&mut self, b: &[Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) | Stmt::Return(e) | Stmt::Throw(e) => self.expr(e),
            Stmt::If(c, t, e) => {
                self.expr(c);
                self.block(t);
                self.block(e);
            }
            Stmt::Loop {
                label,
                pre_test,
                body,
                update,
                post_test,
            } => {
                self.labels.push((*label, true));
                if let Some(t) = pre_test {
                    self.expr(t);
                }
                self.block(body);
                self.block(update);
                if let Some(t) = post_test {
                    self.expr(t);
                }
                self.labels.pop();
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled(l, b) => {
                self.labels.push((*l, false));
                self.block(b);
                self.labels.pop();
            }
            Stmt::Break(l) => {
                if !self.labels.iter().any(|(x, _)| x == l) {
                    self.errors
                        .push(format!("break to label L{} that does not enclose it", l.0));
                }
            }
            Stmt::Continue(l) => {
                if !self.labels.iter().any(|(x, is_loop)| x == l && *is_loop) {
                    self.errors.push(format!(
                        "continue to L{}, which is not an enclosing loop",
                        l.0
                    ));
                }
            }
            Stmt::Try {
                body,
                catch,
                finally,
            } => {
                self.block(body);
                if let Some((b, c)) = catch {
                    if let Some(b) = b {
                        self.local(*b);
                    }
                    self.block(c);
                }
                if let Some(f) = finally {
                    self.block(f);
                }
            }
            Stmt::Switch {
                label,
                discriminant,
                cases,
            } => {
                self.expr(discriminant);
                self.labels.push((*label, false));
                for c in cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.block(&c.body);
                }
                self.labels.pop();
            }
            Stmt::PatchEnv {
                closure,
                slot,
                value,
            } => {
                self.local(*closure);
                let _ = slot;
                self.expr(value);
            }
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Local(l) => self.local(*l),
            Target::Box(b) => self.expr(b),
            Target::Global(s) => self.string(*s),
            Target::Member(o, k) => {
                self.expr(o);
                self.expr(k);
            }
            Target::TdzChecked(t, s) | Target::Const(t, s) => {
                self.string(*s);
                self.target(t);
            }
            Target::Ignored => {}
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn inlined_body(&mut self, b: &InlinedBody) {
        for l in b.locals() {
            self.local(l);
        }
        match self.module.functions.get(b.func.index()) {
            Some(target) if target.params.len() == b.params.len() => {}
            _ => self
                .errors
                .push(format!("inlines @{} with the wrong parameters", b.func.0)),
        }
        self.expr(&b.body);
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Undefined
            | Expr::Null
            | Expr::Bool(_)
            | Expr::Number(_)
            | Expr::Uninit
            | Expr::ThisArg => {}
            Expr::Callee => {
                if self.func.lifted.is_some() {
                    self.errors
                        .push("a lifted function reads callee".to_string());
                }
            }
            Expr::Str(s) | Expr::GlobalGet(s) | Expr::GlobalTypeof(s) => self.string(*s),
            Expr::Local(l) => self.local(*l),
            Expr::Env(s) => {
                if s.index() >= self.func.env.len() {
                    self.errors.push(format!(
                        "reads environment slot {} but the environment has {}",
                        s.0,
                        self.func.env.len()
                    ));
                }
            }
            Expr::TdzCheck(e, s) => {
                self.string(*s);
                self.expr(e);
            }
            Expr::BoxNew(e)
            | Expr::BoxGet(e)
            | Expr::Unary(_, e)
            | Expr::IterToArray(e)
            | Expr::Spread(e, _)
            | Expr::Chain(e)
            | Expr::ChainGuard(e) => self.expr(e),
            Expr::Intrinsic(_, args) => self.exprs(args),
            Expr::Closure { func, captures } => {
                match self.module.functions.get(func.index()) {
                    Some(target) if target.lifted.is_some() => self
                        .errors
                        .push(format!("closure of lifted function @{}", func.0)),
                    Some(target) => {
                        if target.env.len() != captures.len() {
                            self.errors.push(format!(
                                "closure @{} fills {} slots, its environment has {}",
                                func.0,
                                captures.len(),
                                target.env.len()
                            ));
                        }
                    }
                    None => self
                        .errors
                        .push(format!("closure of undefined function @{}", func.0)),
                }
                self.exprs(captures);
            }
            Expr::Assign(t, v) | Expr::CompoundAssign(t, _, v) | Expr::LogicalAssign(t, _, v) => {
                self.target(t);
                self.expr(v);
            }
            Expr::Update { target, .. } => self.target(target),
            Expr::Binary(_, a, b)
            | Expr::Logical(_, a, b)
            | Expr::Member(a, b)
            | Expr::Delete(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            Expr::Cond(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            Expr::Seq(es) | Expr::Array(es) => self.exprs(es),
            Expr::Call { callee, args, desc } | Expr::New { callee, args, desc } => {
                self.string(*desc);
                self.expr(callee);
                self.exprs(args);
            }
            Expr::CallWithThis {
                callee,
                this,
                args,
                desc,
            } => {
                self.string(*desc);
                self.expr(callee);
                self.expr(this);
                self.exprs(args);
            }
            Expr::MethodCall {
                object,
                key,
                args,
                desc,
            } => {
                self.string(*desc);
                self.expr(object);
                self.expr(key);
                self.exprs(args);
            }
            Expr::InlinedCall(c) => {
                self.string(c.desc);
                match &c.callee {
                    InlinedCallee::Method { object, key } => {
                        self.expr(object);
                        self.expr(key);
                    }
                    InlinedCallee::Plain(callee) => {
                        self.expr(callee);
                        // `this` of a plain call is undefined, which a
                        // sloppy body would see as the global object.
                        if let Some(b) = c.bodies.iter().find(|b| b.receiver.is_some()) {
                            self.errors.push(format!(
                                "inlines @{} with a receiver at a plain call",
                                b.func.0
                            ));
                        }
                    }
                }
                self.exprs(&c.args);
                for b in &c.bodies {
                    self.inlined_body(b);
                }
            }
            Expr::InlinedDirectCall(c) => {
                self.expr(&c.closure);
                self.exprs(&c.args);
                self.exprs(&c.captures);
                match self.module.functions.get(c.body.func.index()) {
                    Some(target)
                        if target.lifted.unwrap_or(0) as usize == c.captures.len()
                            && !has_spread(&c.args) => {}
                    _ => self.errors.push(format!(
                        "inlines @{} with the wrong captures",
                        c.body.func.0
                    )),
                }
                self.inlined_body(&c.body);
            }
            Expr::ClosureEnv {
                closure,
                func,
                slot,
            } => {
                self.local(*closure);
                if self
                    .module
                    .functions
                    .get(func.index())
                    .is_none_or(|t| slot.index() >= t.env.len())
                {
                    self.errors.push(format!(
                        "reads slot {} of a closure of @{}, which has no such slot",
                        slot.0, func.0
                    ));
                }
            }
            Expr::DirectCall {
                func,
                closure,
                args,
                captures,
            } => {
                match self.module.functions.get(func.index()) {
                    None => self
                        .errors
                        .push(format!("direct call of undefined function @{}", func.0)),
                    Some(target) => match target.lifted {
                        Some(n) => {
                            if !matches!(**closure, Expr::Undefined)
                                || captures.len() != n as usize
                                || has_spread(args)
                            {
                                self.errors.push(format!(
                                    "call of lifted @{} needs an undefined callee, {n} captures and no spread",
                                    func.0
                                ));
                            }
                        }
                        None => {
                            if !captures.is_empty() {
                                self.errors.push(format!(
                                    "passes captures to @{}, which is not lifted",
                                    func.0
                                ));
                            }
                        }
                    },
                }
                self.expr(closure);
                self.exprs(args);
                self.exprs(captures);
            }
            Expr::Object(props) => {
                for p in props {
                    if let PropKey::Computed(k) = &p.key {
                        self.expr(k);
                    }
                    if let PropKey::Static(s) = &p.key {
                        self.string(*s);
                    }
                    self.expr(&p.value);
                }
            }
        }
    }
}
