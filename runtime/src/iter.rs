//! Iteration: the iterators behind `for-of`, spread, destructuring, and the
//! `keys()/values()/entries()` methods of arrays, strings, Map and Set.
//!
//! An iterator is an ordinary object (prototype `protos.iterator`) whose
//! internal slot holds an [`IterState`]. Compiled code drives it with
//! `rt_iter_open` / `rt_iter_next`; JS code can call its `next()` method.

use crate::heap::*;
use crate::state::rt;
use crate::value::Value;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum IterKind {
    ArrayValues,
    ArrayKeys,
    ArrayEntries,
    /// Code points of a string.
    StringChars,
    MapEntries,
    MapKeys,
    MapValues,
    SetValues,
    SetEntries,
}

pub struct IterState {
    pub kind: IterKind,
    pub source: Value,
    pub index: usize,
    pub done: bool,
}

/// Creates an iterator over `source`.
pub fn new_iterator(source: Value, kind: IterKind) -> Value {
    let proto = rt().protos.iterator;
    rt().heap.alloc_object(
        KIND_OBJECT,
        proto,
        Internal::Iterator(Box::new(IterState {
            kind,
            source,
            index: 0,
            done: false,
        })),
    )
}

/// The state of an iterator object, if `v` is one.
pub fn state_of<'a>(v: Value) -> Option<&'a mut IterState> {
    if !is_object(v) {
        return None;
    }
    match unsafe { object_mut(v) }.internal_mut() {
        Some(Internal::Iterator(s)) => Some(s),
        _ => None,
    }
}

fn pair(a: Value, b: Value) -> Value {
    crate::builtins::new_array(vec![a, b])
}

/// Advances the iterator; `None` when done.
pub fn next(it: &mut IterState) -> Option<Value> {
    if it.done {
        return None;
    }
    let result = match it.kind {
        IterKind::ArrayValues | IterKind::ArrayKeys | IterKind::ArrayEntries => {
            let len = if is_array(it.source) {
                unsafe { object_mut(it.source) }.elements.len()
            } else {
                0
            };
            if it.index >= len {
                None
            } else {
                let i = it.index;
                it.index += 1;
                let e = unsafe { object_mut(it.source) }.elements[i];
                let e = if e.is_uninit() { Value::UNDEFINED } else { e };
                Some(match it.kind {
                    IterKind::ArrayValues => e,
                    IterKind::ArrayKeys => Value::number(i as f64),
                    _ => pair(Value::number(i as f64), e),
                })
            }
        }
        IterKind::StringChars => {
            let units = unsafe { crate::string::units(it.source) };
            if it.index >= units.len() {
                None
            } else {
                let first = units[it.index];
                let len = if (0xD800..0xDC00).contains(&first)
                    && units
                        .get(it.index + 1)
                        .is_some_and(|u| (0xDC00..0xE000).contains(u))
                {
                    2
                } else {
                    1
                };
                let s = units[it.index..it.index + len].to_vec();
                it.index += len;
                Some(if len == 1 {
                    crate::builtins::string_of_unit(s[0])
                } else {
                    crate::string::from_units(s)
                })
            }
        }
        IterKind::MapEntries
        | IterKind::MapKeys
        | IterKind::MapValues
        | IterKind::SetValues
        | IterKind::SetEntries => {
            let map = match unsafe { object_mut(it.source) }.internal() {
                Internal::Map(m) | Internal::Set(m) => m,
                _ => return None,
            };
            match map.entry_from(it.index) {
                None => None,
                Some((pos, k, v)) => {
                    it.index = pos + 1;
                    Some(match it.kind {
                        IterKind::MapEntries => pair(k, v),
                        IterKind::MapKeys | IterKind::SetValues => k,
                        IterKind::MapValues => v,
                        _ => pair(k, k),
                    })
                }
            }
        }
    };
    if result.is_none() {
        it.done = true;
        it.source = Value::UNDEFINED;
    }
    result
}

/// An iterator for `for-of` / spread / destructuring over `v`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_iter_open(v: u64, not_iterable: u64) -> u64 {
    let v = Value(v);
    if is_array(v) {
        return new_iterator(v, IterKind::ArrayValues).0;
    }
    if is_string(v) {
        return new_iterator(v, IterKind::StringChars).0;
    }
    if state_of(v).is_some() {
        return v.0;
    }
    if is_object(v) {
        match unsafe { object_mut(v) }.internal() {
            Internal::Map(_) => return new_iterator(v, IterKind::MapEntries).0,
            Internal::Set(_) => return new_iterator(v, IterKind::SetValues).0,
            Internal::Arguments => {
                // Iterate a snapshot of the arguments as an array.
                return match crate::builtins::array_like_to_vec(v) {
                    Ok(items) => {
                        new_iterator(crate::builtins::new_array(items), IterKind::ArrayValues).0
                    }
                    Err(e) => e.0,
                };
            }
            _ => {}
        }
    }
    // The compiler's message names the iterable by its source text.
    let message = Value(not_iterable);
    if is_string(message) {
        return crate::error::throw_type_error(&crate::string::to_rust_string(message)).0;
    }
    let desc = crate::inspect::inspect_for_error(v);
    crate::error::throw_type_error(&format!("{desc} is not iterable")).0
}

/// The next value of an iterator from `rt_iter_open`, or `UNINIT` when done.
#[unsafe(no_mangle)]
pub extern "C" fn rt_iter_next(it: u64) -> u64 {
    match state_of(Value(it)).and_then(next) {
        Some(v) => v.0,
        None => Value::UNINIT.0,
    }
}
