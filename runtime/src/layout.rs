//! Layout facts that compiled code relies on for its inline fast paths, in one
//! place. The compiler links this crate and reads them at compile time; the
//! runtime checks at startup that the program was compiled against the same
//! layout (`rt_main` compares the table the compiler emitted).
//!
//! `Vec`'s field order is not specified by Rust, so it is measured: the
//! compiler and the runtime are built by the same `rustc` from the same std,
//! and both measure it the same way.

use crate::heap::JsObject;
use crate::property::{CacheEntry, SiteCache};
use crate::shape::PropertyMap;
use std::mem::offset_of;

/// Offsets of a `Vec`'s data pointer, length and capacity within the `Vec`.
pub fn vec_fields() -> (i32, i32, i32) {
    let mut v: Vec<u64> = Vec::with_capacity(7);
    v.extend_from_slice(&[1, 2, 3]);
    let ptr = v.as_ptr() as usize;
    // SAFETY: a Vec is three words; we only read them.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let ptr_at = words
        .iter()
        .position(|w| *w == ptr)
        .expect("Vec has a pointer field");
    let len_at = words
        .iter()
        .position(|w| *w == 3)
        .expect("Vec has a length field");
    let cap_at = words
        .iter()
        .position(|w| *w == 7)
        .expect("Vec has a capacity field");
    (
        (ptr_at * 8) as i32,
        (len_at * 8) as i32,
        (cap_at * 8) as i32,
    )
}

/// The layout constants compiled code uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// `JsObject.proto`.
    pub proto: i32,
    /// `JsObject.props.shape` (a pointer compared with the cached shape).
    pub props_shape: i32,
    /// `JsObject.props.overflow`: a pointer to the overflow slot values.
    pub props_overflow: i32,
    /// The overflow capacity (a u64), relative to that pointer (negative).
    pub props_overflow_cap: i32,
    /// `JsObject.props.len`: slot values in use (a u32).
    pub props_len: i32,
    /// `JsObject.elements` data pointer and length.
    pub elements_ptr: i32,
    pub elements_len: i32,
    /// `JsObject.elements` capacity.
    pub elements_cap: i32,
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
}

pub fn layout() -> Layout {
    let (vp, vl, vc) = vec_fields();
    let props = offset_of!(JsObject, props) as i32;
    let elements = offset_of!(JsObject, elements) as i32;
    Layout {
        proto: offset_of!(JsObject, proto) as i32,
        props_shape: props + PropertyMap::SHAPE_OFFSET,
        props_overflow: props + PropertyMap::OVERFLOW_OFFSET,
        props_overflow_cap: crate::shape::OVERFLOW_CAP_FROM_DATA,
        props_len: props + PropertyMap::LEN_OFFSET,
        elements_ptr: elements + vp,
        elements_len: elements + vl,
        elements_cap: elements + vc,
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
    }
}

impl Layout {
    /// As words, for the table the compiler emits and the runtime checks.
    pub fn words(&self) -> [u64; 18] {
        [
            self.elements_cap as u64,
            self.props_overflow_cap as u64,
            self.props_len as u64,
            self.cache_offset as u64,
            self.cache_new_shape as u64,
            self.proto as u64,
            self.props_shape as u64,
            self.props_overflow as u64,
            self.elements_ptr as u64,
            self.elements_len as u64,
            self.header_flags as u64,
            self.cache_size as u64,
            self.cache_shape as u64,
            self.cache_holder as u64,
            self.cache_proto as u64,
            self.cache_slot as u64,
            self.cache_epoch as u64,
            self.cache_fast as u64,
        ]
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn vec_fields_are_found() {
        let (p, l, c) = super::vec_fields();
        assert!(p != l && l != c && p != c);
        assert!(p % 8 == 0 && l % 8 == 0 && c % 8 == 0 && p < 24 && l < 24 && c < 24);
    }
}
