//! `console.log` formatting, following node's `util.inspect` (default options:
//! depth 2, breakLength 80, compact 3) and `util.format`.

use crate::heap::*;
use crate::object::{PROP_ACCESSOR, PROP_ENUMERABLE, lookup, own_keys};
use crate::state::rt;
use crate::string;
use crate::value::Value;

const BREAK_LENGTH: usize = 80;
const MAX_DEPTH: usize = 2;
const COMPACT: usize = 3;

struct Ctx {
    indentation: usize,
    current_depth: usize,
    seen: Vec<Value>,
    /// Objects found to be circular, numbered in order of discovery.
    circular: Vec<Value>,
}

fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Quotes a string as util.inspect does: single quotes unless the string
/// contains them (then double quotes, then backticks).
pub fn quote_js_string(units: &[u16]) -> String {
    let has_single = units.contains(&(b'\'' as u16));
    let has_double = units.contains(&(b'"' as u16));
    let has_back = units.contains(&(b'`' as u16));
    let quote = if !has_single {
        '\''
    } else if !has_double {
        '"'
    } else if !has_back {
        '`'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    let s = String::from_utf16_lossy(units);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

fn format_key(key: Value) -> String {
    let s = string::to_rust_string(key);
    if is_identifier(&s) {
        s
    } else {
        quote_js_string(unsafe { string::units(key) })
    }
}

pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".to_string()
    } else {
        string::number_to_rust_string(n)
    }
}

fn function_name(f: Value) -> String {
    let func = unsafe { function_mut(f) };
    // An own `name` property wins (it can be redefined); else the intrinsic name.
    if let Some(p) = unsafe { object_mut(f) }.props.get(string::intern("name"))
        && is_string(p.value)
        && p.flags & PROP_ACCESSOR == 0
    {
        return string::to_rust_string(p.value);
    }
    if is_string(func.name) {
        string::to_rust_string(func.name)
    } else {
        String::new()
    }
}

fn function_base(f: Value) -> String {
    let func = unsafe { function_mut(f) };
    let name = function_name(f);
    if func.flags & FUNCTION_FLAG_CLASS != 0 {
        let mut s = if name.is_empty() {
            "[class (anonymous)".to_string()
        } else {
            format!("[class {name}")
        };
        if func.flags & FUNCTION_FLAG_DERIVED != 0 {
            let parent = unsafe { object_mut(f) }.proto;
            if is_function(parent) {
                let pn = function_name(parent);
                if !pn.is_empty() {
                    s.push_str(&format!(" extends {pn}"));
                }
            }
        }
        s.push(']');
        return s;
    }
    if name.is_empty() {
        "[Function (anonymous)]".to_string()
    } else {
        format!("[Function: {name}]")
    }
}

/// The constructor name shown before an object's braces ("" for plain objects).
fn constructor_name(obj: Value) -> Option<String> {
    let mut proto = unsafe { object_mut(obj) }.proto;
    while is_object(proto) {
        let p = unsafe { object_mut(proto) };
        if let Some(c) = p.props.get(string::intern("constructor"))
            && c.flags & PROP_ACCESSOR == 0
            && is_function(c.value)
        {
            return Some(function_name(c.value));
        }
        proto = p.proto;
    }
    None
}

fn error_text(e: Value) -> String {
    let get = |k: &str| -> Option<String> {
        let (_, p) = lookup(e, string::intern(k))?;
        if p.flags & PROP_ACCESSOR != 0 || !is_string(p.value) {
            return None;
        }
        Some(string::to_rust_string(p.value))
    };
    if let Some(stack) = unsafe { object_mut(e) }.props.get(string::intern("stack"))
        && is_string(stack.value)
    {
        return string::to_rust_string(stack.value);
    }
    let name = get("name").unwrap_or_else(|| "Error".into());
    let msg = get("message").unwrap_or_default();
    let ctor = constructor_name(e).unwrap_or_default();
    let shown = if !ctor.is_empty() && ctor != name && !name.is_empty() {
        format!("{ctor} [{name}]")
    } else {
        name
    };
    if msg.is_empty() {
        shown
    } else {
        format!("{shown}: {msg}")
    }
}

fn format_primitive(v: Value, quote_strings: bool) -> Option<String> {
    if v.is_number() {
        return Some(format_number(v.as_number()));
    }
    match v.0 {
        crate::value::TRUE => return Some("true".into()),
        crate::value::FALSE => return Some("false".into()),
        crate::value::NULL => return Some("null".into()),
        crate::value::UNDEFINED => return Some("undefined".into()),
        _ => {}
    }
    if is_string(v) {
        let u = unsafe { string::units(v) };
        return Some(if quote_strings {
            quote_js_string(u)
        } else {
            String::from_utf16_lossy(u)
        });
    }
    None
}

fn format_value(ctx: &mut Ctx, v: Value, depth: usize, top: bool) -> String {
    if let Some(s) = format_primitive(v, !top || depth > 0) {
        return s;
    }
    if !is_object(v) {
        return "[internal]".into();
    }
    if ctx.seen.contains(&v) {
        let idx = match ctx.circular.iter().position(|c| *c == v) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(v);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{idx}]");
    }
    format_raw(ctx, v, depth)
}

fn format_raw(ctx: &mut Ctx, v: Value, depth: usize) -> String {
    let o = unsafe { object_mut(v) };
    let kind = o.header.kind;
    let is_err = matches!(o.internal, Internal::Error);
    let ctor = constructor_name(v);
    let null_proto = !is_object(o.proto);

    // What goes before the braces, and the braces.
    let mut base = String::new();
    let (mut open, close) = ("{".to_string(), "}");
    let mut is_array_like = false;
    let mut map_entries: Option<(bool, Vec<(Value, Value)>)> = None;
    match &o.internal {
        Internal::Map(m) => {
            let entries = m.entries();
            map_entries = Some((true, entries));
        }
        Internal::Set(m) => {
            let entries = m.entries();
            map_entries = Some((false, entries));
        }
        _ => {}
    }
    if kind == KIND_ARRAY {
        is_array_like = true;
        let prefix = match &ctor {
            Some(c) if c == "Array" => String::new(),
            Some(c) => format!("{c}({}) ", o.elements.len()),
            None => format!("[Array({}): null prototype] ", o.elements.len()),
        };
        open = format!("{prefix}[");
    } else if kind == KIND_FUNCTION {
        base = function_base(v);
    } else if is_err {
        base = error_text(v);
    } else if let Some((is_map, entries)) = &map_entries {
        let n = entries.len();
        let name = ctor
            .clone()
            .unwrap_or_else(|| if *is_map { "Map".into() } else { "Set".into() });
        open = format!("{name}({n}) {{");
    } else if let Internal::Primitive(p) = o.internal {
        let inner = format_primitive(p, true).unwrap_or_default();
        let tname = if p.is_number() {
            "Number"
        } else if is_string(p) {
            "String"
        } else {
            "Boolean"
        };
        base = format!("[{tname}: {inner}]");
    } else if null_proto {
        open = "[Object: null prototype] {".to_string();
    } else if let Some(c) = &ctor {
        if c != "Object" {
            open = format!("{c} {{");
        }
    } else {
        open = "[Object: null prototype] {".to_string();
    }

    let keys: Vec<Value> = own_keys(v, true)
        .into_iter()
        .filter(|k| {
            if kind == KIND_ARRAY {
                crate::object::array_index_of_key(*k).is_none()
            } else {
                true
            }
        })
        .collect();

    let has_entries = kind == KIND_ARRAY && !o.elements.is_empty()
        || map_entries.as_ref().is_some_and(|(_, e)| !e.is_empty());
    if keys.is_empty() && !has_entries {
        if kind == KIND_FUNCTION || is_err || matches!(o.internal, Internal::Primitive(_)) {
            return base;
        }
        let close_s = if is_array_like { "]" } else { close };
        return format!("{open}{close_s}");
    }
    if depth > MAX_DEPTH {
        if kind == KIND_ARRAY {
            return "[Array]".into();
        }
        if kind == KIND_FUNCTION || is_err {
            return base;
        }
        let name = match (&ctor, null_proto) {
            (_, true) => "[Object: null prototype]".to_string(),
            (Some(c), _) => c.clone(),
            (None, _) => "Object".into(),
        };
        return format!("[{name}]");
    }

    ctx.seen.push(v);
    ctx.current_depth = depth;
    let mut output: Vec<String> = Vec::new();
    if kind == KIND_ARRAY {
        let elements = o.elements.clone();
        let mut i = 0;
        let limit = 100;
        let mut shown = 0;
        while i < elements.len() && shown < limit {
            if elements[i].is_uninit() {
                let mut j = i;
                while j < elements.len() && elements[j].is_uninit() {
                    j += 1;
                }
                let n = j - i;
                output.push(format!("<{n} empty item{}>", if n == 1 { "" } else { "s" }));
                i = j;
            } else {
                output.push(format_child(ctx, elements[i], depth));
                i += 1;
            }
            shown += 1;
        }
        if i < elements.len() {
            let rest = elements.len() - i;
            output.push(format!(
                "... {rest} more item{}",
                if rest == 1 { "" } else { "s" }
            ));
        }
    }
    if let Some((is_map, entries)) = &map_entries {
        for (k, val) in entries {
            if *is_map {
                let ks = format_child(ctx, *k, depth);
                let vs = format_child(ctx, *val, depth);
                output.push(format!("{ks} => {vs}"));
            } else {
                output.push(format_child(ctx, *k, depth));
            }
        }
    }
    for k in keys {
        let Some(p) = unsafe { object_mut(v) }.props.get(k).copied() else {
            continue;
        };
        if p.flags & PROP_ENUMERABLE == 0 {
            continue;
        }
        let name = format_key(k);
        let val = if p.flags & PROP_ACCESSOR != 0 {
            match (is_function(p.value), is_function(p.setter)) {
                (true, true) => "[Getter/Setter]".to_string(),
                (true, false) => "[Getter]".to_string(),
                (false, true) => "[Setter]".to_string(),
                _ => "undefined".to_string(),
            }
        } else {
            format_child(ctx, p.value, depth)
        };
        output.push(format!("{name}: {val}"));
    }
    ctx.seen.pop();

    let circular_prefix = match ctx.circular.iter().position(|c| *c == v) {
        Some(i) => format!("<ref *{}> ", i + 1),
        None => String::new(),
    };

    let (open, close) = if is_array_like {
        (open, "]")
    } else if !base.is_empty() {
        ("{".to_string(), "}")
    } else {
        (open, close)
    };
    let base_with_space = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    let entries = output.len();
    if is_array_like && entries > 6 {
        output = group_array_elements(ctx, output, Some(&o.elements));
    }
    if ctx.current_depth - depth < COMPACT && entries == output.len() {
        let start = output.len() + ctx.indentation + js_len(&open) + js_len(&base) + 10;
        if is_below_break_length(&output, start, &base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                return format!("{circular_prefix}{base_with_space}{open} {joined} {close}");
            }
        }
    }
    let ind = format!("\n{}", " ".repeat(ctx.indentation));
    format!(
        "{circular_prefix}{base_with_space}{open}{ind}  {}{ind}{close}",
        output.join(&format!(",{ind}  "))
    )
}

fn format_child(ctx: &mut Ctx, v: Value, depth: usize) -> String {
    ctx.indentation += 2;
    let s = format_value(ctx, v, depth + 1, false);
    ctx.indentation -= 2;
    s
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for s in output {
        total += js_len(s);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn group_array_elements(
    ctx: &Ctx,
    output: Vec<String>,
    values: Option<&Vec<Value>>,
) -> Vec<String> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if output
        .last()
        .is_some_and(|s| s.starts_with("... ") && s.contains(" more item"))
    {
        output_length -= 1;
    }
    let separator_space = 2;
    let mut data_len = Vec::with_capacity(output_length);
    for s in output.iter().take(output_length) {
        let len = js_len(s);
        data_len.push(len);
        total_length += len + separator_space;
        if max_length < len {
            max_length = len;
        }
    }
    let actual_max = max_length + separator_space;
    if actual_max * 3 + ctx.indentation < BREAK_LENGTH
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = ((approx_char_heights * biased_max * output_length as f64).sqrt()
            / biased_max)
            .round()
            .min(((BREAK_LENGTH - ctx.indentation) / actual_max) as f64)
            .min((COMPACT * 4) as f64)
            .min(15.0) as usize;
        if columns <= 1 {
            return output;
        }
        let mut max_line_length = Vec::new();
        for i in 0..columns {
            let mut line_length = 0;
            let mut j = i;
            while j < output_length {
                if data_len[j] > line_length {
                    line_length = data_len[j];
                }
                j += columns;
            }
            max_line_length.push(line_length + separator_space);
        }
        let pad_start = match values {
            Some(vals) => vals.iter().take(output_length).all(|v| v.is_number()),
            None => false,
        };
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line = String::new();
            let mut j = i;
            while j < max - 1 {
                let cell = format!("{}, ", output[j]);
                let width = max_line_length[j - i];
                line.push_str(&pad(&cell, width, pad_start));
                j += 1;
            }
            if pad_start {
                let width = max_line_length[j - i] - separator_space;
                line.push_str(&pad(&output[j], width, true));
            } else {
                line.push_str(&output[j]);
            }
            tmp.push(line);
            i += columns;
        }
        if output_length < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

fn pad(s: &str, width: usize, start: bool) -> String {
    let len = js_len(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

/// util.inspect(v) with default options.
pub fn inspect(v: Value) -> String {
    let mut ctx = Ctx {
        indentation: 0,
        current_depth: 0,
        seen: Vec::new(),
        circular: Vec::new(),
    };
    let mut s = format_value(&mut ctx, v, 0, false);
    if !ctx.circular.is_empty() && !s.starts_with("<ref *") {
        // The top-level object is the first circular target.
        s = format!("<ref *1> {s}");
    }
    s
}

/// How a value is named in a runtime error message ("x is not a function").
pub fn inspect_for_error(v: Value) -> String {
    if is_string(v) {
        return quote_js_string(unsafe { string::units(v) }).replace('\'', "\"");
    }
    if is_object(v) && !is_function(v) {
        return if is_array(v) {
            "object".into()
        } else {
            "#<Object>".into()
        };
    }
    inspect(v)
}

/// util.format: console.log's argument formatting.
pub fn format_args(args: &[Value]) -> String {
    let mut out = String::new();
    let mut rest = args;
    if let Some(&first) = args.first()
        && is_string(first)
        && args.len() > 1
    {
        let f = string::to_rust_string(first);
        let mut it = f.chars().peekable();
        let mut next_arg = 1;
        while let Some(c) = it.next() {
            if c == '%' {
                match it.peek().copied() {
                    Some('%') => {
                        it.next();
                        out.push('%');
                        continue;
                    }
                    Some(spec @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c'))
                        if next_arg < args.len() =>
                    {
                        it.next();
                        let a = args[next_arg];
                        next_arg += 1;
                        match spec {
                            's' => {
                                if is_string(a) {
                                    out.push_str(&string::to_rust_string(a));
                                } else if is_object(a) && !is_function(a) {
                                    out.push_str(&inspect(a));
                                } else {
                                    out.push_str(
                                        &format_primitive(a, false).unwrap_or_else(|| inspect(a)),
                                    );
                                }
                            }
                            'd' | 'i' => {
                                let n = if is_object(a) {
                                    f64::NAN
                                } else {
                                    crate::ops::to_number(a).unwrap_or(f64::NAN)
                                };
                                let n = if spec == 'i' { n.trunc() } else { n };
                                out.push_str(&format_number(n));
                            }
                            'f' => {
                                let n = crate::ops::to_number(a).unwrap_or(f64::NAN);
                                out.push_str(&format_number(n));
                            }
                            'j' => out.push_str(&crate::builtins::json_stringify_simple(a)),
                            'c' => {}
                            _ => out.push_str(&inspect(a)),
                        }
                        continue;
                    }
                    _ => {}
                }
            }
            out.push(c);
        }
        rest = &args[next_arg..];
        for a in rest {
            out.push(' ');
            out.push_str(&format_top(*a));
        }
        return out;
    }
    for (i, a) in rest.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format_top(*a));
    }
    out
}

fn format_top(v: Value) -> String {
    if is_string(v) {
        return string::to_rust_string(v);
    }
    inspect(v)
}

/// Clears per-call state (a thrown getter could leave it dirty).
pub fn reset() {
    rt().inspect_stack.clear();
}
