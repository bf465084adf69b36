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
//! - Under `BIBAO_GC=stress` freed cells are not handed back to the allocator
//!   at once: their contents are dropped, the cell is overwritten with
//!   [`POISON`] (kind byte included) and kept in a bounded quarantine
//!   ([`QUARANTINE_BYTES`]). A value that was wrongly left unrooted then points
//!   at a poisoned cell instead of at a reused one: type checks fail, and the
//!   next collection that reaches it panics ("heap cell with unknown kind")
//!   rather than silently corrupting memory; marking a poisoned cell panics
//!   with "GC reached a freed heap cell".

use crate::heap::*;
use crate::value::Value;
use std::alloc::Layout;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const MIN_THRESHOLD: usize = 8 << 20;

/// The byte written over a freed cell in the stress-mode quarantine (also its
/// kind, which no live cell has).
pub const POISON: u8 = 0xde;
/// How many bytes of freed cells stress mode keeps poisoned before releasing
/// the oldest to the allocator.
pub const QUARANTINE_BYTES: usize = 32 << 20;

/// Bytes currently allocated through the Rust allocator by the runtime (cells
/// and everything they own: string units, property vectors, elements).
pub static BYTES_IN_USE: AtomicUsize = AtomicUsize::new(0);
pub static BYTES_ALLOCATED_TOTAL: AtomicUsize = AtomicUsize::new(0);
pub static BYTES_FREED_TOTAL: AtomicUsize = AtomicUsize::new(0);

/// A counting wrapper around the system allocator; installed as the global
/// allocator only in the shipped static library (see `lib.rs`).
pub struct CountingAllocator;

// SAFETY: every method forwards to the system allocator with the caller's
// arguments unchanged; the counters are plain atomics.
unsafe impl std::alloc::GlobalAlloc for CountingAllocator {
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::alloc`]: `layout` has a non-zero size.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        BYTES_IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        BYTES_ALLOCATED_TOTAL.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { std::alloc::System.alloc(layout) }
    }
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::dealloc`]: `ptr` was allocated by this
    /// allocator with `layout`.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        BYTES_IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        BYTES_FREED_TOTAL.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::realloc`]: `ptr` was allocated by this
    /// allocator with `layout`, and `new_size` is non-zero.
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
    /// Stress mode: freed, poisoned cells not yet returned to the allocator,
    /// oldest first, with their layouts.
    quarantine: std::collections::VecDeque<(*mut u8, Layout)>,
    quarantine_bytes: usize,
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
            quarantine: std::collections::VecDeque::new(),
            quarantine_bytes: 0,
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
                match (*h).mark.get() {
                    0 => {
                        (*h).mark.set(1);
                        self.worklist.push(h);
                    }
                    // Only a quarantined (stress mode) cell has this mark.
                    POISON => panic!(
                        "bibao runtime: GC reached a freed heap cell (a value was not rooted)"
                    ),
                    _ => {}
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
    ///
    /// Every cell that no root reaches must have been marked by
    /// [`Heap::mark_value`] and [`Heap::drain`] before this runs; an unmarked
    /// cell is freed even if the mutator still holds it.
    pub fn sweep(&mut self) {
        let poison = self.mode == GcMode::Stress;
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
                    let (p, layout) = Self::drop_cell(h);
                    if poison {
                        self.quarantine_cell(p, layout);
                    } else {
                        std::alloc::dealloc(p, layout);
                    }
                    self.stats.cells_freed += 1;
                }
            }
        }
        self.cells.truncate(kept);
    }

    /// The allocation that holds a cell.
    ///
    /// # Safety
    /// `h` must be a live cell allocated by this heap.
    unsafe fn cell_layout(h: *mut Header) -> Layout {
        unsafe {
            match (*h).kind {
                KIND_STRING => Layout::new::<JsString>(),
                KIND_BOX => Layout::new::<JsBox>(),
                KIND_OBJECT | KIND_ARRAY => Layout::new::<JsObject>(),
                KIND_FUNCTION => Self::function_layout((*h).extra as usize),
                k => panic!("bibao runtime: freeing a cell of unknown kind {k}"),
            }
        }
    }

    /// Drops what a cell owns (string units, properties, elements...) and
    /// returns its memory, not yet deallocated, with its layout.
    ///
    /// # Safety
    /// `h` must be a cell allocated by this heap and unreachable; it must not
    /// be used again except to deallocate the returned memory.
    unsafe fn drop_cell(h: *mut Header) -> (*mut u8, Layout) {
        unsafe {
            let layout = Self::cell_layout(h);
            match (*h).kind {
                KIND_STRING => std::ptr::drop_in_place(h as *mut JsString),
                KIND_BOX => std::ptr::drop_in_place(h as *mut JsBox),
                KIND_OBJECT | KIND_ARRAY => std::ptr::drop_in_place(h as *mut JsObject),
                _ => std::ptr::drop_in_place(h as *mut JsFunction),
            }
            (h as *mut u8, layout)
        }
    }

    /// Poisons a dropped cell and keeps it out of the allocator for a while.
    ///
    /// # Safety
    /// `p` must be memory returned by [`Heap::drop_cell`] with its `layout`.
    unsafe fn quarantine_cell(&mut self, p: *mut u8, layout: Layout) {
        unsafe { std::ptr::write_bytes(p, POISON, layout.size()) };
        self.quarantine.push_back((p, layout));
        self.quarantine_bytes += layout.size();
        while self.quarantine_bytes > QUARANTINE_BYTES {
            let Some((old, l)) = self.quarantine.pop_front() else {
                break;
            };
            self.quarantine_bytes -= l.size();
            // SAFETY: quarantined memory came from the allocator with layout `l`
            // and nothing refers to it any more (or it is a bug we want to see).
            unsafe { std::alloc::dealloc(old, l) };
        }
    }

    /// Returns every quarantined cell to the allocator.
    pub fn release_quarantine(&mut self) {
        while let Some((p, l)) = self.quarantine.pop_front() {
            // SAFETY: as in `quarantine_cell`.
            unsafe { std::alloc::dealloc(p, l) };
        }
        self.quarantine_bytes = 0;
    }

    /// Cells waiting in the stress-mode quarantine.
    pub fn quarantined(&self) -> usize {
        self.quarantine.len()
    }

    /// After a collection: the next one comes when the heap doubles.
    pub fn after_collection(&mut self) {
        let live = BYTES_IN_USE.load(Ordering::Relaxed);
        self.threshold = next_threshold(live);
        self.stats.collections += 1;
    }

    /// Whether `v` points to a cell this heap allocated and has not freed.
    pub fn owns(&self, v: Value) -> bool {
        v.is_pointer() && self.cells.contains(&v.as_pointer::<Header>())
    }
}

/// The heap size (bytes in use) at which the next collection is requested,
/// given the bytes still in use after a collection: twice the live bytes, so
/// that each collection is paid for by at least as many newly allocated bytes
/// as it had to trace (amortized cost proportional to allocation, no
/// collection storms as the live heap grows), and never below
/// [`MIN_THRESHOLD`], so small heaps are not collected over and over.
pub fn next_threshold(live: usize) -> usize {
    live.saturating_mul(2).max(MIN_THRESHOLD)
}

/// Keeps values alive across a call into compiled code made by runtime code.
///
/// Guards nest like the calls that make them: a guard pushes its values on the
/// runtime's root stack and truncates the stack back to where it found it when
/// dropped. [`RootGuard::push`] and [`RootGuard::set`] are only meaningful on
/// the innermost live guard (a value pushed through an outer guard would be
/// dropped with the inner one).
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
    use crate::object::PROP_DEFAULT;

    fn units(s: &str) -> Box<[u16]> {
        s.encode_utf16().collect()
    }

    fn heap() -> Heap {
        let mut heap = Heap::new();
        heap.mode = GcMode::Off;
        heap
    }

    fn collect_from(heap: &mut Heap, roots: &[Value]) {
        for &r in roots {
            heap.mark_value(r);
        }
        heap.drain();
        heap.sweep();
    }

    fn is_marked(v: Value) -> bool {
        unsafe { (*v.as_pointer::<Header>()).mark.get() != 0 }
    }

    fn function(heap: &mut Heap, captures: usize) -> Value {
        unsafe extern "C" fn code(_: u64, _: u64, _: u64, _: *const u64) -> u64 {
            Value::UNDEFINED.0
        }
        heap.alloc_function(Value::NULL, code, Value::UNDEFINED, 0, 0, captures)
    }

    #[test]
    fn unmarked_cells_are_swept_and_marked_survive() {
        let mut heap = heap();
        let a = heap.alloc_string(units("a"));
        let b = heap.alloc_box(a);
        let garbage = heap.alloc_string(units("garbage"));
        assert_eq!(heap.cell_count(), 3);
        collect_from(&mut heap, &[b]);
        assert_eq!(
            heap.cell_count(),
            2,
            "the box and the string it holds survive"
        );
        assert!(heap.owns(a) && heap.owns(b) && !heap.owns(garbage));
        assert_eq!(heap.stats.cells_freed, 1);
        // Marks are cleared after the sweep, so a second cycle with no roots frees all.
        heap.sweep();
        assert_eq!(heap.cell_count(), 0);
    }

    #[test]
    fn mark_bits_are_set_once_and_cleared_by_the_sweep() {
        let mut heap = heap();
        let s = heap.alloc_string(units("s"));
        let b1 = heap.alloc_box(s);
        let b2 = heap.alloc_box(s);
        // Non-pointers are ignored.
        heap.mark_value(Value::number(1.5));
        heap.mark_value(Value::UNDEFINED);
        heap.mark_value(Value::NULL);
        assert!(heap.worklist.is_empty());
        heap.mark_value(b1);
        heap.mark_value(b1);
        assert_eq!(heap.worklist.len(), 1, "a marked cell is not queued twice");
        assert!(is_marked(b1) && !is_marked(s));
        heap.mark_value(b2);
        heap.drain();
        assert!(heap.worklist.is_empty());
        assert!(
            is_marked(s),
            "tracing reached the string through both boxes"
        );
        heap.sweep();
        for v in [s, b1, b2] {
            assert!(heap.owns(v));
            assert!(!is_marked(v), "the sweep clears the marks of survivors");
        }
    }

    #[test]
    fn permanent_cells_survive_without_marks() {
        let mut heap = heap();
        let lit = heap.alloc_string(units("literal"));
        unsafe { (*lit.as_pointer::<Header>()).flags |= FLAG_PERMANENT };
        let tmp = heap.alloc_string(units("temporary"));
        collect_from(&mut heap, &[]);
        assert!(heap.owns(lit));
        assert!(!heap.owns(tmp));
    }

    #[test]
    fn tracing_follows_every_field() {
        let mut heap = heap();
        let proto = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
        let obj = heap.alloc_object(KIND_OBJECT, proto, Internal::None);
        let key = heap.alloc_string(units("k"));
        let val = heap.alloc_string(units("v"));
        let getter = function(&mut heap, 0);
        let setter = function(&mut heap, 0);
        let akey = heap.alloc_string(units("acc"));
        unsafe {
            let o = object_mut(obj);
            o.props.insert(key, val, PROP_DEFAULT);
            o.props.insert_accessor(akey, getter, setter, PROP_DEFAULT);
        }
        let elem = heap.alloc_string(units("element"));
        let arr = heap.alloc_object(KIND_ARRAY, Value::NULL, Internal::None);
        unsafe { object_mut(arr).elements.extend([elem, Value::UNINIT, obj]) };
        let inner = heap.alloc_string(units("wrapped"));
        let wrapper = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::Primitive(inner));
        let name = heap.alloc_string(units("f"));
        let captured = heap.alloc_box(wrapper);
        let bound_target = function(&mut heap, 0);
        let f = function(&mut heap, 2);
        unsafe {
            function_mut(f).name = name;
            function_mut(f).bound.push(bound_target);
            function_captures(f)[0] = captured;
            function_captures(f)[1] = arr;
        }
        let garbage: Vec<Value> = (0..10)
            .map(|i| heap.alloc_string(units(&i.to_string())))
            .collect();
        let all = [
            proto,
            obj,
            key,
            val,
            getter,
            setter,
            akey,
            elem,
            arr,
            inner,
            wrapper,
            name,
            captured,
            bound_target,
            f,
        ];
        collect_from(&mut heap, &[f]);
        for v in all {
            assert!(heap.owns(v), "reachable from the function");
        }
        for g in garbage {
            assert!(!heap.owns(g));
        }
        assert_eq!(heap.cell_count(), all.len());
        collect_from(&mut heap, &[]);
        assert_eq!(heap.cell_count(), 0);
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = heap();
        let b1 = heap.alloc_box(Value::UNDEFINED);
        let b2 = heap.alloc_box(b1);
        unsafe { (*b1.as_pointer::<JsBox>()).value = b2 };
        collect_from(&mut heap, &[b1]);
        assert_eq!(heap.cell_count(), 2);
        heap.sweep();
        assert_eq!(heap.cell_count(), 0);
    }

    #[test]
    fn object_and_closure_cycles_are_collected() {
        let mut heap = heap();
        let a = String::from("a").encode_utf16().collect::<Box<[u16]>>();
        let key = heap.alloc_string(a);
        unsafe { (*key.as_pointer::<Header>()).flags |= FLAG_PERMANENT };
        let mut keep = Value::UNDEFINED;
        for round in 0..100 {
            // obj1.a = obj2; obj2.a = obj1
            let o1 = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
            let o2 = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
            unsafe {
                object_mut(o1).props.insert(key, o2, PROP_DEFAULT);
                object_mut(o2).props.insert(key, o1, PROP_DEFAULT);
            }
            // Two closures that refer to each other through their
            // environments, and a box both capture.
            let f = function(&mut heap, 2);
            let g = function(&mut heap, 2);
            let shared = heap.alloc_box(f);
            unsafe {
                function_captures(f)[0] = g;
                function_captures(g)[0] = f;
                function_captures(f)[1] = shared;
                function_captures(g)[1] = shared;
            }
            let selfish = function(&mut heap, 1);
            unsafe { function_captures(selfish)[0] = selfish };
            if round == 99 {
                keep = g;
            }
        }
        assert_eq!(heap.cell_count(), 1 + 100 * 6);
        collect_from(&mut heap, &[keep]);
        // The last round's g keeps f and the box; everything else is garbage.
        assert_eq!(heap.cell_count(), 1 + 3);
        assert_eq!(heap.stats.cells_freed, 99 * 6 + 3);
        collect_from(&mut heap, &[]);
        assert_eq!(heap.cell_count(), 1, "only the permanent key is left");
    }

    #[test]
    fn stress_mode_poisons_freed_cells() {
        let mut heap = heap();
        heap.mode = GcMode::Stress;
        let kept = heap.alloc_string(units("kept"));
        let dead: Vec<Value> = vec![
            heap.alloc_string(units("dead")),
            heap.alloc_object(KIND_ARRAY, Value::NULL, Internal::None),
            heap.alloc_box(Value::TRUE),
            function(&mut heap, 3),
        ];
        collect_from(&mut heap, &[kept]);
        assert_eq!(heap.quarantined(), dead.len());
        for d in &dead {
            assert!(!heap.owns(*d));
            // The memory is still mapped (quarantined) and poisoned.
            assert_eq!(unsafe { kind_of(*d) }, POISON);
            assert!(!is_string(*d) && !is_object(*d));
        }
        assert_eq!(unsafe { kind_of(kept) }, KIND_STRING);
        heap.release_quarantine();
        assert_eq!(heap.quarantined(), 0);
    }

    #[test]
    #[should_panic(expected = "freed heap cell")]
    fn marking_a_freed_cell_is_caught_in_stress_mode() {
        let mut heap = heap();
        heap.mode = GcMode::Stress;
        let dangling = heap.alloc_box(Value::TRUE);
        collect_from(&mut heap, &[]);
        // A root that was not registered survives as a dangling value.
        collect_from(&mut heap, &[dangling]);
    }

    #[test]
    fn quarantine_is_bounded() {
        let mut heap = heap();
        heap.mode = GcMode::Stress;
        let size = Layout::new::<JsString>().size();
        let n = QUARANTINE_BYTES / size + 100;
        for _ in 0..n {
            heap.alloc_string(units(""));
        }
        collect_from(&mut heap, &[]);
        assert!(heap.quarantine_bytes <= QUARANTINE_BYTES);
        assert_eq!(heap.quarantined(), QUARANTINE_BYTES / size);
        heap.release_quarantine();
    }

    #[test]
    fn threshold_grows_with_the_live_heap() {
        assert_eq!(next_threshold(0), MIN_THRESHOLD);
        assert_eq!(next_threshold(MIN_THRESHOLD / 2), MIN_THRESHOLD);
        assert_eq!(next_threshold(MIN_THRESHOLD), 2 * MIN_THRESHOLD);
        assert_eq!(next_threshold(100 << 20), 200 << 20);
        assert_eq!(next_threshold(usize::MAX), usize::MAX);
        // The headroom after a collection (threshold - live) is never smaller
        // than the live heap or than half the minimum, so collections cannot
        // come back-to-back however the heap is shaped.
        for live in [0usize, 1, 4 << 20, 8 << 20, 9 << 20, 1 << 30] {
            let headroom = next_threshold(live) - live;
            assert!(headroom >= live && headroom >= MIN_THRESHOLD / 2);
        }
    }

    /// Everything that needs the runtime singleton, in one test (tests run on
    /// several threads, and the runtime belongs to one).
    #[test]
    fn root_stack_and_runtime_roots() {
        crate::state::init();
        let r = crate::state::rt();
        let rooted = crate::object::new_plain_object();
        let inner = crate::string::from_str("held by the rooted object");
        crate::object::define(rooted, crate::string::intern("x"), inner, PROP_DEFAULT);
        let unrooted = crate::object::new_plain_object();
        let later = crate::string::from_str("pushed later");
        let replaced = crate::string::from_str("replaced");
        let replacement = crate::string::from_str("replacement");
        let depth = r.root_stack.len();
        {
            let guard = RootGuard::new(&[rooted, replaced]);
            {
                let nested = RootGuard::new(&[unrooted]);
                assert_eq!(r.root_stack.len(), depth + 3);
                drop(nested);
            }
            assert_eq!(r.root_stack.len(), depth + 2, "a guard pops what it pushed");
            guard.push(later);
            guard.set(1, replacement);
            crate::stack::collect();
            let heap = &crate::state::rt().heap;
            assert!(heap.owns(rooted) && heap.owns(inner));
            assert!(heap.owns(later) && heap.owns(replacement));
            assert!(!heap.owns(unrooted), "dropped guards root nothing");
            assert!(!heap.owns(replaced), "set replaces the rooted value");
            // The runtime's own roots survive: the global object and prototypes.
            let rt = crate::state::rt();
            assert!(heap.owns(rt.global) && heap.owns(rt.protos.array));
        }
        assert_eq!(crate::state::rt().root_stack.len(), depth);
        crate::stack::collect();
        let heap = &crate::state::rt().heap;
        assert!(!heap.owns(rooted) && !heap.owns(inner) && !heap.owns(later));
        assert_eq!(heap.stats.collections, 2);
    }
}
