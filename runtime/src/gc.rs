//! Allocation and the precise, non-moving mark-sweep collector.
//!
//! Policy:
//! - Every cell is allocated through [`Heap`], or inline by compiled code
//!   from the heap's [`AllocState`] (the same free lists, bump regions,
//!   young log and byte count). Cells up to [`MAX_SMALL_CELL`]
//!   bytes live in [`PAGE_SIZE`] pages of equal slots, one slot size (a
//!   multiple of 8) per page: allocation pops the size class's free list or
//!   bumps through its newest page. A full sweep walks the pages, drops dead
//!   cells' contents, rebuilds the free lists and moves empty pages to a pool
//!   shared by all sizes (trimmed after each collection). Larger cells are
//!   allocated one by one and kept in a list. Cells never move.
//! - Heap bytes ([`BYTES_IN_USE`]) count cells (their slot size) and what they
//!   own, which the [`CountingAllocator`] counts; small blocks of the latter
//!   come from per-thread size-class free lists too.
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
//! - Generations by sticky mark bits: a collection leaves its survivors
//!   marked (`MARK_OLD`), and a *young* collection ([`Collection::Young`])
//!   traces only from the roots and the remembered set, stopping at old
//!   cells, and sweeps only the cells allocated since the last collection
//!   (a log kept by the allocator), so long-lived data costs nothing per
//!   young collection. A *full* collection unmarks everything first and
//!   sweeps every page. The write barrier
//!   ([`crate::heap::write_barrier`]) puts an old cell that is about to be
//!   written into the remembered set (`MARK_REMEMBERED`): the runtime
//!   reaches cells for writing only through `object_mut`, `function_mut` and
//!   `function_captures`, which run it, and compiled stores test the mark
//!   byte inline. A collection that happens while runtime code waits in a
//!   call to compiled code ([`CallbackScope`]) could meet a cell that code
//!   reached (and barriered) before the call and writes after it, so it is
//!   a full one that leaves every survivor young
//!   ([`Collection::FullInCallback`]).
//! - The threshold: a full collection comes when the bytes in use double
//!   from what the last full one left ([`next_threshold`], at least
//!   [`MIN_THRESHOLD`]), so collection work stays proportional to
//!   allocation; a young one comes sooner, after half the live bytes (at
//!   least half of [`MIN_THRESHOLD`]) of new allocation.
//! - Under `BIBAO_GC=stress` every fourth collection is full, and each young
//!   one checks, before its sweep, that every marked cell refers only to
//!   marked cells ([`Heap::verify_marked_cells_reach_marked`]): a store that
//!   skipped the write barrier panics there. Freed cells are not handed back
//!   to the allocator at once: their contents are dropped, the cell is overwritten with
//!   [`POISON`] (kind byte included) and kept in a bounded quarantine
//!   ([`QUARANTINE_BYTES`]). A value that was wrongly left unrooted then
//!   points at a poisoned cell instead of at a reused one: type checks fail,
//!   and the next collection that reaches it panics ("heap cell with unknown
//!   kind") rather than silently corrupting memory; marking a poisoned cell
//!   panics with "GC reached a freed heap cell". A slot leaving the
//!   quarantine becomes free (its mark byte still poisoned) and is reused
//!   after the next sweep.

use crate::heap::*;
use crate::value::Value;
use std::alloc::Layout;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const MIN_THRESHOLD: usize = 8 << 20;

/// The byte written over a freed cell in the stress-mode quarantine (also its
/// kind, which no live cell has).
pub const POISON: u8 = 0xde;
/// How many bytes of freed cells stress mode keeps poisoned before releasing
/// the oldest to the allocator.
pub const QUARANTINE_BYTES: usize = 32 << 20;

/// Bytes currently allocated by the runtime: cells (counted by the [`Heap`],
/// by slot size, and by compiled code's inline allocation: see
/// [`AllocState`]) and everything they own (string units, overflow property
/// slots, elements: counted by the [`CountingAllocator`]).
#[unsafe(export_name = "rt_bytes_in_use")]
pub static BYTES_IN_USE: AtomicUsize = AtomicUsize::new(0);
pub static BYTES_FREED_TOTAL: AtomicUsize = AtomicUsize::new(0);
/// The highest [`BYTES_IN_USE`] seen before it last went down. It only goes
/// down by a free (`count_free`, a sweep), which records it here first, so
/// [`peak_bytes`] is exact although allocation does not look at it.
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes allocated since the program started (cells and what they own).
/// Everything allocated is in use or was freed.
pub fn bytes_allocated_total() -> usize {
    BYTES_IN_USE.load(Ordering::Relaxed) + BYTES_FREED_TOTAL.load(Ordering::Relaxed)
}

/// The most bytes ever in use at once.
pub fn peak_bytes() -> usize {
    PEAK_BYTES
        .load(Ordering::Relaxed)
        .max(BYTES_IN_USE.load(Ordering::Relaxed))
}

/// Records the bytes in use as a peak candidate before they go down.
#[inline]
fn note_peak_before_free() {
    let in_use = BYTES_IN_USE.load(Ordering::Relaxed);
    if in_use > PEAK_BYTES.load(Ordering::Relaxed) {
        PEAK_BYTES.store(in_use, Ordering::Relaxed);
    }
}

/// The counting allocator installed as the global allocator of the shipped
/// static library (see `lib.rs`): every allocation the runtime makes (string
/// units, overflow property slots, elements...) is counted in [`BYTES_IN_USE`].
///
/// Small blocks (up to [`SMALL_BLOCK_MAX`] bytes, alignment up to 16), which
/// are most of them, come from per-thread segregated free lists: one list per
/// 16-byte size class, refilled by bumping through arenas mapped from the
/// system. Freeing is a push, allocating a pop: no coalescing, no bins, which
/// matters because the collector frees thousands of small vectors in a burst.
/// Freed blocks stay in their size class (and in the freeing thread's lists).
/// Everything larger goes to the system allocator.
pub struct CountingAllocator;

/// The largest block served from the size-class free lists.
pub const SMALL_BLOCK_MAX: usize = 256;
pub const SMALL_BLOCK_ALIGN: usize = 16;
const SMALL_BLOCK_CLASSES: usize = SMALL_BLOCK_MAX / SMALL_BLOCK_ALIGN;
/// Small blocks are carved from arenas of this size.
const SMALL_ARENA: usize = 1 << 20;

/// One thread's small-block lists.
///
/// `repr(C)`: compiled code, which runs on the program thread only, takes
/// array literals' element stores from that thread's lists
/// ([`rt_small_blocks`]) as [`SmallBlocks::alloc`] does.
#[repr(C)]
pub struct SmallBlocks {
    /// Free blocks of class `i` (size `16 * (i + 1)`), linked through their
    /// first word.
    free: [Cell<*mut u8>; SMALL_BLOCK_CLASSES],
    /// The unused rest of the current arena.
    bump: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    // Const-initialized and without a destructor: reading it never allocates
    // and works until the thread is gone.
    static SMALL_BLOCKS: SmallBlocks = const {
        SmallBlocks {
            free: [const { Cell::new(std::ptr::null_mut()) }; SMALL_BLOCK_CLASSES],
            bump: Cell::new(std::ptr::null_mut()),
            end: Cell::new(std::ptr::null_mut()),
        }
    };
}

impl SmallBlocks {
    pub const FREE_OFFSET: i32 = std::mem::offset_of!(SmallBlocks, free) as i32;
    pub const BUMP_OFFSET: i32 = std::mem::offset_of!(SmallBlocks, bump) as i32;
    pub const END_OFFSET: i32 = std::mem::offset_of!(SmallBlocks, end) as i32;
}

/// The program thread's [`SmallBlocks`] (null until the runtime starts;
/// see [`publish_small_blocks`]).
#[unsafe(no_mangle)]
pub static mut rt_small_blocks: *const SmallBlocks = std::ptr::null();

/// Publishes the calling thread's small-block lists for compiled code
/// (called on the program thread, which is the only one running it).
pub fn publish_small_blocks() {
    SMALL_BLOCKS.with(|s| {
        // SAFETY: single-threaded write before compiled code runs; the
        // lists live as long as the thread, which runs the whole program.
        unsafe { rt_small_blocks = s as *const SmallBlocks }
    });
}

/// The size class compiled code uses for a small block of `size` bytes.
pub const fn small_block_class(size: usize) -> usize {
    (size - 1) / SMALL_BLOCK_ALIGN
}

/// How many cells ahead of the one it frees a sweep looks for element
/// stores to prefetch ([`Heap::prefetch_dead_store`]).
const SWEEP_AHEAD: usize = 16;

/// Starts loading the cache line at `p` (a free block the next allocation
/// of its size will hand out), so that allocation does not wait for memory.
/// Only a hint: `p` may be null, and is never dereferenced here.
#[inline(always)]
fn prefetch_for_write(p: *mut u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

#[inline]
fn is_small_block(size: usize, align: usize) -> bool {
    size <= SMALL_BLOCK_MAX && align <= SMALL_BLOCK_ALIGN
}

/// The size class of a small block of `size` (> 0) bytes.
#[inline]
fn small_class(size: usize) -> usize {
    small_block_class(size)
}

impl SmallBlocks {
    #[inline]
    fn alloc(&self, class: usize) -> *mut u8 {
        let head = self.free[class].get();
        if !head.is_null() {
            // SAFETY: a free block holds the next free block in its first word.
            let next = unsafe { *(head as *const *mut u8) };
            prefetch_for_write(next);
            self.free[class].set(next);
            return head;
        }
        let size = (class + 1) * SMALL_BLOCK_ALIGN;
        let p = self.bump.get();
        if (self.end.get() as usize) - (p as usize) >= size {
            // SAFETY: stays inside the arena.
            self.bump.set(unsafe { p.add(size) });
            return p;
        }
        self.new_arena(size)
    }

    #[cold]
    #[inline(never)]
    fn new_arena(&self, size: usize) -> *mut u8 {
        let base = map_pages(SMALL_ARENA);
        if base.is_null() {
            return base;
        }
        // SAFETY: both stay inside the fresh arena.
        unsafe {
            self.bump.set(base.add(size));
            self.end.set(base.add(SMALL_ARENA));
        }
        base
    }

    /// # Safety
    /// `p` must be a small block of class `class` that nothing uses any more.
    #[inline]
    unsafe fn free(&self, p: *mut u8, class: usize) {
        unsafe { *(p as *mut *mut u8) = self.free[class].get() };
        self.free[class].set(p);
    }
}

/// A small block of `size` bytes, not counted; null when out of memory.
#[inline]
fn small_alloc(size: usize) -> *mut u8 {
    SMALL_BLOCKS.with(|s| s.alloc(small_class(size)))
}

/// # Safety
/// `p` must be a small block allocated for `size` bytes and no longer used.
#[inline]
unsafe fn small_free(p: *mut u8, size: usize) {
    SMALL_BLOCKS.with(|s| unsafe { s.free(p, small_class(size)) })
}

// The counters are updated with a plain load and store, not a locked
// read-modify-write: the program thread does nearly all allocation, and a
// rare lost update from another thread only skews statistics and the
// collection threshold a little.

#[inline]
pub(crate) fn bump_counter(c: &AtomicUsize, delta: usize, add: bool) {
    let v = c.load(Ordering::Relaxed);
    c.store(
        if add {
            v.wrapping_add(delta)
        } else {
            v.wrapping_sub(delta)
        },
        Ordering::Relaxed,
    );
}

#[inline]
fn count_alloc(size: usize) {
    bump_counter(&BYTES_IN_USE, size, true);
}

#[inline]
fn count_free(size: usize) {
    note_peak_before_free();
    bump_counter(&BYTES_IN_USE, size, false);
    bump_counter(&BYTES_FREED_TOTAL, size, true);
}

// SAFETY: small blocks are handed out at most once until freed (each thread
// owns its lists; a block freed on another thread joins that thread's lists),
// are 16-aligned (arenas are page-aligned, sizes multiples of 16) and as large
// as the class; the rest forwards to the system allocator. Whether a block is
// small is decided by its layout, which the caller passes unchanged to
// `dealloc` and `realloc`.
unsafe impl std::alloc::GlobalAlloc for CountingAllocator {
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::alloc`]: `layout` has a non-zero size.
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        if is_small_block(layout.size(), layout.align()) {
            small_alloc(layout.size())
        } else {
            unsafe { std::alloc::System.alloc(layout) }
        }
    }
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::alloc_zeroed`]: `layout` has a non-zero size.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        if is_small_block(layout.size(), layout.align()) {
            let p = small_alloc(layout.size());
            if !p.is_null() {
                unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
            }
            p
        } else {
            unsafe { std::alloc::System.alloc_zeroed(layout) }
        }
    }
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::dealloc`]: `ptr` was allocated by this
    /// allocator with `layout`.
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count_free(layout.size());
        if is_small_block(layout.size(), layout.align()) {
            unsafe { small_free(ptr, layout.size()) }
        } else {
            unsafe { std::alloc::System.dealloc(ptr, layout) }
        }
    }
    /// # Safety
    /// As [`std::alloc::GlobalAlloc::realloc`]: `ptr` was allocated by this
    /// allocator with `layout`, and `new_size` is non-zero.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old_size = layout.size();
        let align = layout.align();
        let old_small = is_small_block(old_size, align);
        let new_small = is_small_block(new_size, align);
        let p = if old_small && new_small && small_class(old_size) == small_class(new_size) {
            ptr
        } else if !old_small && !new_small {
            unsafe { std::alloc::System.realloc(ptr, layout, new_size) }
        } else {
            // Between a small block and a system block (or two classes).
            let p = if new_small {
                small_alloc(new_size)
            } else {
                // SAFETY: `new_size` is non-zero and `align` a valid alignment.
                unsafe {
                    std::alloc::System.alloc(Layout::from_size_align_unchecked(new_size, align))
                }
            };
            if p.is_null() {
                return p;
            }
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, p, old_size.min(new_size));
                if old_small {
                    small_free(ptr, old_size);
                } else {
                    std::alloc::System.dealloc(ptr, layout);
                }
            }
            p
        };
        if p.is_null() {
            return p;
        }
        if new_size >= old_size {
            count_alloc(new_size - old_size);
        } else {
            count_free(old_size - new_size);
        }
        p
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

/// What a collection traces and what its survivors become.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Collection {
    /// Traces from the roots and the remembered set, stopping at old cells;
    /// frees unreached young cells; survivors become old.
    Young,
    /// Unmarks every cell, traces everything from the roots, frees what it
    /// did not reach; survivors become old.
    Full,
    /// A full collection while runtime code waits in a call back into
    /// compiled code (inside `Array.prototype.map`, a getter, `toString`...).
    /// That runtime code may hold a cell it reached for writing before the
    /// call and write into it after: the barrier ran before the cell became
    /// old. So this collection leaves every survivor young (marks cleared)
    /// and the next one traces everything.
    FullInCallback,
}

/// Whether the sweep leaves survivors marked (old) or clears their marks.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Survivors {
    BecomeOld,
    StayYoung,
}

thread_local! {
    /// Old cells written since the last collection (their mark is
    /// `MARK_REMEMBERED`).
    static REMEMBERED: std::cell::RefCell<Vec<*mut Header>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// Runtime calls into compiled code in progress (see
    /// [`Collection::FullInCallback`]).
    static CALLBACK_DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// The slow path of the write barrier: `h` is old and now remembered.
///
/// # Safety
/// `h` must be a live cell.
#[cold]
#[inline(never)]
pub unsafe fn remember(h: *mut Header) {
    // SAFETY: as the caller promised.
    unsafe { (*h).mark.set(MARK_REMEMBERED) };
    REMEMBERED.with_borrow_mut(|r| r.push(h));
}

/// The write barrier of compiled stores: the cell `cell` had mark
/// `MARK_OLD`. Returns 0.
///
/// # Safety
/// `cell` must be a pointer value to a live cell.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_gc_remember(cell: u64) -> u64 {
    // SAFETY: as the caller promised.
    unsafe { remember(Value(cell).as_pointer::<Header>()) };
    0
}

/// Marks runtime code as waiting in a call to compiled code while it lives.
pub struct CallbackScope(());

impl CallbackScope {
    pub fn enter() -> CallbackScope {
        CALLBACK_DEPTH.set(CALLBACK_DEPTH.get() + 1);
        CallbackScope(())
    }
}

impl Drop for CallbackScope {
    fn drop(&mut self) {
        CALLBACK_DEPTH.set(CALLBACK_DEPTH.get() - 1);
    }
}

/// Whether runtime code is waiting in a call to compiled code.
pub fn in_callback() -> bool {
    CALLBACK_DEPTH.get() > 0
}

#[derive(Default, Debug, Clone)]
pub struct GcStats {
    pub collections: u64,
    /// Of which young collections.
    pub young_collections: u64,
    pub cells_freed: u64,
    pub gc_nanos: u128,
}

/// Cells up to this many bytes live in pages of equal-sized slots; larger
/// cells (functions with many captured slots) are allocated one by one.
pub const MAX_SMALL_CELL: usize = 512;

/// Where an entry of the young log keeps the slot size: above the 47 bits
/// of a user-space address.
pub const YOUNG_SIZE_SHIFT: u32 = 48;
const _: () = assert!(MAX_SMALL_CELL < 1 << (64 - YOUNG_SIZE_SHIFT));

/// The size of a page of small cells (mapped from the system, never from
/// the counting allocator: only the cells in it count as heap bytes).
pub const PAGE_SIZE: usize = 64 << 10;
/// Slot sizes are multiples of this.
const GRANULE: usize = 8;
const CLASSES: usize = MAX_SMALL_CELL / GRANULE + 1;
/// The smallest slot: a header and the free list link.
const MIN_CELL: usize = 16;
/// The kind byte of a free slot (no live cell has kind 0).
const KIND_FREE: u8 = 0;
/// Where a free slot keeps the next free slot of its size class.
pub const FREE_LINK_OFFSET: usize = 8;
const NO_PAGE: usize = usize::MAX;

/// The slot size a cell of `size` bytes takes (a small cell when at most
/// [`MAX_SMALL_CELL`]).
#[inline]
pub const fn slot_size(size: usize) -> usize {
    (if size > MIN_CELL { size } else { MIN_CELL } + GRANULE - 1) & !(GRANULE - 1)
}

/// A page of `slot`-sized slots. Slots below `used` have been handed out at
/// least once: each is live (a cell kind), free ([`KIND_FREE`], linked on its
/// class's free list after the last sweep) or quarantined ([`POISON`]).
/// The rest of the page is untouched by the collector.
#[derive(Copy, Clone)]
struct Page {
    base: *mut u8,
    slot: u32,
    used: u32,
}

/// Allocation state of one slot size: a free list rebuilt by every sweep, and
/// a bump region in the page most recently taken for this size.
///
/// `repr(C)`: compiled code pops `free` and bumps `bump` (see [`AllocState`]).
#[derive(Copy, Clone)]
#[repr(C)]
pub struct SizeClass {
    free: *mut u8,
    bump: *mut u8,
    end: *mut u8,
    /// Index in `Heap::pages` of the bump page, or `NO_PAGE`.
    page: usize,
}

/// The allocator state compiled code allocates from inline, without calling
/// the runtime (`lower.rs`, `alloc_inline`): the size classes, the
/// young log, and the collection threshold. The program's heap publishes
/// its state in [`rt_alloc_state`].
///
/// Compiled code allocating a cell of slot size `size` (at most
/// [`MAX_SMALL_CELL`]) does what [`Heap::alloc_cell`] does when nothing
/// needs the runtime: it takes the head of `classes[size / GRANULE].free`
/// (or bumps `bump` below `end`), adds `size` to [`BYTES_IN_USE`], and
/// appends `cell | size << YOUNG_SIZE_SHIFT` to the young log. If the log
/// is full or the bytes in use would pass `threshold`, it calls the runtime
/// instead, which grows the log or requests a collection. Compiled code
/// writes nothing until every check has passed.
#[repr(C)]
pub struct AllocState {
    /// The young log (see `Heap::young_push`): small cells allocated since
    /// the last collection, each entry the cell's address with its slot size
    /// in the top 16 bits ([`YOUNG_SIZE_SHIFT`]).
    young_ptr: *mut usize,
    young_len: usize,
    young_cap: usize,
    /// Bytes in use past which the next collection is requested: the lower
    /// of `Heap::full_threshold` and the bytes left by the last collection
    /// plus `Heap::nursery`.
    threshold: usize,
    /// Size classes by slot size / GRANULE.
    classes: [SizeClass; CLASSES],
}

impl AllocState {
    pub const YOUNG_PTR_OFFSET: i32 = std::mem::offset_of!(AllocState, young_ptr) as i32;
    pub const YOUNG_LEN_OFFSET: i32 = std::mem::offset_of!(AllocState, young_len) as i32;
    pub const YOUNG_CAP_OFFSET: i32 = std::mem::offset_of!(AllocState, young_cap) as i32;
    pub const THRESHOLD_OFFSET: i32 = std::mem::offset_of!(AllocState, threshold) as i32;
    /// The offset of the size class of slot size `slot` (see [`slot_size`]).
    pub const fn class_offset(slot: usize) -> i32 {
        (std::mem::offset_of!(AllocState, classes)
            + slot / GRANULE * std::mem::size_of::<SizeClass>()) as i32
    }
}

impl SizeClass {
    pub const FREE_OFFSET: i32 = std::mem::offset_of!(SizeClass, free) as i32;
    pub const BUMP_OFFSET: i32 = std::mem::offset_of!(SizeClass, bump) as i32;
    pub const END_OFFSET: i32 = std::mem::offset_of!(SizeClass, end) as i32;
}

/// The program heap's [`AllocState`] (null until the runtime starts).
#[unsafe(no_mangle)]
pub static mut rt_alloc_state: *mut AllocState = std::ptr::null_mut();

const EMPTY_CLASS: SizeClass = SizeClass {
    free: std::ptr::null_mut(),
    bump: std::ptr::null_mut(),
    end: std::ptr::null_mut(),
    page: NO_PAGE,
};

unsafe extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

/// Maps `len` fresh zeroed bytes (page-aligned) from the system; null on failure.
fn map_pages(len: usize) -> *mut u8 {
    const PROT_READ_WRITE: i32 = 0x1 | 0x2;
    const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ_WRITE,
            MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        )
    };
    if p as isize == -1 {
        std::ptr::null_mut()
    } else {
        p
    }
}

/// Maps a fresh page for heap cells.
fn map_page() -> *mut u8 {
    let p = map_pages(PAGE_SIZE);
    if p.is_null() {
        std::alloc::handle_alloc_error(Layout::from_size_align(PAGE_SIZE, 4096).expect("page"));
    }
    p
}

/// # Safety
/// `p` must come from [`map_page`] and nothing may refer into it any more.
unsafe fn unmap_page(p: *mut u8) {
    unsafe { munmap(p, PAGE_SIZE) };
}

/// A quarantined (stress mode) cell: its memory and slot size, and whether it
/// is a large cell (given back with `dealloc`) or a page slot (made free).
struct Quarantined {
    cell: *mut u8,
    size: usize,
    large: bool,
}

pub struct Heap {
    /// Size classes, young log and threshold (boxed: compiled code finds
    /// them through [`rt_alloc_state`]).
    alloc: Box<AllocState>,
    /// Every page holding small cells.
    pages: Vec<Page>,
    /// Empty pages kept for reuse by any size class.
    pool: Vec<*mut u8>,
    /// Cells larger than [`MAX_SMALL_CELL`], allocated one by one.
    large: Vec<*mut Header>,
    /// Live cells (small and large) when the last collection ended, plus
    /// large cells allocated since (small cells allocated since are the
    /// young log).
    live_cells: usize,
    /// Bytes in use past which the next collection is a full one.
    pub full_threshold: usize,
    /// Bytes allocated between two young collections.
    nursery: usize,
    /// No cell is marked (none was collected yet, or the last collection
    /// left its survivors young): a full collection need not unmark.
    marks_clear: bool,
    pub mode: GcMode,
    pub stats: GcStats,
    pub print_stats: bool,
    /// Gray cells waiting to be traced.
    worklist: Vec<*mut Header>,
    /// Stress mode: freed, poisoned cells not yet handed back for reuse,
    /// oldest first.
    quarantine: std::collections::VecDeque<Quarantined>,
    quarantine_bytes: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Cells are not dropped (a heap lives as long as its program; tests
        // drop theirs): only the pages go back to the system.
        self.release_quarantine();
        drop(self.young_take());
        for page in std::mem::take(&mut self.pages) {
            // SAFETY: the heap is going away with every cell in it.
            unsafe { unmap_page(page.base) };
        }
        for p in std::mem::take(&mut self.pool) {
            // SAFETY: pooled pages hold no cells.
            unsafe { unmap_page(p) };
        }
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            alloc: Box::new(AllocState {
                young_ptr: std::ptr::null_mut(),
                young_len: 0,
                young_cap: 0,
                threshold: MIN_THRESHOLD,
                classes: [EMPTY_CLASS; CLASSES],
            }),
            pages: Vec::new(),
            pool: Vec::new(),
            large: Vec::new(),
            live_cells: 0,
            full_threshold: MIN_THRESHOLD,
            nursery: MIN_THRESHOLD,
            marks_clear: true,
            mode: GcMode::Normal,
            stats: GcStats::default(),
            print_stats: false,
            worklist: Vec::new(),
            quarantine: std::collections::VecDeque::new(),
            quarantine_bytes: 0,
        }
    }

    /// Live cells (not counting quarantined ones).
    pub fn cell_count(&self) -> usize {
        self.live_cells + self.alloc.young_len
    }

    /// Bytes in use at which the next collection is requested.
    pub fn threshold(&self) -> usize {
        self.alloc.threshold
    }

    /// The state compiled code allocates from (see [`AllocState`]).
    pub fn alloc_state(&mut self) -> *mut AllocState {
        &mut *self.alloc
    }

    /// Appends a small cell to the young log.
    #[inline]
    fn young_push(&mut self, entry: usize) {
        let a = &mut *self.alloc;
        if a.young_len == a.young_cap {
            self.young_grow();
        }
        let a = &mut *self.alloc;
        // SAFETY: `young_len < young_cap` after growing.
        unsafe { a.young_ptr.add(a.young_len).write(entry) };
        a.young_len += 1;
    }

    /// The young log as a `Vec` (its memory), left empty in the state.
    fn young_take(&mut self) -> Vec<usize> {
        let a = &mut *self.alloc;
        if a.young_ptr.is_null() {
            return Vec::new();
        }
        // SAFETY: ptr, len and cap came from a `Vec<usize>` (`young_put`).
        let v = unsafe { Vec::from_raw_parts(a.young_ptr, a.young_len, a.young_cap) };
        a.young_ptr = std::ptr::null_mut();
        a.young_len = 0;
        a.young_cap = 0;
        v
    }

    /// Makes `v` the young log.
    fn young_put(&mut self, v: Vec<usize>) {
        debug_assert!(self.alloc.young_ptr.is_null());
        let mut v = std::mem::ManuallyDrop::new(v);
        let a = &mut *self.alloc;
        a.young_ptr = v.as_mut_ptr();
        a.young_len = v.len();
        a.young_cap = v.capacity();
    }

    #[cold]
    #[inline(never)]
    fn young_grow(&mut self) {
        let mut v = self.young_take();
        v.reserve(v.capacity().max(1024));
        self.young_put(v);
    }

    /// Empties the young log, keeping its memory (after a collection: its
    /// cells are now counted in `live_cells`).
    fn young_clear(&mut self) {
        self.alloc.young_len = 0;
    }

    /// Pages holding small cells, and empty pages kept for reuse.
    pub fn page_count(&self) -> (usize, usize) {
        (self.pages.len(), self.pool.len())
    }

    /// Uninitialized memory for a cell of `size` bytes (8-aligned), counted
    /// as in use. The caller writes the whole cell before anything reads it.
    #[inline]
    fn alloc_cell(&mut self, size: usize) -> *mut u8 {
        let size = slot_size(size);
        if size > MAX_SMALL_CELL {
            return self.alloc_large(size);
        }
        let c = &mut self.alloc.classes[size / GRANULE];
        let p = if !c.free.is_null() {
            let p = c.free;
            // SAFETY: a free slot links the next one at FREE_LINK_OFFSET.
            c.free = unsafe { *(p.add(FREE_LINK_OFFSET) as *const *mut u8) };
            prefetch_for_write(c.free);
            p
        } else if c.bump < c.end {
            let p = c.bump;
            // SAFETY: `end` is a slot boundary inside the bump page.
            c.bump = unsafe { p.add(size) };
            p
        } else {
            self.refill(size)
        };
        self.young_push(p as usize | size << YOUNG_SIZE_SHIFT);
        count_alloc(size);
        self.note_in_use(BYTES_IN_USE.load(Ordering::Relaxed));
        p
    }

    /// Takes a page (from the pool or the system) as the bump page of the
    /// class of `size`, and returns its first slot.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, size: usize) -> *mut u8 {
        let cls = size / GRANULE;
        self.close_bump(cls);
        let base = self.pool.pop().unwrap_or_else(map_page);
        self.pages.push(Page {
            base,
            slot: size as u32,
            used: 0,
        });
        let c = &mut self.alloc.classes[cls];
        c.page = self.pages.len() - 1;
        // SAFETY: both stay inside the page.
        unsafe {
            c.bump = base.add(size);
            c.end = base.add(PAGE_SIZE / size * size);
        }
        base
    }

    /// Records in the bump page of class `cls` how far it was handed out.
    fn close_bump(&mut self, cls: usize) {
        let c = &self.alloc.classes[cls];
        if c.page != NO_PAGE {
            let page = &mut self.pages[c.page];
            page.used = (c.bump as usize - page.base as usize) as u32;
        }
    }

    #[cold]
    #[inline(never)]
    fn alloc_large(&mut self, size: usize) -> *mut u8 {
        let layout = Layout::from_size_align(size, 8).expect("cell layout");
        // SAFETY: the layout is non-zero sized.
        let p = unsafe { std::alloc::alloc(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        self.large.push(p as *mut Header);
        self.live_cells += 1;
        // The counting allocator (when installed) counted the bytes.
        self.note_in_use(BYTES_IN_USE.load(Ordering::Relaxed));
        p
    }

    /// Requests a collection past the threshold.
    #[inline]
    fn note_in_use(&mut self, in_use: usize) {
        if in_use > self.alloc.threshold && self.mode == GcMode::Normal {
            crate::stack::request_interrupt();
        }
    }

    pub fn alloc_string(&mut self, units: Box<[u16]>) -> Value {
        let cell = self.alloc_cell(std::mem::size_of::<JsString>()) as *mut JsString;
        // SAFETY: fresh memory for a JsString.
        unsafe {
            let len = units.len() as u32;
            cell.write(JsString {
                header: Header::new(KIND_STRING),
                hash: std::cell::Cell::new(0),
                units,
                rope: std::cell::Cell::new((Value::UNDEFINED, Value::UNDEFINED)),
                len,
            })
        };
        Value::pointer(cell)
    }

    pub fn alloc_object(&mut self, kind: u8, proto: Value, internal: Internal) -> Value {
        self.alloc_object_with_slots(kind, proto, internal, crate::shape::INLINE_SLOTS)
    }

    /// An ordinary object with `slots` in-object slots (1 to
    /// [`crate::shape::WIDE_INLINE_SLOTS`]; its shapes come from the tree of
    /// that count).
    pub fn alloc_instance(&mut self, proto: Value, slots: usize) -> Value {
        self.alloc_object_with_slots(KIND_OBJECT, proto, Internal::None, slots)
    }

    fn alloc_object_with_slots(
        &mut self,
        kind: u8,
        proto: Value,
        internal: Internal,
        slots: usize,
    ) -> Value {
        debug_assert!(kind == KIND_OBJECT || kind == KIND_ARRAY);
        let slots = if kind == KIND_OBJECT { slots } else { 0 };
        let cell = self.alloc_cell(Self::object_size(slots)) as *mut JsObject;
        // SAFETY: fresh memory for a JsObject.
        unsafe {
            // Objects with exotic keys never share a shape (see shape.rs).
            let props = match internal {
                Internal::Error | Internal::Arguments | Internal::Primitive(_) => {
                    crate::object::PropertyMap::new_dictionary()
                }
                _ if kind == KIND_ARRAY => crate::object::PropertyMap::new_array(),
                _ => crate::object::PropertyMap::new_instance(slots),
            };
            cell.write(JsObject::new(Header::new(kind), proto, props, internal))
        };
        if kind == KIND_OBJECT {
            // SAFETY: the cell has room for the in-object slots.
            unsafe { (*cell).props.enable_inline_slots(slots) };
        }
        Value::pointer(cell)
    }

    /// The size of an object or array cell with `slots` in-object slots.
    fn object_size(slots: usize) -> usize {
        std::mem::size_of::<JsObject>() + 8 * slots
    }

    /// The size of a function cell with `captures` slots.
    fn function_size(captures: usize) -> usize {
        FUNCTION_CAPTURES_OFFSET as usize + 8 * captures
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
        let p = self.alloc_cell(Self::function_size(captures)) as *mut JsFunction;
        // SAFETY: fresh memory for a function with `captures` slots; every
        // field and slot is written below before the cell is published.
        unsafe {
            let mut header = Header::new(KIND_FUNCTION);
            header.extra = captures as u32;
            std::ptr::write(
                p,
                JsFunction {
                    object: JsObject::new(
                        header,
                        proto,
                        crate::object::PropertyMap::new_function(),
                        Internal::None,
                    ),
                    code,
                    name,
                    length,
                    flags,
                    bound: FunctionExtras::default(),
                    captures: [],
                },
            );
            let slots = (p as *mut u8).add(FUNCTION_CAPTURES_OFFSET as usize) as *mut Value;
            for i in 0..captures {
                std::ptr::write(slots.add(i), Value::UNDEFINED);
            }
            Value::pointer(p)
        }
    }

    pub fn alloc_box(&mut self, value: Value) -> Value {
        let cell = self.alloc_cell(std::mem::size_of::<JsBox>()) as *mut JsBox;
        // SAFETY: fresh memory for a JsBox.
        unsafe {
            cell.write(JsBox {
                header: Header::new(KIND_BOX),
                value,
                not_a_shape: crate::heap::NOT_A_SHAPE,
            })
        };
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

    /// Which collection to run now. `in_callback`: runtime code waits in a
    /// call to compiled code (see [`Collection::FullInCallback`]). Stress
    /// mode makes every fourth collection full, so that the young ones are
    /// checked against full ones.
    pub fn next_collection(&self, in_callback: bool) -> Collection {
        if in_callback {
            Collection::FullInCallback
        } else if self.mode == GcMode::Stress {
            if self.stats.collections % 4 == 3 {
                Collection::Full
            } else {
                Collection::Young
            }
        } else if BYTES_IN_USE.load(Ordering::Relaxed) > self.full_threshold {
            Collection::Full
        } else {
            Collection::Young
        }
    }

    /// Starts a collection before the roots are marked: a young one queues
    /// the remembered cells for tracing; a full one unmarks every cell and
    /// forgets the remembered set.
    pub fn begin(&mut self, kind: Collection) {
        let remembered = REMEMBERED.with_borrow_mut(std::mem::take);
        match kind {
            Collection::Young => {
                for h in remembered {
                    // SAFETY: remembered cells are old, and only a full
                    // collection (which empties the set) frees old cells.
                    unsafe { (*h).mark.set(MARK_OLD) };
                    self.worklist.push(h);
                }
            }
            Collection::Full | Collection::FullInCallback => {
                if !self.marks_clear {
                    // SAFETY: the callback only writes marks of live cells.
                    unsafe { self.for_each_cell(|h| (*h).mark.set(0)) };
                }
            }
        }
        self.marks_clear = kind == Collection::FullInCallback;
    }

    /// Calls `f` with every live cell (not free or quarantined ones).
    ///
    /// # Safety
    /// `f` must not allocate or free cells.
    unsafe fn for_each_cell(&mut self, mut f: impl FnMut(*mut Header)) {
        for cls in 0..CLASSES {
            self.close_bump(cls);
        }
        for page in &self.pages {
            let size = page.slot as usize;
            // SAFETY: slots below `used` are live, free or quarantined cells.
            unsafe {
                let end = page.base.add(page.used as usize);
                let mut p = page.base;
                while p < end {
                    let h = p as *mut Header;
                    if (*h).kind != KIND_FREE && (*h).kind != POISON {
                        f(h);
                    }
                    p = p.add(size);
                }
            }
        }
        for &h in &self.large {
            f(h);
        }
    }

    /// Stress mode, after marking a young collection: every marked cell
    /// refers only to marked (or permanent) cells. Otherwise an old cell was
    /// written without the write barrier, and the sweep would free a cell it
    /// refers to.
    pub fn verify_marked_cells_reach_marked(&mut self) {
        // SAFETY: reads live cells only.
        unsafe {
            self.for_each_cell(|h| {
                if (*h).mark.get() == 0 {
                    return;
                }
                for_each_child(h, |v| {
                    if !v.is_pointer() {
                        return;
                    }
                    let c = v.as_pointer::<Header>();
                    let reached = (*c).mark.get() != 0 || (*c).flags & FLAG_PERMANENT != 0;
                    if !reached || (*c).kind == POISON {
                        panic!(
                            "bibao runtime: an old cell (kind {}) refers to a cell the young \
                             collection did not reach (a write barrier is missing)",
                            (*h).kind
                        );
                    }
                });
            });
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
        // SAFETY: as the caller's.
        unsafe { for_each_child(h, |v| self.mark_value(v)) }
    }

    /// Ends a collection of `kind` whose marking is done: the sweep that
    /// kind calls for (in stress mode, a young one first checks the marks:
    /// [`Heap::verify_marked_cells_reach_marked`]).
    pub fn sweep_for(&mut self, kind: Collection) {
        match kind {
            Collection::Young => {
                if self.mode == GcMode::Stress {
                    self.verify_marked_cells_reach_marked();
                }
                self.sweep_young();
            }
            Collection::Full => self.sweep(Survivors::BecomeOld),
            Collection::FullInCallback => self.sweep(Survivors::StayYoung),
        }
    }

    /// The sweep of a young collection: frees the unmarked cells among those
    /// allocated since the last collection (onto their free lists) and
    /// unmarked large cells; survivors keep their marks (become old).
    /// Other unmarked cells (left young by [`Collection::FullInCallback`])
    /// wait for the next full sweep.
    fn sweep_young(&mut self) {
        let poison = self.mode == GcMode::Stress;
        let mut freed_bytes = 0usize;
        let mut freed_cells = 0usize;
        let mut young = self.young_take();
        self.live_cells += young.len();
        let cell_of = |entry: usize| (entry & ((1 << YOUNG_SIZE_SHIFT) - 1)) as *mut Header;
        for (i, &entry) in young.iter().enumerate() {
            if let Some(&ahead) = young.get(i + SWEEP_AHEAD) {
                // SAFETY: a logged cell is a live small cell.
                unsafe { Self::prefetch_dead_store(cell_of(ahead)) };
            }
            let h = cell_of(entry);
            let size = entry >> YOUNG_SIZE_SHIFT;
            // SAFETY: logged cells are live small cells (only collections
            // free cells, and each one empties the log); a dead one is
            // dropped exactly once, here.
            unsafe {
                if (*h).mark.get() != 0 || (*h).flags & FLAG_PERMANENT != 0 {
                    continue;
                }
                if Self::owns_something(h) {
                    Self::drop_contents(h);
                }
                freed_bytes += size;
                freed_cells += 1;
                let p = h as *mut u8;
                if poison {
                    self.quarantine_cell(p, size, false);
                } else {
                    (*h).kind = KIND_FREE;
                    let c = &mut self.alloc.classes[size / GRANULE];
                    *(p.add(FREE_LINK_OFFSET) as *mut *mut u8) = c.free;
                    c.free = p;
                }
            }
        }
        young.clear();
        self.young_put(young);
        freed_cells += self.sweep_large(Survivors::BecomeOld);
        self.count_freed(freed_bytes, freed_cells);
    }

    /// Frees every unmarked cell; the survivors keep their marks (become
    /// old) or lose them (stay young).
    ///
    /// Every cell that no root reaches must have been marked by
    /// [`Heap::mark_value`] and [`Heap::drain`] before this runs; an unmarked
    /// cell is freed even if the mutator still holds it.
    ///
    /// Walks every page: a dead cell's contents are dropped and its slot goes
    /// on its class's free list (rebuilt from scratch, in address order within
    /// a page); a page left with no cell goes to the pool of empty pages.
    pub fn sweep(&mut self, survivors: Survivors) {
        let poison = self.mode == GcMode::Stress;
        let clear = survivors == Survivors::StayYoung;
        for cls in 0..CLASSES {
            self.close_bump(cls);
            self.alloc.classes[cls].free = std::ptr::null_mut();
        }
        let mut freed_bytes = 0usize;
        let mut freed_cells = 0usize;
        let mut kept = 0;
        for i in 0..self.pages.len() {
            let page = self.pages[i];
            let size = page.slot as usize;
            let cls = size / GRANULE;
            let mut head: *mut u8 = std::ptr::null_mut();
            let mut tail: *mut u8 = std::ptr::null_mut();
            let mut occupied = 0usize;
            // SAFETY: slots below `used` are live, free or quarantined cells
            // (see `Page`); a dead cell is dropped exactly once, here.
            unsafe {
                let end = page.base.add(page.used as usize);
                let mut p = page.base;
                let ahead = SWEEP_AHEAD * size;
                while p < end {
                    let h = p as *mut Header;
                    if (end as usize) - (p as usize) > ahead {
                        Self::prefetch_dead_store(p.add(ahead) as *mut Header);
                    }
                    let free = match (*h).kind {
                        KIND_FREE => true,
                        POISON => {
                            occupied += 1;
                            false
                        }
                        _ if (*h).mark.get() != 0 || (*h).flags & FLAG_PERMANENT != 0 => {
                            if clear {
                                (*h).mark.set(0);
                            }
                            occupied += 1;
                            false
                        }
                        _ => {
                            if Self::owns_something(h) {
                                Self::drop_contents(h);
                            }
                            freed_bytes += size;
                            freed_cells += 1;
                            if poison {
                                self.quarantine_cell(p, size, false);
                                occupied += 1;
                                false
                            } else {
                                (*h).kind = KIND_FREE;
                                true
                            }
                        }
                    };
                    if free {
                        if tail.is_null() {
                            head = p;
                        } else {
                            *(tail.add(FREE_LINK_OFFSET) as *mut *mut u8) = p;
                        }
                        tail = p;
                    }
                    p = p.add(size);
                }
            }
            let bumping = self.alloc.classes[cls].page == i;
            if occupied == 0 && !bumping {
                self.pool.push(page.base);
                continue;
            }
            if !tail.is_null() {
                // SAFETY: `tail` is a free slot of this class.
                unsafe {
                    *(tail.add(FREE_LINK_OFFSET) as *mut *mut u8) = self.alloc.classes[cls].free
                };
                self.alloc.classes[cls].free = head;
            }
            if bumping {
                self.alloc.classes[cls].page = kept;
            }
            self.pages[kept] = page;
            kept += 1;
        }
        self.pages.truncate(kept);

        freed_cells += self.sweep_large(survivors);
        self.live_cells += self.alloc.young_len;
        self.young_clear();
        self.count_freed(freed_bytes, freed_cells);
    }

    /// Records what a sweep freed.
    fn count_freed(&mut self, freed_bytes: usize, freed_cells: usize) {
        note_peak_before_free();
        BYTES_IN_USE.fetch_sub(freed_bytes, Ordering::Relaxed);
        BYTES_FREED_TOTAL.fetch_add(freed_bytes, Ordering::Relaxed);
        self.live_cells -= freed_cells;
        self.stats.cells_freed += freed_cells as u64;
    }

    /// Frees the unmarked large cells; returns how many.
    fn sweep_large(&mut self, survivors: Survivors) -> usize {
        let poison = self.mode == GcMode::Stress;
        let clear = survivors == Survivors::StayYoung;
        let mut freed_cells = 0;
        let mut kept = 0;
        for i in 0..self.large.len() {
            let h = self.large[i];
            // SAFETY: `large` holds exactly the live large cells.
            unsafe {
                if (*h).mark.get() != 0 || (*h).flags & FLAG_PERMANENT != 0 {
                    if clear {
                        (*h).mark.set(0);
                    }
                    self.large[kept] = h;
                    kept += 1;
                } else {
                    let size = slot_size(Self::cell_size(h));
                    Self::drop_contents(h);
                    freed_cells += 1;
                    if poison {
                        self.quarantine_cell(h as *mut u8, size, true);
                    } else {
                        Self::free_large(h as *mut u8, size);
                    }
                }
            }
        }
        self.large.truncate(kept);

        freed_cells
    }

    /// # Safety
    /// `p` must be a large cell of slot size `size`, dropped and unreachable.
    unsafe fn free_large(p: *mut u8, size: usize) {
        // SAFETY: allocated by `alloc_large` with this layout.
        unsafe { std::alloc::dealloc(p, Layout::from_size_align_unchecked(size, 8)) };
    }

    /// The size of a cell, from its header.
    ///
    /// # Safety
    /// `h` must be a live cell.
    unsafe fn cell_size(h: *mut Header) -> usize {
        unsafe {
            match (*h).kind {
                KIND_STRING => std::mem::size_of::<JsString>(),
                KIND_BOX => std::mem::size_of::<JsBox>(),
                // In-object slots follow the JsObject.
                KIND_OBJECT | KIND_ARRAY => {
                    Self::object_size((*(h as *mut JsObject)).props.inline_capacity())
                }
                KIND_FUNCTION => Self::function_size((*h).extra as usize),
                k => panic!("bibao runtime: freeing a cell of unknown kind {k}"),
            }
        }
    }

    /// Drops what a cell owns (string units, properties, elements...); its
    /// memory stays where it is.
    ///
    /// # Safety
    /// `h` must be a live cell allocated by this heap and unreachable; its
    /// memory must not be read as a cell again.
    #[inline]
    unsafe fn drop_contents(h: *mut Header) {
        unsafe {
            match (*h).kind {
                KIND_STRING => std::ptr::drop_in_place(h as *mut JsString),
                KIND_BOX => {}
                KIND_OBJECT | KIND_ARRAY => std::ptr::drop_in_place(h as *mut JsObject),
                KIND_FUNCTION => std::ptr::drop_in_place(h as *mut JsFunction),
                k => panic!("bibao runtime: freeing a cell of unknown kind {k}"),
            }
        }
    }

    /// When `h` is an unmarked object or array with an element store, starts
    /// loading the store's header, which freeing it reads: the sweeps call
    /// this [`SWEEP_AHEAD`] cells ahead, so that freeing a dead array's
    /// elements does not wait for memory (it did, for most of the time the
    /// sweep spent on deltablue's short-lived collections).
    ///
    /// # Safety
    /// `h` must be a live, free or poisoned small cell (only a live one's
    /// fields are read).
    #[inline(always)]
    unsafe fn prefetch_dead_store(h: *mut Header) {
        unsafe {
            if matches!((*h).kind, KIND_OBJECT | KIND_ARRAY) && (*h).mark.get() == 0 {
                let elements = &(*(h as *mut JsObject)).elements;
                if !elements.is_unallocated() {
                    prefetch_for_write(elements.header_address());
                }
            }
        }
    }

    /// Whether dropping the dead cell `h` would free or change anything: the
    /// sweep calls [`Heap::drop_contents`] only then, so most dead cells
    /// (boxes, and objects and functions with no element or overflow store,
    /// no internal kind and a shared shape) cost a few loads.
    ///
    /// # Safety
    /// `h` must be a live cell.
    #[inline(always)]
    unsafe fn owns_something(h: *mut Header) -> bool {
        unsafe {
            match (*h).kind {
                KIND_BOX => false,
                KIND_OBJECT | KIND_ARRAY => !(*(h as *mut JsObject)).owns_nothing(),
                KIND_FUNCTION => {
                    let f = h as *mut JsFunction;
                    !((*f).object.owns_nothing() && (*f).bound.is_empty_extras())
                }
                _ => true,
            }
        }
    }

    /// Poisons a dropped cell and keeps it from reuse for a while; evicts the
    /// oldest quarantined cells past [`QUARANTINE_BYTES`].
    ///
    /// # Safety
    /// `p` must be a cell of slot size `size` just dropped by the sweep.
    unsafe fn quarantine_cell(&mut self, p: *mut u8, size: usize, large: bool) {
        unsafe { std::ptr::write_bytes(p, POISON, size) };
        self.quarantine.push_back(Quarantined {
            cell: p,
            size,
            large,
        });
        self.quarantine_bytes += size;
        while self.quarantine_bytes > QUARANTINE_BYTES {
            let Some(q) = self.quarantine.pop_front() else {
                break;
            };
            self.quarantine_bytes -= q.size;
            // SAFETY: nothing refers to the cell any more (or it is a bug we
            // want to see).
            unsafe { Self::evict(q) };
        }
    }

    /// Hands a quarantined cell back: a large cell to the allocator, a slot to
    /// its page as free (the next sweep links it; its mark byte stays
    /// poisoned until it is reused).
    ///
    /// # Safety
    /// `q` must have come out of the quarantine.
    unsafe fn evict(q: Quarantined) {
        unsafe {
            if q.large {
                Self::free_large(q.cell, q.size);
            } else {
                (*(q.cell as *mut Header)).kind = KIND_FREE;
            }
        }
    }

    /// Returns every quarantined cell for reuse.
    pub fn release_quarantine(&mut self) {
        while let Some(q) = self.quarantine.pop_front() {
            // SAFETY: as in `quarantine_cell`.
            unsafe { Self::evict(q) };
        }
        self.quarantine_bytes = 0;
    }

    /// Cells waiting in the stress-mode quarantine.
    pub fn quarantined(&self) -> usize {
        self.quarantine.len()
    }

    /// After a collection: the next full one comes when the heap doubles
    /// from what a full one left; a young one comes after `nursery` more
    /// bytes (half the live heap, at least half of [`MIN_THRESHOLD`]), if
    /// that is sooner. Empty pages beyond what the program can fill before
    /// then go back to the system.
    pub fn after_collection(&mut self, kind: Collection) {
        let live = BYTES_IN_USE.load(Ordering::Relaxed);
        self.stats.collections += 1;
        if kind == Collection::Young {
            self.stats.young_collections += 1;
        } else {
            self.full_threshold = next_threshold(live);
            self.nursery = (live / 2).max(MIN_THRESHOLD / 2);
        }
        self.alloc.threshold = self.full_threshold.min(live.saturating_add(self.nursery));
        let keep = self.alloc.threshold.saturating_sub(live) / PAGE_SIZE;
        while self.pool.len() > keep {
            let p = self.pool.pop().expect("pool page");
            // SAFETY: pooled pages hold no cells.
            unsafe { unmap_page(p) };
        }
    }

    /// Whether `v` points to a cell this heap allocated and has not freed.
    pub fn owns(&self, v: Value) -> bool {
        if !v.is_pointer() {
            return false;
        }
        let h = v.as_pointer::<Header>();
        if self.large.contains(&h) {
            return true;
        }
        let a = h as usize;
        for (i, page) in self.pages.iter().enumerate() {
            let base = page.base as usize;
            let c = &self.alloc.classes[page.slot as usize / GRANULE];
            let used = if c.page == i {
                c.bump as usize - base
            } else {
                page.used as usize
            };
            if a >= base && a < base + used && (a - base).is_multiple_of(page.slot as usize) {
                // SAFETY: a slot below `used`.
                let kind = unsafe { (*h).kind };
                return kind != KIND_FREE && kind != POISON;
            }
        }
        false
    }
}

/// Calls `f` with every value a cell refers to (what marking traces).
///
/// # Safety
/// `h` must be a live cell.
unsafe fn for_each_child(h: *mut Header, mut f: impl FnMut(Value)) {
    // The cell is read in place: not through `object_mut`, whose write
    // barrier must not run while collecting.
    unsafe {
        match (*h).kind {
            KIND_STRING => {
                // A rope keeps its halves alive until it is flattened.
                let (l, r) = (*(h as *mut JsString)).rope.get();
                f(l);
                f(r);
            }
            KIND_BOX => f((*(h as *mut JsBox)).value),
            KIND_OBJECT | KIND_ARRAY | KIND_FUNCTION => {
                let o = &*(h as *mut JsObject);
                f(o.proto);
                o.props.for_each_value(&mut f);
                for &e in o.elements.iter() {
                    f(e);
                }
                match o.internal() {
                    Internal::None | Internal::Error | Internal::Arguments => {}
                    Internal::Primitive(v) => f(*v),
                    Internal::Map(m) | Internal::Set(m) => m.for_each_value(&mut f),
                    Internal::Iterator(it) => f(it.source),
                }
                if (*h).kind == KIND_FUNCTION {
                    let func = &*(h as *mut JsFunction);
                    f(func.name);
                    f(func.bound.home());
                    f(func.bound.fields());
                    for &b in func.bound.iter() {
                        f(b);
                    }
                    let n = (*h).extra as usize;
                    let slots =
                        (h as *mut u8).add(FUNCTION_CAPTURES_OFFSET as usize) as *const Value;
                    for i in 0..n {
                        f(*slots.add(i));
                    }
                }
            }
            k => panic!("bibao runtime: heap cell with unknown kind {k}"),
        }
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

    /// A string marked as the interned copy of its contents, so property
    /// maps take it as a key without the runtime's interner.
    fn interned(heap: &mut Heap, s: &str) -> Value {
        let v = heap.alloc_string(units(s));
        unsafe { (*v.as_pointer::<Header>()).flags |= crate::string::FLAG_INTERNED };
        v
    }

    /// A heap for one test. Tests that make objects share the process-wide
    /// shape tree, which is not thread-safe and remembers transitions by
    /// the key string's address: a test heap holds the tree's lock for the
    /// whole test, and is never freed, so that no later test gets a cell at
    /// the address of an earlier test's key (and an old transition with it).
    struct TestHeap {
        heap: std::mem::ManuallyDrop<Heap>,
        _shapes: std::sync::MutexGuard<'static, ()>,
    }

    impl std::ops::Deref for TestHeap {
        type Target = Heap;
        fn deref(&self) -> &Heap {
            &self.heap
        }
    }

    impl std::ops::DerefMut for TestHeap {
        fn deref_mut(&mut self) -> &mut Heap {
            &mut self.heap
        }
    }

    fn heap() -> TestHeap {
        let shapes = crate::shape::shape_tree_test_lock();
        let mut heap = Heap::new();
        heap.mode = GcMode::Off;
        TestHeap {
            heap: std::mem::ManuallyDrop::new(heap),
            _shapes: shapes,
        }
    }

    fn collect_from(heap: &mut Heap, roots: &[Value]) {
        for &r in roots {
            heap.mark_value(r);
        }
        heap.drain();
        heap.sweep(Survivors::StayYoung);
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
        heap.sweep(Survivors::StayYoung);
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
        heap.sweep(Survivors::StayYoung);
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
        let key = interned(&mut heap, "k");
        let val = heap.alloc_string(units("v"));
        let getter = function(&mut heap, 0);
        let setter = function(&mut heap, 0);
        let akey = interned(&mut heap, "acc");
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
        // The two keys now name properties of shared shapes, which never
        // die: they became permanent.
        assert_eq!(heap.cell_count(), 2);
        assert!(heap.owns(key) && heap.owns(akey));
    }

    /// A collection of `kind` from `roots`, as `stack::collect` runs it
    /// (in stress mode, young ones check their marks before sweeping).
    fn collect_as(heap: &mut Heap, kind: Collection, roots: &[Value]) {
        heap.begin(kind);
        for &r in roots {
            heap.mark_value(r);
        }
        heap.drain();
        heap.sweep_for(kind);
    }

    #[test]
    fn young_collections_free_young_garbage_and_keep_old_cells() {
        let mut heap = heap();
        // (Young collections check their marks before sweeping.)
        heap.mode = GcMode::Stress;
        let old = heap.alloc_string(units("old"));
        let old_garbage = heap.alloc_string(units("old garbage"));
        collect_as(&mut heap, Collection::Full, &[old, old_garbage]);
        assert!(is_marked(old), "survivors of a full collection stay marked");
        let young = heap.alloc_string(units("young"));
        let young_garbage = heap.alloc_string(units("young garbage"));
        collect_as(&mut heap, Collection::Young, &[young]);
        assert!(heap.owns(old) && heap.owns(young));
        assert!(!heap.owns(young_garbage));
        assert!(
            heap.owns(old_garbage),
            "a young collection does not look at old cells"
        );
        assert!(is_marked(young), "young survivors become old");
        collect_as(&mut heap, Collection::Full, &[young]);
        assert!(!heap.owns(old_garbage) && !heap.owns(old));
        assert!(heap.owns(young));
    }

    #[test]
    fn the_write_barrier_keeps_what_old_cells_now_refer_to() {
        let mut heap = heap();
        // (Young collections check their marks before sweeping.)
        heap.mode = GcMode::Stress;
        let b = heap.alloc_box(Value::UNDEFINED);
        let o = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
        collect_as(&mut heap, Collection::Full, &[b, o]);
        let s = heap.alloc_string(units("stored in an old box"));
        let t = heap.alloc_string(units("the prototype of an old object"));
        // SAFETY: live cells; the barrier runs before the stores.
        unsafe {
            write_barrier(b.as_pointer::<Header>());
            (*b.as_pointer::<JsBox>()).value = s;
            object_mut(o).proto = t;
        }
        assert_eq!(
            unsafe { (*b.as_pointer::<Header>()).mark.get() },
            MARK_REMEMBERED
        );
        collect_as(&mut heap, Collection::Young, &[]);
        assert!(heap.owns(s) && heap.owns(t), "remembered cells are traced");
        assert_eq!(unsafe { (*b.as_pointer::<Header>()).mark.get() }, MARK_OLD);
        // The remembered set was used up: the next young collection keeps
        // them because they are old now.
        collect_as(&mut heap, Collection::Young, &[]);
        assert!(heap.owns(s) && heap.owns(t));
    }

    #[test]
    #[should_panic(expected = "write barrier is missing")]
    fn a_store_without_the_barrier_is_caught_before_the_sweep() {
        let mut heap = heap();
        heap.mode = GcMode::Stress;
        let b = heap.alloc_box(Value::UNDEFINED);
        collect_as(&mut heap, Collection::Full, &[b]);
        let s = heap.alloc_string(units("stored behind the barrier's back"));
        // SAFETY: a live box.
        unsafe { (*b.as_pointer::<JsBox>()).value = s };
        collect_as(&mut heap, Collection::Young, &[b]);
    }

    #[test]
    fn collections_in_callbacks_leave_survivors_young() {
        let mut heap = heap();
        // (Young collections check their marks before sweeping.)
        heap.mode = GcMode::Stress;
        let b = heap.alloc_box(Value::UNDEFINED);
        collect_as(&mut heap, Collection::FullInCallback, &[b]);
        assert!(heap.owns(b) && !is_marked(b));
        // Young again: a store needs no barrier, and the next young
        // collection traces it.
        let s = heap.alloc_string(units("s"));
        unsafe { (*b.as_pointer::<JsBox>()).value = s };
        collect_as(&mut heap, Collection::Young, &[b]);
        assert!(heap.owns(s));
        assert!(!in_callback());
        {
            let _outer = CallbackScope::enter();
            let _inner = CallbackScope::enter();
            assert_eq!(
                heap.next_collection(in_callback()),
                Collection::FullInCallback
            );
        }
        assert!(!in_callback());
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = heap();
        let b1 = heap.alloc_box(Value::UNDEFINED);
        let b2 = heap.alloc_box(b1);
        unsafe { (*b1.as_pointer::<JsBox>()).value = b2 };
        collect_from(&mut heap, &[b1]);
        assert_eq!(heap.cell_count(), 2);
        heap.sweep(Survivors::StayYoung);
        assert_eq!(heap.cell_count(), 0);
    }

    #[test]
    fn the_sweep_skips_only_cells_that_own_nothing() {
        let mut heap = heap();
        let key = interned(&mut heap, "a");
        let plain = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
        let with_slot = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
        let array = heap.alloc_object(KIND_ARRAY, Value::NULL, Internal::None);
        let error = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::Error);
        let f = function(&mut heap, 1);
        let g = function(&mut heap, 0);
        unsafe {
            object_mut(with_slot)
                .props
                .insert(key, Value::TRUE, PROP_DEFAULT);
            object_mut(array).elements.push(Value::TRUE);
            function_mut(g).bound.push(Value::TRUE);
            let owns_nothing = |v: Value| (*v.as_pointer::<JsObject>()).owns_nothing();
            assert!(owns_nothing(plain) && owns_nothing(with_slot) && owns_nothing(f));
            // Elements, an internal kind (and its dictionary map), bound
            // arguments: the sweep must drop these.
            assert!(!owns_nothing(array) && !owns_nothing(error));
            assert!(!(*g.as_pointer::<JsFunction>()).bound.is_empty_extras());
        }
        // Every one of them is freed.
        collect_from(&mut heap, &[key]);
        assert_eq!(heap.cell_count(), 1);
    }

    #[test]
    fn object_and_closure_cycles_are_collected() {
        let mut heap = heap();
        let key = interned(&mut heap, "a");
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

    /// The word compiled code compares with a cached shape is, in a string
    /// or a box, never a shape (see `heap::NOT_A_SHAPE`).
    #[test]
    fn strings_and_boxes_have_no_shape_word() {
        let mut heap = heap();
        let word = |v: Value| {
            let at = std::mem::offset_of!(JsObject, props)
                + crate::shape::PropertyMap::SHAPE_OFFSET as usize;
            // SAFETY: a live cell, at least `at + 8` bytes long.
            unsafe { *(v.as_pointer::<u8>().add(at) as *const u64) }
        };
        let s = heap.alloc_string(units("abc"));
        let units_ptr = unsafe { &*s.as_pointer::<JsString>() }.units.as_ptr() as u64;
        assert_eq!(word(s), units_ptr);
        let empty = heap.alloc_string(units(""));
        assert!(word(empty) != 0 && word(empty) % 2 == 0);
        let b = heap.alloc_box(Value::TRUE);
        assert_eq!(word(b), crate::heap::NOT_A_SHAPE);
        let o = heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None);
        let shape = unsafe { &*o.as_pointer::<JsObject>() }.props.shape_ptr() as u64;
        assert_eq!(word(o), shape);
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
    fn freed_slots_are_reused_and_the_sweep_rebuilds_free_lists() {
        let mut heap = heap();
        let boxes: Vec<Value> = (0..100)
            .map(|i| heap.alloc_box(Value::number(i as f64)))
            .collect();
        assert_eq!(heap.page_count(), (1, 0), "100 boxes share one page");
        // Keep the even ones.
        let kept: Vec<Value> = boxes.iter().copied().step_by(2).collect();
        collect_from(&mut heap, &kept);
        assert_eq!(heap.cell_count(), 50);
        // The 50 freed slots are handed out again, before any fresh slot.
        let mut again: Vec<Value> = (0..50).map(|_| heap.alloc_box(Value::TRUE)).collect();
        let mut odd: Vec<Value> = boxes.iter().copied().skip(1).step_by(2).collect();
        again.sort_by_key(|v| v.0);
        odd.sort_by_key(|v| v.0);
        assert_eq!(again, odd, "exactly the freed slots are reused");
        for (i, k) in kept.iter().enumerate() {
            assert!(heap.owns(*k));
            let v = unsafe { (*k.as_pointer::<JsBox>()).value };
            assert_eq!(v.as_number(), i as f64 * 2.0, "survivors are untouched");
        }
        assert_eq!(heap.page_count(), (1, 0));
    }

    #[test]
    fn size_classes_do_not_mix_and_empty_pages_are_pooled() {
        let mut heap = heap();
        let per_page = PAGE_SIZE / Heap::object_size(crate::shape::INLINE_SLOTS);
        let objects: Vec<Value> = (0..3 * per_page)
            .map(|_| heap.alloc_object(KIND_OBJECT, Value::NULL, Internal::None))
            .collect();
        let s = heap.alloc_string(units("s"));
        let b = heap.alloc_box(s);
        let f = function(&mut heap, 3);
        assert_eq!(
            heap.page_count().0,
            3 + 3,
            "objects fill three pages; strings, boxes, functions one each"
        );
        for v in [s, b, f] {
            assert!(heap.owns(v));
        }
        // Only the last object survives: the two full pages of dead objects go
        // to the pool; the page still being filled stays.
        let last = *objects.last().unwrap();
        collect_from(&mut heap, &[last, b, f]);
        assert_eq!(heap.page_count(), (4, 2));
        assert_eq!(heap.cell_count(), 4);
        // A pooled page serves another size class.
        let big = function(&mut heap, 40);
        let _ = (0..PAGE_SIZE / 64).map(|_| function(&mut heap, 5)).count();
        assert!(heap.owns(big));
        assert_eq!(heap.page_count().1, 0, "pooled pages were reused first");
        heap.after_collection(Collection::Full);
    }

    #[test]
    fn large_cells_are_allocated_and_freed_one_by_one() {
        let mut heap = heap();
        let n = (MAX_SMALL_CELL - FUNCTION_CAPTURES_OFFSET as usize) / 8 + 1;
        let big = function(&mut heap, n);
        let small = function(&mut heap, n - 1);
        assert_eq!(heap.large.len(), 1, "one slot past the largest class");
        unsafe { function_captures(big)[n - 1] = small };
        assert_eq!(heap.page_count().0, 1);
        collect_from(&mut heap, &[big]);
        assert!(
            heap.owns(big) && heap.owns(small),
            "traced through the large cell"
        );
        collect_from(&mut heap, &[]);
        assert!(heap.large.is_empty() && heap.cell_count() == 0);
        // Large cells are quarantined in stress mode too.
        heap.mode = GcMode::Stress;
        let big = function(&mut heap, 100);
        collect_from(&mut heap, &[]);
        assert_eq!(unsafe { kind_of(big) }, POISON);
        heap.release_quarantine();
    }

    #[test]
    fn quarantined_slots_are_reused_only_after_release() {
        let mut heap = heap();
        heap.mode = GcMode::Stress;
        let dead: Vec<Value> = (0..10).map(|_| heap.alloc_box(Value::TRUE)).collect();
        collect_from(&mut heap, &[]);
        let fresh: Vec<Value> = (0..10).map(|_| heap.alloc_box(Value::TRUE)).collect();
        for f in &fresh {
            assert!(!dead.contains(f), "a quarantined slot is not handed out");
        }
        heap.release_quarantine();
        // Released slots are free again once a sweep has linked them.
        collect_from(&mut heap, &fresh);
        let reused: Vec<Value> = (0..10).map(|_| heap.alloc_box(Value::TRUE)).collect();
        for r in &reused {
            assert!(dead.contains(r));
        }
    }

    #[test]
    fn small_blocks_are_reused_and_realloc_moves_between_classes() {
        use std::alloc::GlobalAlloc;
        let a = CountingAllocator;
        unsafe {
            let l24 = Layout::from_size_align(24, 8).unwrap();
            let p = a.alloc(l24);
            assert_eq!(p as usize % 16, 0);
            a.dealloc(p, l24);
            // Same class (17..=32 bytes): the same block comes back.
            let l32 = Layout::from_size_align(32, 8).unwrap();
            let q = a.alloc(l32);
            assert_eq!(p, q);
            q.write_bytes(7, 32);
            // Growing within the class keeps the block; across classes and
            // into the system allocator moves it with its contents.
            let q = a.realloc(q, l32, 30);
            assert_eq!(p, q);
            let r = a.realloc(q, Layout::from_size_align(30, 8).unwrap(), 100);
            assert_ne!(r, q);
            let big = a.realloc(r, Layout::from_size_align(100, 8).unwrap(), 4000);
            assert_eq!(std::slice::from_raw_parts(big, 30), &[7u8; 30]);
            let back = a.realloc(big, Layout::from_size_align(4000, 8).unwrap(), 64);
            assert_eq!(std::slice::from_raw_parts(back, 30), &[7u8; 30]);
            a.dealloc(back, Layout::from_size_align(64, 8).unwrap());
            let z = a.alloc_zeroed(Layout::from_size_align(64, 8).unwrap());
            assert_eq!(z, back);
            assert_eq!(std::slice::from_raw_parts(z, 64), &[0u8; 64]);
            a.dealloc(z, Layout::from_size_align(64, 8).unwrap());
            // Over-aligned blocks go to the system allocator.
            let l = Layout::from_size_align(64, 64).unwrap();
            let o = a.alloc(l);
            assert_eq!(o as usize % 64, 0);
            a.dealloc(o, l);
        }
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
        let _shapes = crate::shape::shape_tree_test_lock();
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
        // The survivors are old now: a young collection keeps them ...
        crate::stack::collect();
        let heap = &crate::state::rt().heap;
        assert!(heap.owns(rooted) && heap.owns(inner) && heap.owns(later));
        assert_eq!(heap.stats.young_collections, 2);
        // ... and a full one frees them.
        crate::state::rt().heap.full_threshold = 0;
        crate::stack::collect();
        let heap = &crate::state::rt().heap;
        assert!(!heap.owns(rooted) && !heap.owns(inner) && !heap.owns(later));
        assert_eq!(heap.stats.collections, 3);
    }
}
