//! Runtime entry points for language features the compiler lowers to calls:
//! spread, rest, destructuring, for-in, `arguments`, template literals.

use crate::builtins::{args_slice, new_array};
use crate::error::throw_type_error;
use crate::heap::*;
use crate::object::{PROP_CONFIGURABLE, PROP_DEFAULT, PROP_WRITABLE, define, own_keys};
use crate::ops::{JsResult, rt_result};
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// All values of an iterable, in order.
pub fn iterate_to_vec(v: Value) -> JsResult<Vec<Value>> {
    if is_array(v) {
        return Ok(unsafe { crate::builtins::dense_elements(v) });
    }
    let it = Value(crate::iter::rt_iter_open(v.0, Value::UNDEFINED.0));
    if it.is_exception() {
        return Err(it);
    }
    let mut out = Vec::new();
    let state = crate::iter::state_of(it).expect("iterator");
    while let Some(x) = crate::iter::next(state) {
        out.push(x);
    }
    Ok(out)
}

/// Appends the values of `iterable` to the array `arr` (spread in array literals).
#[unsafe(no_mangle)]
pub extern "C" fn rt_array_extend(arr: u64, iterable: u64, desc: u64, in_call: u64) -> u64 {
    let v = Value(iterable);
    let desc = Value(desc);
    if !crate::builtins_array::is_iterable(v) && is_string(desc) {
        // The compiler's words: for `[...x]` the whole message; for
        // `f(...x)` the name of `x`, in V8's messages for arguments.
        let desc = string::to_rust_string(desc);
        let message = if Value(in_call) != Value::TRUE {
            desc
        } else if v.is_nullish() {
            let what = if v.is_null() { "null" } else { "undefined" };
            format!("{desc} is not iterable (cannot read property {what})")
        } else {
            "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_string()
        };
        return crate::error::throw_type_error(&message).0;
    }
    match iterate_to_vec(v) {
        Ok(items) => {
            unsafe { object_mut(Value(arr)) }.elements.extend(items);
            arr
        }
        Err(e) => e.0,
    }
}

/// A new array of `arr`'s elements from index `start` (rest elements).
#[unsafe(no_mangle)]
pub extern "C" fn rt_array_slice_from(arr: u64, start: u64) -> u64 {
    let a = Value(arr);
    let n = Value(start).as_number() as usize;
    let items = if is_array(a) {
        let e = &unsafe { object_mut(a) }.elements;
        let tail = if n < e.len() { &e[n..] } else { &[] };
        tail.iter()
            .map(|x| if x.is_uninit() { Value::UNDEFINED } else { *x })
            .collect()
    } else {
        Vec::new()
    };
    new_array(items).0
}

/// Rest parameters: the arguments from position `start`.
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_array_from_args(argc: u64, argv: *const u64, start: u64) -> u64 {
    let args = unsafe { args_slice(argc, argv) };
    let items = if (start as usize) < args.len() {
        args[start as usize..].to_vec()
    } else {
        Vec::new()
    };
    new_array(items).0
}

/// The `arguments` object of a function.
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_arguments_new(argc: u64, argv: *const u64) -> u64 {
    let args = unsafe { args_slice(argc, argv) };
    let o = rt()
        .heap
        .alloc_object(KIND_OBJECT, rt().protos.object, Internal::Arguments);
    for (i, a) in args.iter().enumerate() {
        define(o, string::from_number_index(i as u32), *a, PROP_DEFAULT);
    }
    define(
        o,
        string::intern("length"),
        Value::number(args.len() as f64),
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
    o.0
}

/// Object rest: own enumerable properties of `obj` except those in `excluded`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_object_rest(obj: u64, excluded: u64) -> u64 {
    let o = Value(obj);
    let excluded = unsafe { object_mut(Value(excluded)) }.elements.to_vec();
    let result = crate::object::new_plain_object();
    if is_string(o) {
        let units = unsafe { string::units(o) }.to_vec();
        for (i, u) in units.iter().enumerate() {
            let k = string::from_number_index(i as u32);
            if excluded
                .iter()
                .any(|e| is_string(*e) && string::string_eq(*e, k))
            {
                continue;
            }
            define(result, k, crate::builtins::string_of_unit(*u), PROP_DEFAULT);
        }
        return result.0;
    }
    if !is_object(o) {
        return result.0;
    }
    // A getter can run compiled code (and so a collection): the result, the
    // source, the excluded keys and the keys still to copy stay rooted.
    let keys = own_keys(o, true);
    let _root = crate::gc::RootGuard::new(&keys);
    _root.push(o);
    _root.push(result);
    for &e in &excluded {
        _root.push(e);
    }
    for k in keys {
        if excluded
            .iter()
            .any(|e| is_string(*e) && string::string_eq(*e, k))
        {
            continue;
        }
        match crate::property::get(o, k) {
            Ok(v) => define(result, k, v, PROP_DEFAULT),
            Err(e) => return e.0,
        }
    }
    result.0
}

/// Object spread: copies `source`'s own enumerable properties onto `target`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_object_spread(target: u64, source: u64) -> u64 {
    let (t, s) = (Value(target), Value(source));
    if is_string(s) {
        let units = unsafe { string::units(s) }.to_vec();
        for (i, u) in units.iter().enumerate() {
            define(
                t,
                string::from_number_index(i as u32),
                crate::builtins::string_of_unit(*u),
                PROP_DEFAULT,
            );
        }
        return target;
    }
    if !is_object(s) {
        return target;
    }
    // A getter can run compiled code (and so a collection): the target, the
    // source and the keys still to copy stay rooted.
    let keys = own_keys(s, true);
    let _root = crate::gc::RootGuard::new(&keys);
    _root.push(t);
    _root.push(s);
    for k in keys {
        match crate::property::get(s, k) {
            Ok(v) => define(t, k, v, PROP_DEFAULT),
            Err(e) => return e.0,
        }
    }
    target
}

/// The keys a `for-in` loop visits: enumerable string keys of the object and
/// its prototypes, each once, in V8's order.
#[unsafe(no_mangle)]
pub extern "C" fn rt_for_in_keys(obj: u64) -> u64 {
    let mut o = Value(obj);
    if is_string(o) {
        let n = unsafe { string::units(o) }.len();
        let keys = (0..n)
            .map(|i| string::from_number_index(i as u32))
            .collect();
        return new_array(keys).0;
    }
    let mut keys: Vec<Value> = Vec::new();
    let mut seen: Vec<Value> = Vec::new();
    while is_object(o) {
        let all = own_keys(o, false);
        let enumerable = own_keys(o, true);
        for k in all {
            if seen.iter().any(|s| string::string_eq(*s, k)) {
                continue;
            }
            seen.push(k);
            if enumerable.iter().any(|e| string::string_eq(*e, k)) {
                keys.push(k);
            }
        }
        o = unsafe { object_mut(o) }.proto;
    }
    new_array(keys).0
}

/// Destructuring requires an object-coercible value.
#[unsafe(no_mangle)]
pub extern "C" fn rt_require_object_coercible(v: u64, first_key: u64, nested: u64) -> u64 {
    let x = Value(v);
    if x.is_nullish() {
        let what = if x.is_null() { "null" } else { "undefined" };
        let k = Value(first_key);
        // A nested pattern reads its value's properties as V8 compiles it:
        // the error is that of reading the first one.
        let msg = if is_string(k) && Value(nested) == Value::TRUE {
            let name = string::to_rust_string(k);
            format!("Cannot read properties of {what} (reading '{name}')")
        } else if is_string(k) {
            let name = string::to_rust_string(k);
            format!("Cannot destructure property '{name}' of '{what}' as it is {what}.")
        } else {
            format!("Cannot destructure '{what}' as it is {what}.")
        };
        return throw_type_error(&msg).0;
    }
    v
}

/// Calls `f` with the elements of `args` (spread arguments).
#[unsafe(no_mangle)]
pub extern "C" fn rt_function_apply(f: u64, this: u64, args: u64, desc: u64) -> u64 {
    let items = unsafe { object_mut(Value(args)) }.elements.to_vec();
    // The spread array may die while the callee runs: root the values.
    let _root = crate::gc::RootGuard::new(&items);
    if !is_function(Value(f)) {
        return crate::call::rt_function_not_callable(f, desc);
    }
    rt_result(crate::call::call(Value(f), Value(this), &items))
}

/// `new f(...args)`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_function_construct_array(f: u64, args: u64, desc: u64) -> u64 {
    let items = unsafe { object_mut(Value(args)) }.elements.to_vec();
    // The spread array may die while the constructor runs: root the values.
    let _root = crate::gc::RootGuard::new(&items);
    unsafe {
        crate::call::rt_function_construct(
            f,
            items.len() as u64,
            items.as_ptr() as *const u64,
            desc,
        )
    }
}

/// `__proto__: v` in an object literal: sets the prototype when `v` is an
/// object or null (anything else is ignored).
#[unsafe(no_mangle)]
pub extern "C" fn rt_object_literal_proto(obj: u64, v: u64) -> u64 {
    let p = Value(v);
    if is_object(p) || p.is_null() {
        crate::object::set_proto(Value(obj), p);
    }
    obj
}

/// An object-literal method that uses `super` gets the object as its home.
#[unsafe(no_mangle)]
pub extern "C" fn rt_method_home_set(f: u64, obj: u64) -> u64 {
    if is_function(Value(f)) {
        unsafe { function_mut(Value(f)) }.bound.set_home(Value(obj));
    }
    f
}

/// Whether a for-in loop still visits `key`: it must not have been deleted.
#[unsafe(no_mangle)]
pub extern "C" fn rt_for_in_has(obj: u64, key: u64) -> u64 {
    let o = Value(obj);
    if !is_object(o) {
        return Value::TRUE.0;
    }
    crate::ops::bool_result(crate::property::has_property(o, Value(key)))
}
