//! Calling functions from runtime code, and `new`.

use crate::error::throw_type_error;
use crate::heap::*;
use crate::ops::{JsResult, check};
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// Calls `f` with `this` and `args` from runtime code, which waits meanwhile
/// (collections during the call leave survivors young: see
/// [`crate::gc::Collection::FullInCallback`]).
pub fn call(f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    let _waiting = crate::gc::CallbackScope::enter();
    call_from_compiled(f, this, args)
}

/// `new f(...args)` from runtime code (see [`call`]).
pub fn construct(f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let _waiting = crate::gc::CallbackScope::enter();
    construct_from_compiled(f, args, new_target)
}

/// [`call`] for a call that compiled code makes through the runtime: the
/// runtime only passes the call on.
fn call_from_compiled(f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    if !is_function(f) {
        let desc = crate::inspect::inspect_for_error(f);
        return Err(throw_type_error(&format!("{desc} is not a function")));
    }
    let func = unsafe { function_ref(f) };
    if func.flags & FUNCTION_FLAG_CLASS != 0 {
        let name = string::to_rust_string(func.name);
        return Err(throw_type_error(&format!(
            "Class constructor {name} cannot be invoked without 'new'"
        )));
    }
    // SAFETY: `code` follows the JS calling convention; `args` outlives the call.
    let r = unsafe { (func.code)(f.0, this.0, args.len() as u64, args.as_ptr() as *const u64) };
    check(Value(r))
}

/// [`construct`] for compiled `new` through the runtime.
fn construct_from_compiled(f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if !is_function(f) {
        let desc = crate::inspect::inspect_for_error(f);
        return Err(throw_type_error(&format!("{desc} is not a constructor")));
    }
    let func = unsafe { function_ref(f) };
    if func.flags & FUNCTION_FLAG_CONSTRUCTOR == 0 {
        let name = string::to_rust_string(func.name);
        let name = if name.is_empty() {
            "anonymous".to_string()
        } else {
            name
        };
        return Err(throw_type_error(&format!("{name} is not a constructor")));
    }
    if !func.bound.is_empty() {
        let target = func.bound[0];
        let mut all: Vec<Value> = func.bound[2..].to_vec();
        all.extend_from_slice(args);
        let nt = if new_target == f { target } else { new_target };
        return construct_from_compiled(target, &all, nt);
    }
    let code = func.code;
    if func.flags & (FUNCTION_FLAG_NATIVE | FUNCTION_FLAG_CLASS | FUNCTION_FLAG_DERIVED) != 0 {
        // Natives and class constructors make `this` themselves; they see
        // `this == UNINIT` and find new.target in the runtime.
        let saved = crate::class::replace_new_target(new_target);
        // The outer new.target, restored below, is only held here meanwhile.
        let _root = crate::gc::RootGuard::new(&[saved]);
        let r = unsafe {
            code(
                f.0,
                Value::UNINIT.0,
                args.len() as u64,
                args.as_ptr() as *const u64,
            )
        };
        crate::class::replace_new_target(saved);
        return check(Value(r));
    }
    let proto = crate::property::prototype_property(new_target)?;
    let proto = if is_object(proto) {
        proto
    } else {
        rt().protos.object
    };
    let this = crate::object::new_instance(proto);
    let saved = crate::class::replace_new_target(new_target);
    // `this` is the result unless the constructor returns an object; the outer
    // new.target is restored after the call.
    let _root = crate::gc::RootGuard::new(&[this, saved]);
    let r = unsafe { code(f.0, this.0, args.len() as u64, args.as_ptr() as *const u64) };
    crate::class::replace_new_target(saved);
    let r = check(Value(r))?;
    Ok(if is_object(r) { r } else { this })
}

/// `new callee(...)` from compiled code; `desc` names the callee for errors.
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_function_construct(
    callee: u64,
    argc: u64,
    argv: *const u64,
    desc: u64,
) -> u64 {
    let args = unsafe { crate::builtins::args_slice(argc, argv) };
    let f = Value(callee);
    if !is_function(f) || unsafe { function_ref(f) }.flags & FUNCTION_FLAG_CONSTRUCTOR == 0 {
        let d = if is_string(Value(desc)) {
            string::to_rust_string(Value(desc))
        } else {
            crate::inspect::inspect_for_error(f)
        };
        return throw_type_error(&format!("{d} is not a constructor")).0;
    }
    crate::ops::rt_result(construct_from_compiled(f, args, f))
}

/// The slow path of compiled `new` (see `rt_function_construct`): for an
/// ordinary constructor function, first fills `cache` with its `prototype`
/// property, so the compiled fast path can find it next time.
///
/// # Safety
/// `argv` must point to `argc` values; `cache` must point to a site cache.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_function_construct_ic(
    callee: u64,
    argc: u64,
    argv: *const u64,
    desc: u64,
    cache: *mut crate::property::SiteCache,
) -> u64 {
    let f = Value(callee);
    if is_function(f)
        && unsafe { function_ref(f) }.flags
            & (FUNCTION_FLAG_CONSTRUCTOR
                | FUNCTION_FLAG_NATIVE
                | FUNCTION_FLAG_CLASS
                | FUNCTION_FLAG_DERIVED)
            == FUNCTION_FLAG_CONSTRUCTOR
    {
        // SAFETY: the caller's cache.
        if let Err(e) = unsafe { crate::property::fill_prototype_cache(f, cache) } {
            return e.0;
        }
    }
    // SAFETY: as the caller promised.
    unsafe { rt_function_construct(callee, argc, argv, desc) }
}

/// Throws "`desc` is not a function" (the generated code checked the callee).
#[unsafe(no_mangle)]
pub extern "C" fn rt_function_not_callable(callee: u64, desc: u64) -> u64 {
    let d = if is_string(Value(desc)) {
        string::to_rust_string(Value(desc))
    } else {
        crate::inspect::inspect_for_error(Value(callee))
    };
    throw_type_error(&format!("{d} is not a function")).0
}

/// Calls any value from compiled code (the slow path of a call: classes,
/// bound functions and non-callables).
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_function_call(
    callee: u64,
    this: u64,
    argc: u64,
    argv: *const u64,
    desc: u64,
) -> u64 {
    let f = Value(callee);
    if !is_function(f) {
        return rt_function_not_callable(callee, desc);
    }
    let args = unsafe { crate::builtins::args_slice(argc, argv) };
    crate::ops::rt_result(call_from_compiled(f, Value(this), args))
}
