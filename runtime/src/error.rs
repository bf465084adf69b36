//! Throwing: the pending-exception slot and error objects.
//!
//! A function that throws stores the thrown value in
//! [`crate::state::Runtime::pending_exception`] and returns `Value::EXCEPTION`;
//! every caller checks for that sentinel and either handles it (`catch`) or
//! returns it in turn.

use crate::heap::*;
use crate::object::{PROP_CONFIGURABLE, PROP_WRITABLE, define, new_object};
use crate::state::rt;
use crate::string;
use crate::value::Value;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
}

pub fn error_proto(kind: ErrorKind) -> Value {
    let p = &rt().protos;
    match kind {
        ErrorKind::Error => p.error,
        ErrorKind::TypeError => p.type_error,
        ErrorKind::RangeError => p.range_error,
        ErrorKind::ReferenceError => p.reference_error,
        ErrorKind::SyntaxError => p.syntax_error,
    }
}

/// Creates an error object with the given prototype and message (no `message`
/// property when `message` is undefined), with a `stack` of "Name: message".
pub fn new_error_with_proto(proto: Value, message: Value) -> Value {
    let e = rt().heap.alloc_object(KIND_OBJECT, proto, Internal::Error);
    if !message.is_undefined() {
        define(
            e,
            string::intern("message"),
            message,
            PROP_WRITABLE | PROP_CONFIGURABLE,
        );
    }
    e
}

/// V8 formats an error's `stack` lazily, on first access, so a `name` set in
/// a constructor after `super()` shows; bibao does the same: the first read
/// of `stack` (by JS or by console.log) defines it.
pub fn materialize_stack(e: Value) -> Value {
    let text = string::from_str(&stack_text(e));
    define(
        e,
        string::intern("stack"),
        text,
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
    text
}

/// The frame line bibao puts in every error's `stack` (compiled code keeps
/// no source positions at run time). console.log prints an error's stack
/// without it, i.e. the first line of what node prints.
pub const SYNTHETIC_FRAME: &str = "\n    at <anonymous>";

/// `stack` at creation: "Name: message" (V8's header, from the prototype's
/// `name`), then a frame line unless `Error.stackTraceLimit` is 0.
pub fn stack_text(e: Value) -> String {
    let read = |k: &str| -> Option<String> {
        let (_, p) = crate::object::lookup(e, string::intern(k))?;
        if p.flags & crate::object::PROP_ACCESSOR != 0 || !is_string(p.value) {
            return None;
        }
        Some(string::to_rust_string(p.value))
    };
    let name = read("name").unwrap_or_else(|| "Error".into());
    let message = read("message").unwrap_or_default();
    let head = match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    };
    let limit = crate::object::lookup(rt().global, string::intern("Error"))
        .map(|(_, p)| p.value)
        .filter(|c| is_function(*c))
        .and_then(|c| crate::object::lookup(c, string::intern("stackTraceLimit")))
        .map(|(_, p)| p.value);
    match limit {
        Some(l) if l.is_number() && l.as_number() <= 0.0 => head,
        _ => format!("{head}{SYNTHETIC_FRAME}"),
    }
}

pub fn new_error(kind: ErrorKind, message: &str) -> Value {
    let m = string::from_str(message);
    new_error_with_proto(error_proto(kind), m)
}

/// Throws `v`: stores it as the pending exception and returns the sentinel.
pub fn throw(v: Value) -> Value {
    rt().pending_exception = v;
    Value::EXCEPTION
}

pub fn throw_error(kind: ErrorKind, message: &str) -> Value {
    let e = new_error(kind, message);
    throw(e)
}

pub fn throw_type_error(message: &str) -> Value {
    throw_error(ErrorKind::TypeError, message)
}

/// Takes the pending exception, leaving undefined.
pub fn take_exception() -> Value {
    std::mem::replace(&mut rt().pending_exception, Value::UNDEFINED)
}

/// Is `v` an object whose prototype chain reaches Error.prototype?
pub fn is_error(v: Value) -> bool {
    if !is_object(v) {
        return false;
    }
    let o = unsafe { object_mut(v) };
    matches!(o.internal(), Internal::Error)
}

/// A fresh object used as `this` by `new`.
pub fn new_instance(proto: Value) -> Value {
    new_object(proto)
}
