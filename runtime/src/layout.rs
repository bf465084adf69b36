//! Layout facts that compiled code relies on for its inline fast paths, in one
//! place. The compiler links this crate and reads them at compile time; the
//! runtime checks at startup that the program was compiled against the same
//! layout (`rt_main` compares the table the compiler emitted).

use crate::gc::{AllocState, SizeClass, SmallBlocks};
use crate::heap::{CellTemplates, JsObject, JsString};
use crate::property::{CacheEntry, SiteCache, StoreRunCache};
use crate::shape::PropertyMap;
use std::mem::offset_of;

/// The layout constants compiled code uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// `JsObject.proto`.
    pub proto: i32,
    /// `JsObject.props.shape` (a pointer compared with the cached shape).
    pub props_shape: i32,
    /// `JsObject.props.overflow`: a pointer to the overflow slot values'
    /// store, laid out as array elements are (`elements_len` and friends).
    pub props_overflow: i32,
    /// `JsObject.props.len`: slot values in use (a u32).
    pub props_len: i32,
    /// `JsObject.elements`: a pointer to the store's header
    /// (`elements::ElementsHeader`)...
    pub elements: i32,
    /// ...and, relative to that pointer, its length and capacity (u64s)
    /// and its first value.
    pub elements_len: i32,
    pub elements_cap: i32,
    pub elements_data: i32,
    /// `Header.flags` (a u16; `heap::FLAG_FROZEN`, `heap::FLAG_NOT_EXTENSIBLE`).
    pub header_flags: i32,
    /// `SiteCache`: size, and the fields of its first entry (at offset 0).
    pub cache_size: i32,
    pub cache_shape: i32,
    pub cache_holder: i32,
    pub cache_proto: i32,
    pub cache_slot: i32,
    pub cache_epoch: i32,
    pub cache_new_shape: i32,
    pub cache_offset: i32,
    /// `CacheEntry.fast`: the slot's byte offset in the receiver for an own
    /// in-object data property, else negative.
    pub cache_fast: i32,
    /// `CacheEntry.fast_shape`: the receiver shape for which `cache_fast`
    /// applies, else 0.
    pub cache_fast_shape: i32,
    /// `CacheEntry.holder_slot`: the address of an inherited property's (or
    /// a global's) slot in its holder, else 0.
    pub cache_holder_slot: i32,
    /// `StoreRunCache` (in a `SiteCache`'s memory): the shapes before and
    /// after, the prototype, the epoch, the slot count before (a u32) and
    /// the slot offsets (u32s, one per store).
    pub run_shape: i32,
    pub run_new_shape: i32,
    pub run_proto: i32,
    pub run_epoch: i32,
    pub run_len: i32,
    pub run_offsets: i32,
    /// `JsString.len`: the length in code units (a u32; ropes too).
    pub string_len: i32,
    /// `JsString.units`: the address of the first code unit (u16s)...
    pub string_units_ptr: i32,
    /// ...and how many there are (a usize; 0 while the string is a rope).
    pub string_units_len: i32,
    /// `gc::AllocState` (inline allocation): the young log's pointer,
    /// length and capacity, the collection threshold...
    pub alloc_young_ptr: i32,
    pub alloc_young_len: i32,
    pub alloc_young_cap: i32,
    pub alloc_threshold: i32,
    /// ...and its size classes: the first one's offset, their size, and the
    /// fields of one.
    pub alloc_classes: i32,
    pub size_class_bytes: i32,
    pub size_class_free: i32,
    pub size_class_bump: i32,
    pub size_class_end: i32,
    /// `heap::CellTemplates`: words of each template, and where each is.
    pub object_template_words: i32,
    pub function_template_words: i32,
    pub object_template: i32,
    pub function_template: i32,
    pub array_template: i32,
    /// `CellTemplates::instances`: the template of a class instance with
    /// `n` in-object slots is at this offset plus `n` templates.
    pub instance_templates: i32,
    /// `gc::SmallBlocks`: the free lists (one word per class) and the bump
    /// region of the program thread's small blocks.
    pub small_blocks_free: i32,
    pub small_blocks_bump: i32,
    pub small_blocks_end: i32,
}

/// The byte offset of the length word in a `Box<[u16]>`; its data pointer is
/// the first word. Rust does not promise that order, so it is checked on a
/// real box: `heap::NOT_A_SHAPE` relies on a string's shape word (its
/// `units`, see there) being the data pointer, never the length, which is
/// 0 for ropes.
fn boxed_slice_len_offset() -> i32 {
    let b: Box<[u16]> = Box::new([1, 2, 3]);
    // SAFETY: a `Box<[T]>` is two words, its data pointer and its length.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    assert!(
        words == [b.as_ptr() as usize, 3],
        "a Box<[u16]> must be (data pointer, length)"
    );
    8
}

pub fn layout() -> Layout {
    let props = offset_of!(JsObject, props) as i32;
    let elements = offset_of!(JsObject, elements) as i32;
    Layout {
        proto: offset_of!(JsObject, proto) as i32,
        props_shape: props + PropertyMap::SHAPE_OFFSET,
        props_overflow: props + PropertyMap::OVERFLOW_OFFSET,
        props_len: props + PropertyMap::LEN_OFFSET,
        elements,
        elements_len: crate::elements::ELEMENTS_LEN_OFFSET,
        elements_cap: crate::elements::ELEMENTS_CAP_OFFSET,
        elements_data: crate::elements::ELEMENTS_DATA_OFFSET,
        header_flags: crate::heap::HEADER_FLAGS_OFFSET,
        cache_size: std::mem::size_of::<SiteCache>() as i32,
        cache_shape: offset_of!(CacheEntry, shape) as i32,
        cache_holder: offset_of!(CacheEntry, holder) as i32,
        cache_proto: offset_of!(CacheEntry, proto) as i32,
        cache_slot: offset_of!(CacheEntry, slot) as i32,
        cache_epoch: offset_of!(CacheEntry, epoch) as i32,
        cache_new_shape: offset_of!(CacheEntry, new_shape) as i32,
        cache_offset: offset_of!(CacheEntry, offset) as i32,
        cache_fast: offset_of!(CacheEntry, fast) as i32,
        cache_fast_shape: offset_of!(CacheEntry, fast_shape) as i32,
        cache_holder_slot: offset_of!(CacheEntry, holder_slot) as i32,
        run_shape: offset_of!(StoreRunCache, shape) as i32,
        run_new_shape: offset_of!(StoreRunCache, new_shape) as i32,
        run_proto: offset_of!(StoreRunCache, proto) as i32,
        run_epoch: offset_of!(StoreRunCache, epoch) as i32,
        run_len: offset_of!(StoreRunCache, len) as i32,
        run_offsets: offset_of!(StoreRunCache, offsets) as i32,
        string_len: offset_of!(JsString, len) as i32,
        string_units_ptr: offset_of!(JsString, units) as i32,
        string_units_len: offset_of!(JsString, units) as i32 + boxed_slice_len_offset(),
        alloc_young_ptr: AllocState::YOUNG_PTR_OFFSET,
        alloc_young_len: AllocState::YOUNG_LEN_OFFSET,
        alloc_young_cap: AllocState::YOUNG_CAP_OFFSET,
        alloc_threshold: AllocState::THRESHOLD_OFFSET,
        alloc_classes: AllocState::class_offset(0),
        size_class_bytes: std::mem::size_of::<SizeClass>() as i32,
        size_class_free: SizeClass::FREE_OFFSET,
        size_class_bump: SizeClass::BUMP_OFFSET,
        size_class_end: SizeClass::END_OFFSET,
        object_template_words: crate::heap::OBJECT_TEMPLATE_WORDS as i32,
        function_template_words: crate::heap::FUNCTION_TEMPLATE_WORDS as i32,
        object_template: CellTemplates::OBJECT_OFFSET,
        function_template: CellTemplates::FUNCTION_OFFSET,
        array_template: CellTemplates::ARRAY_OFFSET,
        instance_templates: CellTemplates::INSTANCES_OFFSET,
        small_blocks_free: SmallBlocks::FREE_OFFSET,
        small_blocks_bump: SmallBlocks::BUMP_OFFSET,
        small_blocks_end: SmallBlocks::END_OFFSET,
    }
}

impl Layout {
    /// As words, for the table the compiler emits and the runtime checks.
    pub fn words(&self) -> [u64; 47] {
        [
            self.run_shape as u64,
            self.run_new_shape as u64,
            self.run_proto as u64,
            self.run_epoch as u64,
            self.run_len as u64,
            self.run_offsets as u64,
            self.elements_cap as u64,
            self.props_len as u64,
            self.cache_offset as u64,
            self.cache_new_shape as u64,
            self.proto as u64,
            self.props_shape as u64,
            self.props_overflow as u64,
            self.elements as u64,
            self.elements_data as u64,
            self.elements_len as u64,
            self.header_flags as u64,
            self.cache_size as u64,
            self.cache_shape as u64,
            self.cache_holder as u64,
            self.cache_proto as u64,
            self.cache_slot as u64,
            self.cache_epoch as u64,
            self.cache_fast as u64,
            self.cache_fast_shape as u64,
            self.cache_holder_slot as u64,
            self.string_len as u64,
            self.string_units_ptr as u64,
            self.string_units_len as u64,
            self.alloc_young_ptr as u64,
            self.alloc_young_len as u64,
            self.alloc_young_cap as u64,
            self.alloc_threshold as u64,
            self.alloc_classes as u64,
            self.size_class_bytes as u64,
            self.size_class_free as u64,
            self.size_class_bump as u64,
            self.size_class_end as u64,
            self.object_template_words as u64,
            self.function_template_words as u64,
            self.object_template as u64,
            self.function_template as u64,
            self.array_template as u64,
            self.instance_templates as u64,
            self.small_blocks_free as u64,
            self.small_blocks_bump as u64,
            self.small_blocks_end as u64,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{Header, KIND_STRING};
    use crate::value::Value;
    use std::cell::Cell;

    #[test]
    fn string_offsets_find_the_code_units() {
        let s = JsString {
            header: Header::new(KIND_STRING),
            hash: Cell::new(0),
            units: vec![104u16, 105, 33].into_boxed_slice(),
            rope: Cell::new((Value::UNDEFINED, Value::UNDEFINED)),
            len: 3,
        };
        let lay = layout();
        let base = &s as *const JsString as *const u8;
        // SAFETY: the offsets are within `s`, as compiled code reads them.
        unsafe {
            let data = *(base.add(lay.string_units_ptr as usize) as *const *const u16);
            let count = *(base.add(lay.string_units_len as usize) as *const usize);
            let len = *(base.add(lay.string_len as usize) as *const u32);
            assert_eq!(count, 3);
            assert_eq!(len, 3);
            assert_eq!(std::slice::from_raw_parts(data, count), &[104, 105, 33]);
        }
    }
}
