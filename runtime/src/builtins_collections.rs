//! `Map`, `Set`, the iterators' `next()`, and `Date.now`.
//!
//! Storage is [`crate::collections::OrderedMap`] (SameValueZero keys,
//! insertion order); iteration state lives in [`crate::iter`]. Iterating with
//! positions lets `forEach` and iterators see entries added while they run.

use crate::builtins::{arg, make_native, method};
use crate::builtins_object::*;
use crate::call::call;
use crate::collections::OrderedMap;
use crate::error::throw_type_error;
use crate::gc::RootGuard;
use crate::heap::*;
use crate::iter::{IterKind, new_iterator};
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::state::rt;
use crate::string;
use crate::value::Value;

fn incompatible(name: &str, this: Value) -> Value {
    throw_type_error(&format!(
        "Method {name} called on incompatible receiver {}",
        value_desc(this)
    ))
}

/// The storage of a Map (`set == false`) or Set receiver.
fn storage<'a>(this: Value, set: bool, name: &str) -> JsResult<&'a mut OrderedMap> {
    if is_object(this) {
        match unsafe { object_mut(this) }.internal_mut() {
            Some(Internal::Map(m)) if !set => return Ok(m),
            Some(Internal::Set(m)) if set => return Ok(m),
            _ => {}
        }
    }
    Err(incompatible(name, this))
}

/// The prototype for `new C(...)`: new.target's `prototype`, or `fallback`.
fn proto_from_new_target(fallback: Value) -> JsResult<Value> {
    let nt = crate::class::new_target();
    if is_function(nt) {
        let p = crate::property::prototype_property(nt)?;
        if is_object(p) {
            return Ok(p);
        }
    }
    Ok(fallback)
}

fn construct_collection(this: Value, args: &[Value], is_set: bool) -> JsResult<Value> {
    let name = if is_set { "Set" } else { "Map" };
    if !this.is_uninit() {
        return Err(throw_type_error(&format!(
            "Constructor {name} requires 'new'"
        )));
    }
    let fallback = if is_set {
        rt().protos.set
    } else {
        rt().protos.map
    };
    let proto = proto_from_new_target(fallback)?;
    let storage = Box::new(OrderedMap::new());
    let internal = if is_set {
        Internal::Set(storage)
    } else {
        Internal::Map(storage)
    };
    let obj = rt().heap.alloc_object(KIND_OBJECT, proto, internal);
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(obj);
    }
    let root = RootGuard::new(&[obj, iterable]);
    if !crate::builtins_array::is_iterable(iterable) {
        return Err(crate::builtins_array::not_iterable(iterable));
    }
    let items = crate::builtins_array::iterate_to_vec(iterable)?;
    for &item in &items {
        root.push(item);
    }
    for item in items {
        if is_set {
            storage_of(obj).set(item, item);
            continue;
        }
        if !is_object(item) {
            return Err(throw_type_error(&format!(
                "Iterator value {} is not an entry object",
                value_desc(item)
            )));
        }
        let k = get_index(item, 0)?;
        root.push(k);
        let v = get_index(item, 1)?;
        storage_of(obj).set(k, v);
    }
    Ok(obj)
}

fn storage_of<'a>(obj: Value) -> &'a mut OrderedMap {
    match unsafe { object_mut(obj) }.internal_mut() {
        Some(Internal::Map(m) | Internal::Set(m)) => m,
        _ => unreachable!("a collection"),
    }
}

native!(map_ctor, |this, args| construct_collection(
    this, args, false
));
native!(set_ctor, |this, args| construct_collection(
    this, args, true
));

native!(map_get, |this, args| {
    let m = storage(this, false, "Map.prototype.get")?;
    Ok(m.get(arg(args, 0)).unwrap_or(Value::UNDEFINED))
});

native!(map_set, |this, args| {
    let m = storage(this, false, "Map.prototype.set")?;
    m.set(arg(args, 0), arg(args, 1));
    Ok(this)
});

native!(map_has, |this, args| {
    let m = storage(this, false, "Map.prototype.has")?;
    Ok(Value::bool(m.has(arg(args, 0))))
});

native!(map_delete, |this, args| {
    let m = storage(this, false, "Map.prototype.delete")?;
    Ok(Value::bool(m.delete(arg(args, 0))))
});

native!(map_clear, |this, args| {
    storage(this, false, "Map.prototype.clear")?.clear();
    Ok(Value::UNDEFINED)
});

native!(map_size, |this, args| {
    let m = storage(this, false, "get Map.prototype.size")?;
    Ok(Value::number(m.len() as f64))
});

native!(set_add, |this, args| {
    let m = storage(this, true, "Set.prototype.add")?;
    let v = arg(args, 0);
    m.set(v, v);
    Ok(this)
});

native!(set_has, |this, args| {
    let m = storage(this, true, "Set.prototype.has")?;
    Ok(Value::bool(m.has(arg(args, 0))))
});

native!(set_delete, |this, args| {
    let m = storage(this, true, "Set.prototype.delete")?;
    Ok(Value::bool(m.delete(arg(args, 0))))
});

native!(set_clear, |this, args| {
    storage(this, true, "Set.prototype.clear")?.clear();
    Ok(Value::UNDEFINED)
});

native!(set_size, |this, args| {
    let m = storage(this, true, "get Set.prototype.size")?;
    Ok(Value::number(m.len() as f64))
});

fn for_each(this: Value, args: &[Value], is_set: bool) -> JsResult<Value> {
    let name = if is_set {
        "Set.prototype.forEach"
    } else {
        "Map.prototype.forEach"
    };
    storage(this, is_set, name)?;
    let f = arg(args, 0);
    let this_arg = arg(args, 1);
    if !is_function(f) {
        return Err(throw_type_error(&format!(
            "{} is not a function",
            crate::builtins_array::typed_desc(f)
        )));
    }
    let root = RootGuard::new(&[this, f, this_arg, Value::UNDEFINED, Value::UNDEFINED]);
    let mut pos = 0;
    while let Some((i, k, v)) = storage_of(this).entry_from(pos) {
        pos = i + 1;
        root.set(3, k);
        root.set(4, v);
        call(f, this_arg, &[v, k, this])?;
    }
    Ok(Value::UNDEFINED)
}

native!(map_for_each, |this, args| for_each(this, args, false));
native!(set_for_each, |this, args| for_each(this, args, true));

macro_rules! collection_iter {
    ($name:ident, $set:expr, $label:expr, $kind:expr) => {
        native!($name, |this, args| {
            storage(this, $set, $label)?;
            Ok(new_iterator(this, $kind))
        });
    };
}

collection_iter!(map_keys, false, "Map.prototype.keys", IterKind::MapKeys);
collection_iter!(
    map_values,
    false,
    "Map.prototype.values",
    IterKind::MapValues
);
collection_iter!(
    map_entries,
    false,
    "Map.prototype.entries",
    IterKind::MapEntries
);
collection_iter!(
    set_values,
    true,
    "Set.prototype.values",
    IterKind::SetValues
);
collection_iter!(
    set_entries,
    true,
    "Set.prototype.entries",
    IterKind::SetEntries
);

// ---- iterators -----------------------------------------------------------------------

/// `{ value, done }`.
pub fn iter_result(value: Value, done: bool) -> Value {
    let o = new_plain_object();
    define(o, string::intern("value"), value, PROP_DEFAULT);
    define(o, string::intern("done"), Value::bool(done), PROP_DEFAULT);
    o
}

native!(iterator_next, |this, args| {
    let Some(state) = crate::iter::state_of(this) else {
        return Err(incompatible("Iterator.prototype.next", this));
    };
    Ok(match crate::iter::next(state) {
        Some(v) => {
            let _root = RootGuard::new(&[v]);
            iter_result(v, false)
        }
        None => iter_result(Value::UNDEFINED, true),
    })
});

// ---- Date ----------------------------------------------------------------------------

native!(date_now, |this, args| {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0);
    Ok(Value::number(ms))
});

native!(date_ctor, |this, args| Err(throw_type_error(
    "bibao supports only Date.now() (Date objects are not implemented)"
)));

fn accessor(obj: Value, name: &str, getter: JsCode) {
    let g = make_native(&format!("get {name}"), 0, getter, false);
    unsafe { object_mut(obj) }.props.insert_accessor(
        string::intern(name),
        g,
        Value::UNDEFINED,
        PROP_CONFIGURABLE,
    );
}

fn global_constructor(name: &str, code: JsCode, proto: Value) -> Value {
    let f = make_native(name, 0, code, true);
    define_str(f, "prototype", proto, 0);
    define_str(proto, "constructor", f, PROP_WRITABLE | PROP_CONFIGURABLE);
    define_str(rt().global, name, f, PROP_WRITABLE | PROP_CONFIGURABLE);
    f
}

pub fn install() {
    let p = &rt().protos;
    let (map_proto, set_proto, iter_proto) = (p.map, p.set, p.iterator);

    global_constructor("Map", map_ctor, map_proto);
    method(map_proto, "get", 1, map_get);
    method(map_proto, "set", 2, map_set);
    method(map_proto, "has", 1, map_has);
    method(map_proto, "delete", 1, map_delete);
    method(map_proto, "clear", 0, map_clear);
    method(map_proto, "forEach", 1, map_for_each);
    method(map_proto, "keys", 0, map_keys);
    method(map_proto, "values", 0, map_values);
    method(map_proto, "entries", 0, map_entries);
    accessor(map_proto, "size", map_size);

    global_constructor("Set", set_ctor, set_proto);
    method(set_proto, "add", 1, set_add);
    method(set_proto, "has", 1, set_has);
    method(set_proto, "delete", 1, set_delete);
    method(set_proto, "clear", 0, set_clear);
    method(set_proto, "forEach", 1, set_for_each);
    let values = method(set_proto, "values", 0, set_values);
    define_str(set_proto, "keys", values, PROP_WRITABLE | PROP_CONFIGURABLE);
    method(set_proto, "entries", 0, set_entries);
    accessor(set_proto, "size", set_size);

    method(iter_proto, "next", 0, iterator_next);

    let date = make_native("Date", 7, date_ctor, true);
    define_str(rt().global, "Date", date, PROP_WRITABLE | PROP_CONFIGURABLE);
    method(date, "now", 0, date_now);
}
