//! Strings: UTF-16 code units, as JavaScript sees them.

use crate::heap::*;
use crate::state::rt;
use crate::value::Value;

pub fn from_units(units: Vec<u16>) -> Value {
    rt().heap.alloc_string(units.into_boxed_slice())
}

pub fn from_str(s: &str) -> Value {
    from_units(s.encode_utf16().collect())
}

/// A permanent string for a runtime-known name ("length", "prototype", ...),
/// shared by all callers.
pub fn intern(s: &str) -> Value {
    // Most callers pass the same literal again and again: a small cache
    // keyed by the text's address (and checked by content) skips encoding
    // and hashing.
    let slot = (s.as_ptr() as usize >> 3) & (NAME_CACHE - 1);
    {
        let cache = &rt().name_cache;
        if let Some((text, v)) = cache.get(slot).and_then(|e| e.as_ref())
            && &**text == s
        {
            return *v;
        }
    }
    let v = intern_slow(s);
    let cache = &mut rt().name_cache;
    if cache.len() < NAME_CACHE {
        cache.resize(NAME_CACHE, None);
    }
    cache[slot] = Some((s.into(), v));
    v
}

/// Entries of the runtime's name cache (see `intern`).
pub const NAME_CACHE: usize = 256;

fn intern_slow(s: &str) -> Value {
    let units: Vec<u16> = s.encode_utf16().collect();
    if let Some(v) = rt().interned.get(units.as_slice()) {
        let v = *v;
        // Names the runtime asks for by name stay forever.
        unsafe { (*v.as_pointer::<Header>()).flags |= FLAG_PERMANENT };
        return v;
    }
    let v = from_units(units.clone());
    // SAFETY: `v` was just allocated as a string.
    unsafe { (*v.as_pointer::<Header>()).flags |= FLAG_PERMANENT | FLAG_INTERNED };
    rt().interned.insert(units.into_boxed_slice(), v);
    v
}

/// Header flag of the canonical (interned) copy of a string's contents.
/// Property keys are always interned, so property lookup compares pointers.
pub const FLAG_INTERNED: u16 = 4;

#[inline]
fn is_interned(v: Value) -> bool {
    unsafe { (*v.as_pointer::<Header>()).flags & FLAG_INTERNED != 0 }
}

/// The interned string with `v`'s contents, if there is one.
#[inline]
pub fn interned_version(v: Value) -> Option<Value> {
    if !is_string(v) {
        return None;
    }
    if is_interned(v) {
        return Some(v);
    }
    rt().interned.get(unsafe { units(v) }).copied()
}

/// The interned string with `v`'s contents, making `v` the canonical copy
/// when there is none. Interned strings are weak: a collection drops those
/// nothing references (see `stack::collect`).
pub fn intern_value(v: Value) -> Value {
    if let Some(i) = interned_version(v) {
        return i;
    }
    unsafe { (*v.as_pointer::<Header>()).flags |= FLAG_INTERNED };
    let key: Box<[u16]> = unsafe { units(v) }.into();
    rt().interned.insert(key, v);
    v
}

/// Is `key` the string "length"? (pointer check first: the key is usually the
/// interned or literal string).
#[inline]
pub fn is_length(key: Value) -> bool {
    let l = rt().length_key;
    // Two different interned strings differ.
    key == l
        || (is_string(key) && !is_interned(key) && unsafe { units(key) } == unsafe { units(l) })
}

/// A fast non-cryptographic hasher (FxHash) for the runtime's own tables.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.hash = (self.hash.rotate_left(5) ^ u64::from_le_bytes(w))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.hash = (self.hash.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// # Safety
/// `v` must be a string value.
pub unsafe fn units<'a>(v: Value) -> &'a [u16] {
    unsafe {
        let s = string_ref(v);
        if !s.rope.get().0.is_undefined() {
            flatten(v);
        }
        &string_ref(v).units
    }
}

/// Length in code units, without flattening a rope.
pub fn string_len(v: Value) -> usize {
    unsafe { string_ref(v) }.len as usize
}

/// Concatenations at least this long become ropes (flattened on first use).
const ROPE_MIN: usize = 128;

/// Replaces a rope's halves by its flat code units (iteratively: ropes built
/// by `s += x` in a loop are as deep as the loop is long).
///
/// # Safety
/// `v` must be a string value.
unsafe fn flatten(v: Value) {
    let len = string_len(v);
    let mut out: Vec<u16> = Vec::with_capacity(len);
    let mut stack = vec![v];
    while let Some(x) = stack.pop() {
        let s = unsafe { string_ref(x) };
        let (l, r) = s.rope.get();
        if l.is_undefined() {
            out.extend_from_slice(&s.units);
        } else {
            stack.push(r);
            stack.push(l);
        }
    }
    unsafe {
        let cell = v.as_pointer::<JsString>();
        (*cell).units = out.into_boxed_slice();
        (*cell).rope.set((Value::UNDEFINED, Value::UNDEFINED));
    }
}

pub fn string_hash(v: Value) -> u32 {
    let s = unsafe { string_ref(v) };
    let h = s.hash.get();
    if h != 0 {
        return h;
    }
    // FNV-1a over the code units; 0 is reserved for "not computed".
    let mut h: u32 = 0x811c_9dc5;
    for &u in unsafe { units(v) }.iter() {
        h ^= u as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    if h == 0 {
        h = 1;
    }
    s.hash.set(h);
    h
}

pub fn string_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    // Interned strings are unique; lengths are known without flattening.
    if (is_interned(a) && is_interned(b)) || string_len(a) != string_len(b) {
        return false;
    }
    unsafe { units(a) == units(b) }
}

pub fn to_rust_string(v: Value) -> String {
    String::from_utf16_lossy(unsafe { units(v) })
}

pub fn concat(a: Value, b: Value) -> Value {
    let (la, lb) = (string_len(a), string_len(b));
    if la == 0 {
        return b;
    }
    if lb == 0 {
        return a;
    }
    if la + lb >= ROPE_MIN && la + lb < u32::MAX as usize {
        // A rope: O(1) now, one copy when the string is first read.
        let r = rt().heap.alloc_string(Box::new([]));
        unsafe {
            let cell = r.as_pointer::<JsString>();
            (*cell).rope.set((a, b));
            (*cell).len = (la + lb) as u32;
        }
        return r;
    }
    let (ua, ub) = unsafe { (units(a), units(b)) };
    let mut v = Vec::with_capacity(ua.len() + ub.len());
    v.extend_from_slice(ua);
    v.extend_from_slice(ub);
    from_units(v)
}

pub fn compare(a: Value, b: Value) -> std::cmp::Ordering {
    unsafe { units(a).cmp(units(b)) }
}

pub fn from_number_index(i: u32) -> Value {
    if i < 10 {
        return rt().digit_strings[i as usize];
    }
    from_str(&i.to_string())
}

/// Number::toString(10), exactly as JavaScript prints numbers.
pub fn number_to_rust_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n == 0.0 {
        return "0".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if let Some(i) = exact_integer(n) {
        return integer_to_string(i);
    }
    let sign = if n < 0.0 { "-" } else { "" };
    // The digits, then JS's layout rules (ECMA-262 Number::toString, steps
    // 6-12).
    let (digits, n_exp) = shortest_digits(n.abs());
    let k = digits.len() as i32;
    let body = if k <= n_exp && n_exp <= 21 {
        let mut s = digits.clone();
        s.extend(std::iter::repeat_n('0', (n_exp - k) as usize));
        s
    } else if 0 < n_exp && n_exp <= 21 {
        format!(
            "{}.{}",
            &digits[..n_exp as usize],
            &digits[n_exp as usize..]
        )
    } else if -6 < n_exp && n_exp <= 0 {
        format!("0.{}{}", "0".repeat((-n_exp) as usize), digits)
    } else {
        let e = n_exp - 1;
        let esign = if e >= 0 { "+" } else { "-" };
        if k == 1 {
            format!("{}e{}{}", digits, esign, e.abs())
        } else {
            format!("{}.{}e{}{}", &digits[..1], &digits[1..], esign, e.abs())
        }
    };
    format!("{sign}{body}")
}

/// The digits Number::toString gives the finite `x > 0` (the shortest that
/// round-trip; of those, the closest to `x`, and the even one on a tie),
/// and `n` such that `x` is about `0.digits * 10^n` (ECMA-262's n).
pub fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's shortest round-trip digits, then the closest of them.
    let e = format!("{x:e}");
    let (mantissa, exp) = e.split_once('e').expect("exponent form");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n_exp = exp.parse::<i32>().expect("exponent") + 1;
    (closest_even_digits(x, digits, n_exp - k), n_exp)
}

/// `n` as an i64 when it is an integer below 2^53 in magnitude (-0 gives 0):
/// Number::toString prints such a number as its decimal digits.
fn exact_integer(n: f64) -> Option<i64> {
    (n.fract() == 0.0 && n.abs() < 9007199254740992.0).then_some(n as i64)
}

/// The decimal form of `i` (the integer case of Number::toString, the most
/// common one), without the formatting machinery.
fn integer_to_string(i: i64) -> String {
    let mut buf = [0u8; 20];
    let digits = integer_digits(i, &mut buf);
    std::str::from_utf8(digits)
        .expect("ASCII digits")
        .to_owned()
}

/// The ASCII decimal form of `i`, written at the end of `buf`.
fn integer_digits(i: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    let mut u = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

/// Number::toString picks, among the shortest digit strings that round-trip,
/// the one closest to the exact value, and the even one on a tie. Rust's
/// shortest digits may differ in that last choice; check the neighbours.
fn closest_even_digits(x: f64, digits: String, q: i32) -> String {
    let Ok(d) = digits.parse::<u64>() else {
        return digits;
    };
    // |D * 10^q - x| scaled to integers, if it fits in u128. With x = m * 2^e
    // (m odd) and 10^q = 2^q * 5^q, both sides are multiplied by the least
    // 2^s2 * 5^s5 that makes every exponent non-negative: the values whose
    // digits can tie (exact decimals of 18 digits) always fit.
    let distance = |cand: u64| -> Option<u128> {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let (mut m, mut e) = if exp == 0 {
            (bits & ((1 << 52) - 1), -1074)
        } else {
            ((bits & ((1 << 52) - 1)) | (1 << 52), exp - 1075)
        };
        if m == 0 {
            return None;
        }
        let zeros = m.trailing_zeros();
        m >>= zeros;
        e += zeros as i32;
        let s2 = (-q.min(e)).max(0);
        let s5 = (-q).max(0);
        let scaled = |v: u128, two: i32, five: i32| -> Option<u128> {
            v.checked_mul(1u128.checked_shl(two as u32)?)?
                .checked_mul(5u128.checked_pow(five as u32)?)
        };
        let a = scaled(cand as u128, q + s2, q + s5)?;
        let b = scaled(m as u128, e + s2, s5)?;
        Some(a.abs_diff(b))
    };
    let round_trips = |cand: u64| -> bool {
        format!("{cand}e{q}").parse::<f64>().is_ok_and(|v| v == x)
            && cand.to_string().len() == digits.len()
    };
    let Some(base) = distance(d) else {
        return digits;
    };
    if base == 0 {
        // The digits are the exact value (a binary fraction such as 12.25):
        // no other candidate is closer.
        return digits;
    }
    let mut best = (d, base);
    for cand in [d.wrapping_sub(1), d + 1] {
        if cand == u64::MAX || !round_trips(cand) {
            continue;
        }
        if let Some(dist) = distance(cand)
            && (dist < best.1 || (dist == best.1 && cand % 2 == 0 && best.0 % 2 == 1))
        {
            best = (cand, dist);
        }
    }
    best.0.to_string()
}

pub fn from_number(n: f64) -> Value {
    if (0.0..10.0).contains(&n) && n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) {
        return rt().digit_strings[n as usize];
    }
    if let Some(i) = exact_integer(n) {
        // The digits straight to code units (-0 prints as 0).
        let mut buf = [0u8; 20];
        let digits = integer_digits(i, &mut buf);
        return from_units(digits.iter().map(|&b| b as u16).collect());
    }
    from_str(&number_to_rust_string(n))
}

/// StringToNumber: the grammar of `Number("...")`.
pub fn string_to_number(v: Value) -> f64 {
    let s = to_rust_string(v);
    parse_number_literal(&s)
}

pub fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{A}' | '\u{B}' | '\u{C}' | '\u{D}' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

pub fn parse_number_literal(s: &str) -> f64 {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| -> f64 {
        if p.is_empty() {
            return f64::NAN;
        }
        let mut n = 0f64;
        for c in p.chars() {
            match c.to_digit(r) {
                Some(d) => n = n * r as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        n
    };
    if let Some(p) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return radix(p, 16);
    }
    if let Some(p) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        return radix(p, 8);
    }
    if let Some(p) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        return radix(p, 2);
    }
    let (sign, rest) = match t.as_bytes()[0] {
        b'+' => (1.0, &t[1..]),
        b'-' => (-1.0, &t[1..]),
        _ => (1.0, t),
    };
    if rest == "Infinity" {
        return sign * f64::INFINITY;
    }
    // Rust accepts "inf", "nan", "infinity": JS does not.
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        || !rest.starts_with(|c: char| c.is_ascii_digit() || c == '.')
    {
        return f64::NAN;
    }
    if rest == "." {
        return f64::NAN;
    }
    match rest.parse::<f64>() {
        Ok(n) => sign * n,
        Err(_) => f64::NAN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_does() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (2f64.powi(53), "9007199254740992"),
            (5e-324, "5e-324"),
            (12345678901234567890.0, "12345678901234567000"),
            (1e15 + 0.3, "1000000000000000.2"),
            (1.005 * 1000.0, "1004.9999999999999"),
            (999999999999999900000.0, "999999999999999900000"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (100.5, "100.5"),
            (0.5, "0.5"),
            (-42.0, "-42"),
            (7.0, "7"),
            (9007199254740991.0, "9007199254740991"),
            (-9007199254740991.0, "-9007199254740991"),
            (12.25, "12.25"),
            (-125.75, "-125.75"),
            (0.0625, "0.0625"),
            (2f64.powi(-20), "9.5367431640625e-7"),
            // Two shortest candidates equally close (the exact value has 18
            // digits ending in 5): the even one, as node prints it.
            (2f64.powi(-25), "2.9802322387695312e-8"),
            (-3.0 * 2f64.powi(-27), "-2.2351741790771484e-8"),
            (5e-7 + 2f64.powi(-60), "5.000000000008673e-7"),
        ];
        for (n, s) in cases {
            assert_eq!(number_to_rust_string(*n), *s, "printing {n:e}");
        }
        for i in (-100_000i64..100_000).chain([i64::MIN + 1, i64::MAX, 1 << 53, -(1 << 53)]) {
            assert_eq!(integer_to_string(i), i.to_string());
        }
    }

    #[test]
    fn strings_parse_as_javascript_does() {
        assert_eq!(parse_number_literal("  42  "), 42.0);
        assert_eq!(parse_number_literal(""), 0.0);
        assert_eq!(parse_number_literal("0x1F"), 31.0);
        assert_eq!(parse_number_literal("-Infinity"), f64::NEG_INFINITY);
        assert!(parse_number_literal("inf").is_nan());
        assert!(parse_number_literal("12px").is_nan());
        assert_eq!(parse_number_literal(".5"), 0.5);
        assert_eq!(parse_number_literal("1e3"), 1000.0);
        assert!(parse_number_literal("-0x10").is_nan());
    }
}
