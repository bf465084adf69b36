//! `Object` and `Object.prototype` builtins, and small helpers the other
//! `builtins_*` files share (integer conversions, callback checks, the
//! array-like protocol).

use crate::builtins::{arg, method, new_array, to_object};
use crate::call::call;
use crate::error::throw_type_error;
use crate::heap::*;
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::property;
use crate::state::rt;
use crate::string;
use crate::value::Value;

// ---- shared helpers --------------------------------------------------------

/// ToIntegerOrInfinity.
pub fn to_integer_or_infinity(v: Value) -> JsResult<f64> {
    let n = to_number(v)?;
    if n.is_nan() {
        return Ok(0.0);
    }
    Ok(n.trunc() + 0.0)
}

/// A relative position argument (`slice`, `splice`, `fill`...) clamped to
/// `0..=len`; `default` when the argument is undefined.
pub fn relative_index(v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = to_integer_or_infinity(v)?;
    let len_f = len as f64;
    Ok(if n < 0.0 {
        (len_f + n).max(0.0) as usize
    } else {
        n.min(len_f) as usize
    })
}

/// ToLength.
pub fn to_length(v: Value) -> JsResult<f64> {
    let n = to_integer_or_infinity(v)?;
    Ok(n.clamp(0.0, 9007199254740991.0))
}

/// The name of an object's constructor, as V8 prints it in `#<Foo>`.
pub fn constructor_name(v: Value) -> String {
    if let Some((_, p)) = lookup(v, string::intern("constructor"))
        && p.flags & PROP_ACCESSOR == 0
        && is_function(p.value)
    {
        let name = unsafe { function_mut(p.value) }.name;
        if is_string(name) && !unsafe { string::units(name) }.is_empty() {
            return string::to_rust_string(name);
        }
    }
    "Object".into()
}

/// How V8 names a non-callable value in "x is not a function" raised by
/// builtins (NoSideEffectsToString).
pub fn value_desc(v: Value) -> String {
    if is_string(v) {
        return string::to_rust_string(v);
    }
    if is_array(v) {
        return "[object Array]".into();
    }
    if is_object(v) && !is_function(v) {
        return format!("#<{}>", constructor_name(v));
    }
    if v.is_number() {
        return string::number_to_rust_string(v.as_number());
    }
    crate::inspect::inspect_for_error(v)
}

/// Throws "`v` is not a function" unless `v` is callable.
pub fn require_callable(v: Value) -> JsResult<()> {
    if is_function(v) {
        Ok(())
    } else {
        Err(throw_type_error(&format!(
            "{} is not a function",
            value_desc(v)
        )))
    }
}

/// `this` of an array method as an object (strings stay strings: property
/// access on them already behaves like their wrapper).
pub fn this_object(this: Value, method_name: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(throw_type_error(&format!(
            "{method_name} called on null or undefined"
        )));
    }
    if is_string(this) {
        return Ok(this);
    }
    to_object(this)
}

/// LengthOfArrayLike.
pub fn length_of(o: Value) -> JsResult<usize> {
    if is_array(o) {
        return Ok(unsafe { object_ref(o) }.elements.len());
    }
    if is_string(o) {
        return Ok(unsafe { string::units(o) }.len());
    }
    let n = to_length(property::get(o, string::intern("length"))?)?;
    Ok(n as usize)
}

/// `o[i]`.
pub fn get_index(o: Value, i: usize) -> JsResult<Value> {
    if is_array(o) {
        let a = unsafe { object_ref(o) };
        if let Some(&e) = a.elements.get(i)
            && !e.is_uninit()
        {
            return Ok(e);
        }
    }
    property::get_value(o, Value::number(i as f64))
}

/// HasProperty(o, i).
pub fn has_index(o: Value, i: usize) -> JsResult<bool> {
    if is_array(o) {
        let a = unsafe { object_ref(o) };
        if a.elements.get(i).is_some_and(|e| !e.is_uninit()) {
            return Ok(true);
        }
    }
    if is_string(o) {
        return Ok(i < unsafe { string::units(o) }.len());
    }
    property::has_property(o, Value::number(i as f64))
}

/// A fresh array with `len` holes.
pub fn array_with_holes(len: usize) -> Value {
    new_array(vec![Value::UNINIT; len])
}

fn props_of<'a>(o: Value) -> &'a mut JsObject {
    if is_function(o) {
        property::materialize_function(o);
    }
    unsafe { object_mut(o) }
}

// ---- Object ----------------------------------------------------------------

fn to_object_or_throw(v: Value) -> JsResult<Value> {
    to_object(v)
}

/// The own enumerable string keys of `o` (strings: their indices).
pub fn enumerable_own_keys(o: Value) -> JsResult<Vec<Value>> {
    if is_string(o) {
        let n = unsafe { string::units(o) }.len();
        return Ok((0..n)
            .map(|i| string::from_number_index(i as u32))
            .collect());
    }
    let o = to_object_or_throw(o)?;
    if let Internal::Primitive(p) = *unsafe { object_mut(o) }.internal()
        && is_string(p)
    {
        let n = unsafe { string::units(p) }.len();
        let mut keys: Vec<Value> = (0..n)
            .map(|i| string::from_number_index(i as u32))
            .collect();
        keys.extend(own_keys(o, true));
        return Ok(keys);
    }
    props_of(o);
    Ok(own_keys(o, true))
}

native!(object_keys, |this, args| {
    let keys = enumerable_own_keys(arg(args, 0))?;
    Ok(new_array(keys))
});

fn values_or_entries(o: Value, entries: bool) -> JsResult<Value> {
    let keys = enumerable_own_keys(o)?;
    let result = new_array(Vec::new());
    let _root = crate::gc::RootGuard::new(&[o, result]);
    for k in &keys {
        _root.push(*k);
    }
    for k in keys {
        // A getter may have deleted a later key or made it non-enumerable.
        if is_object(o) {
            let obj = props_of(o);
            let still = if obj.header.kind == KIND_ARRAY && array_index_of_key(k).is_some() {
                property::has_own(o, k)
            } else {
                match obj.props.get(k) {
                    Some(p) => p.flags & PROP_ENUMERABLE != 0,
                    None => false,
                }
            };
            if !still {
                continue;
            }
        }
        let v = property::get(o, k)?;
        let item = if entries { new_array(vec![k, v]) } else { v };
        unsafe { object_mut(result) }.elements.push(item);
    }
    Ok(result)
}

native!(object_values, |this, args| values_or_entries(
    arg(args, 0),
    false
));
native!(object_entries, |this, args| values_or_entries(
    arg(args, 0),
    true
));

native!(object_assign, |this, args| {
    let target = to_object(arg(args, 0))?;
    let _root = crate::gc::RootGuard::new(args);
    _root.push(target);
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let keys = enumerable_own_keys(src)?;
        for k in keys {
            _root.push(k);
            let v = property::get(src, k)?;
            if !property::set(target, k, v)? {
                return Err(throw_type_error(&format!(
                    "Cannot assign to read only property '{}' of object '{}'",
                    string::to_rust_string(k),
                    object_to_string_desc(target)
                )));
            }
        }
    }
    Ok(target)
});

fn object_to_string_desc(v: Value) -> String {
    if is_array(v) {
        "[object Array]".into()
    } else {
        format!("#<{}>", constructor_name(v))
    }
}

native!(object_create, |this, args| {
    let proto = arg(args, 0);
    if !proto.is_null() && !is_object(proto) {
        return Err(throw_type_error(&format!(
            "Object prototype may only be an Object or null: {}",
            value_desc(proto)
        )));
    }
    let o = new_object(proto);
    let props = arg(args, 1);
    if !props.is_undefined() {
        let _root = crate::gc::RootGuard::new(&[o, props]);
        define_properties(o, props)?;
    }
    Ok(o)
});

fn define_properties(o: Value, props: Value) -> JsResult<()> {
    let props = to_object(props)?;
    let keys = enumerable_own_keys(props)?;
    let _root = crate::gc::RootGuard::new(&[o, props]);
    let mut descs = Vec::new();
    for k in keys {
        _root.push(k);
        let d = property::get(props, k)?;
        _root.push(d);
        let desc = to_descriptor(d)?;
        for v in [desc.value, desc.get, desc.set].into_iter().flatten() {
            _root.push(v);
        }
        descs.push((k, desc));
    }
    for (k, d) in descs {
        define_own(o, k, &d)?;
    }
    Ok(())
}

native!(object_define_properties, |this, args| {
    let o = arg(args, 0);
    if !is_object(o) {
        return Err(throw_type_error(
            "Object.defineProperties called on non-object",
        ));
    }
    define_properties(o, arg(args, 1))?;
    Ok(o)
});

/// A property descriptor read from a JS object.
#[derive(Default, Clone, Copy)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// ToPropertyDescriptor.
pub fn to_descriptor(d: Value) -> JsResult<Descriptor> {
    if !is_object(d) {
        return Err(throw_type_error(&format!(
            "Property description must be an object: {}",
            value_desc(d)
        )));
    }
    let _root = crate::gc::RootGuard::new(&[d]);
    let mut out = Descriptor::default();
    let field = |name: &str| -> JsResult<Option<Value>> {
        let k = string::intern(name);
        if property::has_property(d, k)? {
            Ok(Some(property::get(d, k)?))
        } else {
            Ok(None)
        }
    };
    out.enumerable = field("enumerable")?.map(to_boolean);
    out.configurable = field("configurable")?.map(to_boolean);
    out.value = field("value")?;
    if let Some(v) = out.value {
        _root.push(v);
    }
    out.writable = field("writable")?.map(to_boolean);
    out.get = field("get")?;
    if let Some(g) = out.get {
        _root.push(g);
        if !g.is_undefined() && !is_function(g) {
            return Err(throw_type_error(&format!(
                "Getter must be a function: {}",
                value_desc(g)
            )));
        }
    }
    out.set = field("set")?;
    if let Some(s) = out.set
        && !s.is_undefined()
        && !is_function(s)
    {
        return Err(throw_type_error(&format!(
            "Setter must be a function: {}",
            value_desc(s)
        )));
    }
    if out.is_accessor() && out.is_data() {
        return Err(throw_type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            object_to_string_desc(d)
        )));
    }
    Ok(out)
}

fn redefine_error(key: Value) -> Value {
    throw_type_error(&format!(
        "Cannot redefine property: {}",
        string::to_rust_string(key)
    ))
}

/// ValidateAndApplyPropertyDescriptor on an ordinary object (array elements
/// and `length` included, as data properties).
pub fn define_own(o: Value, key: Value, d: &Descriptor) -> JsResult<()> {
    let obj = props_of(o);
    if obj.header.kind == KIND_ARRAY {
        if let Some(i) = array_index_of_key(key) {
            if d.is_accessor() {
                return Err(throw_type_error(
                    "bibao does not support accessors on array elements",
                ));
            }
            let i = i as usize;
            let exists = obj.elements.get(i).is_some_and(|e| !e.is_uninit());
            if obj.frozen() {
                let same = d
                    .value
                    .is_none_or(|v| exists && same_value(obj.elements[i], v));
                if !exists || !same || d.writable == Some(true) || d.configurable == Some(true) {
                    return Err(if exists {
                        redefine_error(key)
                    } else {
                        throw_type_error(&format!(
                            "Cannot define property {}, object is not extensible",
                            string::to_rust_string(key)
                        ))
                    });
                }
                return Ok(());
            }
            if !exists && !obj.extensible() {
                return Err(throw_type_error(&format!(
                    "Cannot define property {}, object is not extensible",
                    string::to_rust_string(key)
                )));
            }
            let v = d.value.unwrap_or(if exists {
                obj.elements[i]
            } else {
                Value::UNDEFINED
            });
            if i >= obj.elements.len() {
                obj.elements.resize(i + 1, Value::UNINIT);
            }
            obj.elements[i] = v;
            return Ok(());
        }
        if string::string_eq(key, string::intern("length")) {
            if let Some(v) = d.value {
                if obj.frozen() {
                    return Err(redefine_error(key));
                }
                property::set(o, key, v)?;
            }
            return Ok(());
        }
    }
    let existing = obj.props.get(key);
    let Some(cur) = existing else {
        if !obj.extensible() {
            return Err(throw_type_error(&format!(
                "Cannot define property {}, object is not extensible",
                string::to_rust_string(key)
            )));
        }
        let mut flags = 0;
        if d.enumerable == Some(true) {
            flags |= PROP_ENUMERABLE;
        }
        if d.configurable == Some(true) {
            flags |= PROP_CONFIGURABLE;
        }
        if d.is_accessor() {
            obj.props.insert_accessor(
                key,
                d.get.unwrap_or(Value::UNDEFINED),
                d.set.unwrap_or(Value::UNDEFINED),
                flags,
            );
        } else {
            if d.writable == Some(true) {
                flags |= PROP_WRITABLE;
            }
            obj.props
                .insert(key, d.value.unwrap_or(Value::UNDEFINED), flags);
        }
        return Ok(());
    };
    let cur_accessor = cur.flags & PROP_ACCESSOR != 0;
    if cur.flags & PROP_CONFIGURABLE == 0 {
        if d.configurable == Some(true) {
            return Err(redefine_error(key));
        }
        if d.enumerable
            .is_some_and(|e| e != (cur.flags & PROP_ENUMERABLE != 0))
        {
            return Err(redefine_error(key));
        }
        if d.is_accessor() && !cur_accessor || d.is_data() && cur_accessor {
            return Err(redefine_error(key));
        }
        if cur_accessor {
            if d.get.is_some_and(|g| g != cur.value) || d.set.is_some_and(|s| s != cur.setter) {
                return Err(redefine_error(key));
            }
        } else if cur.flags & PROP_WRITABLE == 0 {
            if d.writable == Some(true) {
                return Err(redefine_error(key));
            }
            if d.value.is_some_and(|v| !same_value(v, cur.value)) {
                return Err(redefine_error(key));
            }
        }
    }
    let mut flags = cur.flags;
    if let Some(e) = d.enumerable {
        flags = if e {
            flags | PROP_ENUMERABLE
        } else {
            flags & !PROP_ENUMERABLE
        };
    }
    if let Some(c) = d.configurable {
        flags = if c {
            flags | PROP_CONFIGURABLE
        } else {
            flags & !PROP_CONFIGURABLE
        };
    }
    let mut p = cur;
    if d.is_accessor() {
        if !cur_accessor {
            p.value = Value::UNDEFINED;
            p.setter = Value::UNDEFINED;
            flags &= !PROP_WRITABLE;
        }
        flags |= PROP_ACCESSOR;
        if let Some(g) = d.get {
            p.value = g;
        }
        if let Some(s) = d.set {
            p.setter = s;
        }
    } else if d.is_data() {
        if cur_accessor {
            p.value = Value::UNDEFINED;
            p.setter = Value::UNDEFINED;
            flags &= !(PROP_ACCESSOR | PROP_WRITABLE);
        }
        if let Some(v) = d.value {
            p.value = v;
        }
        if let Some(w) = d.writable {
            flags = if w {
                flags | PROP_WRITABLE
            } else {
                flags & !PROP_WRITABLE
            };
        }
    }
    let i = obj.props.find(key).expect("property exists");
    obj.props.redefine(i, p.value, p.setter, flags);
    Ok(())
}

/// SameValue (Object.is).
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        if x.is_nan() && y.is_nan() {
            return true;
        }
        return x == y && x.is_sign_negative() == y.is_sign_negative();
    }
    strict_equals(a, b)
}

native!(object_define_property, |this, args| {
    let o = arg(args, 0);
    if !is_object(o) {
        return Err(throw_type_error(
            "Object.defineProperty called on non-object",
        ));
    }
    let _root = crate::gc::RootGuard::new(&[o]);
    let key = to_property_key(arg(args, 1))?;
    _root.push(key);
    let d = to_descriptor(arg(args, 2))?;
    define_own(o, key, &d)?;
    Ok(o)
});

/// The own property `key` of `o` as a descriptor object, or undefined.
fn own_descriptor(o: Value, key: Value) -> JsResult<Value> {
    let mk = |pairs: &[(&str, Value)]| {
        let d = new_plain_object();
        for (k, v) in pairs {
            define_str(d, k, *v, PROP_DEFAULT);
        }
        d
    };
    if is_string(o) {
        let units = unsafe { string::units(o) };
        if let Some(i) = array_index_of_key(key)
            && (i as usize) < units.len()
        {
            let c = crate::builtins::string_of_unit(units[i as usize]);
            return Ok(mk(&[
                ("value", c),
                ("writable", Value::FALSE),
                ("enumerable", Value::TRUE),
                ("configurable", Value::FALSE),
            ]));
        }
        if string::string_eq(key, string::intern("length")) {
            return Ok(mk(&[
                ("value", Value::number(units.len() as f64)),
                ("writable", Value::FALSE),
                ("enumerable", Value::FALSE),
                ("configurable", Value::FALSE),
            ]));
        }
        return Ok(Value::UNDEFINED);
    }
    let o = to_object(o)?;
    let obj = props_of(o);
    if obj.header.kind == KIND_ARRAY {
        let frozen = obj.frozen();
        if let Some(i) = array_index_of_key(key) {
            return Ok(match obj.elements.get(i as usize) {
                Some(&e) if !e.is_uninit() => mk(&[
                    ("value", e),
                    ("writable", Value::bool(!frozen)),
                    ("enumerable", Value::TRUE),
                    ("configurable", Value::bool(!frozen)),
                ]),
                _ => Value::UNDEFINED,
            });
        }
        if string::string_eq(key, string::intern("length")) {
            return Ok(mk(&[
                ("value", Value::number(obj.elements.len() as f64)),
                ("writable", Value::bool(!frozen)),
                ("enumerable", Value::FALSE),
                ("configurable", Value::FALSE),
            ]));
        }
    }
    let Some(p) = obj.props.get(key) else {
        return Ok(Value::UNDEFINED);
    };
    let e = Value::bool(p.flags & PROP_ENUMERABLE != 0);
    let c = Value::bool(p.flags & PROP_CONFIGURABLE != 0);
    Ok(if p.flags & PROP_ACCESSOR != 0 {
        mk(&[
            ("get", p.value),
            ("set", p.setter),
            ("enumerable", e),
            ("configurable", c),
        ])
    } else {
        mk(&[
            ("value", p.value),
            ("writable", Value::bool(p.flags & PROP_WRITABLE != 0)),
            ("enumerable", e),
            ("configurable", c),
        ])
    })
}

native!(object_get_own_property_descriptor, |this, args| {
    let o = arg(args, 0);
    if o.is_nullish() {
        return Err(throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    let _root = crate::gc::RootGuard::new(&[o]);
    let key = to_property_key(arg(args, 1))?;
    own_descriptor(o, key)
});

/// All own string keys (enumerable or not), V8's order.
fn all_own_keys(o: Value) -> JsResult<Vec<Value>> {
    if is_string(o) {
        let n = unsafe { string::units(o) }.len();
        let mut keys: Vec<Value> = (0..n)
            .map(|i| string::from_number_index(i as u32))
            .collect();
        keys.push(string::intern("length"));
        return Ok(keys);
    }
    let o = to_object(o)?;
    let obj = props_of(o);
    let mut keys = own_keys(o, false);
    if obj.header.kind == KIND_ARRAY {
        let n = obj.elements.iter().filter(|e| !e.is_uninit()).count();
        keys.insert(n, string::intern("length"));
    }
    Ok(keys)
}

native!(object_get_own_property_descriptors, |this, args| {
    let o = arg(args, 0);
    let keys = all_own_keys(o)?;
    let result = new_plain_object();
    let _root = crate::gc::RootGuard::new(&[o, result]);
    for k in keys {
        let d = own_descriptor(o, k)?;
        define(result, k, d, PROP_DEFAULT);
    }
    Ok(result)
});

native!(object_get_own_property_names, |this, args| {
    Ok(new_array(all_own_keys(arg(args, 0))?))
});

fn set_integrity(o: Value, frozen: bool) {
    let obj = props_of(o);
    obj.set_extensible(false);
    if frozen {
        obj.set_frozen(true);
    }
    // Inline caches must not keep writing to (or adding keys to) it.
    obj.props.to_dictionary();
    for i in 0..obj.props.len() {
        let mut flags = obj.props.entry(i).flags & !PROP_CONFIGURABLE;
        if frozen && flags & PROP_ACCESSOR == 0 {
            flags &= !PROP_WRITABLE;
        }
        obj.props.set_flags(i, flags);
    }
}

native!(object_freeze, |this, args| {
    let o = arg(args, 0);
    if is_object(o) {
        set_integrity(o, true);
    }
    Ok(o)
});

native!(object_seal, |this, args| {
    let o = arg(args, 0);
    if is_object(o) {
        set_integrity(o, false);
    }
    Ok(o)
});

native!(object_prevent_extensions, |this, args| {
    let o = arg(args, 0);
    if is_object(o) {
        let obj = props_of(o);
        obj.set_extensible(false);
        obj.props.to_dictionary();
    }
    Ok(o)
});

fn test_integrity(o: Value, frozen: bool) -> bool {
    if !is_object(o) {
        return true;
    }
    let obj = props_of(o);
    if obj.extensible() {
        return false;
    }
    if obj.header.kind == KIND_ARRAY && !obj.frozen() && obj.elements.iter().any(|e| !e.is_uninit())
    {
        return false;
    }
    obj.props.iter().all(|p| {
        p.flags & PROP_CONFIGURABLE == 0
            && (!frozen || p.flags & PROP_ACCESSOR != 0 || p.flags & PROP_WRITABLE == 0)
    })
}

native!(object_is_frozen, |this, args| Ok(Value::bool(
    test_integrity(arg(args, 0), true)
)));
native!(object_is_sealed, |this, args| Ok(Value::bool(
    test_integrity(arg(args, 0), false)
)));
native!(object_is_extensible, |this, args| {
    let o = arg(args, 0);
    Ok(Value::bool(is_object(o) && props_of(o).extensible()))
});

native!(object_get_prototype_of, |this, args| {
    let o = arg(args, 0);
    if o.is_nullish() {
        return Err(throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    if is_object(o) {
        return Ok(unsafe { object_mut(o) }.proto);
    }
    let p = &rt().protos;
    Ok(if o.is_number() {
        p.number
    } else if is_string(o) {
        p.string
    } else {
        p.boolean
    })
});

native!(object_set_prototype_of, |this, args| {
    let o = arg(args, 0);
    let proto = arg(args, 1);
    if o.is_nullish() {
        return Err(throw_type_error(
            "Object.setPrototypeOf called on null or undefined",
        ));
    }
    if !proto.is_null() && !is_object(proto) {
        return Err(throw_type_error(&format!(
            "Object prototype may only be an Object or null: {}",
            value_desc(proto)
        )));
    }
    if !is_object(o) {
        return Ok(o);
    }
    let obj = unsafe { object_mut(o) };
    if obj.proto == proto {
        return Ok(o);
    }
    if !obj.extensible() {
        return Err(throw_type_error(&format!(
            "{} is not extensible",
            object_to_string_desc(o)
        )));
    }
    let mut p = proto;
    while is_object(p) {
        if p == o {
            return Err(throw_type_error("Cyclic __proto__ value"));
        }
        p = unsafe { object_mut(p) }.proto;
    }
    crate::object::set_proto(o, proto);
    Ok(o)
});

native!(object_from_entries, |this, args| {
    let iterable = arg(args, 0);
    let result = new_plain_object();
    let _root = crate::gc::RootGuard::new(&[iterable, result]);
    let items = crate::builtins_array::iterate_to_vec(iterable)?;
    for &item in &items {
        _root.push(item);
    }
    for item in items {
        if !is_object(item) {
            return Err(throw_type_error(&format!(
                "Iterator value {} is not an entry object",
                value_desc(item)
            )));
        }
        let k = get_index(item, 0)?;
        _root.push(k);
        let v = get_index(item, 1)?;
        _root.push(v);
        let k = to_property_key(k)?;
        if is_array(result) {
            property::set(result, k, v)?;
        } else {
            define(result, k, v, PROP_DEFAULT);
        }
    }
    Ok(result)
});

native!(object_is, |this, args| Ok(Value::bool(same_value(
    arg(args, 0),
    arg(args, 1)
))));

native!(object_has_own, |this, args| {
    let o = arg(args, 0);
    if o.is_nullish() {
        return Err(throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    let k = to_property_key(arg(args, 1))?;
    if is_string(o) {
        let len = unsafe { string::units(o) }.len();
        return Ok(Value::bool(
            array_index_of_key(k).is_some_and(|i| (i as usize) < len)
                || string::string_eq(k, string::intern("length")),
        ));
    }
    let o = to_object(o)?;
    Ok(Value::bool(property::has_own(o, k)))
});

native!(object_proto_is_prototype_of, |this, args| {
    let v = arg(args, 0);
    if !is_object(v) {
        return Ok(Value::FALSE);
    }
    let o = to_object(this)?;
    let mut p = unsafe { object_mut(v) }.proto;
    while is_object(p) {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = unsafe { object_mut(p) }.proto;
    }
    Ok(Value::FALSE)
});

native!(object_proto_property_is_enumerable, |this, args| {
    let k = to_property_key(arg(args, 0))?;
    if is_string(this) {
        let len = unsafe { string::units(this) }.len();
        return Ok(Value::bool(
            array_index_of_key(k).is_some_and(|i| (i as usize) < len),
        ));
    }
    let o = to_object(this)?;
    let obj = props_of(o);
    if obj.header.kind == KIND_ARRAY {
        if let Some(i) = array_index_of_key(k) {
            return Ok(Value::bool(
                obj.elements.get(i as usize).is_some_and(|e| !e.is_uninit()),
            ));
        }
        if string::string_eq(k, string::intern("length")) {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::bool(
        obj.props
            .get(k)
            .is_some_and(|p| p.flags & PROP_ENUMERABLE != 0),
    ))
});

/// The `[object Tag]` of Object.prototype.toString.
pub fn to_string_tag(v: Value) -> &'static str {
    if v.is_undefined() {
        return "Undefined";
    }
    if v.is_null() {
        return "Null";
    }
    if v.is_number() {
        return "Number";
    }
    if is_string(v) {
        return "String";
    }
    if v.is_bool() {
        return "Boolean";
    }
    if is_array(v) {
        return "Array";
    }
    if is_function(v) {
        return "Function";
    }
    let o = unsafe { object_mut(v) };
    match o.internal() {
        Internal::Error => "Error",
        Internal::Arguments => "Arguments",
        Internal::Primitive(p) if p.is_number() => "Number",
        Internal::Primitive(p) if is_string(*p) => "String",
        Internal::Primitive(_) => "Boolean",
        Internal::Map(_) => "Map",
        Internal::Set(_) => "Set",
        Internal::Iterator(it) => match it.kind {
            crate::iter::IterKind::ArrayValues
            | crate::iter::IterKind::ArrayKeys
            | crate::iter::IterKind::ArrayEntries => "Array Iterator",
            crate::iter::IterKind::StringChars => "String Iterator",
            crate::iter::IterKind::MapEntries
            | crate::iter::IterKind::MapKeys
            | crate::iter::IterKind::MapValues => "Map Iterator",
            _ => "Set Iterator",
        },
        Internal::None => {
            let p = &rt().protos;
            if v == p.map {
                "Map"
            } else if v == p.set {
                "Set"
            } else if let Some(tag) = rt_tag(v) {
                tag
            } else {
                "Object"
            }
        }
    }
}

/// Math and JSON carry their own tags.
fn rt_tag(v: Value) -> Option<&'static str> {
    let g = rt().global;
    for name in ["Math", "JSON"] {
        if let Some((_, p)) = lookup(g, string::intern(name))
            && p.value == v
        {
            return Some(if name == "Math" { "Math" } else { "JSON" });
        }
    }
    None
}

native!(object_proto_to_string, |this, args| {
    Ok(string::from_str(&format!(
        "[object {}]",
        to_string_tag(this)
    )))
});

native!(object_proto_to_locale_string, |this, args| {
    let f = property::get(this, string::intern("toString"))?;
    call(f, this, &[])
});

pub fn install() {
    let g = rt().global;
    let object = match lookup(g, string::intern("Object")) {
        Some((_, p)) => p.value,
        None => return,
    };
    let proto = rt().protos.object;
    method(object, "keys", 1, object_keys);
    method(object, "values", 1, object_values);
    method(object, "entries", 1, object_entries);
    method(object, "assign", 2, object_assign);
    method(object, "create", 2, object_create);
    method(object, "defineProperty", 3, object_define_property);
    method(object, "defineProperties", 2, object_define_properties);
    method(
        object,
        "getOwnPropertyDescriptor",
        2,
        object_get_own_property_descriptor,
    );
    method(
        object,
        "getOwnPropertyDescriptors",
        1,
        object_get_own_property_descriptors,
    );
    method(
        object,
        "getOwnPropertyNames",
        1,
        object_get_own_property_names,
    );
    method(object, "freeze", 1, object_freeze);
    method(object, "isFrozen", 1, object_is_frozen);
    method(object, "seal", 1, object_seal);
    method(object, "isSealed", 1, object_is_sealed);
    method(object, "preventExtensions", 1, object_prevent_extensions);
    method(object, "isExtensible", 1, object_is_extensible);
    method(object, "getPrototypeOf", 1, object_get_prototype_of);
    method(object, "setPrototypeOf", 2, object_set_prototype_of);
    method(object, "fromEntries", 1, object_from_entries);
    method(object, "is", 2, object_is);
    method(object, "hasOwn", 2, object_has_own);
    method(proto, "isPrototypeOf", 1, object_proto_is_prototype_of);
    method(
        proto,
        "propertyIsEnumerable",
        1,
        object_proto_property_is_enumerable,
    );
    method(proto, "toString", 0, object_proto_to_string);
    method(proto, "toLocaleString", 0, object_proto_to_locale_string);
}
