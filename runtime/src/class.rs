//! Classes: definition, construction (`this` for base and derived
//! constructors, `super(...)`), field initializers, `super.x`.
//!
//! A class constructor is called with `this == UNINIT` by `construct` (or by
//! compiled `new`, for a base class) and finds new.target in
//! `bibao_new_target`; anything else means it was called without `new`.

use crate::call::{call, construct};
use crate::error::{ErrorKind, throw_error, throw_type_error};
use crate::heap::*;
use crate::object::*;
use crate::ops::{JsResult, rt_result, to_property_key};
use crate::property::{materialize_function, property_value};
use crate::state::rt;
use crate::string;
use crate::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};

/// Sets up a class: its prototype object (inheriting from `parent`'s, or
/// Object.prototype when `parent` is UNINIT, i.e. no `extends`), the links
/// between them, and the class flags. Returns the prototype.
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_define(ctor: u64, parent: u64) -> u64 {
    rt_result(class_define(Value(ctor), Value(parent)))
}

fn class_define(ctor: Value, parent: Value) -> JsResult<Value> {
    let (proto_parent, ctor_parent, derived) = if parent.is_uninit() {
        (rt().protos.object, rt().protos.function, false)
    } else if parent.is_null() {
        (Value::NULL, rt().protos.function, true)
    } else if is_function(parent)
        && unsafe { function_mut(parent) }.flags & FUNCTION_FLAG_CONSTRUCTOR != 0
    {
        let pp = crate::property::prototype_property(parent)?;
        if !is_object(pp) && !pp.is_null() {
            let shown = crate::builtins_object::value_desc(pp);
            return Err(throw_type_error(&format!(
                "Class extends value does not have valid prototype property {shown}"
            )));
        }
        (pp, parent, true)
    } else {
        let shown = crate::builtins_object::value_desc(parent);
        return Err(throw_type_error(&format!(
            "Class extends value {shown} is not a constructor or null"
        )));
    };
    // Instances get the parent constructor's properties too.
    let parent_keys = if derived && is_function(parent) {
        crate::heap::instance_keys(unsafe { function_mut(parent) }.flags)
    } else {
        0
    };
    let proto = new_object(proto_parent);
    let f = unsafe { function_mut(ctor) };
    let keys = (crate::heap::instance_keys(f.flags) + parent_keys).min(0xff);
    f.flags &= !(0xff << crate::heap::FUNCTION_INSTANCE_KEYS_SHIFT);
    f.flags |= (keys as u32) << crate::heap::FUNCTION_INSTANCE_KEYS_SHIFT;
    unsafe { object_mut(proto) }.set_instance_slots(crate::heap::instance_slots_for_keys(keys));
    let f = unsafe { function_mut(ctor) };
    f.flags |= FUNCTION_FLAG_CLASS | FUNCTION_FLAG_CONSTRUCTOR | FUNCTION_FLAG_STRICT;
    if derived {
        f.flags |= FUNCTION_FLAG_DERIVED;
    }
    f.object.proto = ctor_parent;
    f.object.header.flags |= crate::property::FLAG_MATERIALIZED;
    let length = Value::number(f.length as f64);
    let name = f.name;
    let props = &mut f.object.props;
    props.insert(string::intern("length"), length, PROP_CONFIGURABLE);
    props.insert(string::intern("name"), name, PROP_CONFIGURABLE);
    props.insert(string::intern("prototype"), proto, 0);
    define(
        proto,
        string::intern("constructor"),
        ctor,
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
    Ok(proto)
}

/// Defines a method (`kind` 0), getter (1) or setter (2) on a class prototype
/// or constructor; methods are not enumerable and remember their home object.
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_method(target: u64, key: u64, f: u64, kind: u64) -> u64 {
    let (t, f) = (Value(target), Value(f));
    // `kind` is a JS number (0, 1 or 2).
    let kind = if Value(kind).is_number() {
        Value(kind).as_number() as u64
    } else {
        0
    };
    let k = match to_property_key(Value(key)) {
        Ok(k) => k,
        Err(e) => return e.0,
    };
    if is_function(f) {
        unsafe { function_mut(f) }.bound.set_home(t);
    }
    if is_function(t) {
        materialize_function(t);
    }
    let o = unsafe { object_mut(t) };
    match kind {
        0 => define(t, k, f, PROP_WRITABLE | PROP_CONFIGURABLE),
        _ => {
            let existing = o.props.get(k);
            let (mut getter, mut setter) = match existing {
                Some(p) if p.flags & PROP_ACCESSOR != 0 => (p.value, p.setter),
                _ => (Value::UNDEFINED, Value::UNDEFINED),
            };
            if kind == 1 {
                getter = f;
            } else {
                setter = f;
            }
            match o.props.find(k) {
                Some(i) => o
                    .props
                    .redefine(i, getter, setter, PROP_CONFIGURABLE | PROP_ACCESSOR),
                None => o
                    .props
                    .insert_accessor(k, getter, setter, PROP_CONFIGURABLE),
            }
        }
    }
    Value::UNDEFINED.0
}

/// Stores a class's instance field initializer on its constructor.
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_fields(ctor: u64, fields: u64) -> u64 {
    unsafe { function_mut(Value(ctor)) }
        .bound
        .set_fields(Value(fields));
    Value::UNDEFINED.0
}

/// new.target of the innermost `new` in progress (undefined outside one): a
/// GC root. Natives read it; compiled code reads it for `new.target` and
/// swaps it around the constructor calls it makes itself.
#[unsafe(no_mangle)]
pub static bibao_new_target: AtomicU64 = AtomicU64::new(Value::UNDEFINED.0);

pub fn new_target() -> Value {
    Value(bibao_new_target.load(Ordering::Relaxed))
}

/// Makes `v` the new.target; returns the previous one.
pub fn replace_new_target(v: Value) -> Value {
    Value(bibao_new_target.swap(v.0, Ordering::Relaxed))
}

/// A new ordinary object whose prototype is `proto`, an object (the
/// compiled fast path of `new`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_object_new_with_proto(proto: u64) -> u64 {
    crate::object::new_instance(Value(proto)).0
}

fn run_fields(ctor: Value, this: Value) -> JsResult<()> {
    let fields = unsafe { function_mut(ctor) }.bound.fields();
    if is_function(fields) {
        call(fields, this, &[])?;
    }
    Ok(())
}

/// The start of a class constructor: checks it was called with `new`; for a
/// base class creates `this` (prototype from new.target) and runs the field
/// initializers; for a derived class returns UNINIT (`this` before `super()`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_this(callee: u64, this_arg: u64, new_target: u64) -> u64 {
    let f = Value(callee);
    if !Value(this_arg).is_uninit() {
        let name = string::to_rust_string(unsafe { function_mut(f) }.name);
        return throw_type_error(&format!(
            "Class constructor {name} cannot be invoked without 'new'"
        ))
        .0;
    }
    if unsafe { function_mut(f) }.flags & FUNCTION_FLAG_DERIVED != 0 {
        return Value::UNINIT.0;
    }
    let nt = if is_function(Value(new_target)) {
        Value(new_target)
    } else {
        f
    };
    let result = (|| {
        let proto = crate::property::prototype_property(nt)?;
        let proto = if is_object(proto) {
            proto
        } else {
            rt().protos.object
        };
        let this = crate::object::new_instance(proto);
        let _root = crate::gc::RootGuard::new(&[this, f]);
        run_fields(f, this)?;
        Ok(this)
    })();
    rt_result(result)
}

/// The slow path of compiled `class_this` (see `rt_class_this`): when this
/// is a base class's own construction, first fills `cache` with the
/// constructor's `prototype` property, so the compiled fast path can find
/// it next time.
///
/// # Safety
/// `cache` must point to a site cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_class_this_ic(
    callee: u64,
    this_arg: u64,
    new_target: u64,
    cache: *mut crate::property::SiteCache,
) -> u64 {
    let f = Value(callee);
    if Value(this_arg).is_uninit()
        && new_target == callee
        && is_function(f)
        && unsafe { function_mut(f) }.flags & FUNCTION_FLAG_DERIVED == 0
    {
        // SAFETY: the caller's cache.
        if let Err(e) = unsafe { crate::property::fill_prototype_cache(f, cache) } {
            return e.0;
        }
    }
    rt_class_this(callee, this_arg, new_target)
}

/// `super(...args)` in a derived constructor, the arguments in an array
/// (a spread argument list): see [`super_construct`].
#[unsafe(no_mangle)]
pub extern "C" fn rt_super_construct(
    callee: u64,
    new_target: u64,
    args: u64,
    this_now: u64,
) -> u64 {
    let items = unsafe { object_mut(Value(args)) }.elements.to_vec();
    let _root = crate::gc::RootGuard::new(&items);
    super_construct(Value(callee), Value(new_target), &items, Value(this_now))
}

/// `super(a, b)` in a derived constructor, the `argc` arguments at `argv`
/// (as in a call: no array is made).
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_super_construct_args(
    callee: u64,
    new_target: u64,
    argc: u64,
    argv: *const u64,
    this_now: u64,
) -> u64 {
    let items = unsafe { crate::builtins::args_slice(argc, argv) };
    super_construct(Value(callee), Value(new_target), items, Value(this_now))
}

/// Constructs the parent of class `f` with the same new.target (`f` when
/// none), then runs `f`'s field initializers; `this_now` must still be
/// uninitialized. `items` must stay reachable for the collector (rooted,
/// or a compiled caller's argument array, as in any call).
fn super_construct(f: Value, new_target: Value, items: &[Value], this_now: Value) -> u64 {
    if !this_now.is_uninit() {
        return throw_error(
            ErrorKind::ReferenceError,
            "Super constructor may only be called once",
        )
        .0;
    }
    let parent = unsafe { object_mut(f) }.proto;
    let _root = crate::gc::RootGuard::new(&[f]);
    let result = (|| {
        if !is_function(parent)
            || unsafe { function_mut(parent) }.flags & FUNCTION_FLAG_CONSTRUCTOR == 0
        {
            let shown = crate::inspect::inspect(parent);
            return Err(throw_type_error(&format!(
                "Super constructor {shown} of anonymous class is not a constructor"
            )));
        }
        let nt = if is_function(new_target) {
            new_target
        } else {
            f
        };
        let this = construct(parent, items, nt)?;
        _root.push(this);
        run_fields(f, this)?;
        Ok(this)
    })();
    rt_result(result)
}

/// `this` in a derived constructor must be initialized by `super()`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_this_check(v: u64) -> u64 {
    if Value(v).is_uninit() {
        return throw_error(
            ErrorKind::ReferenceError,
            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
        )
        .0;
    }
    v
}

/// The value a class constructor returns for `return v` (`derived`: the
/// boolean `true` for a derived class's constructor): an object as is; in a
/// derived constructor anything else but undefined is a TypeError; then
/// `this`, which must be initialized.
#[unsafe(no_mangle)]
pub extern "C" fn rt_class_return(v: u64, this: u64, derived: u64) -> u64 {
    let r = Value(v);
    if is_object(r) {
        return v;
    }
    if !r.is_undefined() && Value(derived) == Value::TRUE {
        return throw_type_error("Derived constructors may only return object or undefined").0;
    }
    rt_this_check(this)
}

/// The home object of a method (for `super`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_function_home(f: u64) -> u64 {
    let v = Value(f);
    if is_function(v) {
        unsafe { function_mut(v) }.bound.home().0
    } else {
        Value::UNDEFINED.0
    }
}

/// `super[key]` read with `this` as the receiver.
#[unsafe(no_mangle)]
pub extern "C" fn rt_super_get(home: u64, key: u64, this: u64) -> u64 {
    let h = Value(home);
    if !is_object(h) {
        return throw_error(ErrorKind::SyntaxError, "'super' keyword unexpected here").0;
    }
    let k = match to_property_key(Value(key)) {
        Ok(k) => k,
        Err(e) => return e.0,
    };
    let proto = unsafe { object_mut(h) }.proto;
    match lookup(proto, k) {
        Some((_, p)) => rt_result(property_value(Value(this), &p)),
        None => Value::UNDEFINED.0,
    }
}

/// A class field: an own enumerable data property.
#[unsafe(no_mangle)]
pub extern "C" fn rt_define_field(obj: u64, key: u64, v: u64) -> u64 {
    let k = match to_property_key(Value(key)) {
        Ok(k) => k,
        Err(e) => return e.0,
    };
    let o = Value(obj);
    if is_array(o) {
        if let Err(e) = crate::property::set(o, k, Value(v)) {
            return e.0;
        }
        return v;
    }
    define(o, k, Value(v), PROP_DEFAULT);
    v
}
