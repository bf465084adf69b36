//! Program start and the small `rt_*` exports for allocation and exceptions.

use crate::builtins::{flush_stdout, new_array, report_uncaught, write_stderr};
use crate::error::{ErrorKind, throw_error};
use crate::heap::*;
use crate::ops::rt_result;
use crate::state::rt;
use crate::string;
use crate::value::Value;

/// Stack size of the program thread (virtual; pages are committed as used).
const PROGRAM_STACK: usize = 256 << 20;

struct SendPtr(*const u64, *mut u64, *const u64);
// SAFETY: the pointers refer to immutable (or program-thread-only) data
// sections of the executable.
unsafe impl Send for SendPtr {}

/// Called by the generated `main`. Runs the program on a thread with a large
/// stack and returns the process exit status.
///
/// # Safety
/// `entry` must be the compiled program's entry function; `literals`,
/// `literal_slots` and `stack_maps` must be the tables the compiler emitted.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_main(
    entry: JsCode,
    literals: *const u64,
    literal_slots: *mut u64,
    stack_maps: *const u64,
    layout: *const u64,
) -> i32 {
    // The compiled code's inline fast paths assume this runtime's layout.
    let expected = crate::layout::layout().words();
    let compiled = unsafe { std::slice::from_raw_parts(layout, expected.len()) };
    if compiled != expected {
        eprintln!(
            "bibao: this program was compiled against a different runtime layout; rebuild it"
        );
        return 70;
    }
    let ptrs = SendPtr(literals, literal_slots, stack_maps);
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(PROGRAM_STACK)
        .spawn(move || {
            let p = ptrs;
            unsafe { run_program(entry, p.0, p.1, p.2) }
        })
        .expect("cannot start the program thread");
    match handle.join() {
        Ok(code) => code,
        Err(_) => {
            flush_stdout();
            70
        }
    }
}

#[inline(never)]
unsafe fn run_program(
    entry: JsCode,
    literals: *const u64,
    literal_slots: *mut u64,
    stack_maps: *const u64,
) -> i32 {
    crate::state::init();
    let r = rt();
    match std::env::var("BIBAO_GC").as_deref() {
        Ok("stress") => r.heap.mode = crate::gc::GcMode::Stress,
        Ok("off") => r.heap.mode = crate::gc::GcMode::Off,
        Ok("stats") => r.heap.print_stats = true,
        _ => {}
    }
    unsafe {
        load_literals(literals, literal_slots);
        crate::stack::load_stack_maps(stack_maps);
    }
    let module_this = crate::object::new_plain_object();
    // SAFETY: `entry` follows the JS calling convention.
    let result = unsafe { call_entry(entry, module_this) };
    let code = if result == Value::EXCEPTION.0 {
        let e = crate::error::take_exception();
        report_uncaught(e);
        1
    } else {
        0
    };
    flush_stdout();
    if rt().heap.print_stats {
        print_stats();
    }
    code
}

#[inline(never)]
unsafe fn call_entry(entry: JsCode, this: Value) -> u64 {
    // The frame of this function is the bottom of the walk: re-record it here.
    crate::stack::init_limits(PROGRAM_STACK as u64 - 4096, crate::stack::frame_pointer());
    unsafe { entry(Value::UNDEFINED.0, this.0, 0, std::ptr::null()) }
}

fn print_stats() {
    use std::sync::atomic::Ordering::Relaxed;
    let h = &rt().heap;
    write_stderr(&format!(
        "bibao gc: collections={} young_collections={} allocated_bytes={} freed_bytes={} peak_heap_bytes={} live_bytes={} cells_freed={} gc_ms={:.3}\n",
        h.stats.collections,
        h.stats.young_collections,
        crate::gc::bytes_allocated_total(),
        crate::gc::BYTES_FREED_TOTAL.load(Relaxed),
        crate::gc::peak_bytes(),
        crate::gc::BYTES_IN_USE.load(Relaxed),
        h.stats.cells_freed,
        h.stats.gc_nanos as f64 / 1e6,
    ));
}

/// Literal table: `[count]`, then per string `[length in UTF-16 units]` and the
/// units, padded to whole 64-bit words.
///
/// # Safety
/// `table` must be in that format and `slots` must have `count` words.
unsafe fn load_literals(table: *const u64, slots: *mut u64) {
    if table.is_null() {
        return;
    }
    unsafe {
        let n = *table as usize;
        let mut p = table.add(1);
        for i in 0..n {
            let len = *p as usize;
            let units = std::slice::from_raw_parts(p.add(1) as *const u16, len);
            // Literals are interned (they are most property keys) and permanent.
            let v = string::intern_value(string::from_units(units.to_vec()));
            (*v.as_pointer::<Header>()).flags |= FLAG_PERMANENT;
            rt().literals.push(v);
            *slots.add(i) = v.0;
            p = p.add(1 + (len * 2).div_ceil(8));
        }
    }
}

/// Allocates a closure: a function object with `captures` environment slots,
/// which the generated code fills in right after.
#[unsafe(no_mangle)]
pub extern "C" fn rt_closure_new(
    code: JsCode,
    name: u64,
    length: u64,
    flags: u64,
    captures: u64,
) -> u64 {
    let r = rt();
    r.heap
        .alloc_function(
            r.protos.function,
            code,
            Value(name),
            length as u32,
            flags as u32,
            captures as usize,
        )
        .0
}

/// Allocates a box holding `v` (a shared mutable captured variable).
#[unsafe(no_mangle)]
pub extern "C" fn rt_box_new(v: u64) -> u64 {
    rt().heap.alloc_box(Value(v)).0
}

/// Array literal from `argc` values at `argv` (`UNINIT` marks holes).
///
/// # Safety
/// `argv` must point to `argc` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_array_new(argc: u64, argv: *const u64) -> u64 {
    let items = unsafe { crate::builtins::args_slice(argc, argv) };
    crate::builtins::new_array_from(items).0
}

/// Appends `v` to an array (array literals with spread build on this).
#[unsafe(no_mangle)]
pub extern "C" fn rt_array_push(arr: u64, v: u64) -> u64 {
    unsafe { object_mut(Value(arr)) }.elements.push(Value(v));
    arr
}

/// An empty plain object (object literals).
#[unsafe(no_mangle)]
pub extern "C" fn rt_object_new() -> u64 {
    crate::object::new_plain_object().0
}

/// `throw v`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_exception_throw(v: u64) -> u64 {
    crate::error::throw(Value(v)).0
}

/// Takes the pending exception (entering a catch or finally block).
#[unsafe(no_mangle)]
pub extern "C" fn rt_exception_take() -> u64 {
    crate::error::take_exception().0
}

/// ReferenceError for a binding read or written before initialization.
#[unsafe(no_mangle)]
pub extern "C" fn rt_error_throw_tdz(name: u64) -> u64 {
    let n = string::to_rust_string(Value(name));
    throw_error(
        ErrorKind::ReferenceError,
        &format!("Cannot access '{n}' before initialization"),
    )
    .0
}

/// TypeError for an assignment to a `const` binding.
#[unsafe(no_mangle)]
pub extern "C" fn rt_error_throw_const_assign() -> u64 {
    throw_error(ErrorKind::TypeError, "Assignment to constant variable.").0
}

/// The elements of an iterable, as an array (array destructuring).
#[unsafe(no_mangle)]
pub extern "C" fn rt_iter_to_array(v: u64) -> u64 {
    let v = Value(v);
    if is_array(v) {
        return v.0;
    }
    // Array destructuring of a value that is not iterable: V8's message
    // describes the value with its type (`number 1 is not iterable (...)`),
    // null and undefined plainly.
    if !v.is_nullish() && !crate::builtins_array::is_iterable(v) {
        return crate::builtins_array::not_iterable(v).0;
    }
    match crate::support::iterate_to_vec(v) {
        Ok(items) => new_array(items).0,
        Err(e) => e.0,
    }
}

/// `this` in sloppy-mode functions: undefined and null become the global
/// object, primitives their wrapper objects.
#[unsafe(no_mangle)]
pub extern "C" fn rt_this_sloppy(this: u64) -> u64 {
    let v = Value(this);
    if v.is_nullish() {
        return rt().global.0;
    }
    if is_object(v) {
        return this;
    }
    rt_result(crate::builtins::to_object(v))
}
