//! The one runtime instance: heap, prototypes, global object, pending exception.
//!
//! A bibao program is single-threaded: compiled code runs on one thread (see
//! [`crate::entry`]), and only that thread touches the runtime.

use crate::gc::Heap;
use crate::value::Value;
use std::collections::HashMap;

/// The prototypes and constructors the runtime needs to reach directly.
#[derive(Default)]
pub struct Protos {
    pub object: Value,
    pub function: Value,
    pub array: Value,
    pub string: Value,
    pub number: Value,
    pub boolean: Value,
    pub error: Value,
    pub type_error: Value,
    pub range_error: Value,
    pub reference_error: Value,
    pub syntax_error: Value,
    pub eval_error: Value,
    pub uri_error: Value,
    pub map: Value,
    pub set: Value,
    pub iterator: Value,
}

pub struct Runtime {
    pub heap: Heap,
    pub protos: Protos,
    pub global: Value,
    /// The thrown value while an exception propagates (valid when a function
    /// returned `Value::EXCEPTION`).
    pub pending_exception: Value,
    /// Values runtime code keeps alive across calls into compiled code.
    pub root_stack: Vec<Value>,
    /// The program's string literals, indexed as the compiler numbered them.
    pub literals: Vec<Value>,
    /// Interned strings by contents (weak; see `string::intern_value`).
    pub interned: HashMap<Box<[u16]>, Value, crate::string::FxBuild>,
    /// The interned "length" (checked on every array property access).
    pub length_key: Value,
    /// The interned "prototype" (read by every `new`).
    pub prototype_key: Value,
    /// Recently interned runtime names (`string::intern`).
    pub name_cache: Vec<Option<(Box<str>, Value)>>,
    pub digit_strings: Vec<Value>,
    /// Objects being printed by console.log (cycle detection).
    pub inspect_stack: Vec<Value>,
}

struct RuntimeCell(std::cell::UnsafeCell<Option<Runtime>>);
// SAFETY: only the program thread touches the runtime.
unsafe impl Sync for RuntimeCell {}

static RUNTIME: RuntimeCell = RuntimeCell(std::cell::UnsafeCell::new(None));

/// The runtime. Panics if called before [`init`].
#[inline]
#[allow(clippy::mut_from_ref)]
pub fn rt() -> &'static mut Runtime {
    // SAFETY: single-threaded; `init` runs before any compiled code.
    unsafe {
        match &mut *RUNTIME.0.get() {
            Some(r) => r,
            None => panic!("bibao runtime used before initialization"),
        }
    }
}

/// Creates the runtime and its builtins. Called once, before compiled code runs.
pub fn init() {
    // SAFETY: called once, before anything reads the cell.
    unsafe {
        *RUNTIME.0.get() = Some(Runtime {
            heap: Heap::new(),
            protos: Protos::default(),
            global: Value::UNDEFINED,
            pending_exception: Value::UNDEFINED,
            root_stack: Vec::new(),
            literals: Vec::new(),
            interned: HashMap::with_hasher(crate::string::FxBuild::default()),
            length_key: Value::UNDEFINED,
            prototype_key: Value::UNDEFINED,
            name_cache: Vec::new(),
            digit_strings: Vec::new(),
            inspect_stack: Vec::new(),
        });
    }
    let r = rt();
    r.length_key = crate::string::intern("length");
    r.prototype_key = crate::string::intern("prototype");
    r.digit_strings = (0..10)
        .map(|i| crate::string::intern(&i.to_string()))
        .collect();
    crate::builtins::install();
    // SAFETY: single-threaded, before compiled code runs; the heap (and its
    // boxed state) lives as long as the program.
    unsafe { crate::gc::rt_alloc_state = r.heap.alloc_state() };
    crate::gc::publish_small_blocks();
    crate::heap::init_cell_templates(r.protos.object, r.protos.function, r.protos.array);
}

impl Runtime {
    /// Marks every root the runtime itself holds.
    pub fn trace_roots(&mut self) {
        let p = &self.protos;
        let protos = [
            p.object,
            p.function,
            p.array,
            p.string,
            p.number,
            p.boolean,
            p.error,
            p.type_error,
            p.range_error,
            p.reference_error,
            p.syntax_error,
            p.eval_error,
            p.uri_error,
            p.map,
            p.set,
            p.iterator,
        ];
        for v in protos {
            self.heap.mark_value(v);
        }
        self.heap.mark_value(self.global);
        self.heap.mark_value(self.pending_exception);
        self.heap.mark_value(crate::class::new_target());
        for i in 0..self.root_stack.len() {
            let v = self.root_stack[i];
            self.heap.mark_value(v);
        }
        for i in 0..self.literals.len() {
            let v = self.literals[i];
            self.heap.mark_value(v);
        }
        // Interned strings are weak (pruned after marking), except the
        // permanent ones, which the sweep never frees.
        for i in 0..self.inspect_stack.len() {
            let v = self.inspect_stack[i];
            self.heap.mark_value(v);
        }
    }
}

/// Drops interned strings that the marking did not reach (call after marking,
/// before sweeping).
pub fn prune_interned() {
    rt().interned.retain(|_, v| unsafe {
        let h = v.as_pointer::<crate::heap::Header>();
        (*h).mark.get() != 0 || (*h).flags & crate::heap::FLAG_PERMANENT != 0
    });
}
