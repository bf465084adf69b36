//! A store of values one word wide: every object's array elements
//! (`JsObject.elements`) and its overflow property slots
//! (`PropertyMap.overflow`).
//!
//! [`Elements`] points to an allocation laid out as
//!
//! ```text
//!  0   len   (u64: elements in use)
//!  8   cap   (u64: elements that fit)
//!  16  the values
//! ```
//!
//! or, with capacity 0, to the shared [`NO_ELEMENTS`] header (never written),
//! so compiled code reads `len` and `cap` without a null check
//! (`layout::Layout::elements_*`). Most objects are not arrays and have few
//! properties: for them each store costs this one word instead of a `Vec`'s
//! three.

use crate::value::Value;
use std::ops::{Deref, DerefMut, Range};

#[repr(C)]
pub struct ElementsHeader {
    pub len: u64,
    pub cap: u64,
}

/// The header of every empty store.
static NO_ELEMENTS: ElementsHeader = ElementsHeader { len: 0, cap: 0 };

/// Bytes from the header to the first value.
pub const ELEMENTS_DATA_OFFSET: i32 = std::mem::size_of::<ElementsHeader>() as i32;
pub const ELEMENTS_LEN_OFFSET: i32 = std::mem::offset_of!(ElementsHeader, len) as i32;
pub const ELEMENTS_CAP_OFFSET: i32 = std::mem::offset_of!(ElementsHeader, cap) as i32;

#[repr(transparent)]
pub struct Elements {
    header: *mut ElementsHeader,
}

impl Default for Elements {
    fn default() -> Self {
        Elements::new()
    }
}

impl Drop for Elements {
    fn drop(&mut self) {
        self.free();
    }
}

impl Elements {
    pub fn new() -> Elements {
        Elements {
            header: &NO_ELEMENTS as *const ElementsHeader as *mut ElementsHeader,
        }
    }

    pub fn from_vec(v: Vec<Value>) -> Elements {
        let mut e = Elements::new();
        e.extend_from_slice(&v);
        e
    }

    fn allocation(cap: usize) -> std::alloc::Layout {
        std::alloc::Layout::array::<u64>(cap + 2).expect("array elements")
    }

    /// Whether this is the shared empty store (dropping it frees nothing).
    #[inline]
    pub fn is_unallocated(&self) -> bool {
        std::ptr::eq(self.header, &NO_ELEMENTS)
    }

    /// The address of the store's header (to prefetch it).
    #[inline]
    pub fn header_address(&self) -> *mut u8 {
        self.header as *mut u8
    }

    pub fn capacity(&self) -> usize {
        // SAFETY: `header` is always a valid header.
        unsafe { (*self.header).cap as usize }
    }

    #[inline]
    fn data(&self) -> *mut Value {
        // SAFETY: the values follow the header (none for the empty one).
        unsafe { (self.header as *mut u8).add(ELEMENTS_DATA_OFFSET as usize) as *mut Value }
    }

    /// Sets the length.
    ///
    /// # Safety
    /// `len` must be at most the capacity, the first `len` values
    /// initialized, and the store allocated unless `len` is 0.
    unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.capacity());
        if self.capacity() > 0 {
            unsafe { (*self.header).len = len as u64 };
        }
    }

    /// Makes room for at least `additional` more values.
    pub fn reserve(&mut self, additional: usize) {
        let need = self.len() + additional;
        if need <= self.capacity() {
            return;
        }
        let old_cap = self.capacity();
        let cap = need.max(old_cap * 2).max(4);
        let new_layout = Self::allocation(cap);
        // SAFETY: a header and `cap` values; `realloc` keeps the header and
        // the values in use (and may grow in place); a first allocation
        // writes a fresh header.
        unsafe {
            let p = if old_cap == 0 {
                let p = std::alloc::alloc(new_layout) as *mut ElementsHeader;
                if !p.is_null() {
                    p.write(ElementsHeader { len: 0, cap: 0 });
                }
                p
            } else {
                std::alloc::realloc(
                    self.header as *mut u8,
                    Self::allocation(old_cap),
                    new_layout.size(),
                ) as *mut ElementsHeader
            };
            if p.is_null() {
                std::alloc::handle_alloc_error(new_layout);
            }
            (*p).cap = cap as u64;
            self.header = p;
        }
    }

    /// Frees the allocation; the store is empty afterwards.
    fn free(&mut self) {
        let cap = self.capacity();
        if cap > 0 {
            // SAFETY: an allocation made by `reserve` with this capacity.
            unsafe { std::alloc::dealloc(self.header as *mut u8, Self::allocation(cap)) };
        }
        self.header = &NO_ELEMENTS as *const ElementsHeader as *mut ElementsHeader;
    }

    pub fn push(&mut self, v: Value) {
        self.reserve(1);
        let len = self.len();
        // SAFETY: room was reserved.
        unsafe {
            self.data().add(len).write(v);
            self.set_len(len + 1);
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        // SAFETY: shrinking over initialized values.
        unsafe {
            self.set_len(len - 1);
            Some(*self.data().add(len - 1))
        }
    }

    pub fn extend_from_slice(&mut self, values: &[Value]) {
        self.reserve(values.len());
        let len = self.len();
        // SAFETY: room was reserved; `values` cannot alias the spare room.
        unsafe {
            std::ptr::copy_nonoverlapping(values.as_ptr(), self.data().add(len), values.len());
            self.set_len(len + values.len());
        }
    }

    pub fn extend(&mut self, values: impl IntoIterator<Item = Value>) {
        for v in values {
            self.push(v);
        }
    }

    /// Grows with `fill` or shrinks to `len` values.
    pub fn resize(&mut self, len: usize, fill: Value) {
        let old = self.len();
        if len <= old {
            // SAFETY: shrinking.
            unsafe { self.set_len(len) };
            return;
        }
        self.reserve(len - old);
        // SAFETY: room was reserved; the new values are written first.
        unsafe {
            for i in old..len {
                self.data().add(i).write(fill);
            }
            self.set_len(len);
        }
    }

    pub fn truncate(&mut self, len: usize) {
        if len < self.len() {
            // SAFETY: shrinking.
            unsafe { self.set_len(len) };
        }
    }

    /// Removes and returns value `i`, moving the later ones down in place.
    pub fn remove(&mut self, i: usize) -> Value {
        let r = self[i];
        let len = self.len();
        self.copy_within(i + 1..len, i);
        self.truncate(len - 1);
        r
    }

    /// Replaces the values in `range` by `insert`, in place; returns the
    /// removed ones.
    pub fn splice(
        &mut self,
        range: Range<usize>,
        insert: impl IntoIterator<Item = Value>,
    ) -> std::vec::IntoIter<Value> {
        let insert: Vec<Value> = insert.into_iter().collect();
        let removed = self[range.clone()].to_vec();
        let len = self.len();
        let new_len = len - range.len() + insert.len();
        if new_len > len {
            self.resize(new_len, Value::UNDEFINED);
        }
        let start = range.start;
        self.copy_within(range.end..len, start + insert.len());
        self[start..start + insert.len()].copy_from_slice(&insert);
        self.truncate(new_len);
        removed.into_iter()
    }

    /// Makes the values exactly `values` (keeping the allocation when it fits).
    pub fn replace_all(&mut self, values: &[Value]) {
        self.truncate(0);
        self.extend_from_slice(values);
    }
}

impl Deref for Elements {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialized.
        unsafe { std::slice::from_raw_parts(self.data(), (*self.header).len as usize) }
    }
}

impl DerefMut for Elements {
    fn deref_mut(&mut self) -> &mut [Value] {
        let len = self.len();
        if len == 0 {
            return &mut [];
        }
        // SAFETY: an allocated store's first `len` values are initialized.
        unsafe { std::slice::from_raw_parts_mut(self.data(), len) }
    }
}

impl From<Vec<Value>> for Elements {
    fn from(v: Vec<Value>) -> Elements {
        Elements::from_vec(v)
    }
}

#[cfg(test)]
mod tests {
    use super::Elements;
    use crate::value::Value;

    #[test]
    fn grows_shrinks_and_splices() {
        let mut e = Elements::new();
        assert!(e.is_empty() && e.capacity() == 0 && e.pop().is_none());
        e.truncate(0);
        e.resize(0, Value::UNDEFINED);
        assert_eq!(e.capacity(), 0, "an empty store stays unallocated");
        for i in 0..10 {
            e.push(Value::number(i as f64));
        }
        assert_eq!(e.len(), 10);
        assert_eq!(e[9], Value::number(9.0));
        e.splice(0..2, [Value::NULL]);
        assert_eq!(e.len(), 9);
        assert_eq!(e[0], Value::NULL);
        assert_eq!(e.remove(0), Value::NULL);
        assert_eq!(e[0], Value::number(2.0));
        e.resize(20, Value::UNINIT);
        assert_eq!(e.len(), 20);
        assert!(e[19].is_uninit());
        e[19] = Value::TRUE;
        assert_eq!(e.pop(), Some(Value::TRUE));
        e.truncate(3);
        assert_eq!(
            e.to_vec(),
            vec![2.0, 3.0, 4.0]
                .into_iter()
                .map(Value::number)
                .collect::<Vec<_>>()
        );
        let f = Elements::from_vec(vec![Value::FALSE; 3]);
        assert_eq!(f.len(), 3);
        // Splices that grow, shrink and insert at the end, in place.
        let n = |i: u32| Value::number(i as f64);
        let mut g = Elements::from_vec((0..5).map(n).collect());
        let removed: Vec<Value> = g.splice(1..2, [Value::NULL, Value::TRUE]).collect();
        assert_eq!(removed, vec![n(1)]);
        assert_eq!(
            g.to_vec(),
            vec![n(0), Value::NULL, Value::TRUE, n(2), n(3), n(4)]
        );
        let removed: Vec<Value> = g.splice(1..4, []).collect();
        assert_eq!(removed, vec![Value::NULL, Value::TRUE, n(2)]);
        assert_eq!(g.to_vec(), vec![n(0), n(3), n(4)]);
        g.splice(3..3, [n(5)]);
        assert_eq!(g.remove(1), n(3));
        assert_eq!(g.to_vec(), vec![n(0), n(4), n(5)]);
    }
}
