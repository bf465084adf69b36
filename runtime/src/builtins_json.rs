//! `JSON.stringify` and `JSON.parse`, with V8's output and error messages.

use crate::builtins::{arg, method, new_array};
use crate::builtins_object::*;
use crate::call::call;
use crate::error::{ErrorKind, throw_error, throw_type_error};
use crate::gc::RootGuard;
use crate::heap::*;
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::property;
use crate::state::rt;
use crate::string;
use crate::value::Value;

// ---- stringify ------------------------------------------------------------------

/// Appends `units` as a JSON string literal (QuoteJSONString).
pub fn quote(out: &mut Vec<u16>, units: &[u16]) {
    out.push(b'"' as u16);
    let hex = b"0123456789abcdef";
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0x08 => out.extend_from_slice(&[b'\\' as u16, b'b' as u16]),
            0x09 => out.extend_from_slice(&[b'\\' as u16, b't' as u16]),
            0x0A => out.extend_from_slice(&[b'\\' as u16, b'n' as u16]),
            0x0C => out.extend_from_slice(&[b'\\' as u16, b'f' as u16]),
            0x0D => out.extend_from_slice(&[b'\\' as u16, b'r' as u16]),
            0x22 => out.extend_from_slice(&[b'\\' as u16, b'"' as u16]),
            0x5C => out.extend_from_slice(&[b'\\' as u16, b'\\' as u16]),
            _ if c < 0x20 || (0xD800..0xE000).contains(&c) => {
                let paired = if (0xD800..0xDC00).contains(&c) {
                    units
                        .get(i + 1)
                        .is_some_and(|n| (0xDC00..0xE000).contains(n))
                } else {
                    false
                };
                if paired {
                    out.push(c);
                    out.push(units[i + 1]);
                    i += 2;
                    continue;
                }
                // A control character or a lone surrogate: \uXXXX.
                out.extend_from_slice(&[b'\\' as u16, b'u' as u16]);
                for shift in [12, 8, 4, 0] {
                    out.push(hex[((c >> shift) & 0xF) as usize] as u16);
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

struct Stringifier {
    replacer_fn: Value,
    property_list: Option<Vec<Value>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// (key, object) of the objects being serialized, outermost first. Keys
    /// are strings, or numbers for array indices.
    stack: Vec<(Value, Value)>,
    out: Vec<u16>,
    root: RootGuard,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

impl Stringifier {
    fn circular_error(&self, key: Value, start: usize) -> Value {
        let key_text = |k: Value| -> String {
            if k.is_number() {
                format!("index {}", string::number_to_rust_string(k.as_number()))
            } else if unsafe { string::units(k) }.is_empty() {
                "<anonymous>".into()
            } else {
                format!("property '{}'", string::to_rust_string(k))
            }
        };
        let ctor = |o: Value| format!("'{}'", constructor_name(o));
        let mut msg = String::from("Converting circular structure to JSON");
        let n = self.stack.len();
        let mut index = start;
        msg.push_str(&format!(
            "\n    --> starting at object with constructor {}",
            ctor(self.stack[index].1)
        ));
        index += 1;
        let prefix_end = n.min(index + 2);
        while index < prefix_end {
            let (k, o) = self.stack[index];
            msg.push_str(&format!(
                "\n    |     {} -> object with constructor {}",
                key_text(k),
                ctor(o)
            ));
            index += 1;
        }
        if n > index + 1 {
            msg.push_str("\n    |     ...");
        }
        index = index.max(n - 1);
        while index < n {
            let (k, o) = self.stack[index];
            msg.push_str(&format!(
                "\n    |     {} -> object with constructor {}",
                key_text(k),
                ctor(o)
            ));
            index += 1;
        }
        msg.push_str(&format!("\n    --- {} closes the circle", key_text(key)));
        throw_type_error(&msg)
    }

    /// SerializeJSONProperty: `key` is a string (or a number for array
    /// elements, used in error messages); `value` has been read already.
    /// Returns false when the value serializes to nothing (undefined).
    fn property(&mut self, holder: Value, key: Value, mut value: Value) -> JsResult<bool> {
        self.root.push(value);
        let key_str = |k: Value| -> Value {
            if k.is_number() {
                string::from_number(k.as_number())
            } else {
                k
            }
        };
        if is_object(value) {
            let to_json = property::get(value, string::intern("toJSON"))?;
            if is_function(to_json) {
                let k = key_str(key);
                self.root.push(k);
                value = call(to_json, value, &[k])?;
                self.root.push(value);
            }
        }
        if is_function(self.replacer_fn) {
            let k = key_str(key);
            self.root.push(k);
            value = call(self.replacer_fn, holder, &[k, value])?;
            self.root.push(value);
        }
        if is_object(value)
            && let Internal::Primitive(p) = *unsafe { object_mut(value) }.internal()
        {
            value = if p.is_number() {
                Value::number(to_number(value)?)
            } else if is_string(p) {
                to_string(value)?
            } else {
                p
            };
            self.root.push(value);
        }
        if value.is_null() {
            push_str(&mut self.out, "null");
            return Ok(true);
        }
        if value.is_bool() {
            push_str(
                &mut self.out,
                if value == Value::TRUE {
                    "true"
                } else {
                    "false"
                },
            );
            return Ok(true);
        }
        if is_string(value) {
            quote(&mut self.out, unsafe { string::units(value) });
            return Ok(true);
        }
        if value.is_number() {
            let n = value.as_number();
            if n.is_finite() {
                push_str(&mut self.out, &string::number_to_rust_string(n));
            } else {
                push_str(&mut self.out, "null");
            }
            return Ok(true);
        }
        if is_object(value) && !is_function(value) {
            if let Some(start) = self.stack.iter().position(|(_, o)| *o == value) {
                return Err(self.circular_error(key, start));
            }
            if self.stack.len() > 10_000 {
                return Err(throw_error(
                    ErrorKind::RangeError,
                    "Maximum call stack size exceeded",
                ));
            }
            self.stack.push((key, value));
            let r = if is_array(value) {
                self.array(value)
            } else {
                self.object(value)
            };
            self.stack.pop();
            r?;
            return Ok(true);
        }
        Ok(false)
    }

    fn newline_indent(&mut self) {
        self.out.push(b'\n' as u16);
        let indent = self.indent.clone();
        self.out.extend_from_slice(&indent);
    }

    fn object(&mut self, value: Value) -> JsResult<()> {
        let stepback = self.indent.clone();
        self.indent.extend_from_slice(&self.gap.clone());
        let keys = match &self.property_list {
            Some(list) => list.clone(),
            None => enumerable_own_keys(value)?,
        };
        for &k in &keys {
            self.root.push(k);
        }
        self.out.push(b'{' as u16);
        let mut any = false;
        for k in keys {
            let v = property::get(value, k)?;
            let mark = self.out.len();
            if any {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent();
            }
            quote(&mut self.out, unsafe { string::units(k) });
            self.out.push(b':' as u16);
            if !self.gap.is_empty() {
                self.out.push(b' ' as u16);
            }
            if self.property(value, k, v)? {
                any = true;
            } else {
                self.out.truncate(mark);
            }
        }
        self.indent = stepback;
        if any && !self.gap.is_empty() {
            self.newline_indent();
        }
        self.out.push(b'}' as u16);
        Ok(())
    }

    fn array(&mut self, value: Value) -> JsResult<()> {
        let stepback = self.indent.clone();
        self.indent.extend_from_slice(&self.gap.clone());
        let len = length_of(value)?;
        self.out.push(b'[' as u16);
        for i in 0..len {
            if i > 0 {
                self.out.push(b',' as u16);
            }
            if !self.gap.is_empty() {
                self.newline_indent();
            }
            let v = get_index(value, i)?;
            if !self.property(value, Value::number(i as f64), v)? {
                push_str(&mut self.out, "null");
            }
        }
        self.indent = stepback;
        if len > 0 && !self.gap.is_empty() {
            self.newline_indent();
        }
        self.out.push(b']' as u16);
        Ok(())
    }
}

/// JSON.stringify(value, replacer, space): the string, or undefined.
pub fn stringify(value: Value, replacer: Value, space: Value) -> JsResult<Value> {
    let root = RootGuard::new(&[value, replacer, space]);
    let mut replacer_fn = Value::UNDEFINED;
    let mut property_list = None;
    if is_function(replacer) {
        replacer_fn = replacer;
    } else if is_array(replacer) {
        let mut list: Vec<Value> = Vec::new();
        let len = length_of(replacer)?;
        for i in 0..len {
            let v = get_index(replacer, i)?;
            let item = if is_string(v) {
                Some(v)
            } else if v.is_number() {
                Some(to_string(v)?)
            } else if is_object(v)
                && let Internal::Primitive(p) = *unsafe { object_mut(v) }.internal()
                && (p.is_number() || is_string(p))
            {
                Some(to_string(v)?)
            } else {
                None
            };
            if let Some(item) = item
                && !list.iter().any(|k| string::string_eq(*k, item))
            {
                root.push(item);
                list.push(item);
            }
        }
        property_list = Some(list);
    }
    let mut space = space;
    if is_object(space)
        && let Internal::Primitive(p) = *unsafe { object_mut(space) }.internal()
    {
        if p.is_number() {
            space = Value::number(to_number(space)?);
        } else if is_string(p) {
            space = to_string(space)?;
        }
    }
    let gap: Vec<u16> = if space.is_number() {
        let n = to_integer_or_infinity(space)?.min(10.0);
        if n >= 1.0 {
            vec![b' ' as u16; n as usize]
        } else {
            Vec::new()
        }
    } else if is_string(space) {
        let u = unsafe { string::units(space) };
        u[..u.len().min(10)].to_vec()
    } else {
        Vec::new()
    };
    let wrapper = new_plain_object();
    root.push(wrapper);
    define(wrapper, string::intern(""), value, PROP_DEFAULT);
    let mut s = Stringifier {
        replacer_fn,
        property_list,
        gap,
        indent: Vec::new(),
        stack: Vec::new(),
        out: Vec::new(),
        root,
    };
    if s.property(wrapper, string::intern(""), value)? {
        Ok(string::from_units(std::mem::take(&mut s.out)))
    } else {
        Ok(Value::UNDEFINED)
    }
}

native!(json_stringify, |this, args| stringify(
    arg(args, 0),
    arg(args, 1),
    arg(args, 2)
));

// ---- parse ----------------------------------------------------------------------

struct Parser<'a> {
    s: &'a [u16],
    pos: usize,
}

fn syntax_error(msg: &str) -> Value {
    throw_error(ErrorKind::SyntaxError, msg)
}

/// JSON whitespace (space, tab, line feed, carriage return).
fn is_json_space(c: u16) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u16> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_json_space) {
            self.pos += 1;
        }
    }

    fn at(&self, msg: &str) -> Value {
        syntax_error(&format!("{msg} in JSON at position {}", self.pos))
    }

    /// The error for an unexpected token at the current position.
    fn unexpected(&self) -> Value {
        let Some(c) = self.peek() else {
            return syntax_error("Unexpected end of JSON input");
        };
        if c == b'"' as u16 {
            return self.at("Unexpected string");
        }
        if c == b'-' as u16 || (b'0' as u16..=b'9' as u16).contains(&c) {
            return self.at("Unexpected number");
        }
        let src = String::from_utf16_lossy(self.s);
        if matches!(
            src.as_str(),
            "[object Object]" | "undefined" | "Infinity" | "NaN"
        ) {
            return syntax_error(&format!("\"{src}\" is not valid JSON"));
        }
        let token = String::from_utf16_lossy(&[c]);
        let len = self.s.len();
        let pos = self.pos;
        const CONTEXT: usize = 10;
        let ctx = |a: usize, b: usize| String::from_utf16_lossy(&self.s[a..b]);
        let msg = if len < 2 * CONTEXT + 1 {
            format!("Unexpected token '{token}', \"{src}\" is not valid JSON")
        } else if pos < CONTEXT {
            format!(
                "Unexpected token '{token}', \"{}\"... is not valid JSON",
                ctx(0, pos + CONTEXT)
            )
        } else if pos < len - CONTEXT {
            format!(
                "Unexpected token '{token}', ...\"{}\"... is not valid JSON",
                ctx(pos - CONTEXT, pos + CONTEXT)
            )
        } else {
            format!(
                "Unexpected token '{token}', ...\"{}\" is not valid JSON",
                ctx(pos - CONTEXT, len)
            )
        };
        syntax_error(&msg)
    }

    fn value(&mut self) -> JsResult<Value> {
        self.skip_ws();
        let Some(c) = self.peek() else {
            return Err(self.unexpected());
        };
        match c {
            0x7B => self.object(),
            0x5B => self.array(),
            0x22 => self.string(),
            0x2D | 0x30..=0x39 => self.number(),
            0x74 => self.literal("true", Value::TRUE),
            0x66 => self.literal("false", Value::FALSE),
            0x6E => self.literal("null", Value::NULL),
            _ => Err(self.unexpected()),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> JsResult<Value> {
        for b in word.bytes() {
            if self.peek() != Some(b as u16) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(v)
    }

    fn is_digit(c: Option<u16>) -> bool {
        c.is_some_and(|c| (b'0' as u16..=b'9' as u16).contains(&c))
    }

    fn number(&mut self) -> JsResult<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-' as u16) {
            self.pos += 1;
            if !Self::is_digit(self.peek()) {
                return Err(self.at("No number after minus sign"));
            }
        }
        if self.peek() == Some(b'0' as u16) {
            self.pos += 1;
            if Self::is_digit(self.peek()) {
                return Err(self.at("Unexpected number"));
            }
        } else {
            while Self::is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        if self.peek() == Some(b'.' as u16) {
            self.pos += 1;
            if !Self::is_digit(self.peek()) {
                return Err(self.at("Unterminated fractional number"));
            }
            while Self::is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !Self::is_digit(self.peek()) {
                return Err(self.at("Exponent part is missing a number"));
            }
            while Self::is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        let text = String::from_utf16_lossy(&self.s[start..self.pos]);
        Ok(Value::number(text.parse::<f64>().unwrap_or(f64::NAN)))
    }

    fn string_units(&mut self) -> JsResult<Vec<u16>> {
        // At the opening quote.
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.at("Unterminated string"));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5C => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.unexpected());
                    };
                    let simple = match e {
                        0x22 => Some(0x22),
                        0x5C => Some(0x5C),
                        0x2F => Some(0x2F),
                        0x62 => Some(0x08),
                        0x66 => Some(0x0C),
                        0x6E => Some(0x0A),
                        0x72 => Some(0x0D),
                        0x74 => Some(0x09),
                        _ => None,
                    };
                    if let Some(u) = simple {
                        out.push(u);
                        self.pos += 1;
                        continue;
                    }
                    if e != b'u' as u16 {
                        return Err(self.at("Bad escaped character"));
                    }
                    self.pos += 1;
                    let mut v: u16 = 0;
                    for _ in 0..4 {
                        let d = self
                            .peek()
                            .and_then(|h| char::from_u32(h as u32))
                            .and_then(|h| h.to_digit(16));
                        let Some(d) = d else {
                            return Err(self.at("Bad Unicode escape"));
                        };
                        v = v * 16 + d as u16;
                        self.pos += 1;
                    }
                    out.push(v);
                }
                _ if c < 0x20 => return Err(self.at("Bad control character in string literal")),
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn string(&mut self) -> JsResult<Value> {
        let u = self.string_units()?;
        Ok(string::from_units(u))
    }

    fn object(&mut self) -> JsResult<Value> {
        self.pos += 1;
        let obj = new_plain_object();
        self.skip_ws();
        if self.peek() == Some(b'}' as u16) {
            self.pos += 1;
            return Ok(obj);
        }
        if self.peek() != Some(b'"' as u16) {
            return Err(self.at("Expected property name or '}'"));
        }
        let mut first = true;
        loop {
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':' as u16) {
                return Err(if first {
                    self.at("Expected ':' after property name")
                } else {
                    self.unexpected()
                });
            }
            self.pos += 1;
            first = false;
            let v = self.value()?;
            define(obj, key, v, PROP_DEFAULT);
            self.skip_ws();
            match self.peek() {
                Some(0x2C) => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some(b'"' as u16) {
                        return Err(self.at("Expected double-quoted property name"));
                    }
                }
                Some(0x7D) => {
                    self.pos += 1;
                    return Ok(obj);
                }
                _ => return Err(self.at("Expected ',' or '}' after property value")),
            }
        }
    }

    fn array(&mut self) -> JsResult<Value> {
        self.pos += 1;
        let arr = new_array(Vec::new());
        self.skip_ws();
        if self.peek() == Some(b']' as u16) {
            self.pos += 1;
            return Ok(arr);
        }
        loop {
            let v = self.value()?;
            unsafe { object_mut(arr) }.elements.push(v);
            self.skip_ws();
            match self.peek() {
                Some(0x2C) => self.pos += 1,
                Some(0x5D) => {
                    self.pos += 1;
                    return Ok(arr);
                }
                _ => return Err(self.at("Expected ',' or ']' after array element")),
            }
        }
    }
}

/// Parses JSON text (no JS code runs, so no rooting is needed while parsing).
pub fn parse(text: &[u16]) -> JsResult<Value> {
    let mut p = Parser { s: text, pos: 0 };
    let v = p.value()?;
    p.skip_ws();
    if p.pos < text.len() {
        return Err(syntax_error(&format!(
            "Unexpected non-whitespace character after JSON at position {}",
            p.pos
        )));
    }
    Ok(v)
}

fn internalize(holder: Value, name: Value, reviver: Value) -> JsResult<Value> {
    let root = RootGuard::new(&[holder, name, reviver]);
    let val = property::get(holder, name)?;
    root.push(val);
    if is_object(val) {
        let keys: Vec<Value> = if is_array(val) {
            let len = length_of(val)?;
            (0..len).map(|i| string::from_number(i as f64)).collect()
        } else {
            enumerable_own_keys(val)?
        };
        for &k in &keys {
            root.push(k);
        }
        for k in keys {
            let nv = internalize(val, k, reviver)?;
            if nv.is_undefined() {
                property::delete(val, k, false)?;
            } else if is_array(val) {
                property::set(val, k, nv)?;
            } else {
                define(val, k, nv, PROP_DEFAULT);
            }
        }
    }
    call(reviver, holder, &[name, val])
}

native!(json_parse, |this, args| {
    let text = to_string(arg(args, 0))?;
    let reviver = arg(args, 1);
    let _root = RootGuard::new(&[text, reviver]);
    let units = unsafe { string::units(text) };
    let v = parse(units)?;
    if !is_function(reviver) {
        return Ok(v);
    }
    let holder = new_plain_object();
    _root.push(holder);
    define(holder, string::intern(""), v, PROP_DEFAULT);
    internalize(holder, string::intern(""), reviver)
});

pub fn install() {
    let json = new_plain_object();
    define_str(rt().global, "JSON", json, PROP_WRITABLE | PROP_CONFIGURABLE);
    method(json, "stringify", 3, json_stringify);
    method(json, "parse", 2, json_parse);
}
