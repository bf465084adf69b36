//! [[Get]], [[Set]], [[HasProperty]], [[Delete]] on any value, and the
//! `rt_prop_*` exports the generated code calls.

use crate::call::call;
use crate::error::throw_type_error;
use crate::heap::*;
use crate::object::*;
use crate::ops::{JsResult, rt_result, to_property_key};
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// A property's value: the data value, or the getter's result.
pub fn property_value(receiver: Value, p: &Property) -> JsResult<Value> {
    if p.flags & PROP_ACCESSOR != 0 {
        if is_function(p.value) {
            return call(p.value, receiver, &[]);
        }
        return Ok(Value::UNDEFINED);
    }
    Ok(p.value)
}

/// Gives a function its own `length`, `name` and `prototype` properties the
/// first time anything looks at its properties (creating them eagerly would
/// cost an object per closure).
#[inline]
pub fn materialize_function(f: Value) {
    if unsafe { function_mut(f) }.object.header.flags & FLAG_MATERIALIZED == 0 {
        materialize_function_now(f);
    }
}

#[inline(never)]
fn materialize_function_now(f: Value) {
    let func = unsafe { function_mut(f) };
    func.object.header.flags |= FLAG_MATERIALIZED;
    let length = Value::number(func.length as f64);
    let name = func.name;
    // Bound functions (their target and bound values in `bound`) construct
    // with the target's `prototype` and have none of their own.
    let is_ctor = func.flags & FUNCTION_FLAG_CONSTRUCTOR != 0
        && func.flags & FUNCTION_FLAG_NATIVE == 0
        && func.bound.is_empty();
    let props = &mut func.object.props;
    if props.find(string::intern("length")).is_none() {
        props.insert(string::intern("length"), length, PROP_CONFIGURABLE);
    }
    if props.find(string::intern("name")).is_none() {
        props.insert(string::intern("name"), name, PROP_CONFIGURABLE);
    }
    if is_ctor && props.find(string::intern("prototype")).is_none() {
        let proto = new_plain_object();
        unsafe { object_mut(proto) }.set_wide_instances(
            crate::heap::instance_keys(func.flags) > crate::shape::INLINE_SLOTS,
        );
        define(
            proto,
            string::intern("constructor"),
            f,
            PROP_WRITABLE | PROP_CONFIGURABLE,
        );
        let func = unsafe { function_mut(f) };
        func.object
            .props
            .insert(string::intern("prototype"), proto, PROP_WRITABLE);
    }
}

pub const FLAG_MATERIALIZED: u16 = 2;

/// `f.prototype` (every `new`, `instanceof` and `extends` reads it): a
/// function's own data property found directly, else the general [[Get]].
/// Reads the constructor `f`'s `prototype` through the site cache `cache`,
/// so that compiled `new` finds it there next time.
///
/// # Safety
/// `cache` must point to a site cache.
pub unsafe fn fill_prototype_cache(f: Value, cache: *mut SiteCache) -> JsResult<Value> {
    let key = rt().prototype_key;
    // SAFETY: as the caller promised.
    let r = Value(unsafe { rt_prop_get_ic(f.0, key.0, cache) });
    if r == Value::EXCEPTION {
        return Err(r);
    }
    Ok(r)
}

pub fn prototype_property(f: Value) -> JsResult<Value> {
    let key = rt().prototype_key;
    if is_function(f) {
        materialize_function(f);
        let props = &unsafe { object_mut(f) }.props;
        let s = props.shape();
        if let Some(i) = s.position(key)
            && s.flags_of(i) & PROP_ACCESSOR == 0
        {
            return Ok(props.slot_value(s.slot_of(i)));
        }
    }
    get(f, key)
}

fn prepare(obj: Value) {
    if is_function(obj) {
        materialize_function(obj);
    }
}

/// The object whose properties a primitive's property access sees.
fn proto_for_primitive(v: Value) -> Value {
    let p = &rt().protos;
    if v.is_number() {
        p.number
    } else if v.is_bool() {
        p.boolean
    } else if is_string(v) {
        p.string
    } else {
        Value::UNDEFINED
    }
}

fn key_display(key: Value) -> String {
    if is_string(key) {
        string::to_rust_string(key)
    } else {
        crate::ops::to_rust_string(key).unwrap_or_default()
    }
}

/// Looks `key` up on the chain starting at `start`, reading with `receiver` as this.
fn get_from(start: Value, receiver: Value, key: Value) -> JsResult<Value> {
    // An error's `stack` is formatted on first access (as V8 does).
    if is_object(start)
        && matches!(unsafe { object_mut(start) }.internal(), Internal::Error)
        && unsafe { object_mut(start) }
            .props
            .find(string::intern("stack"))
            .is_none()
        && string::string_eq(key, string::intern("stack"))
    {
        return Ok(crate::error::materialize_stack(start));
    }
    let mut o = start;
    while is_object(o) {
        prepare(o);
        let obj = unsafe { object_mut(o) };
        // A String wrapper object has the string's indices and length.
        if let Internal::Primitive(p) = *obj.internal()
            && is_string(p)
        {
            let units = unsafe { string::units(p) };
            if let Some(i) = array_index_of_key(key)
                && let Some(&u) = units.get(i as usize)
            {
                return Ok(crate::builtins::string_of_unit(u));
            }
            if string::is_length(key) {
                return Ok(Value::number(units.len() as f64));
            }
        }
        if obj.header.kind == KIND_ARRAY {
            if let Some(i) = array_index_of_key(key) {
                if let Some(&e) = obj.elements.get(i as usize)
                    && !e.is_uninit()
                {
                    return Ok(e);
                }
            } else if string::is_length(key) {
                return Ok(Value::number(obj.elements.len() as f64));
            }
        }
        if let Some(p) = obj.props.get(key) {
            return property_value(receiver, &p);
        }
        o = obj.proto;
    }
    Ok(Value::UNDEFINED)
}

/// `obj[key]` with `key` already a property key (a string).
pub fn get(obj: Value, key: Value) -> JsResult<Value> {
    if is_object(obj) {
        return get_from(obj, obj, key);
    }
    if is_string(obj) {
        // `length` does not flatten a rope.
        if string::is_length(key) {
            return Ok(Value::number(string::string_len(obj) as f64));
        }
        let units = unsafe { string::units(obj) };
        if let Some(i) = array_index_of_key(key) {
            return Ok(match units.get(i as usize) {
                Some(&u) => crate::builtins::string_of_unit(u),
                None => Value::UNDEFINED,
            });
        }
        if string::is_length(key) {
            return Ok(Value::number(units.len() as f64));
        }
    }
    if obj.is_nullish() {
        let what = if obj.is_null() { "null" } else { "undefined" };
        return Err(throw_type_error(&format!(
            "Cannot read properties of {what} (reading '{}')",
            key_display(key)
        )));
    }
    get_from(proto_for_primitive(obj), obj, key)
}

/// `obj[key]` for any key value, with the array-index fast path.
pub fn get_value(obj: Value, key: Value) -> JsResult<Value> {
    if key.is_number() && is_array(obj) {
        let n = key.as_number();
        let o = unsafe { object_mut(obj) };
        if n >= 0.0
            && (n as usize as f64) == n
            && let Some(&e) = o.elements.get(n as usize)
            && !e.is_uninit()
        {
            return Ok(e);
        }
    }
    if key.is_number() && is_string(obj) {
        let n = key.as_number();
        let units = unsafe { string::units(obj) };
        if n >= 0.0 && (n as usize as f64) == n {
            return Ok(match units.get(n as usize) {
                Some(&u) => crate::builtins::string_of_unit(u),
                None => Value::UNDEFINED,
            });
        }
    }
    if obj.is_nullish() {
        let what = if obj.is_null() { "null" } else { "undefined" };
        let k = crate::ops::to_rust_string(key)?;
        return Err(throw_type_error(&format!(
            "Cannot read properties of {what} (reading '{k}')"
        )));
    }
    // An object key converts through toString (compiled code): root `obj`.
    let _r = is_object(key).then(|| crate::gc::RootGuard::new(&[obj]));
    let k = to_property_key(key)?;
    get(obj, k)
}

const MAX_DENSE_GROWTH: usize = 1 << 26;

fn set_array_length(o: &mut JsObject, v: Value) -> JsResult<()> {
    let n = crate::ops::to_number(v)?;
    if n < 0.0 || n.fract() != 0.0 || n > 4294967295.0 {
        return Err(crate::error::throw_error(
            crate::error::ErrorKind::RangeError,
            "Invalid array length",
        ));
    }
    let n = n as usize;
    if n > MAX_DENSE_GROWTH {
        return Err(crate::error::throw_error(
            crate::error::ErrorKind::RangeError,
            "Invalid array length (bibao supports arrays up to 2^26 elements)",
        ));
    }
    o.elements.resize(n, Value::UNINIT);
    Ok(())
}

/// `obj[key] = v` with `key` a property key (string). Returns false when the
/// assignment was refused (frozen / non-writable): silent in sloppy code.
pub fn set(obj: Value, key: Value, v: Value) -> JsResult<bool> {
    if !is_object(obj) {
        if obj.is_nullish() {
            let what = if obj.is_null() { "null" } else { "undefined" };
            return Err(throw_type_error(&format!(
                "Cannot set properties of {what} (setting '{}')",
                key_display(key)
            )));
        }
        // Setting a property on a primitive: only setters on the prototype run.
        if let Some((_, p)) = lookup(proto_for_primitive(obj), key)
            && p.flags & PROP_ACCESSOR != 0
            && is_function(p.setter)
        {
            call(p.setter, obj, &[v])?;
        }
        return Ok(false);
    }
    prepare(obj);
    let o = unsafe { object_mut(obj) };
    if o.header.kind == KIND_ARRAY {
        if let Some(i) = array_index_of_key(key) {
            if o.frozen() {
                return Ok(false);
            }
            let i = i as usize;
            if i < o.elements.len() {
                o.elements[i] = v;
                return Ok(true);
            }
            if i - o.elements.len() > MAX_DENSE_GROWTH {
                return Err(crate::error::throw_error(
                    crate::error::ErrorKind::RangeError,
                    "bibao supports dense arrays only (index too far past the end)",
                ));
            }
            if !o.extensible() {
                return Ok(false);
            }
            o.elements.resize(i, Value::UNINIT);
            o.elements.push(v);
            return Ok(true);
        }
        if string::is_length(key) {
            if o.frozen() {
                return Ok(false);
            }
            // `v`'s valueOf may run compiled code while `o` is borrowed.
            let _r = is_object(v).then(|| crate::gc::RootGuard::new(&[obj]));
            set_array_length(o, v)?;
            return Ok(true);
        }
    }
    if let Some(i) = o.props.find(key) {
        let p = o.props.entry(i);
        if p.flags & PROP_ACCESSOR != 0 {
            let setter = p.setter;
            if is_function(setter) {
                call(setter, obj, &[v])?;
                return Ok(true);
            }
            return Ok(false);
        }
        if p.flags & PROP_WRITABLE == 0 {
            return Ok(false);
        }
        o.props.set_value(i, v);
        return Ok(true);
    }
    // Inherited setters and read-only properties.
    let mut proto = o.proto;
    while is_object(proto) {
        prepare(proto);
        let po = unsafe { object_mut(proto) };
        if let Some(p) = po.props.get(key) {
            if p.flags & PROP_ACCESSOR != 0 {
                let setter = p.setter;
                if is_function(setter) {
                    call(setter, obj, &[v])?;
                    return Ok(true);
                }
                return Ok(false);
            }
            if p.flags & PROP_WRITABLE == 0 {
                return Ok(false);
            }
            break;
        }
        proto = po.proto;
    }
    let o = unsafe { object_mut(obj) };
    if !o.extensible() {
        return Ok(false);
    }
    o.props.insert(key, v, PROP_DEFAULT);
    Ok(true)
}

/// The TypeError strict-mode code gets when `obj[key] = v` was refused.
fn refused_assignment(obj: Value, key: Value) -> Value {
    let k = key_display(key);
    let shown = || {
        if is_array(obj) {
            "[object Array]".to_string()
        } else if is_object(obj) {
            let name = crate::builtins_object::constructor_name(obj);
            format!("#<{name}>")
        } else {
            crate::ops::to_rust_string(obj).unwrap_or_default()
        }
    };
    if !is_object(obj) {
        let t = crate::ops::typeof_str(obj);
        return throw_type_error(&format!(
            "Cannot create property '{k}' on {t} '{}'",
            shown()
        ));
    }
    match lookup(obj, key) {
        Some((_, p)) if p.flags & PROP_ACCESSOR != 0 => throw_type_error(&format!(
            "Cannot set property {k} of {} which has only a getter",
            shown()
        )),
        Some(_) => throw_type_error(&format!(
            "Cannot assign to read only property '{k}' of object '{}'",
            shown()
        )),
        None => throw_type_error(&format!(
            "Cannot add property {k}, object is not extensible"
        )),
    }
}

/// `obj[key] = v` from strict code: a refused assignment throws.
pub fn set_value_strict(obj: Value, key: Value, v: Value) -> JsResult<()> {
    if key.is_number() || obj.is_nullish() {
        set_value(obj, key, v)?;
        // Array element writes that were refused (frozen arrays) are rare;
        // they are checked through the generic path below when not arrays.
        if !is_array(obj) || !unsafe { object_mut(obj) }.frozen() {
            return Ok(());
        }
    }
    let _r = is_object(key).then(|| crate::gc::RootGuard::new(&[obj, v]));
    let k = to_property_key(key)?;
    if !set(obj, k, v)? {
        return Err(refused_assignment(obj, k));
    }
    Ok(())
}

pub fn set_value(obj: Value, key: Value, v: Value) -> JsResult<()> {
    if key.is_number() && is_array(obj) {
        let n = key.as_number();
        let o = unsafe { object_mut(obj) };
        if n >= 0.0 && (n as usize as f64) == n && !o.frozen() {
            let i = n as usize;
            if i < o.elements.len() {
                o.elements[i] = v;
                return Ok(());
            }
            if i == o.elements.len() && o.extensible() {
                o.elements.push(v);
                return Ok(());
            }
        }
    }
    if obj.is_nullish() {
        let what = if obj.is_null() { "null" } else { "undefined" };
        let k = crate::ops::to_rust_string(key)?;
        return Err(throw_type_error(&format!(
            "Cannot set properties of {what} (setting '{k}')"
        )));
    }
    // An object key converts through toString (compiled code).
    let _r = is_object(key).then(|| crate::gc::RootGuard::new(&[obj, v]));
    let k = to_property_key(key)?;
    set(obj, k, v)?;
    Ok(())
}

pub fn has_property(obj: Value, key: Value) -> JsResult<bool> {
    let _r = is_object(key).then(|| crate::gc::RootGuard::new(&[obj]));
    let k = to_property_key(key)?;
    let mut o = obj;
    while is_object(o) {
        if has_own(o, k) {
            return Ok(true);
        }
        o = unsafe { object_mut(o) }.proto;
    }
    Ok(false)
}

pub fn has_own(obj: Value, key: Value) -> bool {
    prepare(obj);
    let o = unsafe { object_mut(obj) };
    if o.header.kind == KIND_ARRAY {
        if let Some(i) = array_index_of_key(key) {
            return o.elements.get(i as usize).is_some_and(|e| !e.is_uninit());
        }
        if string::is_length(key) {
            return true;
        }
    }
    o.props.find(key).is_some()
}

/// `delete obj[key]`: false when the property exists and is not
/// configurable, and then, in `strict` code, node's TypeError instead.
pub fn delete(obj: Value, key: Value, strict: bool) -> JsResult<bool> {
    if obj.is_nullish() {
        return Err(throw_type_error(
            "Cannot convert undefined or null to object",
        ));
    }
    // An object key's `toString` may run compiled code (and collect). It
    // runs for every base, primitives included (ToPropertyKey comes before
    // the base's ToObject in `delete`'s evaluation).
    let _r = is_object(key).then(|| crate::gc::RootGuard::new(&[obj]));
    let k = to_property_key(key)?;
    if !is_object(obj) && !is_string(obj) {
        return Ok(true);
    }
    if is_fixed_builtin_key(obj, k) {
        return refuse_delete(obj, k, strict);
    }
    if !is_object(obj) {
        return Ok(true);
    }
    prepare(obj);
    let o = unsafe { object_mut(obj) };
    if o.header.kind == KIND_ARRAY
        && let Some(i) = array_index_of_key(k)
    {
        let frozen = o.frozen();
        if let Some(e) = o.elements.get_mut(i as usize)
            && !e.is_uninit()
        {
            if frozen {
                return refuse_delete(obj, k, strict);
            }
            *e = Value::UNINIT;
        }
        return Ok(true);
    }
    // (A frozen object's properties are all non-configurable; the test of
    // `frozen` covers those added lazily after freezing, such as `stack`.)
    if let Some(p) = o.props.get(k)
        && (p.flags & PROP_CONFIGURABLE == 0 || o.frozen())
    {
        return refuse_delete(obj, k, strict);
    }
    o.props.remove(k);
    Ok(true)
}

/// The string a primitive string or a String wrapper object stands for.
fn string_of(obj: Value) -> Option<Value> {
    if is_string(obj) {
        return Some(obj);
    }
    if !is_object(obj) {
        return None;
    }
    match unsafe { object_mut(obj) }.internal() {
        Internal::Primitive(p) if is_string(*p) => Some(*p),
        _ => None,
    }
}

/// Keys that are never configurable, whatever the object's flags: a
/// string's (or String wrapper's) `length` and indexes, an array's `length`.
fn is_fixed_builtin_key(obj: Value, k: Value) -> bool {
    if let Some(s) = string_of(obj) {
        return string::is_length(k)
            || array_index_of_key(k).is_some_and(|i| (i as usize) < string::string_len(s));
    }
    is_array(obj) && string::is_length(k)
}

/// A `delete` that may not happen: false, or in strict code node's
/// TypeError "Cannot delete property 'k' of <obj as V8 shows it>".
fn refuse_delete(obj: Value, key: Value, strict: bool) -> JsResult<bool> {
    if !strict {
        return Ok(false);
    }
    let shown = match string_of(obj) {
        Some(_) => "[object String]".to_string(),
        None => crate::builtins_object::value_desc(obj),
    };
    Err(throw_type_error(&format!(
        "Cannot delete property '{}' of {shown}",
        key_display(key)
    )))
}

/// `obj[key]` from compiled code.
#[unsafe(no_mangle)]
pub extern "C" fn rt_prop_get(obj: u64, key: u64) -> u64 {
    rt_result(get_value(Value(obj), Value(key)))
}

/// `obj[key] = v` from compiled code; returns `v`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_prop_set(obj: u64, key: u64, v: u64, strict: u64) -> u64 {
    let r = if strict != 0 {
        set_value_strict(Value(obj), Value(key), Value(v))
    } else {
        set_value(Value(obj), Value(key), Value(v))
    };
    rt_result(r.map(|_| Value(v)))
}

/// `delete obj[key]`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_prop_delete(obj: u64, key: u64, strict: u64) -> u64 {
    crate::ops::bool_result(delete(Value(obj), Value(key), strict != 0))
}

/// Defines an own enumerable data property (object literals).
#[unsafe(no_mangle)]
pub extern "C" fn rt_prop_define(obj: u64, key: u64, v: u64) -> u64 {
    let o = Value(obj);
    let _r = is_object(Value(key)).then(|| crate::gc::RootGuard::new(&[o, Value(v)]));
    let k = match to_property_key(Value(key)) {
        Ok(k) => k,
        Err(_) => return Value::EXCEPTION.0,
    };
    if is_array(o) {
        return rt_result(set(o, k, Value(v)).map(|_| o));
    }
    define(o, k, Value(v), PROP_DEFAULT);
    obj
}

/// Stores `v` as a cache entry for `ob`'s shape says: into the cached slot of
/// an own data property, or as a new property along the cached transition.
/// With `check_chain`, a transition also needs the cached prototype and
/// epoch (no setter or read-only property may have appeared on the chain).
/// Returns false when no entry applies.
fn cached_store(ob: &mut JsObject, c: &mut SiteCache, v: Value, check_chain: bool) -> bool {
    let shape = ob.props.shape_ptr() as u64;
    for i in 0..CACHE_ENTRIES {
        let e = c.entries[i];
        if e.shape != shape || e.shape == 0 {
            continue;
        }
        if e.holder == 0 {
            ob.props.set_slot_value(e.slot, v);
            c.promote(i);
            return true;
        }
        if e.holder == HOLDER_TRANSITION
            && (!check_chain || (ob.proto.0 == e.proto && e.epoch == crate::shape::proto_epoch()))
            && ob.extensible()
            && ob.props.slot_count() == e.slot as usize
        {
            // SAFETY: the entry was filled from exactly this transition.
            unsafe {
                ob.props
                    .push_transition(e.new_shape as *const crate::shape::Shape, v)
            };
            c.promote(i);
            return true;
        }
    }
    false
}

/// `{ key: v }` in an object literal with a literal `key`, with the site's
/// cache: the object is a fresh ordinary object, so the shape transition the
/// site saw last time applies again (compiled code follows it inline; this
/// is the miss path, which also fills the cache). Returns `obj`.
///
/// # Safety
/// `cache` must point to this site's `SiteCache`; `obj` must be an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_prop_define_ic(
    obj: u64,
    key: u64,
    v: u64,
    cache: *mut SiteCache,
) -> u64 {
    let o = Value(obj);
    let c = unsafe { &mut *cache };
    let ob = unsafe { object_mut(o) };
    let before = ob.props.shape_ptr();
    // A definition does not depend on the prototype chain.
    if cached_store(ob, c, Value(v), false) {
        return obj;
    }
    let r = rt_prop_define(obj, key, v);
    if Value(r).is_exception() {
        return r;
    }
    let ob = unsafe { object_mut(o) };
    let after = ob.props.shape_ptr();
    let (Some(i), true) = (ob.props.find(Value(key)), is_object(o)) else {
        return r;
    };
    let s = ob.props.shape();
    let before_shape = unsafe { &*before };
    if !s.is_shared() || !before_shape.is_shared() || s.flags_of(i) != PROP_DEFAULT {
        return r;
    }
    let slot = s.slot_of(i);
    if before == after {
        c.remember(CacheEntry::own(ob, slot));
    } else if i + 1 == s.len() && before_shape.len() + 1 == s.len() {
        // Compiled code checks the prototype and epoch of add entries; for a
        // definition they only need to be the current ones.
        c.remember(CacheEntry::transition(ob, before, slot));
    }
    r
}

/// Defines a getter (`kind` 0) or setter (`kind` 1) on an object literal or class.
#[unsafe(no_mangle)]
pub extern "C" fn rt_prop_define_accessor(
    obj: u64,
    key: u64,
    f: u64,
    kind: u64,
    enumerable: u64,
) -> u64 {
    let o = Value(obj);
    let _r = is_object(Value(key)).then(|| crate::gc::RootGuard::new(&[o, Value(f)]));
    let k = match to_property_key(Value(key)) {
        Ok(k) => k,
        Err(_) => return Value::EXCEPTION.0,
    };
    prepare(o);
    let flags = PROP_CONFIGURABLE | if enumerable != 0 { PROP_ENUMERABLE } else { 0 };
    let obj_ref = unsafe { object_mut(o) };
    match obj_ref.props.find(k) {
        Some(i) if obj_ref.props.entry(i).flags & PROP_ACCESSOR != 0 => {
            if kind == 0 {
                obj_ref.props.set_value(i, Value(f));
            } else {
                obj_ref.props.set_setter(i, Value(f));
            }
        }
        Some(i) => {
            let (g, s) = if kind == 0 {
                (Value(f), Value::UNDEFINED)
            } else {
                (Value::UNDEFINED, Value(f))
            };
            obj_ref.props.redefine(i, g, s, flags | PROP_ACCESSOR);
        }
        None => {
            let (g, s) = if kind == 0 {
                (Value(f), Value::UNDEFINED)
            } else {
                (Value::UNDEFINED, Value(f))
            };
            obj_ref.props.insert_accessor(k, g, s, flags);
        }
    }
    obj
}

/// Reads a global variable (a property of the global object); throws
/// ReferenceError "x is not defined" when absent.
#[unsafe(no_mangle)]
pub extern "C" fn rt_global_get(name: u64) -> u64 {
    let g = rt().global;
    match lookup(g, Value(name)) {
        Some((_, p)) => rt_result(property_value(g, &p)),
        None => {
            crate::error::throw_error(
                crate::error::ErrorKind::ReferenceError,
                &format!("{} is not defined", string::to_rust_string(Value(name))),
            )
            .0
        }
    }
}

/// A global read with the site's cache (`holder` = the global object,
/// `slot`, `holder_slot`, `epoch`): the global object is watched, so the
/// entry (and the slot's address, which compiled code reads) stays valid
/// until a global is added or removed or changes attributes.
///
/// # Safety
/// `cache` must point to this site's `SiteCache`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_global_get_ic(name: u64, cache: *mut SiteCache) -> u64 {
    let c = unsafe { &mut (*cache).entries[0] };
    let g = rt().global;
    if c.holder == g.0 && c.epoch == crate::shape::proto_epoch() {
        return unsafe { object_mut(g) }.props.slot_value(c.slot).0;
    }
    let go = unsafe { object_mut(g) };
    if let Some(i) = go.props.find(Value(name)) {
        let (flags, slot) = (go.props.shape().flags_of(i), go.props.shape().slot_of(i));
        if flags & PROP_ACCESSOR == 0 {
            go.props.watch();
            // Only `holder`, `slot`, `holder_slot` and `epoch` matter to a
            // global site.
            *c = CacheEntry::inherited(0, Value(0), g, slot);
        }
    }
    rt_global_get(name)
}

/// `typeof name` for a name with no binding: "undefined" when absent.
#[unsafe(no_mangle)]
pub extern "C" fn rt_global_typeof(name: u64) -> u64 {
    let g = rt().global;
    match lookup(g, Value(name)) {
        Some((_, p)) => match property_value(g, &p) {
            Ok(v) => crate::ops::rt_value_typeof(v.0),
            Err(_) => Value::EXCEPTION.0,
        },
        None => string::intern("undefined").0,
    }
}

/// Assigns a global (sloppy mode creates it); `strict` != 0 throws when absent.
#[unsafe(no_mangle)]
pub extern "C" fn rt_global_set(name: u64, v: u64, strict: u64) -> u64 {
    let g = rt().global;
    if strict != 0 && lookup(g, Value(name)).is_none() {
        return crate::error::throw_error(
            crate::error::ErrorKind::ReferenceError,
            &format!("{} is not defined", string::to_rust_string(Value(name))),
        )
        .0;
    }
    rt_result(set(g, Value(name), Value(v)).map(|_| Value(v)))
}

/// A property-access site's inline cache (one per site with a literal key),
/// zero-initialized in the program's data: up to [`CACHE_ENTRIES`] entries,
/// newest first (a polymorphic site sees several shapes). Compiled code checks
/// the first entry on its fast path (offsets in `layout::Layout`); the runtime
/// checks the others on a miss (`rt_prop_get_ic` stays small for that) and
/// fills the cache.
#[repr(C)]
pub struct SiteCache {
    pub entries: [CacheEntry; CACHE_ENTRIES],
}

pub const CACHE_ENTRIES: usize = 4;

impl SiteCache {
    /// Remembers `e` in the first entry (the one compiled code checks); the
    /// others move down one place and the last is forgotten.
    fn remember(&mut self, e: CacheEntry) {
        self.entries.copy_within(0..CACHE_ENTRIES - 1, 1);
        self.entries[0] = e;
    }

    /// Moves entry `i`, which just hit, to the front (the one compiled code
    /// checks), so that a site whose receivers changed shape for good (the
    /// old objects died) is fast again; the front entry takes its place.
    #[inline]
    fn promote(&mut self, i: usize) {
        if i > 0 {
            self.entries.swap(0, i);
        }
    }
}

/// One inline-cache entry.
///
/// - Own data property (get and set): `shape` = receiver shape, `holder` = 0,
///   `slot` = the value's slot in the receiver.
/// - Prototype data property (get): `shape` = receiver shape, `proto` = the
///   receiver's prototype, `holder` = the object that has the property,
///   `slot` its slot there and `holder_slot` that slot's address, `epoch` =
///   the prototype epoch when filled.
/// - Adding a data property (set): `shape` = receiver shape before,
///   `holder` = 1, `proto` and `epoch` as above (no setter or read-only
///   property on the chain), `new_shape` = the shape after, `slot` = the new
///   slot. Only the runtime follows this entry.
/// - A global read: `holder` = the global object, `slot`, `holder_slot`,
///   `epoch`.
///
/// Only shared shapes are ever stored (they are immortal), so a stale entry
/// can never match a reused address.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CacheEntry {
    pub shape: u64,
    pub holder: u64,
    pub proto: u64,
    pub new_shape: u64,
    pub epoch: u64,
    pub slot: u32,
    /// Where compiled code finds `slot` in the holder (or receiver): see
    /// `shape::OFFSET_OVERFLOW`.
    pub offset: u32,
    /// The common case, checked first by compiled code: for an own data
    /// property in the receiver cell itself, `offset`; else -1.
    pub fast: i32,
    /// `shape` when `fast` applies, else 0 (which no cell has): compiled
    /// code compares a receiver's shape with this word and, when equal,
    /// reads or writes at `fast` with no other test.
    pub fast_shape: u64,
    /// A prototype data property: the address of its slot in the holder
    /// (`shape::PropertyMap::slot_address`; the holder is watched, and its
    /// death or a change of its keys changes the epoch). Compiled code reads
    /// the value there once `shape`, `proto` and `epoch` match. Else 0.
    pub holder_slot: u64,
}

impl CacheEntry {
    /// An own data property of objects with `ob`'s shape, at `slot`.
    fn own(ob: &JsObject, slot: u32) -> CacheEntry {
        let offset = ob.props.slot_offset(slot);
        let in_cell = offset & crate::shape::OFFSET_OVERFLOW == 0;
        let shape = ob.props.shape_ptr() as u64;
        CacheEntry {
            shape,
            holder: 0,
            proto: 0,
            new_shape: 0,
            slot,
            offset,
            fast: if in_cell { offset as i32 } else { -1 },
            fast_shape: if in_cell { shape } else { 0 },
            epoch: 0,
            holder_slot: 0,
        }
    }

    /// A data property at `slot` of `holder`, found through the prototype
    /// `proto` of a receiver whose cache `shape` word is `shape`.
    fn inherited(shape: u64, proto: Value, holder: Value, slot: u32) -> CacheEntry {
        let props = &unsafe { object_ref(holder) }.props;
        let offset = props.slot_offset(slot);
        let holder_slot = props.slot_address(slot) as u64;
        CacheEntry {
            shape,
            holder: holder.0,
            proto: proto.0,
            new_shape: 0,
            slot,
            offset,
            fast: -1,
            fast_shape: 0,
            epoch: crate::shape::proto_epoch(),
            holder_slot,
        }
    }

    /// The add that took `ob` from shape `before` to its current shape,
    /// putting the new value at `slot`.
    fn transition(ob: &JsObject, before: *const crate::shape::Shape, slot: u32) -> CacheEntry {
        CacheEntry {
            shape: before as u64,
            holder: HOLDER_TRANSITION,
            proto: ob.proto.0,
            new_shape: ob.props.shape_ptr() as u64,
            slot,
            offset: ob.props.slot_offset(slot),
            fast: -1,
            fast_shape: 0,
            epoch: crate::shape::proto_epoch(),
            holder_slot: 0,
        }
    }
}

/// `holder` value of an add-transition entry.
const HOLDER_TRANSITION: u64 = 1;

/// True when `key` behaves specially on `o` (array indices and `length`,
/// string wrappers, lazy error stacks): such lookups are never cached.
fn exotic_key(o: &JsObject, key: Value) -> bool {
    let indexed = o.header.kind == KIND_ARRAY
        || matches!(o.internal(), Internal::Primitive(p) if is_string(*p))
        || matches!(o.internal(), Internal::Arguments);
    if indexed && (string::is_length(key) || array_index_of_key(key).is_some()) {
        return true;
    }
    matches!(o.internal(), Internal::Error)
}

/// Whether an inline cache may remember `o`'s shape.
fn cacheable(o: &JsObject) -> bool {
    o.props.shape().is_shared()
        && (o.header.kind != KIND_FUNCTION || o.header.flags & FLAG_MATERIALIZED != 0)
}

/// Fills `c` for a read of `key` on `obj`, when the read is an ordinary data
/// property found on the receiver or its prototypes.
fn fill_get_cache(obj: Value, key: Value, c: &mut SiteCache) {
    let ob = unsafe { object_mut(obj) };
    if !cacheable(ob) || exotic_key(ob, key) {
        return;
    }
    if let Some(i) = ob.props.find(key) {
        let s = ob.props.shape();
        if s.flags_of(i) & PROP_ACCESSOR == 0 {
            c.remember(CacheEntry::own(ob, s.slot_of(i)));
        }
        return;
    }
    fill_proto_hit(ob.props.shape_ptr() as u64, ob.proto, key, c);
}

/// The `shape` word of cache entries for primitive receivers: their
/// properties come from their prototype. Odd, so never a shape's address,
/// nor the word a string or box cell has where objects have their shape
/// (see `heap::NOT_A_SHAPE`).
const SHAPE_STRING: u64 = 0x11;
const SHAPE_NUMBER: u64 = 0x13;
const SHAPE_BOOLEAN: u64 = 0x15;

/// The cache `shape` word and the prototype of a primitive receiver.
fn primitive_receiver(v: Value) -> Option<(u64, Value)> {
    let p = &rt().protos;
    if v.is_number() {
        Some((SHAPE_NUMBER, p.number))
    } else if v.is_bool() {
        Some((SHAPE_BOOLEAN, p.boolean))
    } else if is_string(v) {
        Some((SHAPE_STRING, p.string))
    } else {
        None
    }
}

/// Fills `c` for a read of `key` that missed on the receiver (whose cache
/// `shape` word is `shape` and whose prototype is `first`): a data
/// property found on the prototype chain.
fn fill_proto_hit(shape: u64, first: Value, key: Value, c: &mut SiteCache) {
    let mut o = first;
    let mut depth = 0;
    while is_object(o) && depth < 16 {
        let po = unsafe { object_mut(o) };
        if (po.header.kind == KIND_FUNCTION && po.header.flags & FLAG_MATERIALIZED == 0)
            || exotic_key(po, key)
        {
            return;
        }
        if let Some(i) = po.props.find(key) {
            let s = po.props.shape();
            if s.flags_of(i) & PROP_ACCESSOR != 0 {
                return;
            }
            // Watch every object from the receiver's prototype to the holder.
            let mut w = first;
            loop {
                let wo = unsafe { object_mut(w) };
                wo.props.watch();
                if w == o {
                    break;
                }
                w = wo.proto;
            }
            c.remember(CacheEntry::inherited(shape, first, o, s.slot_of(i)));
            return;
        }
        o = po.proto;
        depth += 1;
    }
}

/// The value the cache remembers for `obj`, if an entry applies.
#[inline]
fn cached_get(obj: Value, c: &mut SiteCache) -> Option<Value> {
    if !obj.is_pointer() || unsafe { kind_of(obj) } == KIND_STRING {
        // A primitive: only prototype hits apply.
        let (shape, proto) = primitive_receiver(obj)?;
        let e = c.entries.iter().find(|e| e.shape == shape)?;
        if e.holder > HOLDER_TRANSITION
            && e.proto == proto.0
            && e.epoch == crate::shape::proto_epoch()
        {
            return Some(
                unsafe { object_mut(Value(e.holder)) }
                    .props
                    .slot_value(e.slot),
            );
        }
        return None;
    }
    let kind = unsafe { kind_of(obj) };
    if !(KIND_OBJECT..=KIND_FUNCTION).contains(&kind) {
        return None;
    }
    let ob = unsafe { object_mut(obj) };
    let shape = ob.props.shape_ptr() as u64;
    for i in 0..CACHE_ENTRIES {
        let e = c.entries[i];
        if e.shape != shape || e.shape == 0 {
            continue;
        }
        if e.holder == 0 {
            c.promote(i);
            return Some(ob.props.slot_value(e.slot));
        }
        if e.holder != HOLDER_TRANSITION
            && ob.proto.0 == e.proto
            && e.epoch == crate::shape::proto_epoch()
        {
            c.promote(i);
            return Some(
                unsafe { object_mut(Value(e.holder)) }
                    .props
                    .slot_value(e.slot),
            );
        }
    }
    None
}

/// `obj.key` for a literal `key` (interned), with the site's cache: called
/// when compiled code's fast path missed.
///
/// # Safety
/// `cache` must point to this site's `SiteCache`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_prop_get_ic(obj: u64, key: u64, cache: *mut SiteCache) -> u64 {
    // The other entries of a polymorphic site usually hit: keep this path
    // small (no frame for the general lookup).
    if let Some(v) = cached_get(Value(obj), unsafe { &mut *cache }) {
        return v.0;
    }
    unsafe { prop_get_miss(obj, key, cache) }
}

/// `rt_prop_get_ic` when no cache entry applies: the general [[Get]], then a
/// cache fill.
///
/// # Safety
/// `cache` must point to this site's `SiteCache`.
#[inline(never)]
unsafe fn prop_get_miss(obj: u64, key: u64, cache: *mut SiteCache) -> u64 {
    let (o, k) = (Value(obj), Value(key));
    let c = unsafe { &mut *cache };
    if o.is_pointer() {
        let kind = unsafe { kind_of(o) };
        if kind == KIND_ARRAY && string::is_length(k) {
            return Value::number(unsafe { object_mut(o) }.elements.len() as f64).0;
        } else if kind == KIND_STRING && string::is_length(k) {
            return Value::number(string::string_len(o) as f64).0;
        }
    }
    // A getter may run compiled code (and collect): `o` is used after.
    let _root = crate::gc::RootGuard::new(&[o]);
    let r = get(o, k);
    // `get` materialized a function's properties if it had to; a getter may
    // have run, but the cache is filled only for data properties.
    if r.is_ok() {
        if is_object(o) {
            fill_get_cache(o, k, c);
        } else if let Some((shape, proto)) = primitive_receiver(o)
            && !(is_string(o) && array_index_of_key(k).is_some())
        {
            fill_proto_hit(shape, proto, k, c);
        }
    }
    rt_result(r)
}

/// Fills `c` for a write of `key` on `obj` (after the write happened).
fn fill_set_cache(obj: Value, key: Value, before: *const crate::shape::Shape, c: &mut SiteCache) {
    let ob = unsafe { object_mut(obj) };
    if !cacheable(ob) || exotic_key(ob, key) {
        return;
    }
    let Some(i) = ob.props.find(key) else {
        return;
    };
    let s = ob.props.shape();
    if s.flags_of(i) & (PROP_ACCESSOR | PROP_WRITABLE) != PROP_WRITABLE {
        return;
    }
    let after = ob.props.shape_ptr();
    if before == after {
        // Compiled code must not write a guarded map's slots unseen.
        if !crate::intact::shape_is_guarded(after) {
            c.remember(CacheEntry::own(ob, s.slot_of(i)));
        }
        return;
    }
    // The write added the key: remember the transition when it was a plain
    // add of a default data property from a shared shape.
    let before_shape = unsafe { &*before };
    if !before_shape.is_shared()
        || s.flags_of(i) != PROP_DEFAULT
        || i + 1 != s.len()
        || before_shape.len() + 1 != s.len()
        || !ob.extensible()
    {
        return;
    }
    if watch_chain_for_adds(ob, &[key]) {
        c.remember(CacheEntry::transition(ob, before, s.slot_of(i)));
    }
}

/// Whether adding `keys` to `ob` is a plain add, as a cached transition
/// assumes: no setter or read-only property for them on the prototype
/// chain (either would have stopped the add; a setter may even have added
/// the key itself), and no exotic key. If so, watches the chain, so that
/// such a property appearing on it bumps the prototype epoch the cache
/// compares.
fn watch_chain_for_adds(ob: &JsObject, keys: &[Value]) -> bool {
    let mut w = ob.proto;
    while is_object(w) {
        let wo = unsafe { object_mut(w) };
        for &key in keys {
            if exotic_key(wo, key) {
                return false;
            }
            if let Some(p) = wo.props.get(key)
                && p.flags & (PROP_ACCESSOR | PROP_WRITABLE) != PROP_WRITABLE
            {
                return false;
            }
        }
        w = wo.proto;
    }
    let mut w = ob.proto;
    while is_object(w) {
        let wo = unsafe { object_mut(w) };
        wo.props.watch();
        w = wo.proto;
    }
    true
}

/// The most stores one store run covers (`rt_store_run`); the compiler
/// splits longer runs.
pub const STORE_RUN_MAX: usize = 8;

/// The cache of a *store run*: statements `o.k1 = v1; ...; o.kn = vn;` on
/// one local `o` with literal keys and values that have no effects (locals
/// and literals), which compiled code performs as one step: one shape test,
/// then the `n` slot writes. It lives in a `SiteCache`'s memory (zeroed:
/// `shape` 0 matches no object).
///
/// - Own writes: every key is an own writable data property of objects with
///   shape `shape`, in the cell; `new_shape` = `shape`.
/// - Adds: objects with shape `shape`, prototype `proto` (unchanged since,
///   per the prototype `epoch`) and `len` slot values get the keys added in
///   order, as default data properties in the cell, ending with shape
///   `new_shape` (no setter or read-only property for them on the chain).
///
/// `offsets[i]`: the byte offset of key `i`'s slot in the cell.
#[repr(C)]
pub struct StoreRunCache {
    pub shape: u64,
    pub new_shape: u64,
    pub proto: u64,
    pub epoch: u64,
    pub len: u32,
    pub offsets: [u32; STORE_RUN_MAX],
}

const _: () = assert!(std::mem::size_of::<StoreRunCache>() <= std::mem::size_of::<SiteCache>());

/// A store run's slow path: `o[keys[i]] = values[i]` for `i` in `0..n`, in
/// order, each as `rt_prop_set_ic` would do it (a setter may run; in strict
/// code a refused write throws and the later ones do not happen); then
/// fills the run's cache when the writes were all own writes or all plain
/// adds (see `StoreRunCache`). `n_strict` is `n | strict << 32`. Returns
/// undefined, or the exception sentinel.
///
/// # Safety
/// `keys` and `values` must point to `n` values each (the keys interned
/// strings), `cache` to this run's cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_store_run(
    obj: u64,
    keys: *const u64,
    values: *const u64,
    n_strict: u64,
    cache: *mut SiteCache,
) -> u64 {
    let n = (n_strict & 0xffff_ffff) as usize;
    let strict = n_strict >> 32 != 0;
    let o = Value(obj);
    // SAFETY: the caller passes `n` keys and values.
    let (keys, values) = unsafe {
        (
            std::slice::from_raw_parts(keys as *const Value, n),
            std::slice::from_raw_parts(values as *const Value, n),
        )
    };
    let before = (o.is_pointer() && (KIND_OBJECT..=KIND_FUNCTION).contains(&unsafe { kind_of(o) }))
        .then(|| {
            let props = &unsafe { object_mut(o) }.props;
            (props.shape_ptr(), props.slot_count() as u32)
        });
    // A setter may run compiled code (and collect): the receiver and the
    // values not written yet must survive it.
    let mut roots = Vec::with_capacity(n + 1);
    roots.push(o);
    roots.extend_from_slice(values);
    let _root = crate::gc::RootGuard::new(&roots);
    for (&k, &v) in keys.iter().zip(values) {
        match set(o, k, v) {
            Ok(true) => {}
            Ok(false) if strict => return refused_assignment(o, k).0,
            Ok(false) => {}
            Err(e) => return e.0,
        }
    }
    if let Some((shape, len)) = before
        && let Some(c) = store_run_cache(o, keys, shape, len)
    {
        // SAFETY: the run's cache memory (a `SiteCache`, large enough).
        unsafe { *(cache as *mut StoreRunCache) = c };
    }
    Value::UNDEFINED.0
}

/// The cache for a store run on `obj` that just wrote `keys` (it had shape
/// `before` and `len` slot values), when it can be repeated by compiled
/// code: see `StoreRunCache`.
fn store_run_cache(
    obj: Value,
    keys: &[Value],
    before: *const crate::shape::Shape,
    len: u32,
) -> Option<StoreRunCache> {
    let ob = unsafe { object_mut(obj) };
    if !cacheable(ob) {
        return None;
    }
    let s = ob.props.shape();
    let mut c = StoreRunCache {
        shape: before as u64,
        new_shape: ob.props.shape_ptr() as u64,
        proto: 0,
        epoch: 0,
        len: 0,
        offsets: [0; STORE_RUN_MAX],
    };
    for (i, &key) in keys.iter().enumerate() {
        if exotic_key(ob, key) {
            return None;
        }
        let p = ob.props.find(key)?;
        if s.flags_of(p) & (PROP_ACCESSOR | PROP_WRITABLE) != PROP_WRITABLE {
            return None;
        }
        let offset = ob.props.slot_offset(s.slot_of(p));
        if offset & crate::shape::OFFSET_OVERFLOW != 0 {
            return None;
        }
        c.offsets[i] = offset;
    }
    if c.shape == c.new_shape {
        // Own writes. Compiled code must not write a guarded map's slots
        // unseen.
        return (!crate::intact::shape_is_guarded(before)).then_some(c);
    }
    // Adds: the shape is the one adding each key in order, as a default
    // data property, gives the shared shape before; the object extensible.
    let mut added = before;
    for &key in keys {
        // SAFETY: shared shapes are immortal.
        let shape = unsafe { &*added };
        if !shape.is_shared() {
            return None;
        }
        added = shape.child(key, PROP_DEFAULT)?;
    }
    if added as u64 != c.new_shape || !ob.extensible() {
        return None;
    }
    if !watch_chain_for_adds(ob, keys) {
        return None;
    }
    c.proto = ob.proto.0;
    c.epoch = crate::shape::proto_epoch();
    c.len = len;
    Some(c)
}

/// `obj.key = v` for a literal `key`, with the site's cache; returns `v`.
///
/// # Safety
/// `cache` must point to this site's `SiteCache`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_prop_set_ic(
    obj: u64,
    key: u64,
    v: u64,
    cache: *mut SiteCache,
    strict: u64,
) -> u64 {
    let (o, k) = (Value(obj), Value(key));
    let c = unsafe { &mut *cache };
    let mut before = std::ptr::null();
    if o.is_pointer() && (KIND_OBJECT..=KIND_FUNCTION).contains(&unsafe { kind_of(o) }) {
        let ob = unsafe { object_mut(o) };
        let shape = ob.props.shape_ptr();
        if cached_store(ob, c, Value(v), true) {
            return v;
        }
        before = shape;
    }
    // A setter may run compiled code (and collect): `o` is used after.
    let _root = crate::gc::RootGuard::new(&[o]);
    let r = set(o, k, Value(v));
    if matches!(r, Ok(true)) && !before.is_null() {
        fill_set_cache(o, k, before, c);
    }
    match r {
        Ok(false) if strict != 0 => refused_assignment(o, k).0,
        Ok(_) => v,
        Err(e) => e.0,
    }
}
