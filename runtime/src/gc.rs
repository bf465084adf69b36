//! Allocation and the precise, non-moving mark-sweep collector.
//!
//! Policy:
//! - Every cell is allocated through [`Heap`] and recorded in `cells`.
//! - A collection never starts inside an allocation. When the bytes in use pass
//!   the threshold, the heap *requests* a collection by lowering the generated
//!   code's stack limit ([`crate::stack::request_interrupt`]); the next function
//!   entry or loop back-edge in compiled code calls `rt_stack_check`, which
//!   collects. So runtime code may hold heap values in Rust locals freely, except
//!   across a call back into compiled code: those values go on the root stack
//!   ([`RootGuard`]).
//! - Roots: the runtime's own roots ([`crate::state::Runtime::trace_roots`]), the
//!   root stack, and compiled frames, found precisely from the stack maps that
//!   the compiler emits (see [`crate::stack`]).
//! - After a collection the threshold becomes twice the live bytes (at least
//!   [`MIN_THRESHOLD`]), so collection work stays proportional to allocation.

use crate::heap::*;
use crate::value::Value;
use std::alloc::Layout;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const MIN_THRESHOLD: usize = 8 << 20;

/// Bytes currently allocated through the Rust allocator by the runtime (cells
/// and everything they own: string units, property vectors, elements).
pub static BYTES_IN_USE: AtomicUsize = AtomicUsize::new(0);
pub static BYTES_ALLOCATED_TOTAL: AtomicUsize = AtomicUsize::new(0);
pub static BYTES_FREED_TOTAL: AtomicUsize = AtomicUsize::new(0);

/// A counting wrapper around the system allocator; installed as the global
/// allocator only in the shipped static library (see `lib.rs`).
pub struct CountingAllocator;

unsafe impl std::alloc::GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        BYTES_IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        BYTES_ALLOCATED_TOTAL.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { std::alloc::System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        BYTES_IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        BYTES_FREED_TOTAL.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            let d = new_size - layout.size();
            BYTES_IN_USE.fetch_add(d, Ordering::Relaxed);
            BYTES_ALLOCATED_TOTAL.fetch_add(d, Ordering::Relaxed);
        } else {
            let d = layout.size() - new_size;
            BYTES_IN_USE.fetch_sub(d, Ordering::Relaxed);
            BYTES_FREED_TOTAL.fetch_add(d, Ordering::Relaxed);
        }
        unsafe { std::alloc::System.realloc(ptr, layout, new_size) }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GcMode {
    /// Collect when the threshold is passed.
    Normal,
    /// Collect at every safepoint poll (`BIBAO_GC=stress`).
    Stress,
    /// Never collect (`BIBAO_GC=off`).
    Off,
}

#[derive(Default, Debug, Clone)]
pub struct GcStats {
    pub collections: u64,
    pub cells_freed: u64,
    pub peak_bytes: usize,
    pub gc_nanos: u128,
}

pub struct Heap {
    cells: Vec<*mut Header>,
    pub threshold: usize,
    pub mode: GcMode,
    pub stats: GcStats,
    pub print_stats: bool,
    /// Gray cells waiting to be traced.
    worklist: Vec<*mut Header>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            cells: Vec::with_capacity(1024),
            threshold: MIN_THRESHOLD,
            mode: GcMode::Normal,
            stats: GcStats::default(),
            print_stats: false,
            worklist: Vec::new(),
        }
    }

    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    fn register(&mut self, cell: *mut Header) {
        self.cells.push(cell);
        let in_use = BYTES_IN_USE.load(Ordering::Relaxed);
        if in_use > self.stats.peak_bytes {
            self.stats.peak_bytes = in_use;
        }
        if in_use > self.threshold && self.mode == GcMode::Normal {
            crate::stack::request_interrupt();
        }
    }

    pub fn alloc_string(&mut self, units: Box<[u16]>) -> Value {
        let cell = Box::into_raw(Box::new(JsString {
            header: Header::new(KIND_STRING),
            hash: std::cell::Cell::new(0),
            units,
        }));
        self.register(cell as *mut Header);
        Value::pointer(cell)
    }

    pub fn alloc_object(&mut self, kind: u8, proto: Value, internal: Internal) -> Value {
        debug_assert!(kind == KIND_OBJECT || kind == KIND_ARRAY);
        let cell = Box::into_raw(Box::new(JsObject {
            header: Header::new(kind),
            proto,
            props: crate::object::PropertyMap::new(),
            elements: Vec::new(),
            internal,
            extensible: true,
            frozen: false,
        }));
        self.register(cell as *mut Header);
        Value::pointer(cell)
    }

    fn function_layout(captures: usize) -> Layout {
        Layout::from_size_align(
            FUNCTION_CAPTURES_OFFSET as usize + 8 * captures,
            std::mem::align_of::<JsFunction>(),
        )
        .expect("function layout")
    }

    /// Allocates a function cell with `captures` environment slots, all undefined.
    pub fn alloc_function(
        &mut self,
        proto: Value,
        code: JsCode,
        name: Value,
        length: u32,
        flags: u32,
        captures: usize,
    ) -> Value {
        let layout = Self::function_layout(captures);
        // SAFETY: the layout is non-zero sized; every field is written below
        // before the cell is published.
        unsafe {
            let p = std::alloc::alloc(layout) as *mut JsFunction;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            let mut header = Header::new(KIND_FUNCTION);
            header.extra = captures as u32;
            std::ptr::write(
                p,
                JsFunction {
                    object: JsObject {
                        header,
                        proto,
                        props: crate::object::PropertyMap::new(),
                        elements: Vec::new(),
                        internal: Internal::None,
                        extensible: true,
                        frozen: false,
                    },
                    code,
                    name,
                    length,
                    flags,
                    bound: Vec::new(),
                    home: Value::UNDEFINED,
                    fields: Value::UNDEFINED,
                    captures: [],
                },
            );
            let slots = (p as *mut u8).add(FUNCTION_CAPTURES_OFFSET as usize) as *mut Value;
            for i in 0..captures {
                std::ptr::write(slots.add(i), Value::UNDEFINED);
            }
            self.register(p as *mut Header);
            Value::pointer(p)
        }
    }

    pub fn alloc_box(&mut self, value: Value) -> Value {
        let cell = Box::into_raw(Box::new(JsBox {
            header: Header::new(KIND_BOX),
            value,
        }));
        self.register(cell as *mut Header);
        Value::pointer(cell)
    }

    /// Marks `v` gray if it is an unmarked heap cell.
    #[inline]
    pub fn mark_value(&mut self, v: Value) {
        if v.is_pointer() {
            let h = v.as_pointer::<Header>();
            // SAFETY: every pointer value the mutator holds points to a live cell.
            unsafe {
                if (*h).mark.get() == 0 {
                    (*h).mark.set(1);
                    self.worklist.push(h);
                }
            }
        }
    }

    /// Traces gray cells until none is left.
    pub fn drain(&mut self) {
        while let Some(h) = self.worklist.pop() {
            // SAFETY: only live cells are pushed on the worklist.
            unsafe { self.trace_cell(h) }
        }
    }

    /// # Safety
    /// `h` must be a live cell.
    unsafe fn trace_cell(&mut self, h: *mut Header) {
        unsafe {
            match (*h).kind {
                KIND_STRING => {}
                KIND_BOX => {
                    let b = &*(h as *mut JsBox);
                    self.mark_value(b.value);
                }
                KIND_OBJECT | KIND_ARRAY | KIND_FUNCTION => {
                    let o = &*(h as *mut JsObject);
                    self.mark_value(o.proto);
                    o.props.for_each_value(|v| self.mark_value(v));
                    for &e in &o.elements {
                        self.mark_value(e);
                    }
                    match &o.internal {
                        Internal::None | Internal::Error | Internal::Arguments => {}
                        Internal::Primitive(v) => self.mark_value(*v),
                        Internal::Map(m) | Internal::Set(m) => {
                            m.for_each_value(|v| self.mark_value(v))
                        }
                        Internal::Iterator(it) => self.mark_value(it.source),
                    }
                    if (*h).kind == KIND_FUNCTION {
                        let f = Value::pointer(h);
                        let func = function_mut(f);
                        self.mark_value(func.name);
                        self.mark_value(func.home);
                        self.mark_value(func.fields);
                        for &b in &func.bound {
                            self.mark_value(b);
                        }
                        for &c in function_captures(f).iter() {
                            self.mark_value(c);
                        }
                    }
                }
                k => panic!("bibao runtime: heap cell with unknown kind {k}"),
            }
        }
    }

    /// Frees every unmarked cell and clears the marks of the survivors.
    pub fn sweep(&mut self) {
        let mut kept = 0;
        for i in 0..self.cells.len() {
            let h = self.cells[i];
            // SAFETY: `cells` holds exactly the live cells.
            unsafe {
                if (*h).mark.get() != 0 || (*h).flags & FLAG_PERMANENT != 0 {
                    (*h).mark.set(0);
                    self.cells[kept] = h;
                    kept += 1;
                } else {
                    Self::free_cell(h);
                    self.stats.cells_freed += 1;
                }
            }
        }
        self.cells.truncate(kept);
    }

    /// # Safety
    /// `h` must be a cell allocated by this heap and unreachable.
    unsafe fn free_cell(h: *mut Header) {
        unsafe {
            match (*h).kind {
                KIND_STRING => drop(Box::from_raw(h as *mut JsString)),
                KIND_BOX => drop(Box::from_raw(h as *mut JsBox)),
                KIND_OBJECT | KIND_ARRAY => drop(Box::from_raw(h as *mut JsObject)),
                KIND_FUNCTION => {
                    let n = (*h).extra as usize;
                    std::ptr::drop_in_place(h as *mut JsFunction);
                    std::alloc::dealloc(h as *mut u8, Self::function_layout(n));
                }
                k => panic!("bibao runtime: freeing a cell of unknown kind {k}"),
            }
        }
    }

    /// After a collection: the next one comes when the heap doubles.
    pub fn after_collection(&mut self) {
        let live = BYTES_IN_USE.load(Ordering::Relaxed);
        self.threshold = (live * 2).max(MIN_THRESHOLD);
        self.stats.collections += 1;
    }
}

/// Keeps a value alive across a call into compiled code made by runtime code.
pub struct RootGuard {
    depth: usize,
}

impl RootGuard {
    pub fn new(values: &[Value]) -> RootGuard {
        let rt = crate::state::rt();
        let depth = rt.root_stack.len();
        rt.root_stack.extend_from_slice(values);
        RootGuard { depth }
    }

    /// Replaces the rooted value at `index` (relative to this guard).
    pub fn set(&self, index: usize, v: Value) {
        crate::state::rt().root_stack[self.depth + index] = v;
    }

    pub fn push(&self, v: Value) {
        crate::state::rt().root_stack.push(v);
    }
}

impl Drop for RootGuard {
    fn drop(&mut self) {
        crate::state::rt().root_stack.truncate(self.depth);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Box<[u16]> {
        s.encode_utf16().collect()
    }

    #[test]
    fn unmarked_cells_are_swept_and_marked_survive() {
        let mut heap = Heap::new();
        heap.mode = GcMode::Off;
        let a = heap.alloc_string(units("a"));
        let b = heap.alloc_box(a);
        let _garbage = heap.alloc_string(units("garbage"));
        assert_eq!(heap.cell_count(), 3);
        heap.mark_value(b);
        heap.drain();
        heap.sweep();
        assert_eq!(
            heap.cell_count(),
            2,
            "the box and the string it holds survive"
        );
        // Marks are cleared after the sweep, so a second cycle with no roots frees all.
        heap.sweep();
        assert_eq!(heap.cell_count(), 0);
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = Heap::new();
        heap.mode = GcMode::Off;
        let b1 = heap.alloc_box(Value::UNDEFINED);
        let b2 = heap.alloc_box(b1);
        unsafe { (*b1.as_pointer::<JsBox>()).value = b2 };
        heap.mark_value(b1);
        heap.drain();
        heap.sweep();
        assert_eq!(heap.cell_count(), 2);
        heap.sweep();
        assert_eq!(heap.cell_count(), 0);
    }
}
