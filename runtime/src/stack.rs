//! The stack: its limit (overflow becomes a RangeError), safepoint polls, and
//! the precise walk of compiled frames that finds GC roots.
//!
//! Compiled code polls at every function entry,
//! `if sp < rt_stack_limit { rt_stack_check() }`, and at every loop header,
//! `if rt_stack_limit == u64::MAX { rt_stack_check() }` (a loop does not grow
//! the stack). The limit is the real stack limit, or `u64::MAX` when the
//! runtime wants the program's attention (a GC request), so one compare
//! serves both.
//!
//! ## Stack maps
//! The compiler emits, in the data symbol passed to `rt_main`, one record per
//! safepoint (a call site in compiled code), in 64-bit words:
//!
//! ```text
//! [0]      number of records
//! record:  function address (relocated by the linker)
//!          code offset of the return address (low 32 bits) | frame span << 32
//!          number of slots n
//!          ceil(n / 2) words of u32 slot offsets, relative to SP at the call
//! ```
//!
//! The span is FP - SP at the call, so a frame whose frame pointer is `fp` has
//! its slots at `fp - span + offset`. Every frame on the program thread keeps a
//! frame pointer (compiled code: `preserve_frame_pointers`; the runtime is built
//! with `-C force-frame-pointers=yes`), so the walk follows the chain of saved
//! frame pointers from the collector up to the frame that entered compiled code,
//! and treats a frame as compiled exactly when its return address is a
//! recorded safepoint. Runtime frames in between (a builtin calling back into
//! compiled code) are stepped over; the values they hold are on the root stack.

use crate::value::Value;
use std::collections::HashMap;

/// Compared with the stack pointer by compiled code at every poll.
#[unsafe(no_mangle)]
pub static mut rt_stack_limit: u64 = 0;

/// Usable stack under `BIBAO_GC=stress` (node's own limit is about 1 MB).
const STRESS_STACK: u64 = 6 << 20;

/// Bytes allocated at the last stress-mode collection.
static LAST_STRESS_TOTAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The real limit, below which a poll throws RangeError.
static mut REAL_LIMIT: u64 = 0;
/// The frame pointer of the runtime frame that called the program's entry.
static mut BOTTOM_FP: u64 = 0;

pub struct SafepointMap {
    pub span: u32,
    pub slots: Vec<u32>,
}

struct Maps(std::cell::UnsafeCell<Option<HashMap<u64, SafepointMap>>>);
// SAFETY: only the program thread touches the maps.
unsafe impl Sync for Maps {}
static MAPS: Maps = Maps(std::cell::UnsafeCell::new(None));

/// Asks compiled code to call `rt_stack_check` at its next poll.
pub fn request_interrupt() {
    // SAFETY: single-threaded; a plain store.
    unsafe { rt_stack_limit = u64::MAX };
}

fn restore_limit() {
    // SAFETY: single-threaded.
    unsafe {
        rt_stack_limit = if crate::state::rt().heap.mode == crate::gc::GcMode::Stress {
            u64::MAX
        } else {
            REAL_LIMIT
        };
    }
}

/// The current frame pointer.
#[inline(always)]
pub fn frame_pointer() -> u64 {
    let fp: u64;
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    fp
}

#[inline(always)]
fn stack_pointer() -> u64 {
    let sp: u64;
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}

/// Sets the stack limits for the program thread. `stack_size` is the size of
/// the thread's stack; the current stack pointer is near its top.
pub fn init_limits(stack_size: u64, bottom_fp: u64) {
    let sp = stack_pointer();
    let margin = 256 * 1024;
    // Under stress every safepoint may walk the whole stack: runaway
    // recursion must end (RangeError) after thousands of frames, not millions.
    let usable = if crate::state::rt().heap.mode == crate::gc::GcMode::Stress {
        stack_size.min(STRESS_STACK)
    } else {
        stack_size
    };
    // SAFETY: single-threaded, before compiled code runs.
    unsafe {
        REAL_LIMIT = sp - usable + margin;
        BOTTOM_FP = bottom_fp;
    }
    restore_limit();
}

/// Reads the stack map table emitted by the compiler.
///
/// # Safety
/// `table` must be null or point to a table in the format above.
pub unsafe fn load_stack_maps(table: *const u64) {
    let mut maps = HashMap::new();
    if !table.is_null() {
        unsafe {
            let n = *table as usize;
            let mut p = table.add(1);
            for _ in 0..n {
                let func = *p;
                let word = *p.add(1);
                let nslots = *p.add(2) as usize;
                let offsets = p.add(3) as *const u32;
                let slots = (0..nslots).map(|i| *offsets.add(i)).collect();
                maps.insert(
                    func + (word & 0xffff_ffff),
                    SafepointMap {
                        span: (word >> 32) as u32,
                        slots,
                    },
                );
                p = p.add(3 + nslots.div_ceil(2));
            }
        }
    }
    // SAFETY: single-threaded, before compiled code runs.
    unsafe { *MAPS.0.get() = Some(maps) };
}

/// Calls `f` with every value in a live compiled frame.
///
/// # Safety
/// Must be called on the program thread, below compiled frames, with every
/// frame between here and the bottom keeping a frame pointer.
#[inline(never)]
pub unsafe fn for_each_frame_root(mut f: impl FnMut(Value)) {
    let maps = unsafe { (*MAPS.0.get()).as_ref() };
    let Some(maps) = maps else { return };
    let bottom = unsafe { BOTTOM_FP };
    let mut fp = frame_pointer();
    while fp != 0 && fp != bottom {
        // SAFETY: `fp` is a frame record on this thread's stack: [saved fp, return address].
        let (caller_fp, ret) = unsafe { (*(fp as *const u64), *((fp + 8) as *const u64)) };
        if let Some(map) = maps.get(&ret) {
            let sp = caller_fp - map.span as u64;
            for &off in &map.slots {
                // SAFETY: the stack map says a value lives in this slot.
                f(Value(unsafe { *((sp + off as u64) as *const u64) }));
            }
        }
        if caller_fp <= fp {
            break;
        }
        fp = caller_fp;
    }
}

pub fn collect() {
    let start = std::time::Instant::now();
    let r = crate::state::rt();
    let kind = r.heap.next_collection(crate::gc::in_callback());
    r.heap.begin(kind);
    r.trace_roots();
    // SAFETY: called from rt_stack_check on the program thread.
    unsafe { for_each_frame_root(|v| r.heap.mark_value(v)) };
    r.heap.drain();
    crate::state::prune_interned();
    r.heap.sweep_for(kind);
    r.heap.after_collection(kind);
    r.heap.stats.gc_nanos += start.elapsed().as_nanos();
}

/// The slow path of a poll: collects if asked to, and throws RangeError when
/// the stack is exhausted. Returns 0, or the exception sentinel.
#[unsafe(no_mangle)]
#[inline(never)]
pub extern "C" fn rt_stack_check() -> u64 {
    let sp = stack_pointer();
    let r = crate::state::rt();
    let wants_gc = match r.heap.mode {
        // Stress: collect at every safepoint after any allocation (a frame
        // that allocated nothing since the last collection cannot have
        // created garbage, and runaway recursion must not rescan its whole
        // stack at every call).
        crate::gc::GcMode::Stress => {
            let total = crate::gc::bytes_allocated_total();
            let last = LAST_STRESS_TOTAL.swap(total, std::sync::atomic::Ordering::Relaxed);
            total != last
        }
        crate::gc::GcMode::Off => false,
        crate::gc::GcMode::Normal => {
            crate::gc::BYTES_IN_USE.load(std::sync::atomic::Ordering::Relaxed) > r.heap.threshold()
        }
    };
    if wants_gc {
        collect();
    }
    restore_limit();
    // SAFETY: single-threaded read.
    if sp < unsafe { REAL_LIMIT } {
        return crate::error::throw_error(
            crate::error::ErrorKind::RangeError,
            "Maximum call stack size exceeded",
        )
        .0;
    }
    0
}
