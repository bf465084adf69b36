//! `String` and `String.prototype` builtins. Strings are UTF-16 code units;
//! every index and length here counts code units, as in JavaScript.

use crate::builtins::{arg, method, new_array, string_of_unit, this_primitive};
use crate::builtins_object::*;
use crate::call::call;
use crate::error::{ErrorKind, throw_error, throw_type_error};
use crate::gc::RootGuard;
use crate::heap::*;
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// V8's maximum string length (2^29 - 24 code units).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

fn invalid_length() -> Value {
    throw_error(ErrorKind::RangeError, "Invalid string length")
}

/// `this` of a String.prototype method, as a string value.
fn this_string(this: Value, name: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(throw_type_error(&format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    to_string(this_primitive(this))
}

fn units<'a>(s: Value) -> &'a [u16] {
    unsafe { string::units(s) }
}

fn sub(s: Value, start: usize, end: usize) -> Value {
    let u = units(s);
    if start == 0 && end == u.len() {
        return s;
    }
    if end == start + 1 {
        return string_of_unit(u[start]);
    }
    string::from_units(u[start..end].to_vec())
}

/// Position of `needle` in `hay` at or after `from`.
fn find_units(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    (from..=last).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_units(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = (hay.len() - needle.len()).min(from);
    (0..=last)
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn str_arg(args: &[Value], i: usize) -> JsResult<Value> {
    to_string(arg(args, i))
}

native!(string_char_at, |this, args| {
    let s = this_string(this, "charAt")?;
    let _root = RootGuard::new(&[s]);
    let pos = to_integer_or_infinity(arg(args, 0))?;
    let u = units(s);
    if pos < 0.0 || pos >= u.len() as f64 {
        return Ok(string::intern(""));
    }
    Ok(string_of_unit(u[pos as usize]))
});

native!(string_char_code_at, |this, args| {
    let s = this_string(this, "charCodeAt")?;
    let _root = RootGuard::new(&[s]);
    let pos = to_integer_or_infinity(arg(args, 0))?;
    let u = units(s);
    if pos < 0.0 || pos >= u.len() as f64 {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::number(u[pos as usize] as f64))
});

/// The code of `String.prototype.charCodeAt`: compiled code calls it
/// directly for `s.charCodeAt(i)` while `intact::bibao_string_intact` is 1
/// and `s` is a string, after reading the code unit inline when `i` is an
/// integer index below the length of a flat string.
#[unsafe(no_mangle)]
pub static bibao_string_char_code_at_code: JsCode = string_char_code_at;

fn code_point_at(u: &[u16], i: usize) -> (u32, usize) {
    let first = u[i];
    if (0xD800..0xDC00).contains(&first)
        && let Some(&second) = u.get(i + 1)
        && (0xDC00..0xE000).contains(&second)
    {
        let cp = 0x10000 + (((first as u32) - 0xD800) << 10) + ((second as u32) - 0xDC00);
        return (cp, 2);
    }
    (first as u32, 1)
}

native!(string_code_point_at, |this, args| {
    let s = this_string(this, "codePointAt")?;
    let _root = RootGuard::new(&[s]);
    let pos = to_integer_or_infinity(arg(args, 0))?;
    let u = units(s);
    if pos < 0.0 || pos >= u.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(Value::number(code_point_at(u, pos as usize).0 as f64))
});

native!(string_at, |this, args| {
    let s = this_string(this, "at")?;
    let _root = RootGuard::new(&[s]);
    let rel = to_integer_or_infinity(arg(args, 0))?;
    let u = units(s);
    let len = u.len() as f64;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    Ok(string_of_unit(u[k as usize]))
});

native!(string_index_of, |this, args| {
    let s = this_string(this, "indexOf")?;
    let _root = RootGuard::new(&[s]);
    let search = str_arg(args, 0)?;
    let len = units(s).len();
    let pos = to_integer_or_infinity(arg(args, 1))?.clamp(0.0, len as f64) as usize;
    Ok(Value::number(
        find_units(units(s), units(search), pos).map_or(-1.0, |i| i as f64),
    ))
});

native!(string_last_index_of, |this, args| {
    let s = this_string(this, "lastIndexOf")?;
    let _root = RootGuard::new(&[s]);
    let search = str_arg(args, 0)?;
    let n = to_number(arg(args, 1))?;
    let len = units(s).len();
    let pos = if n.is_nan() {
        len
    } else {
        n.trunc().clamp(0.0, len as f64) as usize
    };
    Ok(Value::number(
        rfind_units(units(s), units(search), pos).map_or(-1.0, |i| i as f64),
    ))
});

native!(string_includes, |this, args| {
    let s = this_string(this, "includes")?;
    let _root = RootGuard::new(&[s]);
    let search = str_arg(args, 0)?;
    let len = units(s).len();
    let pos = to_integer_or_infinity(arg(args, 1))?.clamp(0.0, len as f64) as usize;
    Ok(Value::bool(
        find_units(units(s), units(search), pos).is_some(),
    ))
});

native!(string_starts_with, |this, args| {
    let s = this_string(this, "startsWith")?;
    let _root = RootGuard::new(&[s]);
    let search = str_arg(args, 0)?;
    let len = units(s).len();
    let pos = to_integer_or_infinity(arg(args, 1))?.clamp(0.0, len as f64) as usize;
    Ok(Value::bool(units(s)[pos..].starts_with(units(search))))
});

native!(string_ends_with, |this, args| {
    let s = this_string(this, "endsWith")?;
    let _root = RootGuard::new(&[s]);
    let search = str_arg(args, 0)?;
    let len = units(s).len();
    let end = arg(args, 1);
    let end = if end.is_undefined() {
        len
    } else {
        to_integer_or_infinity(end)?.clamp(0.0, len as f64) as usize
    };
    Ok(Value::bool(units(s)[..end].ends_with(units(search))))
});

native!(string_slice, |this, args| {
    let s = this_string(this, "slice")?;
    let _root = RootGuard::new(&[s]);
    let len = units(s).len();
    let start = relative_index(arg(args, 0), len, 0)?;
    let end = relative_index(arg(args, 1), len, len)?;
    if start >= end {
        return Ok(string::intern(""));
    }
    Ok(sub(s, start, end))
});

native!(string_substring, |this, args| {
    let s = this_string(this, "substring")?;
    let _root = RootGuard::new(&[s]);
    let len = units(s).len() as f64;
    let a = to_integer_or_infinity(arg(args, 0))?.clamp(0.0, len) as usize;
    let e = arg(args, 1);
    let b = if e.is_undefined() {
        len as usize
    } else {
        to_integer_or_infinity(e)?.clamp(0.0, len) as usize
    };
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    if lo == hi {
        return Ok(string::intern(""));
    }
    Ok(sub(s, lo, hi))
});

native!(string_substr, |this, args| {
    let s = this_string(this, "substr")?;
    let _root = RootGuard::new(&[s]);
    let len = units(s).len();
    let start = relative_index(arg(args, 0), len, 0)?;
    let l = arg(args, 1);
    let count = if l.is_undefined() {
        f64::INFINITY
    } else {
        to_integer_or_infinity(l)?
    };
    let end = (start as f64 + count.max(0.0)).min(len as f64) as usize;
    if end <= start {
        return Ok(string::intern(""));
    }
    Ok(sub(s, start, end))
});

native!(string_split, |this, args| {
    let s = this_string(this, "split")?;
    let _root = RootGuard::new(&[s]);
    let sep = arg(args, 0);
    let lim = arg(args, 1);
    let limit = if lim.is_undefined() {
        u32::MAX
    } else {
        to_uint32(to_number(lim)?)
    } as usize;
    let sep = if sep.is_undefined() {
        None
    } else {
        Some(to_string(sep)?)
    };
    _root.push(sep.unwrap_or(Value::UNDEFINED));
    if limit == 0 {
        return Ok(new_array(Vec::new()));
    }
    let Some(sep) = sep else {
        return Ok(new_array(vec![s]));
    };
    let u = units(s);
    let su = units(sep);
    let result = new_array(Vec::new());
    let out = &mut unsafe { object_mut(result) }.elements;
    if su.is_empty() {
        for &c in u.iter().take(limit) {
            out.push(string_of_unit(c));
        }
        return Ok(result);
    }
    if u.is_empty() {
        out.push(s);
        return Ok(result);
    }
    let mut p = 0;
    let mut q = 0;
    while let Some(i) = find_units(u, su, q) {
        out.push(string::from_units(u[p..i].to_vec()));
        if out.len() >= limit {
            return Ok(result);
        }
        p = i + su.len();
        q = p;
    }
    out.push(string::from_units(u[p..].to_vec()));
    Ok(result)
});

/// Applies a char-level case mapping to the well-formed runs of `u`, leaving
/// lone surrogates as they are.
fn map_case(u: &[u16], upper: bool) -> Vec<u16> {
    if u.iter().all(|&c| c < 128) {
        return u
            .iter()
            .map(|&c| {
                let b = c as u8;
                (if upper {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }) as u16
            })
            .collect();
    }
    let mut out = Vec::with_capacity(u.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let mapped = if upper {
            run.to_uppercase()
        } else {
            run.to_lowercase()
        };
        out.extend(mapped.encode_utf16());
        run.clear();
    };
    for r in char::decode_utf16(u.iter().copied()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

native!(string_to_upper_case, |this, args| {
    let s = this_string(this, "toUpperCase")?;
    Ok(string::from_units(map_case(units(s), true)))
});

native!(string_to_lower_case, |this, args| {
    let s = this_string(this, "toLowerCase")?;
    Ok(string::from_units(map_case(units(s), false)))
});

fn is_ws(u: u16) -> bool {
    char::from_u32(u as u32).is_some_and(string::is_js_whitespace)
}

fn trim(this: Value, name: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_string(this, name)?;
    let u = units(s);
    let mut a = 0;
    let mut b = u.len();
    if start {
        while a < b && is_ws(u[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && is_ws(u[b - 1]) {
            b -= 1;
        }
    }
    if a == b {
        return Ok(string::intern(""));
    }
    Ok(sub(s, a, b))
}

native!(string_trim, |this, args| trim(this, "trim", true, true));
native!(string_trim_start, |this, args| trim(
    this,
    "trimStart",
    true,
    false
));
native!(string_trim_end, |this, args| trim(
    this, "trimEnd", false, true
));

fn pad(this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_string(this, if at_start { "padStart" } else { "padEnd" })?;
    let _root = RootGuard::new(&[s]);
    let max = to_length(arg(args, 0))?;
    let len = units(s).len();
    if max <= len as f64 {
        return Ok(s);
    }
    let fill = arg(args, 1);
    let fill: Vec<u16> = if fill.is_undefined() {
        vec![b' ' as u16]
    } else {
        units(to_string(fill)?).to_vec()
    };
    if fill.is_empty() {
        return Ok(s);
    }
    if max > MAX_STRING_LENGTH as f64 {
        return Err(invalid_length());
    }
    let max = max as usize;
    let pad: Vec<u16> = fill.iter().copied().cycle().take(max - len).collect();
    let mut out = Vec::with_capacity(max);
    if at_start {
        out.extend_from_slice(&pad);
        out.extend_from_slice(units(s));
    } else {
        out.extend_from_slice(units(s));
        out.extend_from_slice(&pad);
    }
    Ok(string::from_units(out))
}

native!(string_pad_start, |this, args| pad(this, args, true));
native!(string_pad_end, |this, args| pad(this, args, false));

native!(string_repeat, |this, args| {
    let s = this_string(this, "repeat")?;
    let _root = RootGuard::new(&[s]);
    let n = to_integer_or_infinity(arg(args, 0))?;
    if n < 0.0 || n.is_infinite() {
        return Err(throw_error(
            ErrorKind::RangeError,
            &format!(
                "Invalid count value: {}",
                string::number_to_rust_string(to_number(arg(args, 0))?)
            ),
        ));
    }
    let u = units(s);
    if u.is_empty() || n == 0.0 {
        return Ok(string::intern(""));
    }
    if u.len() as f64 * n > MAX_STRING_LENGTH as f64 {
        return Err(invalid_length());
    }
    Ok(string::from_units(u.repeat(n as usize)))
});

native!(string_concat, |this, args| {
    let s = this_string(this, "concat")?;
    let _root = RootGuard::new(&[s]);
    let mut out = units(s).to_vec();
    for &a in args {
        let t = to_string(a)?;
        out.extend_from_slice(units(t));
        if out.len() > MAX_STRING_LENGTH {
            return Err(invalid_length());
        }
    }
    Ok(string::from_units(out))
});

/// GetSubstitution for a string pattern (no capture groups).
fn substitute(matched: &[u16], s: &[u16], position: usize, replacement: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < replacement.len() {
        let c = replacement[i];
        if c == b'$' as u16 && i + 1 < replacement.len() {
            let d = replacement[i + 1];
            match d {
                0x24 => {
                    out.push(b'$' as u16);
                    i += 2;
                    continue;
                }
                0x26 => {
                    out.extend_from_slice(matched);
                    i += 2;
                    continue;
                }
                0x60 => {
                    out.extend_from_slice(&s[..position]);
                    i += 2;
                    continue;
                }
                0x27 => {
                    let end = (position + matched.len()).min(s.len());
                    out.extend_from_slice(&s[end..]);
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

fn replace(this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let name = if all { "replaceAll" } else { "replace" };
    let s = this_string(this, name)?;
    let replacer = arg(args, 1);
    let root = RootGuard::new(&[s, replacer]);
    let pattern = str_arg(args, 0)?;
    root.push(pattern);
    let functional = is_function(replacer);
    let replacement = if functional {
        Value::UNDEFINED
    } else {
        to_string(replacer)?
    };
    root.push(replacement);
    let (su, pu) = (units(s), units(pattern));
    let mut positions = Vec::new();
    let advance = pu.len().max(1);
    let mut from = 0;
    while let Some(p) = find_units(su, pu, from) {
        positions.push(p);
        if !all {
            break;
        }
        from = p + advance;
        if from > su.len() {
            break;
        }
    }
    if positions.is_empty() {
        return Ok(s);
    }
    let mut out: Vec<u16> = Vec::new();
    let mut end_of_last = 0;
    for p in positions {
        let su = units(s);
        out.extend_from_slice(&su[end_of_last..p]);
        let matched = &su[p..p + pu.len()];
        if functional {
            let m = string::from_units(matched.to_vec());
            root.push(m);
            let r = call(replacer, Value::UNDEFINED, &[m, Value::number(p as f64), s])?;
            let r = to_string(r)?;
            out.extend_from_slice(units(r));
        } else {
            out.extend(substitute(matched, su, p, units(replacement)));
        }
        end_of_last = p + pu.len();
        if out.len() > MAX_STRING_LENGTH {
            return Err(invalid_length());
        }
    }
    out.extend_from_slice(&units(s)[end_of_last..]);
    Ok(string::from_units(out))
}

native!(string_replace, |this, args| replace(this, args, false));
native!(string_replace_all, |this, args| replace(this, args, true));

/// An approximation of ICU's root collation for `localeCompare`: letters
/// compare case-insensitively first (punctuation < digits < letters), then
/// lowercase sorts before uppercase, then by code units.
fn collation_key(c: char) -> (u8, u32) {
    if c.is_alphabetic() {
        let base = strip_accent(c.to_lowercase().next().unwrap_or(c));
        (3, base as u32)
    } else if c.is_numeric() {
        (2, c.to_digit(10).unwrap_or(c as u32))
    } else {
        // Spaces, punctuation and symbols, in ICU's order where known.
        match SYMBOL_ORDER.chars().position(|o| o == c) {
            Some(rank) => (1, rank as u32),
            None => (1, SYMBOL_ORDER.len() as u32 + c as u32),
        }
    }
}

/// The spaces, punctuation and symbols of U+0020..U+00FF in the order node
/// (ICU's root collation) sorts them, from sorting them with
/// `localeCompare` in node v20.
const SYMBOL_ORDER: &str = " \u{a0}_-,;:!\u{a1}?\u{bf}.\u{b7}'\"\u{ab}\u{bb}()[]{}\u{a7}\u{b6}@*/\\&#%`\u{b4}^\u{af}\u{a8}\u{b8}\u{b0}\u{a9}\u{ae}+\u{b1}\u{f7}\u{d7}<=>\u{ac}|\u{a6}~\u{a4}\u{a2}$\u{a3}\u{a5}";

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

pub fn locale_compare(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let sa: Vec<char> = char::decode_utf16(a.iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    let sb: Vec<char> = char::decode_utf16(b.iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    let primary = |s: &[char]| -> Vec<(u8, u32)> { s.iter().map(|&c| collation_key(c)).collect() };
    match primary(&sa).cmp(&primary(&sb)) {
        Ordering::Equal => {}
        o => return o,
    }
    // Accents: unaccented first.
    let accents = |s: &[char]| -> Vec<bool> {
        s.iter()
            .map(|&c| {
                let l = c.to_lowercase().next().unwrap_or(c);
                strip_accent(l) != l
            })
            .collect()
    };
    match accents(&sa).cmp(&accents(&sb)) {
        Ordering::Equal => {}
        o => return o,
    }
    // Case: lowercase first.
    let case = |s: &[char]| -> Vec<bool> { s.iter().map(|c| c.is_uppercase()).collect() };
    match case(&sa).cmp(&case(&sb)) {
        Ordering::Equal => {}
        o => return o,
    }
    a.cmp(b)
}

native!(string_locale_compare, |this, args| {
    let s = this_string(this, "localeCompare")?;
    let _root = RootGuard::new(&[s]);
    let t = str_arg(args, 0)?;
    Ok(Value::number(match locale_compare(units(s), units(t)) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
});

native!(string_normalize, |this, args| {
    let s = this_string(this, "normalize")?;
    let _root = RootGuard::new(&[s]);
    let f = arg(args, 0);
    if !f.is_undefined() {
        let form = crate::ops::to_rust_string(f)?;
        if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
            return Err(throw_error(
                ErrorKind::RangeError,
                "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
            ));
        }
    }
    // bibao has no Unicode normalization tables: strings are returned as is.
    Ok(s)
});

native!(string_is_well_formed, |this, args| {
    let s = this_string(this, "isWellFormed")?;
    Ok(Value::bool(
        char::decode_utf16(units(s).iter().copied()).all(|r| r.is_ok()),
    ))
});

native!(string_to_well_formed, |this, args| {
    let s = this_string(this, "toWellFormed")?;
    let out: Vec<u16> = char::decode_utf16(units(s).iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect::<String>()
        .encode_utf16()
        .collect();
    Ok(string::from_units(out))
});

native!(string_from_char_code, |this, args| {
    if let [a] = args {
        return Ok(string_of_unit(to_uint32(to_number(*a)?) as u16));
    }
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(to_uint32(to_number(a)?) as u16);
    }
    if out.len() == 1 {
        return Ok(string_of_unit(out[0]));
    }
    Ok(string::from_units(out))
});

native!(string_from_code_point, |this, args| {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        let n = to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let shown = if a.is_number() || a.is_bool() || a.is_nullish() {
                string::number_to_rust_string(n)
            } else {
                crate::ops::to_rust_string(a)?
            };
            return Err(throw_error(
                ErrorKind::RangeError,
                &format!("Invalid code point {shown}"),
            ));
        }
        let cp = n as u32;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            out.push(0xD800 + (c >> 10) as u16);
            out.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            out.push(cp as u16);
        }
    }
    Ok(string::from_units(out))
});

pub fn install() {
    let g = rt().global;
    let ctor = match lookup(g, string::intern("String")) {
        Some((_, p)) => p.value,
        None => return,
    };
    let p = rt().protos.string;
    method(ctor, "fromCharCode", 1, string_from_char_code);
    method(ctor, "fromCodePoint", 1, string_from_code_point);
    method(p, "charAt", 1, string_char_at);
    method(p, "charCodeAt", 1, string_char_code_at);
    method(p, "codePointAt", 1, string_code_point_at);
    method(p, "at", 1, string_at);
    method(p, "indexOf", 1, string_index_of);
    method(p, "lastIndexOf", 1, string_last_index_of);
    method(p, "includes", 1, string_includes);
    method(p, "startsWith", 1, string_starts_with);
    method(p, "endsWith", 1, string_ends_with);
    method(p, "slice", 2, string_slice);
    method(p, "substring", 2, string_substring);
    method(p, "substr", 2, string_substr);
    method(p, "split", 2, string_split);
    method(p, "toUpperCase", 0, string_to_upper_case);
    method(p, "toLowerCase", 0, string_to_lower_case);
    method(p, "toLocaleUpperCase", 0, string_to_upper_case);
    method(p, "toLocaleLowerCase", 0, string_to_lower_case);
    method(p, "trim", 0, string_trim);
    method(p, "trimStart", 0, string_trim_start);
    method(p, "trimEnd", 0, string_trim_end);
    method(p, "trimLeft", 0, string_trim_start);
    method(p, "trimRight", 0, string_trim_end);
    method(p, "padStart", 2, string_pad_start);
    method(p, "padEnd", 2, string_pad_end);
    method(p, "repeat", 1, string_repeat);
    method(p, "concat", 1, string_concat);
    method(p, "replace", 2, string_replace);
    method(p, "replaceAll", 2, string_replace_all);
    method(p, "localeCompare", 1, string_locale_compare);
    method(p, "normalize", 0, string_normalize);
    method(p, "isWellFormed", 0, string_is_well_formed);
    method(p, "toWellFormed", 0, string_to_well_formed);
}
