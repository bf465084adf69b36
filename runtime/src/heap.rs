//! Heap cells and their layouts.
//!
//! Every heap cell starts with a [`Header`]:
//!
//! ```text
//!  byte 0     kind     (KIND_STRING, KIND_OBJECT, KIND_ARRAY, KIND_FUNCTION, KIND_BOX)
//!  byte 1     mark     (0: young, or not reached yet by a collection; 1
//!                      (MARK_OLD): reached by the last collection, which left
//!                      it marked; 2 (MARK_REMEMBERED): old and written
//!                      since; see gc.rs)
//!  bytes 2-3  flags    (FLAG_PERMANENT: never freed, e.g. string literals;
//!                      objects: FLAG_NOT_EXTENSIBLE, FLAG_FROZEN,
//!                      FLAG_WIDE_INSTANCES, property::FLAG_MATERIALIZED)
//!  bytes 4-7  extra    (functions: number of captured slots)
//! ```
//!
//! Objects, arrays and functions share the [`JsObject`] prefix, so a pointer to
//! any of them can be read as a `*mut JsObject`. A function cell appends its code
//! pointer, metadata, and its environment: the captured slots, inline, so that
//! generated code reads slot `k` at `FUNCTION_CAPTURES_OFFSET + 8 * k`.
//!
//! The generated code depends on the facts exported as constants here (the
//! `KIND_*` values, [`HEADER_KIND_OFFSET`], [`HEADER_FLAGS_OFFSET`] with
//! [`FLAG_FROZEN`] and [`FLAG_NOT_EXTENSIBLE`], [`FUNCTION_CODE_OFFSET`],
//! [`FUNCTION_CAPTURES_OFFSET`], the `FUNCTION_FLAG_*` bits,
//! [`BOX_VALUE_OFFSET`], [`NOT_A_SHAPE`], and for the write barrier
//! [`HEADER_MARK_OFFSET`] with [`MARK_OLD`]) and on the offsets of
//! [`crate::layout::Layout`], which the runtime checks at startup.
//! Everything else is private to the runtime.

use crate::object::PropertyMap;
use crate::value::Value;
use std::cell::Cell;
use std::mem::offset_of;

pub const KIND_STRING: u8 = 1;
pub const KIND_OBJECT: u8 = 2;
pub const KIND_ARRAY: u8 = 3;
pub const KIND_FUNCTION: u8 = 4;
pub const KIND_BOX: u8 = 5;

/// Never freed (string literals, the global object...).
pub const FLAG_PERMANENT: u16 = 1;
// (2 is `property::FLAG_MATERIALIZED`.)
/// An object that `Object.preventExtensions` (or seal/freeze) made
/// non-extensible.
pub const FLAG_NOT_EXTENSIBLE: u16 = 4;
/// A frozen object (`Object.freeze`): compiled stores and pushes check it.
pub const FLAG_FROZEN: u16 = 8;
/// Set on a constructor function's prototype when its instances get more
/// properties than an ordinary object holds in its cell ([`instance_keys`]):
/// `new` makes them wide ([`crate::shape::WIDE_INLINE_SLOTS`]).
pub const FLAG_WIDE_INSTANCES: u16 = 16;
/// Bits 12-15 of a class prototype's flags: how many in-object slots the
/// class's instances get (1 to [`crate::shape::WIDE_INLINE_SLOTS`]; 0 on
/// every other object): as many as the class's constructors and methods
/// store on `this` ([`instance_slots_for_keys`]), so that a class of two
/// properties makes cells of two slots, not of the ordinary four.
pub const INSTANCE_SLOTS_SHIFT: u16 = 12;
pub const INSTANCE_SLOTS_MASK: u16 = 0xf << INSTANCE_SLOTS_SHIFT;

/// The in-object slots of the instances of a class whose constructors and
/// methods store `keys` distinct properties on `this`: exactly that many,
/// up to the wide size; a class that stores none gets the ordinary size
/// (its instances get their properties some other way).
pub fn instance_slots_for_keys(keys: usize) -> usize {
    match keys {
        0 => crate::shape::INLINE_SLOTS,
        k => k.min(crate::shape::WIDE_INLINE_SLOTS),
    }
}

#[repr(C)]
pub struct Header {
    pub kind: u8,
    pub mark: Cell<u8>,
    pub flags: u16,
    pub extra: u32,
}

impl Header {
    pub fn new(kind: u8) -> Header {
        Header {
            kind,
            mark: Cell::new(0),
            flags: 0,
            extra: 0,
        }
    }
}

/// An immutable string of UTF-16 code units.
#[repr(C)]
pub struct JsString {
    pub header: Header,
    /// 0 until computed.
    pub hash: Cell<u32>,
    /// The code units; empty while the string is a rope.
    pub units: Box<[u16]>,
    /// A rope (the concatenation `left + right`, not yet flattened) has both
    /// set; a flat string has both undefined. `string::units` flattens.
    pub rope: Cell<(Value, Value)>,
    /// Length in code units (valid for ropes and flat strings).
    pub len: u32,
}

/// What kind of ordinary object this is (its `[[Class]]`, in old spec words).
pub enum Internal {
    None,
    Error,
    /// A wrapper created by `new Boolean/Number/String`.
    Primitive(Value),
    Map(Box<crate::collections::OrderedMap>),
    Set(Box<crate::collections::OrderedMap>),
    Iterator(Box<crate::iter::IterState>),
    /// A function's `arguments` object.
    Arguments,
}

/// The common prefix of objects, arrays and functions.
///
/// ```text
///  0   header      (flags: extensible, frozen, wide instances)
///  8   proto
///  16  props       (its shape word first: `SHAPE_WORD`)
///  ..  elements
///  ..  internal    (null for most objects)
/// ```
/// then, for ordinary objects, the in-object property slots; for functions,
/// the rest of [`JsFunction`].
#[repr(C)]
pub struct JsObject {
    pub header: Header,
    /// The prototype: an object value or null.
    pub proto: Value,
    pub props: PropertyMap,
    /// Array elements (arrays only). Holes are `Value::UNINIT`.
    pub elements: crate::elements::Elements,
    /// What kind of object this is when it is not plain; `None` (no
    /// allocation) for plain objects, arrays and functions.
    internal: Option<Box<Internal>>,
}

/// The `internal` of a plain object.
static INTERNAL_NONE: Internal = Internal::None;

impl JsObject {
    /// A fresh object's prefix: extensible, not frozen.
    pub fn new(header: Header, proto: Value, props: PropertyMap, internal: Internal) -> JsObject {
        JsObject {
            header,
            proto,
            props,
            elements: crate::elements::Elements::new(),
            internal: match internal {
                Internal::None => None,
                i => Some(Box::new(i)),
            },
        }
    }

    /// Whether dropping this object would do nothing (most dead objects:
    /// the sweep skips them).
    #[inline]
    pub fn owns_nothing(&self) -> bool {
        self.internal.is_none() && self.elements.is_unallocated() && self.props.owns_nothing()
    }

    pub fn internal(&self) -> &Internal {
        self.internal.as_deref().unwrap_or(&INTERNAL_NONE)
    }

    /// `None` for a plain object (whose kind never changes).
    pub fn internal_mut(&mut self) -> Option<&mut Internal> {
        self.internal.as_deref_mut()
    }

    fn flag(&self, f: u16) -> bool {
        self.header.flags & f != 0
    }

    fn set_flag(&mut self, f: u16, on: bool) {
        if on {
            self.header.flags |= f;
        } else {
            self.header.flags &= !f;
        }
    }

    pub fn extensible(&self) -> bool {
        !self.flag(FLAG_NOT_EXTENSIBLE)
    }

    pub fn set_extensible(&mut self, on: bool) {
        self.set_flag(FLAG_NOT_EXTENSIBLE, !on);
    }

    pub fn frozen(&self) -> bool {
        self.flag(FLAG_FROZEN)
    }

    pub fn set_frozen(&mut self, on: bool) {
        self.set_flag(FLAG_FROZEN, on);
    }

    /// See [`FLAG_WIDE_INSTANCES`].
    pub fn wide_instances(&self) -> bool {
        self.flag(FLAG_WIDE_INSTANCES)
    }

    pub fn set_wide_instances(&mut self, on: bool) {
        self.set_flag(FLAG_WIDE_INSTANCES, on);
    }

    /// See [`INSTANCE_SLOTS_SHIFT`]: `Some(n)` on a class prototype.
    pub fn instance_slots(&self) -> Option<usize> {
        match (self.header.flags & INSTANCE_SLOTS_MASK) >> INSTANCE_SLOTS_SHIFT {
            0 => None,
            n => Some(n as usize),
        }
    }

    pub fn set_instance_slots(&mut self, slots: usize) {
        debug_assert!((1..=crate::shape::WIDE_INLINE_SLOTS).contains(&slots));
        self.header.flags =
            (self.header.flags & !INSTANCE_SLOTS_MASK) | ((slots as u16) << INSTANCE_SLOTS_SHIFT);
    }
}

/// Signature of compiled JS functions and native builtins alike:
/// `(callee, this, argc, argv) -> value or EXCEPTION`.
pub type JsCode = unsafe extern "C" fn(u64, u64, u64, *const u64) -> u64;

pub const FUNCTION_FLAG_CONSTRUCTOR: u32 = 1;
pub const FUNCTION_FLAG_ARROW: u32 = 2;
pub const FUNCTION_FLAG_CLASS: u32 = 4;
pub const FUNCTION_FLAG_STRICT: u32 = 8;
pub const FUNCTION_FLAG_NATIVE: u32 = 16;
pub const FUNCTION_FLAG_DERIVED: u32 = 32;
/// Bits 8-15 of a constructor's flags: how many properties its instances
/// get from constructors (the compiler counts the distinct `this.key = `
/// stores in a constructor's body; a class adds its parent's count).
/// Instances of a constructor with more than `shape::INLINE_SLOTS` get
/// wide cells.
pub const FUNCTION_INSTANCE_KEYS_SHIFT: u32 = 8;

/// The instance key count in a function's flags.
pub fn instance_keys(flags: u32) -> usize {
    ((flags >> FUNCTION_INSTANCE_KEYS_SHIFT) & 0xff) as usize
}

/// A function object: a closure, a native builtin or a bound function.
#[repr(C)]
pub struct JsFunction {
    pub object: JsObject,
    pub code: JsCode,
    pub name: Value,
    pub length: u32,
    pub flags: u32,
    /// The rarely used parts (bound target and arguments, home object,
    /// field initializer), allocated on first use.
    pub bound: FunctionExtras,
    pub captures: [Value; 0],
}

/// The parts of a function cell few functions use, behind one word that is
/// null for most functions: the bound target, `this` and arguments of a bound
/// function (read as a slice: `bound[0]`, `bound.is_empty()`, `bound[2..]`),
/// the home object of a class method (for `super`) and a class
/// constructor's instance field initializer.
#[derive(Default)]
pub struct FunctionExtras(Option<Box<Extras>>);

pub struct Extras {
    bound: Vec<Value>,
    home: Value,
    fields: Value,
}

impl Default for Extras {
    fn default() -> Self {
        Extras {
            bound: Vec::new(),
            home: Value::UNDEFINED,
            fields: Value::UNDEFINED,
        }
    }
}

impl FunctionExtras {
    /// Whether nothing was allocated (dropping frees nothing).
    #[inline]
    pub fn is_empty_extras(&self) -> bool {
        self.0.is_none()
    }

    pub fn push(&mut self, v: Value) {
        self.0.get_or_insert_default().bound.push(v);
    }

    pub fn extend_from_slice(&mut self, values: &[Value]) {
        self.0
            .get_or_insert_default()
            .bound
            .extend_from_slice(values);
    }

    /// The home object of a class method, or undefined.
    pub fn home(&self) -> Value {
        self.0.as_ref().map_or(Value::UNDEFINED, |e| e.home)
    }

    pub fn set_home(&mut self, v: Value) {
        self.0.get_or_insert_default().home = v;
    }

    /// A class constructor's instance field initializer, or undefined.
    pub fn fields(&self) -> Value {
        self.0.as_ref().map_or(Value::UNDEFINED, |e| e.fields)
    }

    pub fn set_fields(&mut self, v: Value) {
        self.0.get_or_insert_default().fields = v;
    }
}

impl std::ops::Deref for FunctionExtras {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        match &self.0 {
            Some(e) => &e.bound,
            None => &[],
        }
    }
}

#[repr(C)]
pub struct JsBox {
    pub header: Header,
    pub value: Value,
    /// Always [`NOT_A_SHAPE`] (see there).
    pub not_a_shape: u64,
}

/// Compiled property accesses check a pointer's cell only by comparing the
/// word where objects, arrays and functions keep their shape
/// (`JsObject.props.shape`) with the shape an inline cache remembered. So
/// every other cell has a word there that is never a shared shape's
/// address, never 0 (an empty cache) and never one of the odd primitive
/// shape words of `property.rs`: a box has this constant; a string has its
/// code-unit pointer (a live allocation of its own, or the even dangling
/// pointer of an empty slice).
pub const NOT_A_SHAPE: u64 = 8;

const SHAPE_WORD: usize =
    offset_of!(JsObject, props) + crate::shape::PropertyMap::SHAPE_OFFSET as usize;
const _: () = assert!(offset_of!(JsBox, not_a_shape) == SHAPE_WORD);
const _: () = assert!(offset_of!(JsString, units) == SHAPE_WORD);

pub const HEADER_KIND_OFFSET: i32 = offset_of!(Header, kind) as i32;
pub const HEADER_FLAGS_OFFSET: i32 = offset_of!(Header, flags) as i32;
pub const HEADER_MARK_OFFSET: i32 = offset_of!(Header, mark) as i32;

/// The mark of a cell that survived a collection which kept marks (an old
/// cell): the next young collection does not trace it.
pub const MARK_OLD: u8 = 1;
/// The mark of an old cell written since the last collection: it is in the
/// remembered set, and the next young collection traces it.
pub const MARK_REMEMBERED: u8 = 2;

pub const FUNCTION_CODE_OFFSET: i32 = offset_of!(JsFunction, code) as i32;
pub const FUNCTION_FLAGS_OFFSET: i32 = offset_of!(JsFunction, flags) as i32;
/// The word of `JsFunction.bound` ([`FunctionExtras`]): 0 for a function
/// with no bound arguments, home object or field initializer.
pub const FUNCTION_EXTRAS_OFFSET: i32 = offset_of!(JsFunction, bound) as i32;
const _: () = assert!(std::mem::size_of::<FunctionExtras>() == 8);
pub const FUNCTION_CAPTURES_OFFSET: i32 = offset_of!(JsFunction, captures) as i32;
pub const BOX_VALUE_OFFSET: i32 = offset_of!(JsBox, value) as i32;
pub const BOX_NOT_A_SHAPE_OFFSET: i32 = offset_of!(JsBox, not_a_shape) as i32;

/// The header of a fresh cell (young, no flags) as one word.
pub const fn fresh_header_word(kind: u8, extra: u32) -> u64 {
    (kind as u64) << (8 * offset_of!(Header, kind))
        | (extra as u64) << (8 * offset_of!(Header, extra))
}
const _: () = assert!(std::mem::size_of::<Header>() == 8);

pub const FUNCTION_NAME_OFFSET: i32 = offset_of!(JsFunction, name) as i32;
pub const FUNCTION_LENGTH_OFFSET: i32 = offset_of!(JsFunction, length) as i32;

/// Words of a fresh ordinary object's [`JsObject`] (its in-object slots
/// follow, unused while `props.len` is 0).
pub const OBJECT_TEMPLATE_WORDS: usize = std::mem::size_of::<JsObject>() / 8;
/// Words of a fresh function cell before its captured slots.
pub const FUNCTION_TEMPLATE_WORDS: usize = FUNCTION_CAPTURES_OFFSET as usize / 8;
// No padding anywhere in these cells: every byte of a template is a field's.
const _: () = assert!(std::mem::size_of::<JsObject>() == 56);
const _: () = assert!(FUNCTION_CAPTURES_OFFSET == 88);
const _: () = assert!(std::mem::size_of::<JsFunction>() == 88);
// Compiled code writes a function's length and flags as one word.
const _: () = assert!(FUNCTION_FLAGS_OFFSET == FUNCTION_LENGTH_OFFSET + 4);
const _: () = assert!(FUNCTION_LENGTH_OFFSET % 8 == 0);

/// Images of fresh cells that compiled code copies when it allocates inline
/// (`gc::AllocState`), made once by [`init_cell_templates`] from cells
/// the runtime's own constructors build, so that compiled code need not
/// know how a property map or an element store starts out:
/// - `object`: a plain object with `Object.prototype` as its prototype and
///   [`crate::shape::INLINE_SLOTS`] in-object slots (`new` writes its own
///   prototype over word 1);
/// - `function`: a function with `Function.prototype` as its prototype and
///   no captured slots (compiled code writes the header, with the slot
///   count, the code, name, length and flags, and the slots);
/// - `array`: an empty array (`Array.prototype`; compiled code may point
///   its element store at a block it allocated);
/// - `instances[n]`: a plain object with `n` in-object slots (1 to
///   [`crate::shape::WIDE_INLINE_SLOTS`]; entry 0 is unused), the start of
///   a class instance whose prototype says `n` ([`JsObject::instance_slots`]).
///
/// What a template owns is nothing: its shape is a shared root, its
/// element and overflow stores the static empty one.
#[repr(C)]
pub struct CellTemplates {
    pub object: [u64; OBJECT_TEMPLATE_WORDS],
    pub function: [u64; FUNCTION_TEMPLATE_WORDS],
    pub array: [u64; OBJECT_TEMPLATE_WORDS],
    pub instances: [[u64; OBJECT_TEMPLATE_WORDS]; crate::shape::WIDE_INLINE_SLOTS + 1],
}

impl CellTemplates {
    pub const INSTANCES_OFFSET: i32 = offset_of!(CellTemplates, instances) as i32;
    pub const OBJECT_OFFSET: i32 = offset_of!(CellTemplates, object) as i32;
    pub const FUNCTION_OFFSET: i32 = offset_of!(CellTemplates, function) as i32;
    pub const ARRAY_OFFSET: i32 = offset_of!(CellTemplates, array) as i32;
}

#[unsafe(no_mangle)]
pub static mut rt_cell_templates: CellTemplates = CellTemplates {
    object: [0; OBJECT_TEMPLATE_WORDS],
    function: [0; FUNCTION_TEMPLATE_WORDS],
    array: [0; OBJECT_TEMPLATE_WORDS],
    instances: [[0; OBJECT_TEMPLATE_WORDS]; crate::shape::WIDE_INLINE_SLOTS + 1],
};

/// A function template's code (compiled code always writes its own).
extern "C" fn template_code(_: u64, _: u64, _: u64, _: *const u64) -> u64 {
    Value::UNDEFINED.0
}

/// Fills [`rt_cell_templates`] once the prototypes exist.
pub fn init_cell_templates(object_proto: Value, function_proto: Value, array_proto: Value) {
    let array = JsObject::new(
        Header::new(KIND_ARRAY),
        array_proto,
        crate::object::PropertyMap::new_array(),
        Internal::None,
    );
    let function = JsFunction {
        object: JsObject::new(
            Header::new(KIND_FUNCTION),
            function_proto,
            crate::object::PropertyMap::new_function(),
            Internal::None,
        ),
        code: template_code,
        name: Value::UNDEFINED,
        length: 0,
        flags: 0,
        bound: FunctionExtras::default(),
        captures: [],
    };
    // SAFETY: both have no padding (asserted above), so every byte is
    // initialized; they own nothing (the transmute forgets them, and copies
    // of them are dropped by the sweep like any cell).
    // Plain objects with each slot count; the ordinary object template is
    // the one with `INLINE_SLOTS`.
    let instances: [[u64; OBJECT_TEMPLATE_WORDS]; crate::shape::WIDE_INLINE_SLOTS + 1] =
        std::array::from_fn(|slots| {
            let slots = slots.max(1);
            let mut instance = JsObject::new(
                Header::new(KIND_OBJECT),
                object_proto,
                crate::object::PropertyMap::new_instance(slots),
                Internal::None,
            );
            // SAFETY: the map's in-object slots are only used once it is in
            // a cell that has them, which every copy of this template is.
            unsafe { instance.props.enable_inline_slots(slots) };
            // SAFETY: as below.
            unsafe { std::mem::transmute::<JsObject, [u64; OBJECT_TEMPLATE_WORDS]>(instance) }
        });
    unsafe {
        rt_cell_templates = CellTemplates {
            object: instances[crate::shape::INLINE_SLOTS],
            function: std::mem::transmute::<JsFunction, [u64; FUNCTION_TEMPLATE_WORDS]>(function),
            array: std::mem::transmute::<JsObject, [u64; OBJECT_TEMPLATE_WORDS]>(array),
            instances,
        };
    }
}

/// The kind byte of the cell a pointer value points to.
///
/// # Safety
/// `v` must be a pointer value to a live heap cell.
#[inline]
pub unsafe fn kind_of(v: Value) -> u8 {
    unsafe { (*v.as_pointer::<Header>()).kind }
}

#[inline]
pub fn is_kind(v: Value, kind: u8) -> bool {
    v.is_pointer() && unsafe { kind_of(v) } == kind
}

#[inline]
pub fn is_string(v: Value) -> bool {
    is_kind(v, KIND_STRING)
}

#[inline]
pub fn is_function(v: Value) -> bool {
    is_kind(v, KIND_FUNCTION)
}

/// Objects in the JS sense: plain objects, arrays and functions.
#[inline]
pub fn is_object(v: Value) -> bool {
    v.is_pointer()
        && matches!(
            unsafe { kind_of(v) },
            KIND_OBJECT | KIND_ARRAY | KIND_FUNCTION
        )
}

#[inline]
pub fn is_array(v: Value) -> bool {
    is_kind(v, KIND_ARRAY)
}

/// # Safety
/// `v` must be a string value.
#[inline]
pub unsafe fn string_ref<'a>(v: Value) -> &'a JsString {
    unsafe { &*v.as_pointer::<JsString>() }
}

/// The write barrier: call it with a cell before storing a value into it
/// (or after, with no collection in between). An old cell joins the
/// remembered set, so a young collection sees what it now refers to.
///
/// The runtime reaches cells for writing only through [`object_mut`],
/// [`function_mut`] and [`function_captures`], which call it; compiled code
/// tests the mark byte inline and calls `rt_gc_remember`.
///
/// # Safety
/// `h` must be a live cell.
#[inline]
pub unsafe fn write_barrier(h: *mut Header) {
    // SAFETY: `h` is a live cell.
    unsafe {
        if (*h).mark.get() == MARK_OLD {
            crate::gc::remember(h);
        }
    }
}

/// Read access to an object, array or function: no write barrier, so
/// nothing may be written through it (use [`object_mut`] for that).
///
/// # Safety
/// `v` must be an object, array or function value.
#[inline]
pub unsafe fn object_ref<'a>(v: Value) -> &'a JsObject {
    unsafe { &*v.as_pointer::<JsObject>() }
}

/// Read access to a function (see [`object_ref`]).
///
/// # Safety
/// `v` must be a function value.
#[inline]
pub unsafe fn function_ref<'a>(v: Value) -> &'a JsFunction {
    unsafe { &*v.as_pointer::<JsFunction>() }
}

/// # Safety
/// `v` must be an object, array or function value.
#[inline]
pub unsafe fn object_mut<'a>(v: Value) -> &'a mut JsObject {
    unsafe {
        write_barrier(v.as_pointer::<Header>());
        &mut *v.as_pointer::<JsObject>()
    }
}

/// # Safety
/// `v` must be a function value.
#[inline]
pub unsafe fn function_mut<'a>(v: Value) -> &'a mut JsFunction {
    unsafe {
        write_barrier(v.as_pointer::<Header>());
        &mut *v.as_pointer::<JsFunction>()
    }
}

/// The captured slots of a function.
///
/// # Safety
/// `v` must be a function value.
pub unsafe fn function_captures<'a>(v: Value) -> &'a mut [Value] {
    unsafe {
        write_barrier(v.as_pointer::<Header>());
        let f = v.as_pointer::<JsFunction>();
        let n = (*f).object.header.extra as usize;
        let base = (f as *mut u8).add(FUNCTION_CAPTURES_OFFSET as usize) as *mut Value;
        std::slice::from_raw_parts_mut(base, n)
    }
}

// The object prefix every object, array and function cell starts with.
const _: () = assert!(std::mem::size_of::<JsObject>() == 56);
