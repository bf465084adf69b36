//! `Number` (statics and prototype) and `Math`.
//!
//! `toFixed`, `toPrecision` and `toExponential` round the *exact* decimal
//! value of the double (Rust's fixed-precision formatting is exact), half away
//! from zero, as the spec's "pick the larger n" requires.

use crate::builtins::{arg, method, this_primitive};
use crate::builtins_object::*;
use crate::error::{ErrorKind, throw_error, throw_type_error};
use crate::fdlibm;
use crate::heap::*;
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::state::rt;
use crate::string;
use crate::value::Value;
use std::cell::Cell;

fn this_number(this: Value, name: &str) -> JsResult<f64> {
    let p = this_primitive(this);
    if !p.is_number() {
        return Err(throw_type_error(&format!(
            "Number.prototype.{name} requires that 'this' be a Number"
        )));
    }
    Ok(p.as_number())
}

fn range_error(msg: &str) -> Value {
    throw_error(ErrorKind::RangeError, msg)
}

/// The exact decimal digits of a finite `x > 0`: `(digits, e)` with
/// `x = 0.d1 d2 d3... * 10^e` and no leading or trailing zero digit.
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let s = format!("{:.1100}", x);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = Vec::with_capacity(int.len() + frac.len());
    let mut e = int.len() as i32;
    if int == "0" {
        e = 0;
    } else {
        digits.extend(int.bytes().map(|b| b - b'0'));
    }
    for b in frac.bytes() {
        if digits.is_empty() && b == b'0' {
            e -= 1;
            continue;
        }
        digits.push(b - b'0');
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, e)
}

/// Rounds `digits` (of `0.d1d2... * 10^e`) to `keep` digits, half up. Returns
/// the rounded digits (`keep` of them, zero-padded, or `keep + 1` when the
/// rounding carried into a new leading digit) and the new `e`.
fn round_digits(digits: &[u8], e: i32, keep: i32) -> (Vec<u8>, i32) {
    if keep < 0 {
        return (Vec::new(), e);
    }
    let keep = keep as usize;
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    if !round_up {
        return (out, e);
    }
    let mut i = keep;
    loop {
        if i == 0 {
            out.insert(0, 1);
            return (out, e + 1);
        }
        i -= 1;
        if out[i] == 9 {
            out[i] = 0;
        } else {
            out[i] += 1;
            return (out, e);
        }
    }
}

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|&b| (b + b'0') as char).collect()
}

/// Number.prototype.toFixed for finite `x` with `|x| < 1e21`.
pub fn to_fixed(x: f64, f: usize) -> String {
    let neg = x < 0.0;
    let x = x.abs();
    // n = round(x * 10^f) as a digit string.
    let n = if x == 0.0 {
        String::from("0")
    } else {
        let (digits, e) = exact_digits(x);
        // Digits before the cut: e integer digits plus f fraction digits.
        let keep = e + f as i32;
        let (mut r, _) = round_digits(&digits, e, keep);
        if r.is_empty() {
            r = vec![0];
        }
        let s = digits_str(&r);
        let s = s.trim_start_matches('0');
        if s.is_empty() { "0".into() } else { s.into() }
    };
    let mut m = n;
    if f > 0 {
        if m.len() <= f {
            m = format!("{}{}", "0".repeat(f + 1 - m.len()), m);
        }
        let split = m.len() - f;
        m = format!("{}.{}", &m[..split], &m[split..]);
    }
    if neg { format!("-{m}") } else { m }
}

fn exponent_str(e: i32) -> String {
    if e >= 0 {
        format!("e+{e}")
    } else {
        format!("e-{}", -e)
    }
}

/// Number.prototype.toPrecision for finite `x`.
pub fn to_precision(x: f64, p: usize) -> String {
    let neg = x < 0.0;
    let x = x.abs();
    let (m, e) = if x == 0.0 {
        ("0".repeat(p), 0)
    } else {
        let (digits, e) = exact_digits(x);
        let (r, e2) = round_digits(&digits, e, p as i32);
        (digits_str(&r[..p]), e2 - 1)
    };
    let body = if e < -6 || e >= p as i32 {
        let mut s = m[..1].to_string();
        if p > 1 {
            s.push('.');
            s.push_str(&m[1..]);
        }
        s.push_str(&exponent_str(e));
        s
    } else if e == p as i32 - 1 {
        m
    } else if e >= 0 {
        let k = (e + 1) as usize;
        format!("{}.{}", &m[..k], &m[k..])
    } else {
        format!("0.{}{}", "0".repeat((-(e + 1)) as usize), m)
    };
    if neg { format!("-{body}") } else { body }
}

/// Number.prototype.toExponential for finite `x`; `f` None = as many digits
/// as needed.
pub fn to_exponential(x: f64, f: Option<usize>) -> String {
    let neg = x < 0.0;
    let x = x.abs();
    let (m, e) = if x == 0.0 {
        ("0".repeat(f.unwrap_or(0) + 1), 0)
    } else {
        match f {
            Some(f) => {
                let (digits, e) = exact_digits(x);
                let (r, e2) = round_digits(&digits, e, f as i32 + 1);
                (digits_str(&r[..f + 1]), e2 - 1)
            }
            None => {
                // As many digits as Number::toString shows.
                let (digits, n) = crate::string::shortest_digits(x);
                (digits, n - 1)
            }
        }
    };
    let mut s = m[..1].to_string();
    if m.len() > 1 {
        s.push('.');
        s.push_str(&m[1..]);
    }
    s.push_str(&exponent_str(e));
    if neg { format!("-{s}") } else { s }
}

native!(number_to_fixed, |this, args| {
    let x = this_number(this, "toFixed")?;
    let f = to_integer_or_infinity(arg(args, 0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error(
            "toFixed() digits argument must be between 0 and 100",
        ));
    }
    if !x.is_finite() || x.abs() >= 1e21 {
        return Ok(string::from_number(x));
    }
    Ok(string::from_str(&to_fixed(x, f as usize)))
});

native!(number_to_precision, |this, args| {
    let x = this_number(this, "toPrecision")?;
    let p = arg(args, 0);
    if p.is_undefined() {
        return Ok(string::from_number(x));
    }
    let p = to_integer_or_infinity(p)?;
    if !x.is_finite() {
        return Ok(string::from_number(x));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(range_error(
            "toPrecision() argument must be between 1 and 100",
        ));
    }
    Ok(string::from_str(&to_precision(x, p as usize)))
});

native!(number_to_exponential, |this, args| {
    let x = this_number(this, "toExponential")?;
    let fv = arg(args, 0);
    let f = to_integer_or_infinity(fv)?;
    if !x.is_finite() {
        return Ok(string::from_number(x));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error(
            "toExponential() argument must be between 0 and 100",
        ));
    }
    let f = if fv.is_undefined() {
        None
    } else {
        Some(f as usize)
    };
    Ok(string::from_str(&to_exponential(x, f)))
});

native!(number_to_string, |this, args| {
    let x = this_number(this, "toString")?;
    let radix = arg(args, 0);
    let radix = if radix.is_undefined() {
        10.0
    } else {
        to_integer_or_infinity(radix)?
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(range_error(
            "toString() radix argument must be between 2 and 36",
        ));
    }
    if radix == 10.0 {
        return Ok(string::from_number(x));
    }
    Ok(string::from_str(&double_to_radix(x, radix as u32)))
});

fn group_thousands(int: &str) -> String {
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

native!(number_to_locale_string, |this, args| {
    let x = this_number(this, "toLocaleString")?;
    if x.is_nan() {
        return Ok(string::intern("NaN"));
    }
    if x.is_infinite() {
        return Ok(string::from_str(if x > 0.0 { "∞" } else { "-∞" }));
    }
    // en-US: at most three fraction digits, grouped thousands.
    let fixed = to_fixed(x.abs(), 3);
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut s = group_thousands(int);
    if !frac.is_empty() {
        s.push('.');
        s.push_str(frac);
    }
    if x.is_sign_negative() {
        s.insert(0, '-');
    }
    Ok(string::from_str(&s))
});

/// The binary exponent of a double as V8's `Double::Exponent` defines it
/// (value = significand * 2^exponent, significand a 53-bit integer).
fn double_exponent(x: f64) -> i32 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        -1074
    } else {
        biased - 0x3ff - 52
    }
}

/// Number.prototype.toString(radix) for radix != 10, digit for digit as V8
/// prints it (fraction digits up to the precision of the input).
pub fn double_to_radix(value: f64, radix: u32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let chars = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let negative = value < 0.0;
    let value = value.abs();
    let r = radix as f64;
    let mut integer = value.floor();
    let mut fraction = value - integer;
    let next = f64::from_bits(value.to_bits() + 1);
    let mut delta = (0.5 * (next - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as usize;
            frac_digits.push(chars[digit]);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, propagating the carry.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(c) => {
                            let d = if c > b'9' {
                                (c - b'a' + 10) as u32
                            } else {
                                (c - b'0') as u32
                            };
                            if d + 1 < radix {
                                frac_digits.push(chars[(d + 1) as usize]);
                                break;
                            }
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    let mut int_digits: Vec<u8> = Vec::new();
    while double_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_digits.push(chars[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    int_digits.reverse();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&int_digits).expect("ascii"));
    if !frac_digits.is_empty() {
        out.push('.');
        out.push_str(std::str::from_utf8(&frac_digits).expect("ascii"));
    }
    out
}

// ---- Number statics ------------------------------------------------------------

native!(number_is_integer, |this, args| {
    let v = arg(args, 0);
    Ok(Value::bool(
        v.is_number() && v.as_number().is_finite() && v.as_number().fract() == 0.0,
    ))
});

native!(number_is_safe_integer, |this, args| {
    let v = arg(args, 0);
    Ok(Value::bool(
        v.is_number()
            && v.as_number().is_finite()
            && v.as_number().fract() == 0.0
            && v.as_number().abs() <= 9007199254740991.0,
    ))
});

native!(number_is_finite, |this, args| {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
});

native!(number_is_nan, |this, args| {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
});

// ---- Math -------------------------------------------------------------------------

fn num(args: &[Value], i: usize) -> JsResult<f64> {
    to_number(arg(args, i))
}

macro_rules! math1 {
    ($name:ident, |$x:ident| $e:expr) => {
        /// A one-argument Math function (JS calling convention). A number
        /// argument is computed directly: no conversion can call back into
        /// compiled code, so nothing needs rooting.
        ///
        /// # Safety
        /// `argv` must point to `argc` values.
        pub unsafe extern "C" fn $name(callee: u64, this: u64, argc: u64, argv: *const u64) -> u64 {
            let args: &[Value] = unsafe { $crate::builtins::args_slice(argc, argv) };
            if let Some(first) = args.first()
                && first.is_number()
            {
                let $x = first.as_number();
                return Value::number($e).0;
            }
            unsafe { math1_general(callee, this, argc, argv, |$x| $e) }
        }
    };
}

/// The general case of a one-argument Math function: ToNumber may run
/// `valueOf` (compiled code), so the arguments are rooted.
///
/// # Safety
/// `argv` must point to `argc` values.
unsafe fn math1_general(
    _callee: u64,
    this: u64,
    argc: u64,
    argv: *const u64,
    f: impl Fn(f64) -> f64,
) -> u64 {
    let args: &[Value] = unsafe { crate::builtins::args_slice(argc, argv) };
    let _roots = crate::gc::RootGuard::new(args);
    _roots.push(Value(this));
    crate::ops::rt_result(num(args, 0).map(|x| Value::number(f(x))))
}

math1!(math_abs, |x| x.abs());
math1!(math_acos, |x| fdlibm::acos(x));
math1!(math_acosh, |x| fdlibm::acosh(x));
math1!(math_asin, |x| fdlibm::asin(x));
math1!(math_asinh, |x| fdlibm::asinh(x));
math1!(math_atan, |x| fdlibm::atan(x));
math1!(math_atanh, |x| fdlibm::atanh(x));
math1!(math_cbrt, |x| fdlibm::cbrt(x));
math1!(math_ceil, |x| x.ceil());
math1!(math_cos, |x| fdlibm::cos(x));
math1!(math_cosh, |x| fdlibm::cosh(x));
math1!(math_exp, |x| fdlibm::exp(x));
math1!(math_expm1, |x| fdlibm::expm1(x));
math1!(math_floor, |x| x.floor());
math1!(math_fround, |x| x as f32 as f64);
math1!(math_log, |x| fdlibm::log(x));
math1!(math_log10, |x| fdlibm::log10(x));
math1!(math_log1p, |x| fdlibm::log1p(x));
math1!(math_log2, |x| fdlibm::log2(x));
math1!(math_sin, |x| fdlibm::sin(x));
math1!(math_sinh, |x| fdlibm::sinh(x));
math1!(math_sqrt, |x| x.sqrt());
math1!(math_tan, |x| fdlibm::tan(x));
math1!(math_tanh, |x| fdlibm::tanh(x));
math1!(math_trunc, |x| x.trunc());
math1!(math_sign, |x| if x.is_nan() || x == 0.0 {
    x
} else {
    x.signum()
});
math1!(math_clz32, |x| to_uint32(x).leading_zeros() as f64);
math1!(math_round, |x| js_round(x));

/// Math.round: the nearest integer, ties toward +Infinity, -0 preserved.
pub fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let r = x.ceil();
    let r = if r - 0.5 > x { r - 1.0 } else { r };
    if r == 0.0 && x < 0.0 { -0.0 } else { r }
}

native!(math_atan2, |this, args| {
    let y = num(args, 0)?;
    let x = num(args, 1)?;
    Ok(Value::number(fdlibm::atan2(y, x)))
});

native!(math_pow, |this, args| {
    let x = num(args, 0)?;
    let y = num(args, 1)?;
    Ok(Value::number(js_pow(x, y)))
});

native!(math_imul, |this, args| {
    let a = to_int32(num(args, 0)?);
    let b = to_int32(num(args, 1)?);
    Ok(Value::number(a.wrapping_mul(b) as f64))
});

/// The code of the Math functions compiled code computes inline when a
/// call's callee has this code and the arguments are numbers, in this order:
/// sqrt, abs, floor, ceil, trunc (one argument), min, max (two).
#[unsafe(no_mangle)]
pub static bibao_math_codes: [JsCode; 7] = [
    math_sqrt, math_abs, math_floor, math_ceil, math_trunc, math_min, math_max,
];

native!(math_max, |this, args| {
    let mut r = f64::NEG_INFINITY;
    for i in 0..args.len() {
        let x = num(args, i)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
});

native!(math_min, |this, args| {
    let mut r = f64::INFINITY;
    for i in 0..args.len() {
        let x = num(args, i)?;
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
});

native!(math_hypot, |this, args| {
    // V8's algorithm: scale by the largest magnitude, Kahan-sum the squares.
    let mut values = Vec::with_capacity(args.len());
    let mut max: f64 = 0.0;
    let mut any_nan = false;
    for i in 0..args.len() {
        let x = num(args, i)?;
        if x.is_nan() {
            any_nan = true;
        } else {
            let a = x.abs();
            max = max.max(a);
        }
        values.push(x.abs());
    }
    if max == f64::INFINITY {
        return Ok(Value::number(f64::INFINITY));
    }
    if any_nan {
        return Ok(Value::number(f64::NAN));
    }
    if max == 0.0 {
        return Ok(Value::number(0.0));
    }
    let mut sum = 0.0;
    let mut compensation = 0.0;
    for v in values {
        let n = v / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::number(sum.sqrt() * max))
});

thread_local! {
    static RANDOM_STATE: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// xorshift128+, seeded from the clock on first use.
fn next_random() -> f64 {
    RANDOM_STATE.with(|st| {
        let (mut s0, mut s1) = st.get();
        if s0 == 0 && s1 == 0 {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0x1234_5678);
            // splitmix64 to spread the seed.
            let mut z = t.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut mix = || {
                z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut x = z;
                x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                x ^ (x >> 31)
            };
            s0 = mix();
            s1 = mix() | 1;
        }
        let mut x = s0;
        let y = s1;
        s0 = y;
        x ^= x << 23;
        x ^= x >> 17;
        x ^= y ^ (y >> 26);
        s1 = x;
        st.set((s0, s1));
        (s0.wrapping_add(s1) >> 11) as f64 / (1u64 << 53) as f64
    })
}

native!(math_random, |this, args| Ok(Value::number(next_random())));

pub fn install() {
    let g = rt().global;
    let number = match lookup(g, string::intern("Number")) {
        Some((_, p)) => p.value,
        None => return,
    };
    let p = rt().protos.number;
    method(p, "toFixed", 1, number_to_fixed);
    method(p, "toPrecision", 1, number_to_precision);
    method(p, "toExponential", 1, number_to_exponential);
    method(p, "toString", 1, number_to_string);
    method(p, "toLocaleString", 0, number_to_locale_string);
    method(number, "isInteger", 1, number_is_integer);
    method(number, "isSafeInteger", 1, number_is_safe_integer);
    method(number, "isFinite", 1, number_is_finite);
    method(number, "isNaN", 1, number_is_nan);
    for name in ["parseFloat", "parseInt"] {
        if let Some((_, pf)) = lookup(g, string::intern(name)) {
            define_str(number, name, pf.value, PROP_WRITABLE | PROP_CONFIGURABLE);
        }
    }
    let constants = [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ];
    for (name, v) in constants {
        define_str(number, name, Value::number(v), 0);
    }

    let math = new_plain_object();
    define_str(g, "Math", math, PROP_WRITABLE | PROP_CONFIGURABLE);
    let constants = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, v) in constants {
        define_str(math, name, Value::number(v), 0);
    }
    let fns: [(&str, u32, JsCode); 35] = [
        ("abs", 1, math_abs),
        ("acos", 1, math_acos),
        ("acosh", 1, math_acosh),
        ("asin", 1, math_asin),
        ("asinh", 1, math_asinh),
        ("atan", 1, math_atan),
        ("atanh", 1, math_atanh),
        ("atan2", 2, math_atan2),
        ("ceil", 1, math_ceil),
        ("cbrt", 1, math_cbrt),
        ("expm1", 1, math_expm1),
        ("clz32", 1, math_clz32),
        ("cos", 1, math_cos),
        ("cosh", 1, math_cosh),
        ("exp", 1, math_exp),
        ("floor", 1, math_floor),
        ("fround", 1, math_fround),
        ("hypot", 2, math_hypot),
        ("imul", 2, math_imul),
        ("log", 1, math_log),
        ("log1p", 1, math_log1p),
        ("log2", 1, math_log2),
        ("log10", 1, math_log10),
        ("max", 2, math_max),
        ("min", 2, math_min),
        ("pow", 2, math_pow),
        ("random", 0, math_random),
        ("round", 1, math_round),
        ("sign", 1, math_sign),
        ("sin", 1, math_sin),
        ("sinh", 1, math_sinh),
        ("sqrt", 1, math_sqrt),
        ("tan", 1, math_tan),
        ("tanh", 1, math_tanh),
        ("trunc", 1, math_trunc),
    ];
    for (name, len, f) in fns {
        method(math, name, len, f);
    }
    crate::intact::guard_math(g, math);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_fixed_rounds_the_exact_value_half_up() {
        assert_eq!(to_fixed(1.005, 2), "1.00");
        assert_eq!(to_fixed(1.45, 1), "1.4");
        assert_eq!(to_fixed(2.5, 0), "3");
        assert_eq!(to_fixed(-1.5, 0), "-2");
        assert_eq!(to_fixed(0.5, 0), "1");
        assert_eq!(to_fixed(99.995, 2), "100.00");
        assert_eq!(to_fixed(9.96, 1), "10.0");
        assert_eq!(to_fixed(1e-10, 3), "0.000");
        assert_eq!(to_fixed(123.456, 10), "123.4560000000");
    }

    #[test]
    fn to_precision_and_exponential_match_v8() {
        assert_eq!(to_precision(123.456, 2), "1.2e+2");
        assert_eq!(to_precision(0.000123, 2), "0.00012");
        assert_eq!(to_precision(1e21, 3), "1.00e+21");
        assert_eq!(to_precision(1e-7, 3), "1.00e-7");
        assert_eq!(to_precision(0.0, 3), "0.00");
        assert_eq!(to_precision(9.999, 3), "10.0");
        assert_eq!(to_exponential(123456.0, None), "1.23456e+5");
        assert_eq!(to_exponential(0.0, None), "0e+0");
        assert_eq!(to_exponential(1.5e-10, Some(3)), "1.500e-10");
    }

    #[test]
    fn radix_strings_match_v8() {
        assert_eq!(double_to_radix(255.0, 16), "ff");
        assert_eq!(double_to_radix(-255.5, 16), "-ff.8");
        assert_eq!(double_to_radix(0.5, 2), "0.1");
        assert_eq!(double_to_radix(std::f64::consts::PI, 36), "3.53i5ab8p5f");
        assert_eq!(double_to_radix(1e21, 16), "3635c9adc5dea00000");
    }

    #[test]
    fn js_round_ties_toward_positive_infinity() {
        assert_eq!(js_round(2.5), 3.0);
        assert_eq!(js_round(-2.5), -2.0);
        assert!(js_round(-0.4).is_sign_negative());
        assert_eq!(js_round(0.49999999999999994), 0.0);
    }
}
