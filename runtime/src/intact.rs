//! Builtins that compiled code may assume unchanged.
//!
//! Some property maps are *guarded* (`PropertyMap::guard`): the runtime
//! reports every write of their slots here, and no set cache remembers their
//! shapes, so compiled code never writes them unseen. A write that changes
//! an assumed builtin clears its flag for good; compiled code tests the flag
//! and falls back to ordinary lookups once it is 0.
//!
//! Two flags: [`bibao_math_intact`], over the global `Math` binding and the
//! properties of the Math object, and [`bibao_string_intact`], over the
//! properties of `String.prototype`.

use crate::heap::object_mut;
use crate::object::PropertyMap;
use crate::string;
use crate::value::Value;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};

/// 1 while the global `Math` and every property of the Math object still
/// hold what the runtime put there; 0 forever after any write to them.
/// Compiled code reads it before evaluating `Math.sqrt(x)` and friends (see
/// `builtins_number::bibao_math_codes`): while it is 1, the callee is known without a
/// global read or a property lookup.
///
/// The property maps of the global object and of Math are *guarded*: their
/// slot writes go through [`guarded_slot_written`]. Compiled code never
/// writes their slots itself, because no set cache is filled for their
/// shapes ([`shape_is_guarded`]).
#[unsafe(no_mangle)]
pub static bibao_math_intact: AtomicU64 = AtomicU64::new(1);

/// 1 while every property of `String.prototype` still holds what the
/// runtime put there; 0 forever after any write to one of them (adding a new
/// data property is not such a write; adding an accessor is reported as one,
/// which only turns the fast path off). Compiled code reads it before evaluating
/// the arguments of `s.charCodeAt(i)`: while it is 1 and `s` is a string, the
/// callee is the builtin (`builtins_string::bibao_string_char_code_at_code`)
/// without a lookup. A string primitive's own properties are its indexes and
/// `length`, so a method name is always found on `String.prototype`.
#[unsafe(no_mangle)]
pub static bibao_string_intact: AtomicU64 = AtomicU64::new(1);

/// The guarded maps, and the slot of `Math` in the global object's.
static GUARDED_GLOBAL: AtomicPtr<PropertyMap> = AtomicPtr::new(std::ptr::null_mut());
static GUARDED_MATH: AtomicPtr<PropertyMap> = AtomicPtr::new(std::ptr::null_mut());
static GUARDED_STRING_PROTO: AtomicPtr<PropertyMap> = AtomicPtr::new(std::ptr::null_mut());
static MATH_GLOBAL_SLOT: AtomicU32 = AtomicU32::new(u32::MAX);

/// Guards the global object's map (its `Math` slot) and Math's map.
pub fn guard_math(g: Value, math: Value) {
    let go = unsafe { object_mut(g) };
    let Some(i) = go.props.find(string::intern("Math")) else {
        // Nothing to guard: compiled code must not assume anything.
        bibao_math_intact.store(0, Ordering::Relaxed);
        return;
    };
    MATH_GLOBAL_SLOT.store(go.props.shape().slot_of(i), Ordering::Relaxed);
    go.props.guard();
    GUARDED_GLOBAL.store(&mut go.props, Ordering::Relaxed);
    let mo = unsafe { object_mut(math) };
    mo.props.guard();
    GUARDED_MATH.store(&mut mo.props, Ordering::Relaxed);
}

/// Guards `String.prototype`'s map (once every builtin is installed).
pub fn guard_string_prototype(proto: Value) {
    let po = unsafe { object_mut(proto) };
    po.props.guard();
    GUARDED_STRING_PROTO.store(&mut po.props, Ordering::Relaxed);
}

/// A guarded map's slot `slot` was written (`None`: its slots moved, or the
/// map is going away).
pub fn guarded_slot_written(map: *const PropertyMap, slot: Option<u32>) {
    if std::ptr::eq(map, GUARDED_STRING_PROTO.load(Ordering::Relaxed)) {
        bibao_string_intact.store(0, Ordering::Relaxed);
        return;
    }
    let global = GUARDED_GLOBAL.load(Ordering::Relaxed) as *const PropertyMap;
    if std::ptr::eq(map, global)
        && slot.is_some_and(|s| s != MATH_GLOBAL_SLOT.load(Ordering::Relaxed))
    {
        return;
    }
    bibao_math_intact.store(0, Ordering::Relaxed);
}

/// Whether objects of `shape` may be guarded ones (the current shape of a
/// guarded map): no set cache may remember it.
pub fn shape_is_guarded(shape: *const crate::shape::Shape) -> bool {
    [&GUARDED_GLOBAL, &GUARDED_MATH, &GUARDED_STRING_PROTO]
        .iter()
        .any(|m| {
            let m = m.load(Ordering::Relaxed);
            // SAFETY: a guarded map clears its pointer when it is dropped.
            !m.is_null() && std::ptr::eq(unsafe { &*m }.shape_ptr(), shape)
        })
}

/// A guarded map is being dropped: forget it.
pub fn guarded_map_dropped(map: *const PropertyMap) {
    for m in [&GUARDED_GLOBAL, &GUARDED_MATH, &GUARDED_STRING_PROTO] {
        if std::ptr::eq(m.load(Ordering::Relaxed), map) {
            m.store(std::ptr::null_mut(), Ordering::Relaxed);
        }
    }
    bibao_math_intact.store(0, Ordering::Relaxed);
    bibao_string_intact.store(0, Ordering::Relaxed);
}
