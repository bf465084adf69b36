//! Shapes (hidden classes) and the property map built on them.
//!
//! An object's own properties are split in two: its [`Shape`] says which keys
//! it has, in insertion order, with their attribute flags and the slot each
//! value lives in; the object itself holds only the slot values. Objects that
//! got the same keys in the same order share one shape, so an inline cache
//! can remember "shape S has `x` in slot 2" and check a property access with
//! one pointer compare.
//!
//! Shapes come in two kinds:
//!
//! - **Shared** shapes form a transition tree from the empty root shape:
//!   adding key `k` with flags `f` to an object of shape `S` moves it to the
//!   child of `S` for `(k, f)`, created once. Shared shapes are never freed
//!   (inline caches hold them as raw pointers), so their number is bounded by
//!   [`SHARED_SHAPE_BUDGET`] and their size by [`SHARED_SHAPE_MAX_KEYS`];
//!   their keys are made permanent strings (never freed, never reused).
//! - **Dictionary** shapes belong to one object, which mutates them in
//!   place: after a delete, an attribute change, past the limits above, or for
//!   objects whose properties are exotic (errors, not-yet-materialized
//!   functions). Inline caches never remember a dictionary shape.
//!
//! A data property uses one slot; an accessor property two (getter, setter).
//!
//! **Prototype epoch.** An inline cache may remember that a key was found on
//! a prototype. Such a hit stays valid while the receiver's shape and
//! prototype are unchanged and no object on the way to the holder changed its
//! keys or attributes. Objects an inline cache looked through are *watched*;
//! any key/attribute change of a watched object (or a new prototype for it)
//! increments [`bibao_proto_epoch`], which invalidates every prototype hit.
//! So does the death of a watched object (caches name prototypes and holders
//! by address).

use crate::heap::{FLAG_PERMANENT, Header};
use crate::object::{PROP_ACCESSOR, Property};
use crate::value::Value;
use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};

/// At most this many shared shapes exist; past it, objects that need a new
/// shape get a dictionary shape instead.
pub const SHARED_SHAPE_BUDGET: usize = 50_000;

/// An object with more keys than this uses a dictionary shape.
pub const SHARED_SHAPE_MAX_KEYS: usize = 64;

/// A dictionary shape with at least this many keys keeps a hash index.
const INDEX_FROM: usize = 12;

/// Incremented whenever a watched object (one an inline cache looked through
/// on the way to a prototype's property) changes its keys, attributes or
/// prototype. Compiled code reads it (a plain 64-bit load) to validate
/// prototype hits.
#[unsafe(no_mangle)]
pub static bibao_proto_epoch: AtomicU64 = AtomicU64::new(1);

pub fn bump_proto_epoch() {
    // 64 bits never wrap; 0 never names a valid epoch (an empty cache
    // holds 0).
    let e = bibao_proto_epoch.load(Ordering::Relaxed);
    bibao_proto_epoch.store(e + 1, Ordering::Relaxed);
}

pub fn proto_epoch() -> u64 {
    bibao_proto_epoch.load(Ordering::Relaxed)
}

pub struct Shape {
    /// Interned keys, in insertion order.
    keys: Vec<Value>,
    flags: Vec<u8>,
    /// The first slot of each key's value.
    slot: Vec<u32>,
    slot_count: u32,
    shared: bool,
    /// key -> position (dictionary shapes with many keys).
    #[allow(clippy::box_collection)]
    index: Option<Box<HashMap<u64, u32, crate::string::FxBuild>>>,
    /// Shared shapes: (key, flags) -> child.
    transitions: UnsafeCell<Vec<(u64, u8, *const Shape)>>,
}

static ROOT_SHAPE: AtomicPtr<Shape> = AtomicPtr::new(std::ptr::null_mut());
static FUNCTION_ROOT_SHAPE: AtomicPtr<Shape> = AtomicPtr::new(std::ptr::null_mut());
static ARRAY_ROOT_SHAPE: AtomicPtr<Shape> = AtomicPtr::new(std::ptr::null_mut());
/// The roots of the trees of objects with `n` in-object slots (class
/// instances, wide instances), for every `n` but [`INLINE_SLOTS`], whose
/// root is the ordinary one.
static INSTANCE_ROOT_SHAPES: [AtomicPtr<Shape>; WIDE_INLINE_SLOTS + 1] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; WIDE_INLINE_SLOTS + 1];
static SHARED_SHAPES: AtomicUsize = AtomicUsize::new(0);

/// Serializes the unit tests that use the process-wide shape tree: it is
/// not thread-safe (a program has one thread), and libtest runs tests on
/// several.
#[cfg(test)]
pub(crate) fn shape_tree_test_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shape {
    fn empty(shared: bool) -> Shape {
        Shape {
            keys: Vec::new(),
            flags: Vec::new(),
            slot: Vec::new(),
            slot_count: 0,
            shared,
            index: None,
            transitions: UnsafeCell::new(Vec::new()),
        }
    }

    /// The shared empty shape every ordinary object starts with.
    #[inline]
    pub fn root() -> *const Shape {
        Self::root_in(&ROOT_SHAPE)
    }

    /// The empty shape functions start with: a separate tree, so that a
    /// function whose `name`/`length`/`prototype` are not materialized yet
    /// never shares a shape with an ordinary object.
    #[inline]
    pub fn function_root() -> *const Shape {
        Self::root_in(&FUNCTION_ROOT_SHAPE)
    }

    /// The empty shape arrays start with: a separate tree, because arrays
    /// have no in-object slots (a shape must tell where its slots are).
    #[inline]
    pub fn array_root() -> *const Shape {
        Self::root_in(&ARRAY_ROOT_SHAPE)
    }

    /// The empty shape of objects with `slots` in-object slots (1 to
    /// [`WIDE_INLINE_SLOTS`]): each count has its own tree.
    #[inline]
    pub fn instance_root(slots: usize) -> *const Shape {
        match slots {
            INLINE_SLOTS => Self::root(),
            n => Self::root_in(&INSTANCE_ROOT_SHAPES[n]),
        }
    }

    #[inline]
    fn root_in(root: &AtomicPtr<Shape>) -> *const Shape {
        let p = root.load(Ordering::Relaxed);
        if !p.is_null() {
            return p;
        }
        let p = Box::into_raw(Box::new(Shape::empty(true)));
        root.store(p, Ordering::Relaxed);
        p
    }

    pub fn is_shared(&self) -> bool {
        self.shared
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn width(flags: u8) -> u32 {
        if flags & PROP_ACCESSOR != 0 { 2 } else { 1 }
    }

    /// Position of the interned `key`.
    #[inline]
    pub fn position(&self, key: Value) -> Option<usize> {
        if let Some(index) = &self.index {
            return index.get(&key.0).map(|i| *i as usize);
        }
        self.keys.iter().position(|k| *k == key)
    }

    /// The slot of the property at position `i`.
    pub fn slot_of(&self, i: usize) -> u32 {
        self.slot[i]
    }

    pub fn flags_of(&self, i: usize) -> u8 {
        self.flags[i]
    }

    fn rebuild_index(&mut self) {
        if self.keys.len() < INDEX_FROM {
            self.index = None;
            return;
        }
        let mut index: HashMap<u64, u32, crate::string::FxBuild> =
            HashMap::with_capacity_and_hasher(self.keys.len(), Default::default());
        for (i, k) in self.keys.iter().enumerate() {
            index.insert(k.0, i as u32);
        }
        self.index = Some(Box::new(index));
    }

    fn push_key(&mut self, key: Value, flags: u8) {
        self.keys.push(key);
        self.flags.push(flags);
        self.slot.push(self.slot_count);
        self.slot_count += Self::width(flags);
        if let Some(index) = &mut self.index {
            index.insert(key.0, (self.keys.len() - 1) as u32);
        } else if self.keys.len() >= INDEX_FROM && !self.shared {
            self.rebuild_index();
        }
    }

    /// An unshared copy (for an object leaving the transition tree).
    fn to_dictionary(&self) -> Shape {
        let mut s = Shape {
            keys: self.keys.clone(),
            flags: self.flags.clone(),
            slot: self.slot.clone(),
            slot_count: self.slot_count,
            shared: false,
            index: None,
            transitions: UnsafeCell::new(Vec::new()),
        };
        s.rebuild_index();
        s
    }

    /// The shared child of this shared shape for `(key, flags)`, created if
    /// needed; None past the limits.
    pub(crate) fn child(&self, key: Value, flags: u8) -> Option<*const Shape> {
        debug_assert!(self.shared);
        // SAFETY: single-threaded runtime; no reference into the vector
        // outlives this function.
        let transitions = unsafe { &mut *self.transitions.get() };
        if let Some(&(_, _, s)) = transitions
            .iter()
            .find(|&&(k, f, _)| k == key.0 && f == flags)
        {
            return Some(s);
        }
        if self.keys.len() >= SHARED_SHAPE_MAX_KEYS
            || SHARED_SHAPES.load(Ordering::Relaxed) >= SHARED_SHAPE_BUDGET
        {
            return None;
        }
        SHARED_SHAPES.fetch_add(1, Ordering::Relaxed);
        // A shared shape outlives every object, so its key must too.
        if key.is_pointer() {
            // SAFETY: keys are interned string cells.
            unsafe { (*key.as_pointer::<Header>()).flags |= FLAG_PERMANENT };
        }
        let mut s = Shape {
            keys: self.keys.clone(),
            flags: self.flags.clone(),
            slot: self.slot.clone(),
            slot_count: self.slot_count,
            shared: true,
            index: None,
            transitions: UnsafeCell::new(Vec::new()),
        };
        s.push_key(key, flags);
        let p: *const Shape = Box::into_raw(Box::new(s));
        transitions.push((key.0, flags, p));
        Some(p)
    }
}

/// In-object slots of an ordinary object (`KIND_OBJECT`): the first slot
/// values live in the object's own cell, right after its `JsObject`, so a
/// small object needs no separate allocation. Arrays and functions have none
/// (their shapes live in their own transition trees, so a shape always tells
/// how many in-object slots its objects have).
pub const INLINE_SLOTS: usize = 4;

/// In-object slots of a *wide* ordinary object: one that `new` makes for a
/// constructor that sets more than [`INLINE_SLOTS`] properties on `this`
/// (`heap::instance_keys`, `JsObject::wide_instances`). Wide objects have
/// their own shape tree.
pub const WIDE_INLINE_SLOTS: usize = 8;

/// An object's own properties: a shape and the slot values.
///
/// `repr(C)`: compiled code compares `shape` with the shape an inline cache
/// remembered, then reads the slot at the offset the cache remembered: in the
/// cell (in-object slots) or in `overflow`.
#[repr(C)]
pub struct PropertyMap {
    shape: *const Shape,
    /// Slot values past the in-object ones (`len - inline_cap` of them),
    /// one pointer wide like an array's elements.
    overflow: crate::elements::Elements,
    /// Slot values in use (in-object first, then overflow).
    len: u32,
    /// In-object slots of this cell: [`INLINE_SLOTS`] for ordinary objects
    /// (set by the allocator once the map is in its cell), else 0.
    inline_cap: u8,
    /// An inline cache looked through this object to a prototype's property:
    /// changes to its keys or attributes bump the prototype epoch.
    watched: bool,
    /// Slot writes are reported (the global object and Math: see
    /// `intact::bibao_math_intact`; String.prototype: `bibao_string_intact`).
    guarded: bool,
    /// Always 0: the map has no padding, so a cell can be copied as words
    /// (`heap::CellTemplates`).
    spare: u8,
}
const _: () = assert!(std::mem::size_of::<PropertyMap>() == 24);

/// Bytes from a `JsObject`'s property map to its in-object slots.
const INLINE_FROM_PROPS: usize = std::mem::size_of::<crate::heap::JsObject>()
    - std::mem::offset_of!(crate::heap::JsObject, props);

/// Bit set in a cached slot offset when the slot is in the overflow store
/// (the rest is the byte offset from its first value); clear for an
/// in-object slot (the rest is the byte offset from the start of the cell).
pub const OFFSET_OVERFLOW: u32 = 1 << 31;

impl Default for PropertyMap {
    fn default() -> Self {
        PropertyMap::new()
    }
}

impl Drop for PropertyMap {
    fn drop(&mut self) {
        // An inline cache may name this object (as a prototype or holder) by
        // address; a new object at the same address must not match it.
        self.changed();
        if self.guarded {
            crate::intact::guarded_map_dropped(self);
        }
        if !self.shape().shared {
            // SAFETY: a dictionary shape is owned by this map alone.
            drop(unsafe { Box::from_raw(self.shape as *mut Shape) });
        }
    }
}

impl PropertyMap {
    pub const SHAPE_OFFSET: i32 = std::mem::offset_of!(PropertyMap, shape) as i32;
    pub const OVERFLOW_OFFSET: i32 = std::mem::offset_of!(PropertyMap, overflow) as i32;
    pub const LEN_OFFSET: i32 = std::mem::offset_of!(PropertyMap, len) as i32;

    /// An empty map whose keys start from `shape`.
    #[inline]
    fn empty(shape: *const Shape) -> PropertyMap {
        PropertyMap {
            shape,
            overflow: crate::elements::Elements::new(),
            len: 0,
            inline_cap: 0,
            watched: false,
            guarded: false,
            spare: 0,
        }
    }

    #[inline]
    pub fn new() -> PropertyMap {
        PropertyMap::empty(Shape::root())
    }

    /// An empty map for a function (see [`Shape::function_root`]).
    #[inline]
    pub fn new_function() -> PropertyMap {
        PropertyMap::empty(Shape::function_root())
    }

    /// An empty map for an object with `slots` in-object slots (see
    /// [`Shape::instance_root`]).
    #[inline]
    pub fn new_instance(slots: usize) -> PropertyMap {
        PropertyMap::empty(Shape::instance_root(slots))
    }

    /// An empty map for an array (see [`Shape::array_root`]).
    #[inline]
    pub fn new_array() -> PropertyMap {
        PropertyMap::empty(Shape::array_root())
    }

    /// An empty map with its own dictionary shape (for objects whose
    /// properties must never be cached, e.g. errors with a lazy `stack`).
    pub fn new_dictionary() -> PropertyMap {
        PropertyMap::empty(Box::into_raw(Box::new(Shape::empty(false))))
    }

    #[inline]
    pub fn shape(&self) -> &Shape {
        // SAFETY: `shape` always points to a live shape (shared shapes are
        // immortal; a dictionary shape lives as long as this map).
        unsafe { &*self.shape }
    }

    pub fn shape_ptr(&self) -> *const Shape {
        self.shape
    }

    /// Gives this map the in-object slots that follow its `JsObject` in the
    /// cell.
    ///
    /// # Safety
    /// The map must be inside a `JsObject` cell allocated with `slots` slot
    /// values after the `JsObject`, and still empty; `slots` must be what
    /// the map's root shape stands for ([`INLINE_SLOTS`] from
    /// [`Shape::root`], or `n` from [`Shape::instance_root`]).
    pub unsafe fn enable_inline_slots(&mut self, slots: usize) {
        debug_assert!(self.len == 0);
        self.inline_cap = slots as u8;
    }

    /// In-object slots of this cell (0 for arrays and functions).
    pub fn inline_capacity(&self) -> usize {
        self.inline_cap as usize
    }

    #[inline]
    fn inline_ptr(&self) -> *mut Value {
        // SAFETY (of the uses): with `inline_cap` > 0 the map sits in a cell
        // followed by `inline_cap` values (see `enable_inline_slots`).
        unsafe { (self as *const PropertyMap as *mut u8).add(INLINE_FROM_PROPS) as *mut Value }
    }

    /// Slot values in use.
    pub fn slot_count(&self) -> usize {
        self.len as usize
    }

    #[inline]
    pub fn slot_value(&self, slot: u32) -> Value {
        debug_assert!(slot < self.len);
        if slot < self.inline_cap as u32 {
            // SAFETY: an in-object slot below `len`.
            unsafe { *self.inline_ptr().add(slot as usize) }
        } else {
            self.overflow[(slot - self.inline_cap as u32) as usize]
        }
    }

    #[inline]
    pub fn set_slot_value(&mut self, slot: u32, v: Value) {
        debug_assert!(slot < self.len);
        if self.guarded {
            crate::intact::guarded_slot_written(self, Some(slot));
        }
        if slot < self.inline_cap as u32 {
            // SAFETY: an in-object slot below `len`.
            unsafe { *self.inline_ptr().add(slot as usize) = v }
        } else {
            self.overflow[(slot - self.inline_cap as u32) as usize] = v;
        }
    }

    /// The address of `slot`'s value. It stays put until a key of this map
    /// is added or removed: the cell never moves, and the overflow store is
    /// only replaced by a push that grows it, which counts as a change of a
    /// watched map (`push_slot`).
    pub fn slot_address(&self, slot: u32) -> *const Value {
        debug_assert!(slot < self.len);
        if slot < self.inline_cap as u32 {
            // SAFETY: an in-object slot below `len`.
            unsafe { self.inline_ptr().add(slot as usize) }
        } else {
            &self.overflow[(slot - self.inline_cap as u32) as usize]
        }
    }

    /// Where compiled code finds `slot` (see [`OFFSET_OVERFLOW`]).
    pub fn slot_offset(&self, slot: u32) -> u32 {
        if slot < self.inline_cap as u32 {
            (std::mem::size_of::<crate::heap::JsObject>() + 8 * slot as usize) as u32
        } else {
            OFFSET_OVERFLOW | (8 * (slot - self.inline_cap as u32))
        }
    }

    fn push_slot(&mut self, v: Value) {
        if (self.len as usize) < self.inline_cap as usize {
            // SAFETY: a free in-object slot.
            unsafe { *self.inline_ptr().add(self.len as usize) = v };
        } else {
            // A full store moves when it grows: inline caches may hold the
            // addresses of a watched map's slots (`slot_address`).
            let moves = self.overflow.len() == self.overflow.capacity();
            self.overflow.push(v);
            if moves {
                self.changed();
            }
        }
        self.len += 1;
    }

    /// Replaces `remove` slot values from `start` by `insert` (rare: deletes
    /// and accessor/data changes).
    fn splice_slots(&mut self, start: usize, remove: usize, insert: Vec<Value>) {
        if self.guarded {
            crate::intact::guarded_slot_written(self, None);
        }
        let mut all: Vec<Value> = (0..self.len).map(|i| self.slot_value(i)).collect();
        all.splice(start..start + remove, insert);
        self.overflow.truncate(0);
        self.len = 0;
        for v in all {
            self.push_slot(v);
        }
    }

    pub fn is_watched(&self) -> bool {
        self.watched
    }

    /// Reports every later slot write of this map (see `guarded`).
    pub fn guard(&mut self) {
        self.guarded = true;
    }

    pub fn watch(&mut self) {
        self.watched = true;
    }

    fn changed(&self) {
        if self.watched {
            bump_proto_epoch();
        }
    }

    /// Whether dropping this map would do nothing: a shared shape, no
    /// overflow store, neither watched nor guarded.
    #[inline]
    pub fn owns_nothing(&self) -> bool {
        !self.watched && !self.guarded && self.overflow.is_unallocated() && self.shape().shared
    }

    pub fn len(&self) -> usize {
        self.shape().len()
    }

    pub fn is_empty(&self) -> bool {
        self.shape().is_empty()
    }

    /// The property at position `i` (insertion order).
    pub fn entry(&self, i: usize) -> Property {
        let s = self.shape();
        let flags = s.flags[i];
        let slot = s.slot[i] as usize;
        Property {
            key: s.keys[i],
            value: self.slot_value(slot as u32),
            setter: if flags & PROP_ACCESSOR != 0 {
                self.slot_value(slot as u32 + 1)
            } else {
                Value::UNDEFINED
            },
            flags,
        }
    }

    /// The properties in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Property> + '_ {
        (0..self.len()).map(|i| self.entry(i))
    }

    /// Every value the map holds, for the collector (keys of shared shapes
    /// are permanent and need no marking).
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        for i in 0..self.len {
            f(self.slot_value(i));
        }
        let s = self.shape();
        if !s.shared {
            for &k in &s.keys {
                f(k);
            }
        }
    }

    /// Position of `key`. Keys in a map are always interned strings, so a
    /// key is found by pointer; a key that is not interned is looked up in the
    /// interner first (and, when it was never interned, no map can hold it).
    pub fn find(&self, key: Value) -> Option<usize> {
        let key = crate::string::interned_version(key)?;
        self.shape().position(key)
    }

    pub fn get(&self, key: Value) -> Option<Property> {
        self.find(key).map(|i| self.entry(i))
    }

    /// Sets the value (the getter, for an accessor) at position `i`.
    pub fn set_value(&mut self, i: usize, v: Value) {
        let slot = self.shape().slot[i];
        self.set_slot_value(slot, v);
    }

    /// Sets the setter of the accessor at position `i`.
    pub fn set_setter(&mut self, i: usize, v: Value) {
        let s = self.shape();
        debug_assert!(s.flags[i] & PROP_ACCESSOR != 0);
        let slot = s.slot[i];
        self.set_slot_value(slot + 1, v);
    }

    fn make_dictionary(&mut self) -> &mut Shape {
        if self.shape().shared {
            let d = self.shape().to_dictionary();
            self.shape = Box::into_raw(Box::new(d));
        }
        // SAFETY: now a dictionary shape owned by this map.
        unsafe { &mut *(self.shape as *mut Shape) }
    }

    /// Changes the attributes of the property at position `i`, keeping its
    /// value (data to data, or accessor to accessor).
    pub fn set_flags(&mut self, i: usize, flags: u8) {
        let old = self.shape().flags[i];
        if old == flags {
            return;
        }
        assert_eq!(
            old & PROP_ACCESSOR,
            flags & PROP_ACCESSOR,
            "set_flags keeps the property kind"
        );
        self.make_dictionary().flags[i] = flags;
        self.changed();
    }

    /// Redefines the property at position `i` in place (keeping its
    /// position): value, setter (accessors) and attributes, possibly changing
    /// a data property into an accessor or back.
    pub fn redefine(&mut self, i: usize, value: Value, setter: Value, flags: u8) {
        let old = self.shape().flags[i];
        if old & PROP_ACCESSOR == flags & PROP_ACCESSOR {
            self.set_flags(i, flags);
            self.set_value(i, value);
            if flags & PROP_ACCESSOR != 0 {
                self.set_setter(i, setter);
            }
            return;
        }
        let slot = self.shape().slot[i] as usize;
        let shape = self.make_dictionary();
        shape.flags[i] = flags;
        let (old_w, new_w) = (Shape::width(old), Shape::width(flags));
        for s in shape.slot.iter_mut() {
            if *s as usize > slot {
                *s = *s + new_w - old_w;
            }
        }
        shape.slot_count = shape.slot_count + new_w - old_w;
        let mut fresh = vec![value];
        if new_w == 2 {
            fresh.push(setter);
        }
        self.splice_slots(slot, old_w as usize, fresh);
        self.changed();
    }

    /// Adds a new property; the key must not be present.
    pub fn insert(&mut self, key: Value, value: Value, flags: u8) {
        let key = crate::string::intern_value(key);
        debug_assert!(self.shape().position(key).is_none());
        let child = if self.shape().shared {
            self.shape().child(key, flags)
        } else {
            None
        };
        match child {
            Some(c) => self.shape = c,
            None => self.make_dictionary().push_key(key, flags),
        }
        self.push_slot(value);
        if flags & PROP_ACCESSOR != 0 {
            self.push_slot(Value::UNDEFINED);
        }
        self.changed();
    }

    pub fn insert_accessor(&mut self, key: Value, getter: Value, setter: Value, flags: u8) {
        self.insert(key, getter, flags | PROP_ACCESSOR);
        let last = self.len - 1;
        self.set_slot_value(last, setter);
    }

    /// Moves the object to the shared shape `to`, a transition of its current
    /// shape that adds one data property; `value` goes to the new slot.
    ///
    /// # Safety
    /// `to` must be a shared child of the current shape adding one data key.
    pub unsafe fn push_transition(&mut self, to: *const Shape, value: Value) {
        self.shape = to;
        self.push_slot(value);
    }

    pub fn remove(&mut self, key: Value) -> bool {
        let Some(i) = self.find(key) else {
            return false;
        };
        let shape = self.make_dictionary();
        let flags = shape.flags.remove(i);
        let slot = shape.slot.remove(i);
        shape.keys.remove(i);
        let width = Shape::width(flags);
        for s in shape.slot.iter_mut() {
            if *s > slot {
                *s -= width;
            }
        }
        shape.slot_count -= width;
        shape.rebuild_index();
        self.splice_slots(slot as usize, width as usize, Vec::new());
        self.changed();
        true
    }

    /// Leaves the transition tree (e.g. before freezing), so that no inline
    /// cache can remember this object's shape any more.
    pub fn to_dictionary(&mut self) {
        self.make_dictionary();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u64) -> Value {
        // Fake interned keys: distinct non-pointer values are enough here.
        Value::number(n as f64)
    }

    #[test]
    fn same_keys_same_order_share_a_shape() {
        let _shapes = shape_tree_test_lock();
        let root = Shape::root();
        let a = unsafe { &*root }.child(key(1), 7).unwrap();
        let b = unsafe { &*root }.child(key(1), 7).unwrap();
        assert_eq!(a, b);
        let c = unsafe { &*root }.child(key(1), 3).unwrap();
        assert_ne!(a, c);
        let ab = unsafe { &*a }.child(key(2), 7).unwrap();
        let s = unsafe { &*ab };
        assert_eq!(s.len(), 2);
        assert_eq!(s.position(key(2)), Some(1));
        assert_eq!(s.slot_of(1), 1);
    }

    #[test]
    fn accessors_take_two_slots() {
        let mut s = Shape::empty(false);
        s.push_key(key(1), PROP_ACCESSOR);
        s.push_key(key(2), 7);
        assert_eq!(s.slot_of(1), 2);
        assert_eq!(s.slot_count, 3);
    }
}
