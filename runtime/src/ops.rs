//! Conversions and operators with JavaScript's semantics (ECMA-262 §7.1, §7.2,
//! §13). The generated code inlines the number-only fast paths and calls the
//! `rt_value_*` exports here for everything else.

use crate::call::call;
use crate::error::throw_type_error;
use crate::heap::*;
use crate::object::lookup;
use crate::string;
use crate::value::Value;

/// `Err(Value::EXCEPTION)` means an exception is pending in the runtime.
pub type JsResult<T> = Result<T, Value>;

#[inline]
pub fn check(v: Value) -> JsResult<Value> {
    if v.is_exception() {
        Err(Value::EXCEPTION)
    } else {
        Ok(v)
    }
}

pub fn to_boolean(v: Value) -> bool {
    if v.is_number() {
        let n = v.as_number();
        return !(n == 0.0 || n.is_nan());
    }
    match v.0 {
        crate::value::TRUE => true,
        crate::value::FALSE | crate::value::UNDEFINED | crate::value::NULL => false,
        _ if is_string(v) => crate::string::string_len(v) != 0,
        _ => true,
    }
}

/// OrdinaryToPrimitive with hint "number" (or "string" when `prefer_string`).
pub fn to_primitive(v: Value, prefer_string: bool) -> JsResult<Value> {
    if !is_object(v) {
        return Ok(v);
    }
    let _root = crate::gc::RootGuard::new(&[v]);
    let order = if prefer_string {
        ["toString", "valueOf"]
    } else {
        ["valueOf", "toString"]
    };
    for name in order {
        let key = string::intern(name);
        if let Some((_, p)) = lookup(v, key) {
            let f = crate::property::property_value(v, &p)?;
            if is_function(f) {
                let r = call(f, v, &[])?;
                if !is_object(r) {
                    return Ok(r);
                }
            }
        }
    }
    Err(throw_type_error("Cannot convert object to primitive value"))
}

pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    Ok(match v.0 {
        crate::value::TRUE => 1.0,
        crate::value::FALSE | crate::value::NULL => 0.0,
        crate::value::UNDEFINED => f64::NAN,
        _ if is_string(v) => string::string_to_number(v),
        _ if is_object(v) => {
            let p = to_primitive(v, false)?;
            return to_number(p);
        }
        _ => f64::NAN,
    })
}

pub fn to_string(v: Value) -> JsResult<Value> {
    if is_string(v) {
        return Ok(v);
    }
    if v.is_number() {
        return Ok(string::from_number(v.as_number()));
    }
    Ok(match v.0 {
        crate::value::TRUE => string::intern("true"),
        crate::value::FALSE => string::intern("false"),
        crate::value::NULL => string::intern("null"),
        crate::value::UNDEFINED => string::intern("undefined"),
        _ if is_object(v) => {
            let p = to_primitive(v, true)?;
            return to_string(p);
        }
        _ => string::intern(""),
    })
}

pub fn to_rust_string(v: Value) -> JsResult<String> {
    Ok(string::to_rust_string(to_string(v)?))
}

/// ToPropertyKey: the string key used for property access.
pub fn to_property_key(v: Value) -> JsResult<Value> {
    to_string(v)
}

pub fn to_int32(n: f64) -> i32 {
    if n.is_finite() && n.abs() < 2147483648.0 {
        return n as i32;
    }
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc() % 4294967296.0;
    let m = if m < 0.0 { m + 4294967296.0 } else { m };
    (m as u64 as u32) as i32
}

pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

pub fn typeof_str(v: Value) -> &'static str {
    if v.is_number() {
        return "number";
    }
    match v.0 {
        crate::value::TRUE | crate::value::FALSE => "boolean",
        crate::value::UNDEFINED => "undefined",
        crate::value::NULL => "object",
        _ if is_string(v) => "string",
        _ if is_function(v) => "function",
        _ => "object",
    }
}

pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    // ToPrimitive may call valueOf/toString (compiled code, which may
    // collect): keep both operands and the first result alive.
    let _r = crate::gc::RootGuard::new(&[a, b]);
    let pa = to_primitive(a, false)?;
    _r.push(pa);
    let pb = to_primitive(b, false)?;
    if is_string(pa) || is_string(pb) {
        let sa = to_string(pa)?;
        let sb = to_string(pb)?;
        return Ok(string::concat(sa, sb));
    }
    Ok(Value::number(to_number(pa)? + to_number(pb)?))
}

pub fn js_remainder(a: f64, b: f64) -> f64 {
    // IEEE fmod, which is what `%` on f64 is in Rust; sign follows the dividend.
    a % b
}

pub fn js_pow(a: f64, b: f64) -> f64 {
    if b.is_nan() {
        return f64::NAN;
    }
    if (a == 1.0 || a == -1.0) && b.is_infinite() {
        return f64::NAN;
    }
    // fdlibm's pow, as V8 (closer to node than the C library's pow).
    crate::fdlibm::pow(a, b)
}

pub fn strict_equals(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a == b {
        return true;
    }
    if is_string(a) && is_string(b) {
        return string::string_eq(a, b);
    }
    false
}

/// SameValueZero (used by includes, Map, Set).
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equals(a, b)
}

/// IsLooselyEqual (`==`).
pub fn loose_equals(a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() {
        return Ok(a.as_number() == b.as_number());
    }
    let same_type = typeof_str(a) == typeof_str(b) && a.is_null() == b.is_null();
    if same_type {
        return Ok(strict_equals(a, b));
    }
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(false);
    }
    if a.is_number() && is_string(b) {
        return Ok(a.as_number() == string::string_to_number(b));
    }
    if is_string(a) && b.is_number() {
        return Ok(string::string_to_number(a) == b.as_number());
    }
    if a.is_bool() {
        return loose_equals(Value::number(to_number(a)?), b);
    }
    if b.is_bool() {
        return loose_equals(a, Value::number(to_number(b)?));
    }
    if (is_string(a) || a.is_number()) && is_object(b) {
        let _r = crate::gc::RootGuard::new(&[a]);
        let pb = to_primitive(b, false)?;
        return loose_equals(a, pb);
    }
    if is_object(a) && (is_string(b) || b.is_number()) {
        let _r = crate::gc::RootGuard::new(&[b]);
        let pa = to_primitive(a, false)?;
        return loose_equals(pa, b);
    }
    Ok(false)
}

/// IsLessThan: Some(true/false), or None for undefined (NaN involved).
pub fn less_than(a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
    // Both operands stay rooted while either conversion runs compiled code.
    let _r = crate::gc::RootGuard::new(&[a, b]);
    let (pa, pb) = if left_first {
        let pa = to_primitive(a, false)?;
        _r.push(pa);
        (pa, to_primitive(b, false)?)
    } else {
        let pb = to_primitive(b, false)?;
        _r.push(pb);
        (to_primitive(a, false)?, pb)
    };
    if is_string(pa) && is_string(pb) {
        return Ok(Some(string::compare(pa, pb) == std::cmp::Ordering::Less));
    }
    let x = to_number(pa)?;
    let y = to_number(pb)?;
    if x.is_nan() || y.is_nan() {
        return Ok(None);
    }
    Ok(Some(x < y))
}

pub fn instance_of(v: Value, ctor: Value) -> JsResult<bool> {
    if !is_object(ctor) {
        return Err(throw_type_error(
            "Right-hand side of 'instanceof' is not an object",
        ));
    }
    if !is_function(ctor) {
        return Err(throw_type_error(
            "Right-hand side of 'instanceof' is not callable",
        ));
    }
    let f = unsafe { function_mut(ctor) };
    if !f.bound.is_empty() {
        return instance_of(v, f.bound[0]);
    }
    if !is_object(v) {
        return Ok(false);
    }
    let proto = crate::property::prototype_property(ctor)?;
    if !is_object(proto) {
        let shown = to_rust_string(proto).unwrap_or_default();
        return Err(throw_type_error(&format!(
            "Function has non-object prototype '{shown}' in instanceof check"
        )));
    }
    let mut o = unsafe { object_mut(v) }.proto;
    while is_object(o) {
        if o == proto {
            return Ok(true);
        }
        o = unsafe { object_mut(o) }.proto;
    }
    Ok(false)
}

pub fn rt_result(r: JsResult<Value>) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(_) => Value::EXCEPTION.0,
    }
}

pub fn bool_result(r: JsResult<bool>) -> u64 {
    match r {
        Ok(b) => Value::bool(b).0,
        Err(_) => Value::EXCEPTION.0,
    }
}

fn num2(a: u64, b: u64) -> JsResult<(f64, f64)> {
    // Converting `a` may run compiled code (valueOf): keep `b` alive.
    let _r = is_object(Value(a)).then(|| crate::gc::RootGuard::new(&[Value(b)]));
    let x = to_number(Value(a))?;
    let y = to_number(Value(b))?;
    Ok((x, y))
}

macro_rules! numeric_binop {
    ($name:ident, |$x:ident, $y:ident| $e:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(a: u64, b: u64) -> u64 {
            rt_result(num2(a, b).map(|($x, $y)| Value::number($e)))
        }
    };
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_value_add(a: u64, b: u64) -> u64 {
    rt_result(add(Value(a), Value(b)))
}
numeric_binop!(rt_value_sub, |x, y| x - y);
numeric_binop!(rt_value_mul, |x, y| x * y);
numeric_binop!(rt_value_div, |x, y| x / y);
numeric_binop!(rt_value_mod, |x, y| js_remainder(x, y));
numeric_binop!(rt_value_pow, |x, y| js_pow(x, y));
numeric_binop!(rt_value_bitand, |x, y| (to_int32(x) & to_int32(y)) as f64);
numeric_binop!(rt_value_bitor, |x, y| (to_int32(x) | to_int32(y)) as f64);
numeric_binop!(rt_value_bitxor, |x, y| (to_int32(x) ^ to_int32(y)) as f64);
numeric_binop!(
    rt_value_shl,
    |x, y| to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64
);
numeric_binop!(rt_value_sar, |x, y| (to_int32(x) >> (to_uint32(y) & 31))
    as f64);
numeric_binop!(rt_value_shr, |x, y| (to_uint32(x) >> (to_uint32(y) & 31))
    as f64);

#[unsafe(no_mangle)]
pub extern "C" fn rt_value_lt(a: u64, b: u64) -> u64 {
    bool_result(less_than(Value(a), Value(b), true).map(|r| r == Some(true)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_gt(a: u64, b: u64) -> u64 {
    bool_result(less_than(Value(b), Value(a), false).map(|r| r == Some(true)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_le(a: u64, b: u64) -> u64 {
    bool_result(less_than(Value(b), Value(a), false).map(|r| r == Some(false)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_ge(a: u64, b: u64) -> u64 {
    bool_result(less_than(Value(a), Value(b), true).map(|r| r == Some(false)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_loose_eq(a: u64, b: u64) -> u64 {
    bool_result(loose_equals(Value(a), Value(b)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_strict_eq(a: u64, b: u64) -> u64 {
    Value::bool(strict_equals(Value(a), Value(b))).0
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_instanceof(a: u64, b: u64) -> u64 {
    bool_result(instance_of(Value(a), Value(b)))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_in(key: u64, obj: u64) -> u64 {
    let (k, o) = (Value(key), Value(obj));
    if !is_object(o) {
        // A string shows as itself (V8 prints the primitive, unquoted).
        let desc = if is_string(o) {
            string::to_rust_string(o)
        } else {
            crate::inspect::inspect_for_error(o)
        };
        let key_s = to_rust_string(k).unwrap_or_default();
        return throw_type_error(&format!(
            "Cannot use 'in' operator to search for '{key_s}' in {desc}"
        ))
        .0;
    }
    bool_result(crate::property::has_property(o, k))
}

/// Unary minus.
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_neg(a: u64) -> u64 {
    rt_result(to_number(Value(a)).map(|x| Value::number(-x)))
}
/// Unary plus: ToNumber.
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_to_number(a: u64) -> u64 {
    rt_result(to_number(Value(a)).map(Value::number))
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_bitnot(a: u64) -> u64 {
    rt_result(to_number(Value(a)).map(|x| Value::number(!to_int32(x) as f64)))
}
/// ToBoolean as 0 or 1.
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_truthy(a: u64) -> u64 {
    to_boolean(Value(a)) as u64
}
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_typeof(a: u64) -> u64 {
    string::intern(typeof_str(Value(a))).0
}
/// ToString, for template literals and `String(v)`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_value_to_string(a: u64) -> u64 {
    rt_result(to_string(Value(a)))
}
