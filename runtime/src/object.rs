//! Property storage and the property protocol: get, set, define, delete, keys.
//!
//! Keys are interned string values (see `string::intern_value`), compared by
//! pointer. A map keeps insertion order; large maps add a hash index.
//! Integer-like keys are ordered first, ascending, when keys are enumerated
//! (V8's order), see [`own_keys`].

use crate::heap::*;
use crate::state::rt;
use crate::string;
use crate::value::Value;

pub const PROP_WRITABLE: u8 = 1;
pub const PROP_ENUMERABLE: u8 = 2;
pub const PROP_CONFIGURABLE: u8 = 4;
/// `value` is the getter and `setter` the setter (either may be undefined).
pub const PROP_ACCESSOR: u8 = 8;
pub const PROP_DEFAULT: u8 = PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE;

/// One property. The layout is fixed (`repr(C)`): compiled code reads `key`,
/// `value` and `flags` directly on its inline-cache fast path.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Property {
    pub key: Value,
    pub value: Value,
    pub setter: Value,
    pub flags: u8,
}

pub use crate::shape::PropertyMap;

/// If `key` is a canonical array index ("0", "17", not "01" or "-1"), its value.
pub fn array_index_of_key(key: Value) -> Option<u32> {
    let u = unsafe { string::units(key) };
    if u.is_empty() || u.len() > 10 {
        return None;
    }
    if u[0] == b'0' as u16 && u.len() > 1 {
        return None;
    }
    let mut n: u64 = 0;
    for &c in u.iter() {
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        n = n * 10 + (c - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 {
        Some(n as u32)
    } else {
        None
    }
}

/// The own enumerable-or-not string keys of an object, in V8's order: array
/// elements, then integer-like keys ascending, then the others in insertion order.
pub fn own_keys(obj: Value, only_enumerable: bool) -> Vec<Value> {
    let o = unsafe { object_mut(obj) };
    let mut keys = Vec::new();
    if o.header.kind == KIND_ARRAY {
        for (i, e) in o.elements.iter().enumerate() {
            if !e.is_uninit() {
                keys.push(string::from_number_index(i as u32));
            }
        }
    }
    let mut ints: Vec<(u32, Value)> = Vec::new();
    let mut others = Vec::new();
    for p in o.props.iter() {
        if only_enumerable && p.flags & PROP_ENUMERABLE == 0 {
            continue;
        }
        match array_index_of_key(p.key) {
            Some(i) => ints.push((i, p.key)),
            None => others.push(p.key),
        }
    }
    ints.sort_by_key(|&(i, _)| i);
    keys.extend(ints.into_iter().map(|(_, k)| k));
    keys.extend(others);
    keys
}

/// Finds a property along the prototype chain.
pub fn lookup(mut obj: Value, key: Value) -> Option<(Value, Property)> {
    while crate::heap::is_object(obj) {
        let o = unsafe { object_mut(obj) };
        if let Some(p) = o.props.get(key) {
            return Some((obj, p));
        }
        obj = o.proto;
    }
    None
}

/// Gives `obj` a new prototype (inline caches that looked through `obj`
/// are invalidated).
pub fn set_proto(obj: Value, proto: Value) {
    let o = unsafe { object_mut(obj) };
    if o.proto != proto {
        o.proto = proto;
        if o.props.is_watched() {
            crate::shape::bump_proto_epoch();
        }
    }
}

/// Creates a plain object with the given prototype.
pub fn new_object(proto: Value) -> Value {
    rt().heap.alloc_object(KIND_OBJECT, proto, Internal::None)
}

/// Creates the object `new` makes for a constructor whose `prototype` is
/// `proto`: as many in-object slots as a class prototype says, wide for a
/// constructor function that sets many properties, else ordinary.
pub fn new_instance(proto: Value) -> Value {
    if is_object(proto) {
        let p = unsafe { object_mut(proto) };
        if let Some(slots) = p.instance_slots() {
            return rt().heap.alloc_instance(proto, slots);
        }
        if p.wide_instances() {
            return rt()
                .heap
                .alloc_instance(proto, crate::shape::WIDE_INLINE_SLOTS);
        }
    }
    new_object(proto)
}

pub fn new_plain_object() -> Value {
    let proto = rt().protos.object;
    new_object(proto)
}

/// Defines (or overwrites) an own data property, ignoring attributes.
pub fn define(obj: Value, key: Value, value: Value, flags: u8) {
    let o = unsafe { object_mut(obj) };
    match o.props.find(key) {
        Some(i) => o.props.redefine(i, value, Value::UNDEFINED, flags),
        None => o.props.insert(key, value, flags),
    }
}

/// Defines an own property named by a Rust string.
pub fn define_str(obj: Value, key: &str, value: Value, flags: u8) {
    let k = string::intern(key);
    define(obj, k, value, flags)
}
