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
    matches!(o.internal, Internal::Error)
}

/// A fresh object used as `this` by `new`.
pub fn new_instance(proto: Value) -> Value {
    new_object(proto)
}
