//! The global object and the builtins: constructors, prototypes, console.

use crate::call::call;
use crate::error::{ErrorKind, throw_type_error};
use crate::heap::*;
use crate::object::*;
use crate::ops::*;
use crate::property;
use crate::state::rt;
use crate::string;
use crate::value::Value;
use std::io::Write;

/// The arguments of a call as a slice.
///
/// # Safety
/// `argv` must point to `argc` values (or `argc` must be 0).
pub unsafe fn args_slice<'a>(argc: u64, argv: *const u64) -> &'a [Value] {
    if argc == 0 || argv.is_null() {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
    }
}

pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Defines a native function: `$name(this, args) -> JsResult<Value>`.
#[macro_export]
macro_rules! native {
    ($name:ident, |$this:ident, $args:ident| $body:expr) => {
        /// A native builtin (JS calling convention).
        ///
        /// # Safety
        /// `argv` must point to `argc` values.
        #[allow(unused_variables, clippy::redundant_closure_call)]
        pub unsafe extern "C" fn $name(
            _callee: u64,
            this: u64,
            argc: u64,
            argv: *const u64,
        ) -> u64 {
            let $args: &[Value] = unsafe { $crate::builtins::args_slice(argc, argv) };
            let $this = Value(this);
            // The caller's argument array is not a GC root once the call has
            // started: keep `this` and the arguments alive for the whole call.
            let _roots = $crate::gc::RootGuard::new($args);
            _roots.push($this);
            let r: JsResult<Value> = (|| $body)();
            $crate::ops::rt_result(r)
        }
    };
}

pub fn string_of_unit(u: u16) -> Value {
    if u < 128 {
        let r = rt();
        if r.digit_strings.len() > 10 {
            return r.digit_strings[10 + u as usize];
        }
    }
    string::from_units(vec![u])
}

/// A native function object.
pub fn make_native(name: &str, length: u32, code: JsCode, constructor: bool) -> Value {
    let r = rt();
    let n = string::intern(name);
    let flags = FUNCTION_FLAG_NATIVE
        | if constructor {
            FUNCTION_FLAG_CONSTRUCTOR
        } else {
            0
        };
    r.heap
        .alloc_function(r.protos.function, code, n, length, flags, 0)
}

/// Defines a native method (non-enumerable) on `obj`.
pub fn method(obj: Value, name: &str, length: u32, code: JsCode) -> Value {
    let f = make_native(name, length, code, false);
    define_str(obj, name, f, PROP_WRITABLE | PROP_CONFIGURABLE);
    f
}

/// Defines a constructor global with the given prototype object.
fn constructor(name: &str, length: u32, code: JsCode, proto: Value) -> Value {
    let f = make_native(name, length, code, true);
    define_str(f, "prototype", proto, 0);
    define_str(proto, "constructor", f, PROP_WRITABLE | PROP_CONFIGURABLE);
    define_str(rt().global, name, f, PROP_WRITABLE | PROP_CONFIGURABLE);
    f
}

// ---- output ---------------------------------------------------------------

struct Output(std::cell::UnsafeCell<Vec<u8>>);
// SAFETY: only the program thread writes output.
unsafe impl Sync for Output {}
static STDOUT: Output = Output(std::cell::UnsafeCell::new(Vec::new()));

pub fn write_stdout(s: &str) {
    // SAFETY: single-threaded.
    let buf = unsafe { &mut *STDOUT.0.get() };
    buf.extend_from_slice(s.as_bytes());
    if buf.len() > 1 << 16 {
        flush_stdout();
    }
}

pub fn flush_stdout() {
    // SAFETY: single-threaded.
    let buf = unsafe { &mut *STDOUT.0.get() };
    if !buf.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(buf);
        let _ = out.flush();
        buf.clear();
    }
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
}

// ---- Object ---------------------------------------------------------------

native!(object_ctor, |this, args| {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(new_plain_object());
    }
    to_object(v)
});

pub fn to_object(v: Value) -> JsResult<Value> {
    if is_object(v) {
        return Ok(v);
    }
    if v.is_nullish() {
        return Err(throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    let proto = if v.is_number() {
        rt().protos.number
    } else if is_string(v) {
        rt().protos.string
    } else {
        rt().protos.boolean
    };
    Ok(rt()
        .heap
        .alloc_object(KIND_OBJECT, proto, Internal::Primitive(v)))
}

native!(object_proto_has_own, |this, args| {
    let k = to_property_key(arg(args, 0))?;
    if is_string(this) {
        let len = unsafe { string::units(this) }.len();
        return Ok(Value::bool(
            array_index_of_key(k).is_some_and(|i| (i as usize) < len)
                || string::string_eq(k, string::intern("length")),
        ));
    }
    let o = to_object(this)?;
    Ok(Value::bool(property::has_own(o, k)))
});

native!(object_proto_to_string, |this, args| {
    let tag = if this.is_undefined() {
        "Undefined"
    } else if this.is_null() {
        "Null"
    } else if is_array(this) {
        "Array"
    } else if is_function(this) {
        "Function"
    } else if crate::error::is_error(this) {
        "Error"
    } else {
        "Object"
    };
    Ok(string::from_str(&format!("[object {tag}]")))
});

native!(object_proto_value_of, |this, args| to_object(this));

// ---- Function -------------------------------------------------------------

native!(function_proto_call, |this, args| {
    let this_arg = arg(args, 0);
    let rest = if args.len() > 1 { &args[1..] } else { &[] };
    call(this, this_arg, rest)
});

native!(function_proto_apply, |this, args| {
    let this_arg = arg(args, 0);
    let list = arg(args, 1);
    let items = if list.is_nullish() {
        Vec::new()
    } else {
        array_like_to_vec(list)?
    };
    call(this, this_arg, &items)
});

/// An array's elements with holes read as undefined.
///
/// # Safety
/// `v` must be an array value.
pub unsafe fn dense_elements(v: Value) -> Vec<Value> {
    unsafe { object_mut(v) }
        .elements
        .iter()
        .map(|e| if e.is_uninit() { Value::UNDEFINED } else { *e })
        .collect()
}

pub fn array_like_to_vec(v: Value) -> JsResult<Vec<Value>> {
    if is_array(v) {
        return Ok(unsafe { dense_elements(v) });
    }
    if !is_object(v) {
        return Err(throw_type_error(
            "CreateListFromArrayLike called on non-object",
        ));
    }
    let len = to_number(property::get(v, string::intern("length"))?)?;
    let len = if len.is_nan() || len < 0.0 {
        0
    } else {
        len as usize
    };
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        out.push(property::get_value(v, Value::number(i as f64))?);
    }
    Ok(out)
}

unsafe extern "C" fn bound_function_code(
    callee: u64,
    this: u64,
    argc: u64,
    argv: *const u64,
) -> u64 {
    let f = unsafe { function_mut(Value(callee)) };
    let args = unsafe { args_slice(argc, argv) };
    let target = f.bound[0];
    let mut all: Vec<Value> = f.bound[2..].to_vec();
    all.extend_from_slice(args);
    let _ = this;
    rt_result(call(target, f.bound[1], &all))
}

native!(function_proto_bind, |this, args| {
    if !is_function(this) {
        return Err(throw_type_error("Bind must be called on a function"));
    }
    let target = unsafe { function_mut(this) };
    let name = format!("bound {}", string::to_rust_string(target.name));
    let len = target
        .length
        .saturating_sub(args.len().saturating_sub(1) as u32);
    let ctor = target.flags & FUNCTION_FLAG_CONSTRUCTOR != 0;
    let f = make_native(&name, len, bound_function_code, ctor);
    let fr = unsafe { function_mut(f) };
    fr.flags &= !FUNCTION_FLAG_NATIVE;
    fr.bound.push(this);
    fr.bound.push(arg(args, 0));
    if args.len() > 1 {
        fr.bound.extend_from_slice(&args[1..]);
    }
    Ok(f)
});

native!(function_proto_to_string, |this, args| {
    if !is_function(this) {
        return Err(throw_type_error(
            "Function.prototype.toString requires that 'this' be a Function",
        ));
    }
    let name = string::to_rust_string(unsafe { function_mut(this) }.name);
    Ok(string::from_str(&format!(
        "function {name}() {{ [native code] }}"
    )))
});

// ---- Error ----------------------------------------------------------------

fn make_error(kind: ErrorKind, this: Value, args: &[Value]) -> JsResult<Value> {
    let proto = if this.is_uninit() {
        let nt = crate::class::new_target();
        let p = if is_function(nt) {
            crate::property::prototype_property(nt)?
        } else {
            Value::UNDEFINED
        };
        if is_object(p) {
            p
        } else {
            crate::error::error_proto(kind)
        }
    } else {
        crate::error::error_proto(kind)
    };
    let msg = arg(args, 0);
    let msg = if msg.is_undefined() {
        msg
    } else {
        to_string(msg)?
    };
    let e = crate::error::new_error_with_proto(proto, msg);
    let opts = arg(args, 1);
    if is_object(opts) && property::has_own(opts, string::intern("cause")) {
        let cause = property::get(opts, string::intern("cause"))?;
        define_str(e, "cause", cause, PROP_WRITABLE | PROP_CONFIGURABLE);
    }
    Ok(e)
}

native!(error_ctor, |this, args| make_error(
    ErrorKind::Error,
    this,
    args
));
native!(type_error_ctor, |this, args| make_error(
    ErrorKind::TypeError,
    this,
    args
));
native!(range_error_ctor, |this, args| make_error(
    ErrorKind::RangeError,
    this,
    args
));
native!(reference_error_ctor, |this, args| make_error(
    ErrorKind::ReferenceError,
    this,
    args
));
native!(syntax_error_ctor, |this, args| make_error(
    ErrorKind::SyntaxError,
    this,
    args
));

native!(error_proto_to_string, |this, args| {
    if !is_object(this) {
        return Err(throw_type_error(
            "Error.prototype.toString requires that 'this' be an Object",
        ));
    }
    let name = property::get(this, string::intern("name"))?;
    let name = if name.is_undefined() {
        "Error".to_string()
    } else {
        to_rust_string(name)?
    };
    let msg = property::get(this, string::intern("message"))?;
    let msg = if msg.is_undefined() {
        String::new()
    } else {
        to_rust_string(msg)?
    };
    Ok(string::from_str(&if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }))
});

// ---- String, Number, Boolean ---------------------------------------------

native!(string_ctor, |this, args| {
    let v = if args.is_empty() {
        string::intern("")
    } else {
        to_string(args[0])?
    };
    if this.is_uninit() {
        return Ok(rt()
            .heap
            .alloc_object(KIND_OBJECT, rt().protos.string, Internal::Primitive(v)));
    }
    Ok(v)
});

native!(number_ctor, |this, args| {
    let n = if args.is_empty() {
        0.0
    } else {
        to_number(args[0])?
    };
    if this.is_uninit() {
        return Ok(rt().heap.alloc_object(
            KIND_OBJECT,
            rt().protos.number,
            Internal::Primitive(Value::number(n)),
        ));
    }
    Ok(Value::number(n))
});

native!(boolean_ctor, |this, args| {
    let b = Value::bool(to_boolean(arg(args, 0)));
    if this.is_uninit() {
        return Ok(rt().heap.alloc_object(
            KIND_OBJECT,
            rt().protos.boolean,
            Internal::Primitive(b),
        ));
    }
    Ok(b)
});

/// The primitive inside `this` for String/Number/Boolean prototype methods.
pub fn this_primitive(this: Value) -> Value {
    if is_object(this)
        && let Internal::Primitive(p) = *unsafe { object_mut(this) }.internal()
    {
        return p;
    }
    this
}

native!(string_proto_to_string, |this, args| {
    let p = this_primitive(this);
    if !is_string(p) {
        return Err(throw_type_error(
            "String.prototype.toString requires that 'this' be a String",
        ));
    }
    Ok(p)
});

native!(value_of_primitive, |this, args| Ok(this_primitive(this)));

native!(boolean_proto_to_string, |this, args| {
    let p = this_primitive(this);
    Ok(string::intern(if p.0 == crate::value::TRUE {
        "true"
    } else {
        "false"
    }))
});

// ---- Array ----------------------------------------------------------------

pub fn new_array(elements: Vec<Value>) -> Value {
    new_array_from(&elements)
}

/// An array of a copy of `values`.
pub fn new_array_from(values: &[Value]) -> Value {
    let a = rt()
        .heap
        .alloc_object(KIND_ARRAY, rt().protos.array, Internal::None);
    unsafe { object_mut(a) }.elements.extend_from_slice(values);
    a
}

native!(array_ctor, |this, args| {
    let array = if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        if n < 0.0 || n.fract() != 0.0 || n > 4294967295.0 {
            return Err(crate::error::throw_error(
                ErrorKind::RangeError,
                "Invalid array length",
            ));
        }
        let a = new_array(Vec::new());
        unsafe { object_mut(a) }
            .elements
            .resize(n as usize, Value::UNINIT);
        a
    } else {
        new_array_from(args)
    };
    // Constructed for a subclass (`class Stack extends Array`): the
    // prototype is new.target's.
    let new_target = crate::class::new_target();
    if this.is_uninit() && is_function(new_target) {
        let _root = crate::gc::RootGuard::new(&[array]);
        let proto = crate::property::prototype_property(new_target)?;
        if is_object(proto) {
            unsafe { object_mut(array) }.proto = proto;
        }
    }
    Ok(array)
});

// ---- globals --------------------------------------------------------------

native!(global_is_nan, |this, args| Ok(Value::bool(
    to_number(arg(args, 0))?.is_nan()
)));
native!(global_is_finite, |this, args| Ok(Value::bool(
    to_number(arg(args, 0))?.is_finite()
)));

native!(global_parse_float, |this, args| {
    let s = to_rust_string(arg(args, 0))?;
    let t = s.trim_start_matches(string::is_js_whitespace);
    // The longest prefix that is a StrDecimalLiteral.
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if t[i..].starts_with("Infinity") {
        return Ok(Value::number(if b.first() == Some(&b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i == digits_start || (i == digits_start + 1 && b[digits_start] == b'.') {
        return Ok(Value::number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    Ok(Value::number(t[..i].parse::<f64>().unwrap_or(f64::NAN)))
});

native!(global_parse_int, |this, args| {
    let s = to_rust_string(arg(args, 0))?;
    let mut radix = to_int32(to_number(arg(args, 1))?);
    let t = s.trim_start_matches(string::is_js_whitespace);
    let (neg, mut t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if (radix == 0 || radix == 16)
        && let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X"))
    {
        t = r;
        radix = 16;
    }
    if radix == 0 {
        radix = 10;
    }
    if !(2..=36).contains(&radix) {
        return Ok(Value::number(f64::NAN));
    }
    let digits: &str = {
        let end = t
            .char_indices()
            .find(|(_, c)| c.to_digit(radix as u32).is_none())
            .map_or(t.len(), |(i, _)| i);
        &t[..end]
    };
    if digits.is_empty() {
        return Ok(Value::number(f64::NAN));
    }
    let n = parse_int_digits(digits, radix as u32);
    Ok(Value::number(if neg { -n } else { n }))
});

/// The value of `digits` (all valid in `radix`) as `parseInt` gives it:
/// correctly rounded for radix 10 (as a decimal literal) and for radixes
/// that are powers of two (exact up to 128 bits, then rounded once), which
/// is what the specification requires and V8 does; other radixes
/// accumulate in doubles (the specification allows an approximation).
fn parse_int_digits(digits: &str, radix: u32) -> f64 {
    if radix == 10 {
        return digits.parse::<f64>().unwrap_or(f64::NAN);
    }
    if radix.is_power_of_two() {
        let bits_per_digit = radix.trailing_zeros();
        let significant = digits.trim_start_matches('0');
        if significant.len() as u32 * bits_per_digit <= 128 {
            let mut n: u128 = 0;
            for c in significant.chars() {
                n = (n << bits_per_digit) | c.to_digit(radix).unwrap_or(0) as u128;
            }
            return n as f64;
        }
    }
    let mut n = 0f64;
    for c in digits.chars() {
        n = n * radix as f64 + c.to_digit(radix).unwrap_or(0) as f64;
    }
    n
}

pub fn json_stringify_simple(v: Value) -> String {
    if v.is_number() {
        let n = v.as_number();
        return if n.is_finite() {
            string::number_to_rust_string(n)
        } else {
            "null".into()
        };
    }
    if is_string(v) {
        let s = string::to_rust_string(v);
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        return out;
    }
    match v.0 {
        crate::value::TRUE => "true".into(),
        crate::value::FALSE => "false".into(),
        crate::value::NULL => "null".into(),
        _ => "undefined".into(),
    }
}

fn error_type(name: &str, code: JsCode, proto: Value) -> Value {
    let ctor = constructor(name, 1, code, proto);
    define_str(
        proto,
        "name",
        string::intern(name),
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
    define_str(
        proto,
        "message",
        string::intern(""),
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
    ctor
}

/// Creates the global object and every builtin.
pub fn install() {
    let r = rt();
    // One-character strings for ASCII, after the digits.
    for u in 0..128u16 {
        let v = string::intern(&String::from_utf16_lossy(&[u]));
        r.digit_strings.push(v);
    }
    let object_proto = r
        .heap
        .alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
    r.protos.object = object_proto;
    unsafe extern "C" fn empty_function(_: u64, _: u64, _: u64, _: *const u64) -> u64 {
        Value::UNDEFINED.0
    }
    let function_proto = r.heap.alloc_function(
        object_proto,
        empty_function,
        string::intern(""),
        0,
        FUNCTION_FLAG_NATIVE,
        0,
    );
    r.protos.function = function_proto;
    let new_proto = |r: &mut crate::state::Runtime| {
        r.heap
            .alloc_object(KIND_OBJECT, object_proto, Internal::None)
    };
    r.protos.array = r
        .heap
        .alloc_object(KIND_ARRAY, object_proto, Internal::None);
    r.protos.string = r.heap.alloc_object(
        KIND_OBJECT,
        object_proto,
        Internal::Primitive(string::intern("")),
    );
    r.protos.number = r.heap.alloc_object(
        KIND_OBJECT,
        object_proto,
        Internal::Primitive(Value::number(0.0)),
    );
    r.protos.boolean =
        r.heap
            .alloc_object(KIND_OBJECT, object_proto, Internal::Primitive(Value::FALSE));
    r.protos.error = new_proto(r);
    r.protos.map = new_proto(r);
    r.protos.set = new_proto(r);
    r.protos.iterator = new_proto(r);
    let error_proto = r.protos.error;
    let sub = |r: &mut crate::state::Runtime| {
        r.heap
            .alloc_object(KIND_OBJECT, error_proto, Internal::None)
    };
    r.protos.type_error = sub(r);
    r.protos.range_error = sub(r);
    r.protos.reference_error = sub(r);
    r.protos.syntax_error = sub(r);
    r.protos.eval_error = sub(r);
    r.protos.uri_error = sub(r);
    r.global = r
        .heap
        .alloc_object(KIND_OBJECT, object_proto, Internal::None);
    let g = r.global;
    let p = unsafe { &*(&r.protos as *const crate::state::Protos) };

    define_str(g, "globalThis", g, PROP_WRITABLE | PROP_CONFIGURABLE);
    define_str(g, "undefined", Value::UNDEFINED, 0);
    define_str(g, "NaN", Value::number(f64::NAN), 0);
    define_str(g, "Infinity", Value::number(f64::INFINITY), 0);

    constructor("Object", 1, object_ctor, p.object);
    method(p.object, "hasOwnProperty", 1, object_proto_has_own);
    method(p.object, "toString", 0, object_proto_to_string);
    method(p.object, "valueOf", 0, object_proto_value_of);

    unsafe extern "C" fn function_ctor(_: u64, _: u64, _: u64, _: *const u64) -> u64 {
        throw_type_error("bibao does not support the Function constructor (code from strings)").0
    }
    constructor("Function", 1, function_ctor, p.function);
    method(p.function, "call", 1, function_proto_call);
    method(p.function, "apply", 2, function_proto_apply);
    method(p.function, "bind", 1, function_proto_bind);
    method(p.function, "toString", 0, function_proto_to_string);

    constructor("Array", 1, array_ctor, p.array);

    constructor("String", 1, string_ctor, p.string);
    method(p.string, "toString", 0, string_proto_to_string);
    method(p.string, "valueOf", 0, value_of_primitive);
    constructor("Number", 1, number_ctor, p.number);
    method(p.number, "valueOf", 0, value_of_primitive);
    constructor("Boolean", 1, boolean_ctor, p.boolean);
    method(p.boolean, "toString", 0, boolean_proto_to_string);
    method(p.boolean, "valueOf", 0, value_of_primitive);

    let error_ctor_value = error_type("Error", error_ctor, p.error);
    // node's Error has an own, enumerable stackTraceLimit.
    define_str(
        error_ctor_value,
        "stackTraceLimit",
        Value::number(10.0),
        PROP_DEFAULT,
    );
    method(p.error, "toString", 0, error_proto_to_string);
    for (name, code, proto) in [
        ("TypeError", type_error_ctor as JsCode, p.type_error),
        ("RangeError", range_error_ctor, p.range_error),
        ("ReferenceError", reference_error_ctor, p.reference_error),
        ("SyntaxError", syntax_error_ctor, p.syntax_error),
    ] {
        let ctor = error_type(name, code, proto);
        unsafe { object_mut(ctor) }.proto = rt().global_error_ctor();
    }

    crate::console::install(g);

    method(g, "isNaN", 1, global_is_nan);
    method(g, "isFinite", 1, global_is_finite);
    method(g, "parseInt", 2, global_parse_int);
    method(g, "parseFloat", 1, global_parse_float);

    crate::builtins_object::install();
    crate::builtins_array::install();
    crate::builtins_string::install();
    crate::builtins_number::install();
    crate::builtins_json::install();
    crate::builtins_collections::install();
    crate::intact::guard_string_prototype(rt().protos.string);
}

impl crate::state::Runtime {
    fn global_error_ctor(&self) -> Value {
        match lookup(self.global, string::intern("Error")) {
            Some((_, p)) => p.value,
            None => self.protos.function,
        }
    }
}

/// Reports an uncaught exception as node does: for an error, its stack
/// (whose first line is node's `Name: message` line) and extra properties;
/// for any other value, the value.
pub fn report_uncaught(v: Value) {
    let text = crate::inspect::inspect_uncaught(v);
    write_stderr(&format!("Uncaught exception\n{text}\n"));
}
