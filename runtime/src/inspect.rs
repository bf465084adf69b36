//! `console.log` formatting: a port of node v20's `util.inspect` (default
//! options: depth 2, breakLength 80, compact 3, maxArrayLength 100,
//! maxStringLength 10000) and `util.format`, from lib/internal/util/inspect.js.
//!
//! The functions mirror node's: [`Inspector::format_value`] (formatValue),
//! [`Inspector::format_raw`] (formatRaw), [`Inspector::format_property`]
//! (formatProperty), [`Inspector::reduce_to_single_string`]
//! (reduceToSingleString), [`group_array_elements`] (groupArrayElements),
//! [`str_escape`] (strEscape) and [`format_args`] (formatWithOptionsInternal).
//! Comments quote the node rule each piece reproduces.
//!
//! Inspecting never runs JS: getters are shown as `[Getter]` (node's default
//! `getters: false`), so no collection can happen while a value is being
//! inspected. Only `util.format`'s `%s`, `%d`, `%i`, `%f` and `%j` call into
//! JS (ToString, ToNumber, parseInt, JSON.stringify), as node does, before or
//! after any inspecting; the arguments are rooted by the `console.log` native
//! for the whole call.
//!
//! Error objects: node prints an error's `stack`. bibao errors carry no stack
//! frames, so an error prints as node prints one whose stack is just its first
//! line (`Error.stackTraceLimit = 0`): `[Error: boom]`, `{ e: [Error: boom] }`,
//! `[Error: boom] { code: 42 }`. Like V8, an error's `stack` text is fixed the
//! first time it is needed (see [`error_stack`]).

use crate::heap::*;
use crate::iter::{IterKind, IterState};
use crate::object::{
    PROP_ACCESSOR, PROP_ENUMERABLE, Property, array_index_of_key, lookup, own_keys,
};
use crate::ops::JsResult;
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// `inspectDefaultOptions.breakLength`.
const BREAK_LENGTH: usize = 80;
/// `inspectDefaultOptions.depth`.
pub const DEFAULT_DEPTH: i64 = 2;
/// `inspectDefaultOptions.compact`.
const COMPACT: usize = 3;
/// `inspectDefaultOptions.maxArrayLength` (also limits Map and Set entries).
const MAX_ARRAY_LENGTH: usize = 100;
/// `inspectDefaultOptions.maxStringLength`.
const MAX_STRING_LENGTH: usize = 10000;
/// `kMinLineLength`: strings up to this length are never split into lines.
const MIN_LINE_LENGTH: usize = 16;

/// What kind of entries a formatted object has (node's kObjectType and
/// kArrayExtrasType; kArrayType, a bare array element, is
/// [`Inspector::format_array_element`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entries {
    /// Properties of an ordinary object, Map, Set, function...: `key: value`.
    Object,
    /// An array's elements and own non-index properties (printed with keys):
    /// the entries are grouped into columns when there are more than 6.
    ArrayExtras,
}

/// The state of one `util.inspect` call (node's `ctx`).
struct Inspector {
    /// `ctx.depth`: how many levels below the top are expanded.
    depth: i64,
    /// `ctx.showHidden`: list non-enumerable properties too (`%o`).
    show_hidden: bool,
    /// `ctx.indentationLvl`: the column the current value starts at.
    indentation: usize,
    /// `ctx.currentDepth`: the depth of the object most recently entered.
    current_depth: usize,
    /// `ctx.seen`: the objects being formatted, outermost first.
    seen: Vec<Value>,
    /// `ctx.circular`: objects found to be referenced from inside themselves;
    /// the position + 1 is the number shown in `<ref *n>` / `[Circular *n]`.
    circular: Vec<Value>,
    /// Set for the uncaught-exception report: errors print like node's errors
    /// with stack frames (unbracketed, properties on their own lines).
    errors_have_frames: bool,
}

// ---- Strings ---------------------------------------------------------------

/// node's `meta` table: the escape for a code unit below 0xA0 that needs one
/// (control characters, the quote, the backslash, DEL and the C1 controls).
fn escape_for_unit(unit: u16) -> Option<String> {
    Some(match unit {
        0x08 => "\\b".into(),
        0x09 => "\\t".into(),
        0x0A => "\\n".into(),
        0x0C => "\\f".into(),
        0x0D => "\\r".into(),
        0x27 => "\\'".into(),
        0x5C => "\\\\".into(),
        0x00..=0x1F | 0x7F..=0x9F => format!("\\x{unit:02X}"),
        _ => return None,
    })
}

fn is_high_surrogate(unit: u16) -> bool {
    (0xD800..=0xDBFF).contains(&unit)
}

fn is_low_surrogate(unit: u16) -> bool {
    (0xDC00..=0xDFFF).contains(&unit)
}

/// Escapes what node's `strEscapeSequencesReplacer` matches: control
/// characters, `\`, C1 controls, lone surrogates (as `\ud800`), and `'` when
/// `escape_single_quote`.
fn escape_units(units: &[u16], escape_single_quote: bool) -> String {
    let mut out: Vec<u16> = Vec::with_capacity(units.len() + 2);
    let mut i = 0;
    while i < units.len() {
        let unit = units[i];
        if is_high_surrogate(unit) && i + 1 < units.len() && is_low_surrogate(units[i + 1]) {
            out.extend_from_slice(&units[i..i + 2]);
            i += 2;
            continue;
        }
        let escape = if unit == b'\'' as u16 && !escape_single_quote {
            None
        } else if is_high_surrogate(unit) || is_low_surrogate(unit) {
            Some(format!("\\u{unit:x}"))
        } else {
            escape_for_unit(unit)
        };
        match escape {
            Some(e) => out.extend(e.encode_utf16()),
            None => out.push(unit),
        }
        i += 1;
    }
    String::from_utf16_lossy(&out)
}

fn contains_units(haystack: &[u16], needle: &str) -> bool {
    let needle: Vec<u16> = needle.encode_utf16().collect();
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_slice())
}

/// node's `strEscape`: quotes a string with single quotes; a string containing
/// `'` gets double quotes, or backticks if it also has `"` (and neither a
/// backtick nor `${`), else single quotes with `\'`.
pub fn str_escape(units: &[u16]) -> String {
    let single = units.contains(&(b'\'' as u16));
    let quote = if !single {
        '\''
    } else if !units.contains(&(b'"' as u16)) {
        '"'
    } else if !units.contains(&(b'`' as u16)) && !contains_units(units, "${") {
        '`'
    } else {
        '\''
    };
    let body = escape_units(units, quote == '\'');
    format!("{quote}{body}{quote}")
}

/// The quoted form of a string value inside a container (kept under its old
/// name for the runtime's error messages).
pub fn quote_js_string(units: &[u16]) -> String {
    str_escape(units)
}

/// Length in UTF-16 code units: node compares `str.length` against the line
/// width everywhere except when grouping array elements.
fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// node's `getStringWidth` (ICU build): the number of terminal columns a
/// string takes. Full-width and wide characters (CJK, most emoji) count 2;
/// control characters, combining and enclosing marks and format characters
/// count 0. Used only to lay out grouped array elements.
///
/// node measures the NFC form of the string. Most compositions join a
/// character with a zero-width mark, which the per-character sum already gets
/// right; the exception handled here is Hangul: a leading consonant jamo
/// followed by a vowel jamo (and a trailing consonant) is one wide syllable.
fn string_width(s: &str) -> usize {
    let mut width = 0;
    let mut previous: Option<char> = None;
    for c in s.chars() {
        let composes = match previous {
            Some(p) => {
                is_hangul_lead(p) && is_hangul_vowel(c) || is_hangul_lv(p) && is_hangul_tail(c)
            }
            None => false,
        };
        if composes {
            // The composed syllable keeps the width of its leading jamo.
            previous = Some(if is_hangul_vowel(c) { '\u{AC00}' } else { c });
            continue;
        }
        width += char_width(c);
        previous = Some(c);
    }
    width
}

fn is_hangul_lead(c: char) -> bool {
    ('\u{1100}'..='\u{1112}').contains(&c)
}

fn is_hangul_vowel(c: char) -> bool {
    ('\u{1161}'..='\u{1175}').contains(&c)
}

fn is_hangul_tail(c: char) -> bool {
    ('\u{11A8}'..='\u{11C2}').contains(&c)
}

/// A precomposed Hangul syllable without a trailing consonant.
fn is_hangul_lv(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c) && (c as u32 - 0xAC00).is_multiple_of(28)
}

fn char_width(c: char) -> usize {
    let cp = c as u32;
    if (0x20..0x7F).contains(&cp) {
        return 1;
    }
    match WIDTH_TABLE.binary_search_by(|&(start, end, _)| {
        if end < cp {
            std::cmp::Ordering::Less
        } else if start > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => WIDTH_TABLE[i].2 as usize,
        Err(_) => 1,
    }
}

// ---- Primitives ------------------------------------------------------------

/// node's `formatNumber`: `-0` keeps its sign, everything else is `${n}`.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".to_string()
    } else {
        string::number_to_rust_string(n)
    }
}

/// `String(v)` for primitives, without calling into JS.
fn primitive_to_string(v: Value) -> String {
    if v.is_number() {
        return string::number_to_rust_string(v.as_number());
    }
    if is_string(v) {
        return string::to_rust_string(v);
    }
    match v.0 {
        crate::value::TRUE => "true".into(),
        crate::value::FALSE => "false".into(),
        crate::value::NULL => "null".into(),
        crate::value::UNDEFINED => "undefined".into(),
        _ if is_function(v) => "function".into(),
        _ => "[object Object]".into(),
    }
}

/// node's `formatPrimitive` for a string: quoted and escaped; longer than
/// 10000 units it is cut with "... n more characters"; a string longer than 16
/// units that does not fit in the line is split after each `\n` into quoted
/// pieces joined by ` +` (only at newlines: node does not measure widths here).
fn format_string(units: &[u16], indentation: usize) -> String {
    let mut trailer = String::new();
    let mut units = units;
    if units.len() > MAX_STRING_LENGTH {
        let remaining = units.len() - MAX_STRING_LENGTH;
        units = &units[..MAX_STRING_LENGTH];
        trailer = format!(
            "... {remaining} more character{}",
            if remaining > 1 { "s" } else { "" }
        );
    }
    let available = BREAK_LENGTH as i64 - indentation as i64 - 4;
    if units.len() > MIN_LINE_LENGTH && units.len() as i64 > available {
        let separator = format!(" +\n{}", " ".repeat(indentation + 2));
        let lines: Vec<String> = units
            .split_inclusive(|&u| u == b'\n' as u16)
            .map(str_escape)
            .collect();
        return lines.join(&separator) + &trailer;
    }
    str_escape(units) + &trailer
}

/// Formats a primitive as node does inside a container (strings quoted);
/// None for objects.
fn format_primitive(v: Value, indentation: usize) -> Option<String> {
    if v.is_number() {
        return Some(format_number(v.as_number()));
    }
    if is_string(v) {
        return Some(format_string(unsafe { string::units(v) }, indentation));
    }
    match v.0 {
        crate::value::TRUE => Some("true".into()),
        crate::value::FALSE => Some("false".into()),
        crate::value::NULL => Some("null".into()),
        crate::value::UNDEFINED => Some("undefined".into()),
        _ => None,
    }
}

// ---- Reading objects without running JS -------------------------------------

fn proto_of(obj: Value) -> Value {
    unsafe { object_mut(obj) }.proto
}

/// An own property, as `Object.getOwnPropertyDescriptor` would see it (array
/// elements and `length` included).
fn own_property(obj: Value, key: Value) -> Option<Property> {
    let o = unsafe { object_mut(obj) };
    if o.header.kind == KIND_ARRAY {
        if let Some(i) = array_index_of_key(key) {
            let e = *o.elements.get(i as usize)?;
            return (!e.is_uninit()).then_some(Property {
                key,
                value: e,
                setter: Value::UNDEFINED,
                flags: PROP_ENUMERABLE,
            });
        }
        if string::string_eq(key, string::intern("length")) {
            return Some(Property {
                key,
                value: Value::number(o.elements.len() as f64),
                setter: Value::UNDEFINED,
                flags: 0,
            });
        }
    }
    o.props.get(key)
}

/// `obj[name]` when it is a data property somewhere on the chain; None when
/// absent or an accessor (whose getter inspect must not call).
fn data_property(obj: Value, name: &str) -> Option<Value> {
    let key = string::intern(name);
    if is_array(obj) && name == "length" {
        return Some(Value::number(
            unsafe { object_mut(obj) }.elements.len() as f64
        ));
    }
    let (_, p) = lookup(obj, key)?;
    (p.flags & PROP_ACCESSOR == 0).then_some(p.value)
}

fn has_own_data_function(obj: Value, name: &str) -> Option<Value> {
    let p = unsafe { object_mut(obj) }.props.get(string::intern(name))?;
    (p.flags & PROP_ACCESSOR == 0 && is_function(p.value)).then_some(p.value)
}

/// A function's `name`: its own `name` property if it has one (it can be
/// redefined), else the name it was created with.
fn function_name(f: Value) -> String {
    if let Some(p) = unsafe { object_mut(f) }.props.get(string::intern("name")) {
        if p.flags & PROP_ACCESSOR != 0 {
            return String::new();
        }
        return primitive_to_string(p.value);
    }
    let func = unsafe { function_mut(f) };
    if is_string(func.name) {
        string::to_rust_string(func.name)
    } else {
        String::new()
    }
}

/// `obj.name` for any object (the `name` of a class's parent).
fn name_of(obj: Value) -> String {
    if is_function(obj) {
        return function_name(obj);
    }
    match data_property(obj, "name") {
        Some(v) if is_string(v) => string::to_rust_string(v),
        _ => String::new(),
    }
}

/// `obj instanceof ctor`, for an ordinary constructor: is `ctor.prototype` on
/// the prototype chain of `obj`?
fn is_instance_of(obj: Value, ctor: Value) -> bool {
    let target = if unsafe { function_mut(ctor) }.bound.is_empty() {
        ctor
    } else {
        unsafe { function_mut(ctor) }.bound[0]
    };
    let Some(prototype) = unsafe { object_mut(target) }
        .props
        .get(string::intern("prototype"))
        .filter(|p| p.flags & PROP_ACCESSOR == 0)
        .map(|p| p.value)
    else {
        return false;
    };
    let mut p = proto_of(obj);
    while is_object(p) {
        if p == prototype {
            return true;
        }
        p = proto_of(p);
    }
    false
}

/// Is `v` an error: made by an Error constructor, or inheriting from
/// Error.prototype (node: `isNativeError(e) || e instanceof Error`).
fn is_error(v: Value) -> bool {
    if matches!(unsafe { object_mut(v) }.internal(), Internal::Error) {
        return true;
    }
    let error_proto = rt().protos.error;
    let mut p = proto_of(v);
    while is_object(p) {
        if p == error_proto {
            return true;
        }
        p = proto_of(p);
    }
    false
}

/// V8's class name of an object (node's `internalGetConstructorName`), used
/// when no constructor can be found.
fn internal_class_name(v: Value) -> &'static str {
    let o = unsafe { object_mut(v) };
    match (o.internal(), o.header.kind) {
        (_, KIND_ARRAY) => "Array",
        (_, KIND_FUNCTION) => "Function",
        (Internal::Error, _) => "Error",
        (Internal::Map(_), _) => "Map",
        (Internal::Set(_), _) => "Set",
        (Internal::Primitive(p), _) if p.is_number() => "Number",
        (Internal::Primitive(p), _) if is_string(*p) => "String",
        (Internal::Primitive(_), _) => "Boolean",
        _ => "Object",
    }
}

/// The `Symbol.toStringTag` of an object ("" when none): Map.prototype and
/// Set.prototype have one (so Maps, Sets and the prototypes themselves do),
/// and so do Math and JSON. None is enumerable, so node always shows it
/// (unless it equals the constructor's name).
fn to_string_tag(v: Value) -> &'static str {
    if let Internal::Iterator(state) = unsafe { object_mut(v).internal() } {
        return iterator_tag(state.kind);
    }
    let protos = &rt().protos;
    let mut p = v;
    while is_object(p) {
        if p == protos.map {
            return "Map";
        }
        if p == protos.set {
            return "Set";
        }
        p = proto_of(p);
    }
    let global = rt().global;
    for name in ["Math", "JSON"] {
        if let Some((_, p)) = lookup(global, string::intern(name))
            && p.value == v
        {
            return name;
        }
    }
    ""
}

/// The tag of V8's iterator prototypes (%MapIteratorPrototype% ...).
fn iterator_tag(kind: IterKind) -> &'static str {
    match kind {
        IterKind::ArrayValues | IterKind::ArrayKeys | IterKind::ArrayEntries => "Array Iterator",
        IterKind::StringChars => "String Iterator",
        IterKind::MapEntries | IterKind::MapKeys | IterKind::MapValues => "Map Iterator",
        IterKind::SetValues | IterKind::SetEntries => "Set Iterator",
    }
}

/// What a Map or Set iterator has left to yield (node's `previewEntries`):
/// the values, and whether they are `[key, value]` pairs. None for other
/// iterators, which node shows as plain objects.
fn iterator_preview(state: &IterState) -> Option<(Vec<Value>, bool)> {
    let pairs = match state.kind {
        IterKind::MapEntries | IterKind::SetEntries => true,
        IterKind::MapKeys | IterKind::MapValues | IterKind::SetValues => false,
        _ => return None,
    };
    let mut values = Vec::new();
    if state.done || !is_object(state.source) {
        return Some((values, pairs));
    }
    let (Internal::Map(map) | Internal::Set(map)) =
        (unsafe { object_mut(state.source).internal() })
    else {
        return Some((values, pairs));
    };
    let mut i = state.index;
    while let Some((position, k, v)) = map.entry_from(i) {
        match state.kind {
            IterKind::MapEntries => values.extend([k, v]),
            IterKind::SetEntries => values.extend([k, k]),
            IterKind::MapValues => values.push(v),
            _ => values.push(k),
        }
        i = position + 1;
    }
    Some((values, pairs))
}

/// The global constructors node counts as built in (`builtInObjects`: the
/// capitalized properties of globalThis); prototypes they own end the
/// search for user-defined `toString`s and prototype properties.
fn is_builtin_constructor_name(name: &str) -> bool {
    matches!(
        name,
        "Object"
            | "Function"
            | "Array"
            | "Number"
            | "Boolean"
            | "String"
            | "Symbol"
            | "Date"
            | "Promise"
            | "RegExp"
            | "Error"
            | "AggregateError"
            | "EvalError"
            | "RangeError"
            | "ReferenceError"
            | "SyntaxError"
            | "TypeError"
            | "URIError"
            | "JSON"
            | "Math"
            | "Map"
            | "Set"
            | "WeakMap"
            | "WeakSet"
            | "BigInt"
            | "Proxy"
            | "Reflect"
            | "ArrayBuffer"
            | "DataView"
    )
}

/// node's `getPrefix`: what goes before the braces.
fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None if !tag.is_empty() && fallback != tag => {
            format!("[{fallback}{size}: null prototype] [{tag}] ")
        }
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// node's `getCtxStyle`.
fn ctx_style(v: Value, constructor: Option<&str>, tag: &str) -> String {
    let mut fallback = "";
    if constructor.is_none() {
        fallback = internal_class_name(v);
        if fallback == tag {
            fallback = "Object";
        }
    }
    get_prefix(constructor, tag, fallback, "")
}

// ---- The inspector ---------------------------------------------------------

impl Inspector {
    fn new(depth: i64, show_hidden: bool) -> Inspector {
        Inspector {
            depth,
            show_hidden,
            indentation: 0,
            current_depth: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            errors_have_frames: false,
        }
    }

    fn is_beyond_depth(&self, recurse_times: usize) -> bool {
        recurse_times as i64 > self.depth
    }

    /// node's `formatValue`.
    fn format_value(&mut self, v: Value, recurse_times: usize) -> String {
        if let Some(s) = format_primitive(v, self.indentation) {
            return s;
        }
        if !is_object(v) {
            return "[internal]".into();
        }
        // "Using an array here is actually better for the average case than
        // using a Set": a value already being formatted is a circular reference.
        if self.seen.contains(&v) {
            let index = match self.circular.iter().position(|c| *c == v) {
                Some(i) => i + 1,
                None => {
                    self.circular.push(v);
                    self.circular.len()
                }
            };
            return format!("[Circular *{index}]");
        }
        self.format_raw(v, recurse_times)
    }

    /// node's `getConstructorName`: the `name` of the first `constructor`
    /// found along the prototype chain (None for a null-prototype object).
    fn constructor_name(&self, obj: Value, recurse_times: usize) -> Option<String> {
        let protos = &rt().protos;
        let mut first_proto: Option<Value> = None;
        let mut current = obj;
        while is_object(current) {
            // wellKnownPrototypes: objects inheriting from Object.prototype or
            // Function.prototype get that name even if its `constructor` was
            // tampered with (not the prototype itself: it is no instance).
            if current != obj && current == protos.object {
                return Some("Object".into());
            }
            if current != obj && current == protos.function {
                return Some("Function".into());
            }
            if let Some(ctor) = has_own_data_function(current, "constructor") {
                let name = function_name(ctor);
                if !name.is_empty() && is_instance_of(obj, ctor) {
                    return Some(name);
                }
            }
            current = proto_of(current);
            if first_proto.is_none() {
                first_proto = Some(current);
            }
        }
        let first_proto = first_proto.unwrap_or(Value::NULL);
        if !is_object(first_proto) {
            return None;
        }
        // A chain of prototypes without constructors: "Object <...>".
        let res = internal_class_name(obj);
        if self.is_beyond_depth(recurse_times) {
            return Some(format!("{res} <Complex prototype>"));
        }
        match self.constructor_name(first_proto, recurse_times + 1) {
            Some(inner) => Some(format!("{res} <{inner}>")),
            None => {
                // inspect(firstProto, { depth: -1 }).
                let mut inner = Inspector::new(-1, false);
                Some(format!("{res} <{}>", inner.format_value(first_proto, 0)))
            }
        }
    }

    /// node's `getKeys` (`Object.keys`, or all own names with showHidden),
    /// without array indices for arrays (`getOwnNonIndexProperties`).
    fn keys_of(&self, v: Value) -> Vec<Value> {
        if self.show_hidden && is_function(v) {
            crate::property::materialize_function(v);
        }
        let mut keys: Vec<Value> = own_keys(v, !self.show_hidden);
        if is_array(v) {
            keys.retain(|k| array_index_of_key(*k).is_none());
            if self.show_hidden {
                keys.insert(0, string::intern("length"));
            }
        }
        keys
    }

    /// node's `formatRaw`.
    fn format_raw(&mut self, v: Value, recurse_times: usize) -> String {
        let constructor = self.constructor_name(v, recurse_times);
        let ctor = constructor.as_deref();
        let tag = to_string_tag(v);
        let o = unsafe { object_mut(v) };
        let mut keys = self.keys_of(v);
        let mut base = String::new();
        let mut braces = ("{".to_string(), "}");
        let mut entries_kind = Entries::Object;
        let mut error_base_has_frames = false;
        let mut iterator_entries: Option<(Vec<Value>, bool)> = None;

        if o.header.kind == KIND_ARRAY {
            // "Only set the constructor for non ordinary ("Array [...]") arrays."
            let len = o.elements.len();
            let prefix = if ctor != Some("Array") || !tag.is_empty() {
                get_prefix(ctor, tag, "Array", &format!("({len})"))
            } else {
                String::new()
            };
            braces = (format!("{prefix}["), "]");
            if len == 0 && keys.is_empty() {
                return format!("{}]", braces.0);
            }
            entries_kind = Entries::ArrayExtras;
        } else if let Internal::Map(m) | Internal::Set(m) = o.internal() {
            let fallback = if matches!(o.internal(), Internal::Map(_)) {
                "Map"
            } else {
                "Set"
            };
            let prefix = get_prefix(ctor, tag, fallback, &format!("({})", m.len()));
            if m.is_empty() && keys.is_empty() {
                return format!("{prefix}{{}}");
            }
            braces = (format!("{prefix}{{"), "}");
        } else if let Internal::Iterator(state) = o.internal()
            && let Some(preview) = iterator_preview(state)
        {
            // getIteratorBraces: "[Map Iterator] {"; formatIterator marks
            // entry iterators as "[Map Entries] {".
            let kind = if preview.1 {
                tag.replace(" Iterator", " Entries")
            } else {
                tag.to_string()
            };
            braces.0 = format!("[{kind}] {{");
            iterator_entries = Some(preview);
        } else if is_function(v) {
            base = function_base(v, ctor, tag);
            if keys.is_empty() {
                return base;
            }
        } else if matches!(unsafe { object_mut(v) }.internal(), Internal::Arguments) {
            // node: `[Arguments] { '0': 1 }`
            braces.0 = "[Arguments] {".to_string();
            if keys.is_empty() {
                return "[Arguments] {}".to_string();
            }
        } else if ctor == Some("Object") && !is_error(v) {
            if !tag.is_empty() {
                braces.0 = format!("{}{{", get_prefix(ctor, tag, "Object", ""));
            }
            if keys.is_empty() {
                return format!("{}}}", braces.0);
            }
        } else if is_error(v) {
            base = self.format_error(v, ctor, tag, &mut keys);
            error_base_has_frames = self.errors_have_frames;
            if keys.is_empty() {
                return base;
            }
        } else if let Internal::Primitive(p) = *o.internal() {
            base = self.boxed_base(p, ctor, tag);
            if keys.is_empty() {
                return base;
            }
        } else {
            let style = ctx_style(v, ctor, tag);
            if keys.is_empty() {
                return format!("{style}{{}}");
            }
            braces.0 = format!("{style}{{");
        }

        if self.is_beyond_depth(recurse_times) {
            let style = ctx_style(v, ctor, tag);
            let name = style.strip_suffix(' ').unwrap_or(&style);
            return if ctor.is_some() {
                format!("[{name}]")
            } else {
                name.to_string()
            };
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(v);
        self.current_depth = recurse_times;
        let mut output = match o.internal() {
            _ if is_array(v) => self.format_array(v, recurse_times),
            Internal::Map(m) => {
                let entries = m.entries();
                self.format_map(&entries, recurse_times)
            }
            Internal::Set(m) => {
                let entries = m.entries();
                self.format_set(&entries, recurse_times)
            }
            _ => match &iterator_entries {
                Some((values, true)) => self.format_iterator_pairs(values, recurse_times),
                Some((values, false)) => self.format_iterator_values(values, recurse_times),
                None => Vec::new(),
            },
        };
        for key in keys {
            let entry = self.format_property(v, key, recurse_times);
            output.push(entry);
        }
        if let Some(i) = self.circular.iter().position(|c| *c == v) {
            // "Add reference always to the very beginning of the output."
            let reference = format!("<ref *{}>", i + 1);
            base = if base.is_empty() {
                reference
            } else {
                format!("{reference} {base}")
            };
        }
        self.seen.pop();
        self.reduce_to_single_string(
            output,
            &base,
            error_base_has_frames,
            (&braces.0, braces.1),
            entries_kind,
            recurse_times,
            v,
        )
    }

    /// node's `getBoxedBase`: `[Number: 3]`, `[String: 'x']`, `[Boolean: true]`.
    fn boxed_base(&self, primitive: Value, ctor: Option<&str>, tag: &str) -> String {
        let type_name = if primitive.is_number() {
            "Number"
        } else if is_string(primitive) {
            "String"
        } else {
            "Boolean"
        };
        let mut base = format!("[{type_name}");
        match ctor {
            Some(c) if c == type_name => {}
            Some(c) => base.push_str(&format!(" ({c})")),
            None => base.push_str(" (null prototype)"),
        }
        let inner = format_primitive(primitive, self.indentation).unwrap_or_default();
        base.push_str(&format!(": {inner}]"));
        if !tag.is_empty() && Some(tag) != ctor {
            base.push_str(&format!(" [{tag}]"));
        }
        base
    }

    /// node's `formatError`, for a stack that is `Error.prototype.toString()`
    /// (or the `stack` property, when a program sets one).
    fn format_error(
        &self,
        err: Value,
        ctor: Option<&str>,
        tag: &str,
        keys: &mut Vec<Value>,
    ) -> String {
        let name = match data_property(err, "name") {
            Some(n) if !n.is_nullish() => primitive_to_string(n),
            _ => "Error".to_string(),
        };
        let mut stack = error_stack(err);

        // removeDuplicateErrorKeys: "Only hide the property in case it's part
        // of the original stack".
        if !self.show_hidden {
            for hidden in ["name", "message", "stack"] {
                if let Some(i) = keys
                    .iter()
                    .position(|k| string::to_rust_string(*k) == hidden)
                {
                    let value = data_property(err, hidden).unwrap_or(Value::UNDEFINED);
                    if stack.contains(&primitive_to_string(value)) {
                        keys.remove(i);
                    }
                }
            }
        }
        // `cause` and AggregateError's `errors` are shown even when not enumerable.
        let has_key =
            |keys: &Vec<Value>, name: &str| keys.iter().any(|k| string::to_rust_string(*k) == name);
        if lookup(err, string::intern("cause")).is_some() && !has_key(keys, "cause") {
            keys.push(string::intern("cause"));
        }
        if data_property(err, "errors").is_some_and(is_array) && !has_key(keys, "errors") {
            keys.push(string::intern("errors"));
        }

        stack = improve_stack(stack, ctor, &name, tag);

        // "Ignore the error message if it's contained in the stack."
        let message = data_property(err, "message")
            .filter(|m| crate::ops::to_boolean(*m))
            .map(primitive_to_string);
        let mut search_from = 0;
        if let Some(m) = &message
            && let Some(p) = stack.find(m.as_str())
            && p != 0
        {
            search_from = p + m.len();
        }
        // "Wrap the error in brackets in case it has no stack trace."
        let has_frames = stack[search_from.min(stack.len())..].contains("\n    at");
        if !has_frames && !self.errors_have_frames {
            stack = format!("[{stack}]");
        }
        // bibao's frames carry no positions: print the stack's first line(s).
        if !self.errors_have_frames
            && let Some(head) = stack.strip_suffix(crate::error::SYNTHETIC_FRAME)
        {
            stack = head.to_string();
        }
        // "The message and the stack have to be indented as well!"
        if self.indentation != 0 {
            stack = stack.replace('\n', &format!("\n{}", " ".repeat(self.indentation)));
        }
        stack
    }

    /// node's `formatArray` and `formatSpecialArray` (arrays with holes): at
    /// most 100 entries, runs of holes shown as `<n empty items>`.
    fn format_array(&mut self, array: Value, recurse_times: usize) -> Vec<String> {
        let elements = unsafe { object_mut(array) }.elements.to_vec();
        let len = elements.len();
        let max_length = len.min(MAX_ARRAY_LENGTH);
        let mut output = Vec::new();
        for (i, &e) in elements.iter().enumerate().take(max_length) {
            if e.is_uninit() {
                return self.format_sparse_array(&elements, recurse_times, max_length, output, i);
            }
            output.push(self.format_array_element(e, recurse_times));
        }
        if len > max_length {
            output.push(remaining_text(len - max_length));
        }
        output
    }

    fn format_sparse_array(
        &mut self,
        elements: &[Value],
        recurse_times: usize,
        max_length: usize,
        mut output: Vec<String>,
        first_hole: usize,
    ) -> Vec<String> {
        let present = elements
            .iter()
            .enumerate()
            .skip(first_hole)
            .filter(|(_, e)| !e.is_uninit());
        let mut index = first_hole;
        for (key, &e) in present {
            if output.len() >= max_length {
                break;
            }
            if key != index {
                output.push(empty_items(key - index));
                index = key;
                if output.len() == max_length {
                    break;
                }
            }
            output.push(self.format_array_element(e, recurse_times));
            index += 1;
        }
        let remaining = elements.len() - index;
        if output.len() != max_length {
            if remaining > 0 {
                output.push(empty_items(remaining));
            }
        } else if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        output
    }

    fn format_array_element(&mut self, e: Value, recurse_times: usize) -> String {
        self.indentation += 2;
        let s = self.format_value(e, recurse_times);
        self.indentation -= 2;
        s
    }

    /// node's `formatSet`.
    fn format_set(&mut self, entries: &[(Value, Value)], recurse_times: usize) -> Vec<String> {
        self.indentation += 2;
        let mut output: Vec<String> = entries
            .iter()
            .take(MAX_ARRAY_LENGTH)
            .map(|&(k, _)| self.format_value(k, recurse_times))
            .collect();
        if entries.len() > MAX_ARRAY_LENGTH {
            output.push(remaining_text(entries.len() - MAX_ARRAY_LENGTH));
        }
        self.indentation -= 2;
        output
    }

    /// node's `formatMap`: `key => value`.
    fn format_map(&mut self, entries: &[(Value, Value)], recurse_times: usize) -> Vec<String> {
        self.indentation += 2;
        let mut output = Vec::new();
        for &(k, v) in entries.iter().take(MAX_ARRAY_LENGTH) {
            let key = self.format_value(k, recurse_times);
            let value = self.format_value(v, recurse_times);
            output.push(format!("{key} => {value}"));
        }
        if entries.len() > MAX_ARRAY_LENGTH {
            output.push(remaining_text(entries.len() - MAX_ARRAY_LENGTH));
        }
        self.indentation -= 2;
        output
    }

    /// node's `formatSetIterInner`: the values an iterator has left.
    fn format_iterator_values(&mut self, values: &[Value], recurse_times: usize) -> Vec<String> {
        self.indentation += 2;
        let mut output: Vec<String> = values
            .iter()
            .take(MAX_ARRAY_LENGTH)
            .map(|&v| self.format_value(v, recurse_times))
            .collect();
        self.indentation -= 2;
        if values.len() > MAX_ARRAY_LENGTH {
            output.push(remaining_text(values.len() - MAX_ARRAY_LENGTH));
        }
        output
    }

    /// node's `formatMapIterInner` for entries: each pair as `[ key, value ]`.
    fn format_iterator_pairs(&mut self, values: &[Value], recurse_times: usize) -> Vec<String> {
        let pairs: Vec<&[Value]> = values.chunks(2).collect();
        self.indentation += 2;
        let mut output = Vec::new();
        for pair in pairs.iter().take(MAX_ARRAY_LENGTH) {
            let entry = vec![
                self.format_value(pair[0], recurse_times),
                self.format_value(pair[1], recurse_times),
            ];
            output.push(self.reduce_to_single_string(
                entry,
                "",
                false,
                ("[", "]"),
                Entries::ArrayExtras,
                recurse_times,
                Value::UNDEFINED,
            ));
        }
        self.indentation -= 2;
        if pairs.len() > MAX_ARRAY_LENGTH {
            output.push(remaining_text(pairs.len() - MAX_ARRAY_LENGTH));
        }
        output
    }

    /// node's `formatProperty`: `key: value`, with accessors shown as
    /// `[Getter]`, `[Setter]` or `[Getter/Setter]` (never called).
    fn format_property(&mut self, obj: Value, key: Value, recurse_times: usize) -> String {
        // "desc || { value: value[key], enumerable: true }": an inherited key
        // (an error's `cause`).
        let desc = own_property(obj, key).unwrap_or(Property {
            key,
            value: lookup(obj, key)
                .filter(|(_, p)| p.flags & PROP_ACCESSOR == 0)
                .map_or(Value::UNDEFINED, |(_, p)| p.value),
            setter: Value::UNDEFINED,
            flags: PROP_ENUMERABLE,
        });
        let is_accessor = desc.flags & PROP_ACCESSOR != 0;
        let value = if !is_accessor && !desc.value.is_undefined() {
            self.indentation += 2;
            let s = self.format_value(desc.value, recurse_times);
            self.indentation -= 2;
            s
        } else if is_accessor && is_function(desc.value) {
            if is_function(desc.setter) {
                "[Getter/Setter]".into()
            } else {
                "[Getter]".into()
            }
        } else if is_accessor && is_function(desc.setter) {
            "[Setter]".into()
        } else {
            "undefined".into()
        };
        let units = unsafe { string::units(key) };
        let name = if units.iter().copied().eq("__proto__".encode_utf16()) {
            "['__proto__']".to_string()
        } else if desc.flags & PROP_ENUMERABLE == 0 {
            format!("[{}]", escape_units(units, true))
        } else if is_plain_key(units) {
            String::from_utf16_lossy(units)
        } else {
            str_escape(units)
        };
        format!("{name}: {value}")
    }

    /// node's `reduceToSingleString` for `compact: 3`: entries go on one line
    /// when the object is at most 3 levels from its innermost nested object
    /// and everything fits in `breakLength`; otherwise one entry per line.
    #[allow(clippy::too_many_arguments)]
    fn reduce_to_single_string(
        &self,
        mut output: Vec<String>,
        base: &str,
        base_has_frames: bool,
        braces: (&str, &str),
        kind: Entries,
        recurse_times: usize,
        value: Value,
    ) -> String {
        let base_prefix = if base.is_empty() {
            String::new()
        } else {
            format!("{base} ")
        };
        // "Memorize the original output length. In case the output is
        // grouped, prevent lining up the entries on a single line."
        let entries = output.len();
        // "Group array elements together if the array contains at least six
        // separate entries."
        if kind == Entries::ArrayExtras && entries > 6 {
            output = group_array_elements(&output, self.indentation, value);
        }
        if self.current_depth.saturating_sub(recurse_times) < COMPACT && entries == output.len() {
            // "Add 10 as constant to start next to all other factors that may
            // reduce `breakLength`."
            let start = output.len() + self.indentation + js_len(braces.0) + js_len(base) + 10;
            if !base_has_frames && is_below_break_length(&output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    return format!("{base_prefix}{} {joined} {}", braces.0, braces.1);
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        format!(
            "{base_prefix}{}{indentation}  {}{indentation}{}",
            braces.0,
            output.join(&format!(",{indentation}  ")),
            braces.1
        )
    }
}

/// node's `keyStrRegExp`: `^[a-zA-Z_][a-zA-Z_0-9]*$` keys print unquoted.
fn is_plain_key(units: &[u16]) -> bool {
    let is_start = |u: u16| u < 128 && ((u as u8).is_ascii_alphabetic() || u == b'_' as u16);
    let is_part = |u: u16| is_start(u) || (u < 128 && (u as u8).is_ascii_digit());
    match units.split_first() {
        Some((&first, rest)) => is_start(first) && rest.iter().all(|&u| is_part(u)),
        None => false,
    }
}

fn remaining_text(remaining: usize) -> String {
    format!(
        "... {remaining} more item{}",
        if remaining > 1 { "s" } else { "" }
    )
}

fn empty_items(n: usize) -> String {
    format!("<{n} empty item{}>", if n > 1 { "s" } else { "" })
}

/// node's `getStackString`: `error.stack`, else `Error.prototype.toString()`.
///
/// In V8 every object made by an Error constructor has an own `stack` whose
/// text is fixed the first time it is read (`Name: message` and the frames).
/// bibao errors get theirs here, the first time they are inspected, and keep
/// it, like V8's: renaming an error after printing it does not change what
/// it prints, and objects that inherit from an error object (`F.prototype =
/// new Error()`) show the stack of that prototype, as they do in node.
fn error_stack(err: Value) -> String {
    if let Some(s) = data_property(err, "stack")
        && crate::ops::to_boolean(s)
    {
        return primitive_to_string(s);
    }
    let mut owner = err;
    while is_object(owner) {
        if matches!(unsafe { object_mut(owner) }.internal(), Internal::Error) {
            let stack = crate::error::materialize_stack(owner);
            return string::to_rust_string(stack);
        }
        owner = proto_of(owner);
    }
    error_to_string(err)
}

/// `Error.prototype.toString`: "Name: message", either part alone if the
/// other is empty.
fn error_to_string(err: Value) -> String {
    let name = match data_property(err, "name") {
        Some(n) if !n.is_undefined() => primitive_to_string(n),
        _ => "Error".to_string(),
    };
    let message = match data_property(err, "message") {
        Some(m) if !m.is_undefined() => primitive_to_string(m),
        _ => String::new(),
    };
    if name.is_empty() {
        message
    } else if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// node's `improveStack`: a subclass's name is put in front of the stack
/// ("VE [Error]: v1"), or replaces a name it contains ("TypeError" for a
/// subclass named "MyTypeError").
fn improve_stack(stack: String, ctor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == len || matches!(stack.as_bytes()[len], b':' | b'\n'));
    if ctor.is_some() && !looks_normal {
        return stack;
    }
    let mut fallback = "Error".to_string();
    if ctor.is_none() {
        // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
        let head: String = stack
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || " _[]()-".contains(*c))
            .collect();
        let rest = &stack[head.len()..];
        let first_upper = head.starts_with(|c: char| c.is_ascii_uppercase());
        let names_an_error = first_upper
            && head.len() > 1
            && (rest.starts_with(':') || rest.starts_with("\n    at"));
        let is_bare_error_name =
            rest.is_empty() && head.ends_with("Error") && !head.contains([' ', '[', ']', '(', ')']);
        let found = if names_an_error || is_bare_error_name {
            head
        } else {
            String::new()
        };
        len = found.len();
        fallback = if found.is_empty() {
            "Error".into()
        } else {
            found
        };
    }
    let prefix_full = get_prefix(ctor, tag, &fallback, "");
    let prefix = prefix_full.strip_suffix(' ').unwrap_or(&prefix_full);
    if name == prefix {
        return stack;
    }
    let rest = stack.get(len..).unwrap_or("");
    if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{rest}")
        }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// node's `getFunctionBase` / `getClassBase`: `[Function: f]`,
/// `[Function (anonymous)]`, `[class A]`, `[class B extends A]`.
fn function_base(f: Value, ctor: Option<&str>, tag: &str) -> String {
    let func = unsafe { function_mut(f) };
    let name = function_name(f);
    if func.flags & FUNCTION_FLAG_CLASS != 0 {
        let shown = if name.is_empty() {
            "(anonymous)"
        } else {
            &name
        };
        let mut base = format!("class {shown}");
        if ctor != Some("Function") && ctor.is_some() {
            base.push_str(&format!(" [{}]", ctor.unwrap_or_default()));
        }
        if !tag.is_empty() && ctor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        if ctor.is_some() {
            let parent = proto_of(f);
            let super_name = if is_object(parent) {
                name_of(parent)
            } else {
                String::new()
            };
            if !super_name.is_empty() {
                base.push_str(&format!(" extends {super_name}"));
            }
        } else {
            base.push_str(" extends [null prototype]");
        }
        return format!("[{base}]");
    }
    let mut base = "[Function".to_string();
    if ctor.is_none() {
        base.push_str(" (null prototype)");
    }
    if name.is_empty() {
        base.push_str(" (anonymous)");
    } else {
        base.push_str(&format!(": {name}"));
    }
    base.push(']');
    if let Some(c) = ctor
        && c != "Function"
    {
        base.push_str(&format!(" {c}"));
    }
    if !tag.is_empty() && ctor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// node's `isBelowBreakLength`: "Each entry is separated by at least a comma.
/// Thus, we start with a total length of at least `output.length`."
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
    // "Do not line up properties on the same line if `base` contains line breaks."
    base.is_empty() || !base.contains('\n')
}

/// node's `groupArrayElements`: lays out many short array entries in aligned
/// columns (numbers right-aligned, anything else left-aligned), as close to a
/// square as characters 2.5 times as high as wide allow, at most 15 columns.
fn group_array_elements(output: &[String], indentation: usize, value: Value) -> Vec<String> {
    let mut total_length = 0;
    let mut max_length = 0;
    let mut output_length = output.len();
    // "This makes sure the "... n more items" part is not taken into account."
    if MAX_ARRAY_LENGTH < output.len() {
        output_length -= 1;
    }
    // "Add 1 for the space and 1 for the separator."
    let separator_space = 2;
    let data_len: Vec<usize> = output[..output_length]
        .iter()
        .map(|s| string_width(s))
        .collect();
    for &len in &data_len {
        total_length += len + separator_space;
        max_length = max_length.max(len);
    }
    let actual_max = max_length + separator_space;
    // "Check if at least three entries fit next to each other and prevent
    // grouping of arrays that contains entries of very different length."
    if actual_max * 3 + indentation >= BREAK_LENGTH
        || (total_length as f64 / actual_max as f64 <= 5.0 && max_length > 6)
    {
        return output.to_vec();
    }
    let approx_char_heights = 2.5;
    let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
    let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
    let columns = ((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
        .round()
        .min(((BREAK_LENGTH as f64 - indentation as f64) / actual_max as f64).floor())
        .min((COMPACT * 4) as f64)
        .min(15.0);
    if columns <= 1.0 {
        return output.to_vec();
    }
    let columns = columns as usize;
    let max_line_length: Vec<usize> = (0..columns)
        .map(|i| {
            data_len
                .iter()
                .skip(i)
                .step_by(columns)
                .copied()
                .max()
                .unwrap_or(0)
                + separator_space
        })
        .collect();
    // "order = padStart" when every value is a number.
    let pad_start = is_array(value) && {
        let elements = &unsafe { object_mut(value) }.elements;
        (0..output.len()).all(|i| elements.get(i).is_some_and(|e| e.is_number()))
    };
    let mut grouped = Vec::new();
    for row_start in (0..output_length).step_by(columns) {
        let row_end = (row_start + columns).min(output_length);
        let mut line = String::new();
        for j in row_start..row_end {
            let is_last = j == row_end - 1;
            let fill = " ".repeat(max_line_length[j - row_start] - separator_space - data_len[j]);
            let separator = if is_last { "" } else { ", " };
            if pad_start {
                line.push_str(&format!("{fill}{}{separator}", output[j]));
            } else if is_last {
                line.push_str(&output[j]);
            } else {
                line.push_str(&format!("{}{separator}{fill}", output[j]));
            }
        }
        grouped.push(line);
    }
    if MAX_ARRAY_LENGTH < output.len() {
        grouped.push(output[output_length].clone());
    }
    grouped
}

// ---- Entry points ------------------------------------------------------------

/// `util.inspect(v)` with default options.
pub fn inspect(v: Value) -> String {
    Inspector::new(DEFAULT_DEPTH, false).format_value(v, 0)
}

/// `util.inspect(v, options)` with a depth and `showHidden`.
pub fn inspect_with(v: Value, depth: i64, show_hidden: bool) -> String {
    Inspector::new(depth, show_hidden).format_value(v, 0)
}

/// What node prints for an uncaught exception: `inspect(v)`, where an error
/// has stack frames in node, so it prints as `Name: message` (no brackets),
/// its extra properties on the following lines.
pub fn inspect_uncaught(v: Value) -> String {
    if is_string(v) {
        return string::to_rust_string(v);
    }
    // A thrown number prints as its string (`throw -0` shows 0).
    if v.is_number() {
        return string::number_to_rust_string(v.as_number());
    }
    let mut inspector = Inspector::new(DEFAULT_DEPTH, false);
    inspector.errors_have_frames = true;
    inspector.format_value(v, 0)
}

/// How a value is named in a runtime error message ("x is not a function").
pub fn inspect_for_error(v: Value) -> String {
    if is_string(v) {
        let units = unsafe { string::units(v) };
        return format!("\"{}\"", escape_units(units, false));
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

/// node's `hasBuiltInToString`: does `String(v)` reach a built-in `toString`
/// (then `%s` inspects the object instead of calling it)?
fn has_builtin_to_string(v: Value) -> bool {
    let has_own_to_string = |o: Value| {
        unsafe { object_mut(o) }
            .props
            .get(string::intern("toString"))
            .is_some()
    };
    // "Count objects without `toString` ... as built-in."
    if !data_property(v, "toString").is_some_and(is_function) {
        return true;
    }
    if has_own_to_string(v) {
        return false;
    }
    // "Find the object that has the `toString` property ... as own property
    // in the prototype chain", then check that it is a built-in's prototype.
    let mut pointer = proto_of(v);
    while is_object(pointer) && !has_own_to_string(pointer) {
        pointer = proto_of(pointer);
    }
    is_object(pointer)
        && has_own_data_function(pointer, "constructor")
            .is_some_and(|c| is_builtin_constructor_name(&function_name(c)))
}

/// Calls a native builtin with one argument (parseInt, parseFloat).
fn call_native_1(native: JsCode, arg: Value) -> JsResult<Value> {
    let args = [arg.0];
    // SAFETY: `args` holds one value and outlives the call.
    let r = Value(unsafe { native(0, Value::UNDEFINED.0, 1, args.as_ptr()) });
    if r.is_exception() { Err(r) } else { Ok(r) }
}

/// `JSON.stringify(v)` through the program's JSON object (node's
/// `tryStringify`: a circular structure prints `[Circular]`).
fn try_stringify(v: Value) -> JsResult<String> {
    let json = data_property(rt().global, "JSON");
    let stringify = json
        .filter(|j| is_object(*j))
        .and_then(|j| data_property(j, "stringify"));
    let (Some(json), Some(stringify)) = (json, stringify.filter(|f| is_function(*f))) else {
        return Ok(crate::builtins::json_stringify_simple(v));
    };
    match crate::call::call(stringify, json, &[v]) {
        Ok(s) => Ok(primitive_to_string(s)),
        Err(e) => {
            let thrown = rt().pending_exception;
            let circular = is_object(thrown)
                && is_error(thrown)
                && data_property(thrown, "message").is_some_and(|m| {
                    is_string(m)
                        && string::to_rust_string(m)
                            .starts_with("Converting circular structure to JSON")
                });
            if circular {
                crate::error::take_exception();
                Ok("[Circular]".into())
            } else {
                Err(e)
            }
        }
    }
}

/// One `util.format` conversion (`%s`, `%d`, ...) of `arg`.
fn format_specifier(spec: u16, arg: Value) -> JsResult<String> {
    Ok(match spec as u8 {
        b's' => {
            if arg.is_number() {
                format_number(arg.as_number())
            } else if is_object(arg) && !is_function(arg) && has_builtin_to_string(arg) {
                inspect_with(arg, 0, false)
            } else {
                crate::ops::to_rust_string(arg)?
            }
        }
        b'j' => try_stringify(arg)?,
        b'd' => format_number(crate::ops::to_number(arg)?),
        b'O' => inspect(arg),
        b'o' => inspect_with(arg, 4, true),
        b'i' => format_number(call_native_1(crate::builtins::global_parse_int, arg)?.as_number()),
        b'f' => format_number(call_native_1(crate::builtins::global_parse_float, arg)?.as_number()),
        // %c (CSS) consumes its argument and prints nothing.
        _ => String::new(),
    })
}

/// node's `formatWithOptionsInternal`: `util.format(...args)`, which is what
/// `console.log` prints. A first string argument is a format string; the
/// remaining arguments are appended, strings raw and the rest inspected.
pub fn try_format_args(args: &[Value]) -> JsResult<String> {
    let mut out: Vec<u16> = Vec::new();
    let mut next_arg = 0;
    let mut join = "";
    if let Some(&first) = args.first()
        && is_string(first)
    {
        if args.len() == 1 {
            return Ok(string::to_rust_string(first));
        }
        let units = unsafe { string::units(first) }.to_vec();
        let mut last_pos = 0;
        let mut i = 0;
        while i + 1 < units.len() {
            if units[i] == b'%' as u16 {
                i += 1;
                let spec = units[i];
                if next_arg + 1 != args.len() {
                    if b"sjdOoifc".iter().any(|&c| c as u16 == spec) {
                        next_arg += 1;
                        let text = format_specifier(spec, args[next_arg])?;
                        out.extend_from_slice(&units[last_pos..i - 1]);
                        out.extend(text.encode_utf16());
                        last_pos = i + 1;
                    } else if spec == b'%' as u16 {
                        out.extend_from_slice(&units[last_pos..i]);
                        last_pos = i + 1;
                    }
                } else if spec == b'%' as u16 {
                    out.extend_from_slice(&units[last_pos..i]);
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            next_arg += 1;
            join = " ";
            out.extend_from_slice(&units[last_pos..]);
        }
    }
    let mut text = String::from_utf16_lossy(&out);
    for &a in &args[next_arg..] {
        text.push_str(join);
        if is_string(a) {
            text.push_str(&string::to_rust_string(a));
        } else {
            text.push_str(&inspect(a));
        }
        join = " ";
    }
    Ok(text)
}

/// [`try_format_args`] for callers that cannot propagate an exception: an
/// exception thrown by a `toString`/`valueOf` that `%s`/`%d` called is
/// dropped and the line is formatted without the format string's conversions.
pub fn format_args(args: &[Value]) -> String {
    match try_format_args(args) {
        Ok(s) => s,
        Err(_) => {
            crate::error::take_exception();
            args.iter()
                .map(|&a| {
                    if is_string(a) {
                        string::to_rust_string(a)
                    } else {
                        inspect(a)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}

/// Clears per-call state (a thrown getter could leave it dirty).
pub fn reset() {
    rt().inspect_stack.clear();
}

/// Column widths other than 1, as node v20's ICU-backed `getStringWidth`
/// computes them for single code points: `(first, last, width)`, sorted.
/// Generated by running `getStringWidth(String.fromCodePoint(cp))` for every
/// code point in node v20 (`--expose-internals`, internal/util/inspect).
#[rustfmt::skip]
const WIDTH_TABLE: &[(u32, u32, u8)] = &[
    (0x0000, 0x001F, 0), (0x007F, 0x009F, 0), (0x0300, 0x036F, 0), (0x0483, 0x0489, 0),
    (0x0591, 0x05BD, 0), (0x05BF, 0x05BF, 0), (0x05C1, 0x05C2, 0), (0x05C4, 0x05C5, 0),
    (0x05C7, 0x05C7, 0), (0x0600, 0x0605, 0), (0x0610, 0x061A, 0), (0x061C, 0x061C, 0),
    (0x064B, 0x065F, 0), (0x0670, 0x0670, 0), (0x06D6, 0x06DD, 0), (0x06DF, 0x06E4, 0),
    (0x06E7, 0x06E8, 0), (0x06EA, 0x06ED, 0), (0x070F, 0x070F, 0), (0x0711, 0x0711, 0),
    (0x0730, 0x074A, 0), (0x07A6, 0x07B0, 0), (0x07EB, 0x07F3, 0), (0x07FD, 0x07FD, 0),
    (0x0816, 0x0819, 0), (0x081B, 0x0823, 0), (0x0825, 0x0827, 0), (0x0829, 0x082D, 0),
    (0x0859, 0x085B, 0), (0x0890, 0x0891, 0), (0x0897, 0x089F, 0), (0x08CA, 0x0902, 0),
    (0x093A, 0x093A, 0), (0x093C, 0x093C, 0), (0x0941, 0x0948, 0), (0x094D, 0x094D, 0),
    (0x0951, 0x0957, 0), (0x0962, 0x0963, 0), (0x0981, 0x0981, 0), (0x09BC, 0x09BC, 0),
    (0x09C1, 0x09C4, 0), (0x09CD, 0x09CD, 0), (0x09E2, 0x09E3, 0), (0x09FE, 0x09FE, 0),
    (0x0A01, 0x0A02, 0), (0x0A3C, 0x0A3C, 0), (0x0A41, 0x0A42, 0), (0x0A47, 0x0A48, 0),
    (0x0A4B, 0x0A4D, 0), (0x0A51, 0x0A51, 0), (0x0A70, 0x0A71, 0), (0x0A75, 0x0A75, 0),
    (0x0A81, 0x0A82, 0), (0x0ABC, 0x0ABC, 0), (0x0AC1, 0x0AC5, 0), (0x0AC7, 0x0AC8, 0),
    (0x0ACD, 0x0ACD, 0), (0x0AE2, 0x0AE3, 0), (0x0AFA, 0x0AFF, 0), (0x0B01, 0x0B01, 0),
    (0x0B3C, 0x0B3C, 0), (0x0B3F, 0x0B3F, 0), (0x0B41, 0x0B44, 0), (0x0B4D, 0x0B4D, 0),
    (0x0B55, 0x0B56, 0), (0x0B62, 0x0B63, 0), (0x0B82, 0x0B82, 0), (0x0BC0, 0x0BC0, 0),
    (0x0BCD, 0x0BCD, 0), (0x0C00, 0x0C00, 0), (0x0C04, 0x0C04, 0), (0x0C3C, 0x0C3C, 0),
    (0x0C3E, 0x0C40, 0), (0x0C46, 0x0C48, 0), (0x0C4A, 0x0C4D, 0), (0x0C55, 0x0C56, 0),
    (0x0C62, 0x0C63, 0), (0x0C81, 0x0C81, 0), (0x0CBC, 0x0CBC, 0), (0x0CBF, 0x0CBF, 0),
    (0x0CC6, 0x0CC6, 0), (0x0CCC, 0x0CCD, 0), (0x0CE2, 0x0CE3, 0), (0x0D00, 0x0D01, 0),
    (0x0D3B, 0x0D3C, 0), (0x0D41, 0x0D44, 0), (0x0D4D, 0x0D4D, 0), (0x0D62, 0x0D63, 0),
    (0x0D81, 0x0D81, 0), (0x0DCA, 0x0DCA, 0), (0x0DD2, 0x0DD4, 0), (0x0DD6, 0x0DD6, 0),
    (0x0E31, 0x0E31, 0), (0x0E34, 0x0E3A, 0), (0x0E47, 0x0E4E, 0), (0x0EB1, 0x0EB1, 0),
    (0x0EB4, 0x0EBC, 0), (0x0EC8, 0x0ECE, 0), (0x0F18, 0x0F19, 0), (0x0F35, 0x0F35, 0),
    (0x0F37, 0x0F37, 0), (0x0F39, 0x0F39, 0), (0x0F71, 0x0F7E, 0), (0x0F80, 0x0F84, 0),
    (0x0F86, 0x0F87, 0), (0x0F8D, 0x0F97, 0), (0x0F99, 0x0FBC, 0), (0x0FC6, 0x0FC6, 0),
    (0x102D, 0x1030, 0), (0x1032, 0x1037, 0), (0x1039, 0x103A, 0), (0x103D, 0x103E, 0),
    (0x1058, 0x1059, 0), (0x105E, 0x1060, 0), (0x1071, 0x1074, 0), (0x1082, 0x1082, 0),
    (0x1085, 0x1086, 0), (0x108D, 0x108D, 0), (0x109D, 0x109D, 0), (0x1100, 0x115F, 2),
    (0x135D, 0x135F, 0), (0x1712, 0x1714, 0), (0x1732, 0x1733, 0), (0x1752, 0x1753, 0),
    (0x1772, 0x1773, 0), (0x17B4, 0x17B5, 0), (0x17B7, 0x17BD, 0), (0x17C6, 0x17C6, 0),
    (0x17C9, 0x17D3, 0), (0x17DD, 0x17DD, 0), (0x180B, 0x180F, 0), (0x1885, 0x1886, 0),
    (0x18A9, 0x18A9, 0), (0x1920, 0x1922, 0), (0x1927, 0x1928, 0), (0x1932, 0x1932, 0),
    (0x1939, 0x193B, 0), (0x1A17, 0x1A18, 0), (0x1A1B, 0x1A1B, 0), (0x1A56, 0x1A56, 0),
    (0x1A58, 0x1A5E, 0), (0x1A60, 0x1A60, 0), (0x1A62, 0x1A62, 0), (0x1A65, 0x1A6C, 0),
    (0x1A73, 0x1A7C, 0), (0x1A7F, 0x1A7F, 0), (0x1AB0, 0x1ADD, 0), (0x1AE0, 0x1AEB, 0),
    (0x1B00, 0x1B03, 0), (0x1B34, 0x1B34, 0), (0x1B36, 0x1B3A, 0), (0x1B3C, 0x1B3C, 0),
    (0x1B42, 0x1B42, 0), (0x1B6B, 0x1B73, 0), (0x1B80, 0x1B81, 0), (0x1BA2, 0x1BA5, 0),
    (0x1BA8, 0x1BA9, 0), (0x1BAB, 0x1BAD, 0), (0x1BE6, 0x1BE6, 0), (0x1BE8, 0x1BE9, 0),
    (0x1BED, 0x1BED, 0), (0x1BEF, 0x1BF1, 0), (0x1C2C, 0x1C33, 0), (0x1C36, 0x1C37, 0),
    (0x1CD0, 0x1CD2, 0), (0x1CD4, 0x1CE0, 0), (0x1CE2, 0x1CE8, 0), (0x1CED, 0x1CED, 0),
    (0x1CF4, 0x1CF4, 0), (0x1CF8, 0x1CF9, 0), (0x1DC0, 0x1DFF, 0), (0x200B, 0x200F, 0),
    (0x202A, 0x202E, 0), (0x2060, 0x2064, 0), (0x2066, 0x206F, 0), (0x20D0, 0x20F0, 0),
    (0x231A, 0x231B, 2), (0x2329, 0x232A, 2), (0x23E9, 0x23EC, 2), (0x23F0, 0x23F0, 2),
    (0x23F3, 0x23F3, 2), (0x25FD, 0x25FE, 2), (0x2614, 0x2615, 2), (0x2630, 0x2637, 2),
    (0x2648, 0x2653, 2), (0x267F, 0x267F, 2), (0x268A, 0x268F, 2), (0x2693, 0x2693, 2),
    (0x26A1, 0x26A1, 2), (0x26AA, 0x26AB, 2), (0x26BD, 0x26BE, 2), (0x26C4, 0x26C5, 2),
    (0x26CE, 0x26CE, 2), (0x26D4, 0x26D4, 2), (0x26EA, 0x26EA, 2), (0x26F2, 0x26F3, 2),
    (0x26F5, 0x26F5, 2), (0x26FA, 0x26FA, 2), (0x26FD, 0x26FD, 2), (0x2705, 0x2705, 2),
    (0x270A, 0x270B, 2), (0x2728, 0x2728, 2), (0x274C, 0x274C, 2), (0x274E, 0x274E, 2),
    (0x2753, 0x2755, 2), (0x2757, 0x2757, 2), (0x2795, 0x2797, 2), (0x27B0, 0x27B0, 2),
    (0x27BF, 0x27BF, 2), (0x2B1B, 0x2B1C, 2), (0x2B50, 0x2B50, 2), (0x2B55, 0x2B55, 2),
    (0x2CEF, 0x2CF1, 0), (0x2D7F, 0x2D7F, 0), (0x2DE0, 0x2DFF, 0), (0x2E80, 0x2E99, 2),
    (0x2E9B, 0x2EF3, 2), (0x2F00, 0x2FD5, 2), (0x2FF0, 0x303E, 2), (0x3041, 0x3096, 2),
    (0x3099, 0x30FF, 2), (0x3105, 0x312F, 2), (0x3131, 0x318E, 2), (0x3190, 0x31E5, 2),
    (0x31EF, 0x321E, 2), (0x3220, 0x3247, 2), (0x3250, 0xA48C, 2), (0xA490, 0xA4C6, 2),
    (0xA66F, 0xA672, 0), (0xA674, 0xA67D, 0), (0xA69E, 0xA69F, 0), (0xA6F0, 0xA6F1, 0),
    (0xA802, 0xA802, 0), (0xA806, 0xA806, 0), (0xA80B, 0xA80B, 0), (0xA825, 0xA826, 0),
    (0xA82C, 0xA82C, 0), (0xA8C4, 0xA8C5, 0), (0xA8E0, 0xA8F1, 0), (0xA8FF, 0xA8FF, 0),
    (0xA926, 0xA92D, 0), (0xA947, 0xA951, 0), (0xA960, 0xA97C, 2), (0xA980, 0xA982, 0),
    (0xA9B3, 0xA9B3, 0), (0xA9B6, 0xA9B9, 0), (0xA9BC, 0xA9BD, 0), (0xA9E5, 0xA9E5, 0),
    (0xAA29, 0xAA2E, 0), (0xAA31, 0xAA32, 0), (0xAA35, 0xAA36, 0), (0xAA43, 0xAA43, 0),
    (0xAA4C, 0xAA4C, 0), (0xAA7C, 0xAA7C, 0), (0xAAB0, 0xAAB0, 0), (0xAAB2, 0xAAB4, 0),
    (0xAAB7, 0xAAB8, 0), (0xAABE, 0xAABF, 0), (0xAAC1, 0xAAC1, 0), (0xAAEC, 0xAAED, 0),
    (0xAAF6, 0xAAF6, 0), (0xABE5, 0xABE5, 0), (0xABE8, 0xABE8, 0), (0xABED, 0xABED, 0),
    (0xAC00, 0xD7A3, 2), (0xF900, 0xFAFF, 2), (0xFB1E, 0xFB1E, 0), (0xFE00, 0xFE0F, 0),
    (0xFE10, 0xFE19, 2), (0xFE20, 0xFE2F, 0), (0xFE30, 0xFE52, 2), (0xFE54, 0xFE66, 2),
    (0xFE68, 0xFE6B, 2), (0xFEFF, 0xFEFF, 0), (0xFF01, 0xFF60, 2), (0xFFE0, 0xFFE6, 2),
    (0xFFF9, 0xFFFB, 0), (0x101FD, 0x101FD, 0), (0x102E0, 0x102E0, 0), (0x10376, 0x1037A, 0),
    (0x10A01, 0x10A03, 0), (0x10A05, 0x10A06, 0), (0x10A0C, 0x10A0F, 0), (0x10A38, 0x10A3A, 0),
    (0x10A3F, 0x10A3F, 0), (0x10AE5, 0x10AE6, 0), (0x10D24, 0x10D27, 0), (0x10D69, 0x10D6D, 0),
    (0x10EAB, 0x10EAC, 0), (0x10EFA, 0x10EFF, 0), (0x10F46, 0x10F50, 0), (0x10F82, 0x10F85, 0),
    (0x11001, 0x11001, 0), (0x11038, 0x11046, 0), (0x11070, 0x11070, 0), (0x11073, 0x11074, 0),
    (0x1107F, 0x11081, 0), (0x110B3, 0x110B6, 0), (0x110B9, 0x110BA, 0), (0x110BD, 0x110BD, 0),
    (0x110C2, 0x110C2, 0), (0x110CD, 0x110CD, 0), (0x11100, 0x11102, 0), (0x11127, 0x1112B, 0),
    (0x1112D, 0x11134, 0), (0x11173, 0x11173, 0), (0x11180, 0x11181, 0), (0x111B6, 0x111BE, 0),
    (0x111C9, 0x111CC, 0), (0x111CF, 0x111CF, 0), (0x1122F, 0x11231, 0), (0x11234, 0x11234, 0),
    (0x11236, 0x11237, 0), (0x1123E, 0x1123E, 0), (0x11241, 0x11241, 0), (0x112DF, 0x112DF, 0),
    (0x112E3, 0x112EA, 0), (0x11300, 0x11301, 0), (0x1133B, 0x1133C, 0), (0x11340, 0x11340, 0),
    (0x11366, 0x1136C, 0), (0x11370, 0x11374, 0), (0x113BB, 0x113C0, 0), (0x113CE, 0x113CE, 0),
    (0x113D0, 0x113D0, 0), (0x113D2, 0x113D2, 0), (0x113E1, 0x113E2, 0), (0x11438, 0x1143F, 0),
    (0x11442, 0x11444, 0), (0x11446, 0x11446, 0), (0x1145E, 0x1145E, 0), (0x114B3, 0x114B8, 0),
    (0x114BA, 0x114BA, 0), (0x114BF, 0x114C0, 0), (0x114C2, 0x114C3, 0), (0x115B2, 0x115B5, 0),
    (0x115BC, 0x115BD, 0), (0x115BF, 0x115C0, 0), (0x115DC, 0x115DD, 0), (0x11633, 0x1163A, 0),
    (0x1163D, 0x1163D, 0), (0x1163F, 0x11640, 0), (0x116AB, 0x116AB, 0), (0x116AD, 0x116AD, 0),
    (0x116B0, 0x116B5, 0), (0x116B7, 0x116B7, 0), (0x1171D, 0x1171D, 0), (0x1171F, 0x1171F, 0),
    (0x11722, 0x11725, 0), (0x11727, 0x1172B, 0), (0x1182F, 0x11837, 0), (0x11839, 0x1183A, 0),
    (0x1193B, 0x1193C, 0), (0x1193E, 0x1193E, 0), (0x11943, 0x11943, 0), (0x119D4, 0x119D7, 0),
    (0x119DA, 0x119DB, 0), (0x119E0, 0x119E0, 0), (0x11A01, 0x11A0A, 0), (0x11A33, 0x11A38, 0),
    (0x11A3B, 0x11A3E, 0), (0x11A47, 0x11A47, 0), (0x11A51, 0x11A56, 0), (0x11A59, 0x11A5B, 0),
    (0x11A8A, 0x11A96, 0), (0x11A98, 0x11A99, 0), (0x11B60, 0x11B60, 0), (0x11B62, 0x11B64, 0),
    (0x11B66, 0x11B66, 0), (0x11C30, 0x11C36, 0), (0x11C38, 0x11C3D, 0), (0x11C3F, 0x11C3F, 0),
    (0x11C92, 0x11CA7, 0), (0x11CAA, 0x11CB0, 0), (0x11CB2, 0x11CB3, 0), (0x11CB5, 0x11CB6, 0),
    (0x11D31, 0x11D36, 0), (0x11D3A, 0x11D3A, 0), (0x11D3C, 0x11D3D, 0), (0x11D3F, 0x11D45, 0),
    (0x11D47, 0x11D47, 0), (0x11D90, 0x11D91, 0), (0x11D95, 0x11D95, 0), (0x11D97, 0x11D97, 0),
    (0x11EF3, 0x11EF4, 0), (0x11F00, 0x11F01, 0), (0x11F36, 0x11F3A, 0), (0x11F40, 0x11F40, 0),
    (0x11F42, 0x11F42, 0), (0x11F5A, 0x11F5A, 0), (0x13430, 0x13440, 0), (0x13447, 0x13455, 0),
    (0x1611E, 0x16129, 0), (0x1612D, 0x1612F, 0), (0x16AF0, 0x16AF4, 0), (0x16B30, 0x16B36, 0),
    (0x16F4F, 0x16F4F, 0), (0x16F8F, 0x16F92, 0), (0x16FE0, 0x16FE4, 2), (0x16FF0, 0x16FF6, 2),
    (0x17000, 0x18CD5, 2), (0x18CFF, 0x18D1E, 2), (0x18D80, 0x18DF2, 2), (0x1AFF0, 0x1AFF3, 2),
    (0x1AFF5, 0x1AFFB, 2), (0x1AFFD, 0x1AFFE, 2), (0x1B000, 0x1B122, 2), (0x1B132, 0x1B132, 2),
    (0x1B150, 0x1B152, 2), (0x1B155, 0x1B155, 2), (0x1B164, 0x1B167, 2), (0x1B170, 0x1B2FB, 2),
    (0x1BC9D, 0x1BC9E, 0), (0x1BCA0, 0x1BCA3, 0), (0x1CF00, 0x1CF2D, 0), (0x1CF30, 0x1CF46, 0),
    (0x1D15E, 0x1D15F, 2), (0x1D160, 0x1D164, 3), (0x1D167, 0x1D169, 0), (0x1D173, 0x1D182, 0),
    (0x1D185, 0x1D18B, 0), (0x1D1AA, 0x1D1AD, 0), (0x1D1BB, 0x1D1BC, 2), (0x1D1BD, 0x1D1C0, 3),
    (0x1D242, 0x1D244, 0), (0x1D300, 0x1D356, 2), (0x1D360, 0x1D376, 2), (0x1DA00, 0x1DA36, 0),
    (0x1DA3B, 0x1DA6C, 0), (0x1DA75, 0x1DA75, 0), (0x1DA84, 0x1DA84, 0), (0x1DA9B, 0x1DA9F, 0),
    (0x1DAA1, 0x1DAAF, 0), (0x1E000, 0x1E006, 0), (0x1E008, 0x1E018, 0), (0x1E01B, 0x1E021, 0),
    (0x1E023, 0x1E024, 0), (0x1E026, 0x1E02A, 0), (0x1E08F, 0x1E08F, 0), (0x1E130, 0x1E136, 0),
    (0x1E2AE, 0x1E2AE, 0), (0x1E2EC, 0x1E2EF, 0), (0x1E4EC, 0x1E4EF, 0), (0x1E5EE, 0x1E5EF, 0),
    (0x1E6E3, 0x1E6E3, 0), (0x1E6E6, 0x1E6E6, 0), (0x1E6EE, 0x1E6EF, 0), (0x1E6F5, 0x1E6F5, 0),
    (0x1E8D0, 0x1E8D6, 0), (0x1E944, 0x1E94A, 0), (0x1F004, 0x1F004, 2), (0x1F0CF, 0x1F0CF, 2),
    (0x1F18E, 0x1F18E, 2), (0x1F191, 0x1F19A, 2), (0x1F1E6, 0x1F202, 2), (0x1F210, 0x1F23B, 2),
    (0x1F240, 0x1F248, 2), (0x1F250, 0x1F251, 2), (0x1F260, 0x1F265, 2), (0x1F300, 0x1F320, 2),
    (0x1F32D, 0x1F335, 2), (0x1F337, 0x1F37C, 2), (0x1F37E, 0x1F393, 2), (0x1F3A0, 0x1F3CA, 2),
    (0x1F3CF, 0x1F3D3, 2), (0x1F3E0, 0x1F3F0, 2), (0x1F3F4, 0x1F3F4, 2), (0x1F3F8, 0x1F43E, 2),
    (0x1F440, 0x1F440, 2), (0x1F442, 0x1F4FC, 2), (0x1F4FF, 0x1F53D, 2), (0x1F54B, 0x1F54E, 2),
    (0x1F550, 0x1F567, 2), (0x1F57A, 0x1F57A, 2), (0x1F595, 0x1F596, 2), (0x1F5A4, 0x1F5A4, 2),
    (0x1F5FB, 0x1F64F, 2), (0x1F680, 0x1F6C5, 2), (0x1F6CC, 0x1F6CC, 2), (0x1F6D0, 0x1F6D2, 2),
    (0x1F6D5, 0x1F6D8, 2), (0x1F6DC, 0x1F6DF, 2), (0x1F6EB, 0x1F6EC, 2), (0x1F6F4, 0x1F6FC, 2),
    (0x1F7E0, 0x1F7EB, 2), (0x1F7F0, 0x1F7F0, 2), (0x1F90C, 0x1F93A, 2), (0x1F93C, 0x1F945, 2),
    (0x1F947, 0x1F9FF, 2), (0x1FA70, 0x1FA7C, 2), (0x1FA80, 0x1FA8A, 2), (0x1FA8E, 0x1FAC6, 2),
    (0x1FAC8, 0x1FAC8, 2), (0x1FACD, 0x1FADC, 2), (0x1FADF, 0x1FAEA, 2), (0x1FAEF, 0x1FAF8, 2),
    (0x20000, 0x2FFFD, 2), (0x30000, 0x3FFFD, 2), (0xE0001, 0xE0001, 0), (0xE0020, 0xE007F, 0),
    (0xE0100, 0xE01EF, 0),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn strings_are_quoted_as_node_quotes_them() {
        assert_eq!(str_escape(&units("plain")), "'plain'");
        assert_eq!(str_escape(&units("it's")), "\"it's\"");
        assert_eq!(str_escape(&units("it's \"q\"")), "`it's \"q\"`");
        assert_eq!(str_escape(&units("it's \"q\" ${x}")), "'it\\'s \"q\" ${x}'");
        assert_eq!(
            str_escape(&units("a\nb\x1b\x7f\\")),
            "'a\\nb\\x1B\\x7F\\\\'"
        );
        assert_eq!(str_escape(&[0xD800, b'x' as u16]), "'\\ud800x'");
        assert_eq!(str_escape(&units("\u{1F600}")), "'\u{1F600}'");
    }

    #[test]
    fn widths_follow_east_asian_width() {
        assert_eq!(string_width("abc"), 3);
        assert_eq!(string_width("\u{4E2D}\u{6587}"), 4);
        assert_eq!(string_width("e\u{301}"), 1);
        assert_eq!(string_width("\u{1F600}"), 2);
        assert_eq!(string_width("\u{1100}\u{1161}"), 2);
        assert_eq!(string_width("\u{200B}"), 0);
    }

    #[test]
    fn only_identifier_like_keys_are_bare() {
        assert!(is_plain_key(&units("a_1")));
        assert!(is_plain_key(&units("_")));
        assert!(!is_plain_key(&units("$a")));
        assert!(!is_plain_key(&units("1a")));
        assert!(!is_plain_key(&units("")));
        assert!(!is_plain_key(&units("caf\u{E9}")));
    }

    #[test]
    fn stacks_name_the_constructor() {
        let improve = |stack: &str, ctor, name| improve_stack(stack.into(), ctor, name, "");
        assert_eq!(improve("Error: x", Some("Error"), "Error"), "Error: x");
        assert_eq!(improve("Error: x", Some("VE"), "Error"), "VE [Error]: x");
        assert_eq!(improve("Error: x", Some("MyError"), "Error"), "MyError: x");
        assert_eq!(
            improve("Custom: x", Some("TypeError"), "Custom"),
            "Custom: x"
        );
    }
}
