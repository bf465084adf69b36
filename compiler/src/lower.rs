//! Lowering: closure IR to machine code with Cranelift, in one object file.
//!
//! This is the only module that imports `cranelift_*`. Conventions:
//! - every JS function is `fn(callee, this, argc, argv) -> value` (SysV), where
//!   `callee` is the closure itself (its environment is inline in it) and the
//!   result is `EXCEPTION` when the function threw;
//! - every local is a Cranelift variable that needs a stack map (unless
//!   `ir::pointer_free` proves it never holds a pointer), and every value
//!   loaded from memory or returned by a call is declared as needing one, so a
//!   precise GC finds all live values at every call (see `runtime/src/stack.rs`);
//! - values known to be numbers (literals, arithmetic results, `ir::numbers`
//!   locals) skip tag checks and slow paths; `ir::int32` locals are I32
//!   variables, and a value made from a double or an i32 remembers it
//!   (`f64_forms`, `int32_forms`), so chains of arithmetic stay in their
//!   register file; `ir::numbers` locals are F64 variables;
//! - a poll at function entry compares the stack pointer with
//!   `rt_stack_limit` (stack overflow and GC requests), one at loop headers
//!   only tests for a GC request (`u64::MAX`);
//! - calls made on slow paths (cold blocks) go through `bibao_slow_call_{n}`,
//!   trampolines that save every register, so that the register allocator
//!   need not move the hot code's values out of caller-saved registers
//!   around them;
//! - the object defines `main`, which calls `rt_main` with the entry function,
//!   the string literal table and the stack map table.

use crate::ir::{self, BinOp, Expr, FuncId, LabelId, LogicalOp, Stmt, Target, UnOp};
use bibao_runtime::heap::{
    BOX_VALUE_OFFSET, FUNCTION_CAPTURES_OFFSET, FUNCTION_CODE_OFFSET, FUNCTION_FLAG_ARROW,
    FUNCTION_FLAG_CONSTRUCTOR, FUNCTION_FLAG_STRICT, HEADER_KIND_OFFSET, HEADER_MARK_OFFSET,
    KIND_FUNCTION, MARK_OLD,
};
use bibao_runtime::value::{
    EXCEPTION, FALSE, NULL, NUMBER_LIMIT, PAYLOAD_MASK, TAG_MASK, TAG_POINTER, TRUE, UNDEFINED,
    UNINIT,
};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    AbiParam, Block, InstBuilder, InstructionData, MemFlagsData, StackSlotData, StackSlotKind,
    Value, types,
};
use cranelift_codegen::isa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::{HashMap, HashSet};

const I64: types::Type = types::I64;

/// Math functions computed inline when called with numbers (name, argument
/// count), in the order of the runtime's `bibao_math_codes`.
const MATH_INLINE: [(&str, usize); 7] = [
    ("sqrt", 1),
    ("abs", 1),
    ("floor", 1),
    ("ceil", 1),
    ("trunc", 1),
    ("min", 2),
    ("max", 2),
];

/// The most arguments a cold runtime call passes through a register-saving
/// trampoline (the code pointer and the arguments all go in registers).
const SLOW_CALL_MAX_ARGS: usize = 5;

macro_rules! runtime_imports {
    ($( $name:ident ( $($p:ty),* ) -> $r:ty ; )*) => {
        /// The runtime functions generated code calls.
        #[allow(non_camel_case_types)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Rt { $($name),* }

        impl Rt {
            pub const ALL: &'static [Rt] = &[$(Rt::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Rt::$name => stringify!($name)),* }
            }

            /// (number of parameters, returns i32 instead of a value)
            pub fn shape(self) -> (usize, bool) {
                match self {
                    $(Rt::$name => (
                        0 $(+ { let _ = stringify!($p); 1 })*,
                        stringify!($r) == "i32",
                    )),*
                }
            }
        }

        /// Compile-time proof that every import exists in the runtime with
        /// the signature the generated code assumes.
        #[cfg(test)]
        #[allow(dead_code)]
        fn runtime_signatures_match() {
            use bibao_runtime::heap::JsCode;
            $( let _: unsafe extern "C" fn($($p),*) -> $r = bibao_runtime::exports::$name; )*
        }
    };
}

runtime_imports! {
    rt_main(JsCode, *const u64, *mut u64, *const u64, *const u64) -> i32;
    rt_stack_check() -> u64;
    rt_value_add(u64, u64) -> u64;
    rt_value_sub(u64, u64) -> u64;
    rt_value_mul(u64, u64) -> u64;
    rt_value_div(u64, u64) -> u64;
    rt_value_mod(u64, u64) -> u64;
    rt_value_pow(u64, u64) -> u64;
    rt_value_bitand(u64, u64) -> u64;
    rt_value_bitor(u64, u64) -> u64;
    rt_value_bitxor(u64, u64) -> u64;
    rt_value_shl(u64, u64) -> u64;
    rt_value_sar(u64, u64) -> u64;
    rt_value_shr(u64, u64) -> u64;
    rt_value_lt(u64, u64) -> u64;
    rt_value_gt(u64, u64) -> u64;
    rt_value_le(u64, u64) -> u64;
    rt_value_ge(u64, u64) -> u64;
    rt_value_loose_eq(u64, u64) -> u64;
    rt_value_strict_eq(u64, u64) -> u64;
    rt_value_instanceof(u64, u64) -> u64;
    rt_value_in(u64, u64) -> u64;
    rt_value_neg(u64) -> u64;
    rt_value_to_number(u64) -> u64;
    rt_value_bitnot(u64) -> u64;
    rt_value_truthy(u64) -> u64;
    rt_value_typeof(u64) -> u64;
    rt_prop_get(u64, u64) -> u64;
    rt_prop_set(u64, u64, u64, u64) -> u64;
    rt_prop_delete(u64, u64, u64) -> u64;
    rt_prop_define(u64, u64, u64) -> u64;
    rt_prop_define_accessor(u64, u64, u64, u64, u64) -> u64;
    rt_global_get(u64) -> u64;
    rt_global_typeof(u64) -> u64;
    rt_global_set(u64, u64, u64) -> u64;
    rt_function_call(u64, u64, u64, *const u64, u64) -> u64;
    rt_closure_new(JsCode, u64, u64, u64, u64) -> u64;
    rt_box_new(u64) -> u64;
    rt_gc_remember(u64) -> u64;
    rt_array_new(u64, *const u64) -> u64;
    rt_object_new() -> u64;
    rt_exception_throw(u64) -> u64;
    rt_exception_take() -> u64;
    rt_error_throw_tdz(u64) -> u64;
    rt_error_throw_const_assign() -> u64;
    rt_iter_to_array(u64) -> u64;
    rt_this_sloppy(u64) -> u64;
    rt_value_to_string(u64) -> u64;
    rt_iter_open(u64, u64) -> u64;
    rt_iter_next(u64) -> u64;
    rt_for_in_keys(u64) -> u64;
    rt_for_in_has(u64, u64) -> u64;
    rt_array_slice_from(u64, u64) -> u64;
    rt_object_rest(u64, u64) -> u64;
    rt_array_extend(u64, u64, u64, u64) -> u64;
    rt_array_push(u64, u64) -> u64;
    rt_object_spread(u64, u64) -> u64;
    rt_require_object_coercible(u64, u64, u64) -> u64;
    rt_function_apply(u64, u64, u64, u64) -> u64;
    rt_function_construct_array(u64, u64, u64) -> u64;
    rt_array_from_args(u64, *const u64, u64) -> u64;
    rt_arguments_new(u64, *const u64) -> u64;
    rt_class_define(u64, u64) -> u64;
    rt_class_method(u64, u64, u64, u64) -> u64;
    rt_class_fields(u64, u64) -> u64;
    rt_class_this(u64, u64, u64) -> u64;
    rt_class_this_ic(u64, u64, u64, *mut bibao_runtime::property::SiteCache) -> u64;
    rt_object_new_with_proto(u64) -> u64;
    rt_function_construct_ic(u64, u64, *const u64, u64, *mut bibao_runtime::property::SiteCache) -> u64;
    rt_super_construct(u64, u64, u64, u64) -> u64;
    rt_super_construct_args(u64, u64, u64, *const u64, u64) -> u64;
    rt_this_check(u64) -> u64;
    rt_class_return(u64, u64, u64) -> u64;
    rt_function_home(u64) -> u64;
    rt_super_get(u64, u64, u64) -> u64;
    rt_define_field(u64, u64, u64) -> u64;
    rt_object_literal_proto(u64, u64) -> u64;
    rt_method_home_set(u64, u64) -> u64;
    rt_prop_get_ic(u64, u64, *mut bibao_runtime::property::SiteCache) -> u64;
    rt_global_get_ic(u64, *mut bibao_runtime::property::SiteCache) -> u64;
    rt_prop_define_ic(u64, u64, u64, *mut bibao_runtime::property::SiteCache) -> u64;
    rt_prop_set_ic(u64, u64, u64, *mut bibao_runtime::property::SiteCache, u64) -> u64;
    rt_store_run(u64, *const u64, *const u64, u64, *mut bibao_runtime::property::SiteCache) -> u64;
}

pub struct Lowered {
    pub object: Vec<u8>,
    /// The Cranelift IR of every function (for `--emit=clif`).
    pub clif: String,
}

/// One function's machine code, ready for `define_function_bytes`.
struct CompiledFunction {
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<cranelift_module::ModuleReloc>,
    /// (code offset of the return address, frame span, slot offsets).
    stack_maps: Vec<(u32, u32, Vec<u32>)>,
}

/// Stores 0 (not a pointer) into every stack slot that a stack map lists,
/// first thing in the function.
///
/// Cranelift's safepoint spiller can list a slot that this call of the
/// function has not written yet: it keeps a value that became an alias of
/// another (SSA construction merges block parameters) live from the entry
/// on, gives it a slot, and never stores it (its uses read the aliased
/// value). Seen in `tests/run/programs/virtual_dom.js`: the entry poll of
/// `diff` listed such a slot, and a collection there read what an earlier
/// frame had left in it. Zeroed, such a slot holds no pointer until a real
/// value is stored in it.
fn zero_stack_map_slots(func: &mut cranelift_codegen::ir::Function) {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    let mut slots: Vec<cranelift_codegen::ir::StackSlot> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            if let Some(entries) = func.dfg.user_stack_map_entries(inst) {
                slots.extend(entries.iter().map(|e| e.slot));
            }
        }
    }
    slots.sort_unstable();
    slots.dedup();
    let Some(entry) = func.layout.entry_block() else {
        return;
    };
    if slots.is_empty() {
        return;
    }
    let mut pos = FuncCursor::new(func).at_first_insertion_point(entry);
    let zero = pos.ins().iconst(I64, 0);
    for slot in slots {
        pos.ins().stack_store(I64, zero, slot, 0);
    }
}

/// Compiles built CLIF functions to machine code on every available core
/// (each worker takes every n-th function), keeping their order. Compilation
/// is most of `bibao build`'s time for larger programs.
fn compile_functions(
    isa: &dyn isa::TargetIsa,
    functions: Vec<cranelift_codegen::ir::Function>,
    js_funcs: &[ClifFuncId],
    module: &ir::Module,
) -> Result<Vec<CompiledFunction>, String> {
    let compile_one = |ctx: &mut cranelift_codegen::Context,
                       i: usize,
                       func: cranelift_codegen::ir::Function|
     -> Result<CompiledFunction, String> {
        ctx.clear();
        ctx.func = func;
        zero_stack_map_slots(&mut ctx.func);
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        if let Err(e) = ctx.compile(isa, &mut ctrl) {
            let message = cranelift_codegen::print_errors::pretty_error(e.func, e.inner);
            return Err(format!(
                "cranelift rejected function {}: {message}",
                module.functions[i].debug_name
            ));
        }
        let code = ctx.compiled_code().expect("compiled");
        let relocs = code
            .buffer
            .relocs()
            .iter()
            .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, js_funcs[i]))
            .collect();
        let stack_maps = code
            .buffer
            .user_stack_maps()
            .iter()
            .map(|(offset, span, map)| (*offset, *span, map.entries().map(|(_, o)| o).collect()))
            .collect();
        Ok(CompiledFunction {
            alignment: code.buffer.alignment as u64,
            bytes: code.buffer.data().to_vec(),
            relocs,
            stack_maps,
        })
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(functions.len() / 4)
        .max(1);
    let mut queues: Vec<Vec<(usize, cranelift_codegen::ir::Function)>> =
        (0..workers).map(|_| Vec::new()).collect();
    for (i, f) in functions.into_iter().enumerate() {
        queues[i % workers].push((i, f));
    }
    let run_queue = |queue: Vec<(usize, cranelift_codegen::ir::Function)>| {
        let mut ctx = cranelift_codegen::Context::new();
        queue
            .into_iter()
            .map(|(i, f)| compile_one(&mut ctx, i, f).map(|c| (i, c)))
            .collect::<Result<Vec<_>, String>>()
    };
    let results: Vec<Result<Vec<(usize, CompiledFunction)>, String>> = if workers == 1 {
        queues.into_iter().map(run_queue).collect()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = queues
                .into_iter()
                .map(|q| scope.spawn(|| run_queue(q)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        })
    };
    let mut all = Vec::new();
    for r in results {
        all.extend(r?);
    }
    all.sort_by_key(|(i, _)| *i);
    Ok(all.into_iter().map(|(_, c)| c).collect())
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

pub fn lower(module: &ir::Module, want_clif: bool) -> Result<Lowered, String> {
    let mut fb = settings::builder();
    fb.set("opt_level", "speed").map_err(|e| e.to_string())?;
    // Cranelift's own IR verifier checks our CLIF in debug builds (the test
    // suite); release builds skip it (about a tenth of compile time).
    if !cfg!(debug_assertions) {
        fb.set("enable_verifier", "false")
            .map_err(|e| e.to_string())?;
    }
    // Not `is_pic`: every symbol the code refers to (its own functions and
    // data, the statically linked runtime) is marked colocated, so Cranelift
    // addresses it PC-relative (`lea sym(%rip)`, `call sym`), which a PIE
    // allows; `is_pic` would load each address from the GOT instead.
    fb.enable("preserve_frame_pointers")
        .map_err(|e| e.to_string())?;
    let mut isa_builder = isa::lookup(target_lexicon::Triple::host()).map_err(|e| e.to_string())?;
    // The x86-64-v2 baseline (every x86-64 CPU since 2009): SSE4.1 turns
    // `Math.floor`, `ceil` and `trunc` into one `roundsd` instead of a call.
    for feature in [
        "has_sse3",
        "has_ssse3",
        "has_sse41",
        "has_sse42",
        "has_popcnt",
    ] {
        isa_builder.enable(feature).map_err(|e| e.to_string())?;
    }
    let isa = isa_builder
        .finish(settings::Flags::new(fb))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(
        isa,
        "bibao_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| e.to_string())?;
    let mut obj = ObjectModule::new(builder);

    let mut js_sig = obj.make_signature();
    for _ in 0..4 {
        js_sig.params.push(AbiParam::new(I64));
    }
    js_sig.returns.push(AbiParam::new(I64));

    let mut imports = HashMap::new();
    for &rt in Rt::ALL {
        let (n, ret_i32) = rt.shape();
        let mut sig = obj.make_signature();
        for _ in 0..n {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns
            .push(AbiParam::new(if ret_i32 { types::I32 } else { I64 }));
        let id = obj
            .declare_function(rt.name(), Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        imports.insert(rt, id);
    }
    let stack_limit = obj
        .declare_data("rt_stack_limit", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let proto_epoch = obj
        .declare_data("bibao_proto_epoch", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let new_target = obj
        .declare_data("bibao_new_target", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let array_push_code = obj
        .declare_data("bibao_array_push_code", Linkage::Import, false, false)
        .map_err(|e| e.to_string())?;
    let math_codes = obj
        .declare_data("bibao_math_codes", Linkage::Import, false, false)
        .map_err(|e| e.to_string())?;
    let math_intact = obj
        .declare_data("bibao_math_intact", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let string_intact = obj
        .declare_data("bibao_string_intact", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let alloc_state = obj
        .declare_data("rt_alloc_state", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let bytes_in_use = obj
        .declare_data("rt_bytes_in_use", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let cell_templates = obj
        .declare_data("rt_cell_templates", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let small_blocks = obj
        .declare_data("rt_small_blocks", Linkage::Import, true, false)
        .map_err(|e| e.to_string())?;
    let char_code_at_code = obj
        .declare_data(
            "bibao_string_char_code_at_code",
            Linkage::Import,
            false,
            false,
        )
        .map_err(|e| e.to_string())?;

    let own_method_keys = ir::method_keys::own_method_keys(module);
    let class_keys = ir::instance_keys::class_instance_keys(module);
    let instance_keys: Vec<usize> = (module.functions.iter().enumerate())
        .map(|(i, f)| match class_keys.get(&ir::FuncId(i as u32)) {
            Some(&k) => k,
            None => ir::instance_keys::instance_keys(f),
        })
        .collect();
    let mut js_funcs = Vec::new();
    for (i, f) in module.functions.iter().enumerate() {
        let name = format!("bibao_js_{}_{}", i, sanitize(&f.debug_name));
        let id = obj
            .declare_function(&name, Linkage::Local, &js_sig)
            .map_err(|e| e.to_string())?;
        js_funcs.push(id);
    }

    // Cold calls into the runtime go through trampolines that save every
    // register (see `SLOW_CALL_MAX_ARGS`).
    let mut slow_calls = Vec::new();
    for n in 0..=SLOW_CALL_MAX_ARGS {
        let mut sig = obj.make_signature();
        sig.call_conv = isa::CallConv::PreserveAll;
        for _ in 0..=n {
            sig.params.push(AbiParam::new(I64));
        }
        let id = obj
            .declare_function(&format!("bibao_slow_call_{n}"), Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        slow_calls.push(id);
    }
    let slow_result = obj
        .declare_data("bibao_slow_result", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    {
        let mut dd = DataDescription::new();
        dd.define_zeroinit(8);
        dd.set_align(8);
        obj.define_data(slow_result, &dd)
            .map_err(|e| e.to_string())?;
    }

    // String literals: the table the runtime reads, and the slots it fills.
    let literals = obj
        .declare_data("bibao_literals", Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    let ic_caches = obj
        .declare_data("bibao_site_caches", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    let mut ic_count = 0usize;
    let literal_slots = obj
        .declare_data("bibao_literal_slots", Linkage::Local, true, false)
        .map_err(|e| e.to_string())?;
    {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&(module.strings.len() as u64).to_le_bytes());
        for s in &module.strings {
            bytes.extend_from_slice(&(s.len() as u64).to_le_bytes());
            for u in s {
                bytes.extend_from_slice(&u.to_le_bytes());
            }
            while bytes.len() % 8 != 0 {
                bytes.push(0);
            }
        }
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        obj.define_data(literals, &dd).map_err(|e| e.to_string())?;
        let mut dd = DataDescription::new();
        dd.define_zeroinit(8 * module.strings.len().max(1));
        dd.set_align(8);
        obj.define_data(literal_slots, &dd)
            .map_err(|e| e.to_string())?;
    }

    let layout = bibao_runtime::layout::layout();
    let mut ctx = obj.make_context();
    let mut fbc = FunctionBuilderContext::new();
    let mut clif = String::new();
    // Build every function's CLIF first (declarations need the module), then
    // compile them on all cores, then define them in order.
    let mut built = Vec::with_capacity(module.functions.len());
    for (i, f) in module.functions.iter().enumerate() {
        ctx.func.signature = js_sig.clone();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
            let mut env = Env {
                obj: &mut obj,
                imports: &imports,
                js_funcs: &js_funcs,
                stack_limit,
                proto_epoch,
                new_target,
                array_push_code,
                math_codes,
                math_intact,
                string_intact,
                char_code_at_code,
                alloc_state,
                bytes_in_use,
                cell_templates,
                small_blocks,
                literal_slots,
                ic_caches,
                ic_count: &mut ic_count,
                layout,
                func_refs: HashMap::new(),
                js_refs: HashMap::new(),
                data_refs: HashMap::new(),
                js_sig_ref: None,
                slow_calls: &slow_calls,
                slow_call_refs: [None; SLOW_CALL_MAX_ARGS + 1],
                slow_result,
                own_method_keys: &own_method_keys,
                instance_keys: &instance_keys,
                function_index: i,
            };
            FnLower::run(&mut b, &mut env, module, f)?;
            b.seal_all_blocks();
            b.finalize(obj.target_config());
        }
        if want_clif {
            clif.push_str(&format!(
                "; function @{i} {}\n{}\n",
                f.debug_name,
                ctx.func.display()
            ));
        }
        built.push(std::mem::replace(
            &mut ctx.func,
            cranelift_codegen::ir::Function::new(),
        ));
    }
    let compiled = compile_functions(obj.isa(), built, &js_funcs, module)?;
    let mut stack_maps: Vec<(usize, u32, u32, Vec<u32>)> = Vec::new();
    for (i, code) in compiled.into_iter().enumerate() {
        obj.define_function_bytes(js_funcs[i], code.alignment, &code.bytes, &code.relocs)
            .map_err(|e| e.to_string())?;
        for (offset, span, slots) in code.stack_maps {
            stack_maps.push((i, offset, span, slots));
        }
    }

    {
        let mut dd = DataDescription::new();
        dd.define_zeroinit(layout.cache_size as usize * ic_count.max(1));
        dd.set_align(8);
        obj.define_data(ic_caches, &dd).map_err(|e| e.to_string())?;
    }

    // Stack map table (format documented in runtime/src/stack.rs).
    let maps_id = obj
        .declare_data("bibao_stack_maps", Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    {
        let mut dd = DataDescription::new();
        let mut words: Vec<u64> = vec![stack_maps.len() as u64];
        let mut relocs = Vec::new();
        for (func, offset, span, slots) in &stack_maps {
            relocs.push((words.len() * 8, *func));
            words.push(0);
            words.push(*offset as u64 | ((*span as u64) << 32));
            words.push(slots.len() as u64);
            for pair in slots.chunks(2) {
                let lo = pair[0] as u64;
                let hi = pair.get(1).copied().unwrap_or(0) as u64;
                words.push(lo | (hi << 32));
            }
        }
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (off, func) in relocs {
            let fr = obj.declare_func_in_data(js_funcs[func], &mut dd);
            dd.write_function_addr(off as u32, fr);
        }
        obj.define_data(maps_id, &dd).map_err(|e| e.to_string())?;
    }

    // The layout the inline fast paths assumed, checked by rt_main.
    let layout_id = obj
        .declare_data("bibao_layout", Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    {
        let mut dd = DataDescription::new();
        let bytes: Vec<u8> = layout
            .words()
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        obj.define_data(layout_id, &dd).map_err(|e| e.to_string())?;
    }

    // bibao_slow_call_{n}(code, args...): calls the SysV function `code`
    // and stores its result in `bibao_slow_result`. Its PreserveAll
    // convention saves every register the call clobbers, so a caller's
    // values stay in registers across a cold call.
    for (n, &id) in slow_calls.iter().enumerate() {
        let decl_sig = obj.declarations().get_function_decl(id).signature.clone();
        ctx.func.signature = decl_sig;
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            b.seal_block(entry);
            let params = b.block_params(entry).to_vec();
            let mut sig = obj.make_signature();
            for _ in 0..n {
                sig.params.push(AbiParam::new(I64));
            }
            sig.returns.push(AbiParam::new(I64));
            let sig_ref = b.import_signature(sig);
            let call = b.ins().call_indirect(sig_ref, params[0], &params[1..]);
            let r = b.inst_results(call)[0];
            let gv = obj.declare_data_in_func(slow_result, b.func);
            if let cranelift_codegen::ir::GlobalValueData::Symbol { colocated, .. } =
                &mut b.func.global_values[gv]
            {
                *colocated = true;
            }
            let addr = b.ins().symbol_value(I64, gv);
            b.ins().store(flags(), r, addr, 0);
            b.ins().return_(&[]);
            b.finalize(obj.target_config());
        }
        obj.define_function(id, &mut ctx)
            .map_err(|e| e.to_string())?;
        obj.clear_context(&mut ctx);
    }

    // main(argc, argv) -> rt_main(entry, literals, slots, stack maps, layout)
    {
        let mut sig = obj.make_signature();
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(types::I32));
        let main_id = obj
            .declare_function("main", Linkage::Export, &sig)
            .map_err(|e| e.to_string())?;
        ctx.func.signature = sig;
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            b.seal_block(entry);
            let ptr = I64;
            let f = obj.declare_func_in_func(js_funcs[0], b.func);
            let entry_addr = b.ins().func_addr(ptr, f);
            let gv = obj.declare_data_in_func(literals, b.func);
            let lit = b.ins().symbol_value(ptr, gv);
            let gv = obj.declare_data_in_func(literal_slots, b.func);
            let slots = b.ins().symbol_value(ptr, gv);
            let gv = obj.declare_data_in_func(maps_id, b.func);
            let maps = b.ins().symbol_value(ptr, gv);
            let gv = obj.declare_data_in_func(layout_id, b.func);
            let layout_addr = b.ins().symbol_value(ptr, gv);
            let rt_main = obj.declare_func_in_func(imports[&Rt::rt_main], b.func);
            b.func.dfg.ext_funcs[rt_main].colocated = true;
            let call = b
                .ins()
                .call(rt_main, &[entry_addr, lit, slots, maps, layout_addr]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.finalize(obj.target_config());
        }
        obj.define_function(main_id, &mut ctx)
            .map_err(|e| e.to_string())?;
        obj.clear_context(&mut ctx);
    }

    let product = obj.finish();
    let object = product.emit().map_err(|e| e.to_string())?;
    Ok(Lowered { object, clif })
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// What `peek_free_or_bump` found: the memory, and the free list head and
/// bump pointer to store when it is taken.
struct Take {
    ptr: Value,
    new_head: Value,
    new_bump: Value,
    head: i32,
    bump: i32,
    /// Already taken (`take_now`).
    taken: bool,
}

impl Take {
    fn commit(&self, l: &mut FnLower, base: Value) {
        if !self.taken {
            l.b.ins().store(flags(), self.new_head, base, self.head);
            l.b.ins().store(flags(), self.new_bump, base, self.bump);
        }
    }
}

/// Module-level things a function body refers to.
struct Env<'m> {
    obj: &'m mut ObjectModule,
    imports: &'m HashMap<Rt, ClifFuncId>,
    js_funcs: &'m [ClifFuncId],
    stack_limit: DataId,
    proto_epoch: DataId,
    /// `bibao_new_target`: new.target of the `new` in progress.
    new_target: DataId,
    array_push_code: DataId,
    math_codes: DataId,
    /// `bibao_math_intact`: 1 while `Math` and its properties are the
    /// runtime's.
    math_intact: DataId,
    /// `bibao_string_intact`: 1 while `String.prototype`'s properties are
    /// the runtime's.
    string_intact: DataId,
    /// `bibao_string_char_code_at_code`: the code of `charCodeAt`.
    char_code_at_code: DataId,
    /// `rt_alloc_state` (a pointer to `gc::AllocState`), `rt_bytes_in_use`
    /// and `rt_cell_templates`: inline allocation (`alloc_inline`).
    alloc_state: DataId,
    bytes_in_use: DataId,
    cell_templates: DataId,
    /// `rt_small_blocks`: the program thread's `gc::SmallBlocks`.
    small_blocks: DataId,
    literal_slots: DataId,
    /// Property-access site caches (`SiteCache`, 8 bytes each).
    ic_caches: DataId,
    ic_count: &'m mut usize,
    layout: bibao_runtime::layout::Layout,
    func_refs: HashMap<Rt, cranelift_codegen::ir::FuncRef>,
    js_refs: HashMap<usize, cranelift_codegen::ir::FuncRef>,
    data_refs: HashMap<DataId, cranelift_codegen::ir::GlobalValue>,
    js_sig_ref: Option<cranelift_codegen::ir::SigRef>,
    /// `bibao_slow_call_{n}`: the register-saving trampolines.
    slow_calls: &'m [ClifFuncId],
    slow_call_refs: [Option<cranelift_codegen::ir::FuncRef>; SLOW_CALL_MAX_ARGS + 1],
    /// Where a trampoline leaves the runtime function's result.
    slow_result: DataId,
    /// Method names whose calls check an own property before a
    /// prototype's (`ir::method_keys`).
    own_method_keys: &'m HashSet<ir::StrId>,
    /// How many properties each function's instances get, by function
    /// index (`ir::instance_keys`).
    instance_keys: &'m [usize],
    /// The index of the function being lowered.
    function_index: usize,
}

/// One enclosing try with a finally block, as seen by jumps that leave it.
struct FinallyFrame<'i> {
    body: &'i [Stmt],
    /// Handler depth outside the try (for exceptions inside the finally body).
    handler_depth: usize,
}

struct LabelTarget {
    break_block: Block,
    continue_block: Option<Block>,
    /// Number of finally frames when the label was entered.
    finally_depth: usize,
}

struct FnLower<'a, 'b, 'm, 'i> {
    b: &'a mut FunctionBuilder<'b>,
    env: &'a mut Env<'m>,
    module: &'i ir::Module,
    func: &'i ir::Function,
    locals: Vec<Variable>,
    callee: Variable,
    this_arg: Variable,
    /// Values that are number literals with an int32 value (bitwise
    /// operators use the integer directly, without range checks).
    int_consts: HashMap<Value, i32>,
    /// Values that are number literals, with their number.
    number_consts: HashMap<Value, f64>,
    /// Locals whose every read yields a number (`ir::numbers`).
    number_locals: Vec<bool>,
    /// Values known to be numbers: operations on them need no tag check
    /// and no slow path.
    numbers: HashSet<Value>,
    /// Locals whose every read yields an array cell (`ir::arrays`).
    array_locals: Vec<bool>,
    /// Values read from array locals: array cells, no tag or kind check.
    known_arrays: HashSet<Value>,
    /// Locals kept as an i32 (`ir::int32`).
    int32_locals: Vec<bool>,
    /// Numbers known to be int32 values (a bitwise operator's result, an
    /// int32 local's read), with that value as an i32: ToInt32 is free.
    int32_forms: HashMap<Value, Value>,
    /// Locals kept as an i64 (`ir::int32::counter_locals`).
    counter_locals: Vec<bool>,
    /// Numbers known to be integers in [-2^53, 2^53] (a counter local's
    /// read), with that value as an i64.
    int64_forms: HashMap<Value, Value>,
    /// Values made from a double by `f64_bits`, with that double: using
    /// them as doubles again needs no move between register files.
    f64_forms: HashMap<Value, Value>,
    /// Booleans made by `bool_value`, with their i8 condition: testing them
    /// again needs no compare with `true` and `false`.
    bool_forms: HashMap<Value, Value>,
    /// Companion variables of locals used often as objects of property
    /// accesses (`ir::receivers`): the cell address when the local holds a
    /// heap pointer, else 0. Written with the local; raw addresses, in no
    /// stack map (the local itself keeps the cell alive; cells never move).
    cell_vars: Vec<Option<Variable>>,
    /// Reads of such locals: value -> (block of the read, its cell variable's
    /// value there). Valid in that block only (see `known_cell`).
    cells: HashMap<Value, (Block, Value)>,
    /// Where an exception goes: innermost last; the first is "return EXCEPTION".
    handlers: Vec<Block>,
    finally: Vec<FinallyFrame<'i>>,
    labels: HashMap<LabelId, LabelTarget>,
    argc: Value,
    argv: Value,
    /// Enclosing optional chains: (exit block, result variable).
    chains: Vec<(Block, Variable)>,
    /// While an inlined body is lowered: its function's strictness.
    inlined_strict: Option<bool>,
}

impl<'a, 'b, 'm, 'i> FnLower<'a, 'b, 'm, 'i> {
    fn run(
        b: &'a mut FunctionBuilder<'b>,
        env: &'a mut Env<'m>,
        module: &'i ir::Module,
        func: &'i ir::Function,
    ) -> Result<(), String> {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let params = b.block_params(entry).to_vec();
        let exc_block = b.create_block();
        b.set_cold_block(exc_block);
        let callee = b.declare_var(I64);
        b.declare_var_needs_stack_map(callee);
        b.def_var(callee, params[0]);
        let this_arg = b.declare_var(I64);
        b.declare_var_needs_stack_map(this_arg);
        b.def_var(this_arg, params[1]);
        let mut locals = Vec::new();
        let undef = b.ins().iconst(I64, UNDEFINED as i64);
        // Locals that never hold a heap pointer need no stack map (they stay
        // in registers across calls).
        let pointer_free = ir::pointer_free::pointer_free_locals(func);
        let int32_locals = ir::int32::int32_locals(func);
        let counter_locals = ir::int32::counter_locals(func, &int32_locals);
        let number_locals = ir::numbers::number_locals(func);
        let array_locals = ir::arrays::array_locals(func);
        let receivers = ir::receivers::receiver_locals(func);
        let zero = b.ins().iconst(I64, 0);
        let cell_vars = (0..func.locals.len())
            .map(|l| {
                (receivers[l] && !int32_locals[l] && !number_locals[l]).then(|| {
                    let c = b.declare_var(I64);
                    b.def_var(c, zero);
                    c
                })
            })
            .collect();
        for (l, free) in pointer_free.into_iter().enumerate() {
            if int32_locals[l] || counter_locals[l] {
                // Written before any read (a number local): the 0 is never seen.
                let ty = if int32_locals[l] { types::I32 } else { I64 };
                let v = b.declare_var(ty);
                let zero = b.ins().iconst(ty, 0);
                b.def_var(v, zero);
                locals.push(v);
                continue;
            }
            if number_locals[l] {
                // A double variable: it lives in a float register and
                // arithmetic on it needs no moves between register files.
                let v = b.declare_var(types::F64);
                let undef = b.ins().bitcast(types::F64, MemFlagsData::new(), undef);
                b.def_var(v, undef);
                locals.push(v);
                continue;
            }
            let v = b.declare_var(I64);
            if !free {
                b.declare_var_needs_stack_map(v);
            }
            b.def_var(v, undef);
            locals.push(v);
        }
        let mut l = FnLower {
            b,
            env,
            module,
            func,
            locals,
            callee,
            this_arg,
            int_consts: HashMap::new(),
            number_consts: HashMap::new(),
            number_locals,
            numbers: HashSet::new(),
            array_locals,
            known_arrays: HashSet::new(),
            int32_locals,
            int32_forms: HashMap::new(),
            counter_locals,
            int64_forms: HashMap::new(),
            f64_forms: HashMap::new(),
            bool_forms: HashMap::new(),
            cell_vars,
            cells: HashMap::new(),
            handlers: vec![exc_block],
            finally: Vec::new(),
            labels: HashMap::new(),
            argc: params[2],
            argv: params[3],
            chains: Vec::new(),
            inlined_strict: None,
        };
        l.params();
        l.poll();
        l.block(&func.body);
        let u = l.b.ins().iconst(I64, UNDEFINED as i64);
        l.b.ins().return_(&[u]);
        l.b.switch_to_block(exc_block);
        let e = l.b.ins().iconst(I64, EXCEPTION as i64);
        l.b.ins().return_(&[e]);
        Ok(())
    }

    // ---- helpers ------------------------------------------------------------

    fn rt(&mut self, rt: Rt) -> cranelift_codegen::ir::FuncRef {
        if let Some(r) = self.env.func_refs.get(&rt) {
            return *r;
        }
        let r = self
            .env
            .obj
            .declare_func_in_func(self.env.imports[&rt], self.b.func);
        // The runtime is linked statically into the same executable: a direct
        // PC-relative call, not one through the GOT.
        self.b.func.dfg.ext_funcs[r].colocated = true;
        self.env.func_refs.insert(rt, r);
        r
    }

    fn data(&mut self, id: DataId) -> Value {
        let gv = match self.env.data_refs.get(&id) {
            Some(g) => *g,
            None => {
                let g = self.env.obj.declare_data_in_func(id, self.b.func);
                // Data of this program or of the statically linked runtime:
                // addressed PC-relative.
                if let cranelift_codegen::ir::GlobalValueData::Symbol { colocated, .. } =
                    &mut self.b.func.global_values[g]
                {
                    *colocated = true;
                }
                self.env.data_refs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(I64, gv)
    }

    /// Is the code being lowered strict (an inlined body: its own function)?
    fn strict(&self) -> bool {
        self.inlined_strict.unwrap_or(self.func.strict)
    }

    fn konst(&mut self, bits: u64) -> Value {
        self.b.ins().iconst(I64, bits as i64)
    }

    /// Declares that `v` may hold a heap pointer live across calls.
    fn track(&mut self, v: Value) -> Value {
        self.b.declare_value_needs_stack_map(v);
        v
    }

    /// Calls a runtime function that cannot throw.
    fn call_rt(&mut self, rt: Rt, args: &[Value]) -> Value {
        if self.in_cold_block() && args.len() <= SLOW_CALL_MAX_ARGS && !rt.shape().1 {
            let f = self.rt(rt);
            let code = self.b.ins().func_addr(I64, f);
            let r = self.call_saving_registers(code, args);
            return self.track(r);
        }
        let f = self.rt(rt);
        let inst = self.b.ins().call(f, args);
        let r = self.b.inst_results(inst)[0];
        self.track(r)
    }

    /// Allocates a small cell of `size` bytes without calling the runtime,
    /// as `gc::AllocState` describes, and returns its address (not a
    /// value). Branches to `slow`, which must allocate through the runtime,
    /// when the young log is full, when the bytes in use would pass the
    /// collection threshold, or when the size class has neither a free slot
    /// nor bump room. Nothing is written before every check has passed; the
    /// caller writes every word of the cell before anything can reach a
    /// safepoint.
    fn alloc_cell_inline(&mut self, size: usize, slow: Block) -> Value {
        self.alloc_inline(size, None, slow).0
    }

    /// `alloc_cell_inline`, and with `block` bytes, also a small block as
    /// the counting allocator hands out (`gc::SmallBlocks`, the program
    /// thread's lists): for a store the cell owns, freed by the sweep
    /// through the allocator like any other. Both or neither: every check
    /// of both comes before the first write.
    fn alloc_inline(
        &mut self,
        size: usize,
        block: Option<usize>,
        slow: Block,
    ) -> (Value, Option<Value>) {
        use bibao_runtime::gc::{
            FREE_LINK_OFFSET, MAX_SMALL_CELL, SMALL_BLOCK_ALIGN, SMALL_BLOCK_MAX, YOUNG_SIZE_SHIFT,
            slot_size, small_block_class,
        };
        let slot = slot_size(size);
        assert!(slot <= MAX_SMALL_CELL, "inline allocation of a large cell");
        let lay = self.env.layout;
        let state_addr = self.data(self.env.alloc_state);
        let state = self.b.ins().load(I64, flags(), state_addr, 0);
        let len = self.b.ins().load(I64, flags(), state, lay.alloc_young_len);
        let cap = self.b.ins().load(I64, flags(), state, lay.alloc_young_cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.guard(room, slow);
        let in_use_addr = self.data(self.env.bytes_in_use);
        let in_use = self.b.ins().load(I64, flags(), in_use_addr, 0);
        let bytes = slot + block.unwrap_or(0);
        let after = self.b.ins().iadd_imm_u(in_use, bytes as i64);
        let threshold = self.b.ins().load(I64, flags(), state, lay.alloc_threshold);
        let under = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, after, threshold);
        self.guard(under, slow);
        // The block: its class's list of the thread's small blocks, else the
        // arena's bump region (room for the class's whole size).
        let block_take = block.map(|bytes| {
            assert!(
                bytes <= SMALL_BLOCK_MAX,
                "inline allocation of a large block"
            );
            let class = small_block_class(bytes);
            let class_bytes = (class + 1) * SMALL_BLOCK_ALIGN;
            let blocks_addr = self.data(self.env.small_blocks);
            let blocks = self.b.ins().load(I64, flags(), blocks_addr, 0);
            let take = self.peek_free_or_bump(
                blocks,
                lay.small_blocks_free + 8 * class as i32,
                lay.small_blocks_bump,
                lay.small_blocks_end,
                0,
                class_bytes,
                IntCC::UnsignedLessThanOrEqual,
                slow,
                false,
            );
            (blocks, take)
        });
        // The cell: its class's free list, else its bump region. The last
        // check, so it is taken at once.
        let class = lay.alloc_classes + (slot / 8) as i32 * lay.size_class_bytes;
        let cell_take = self.peek_free_or_bump(
            state,
            class + lay.size_class_free,
            class + lay.size_class_bump,
            class + lay.size_class_end,
            FREE_LINK_OFFSET as i32,
            slot,
            IntCC::UnsignedLessThan,
            slow,
            true,
        );
        // Every check passed: take the block too.
        let block_ptr = block_take.map(|(blocks, take)| {
            take.commit(self, blocks);
            take.ptr
        });
        self.b.ins().store(flags(), after, in_use_addr, 0);
        let log = self.b.ins().load(I64, flags(), state, lay.alloc_young_ptr);
        let entry = self
            .b
            .ins()
            .bor_imm_u(cell_take.ptr, (slot as i64) << YOUNG_SIZE_SHIFT);
        let at = self.b.ins().ishl_imm_u(len, 3);
        let at = self.b.ins().iadd(log, at);
        self.b.ins().store(flags(), entry, at, 0);
        let len_after = self.b.ins().iadd_imm_u(len, 1);
        self.b
            .ins()
            .store(flags(), len_after, state, lay.alloc_young_len);
        (cell_take.ptr, block_ptr)
    }

    /// Finds, without writing anything, the memory a free list (its head at
    /// `base + head`, linked at `link` in each free piece) or else a bump
    /// region (`base + bump` up to `base + end`) would give for `size`
    /// bytes: branches to `slow` when the list is empty and the region
    /// lacks room (`fits(bump + size or bump, end)`, per `fits`). With
    /// `take_now` (the last check of an allocation) it also takes it;
    /// else `Take::commit` does, later.
    #[allow(clippy::too_many_arguments)]
    fn peek_free_or_bump(
        &mut self,
        base: Value,
        head: i32,
        bump: i32,
        end: i32,
        link: i32,
        size: usize,
        fits: IntCC,
        slow: Block,
        take_now: bool,
    ) -> Take {
        let free = self.b.ins().load(I64, flags(), base, head);
        let from_free = self.new_block();
        let try_bump = self.new_block();
        let take_bump = self.new_block();
        let got = self.new_block();
        let ptr = self.b.append_block_param(got, I64);
        // (Only for a later `Take::commit`.)
        let new_head = self.b.append_block_param(got, I64);
        let new_bump = self.b.append_block_param(got, I64);
        self.b.ins().brif(free, from_free, &[], try_bump, &[]);
        self.b.switch_to_block(from_free);
        let next = self.b.ins().load(I64, flags(), free, link);
        let unchanged_bump = if take_now {
            self.b.ins().store(flags(), next, base, head);
            self.konst(0)
        } else {
            self.b.ins().load(I64, flags(), base, bump)
        };
        self.b
            .ins()
            .jump(got, &[free.into(), next.into(), unchanged_bump.into()]);
        self.b.switch_to_block(try_bump);
        let bump_now = self.b.ins().load(I64, flags(), base, bump);
        let limit = self.b.ins().load(I64, flags(), base, end);
        let bumped = self.b.ins().iadd_imm_u(bump_now, size as i64);
        // A cell class's `end` is a slot boundary (a slot fits below it);
        // the small-block arena's is its end (the whole block must fit).
        let probe = if fits == IntCC::UnsignedLessThan {
            bump_now
        } else {
            bumped
        };
        let ok = self.b.ins().icmp(fits, probe, limit);
        self.b.ins().brif(ok, take_bump, &[], slow, &[]);
        self.b.switch_to_block(take_bump);
        if take_now {
            self.b.ins().store(flags(), bumped, base, bump);
        }
        self.b
            .ins()
            .jump(got, &[bump_now.into(), free.into(), bumped.into()]);
        self.b.switch_to_block(got);
        Take {
            ptr,
            new_head,
            new_bump,
            head,
            bump,
            taken: take_now,
        }
    }

    /// Writes the first `words` words of a fresh cell at `cell` from the
    /// template at byte `template` of `rt_cell_templates`, except the
    /// words `own` gives (word index, value).
    fn init_from_template(&mut self, cell: Value, template: i32, words: i32, own: &[(i32, Value)]) {
        let templates = self.data(self.env.cell_templates);
        let fixed = flags().with_readonly();
        for w in 0..words {
            let v = match own.iter().find(|(i, _)| *i == w) {
                Some(&(_, v)) => v,
                None => self.b.ins().load(I64, fixed, templates, template + 8 * w),
            };
            self.b.ins().store(flags(), v, cell, 8 * w);
        }
    }

    /// The value of a cell at `cell`.
    fn pointer_value(&mut self, cell: Value) -> Value {
        self.b.ins().bor_imm_u(cell, TAG_POINTER as i64)
    }

    /// A value made by `fast` (which may branch to the block it is given,
    /// cold, when it cannot) or else by the runtime call `slow`; tracked.
    fn fast_or_runtime(
        &mut self,
        fast: impl FnOnce(&mut Self, Block) -> Value,
        slow: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        let result = self.temp_var();
        let slow_b = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow_b);
        let v = fast(self, slow_b);
        self.b.def_var(result, v);
        self.jump(join);
        self.b.switch_to_block(slow_b);
        let v = slow(self);
        self.b.def_var(result, v);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// An array literal of `vals` (`UNINIT` for holes): the cell and, unless
    /// it is empty, its element store allocated inline, with the capacity
    /// `Elements::reserve` would give it (at least 4).
    fn array_new(&mut self, vals: &[Value]) -> Value {
        use bibao_runtime::gc::SMALL_BLOCK_MAX;
        use bibao_runtime::heap::JsObject;
        let runtime = |l: &mut Self| {
            let argv = l.args_array(vals);
            let argc = l.konst(vals.len() as u64);
            l.call_rt(Rt::rt_array_new, &[argc, argv])
        };
        let n = vals.len();
        let cap = n.max(4);
        let block = (n > 0).then_some(8 * (cap + 2));
        if block.is_some_and(|b| b > SMALL_BLOCK_MAX) {
            return runtime(self);
        }
        let lay = self.env.layout;
        self.fast_or_runtime(
            |l, slow| {
                let (cell, store) = l.alloc_inline(std::mem::size_of::<JsObject>(), block, slow);
                let mut own = Vec::new();
                if let Some(store) = store {
                    let len = l.konst(n as u64);
                    l.b.ins().store(flags(), len, store, lay.elements_len);
                    let cap = l.konst(cap as u64);
                    l.b.ins().store(flags(), cap, store, lay.elements_cap);
                    for (i, v) in vals.iter().enumerate() {
                        l.b.ins()
                            .store(flags(), *v, store, lay.elements_data + 8 * i as i32);
                    }
                    own.push((lay.elements / 8, store));
                }
                l.init_from_template(cell, lay.array_template, lay.object_template_words, &own);
                l.pointer_value(cell)
            },
            runtime,
        )
    }

    /// A new box holding `v`, allocated inline.
    fn box_new(&mut self, v: Value) -> Value {
        use bibao_runtime::heap::{
            BOX_NOT_A_SHAPE_OFFSET, JsBox, KIND_BOX, NOT_A_SHAPE, fresh_header_word,
        };
        self.fast_or_runtime(
            |l, slow| {
                let cell = l.alloc_cell_inline(std::mem::size_of::<JsBox>(), slow);
                let header = l.konst(fresh_header_word(KIND_BOX, 0));
                l.b.ins().store(flags(), header, cell, 0);
                l.b.ins().store(flags(), v, cell, BOX_VALUE_OFFSET);
                let not_a_shape = l.konst(NOT_A_SHAPE);
                l.b.ins()
                    .store(flags(), not_a_shape, cell, BOX_NOT_A_SHAPE_OFFSET);
                l.pointer_value(cell)
            },
            |l| l.call_rt(Rt::rt_box_new, &[v]),
        )
    }

    /// A new ordinary object whose prototype is `proto` (an object; `None`:
    /// Object.prototype), allocated inline when `proto` makes ordinary
    /// instances, or, with `slots`, when it is a class prototype whose
    /// instances have that many in-object slots (`heap::INSTANCE_SLOTS_SHIFT`).
    fn object_new(&mut self, proto: Option<Value>, slots: Option<usize>) -> Value {
        use bibao_runtime::heap::{
            FLAG_WIDE_INSTANCES, INSTANCE_SLOTS_MASK, INSTANCE_SLOTS_SHIFT, JsObject,
        };
        let words = self.env.layout.object_template_words;
        let (size, template) = match slots {
            None => (
                std::mem::size_of::<JsObject>() + 8 * bibao_runtime::shape::INLINE_SLOTS,
                self.env.layout.object_template,
            ),
            Some(n) => (
                std::mem::size_of::<JsObject>() + 8 * n,
                self.env.layout.instance_templates + 8 * words * n as i32,
            ),
        };
        let proto_word = self.env.layout.proto / 8;
        self.fast_or_runtime(
            |l, slow| {
                let own: Vec<(i32, Value)> = match proto {
                    Some(proto) => {
                        let p = l.pointer_of(proto);
                        let (mask, expected) = match slots {
                            None => (FLAG_WIDE_INSTANCES | INSTANCE_SLOTS_MASK, 0),
                            Some(n) => (INSTANCE_SLOTS_MASK, (n as u16) << INSTANCE_SLOTS_SHIFT),
                        };
                        let bits = l.header_flag(p, mask);
                        let as_expected = l.b.ins().icmp_imm_u(IntCC::Equal, bits, expected as i64);
                        l.guard(as_expected, slow);
                        vec![(proto_word, proto)]
                    }
                    None => Vec::new(),
                };
                let cell = l.alloc_cell_inline(size, slow);
                l.init_from_template(cell, template, words, &own);
                l.pointer_value(cell)
            },
            |l| match proto {
                Some(proto) => l.call_rt(Rt::rt_object_new_with_proto, &[proto]),
                None => l.call_rt(Rt::rt_object_new, &[]),
            },
        )
    }

    /// A new block; cold when the block being filled is cold (a block made
    /// while lowering a slow path only runs on that slow path).
    fn new_block(&mut self) -> Block {
        let block = self.b.create_block();
        if self.in_cold_block() {
            self.b.set_cold_block(block);
        }
        block
    }

    /// Is the block being filled a cold one (a slow path)?
    fn in_cold_block(&self) -> bool {
        self.b
            .current_block()
            .is_some_and(|block| self.b.func.layout.is_cold(block))
    }

    /// Calls the SysV function at `code` (at most `SLOW_CALL_MAX_ARGS`
    /// arguments) through `bibao_slow_call_{n}`, which saves every register:
    /// values live across a cold call stay in registers instead of being
    /// spilled around the hot code that reaches it.
    fn call_saving_registers(&mut self, code: Value, args: &[Value]) -> Value {
        let n = args.len();
        let tramp = match self.env.slow_call_refs[n] {
            Some(r) => r,
            None => {
                let id = self.env.slow_calls[n];
                let r = self.env.obj.declare_func_in_func(id, self.b.func);
                self.b.func.dfg.ext_funcs[r].colocated = true;
                self.env.slow_call_refs[n] = Some(r);
                r
            }
        };
        let mut all = Vec::with_capacity(n + 1);
        all.push(code);
        all.extend_from_slice(args);
        self.b.ins().call(tramp, &all);
        let addr = self.data(self.env.slow_result);
        self.b.ins().load(I64, flags(), addr, 0)
    }

    /// Calls a runtime function that may throw, and checks.
    fn call_rt_checked(&mut self, rt: Rt, args: &[Value]) -> Value {
        let r = self.call_rt(rt, args);
        self.check_exception(r);
        r
    }

    fn handler(&self) -> Block {
        *self.handlers.last().expect("handler")
    }

    fn check_exception(&mut self, v: Value) {
        let is_exc = self.b.ins().icmp_imm_s(IntCC::Equal, v, EXCEPTION as i64);
        let cont = self.new_block();
        let h = self.handler();
        self.b.ins().brif(is_exc, h, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// After a terminator: continue in a fresh block that nothing reaches.
    fn dead_block(&mut self) {
        let d = self.new_block();
        self.b.switch_to_block(d);
    }

    fn jump(&mut self, target: Block) {
        self.b.ins().jump(target, &[]);
    }

    /// The cell address of `v`, which must be a heap pointer: its tag is
    /// exactly `TAG_POINTER`, so subtracting it (one add of a `movabs`
    /// constant) clears it, with no constant-pool mask.
    fn pointer_of(&mut self, v: Value) -> Value {
        const _: () = assert!(TAG_POINTER & PAYLOAD_MASK == 0);
        self.b
            .ins()
            .iadd_imm_u(v, TAG_POINTER.wrapping_neg() as i64)
    }

    /// The cell address of `v` when it is a heap pointer, else 0 (what a
    /// receiver local's companion variable holds), without a branch.
    fn cell_or_zero(&mut self, v: Value) -> Value {
        let is_ptr = self.is_pointer(v);
        let p = self.pointer_of(v);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.ins().select(is_ptr, p, zero)
    }

    /// Is `v` a heap pointer? (i8)
    fn is_pointer(&mut self, v: Value) -> Value {
        // The tag is the top 16 bits: a shift and a small compare, no
        // 64-bit constants.
        const _: () = assert!(TAG_MASK == 0xFFFF << 48);
        let tag = self.b.ins().ushr_imm_u(v, 48);
        self.b
            .ins()
            .icmp_imm_u(IntCC::Equal, tag, (TAG_POINTER >> 48) as i64)
    }

    fn is_number(&mut self, v: Value) -> Value {
        // Numbers are below `NUMBER_LIMIT`, whose low 48 bits are zero:
        // compare the top 16 bits (no 64-bit constant).
        const _: () = assert!(NUMBER_LIMIT & PAYLOAD_MASK == 0);
        let tag = self.b.ins().ushr_imm_u(v, 48);
        self.b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, tag, (NUMBER_LIMIT >> 48) as i64)
    }

    /// Marks `v` as a number (see `numbers`); returns it.
    fn number(&mut self, v: Value) -> Value {
        self.numbers.insert(v);
        v
    }

    fn is_known_number(&self, v: Value) -> bool {
        self.numbers.contains(&v)
    }

    /// Reads a local, noting when it is a number local.
    fn read_local(&mut self, l: ir::LocalId) -> Value {
        let v = self.b.use_var(self.locals[l.index()]);
        if let Some(cv) = self.cell_vars[l.index()]
            && let Some(block) = self.b.current_block()
        {
            let c = self.b.use_var(cv);
            self.cells.insert(v, (block, c));
        }
        if self.array_locals[l.index()] {
            self.known_arrays.insert(v);
        }
        if self.int32_locals[l.index()] {
            return self.box_int32(v);
        }
        if self.counter_locals[l.index()] {
            return self.box_int64(v);
        }
        if self.number_locals[l.index()] {
            let v = self.f64_bits(v);
            return self.number(v);
        }
        v
    }

    /// Writes a local; an int32 local takes the value's i32 form.
    fn def_local(&mut self, l: ir::LocalId, v: Value) {
        self.def_local_with_cell(l, v, None);
    }

    /// `def_local`, with the cell address of `v` (0 for a non-pointer) when
    /// the caller has it from a dominating block (`known_cell` only
    /// knows the block a local was read in).
    fn def_local_with_cell(&mut self, l: ir::LocalId, v: Value, cell: Option<Value>) {
        let v = if self.int32_locals[l.index()] {
            self.int32_of(v)
        } else if self.counter_locals[l.index()] {
            self.int64_of(v)
        } else if self.number_locals[l.index()] {
            let f = self.as_f64(v);
            self.pin(f)
        } else {
            v
        };
        self.b.def_var(self.locals[l.index()], v);
        if let Some(cv) = self.cell_vars[l.index()] {
            let c = if self.is_known_number(v) {
                self.b.ins().iconst(I64, 0)
            } else if let Some(c) = cell.or_else(|| self.known_cell(v)) {
                // Read from another receiver local (an inlined method's
                // `this`): its cell, not a second decoding.
                c
            } else {
                self.cell_or_zero(v)
            };
            self.b.def_var(cv, c);
        }
    }

    /// `v`, computed here. Cranelift places a pure computation where it
    /// is used, once per use in blocks that do not dominate each other (the
    /// fast paths after joins): a local's value assigned once and read in
    /// several such places would be computed again in each. A block
    /// parameter is computed by its jump.
    fn pin(&mut self, v: Value) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        let next = self.new_block();
        let param = self.b.append_block_param(next, ty);
        self.b.ins().jump(next, &[v.into()]);
        self.b.switch_to_block(next);
        param
    }

    /// The cell address of `o` when `o` was just read from a local with a
    /// companion cell variable (in the current block): 0 when `o` is not
    /// a heap pointer.
    fn known_cell(&mut self, o: Value) -> Option<Value> {
        let &(block, c) = self.cells.get(&o)?;
        (self.b.current_block() == Some(block)).then_some(c)
    }

    /// The cell address of `v` when it was read from an array local (no
    /// check needed: the value is an array cell). Computed from `v` itself,
    /// not taken from the local's companion cell variable: this use keeps
    /// `v` live, so a collection at an earlier safepoint (a call between
    /// the read and here) sees the array in the stack map; a raw cell
    /// address keeps nothing alive.
    fn known_array_cell(&mut self, v: Value) -> Option<Value> {
        self.known_arrays.contains(&v).then(|| self.pointer_of(v))
    }

    /// Branches to `slow` unless `v` is a heap pointer; returns the cell
    /// address.
    fn expect_pointer(&mut self, v: Value, slow: Block) -> Value {
        if let Some(p) = self.known_array_cell(v) {
            return p;
        }
        if let Some(c) = self.known_cell(v) {
            let next = self.new_block();
            self.b.ins().brif(c, next, &[], slow, &[]);
            self.b.switch_to_block(next);
            return c;
        }
        let is_ptr = self.is_pointer(v);
        self.guard(is_ptr, slow);
        self.pointer_of(v)
    }

    /// The number `i` (an i32) as a value, remembering its i32 form.
    fn box_int32(&mut self, i: Value) -> Value {
        let f = self.b.ins().fcvt_from_sint(types::F64, i);
        let v = self.f64_bits(f);
        self.int32_forms.insert(v, i);
        self.number(v)
    }

    /// The integer `i` (an i64 in [-2^53, 2^53]) as a value, remembering its
    /// i64 form.
    fn box_int64(&mut self, i: Value) -> Value {
        let f = self.b.ins().fcvt_from_sint(types::F64, i);
        let v = self.f64_bits(f);
        self.int64_forms.insert(v, i);
        self.number(v)
    }

    /// The i64 of a value known to be an integer without any check: a
    /// counter's read, or an int32 (`known_int32`) extended.
    fn known_int64(&mut self, v: Value) -> Option<Value> {
        if let Some(&i) = self.int64_forms.get(&v) {
            return Some(i);
        }
        let i = self.known_int32(v)?;
        Some(self.b.ins().sextend(I64, i))
    }

    /// The i64 of a value that `ir::int32::counter_locals` proved is an
    /// int32 or a counter's value: its recorded form, or an exact conversion.
    fn int64_of(&mut self, v: Value) -> Value {
        if let Some(i) = self.known_int64(v) {
            return i;
        }
        let f = self.as_f64(v);
        self.b.ins().fcvt_to_sint_sat(I64, f)
    }

    /// `i ± 1` for an integer `i` in [-2^53, 2^53], as the double
    /// computes it: past 2^53 in magnitude the double stays put (2^53 + 1
    /// rounds to 2^53), and so does the result.
    fn step_int64(&mut self, i: Value, increment: bool) -> Value {
        let limit = 1i64 << 53;
        if increment {
            let n = self.b.ins().iadd_imm_s(i, 1);
            let end = self.b.ins().iconst(I64, limit);
            self.b.ins().smin(n, end)
        } else {
            let n = self.b.ins().iadd_imm_s(i, -1);
            let end = self.b.ins().iconst(I64, -limit);
            self.b.ins().smax(n, end)
        }
    }

    /// `x + 1`, `1 + x` or `x - 1` where `x` is an integer read (an int32 or
    /// a counter): computed on the i64, which stays the result's form (so
    /// `j = i + 1` keeps a counter `j` in its register).
    fn integer_step(&mut self, op: BinOp, x: Value, y: Value) -> Option<Value> {
        let one = |this: &Self, v: Value| this.int_consts.get(&v) == Some(&1);
        let (base, increment) = match op {
            BinOp::Add if one(self, y) => (x, true),
            BinOp::Add if one(self, x) => (y, true),
            BinOp::Sub if one(self, y) => (x, false),
            _ => return None,
        };
        if !self.int64_forms.contains_key(&base) && !self.int32_forms.contains_key(&base) {
            return None;
        }
        let i = self.known_int64(base)?;
        let n = self.step_int64(i, increment);
        Some(self.box_int64(n))
    }

    /// The i32 of a value known to be an int32 without any check: an int32
    /// literal, or a value with a recorded form.
    fn known_int32(&mut self, v: Value) -> Option<Value> {
        if let Some(&i) = self.int32_forms.get(&v) {
            return Some(i);
        }
        let k = *self.int_consts.get(&v)?;
        Some(self.b.ins().iconst(types::I32, k as i64))
    }

    /// The i32 of a value known to be an int32 (`ir::int32` proved it):
    /// its recorded form, or an exact conversion.
    fn int32_of(&mut self, v: Value) -> Value {
        if let Some(&i) = self.int32_forms.get(&v) {
            return i;
        }
        if let Some(&k) = self.int_consts.get(&v) {
            return self.b.ins().iconst(types::I32, k as i64);
        }
        let f = self.as_f64(v);
        self.b.ins().fcvt_to_sint_sat(types::I32, f)
    }

    /// An i8 that is 1 when every value of `vs` not known to be a number is
    /// one (`None` when all are known numbers: no check is needed).
    fn numbers_check(&mut self, vs: &[Value]) -> Option<Value> {
        let mut check: Option<Value> = None;
        for &v in vs {
            if self.is_known_number(v) {
                continue;
            }
            let c = self.is_number(v);
            check = Some(match check {
                Some(prev) => self.b.ins().band(prev, c),
                None => c,
            });
        }
        check
    }

    /// `v` as a double: the double it was made from (`f64_forms`), or a
    /// bitcast.
    fn as_f64(&mut self, v: Value) -> Value {
        if let Some(&f) = self.f64_forms.get(&v) {
            return f;
        }
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)
    }

    /// The value of a double (its bits), remembering the double.
    fn f64_bits(&mut self, f: Value) -> Value {
        let v = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        self.f64_forms.insert(v, f);
        v
    }

    /// The boolean value of the i8 `c`, remembering `c`.
    fn bool_value(&mut self, c: Value) -> Value {
        // FALSE | c
        let c64 = self.b.ins().uextend(I64, c);
        let v = self.b.ins().bor_imm_u(c64, FALSE as i64);
        self.bool_forms.insert(v, c);
        v
    }

    fn temp_var(&mut self) -> Variable {
        let v = self.b.declare_var(I64);
        self.b.declare_var_needs_stack_map(v);
        v
    }

    /// The poll at function entry: the stack pointer below `rt_stack_limit`
    /// (stack overflow, or `u64::MAX` for a GC request) calls the runtime.
    fn poll(&mut self) {
        self.poll_with(|l, limit| {
            let sp = l.b.ins().get_stack_pointer(I64);
            l.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit)
        });
    }

    /// The poll at a loop header: a loop does not grow the stack, so it only
    /// asks whether the runtime wants attention (`rt_stack_limit` is
    /// `u64::MAX`), one compare with memory and no stack pointer held live
    /// through the loop.
    fn loop_poll(&mut self) {
        self.poll_with(|l, limit| l.b.ins().icmp_imm_s(IntCC::Equal, limit, -1));
    }

    /// Calls `rt_stack_check` in a cold block when `wanted(rt_stack_limit)`.
    fn poll_with(&mut self, wanted: impl FnOnce(&mut Self, Value) -> Value) {
        let limit_addr = self.data(self.env.stack_limit);
        let limit = self.b.ins().load(I64, flags(), limit_addr, 0);
        let wanted = wanted(self, limit);
        let slow = self.new_block();
        let cont = self.new_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(wanted, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.call_rt_checked(Rt::rt_stack_check, &[]);
        self.jump(cont);
        self.b.switch_to_block(cont);
    }

    fn params(&mut self) {
        let func = self.func;
        if let Some(r) = func.rest {
            let start = self.konst(func.params.len() as u64);
            let v = self.call_rt(Rt::rt_array_from_args, &[self.argc, self.argv, start]);
            self.def_local(r, v);
        }
        if let Some(a) = func.arguments {
            let v = self.call_rt(Rt::rt_arguments_new, &[self.argc, self.argv]);
            self.def_local(a, v);
        }
        for (i, &p) in func.params.iter().enumerate() {
            if func
                .param_kinds
                .get(i)
                .is_some_and(|k| *k != ir::ParamKind::Unknown)
            {
                // Every call passes this argument (`ir::params`).
                let v = self.b.ins().load(I64, flags(), self.argv, (8 * i) as i32);
                self.def_local(p, v);
                continue;
            }
            let has = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThan, self.argc, i as i64);
            let load_b = self.new_block();
            let join = self.new_block();
            let undef = self.konst(UNDEFINED);
            self.def_local(p, undef);
            self.b.ins().brif(has, load_b, &[], join, &[]);
            self.b.switch_to_block(load_b);
            let v = self.b.ins().load(I64, flags(), self.argv, (8 * i) as i32);
            self.def_local(p, v);
            self.jump(join);
            self.b.switch_to_block(join);
        }
    }

    /// Stores values into a fresh stack array; returns its address.
    fn args_array(&mut self, values: &[Value]) -> Value {
        let n = values.len().max(1);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * n) as u32,
            3,
        ));
        for (i, v) in values.iter().enumerate() {
            self.b.ins().stack_store(I64, *v, slot, (8 * i) as i32);
        }
        self.b.ins().stack_addr(I64, slot, 0)
    }

    fn exprs(&mut self, es: &[Expr]) -> Vec<Value> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// The address of a fresh property-access site cache.
    fn site_cache(&mut self) -> Value {
        let i = *self.env.ic_count;
        *self.env.ic_count += 1;
        let base = self.data(self.env.ic_caches);
        let size = self.env.layout.cache_size as i64;
        self.b.ins().iadd_imm_s(base, size * i as i64)
    }

    /// Branches to `slow` unless `v` points to a heap cell of `kind`;
    /// returns the cell address.
    fn expect_kind(&mut self, v: Value, kind: u8, slow: Block) -> Value {
        self.expect_kinds(v, kind, kind, slow)
    }

    /// Branches to `slow` unless `v` points to a heap cell whose kind is in
    /// `first..=last`; returns the cell address.
    fn expect_kinds(&mut self, v: Value, first: u8, last: u8, slow: Block) -> Value {
        use bibao_runtime::heap::KIND_ARRAY;
        if (first..=last).contains(&KIND_ARRAY)
            && let Some(p) = self.known_array_cell(v)
        {
            return p;
        }
        let p = self.expect_pointer(v, slow);
        let k = self
            .b
            .ins()
            .uload8(types::I32, flags(), p, HEADER_KIND_OFFSET);
        let in_range = if first == last {
            self.b.ins().icmp_imm_u(IntCC::Equal, k, first as i64)
        } else {
            let rel = self.b.ins().iadd_imm_s(k, -(first as i64));
            self.b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, rel, (last - first) as i64)
        };
        self.guard(in_range, slow);
        p
    }

    /// The code pointer of the function `f`; branches to `slow` when `f` is
    /// not a function.
    fn function_code(&mut self, f: Value, slow: Block) -> Value {
        let p = self.expect_kind(f, KIND_FUNCTION, slow);
        self.b.ins().load(I64, flags(), p, FUNCTION_CODE_OFFSET)
    }

    /// Whether a member access with this key gets an inline cache: a literal
    /// key that is not `length` nor an array index (those are exotic on
    /// arrays, strings and `arguments`, and go to the runtime).
    fn cacheable_key(&self, key: &Expr) -> bool {
        let Expr::Str(s) = key else {
            return false;
        };
        let name = self.module.string(*s);
        let index_like =
            !name.is_empty() && name.len() <= 10 && name.chars().all(|c| c.is_ascii_digit());
        name != "length" && !index_like
    }

    /// Branches to `slow` unless `v` points to an object, array or function
    /// (the cells with properties); returns the cell address.
    fn expect_object_like(&mut self, v: Value, slow: Block) -> Value {
        use bibao_runtime::heap::{KIND_FUNCTION, KIND_OBJECT};
        self.expect_kinds(v, KIND_OBJECT, KIND_FUNCTION, slow)
    }

    /// Continues in a new block when `cond` holds; branches to `slow` else.
    fn guard(&mut self, cond: Value, slow: Block) {
        let next = self.new_block();
        self.b.ins().brif(cond, next, &[], slow, &[]);
        self.b.switch_to_block(next);
    }

    /// Guards that `shape` (a receiver's) is the one the cache entry names.
    fn guard_cached_shape(&mut self, shape: Value, cache: Value, slow: Block) {
        let lay = self.env.layout;
        let cached = self.b.ins().load(I64, flags(), cache, lay.cache_shape);
        let same = self.b.ins().icmp(IntCC::Equal, shape, cached);
        self.guard(same, slow);
    }

    /// Whether the prototype epoch is still the one the cache entry saw.
    fn cached_epoch_current(&mut self, cache: Value) -> Value {
        self.epoch_current_at(cache, self.env.layout.cache_epoch)
    }

    /// Whether the prototype epoch is still the word at `cache + at`.
    fn epoch_current_at(&mut self, cache: Value, at: i32) -> Value {
        let epoch_addr = self.data(self.env.proto_epoch);
        let epoch = self.b.ins().load(I64, flags(), epoch_addr, 0);
        let cached_epoch = self.b.ins().load(I64, flags(), cache, at);
        self.b.ins().icmp(IntCC::Equal, epoch, cached_epoch)
    }

    /// Guards that the object at `p` has the prototype the cache entry names
    /// and that no watched object changed since (the prototype epoch).
    fn guard_cached_chain(&mut self, p: Value, cache: Value, slow: Block) {
        let lay = self.env.layout;
        self.guard_chain_at(p, cache, (lay.cache_proto, lay.cache_epoch), slow);
    }

    /// `guard_cached_chain` with the prototype and epoch words at these
    /// offsets of `cache` (a site cache entry, or a `StoreRunCache`).
    fn guard_chain_at(
        &mut self,
        p: Value,
        cache: Value,
        (proto_at, epoch_at): (i32, i32),
        slow: Block,
    ) {
        let proto = self.b.ins().load(I64, flags(), p, self.env.layout.proto);
        let cached_proto = self.b.ins().load(I64, flags(), cache, proto_at);
        let same = self.b.ins().icmp(IntCC::Equal, proto, cached_proto);
        self.guard(same, slow);
        let current = self.epoch_current_at(cache, epoch_at);
        self.guard(current, slow);
    }

    /// The common inline-cache hit, an own data property in the receiver
    /// cell itself: loads the shape of the cell at `p` and continues when it
    /// is the cache entry's `fast_shape`, else branches to `other`. Returns
    /// the shape and the slot's address (meaningful on the hit only).
    /// Only objects, arrays and functions can match: every other cell has a
    /// word there that is never a cached shape (`heap::NOT_A_SHAPE`), so no
    /// kind check is needed.
    fn cached_fast_slot(&mut self, p: Value, cache: Value, other: Block) -> (Value, Value) {
        let shape = self
            .b
            .ins()
            .load(I64, flags(), p, self.env.layout.props_shape);
        (shape, self.cached_fast_slot_of(p, shape, cache, other))
    }

    /// `cached_fast_slot` for the cell at `p` whose shape is `shape`.
    fn cached_fast_slot_of(&mut self, p: Value, shape: Value, cache: Value, other: Block) -> Value {
        let lay = self.env.layout;
        let fast_shape = self.b.ins().load(I64, flags(), cache, lay.cache_fast_shape);
        let same = self.b.ins().icmp(IntCC::Equal, shape, fast_shape);
        self.guard(same, other);
        let fast = self.b.ins().sload32(flags(), cache, lay.cache_fast);
        self.b.ins().iadd(p, fast)
    }

    /// The inline-cache fast path (see `SiteCache` in the runtime) for the
    /// cell at `p` (a pointer already checked): branches to `slow` unless
    /// the object has the cached shape and, for a prototype hit
    /// (`allow_proto`), the cached prototype and the current prototype
    /// epoch; returns the address of the property's slot. An own property
    /// in the cell is checked first, then (`allow_proto`) a prototype hit,
    /// read through `CacheEntry.holder_slot`; with `proto_first` (method
    /// calls, whose methods are almost always a prototype's) the prototype
    /// hit comes first. Own overflow slots are a cold block.
    fn cached_slot(
        &mut self,
        p: Value,
        cache: Value,
        allow_proto: bool,
        proto_first: bool,
        slow: Block,
    ) -> Value {
        let lay = self.env.layout;
        let found = self.new_block();
        self.b.append_block_param(found, I64);
        let other = self.new_block();
        self.b.set_cold_block(other);
        let shape = if allow_proto && proto_first {
            // The prototype hit: the entry's shape and slot address, then
            // the prototype and epoch; else an own property in the cell.
            let own_try = self.new_block();
            let shape = self.b.ins().load(I64, flags(), p, lay.props_shape);
            self.guard_cached_shape(shape, cache, own_try);
            let slot = self
                .b
                .ins()
                .load(I64, flags(), cache, lay.cache_holder_slot);
            let chain = self.new_block();
            self.b.ins().brif(slot, chain, &[], own_try, &[]);
            self.b.switch_to_block(chain);
            self.guard_cached_chain(p, cache, own_try);
            self.b.ins().jump(found, &[slot.into()]);
            self.b.switch_to_block(own_try);
            let addr = self.cached_fast_slot_of(p, shape, cache, other);
            self.b.ins().jump(found, &[addr.into()]);
            shape
        } else if allow_proto {
            // Next, a prototype's data property (class methods): shape,
            // prototype and epoch, then the slot's address in the holder.
            let proto_try = self.new_block();
            let (shape, addr) = self.cached_fast_slot(p, cache, proto_try);
            self.b.ins().jump(found, &[addr.into()]);
            self.b.switch_to_block(proto_try);
            self.guard_cached_shape(shape, cache, other);
            self.guard_cached_chain(p, cache, other);
            let slot = self
                .b
                .ins()
                .load(I64, flags(), cache, lay.cache_holder_slot);
            self.b.ins().brif(slot, found, &[slot.into()], other, &[]);
            shape
        } else {
            let (shape, addr) = self.cached_fast_slot(p, cache, other);
            self.b.ins().jump(found, &[addr.into()]);
            shape
        };
        // Own in the overflow store (an inherited entry that failed above,
        // or any other, goes to `slow`).
        self.b.switch_to_block(other);
        self.guard_cached_shape(shape, cache, slow);
        let holder = self.b.ins().load(I64, flags(), cache, lay.cache_holder);
        let own = self.new_block();
        self.b.ins().brif(holder, slow, &[], own, &[]);
        self.b.switch_to_block(own);
        let addr = self.cached_slot_address(p, cache);
        self.b.ins().jump(found, &[addr.into()]);
        self.b.switch_to_block(found);
        self.b.block_params(found)[0]
    }

    /// The address of the slot the cache entry names in the receiver `cell`:
    /// in the cell itself, or in its overflow store (see
    /// `shape::OFFSET_OVERFLOW`; its values start `elements_data` bytes in).
    fn cached_slot_address(&mut self, cell: Value, cache: Value) -> Value {
        // The overflow flag is the sign bit of the 32-bit offset.
        const _: () = assert!(bibao_runtime::shape::OFFSET_OVERFLOW == 1 << 31);
        let lay = self.env.layout;
        let off = self.b.ins().sload32(flags(), cache, lay.cache_offset);
        let store = self.b.ins().load(I64, flags(), cell, lay.props_overflow);
        let overflow = self.b.ins().iadd_imm_s(store, lay.elements_data as i64);
        let in_overflow = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, off, 0);
        let base = self.b.ins().select(in_overflow, overflow, cell);
        let off = self.b.ins().band_imm_u(off, 0x7fff_ffff);
        self.b.ins().iadd(base, off)
    }

    /// The inline-cache fast paths of `o.key = v`: a store to the cached slot
    /// (own writable data property), or an add that follows the cached
    /// transition (same shape, prototype and epoch; room left in the slot
    /// vector): push the value, move to the new shape. Jumps to `done`, or
    /// to `slow` on any miss.
    fn cached_set(&mut self, o: Value, v: Value, cache: Value, slow: Block, done: Block) {
        let lay = self.env.layout;
        let p = self.expect_pointer(o, slow);
        // Every store below goes on to the write barrier.
        let stored = self.new_block();
        // An own property in the cell: store. (Adds, the other block, are
        // as common: constructors.)
        let other = self.new_block();
        let (shape, addr) = self.cached_fast_slot(p, cache, other);
        self.b.ins().store(flags(), v, addr, 0);
        self.jump(stored);
        self.b.switch_to_block(other);
        self.guard_cached_shape(shape, cache, slow);
        let holder = self.b.ins().load(I64, flags(), cache, lay.cache_holder);
        let own = self.new_block();
        let add = self.new_block();
        self.b.ins().brif(holder, add, &[], own, &[]);
        // Own data property: store.
        self.b.switch_to_block(own);
        let addr = self.cached_slot_address(p, cache);
        self.b.ins().store(flags(), v, addr, 0);
        self.jump(stored);
        // Add along the cached transition.
        self.b.switch_to_block(add);
        let is_transition = self.b.ins().icmp_imm_u(IntCC::Equal, holder, 1);
        self.guard(is_transition, slow);
        self.guard_cached_chain(p, cache, slow);
        // The object has exactly the slots of the old shape.
        let len = self.b.ins().load(types::I32, flags(), p, lay.props_len);
        let slot = self
            .b
            .ins()
            .load(types::I32, flags(), cache, lay.cache_slot);
        let at_end = self.b.ins().icmp(IntCC::Equal, len, slot);
        self.guard(at_end, slow);
        let off = self.b.ins().sload32(flags(), cache, lay.cache_offset);
        let in_overflow = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, off, 0);
        let inline_b = self.new_block();
        let overflow_b = self.new_block();
        let moved = self.new_block();
        self.b
            .ins()
            .brif(in_overflow, overflow_b, &[], inline_b, &[]);
        // The new slot is in the object: store it there.
        self.b.switch_to_block(inline_b);
        let addr = self.b.ins().iadd(p, off);
        self.b.ins().store(flags(), v, addr, 0);
        self.b.ins().jump(moved, &[]);
        // The new slot is in the overflow store: push while there is room.
        self.b.switch_to_block(overflow_b);
        let store = self.b.ins().load(I64, flags(), p, lay.props_overflow);
        let olen = self.b.ins().load(I64, flags(), store, lay.elements_len);
        let ocap = self.b.ins().load(I64, flags(), store, lay.elements_cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, olen, ocap);
        let push_b = self.new_block();
        self.b.ins().brif(room, push_b, &[], slow, &[]);
        self.b.switch_to_block(push_b);
        let boff = self.b.ins().ishl_imm_u(olen, 3);
        let addr = self.b.ins().iadd(store, boff);
        self.b.ins().store(flags(), v, addr, lay.elements_data);
        let olen1 = self.b.ins().iadd_imm_s(olen, 1);
        self.b.ins().store(flags(), olen1, store, lay.elements_len);
        self.b.ins().jump(moved, &[]);
        self.b.switch_to_block(moved);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags(), len1, p, lay.props_len);
        let new_shape = self.b.ins().load(I64, flags(), cache, lay.cache_new_shape);
        self.b.ins().store(flags(), new_shape, p, lay.props_shape);
        self.jump(stored);
        self.b.switch_to_block(stored);
        self.write_barrier(o, p, v);
        self.jump(done);
    }

    /// `Math.f(x)` / `Math.f(x, y)` (see `MATH_INLINE`): when the callee's
    /// code is the builtin's (`bibao_math_codes[i]`) and the arguments are
    /// numbers, one instruction; else an ordinary call.
    fn math_inline(
        &mut self,
        i: usize,
        f: Value,
        this: Value,
        args: &[Value],
        desc: ir::StrId,
    ) -> Value {
        let result = self.temp_var();
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let code = self.function_code(f, slow);
        let codes = self.data(self.env.math_codes);
        let builtin = self.b.ins().load(I64, flags(), codes, (8 * i) as i32);
        let same = self.b.ins().icmp(IntCC::Equal, code, builtin);
        let ok = match self.numbers_check(args) {
            Some(n) => self.b.ins().band(same, n),
            None => same,
        };
        let fast = self.new_block();
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let bits = self.math_op(i, args);
        self.b.def_var(result, bits);
        self.jump(done);
        self.b.switch_to_block(slow);
        let r = self.call_value(f, this, args, desc);
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `MATH_INLINE[i]` of `args`, numbers, as one instruction.
    fn math_op(&mut self, i: usize, args: &[Value]) -> Value {
        let x = self.as_f64(args[0]);
        let r = match MATH_INLINE[i].0 {
            "sqrt" => self.b.ins().sqrt(x),
            "abs" => self.b.ins().fabs(x),
            "floor" => self.b.ins().floor(x),
            "ceil" => self.b.ins().ceil(x),
            "trunc" => self.b.ins().trunc(x),
            "min" => {
                let y = self.as_f64(args[1]);
                self.b.ins().fmin(x, y)
            }
            _ => {
                let y = self.as_f64(args[1]);
                self.b.ins().fmax(x, y)
            }
        };
        // A NaN result in the canonical NaN-box form.
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let nan = self.b.ins().f64const(f64::NAN);
        let r = self.b.ins().select(is_nan, nan, r);
        let bits = self.f64_bits(r);
        self.number(bits)
    }

    /// `Math.f(args)` (`MATH_INLINE[i]`) where `Math` is the global: while
    /// `bibao_math_intact` is 1 when the callee would be evaluated, the
    /// callee is the builtin and neither `Math` nor the property is read;
    /// with number arguments it is one instruction, else the builtin's code
    /// is called directly. Once it is 0, the call is `math_inline`'s.
    fn math_call(
        &mut self,
        i: usize,
        object: &Expr,
        key: &Expr,
        args: &[Expr],
        desc: ir::StrId,
    ) -> Value {
        let callee = self.temp_var();
        let receiver = self.temp_var();
        let intact_addr = self.data(self.env.math_intact);
        let intact = self.b.ins().load(I64, flags(), intact_addr, 0);
        let lookup = self.new_block();
        let known = self.new_block();
        let evaluated = self.new_block();
        self.b.set_cold_block(lookup);
        self.b.ins().brif(intact, known, &[], lookup, &[]);
        self.b.switch_to_block(lookup);
        let o = self.expr(object);
        let k = self.expr(key);
        let f = self.get_member(o, key, k);
        self.b.def_var(callee, f);
        self.b.def_var(receiver, o);
        self.jump(evaluated);
        self.b.switch_to_block(known);
        let undef = self.konst(UNDEFINED);
        self.b.def_var(callee, undef);
        self.b.def_var(receiver, undef);
        self.jump(evaluated);
        self.b.switch_to_block(evaluated);
        let vals = self.exprs(args);
        let result = self.temp_var();
        let inline_b = self.new_block();
        let builtin_b = self.new_block();
        let other_b = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(builtin_b);
        self.b.set_cold_block(other_b);
        let intact_and_numbers = self.new_block();
        self.b
            .ins()
            .brif(intact, intact_and_numbers, &[], other_b, &[]);
        self.b.switch_to_block(intact_and_numbers);
        match self.numbers_check(&vals) {
            Some(n) => {
                self.b.ins().brif(n, inline_b, &[], builtin_b, &[]);
            }
            None => self.jump(inline_b),
        }
        // The builtin, inline.
        self.b.switch_to_block(inline_b);
        let r = self.math_op(i, &vals);
        self.b.def_var(result, r);
        self.jump(done);
        // The builtin, called: its code ignores the callee and `this`.
        self.b.switch_to_block(builtin_b);
        let codes = self.data(self.env.math_codes);
        let code = self.b.ins().load(I64, flags(), codes, (8 * i) as i32);
        let r = self.call_builtin_code(code, undef, &vals);
        self.b.def_var(result, r);
        self.jump(done);
        // Math or the property changed: whatever the callee was.
        self.b.switch_to_block(other_b);
        let f = self.b.use_var(callee);
        let o = self.b.use_var(receiver);
        let r = self.math_inline(i, f, o, &vals, desc);
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `s.charCodeAt(i)`: while `bibao_string_intact` is 1 and `s` is a
    /// string when the callee would be looked up, the callee is the builtin
    /// and is not looked up. Then an integer `i` below the length of a flat
    /// string reads the code unit inline; any other argument (or a rope)
    /// calls the builtin's code directly. Otherwise the callee is looked up
    /// and called as usual.
    fn char_code_at_call(
        &mut self,
        object: &Expr,
        key: &Expr,
        index: &Expr,
        desc: ir::StrId,
    ) -> Value {
        use bibao_runtime::heap::KIND_STRING;
        let lay = self.env.layout;
        let o = self.expr(object);
        let callee = self.temp_var();
        let known = self.b.declare_var(types::I8);
        let lookup = self.new_block();
        let check_kind = self.new_block();
        let evaluated = self.new_block();
        self.b.set_cold_block(lookup);
        let intact_addr = self.data(self.env.string_intact);
        let intact = self.b.ins().load(I64, flags(), intact_addr, 0);
        self.b.ins().brif(intact, check_kind, &[], lookup, &[]);
        self.b.switch_to_block(check_kind);
        self.expect_kind(o, KIND_STRING, lookup);
        let undef = self.konst(UNDEFINED);
        self.b.def_var(callee, undef);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.def_var(known, one);
        self.jump(evaluated);
        self.b.switch_to_block(lookup);
        let k = self.expr(key);
        let f = self.get_member(o, key, k);
        self.b.def_var(callee, f);
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.def_var(known, zero);
        self.jump(evaluated);
        self.b.switch_to_block(evaluated);
        let i = self.expr(index);
        let result = self.temp_var();
        let inline_b = self.new_block();
        let builtin_b = self.new_block();
        let other_b = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(builtin_b);
        self.b.set_cold_block(other_b);
        let is_known = self.b.use_var(known);
        self.b.ins().brif(is_known, inline_b, &[], other_b, &[]);
        // The code unit, inline.
        self.b.switch_to_block(inline_b);
        let ix = self.integer_index(i, builtin_b);
        let p = self.pointer_of(o);
        let count = self.b.ins().load(I64, flags(), p, lay.string_units_len);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, ix, count);
        self.guard(in_range, builtin_b);
        let units = self.b.ins().load(I64, flags(), p, lay.string_units_ptr);
        let off = self.b.ins().ishl_imm_u(ix, 1);
        let at = self.b.ins().iadd(units, off);
        let unit = self.b.ins().uload16(I64, flags(), at, 0);
        let d = self.b.ins().fcvt_from_sint(types::F64, unit);
        let r = self.f64_bits(d);
        self.b.def_var(result, r);
        self.jump(done);
        // The builtin, called: its code ignores the callee.
        self.b.switch_to_block(builtin_b);
        let code_addr = self.data(self.env.char_code_at_code);
        let code = self.b.ins().load(I64, flags(), code_addr, 0);
        let r = self.call_builtin_code(code, o, &[i]);
        self.b.def_var(result, r);
        self.jump(done);
        // Not a string, or String.prototype changed: an ordinary call.
        self.b.switch_to_block(other_b);
        let f = self.b.use_var(callee);
        let r = self.call_value(f, o, &[i], desc);
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `o.push(a)`: when the callee is the builtin push (its code is
    /// `bibao_array_push_code`) and `o` an extensible array with spare
    /// capacity, appends inline and gives the new length; else an ordinary
    /// call.
    fn array_push(&mut self, f: Value, o: Value, a: Value, desc: ir::StrId) -> Value {
        let lay = self.env.layout;
        let result = self.temp_var();
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let code = self.function_code(f, slow);
        let push_addr = self.data(self.env.array_push_code);
        let push_code = self.b.ins().load(I64, flags(), push_addr, 0);
        let same = self.b.ins().icmp(IntCC::Equal, code, push_code);
        self.guard(same, slow);
        let p = self.expect_kind(o, bibao_runtime::heap::KIND_ARRAY, slow);
        let not_ext = self.header_flag(p, bibao_runtime::heap::FLAG_NOT_EXTENSIBLE);
        let store = self.b.ins().load(I64, flags(), p, lay.elements);
        let len = self.b.ins().load(I64, flags(), store, lay.elements_len);
        let cap = self.b.ins().load(I64, flags(), store, lay.elements_cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let ext_b = self.b.ins().icmp_imm_u(IntCC::Equal, not_ext, 0);
        let ok = self.b.ins().band(room, ext_b);
        self.guard(ok, slow);
        let off = self.b.ins().ishl_imm_u(len, 3);
        let addr = self.b.ins().iadd(store, off);
        self.b.ins().store(flags(), a, addr, lay.elements_data);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags(), len1, store, lay.elements_len);
        self.write_barrier(o, p, a);
        let n = self.b.ins().fcvt_from_sint(types::F64, len1);
        let n = self.f64_bits(n);
        self.b.def_var(result, n);
        self.jump(done);
        self.b.switch_to_block(slow);
        let r = self.call_value(f, o, &[a], desc);
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// The header flag `flag` (`heap::FLAG_*`) of the cell at `p`: nonzero
    /// when set.
    fn header_flag(&mut self, p: Value, flag: u16) -> Value {
        let lay = self.env.layout;
        let all = self
            .b
            .ins()
            .uload16(types::I32, flags(), p, lay.header_flags);
        self.b.ins().band_imm_u(all, flag as i64)
    }

    /// `k` as an i64 when it is a number with an integer value (any sign);
    /// branches to `slow` otherwise. Callers bounds-check it unsigned, so
    /// negative values fail there.
    fn integer_index(&mut self, k: Value, slow: Block) -> Value {
        if let Some(i) = self.known_int64(k) {
            return i;
        }
        if !self.is_known_number(k) {
            let isn = self.is_number(k);
            self.guard(isn, slow);
        }
        let f = self.as_f64(k);
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        let back = self.b.ins().fcvt_from_sint(types::F64, i);
        let exact = self.b.ins().fcmp(FloatCC::Equal, back, f);
        self.guard(exact, slow);
        i
    }

    /// The array fast path: branches to `slow` unless `o` is an array and `k` an
    /// integer index below its length; returns the element's address.
    fn array_element(
        &mut self,
        o: Value,
        k: Value,
        slow: Block,
        for_write: bool,
    ) -> (Value, Value) {
        let lay = self.env.layout;
        let p = self.expect_kind(o, bibao_runtime::heap::KIND_ARRAY, slow);
        if for_write {
            let frozen = self.header_flag(p, bibao_runtime::heap::FLAG_FROZEN);
            let next = self.new_block();
            self.b.ins().brif(frozen, slow, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        // Negative ones fail the unsigned bounds check below.
        let i = self.integer_index(k, slow);
        let store = self.b.ins().load(I64, flags(), p, lay.elements);
        let len = self.b.ins().load(I64, flags(), store, lay.elements_len);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.guard(in_range, slow);
        let off = self.b.ins().ishl_imm_u(i, 3);
        let base = self.b.ins().iadd(store, off);
        (p, self.b.ins().iadd_imm_s(base, lay.elements_data as i64))
    }

    /// A global read: the cached slot of the global object while the
    /// prototype epoch is the cached one (see `rt_global_get_ic`).
    fn global_get(&mut self, name: ir::StrId) -> Value {
        let lay = self.env.layout;
        let result = self.temp_var();
        let cache = self.site_cache();
        let slow = self.new_block();
        let hit = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let same = self.cached_epoch_current(cache);
        self.b.ins().brif(same, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let addr = self
            .b
            .ins()
            .load(I64, flags(), cache, lay.cache_holder_slot);
        let v = self.b.ins().load(I64, flags(), addr, 0);
        self.b.def_var(result, v);
        self.jump(done);
        self.b.switch_to_block(slow);
        let n = self.literal(name);
        let r = self.call_rt_checked(Rt::rt_global_get_ic, &[n, cache]);
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `o[k]`: inline cache for literal keys, inline indexing for arrays,
    /// the runtime otherwise.
    fn get_member(&mut self, o: Value, key: &Expr, k: Value) -> Value {
        self.get_property(o, key, k, false, None)
    }

    /// `o.key` as the callee of a method call: as `get_member`, with the
    /// cache's prototype hit checked first.
    fn get_method(&mut self, o: Value, key: &Expr, k: Value) -> Value {
        self.get_property(o, key, k, true, None)
    }

    /// `get_method`, and the cell address of `o` (0 when it is not a
    /// pointer), computed before the lookup so that it dominates whatever
    /// follows: an inlined method's `this` takes it (`inlined_call`).
    fn get_method_and_cell(&mut self, o: Value, key: &Expr, k: Value) -> (Value, Option<Value>) {
        let mut cell = None;
        let f = self.get_property(o, key, k, true, Some(&mut cell));
        (f, cell)
    }

    fn get_property(
        &mut self,
        o: Value,
        key: &Expr,
        k: Value,
        method: bool,
        cell_out: Option<&mut Option<Value>>,
    ) -> Value {
        // Methods of plain objects (`ir::method_keys`) are own properties.
        let proto_first =
            method && !matches!(key, Expr::Str(s) if self.env.own_method_keys.contains(s));
        let result = self.temp_var();
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        // `length` has its own fast path (arrays and strings) but keeps a
        // site cache for its runtime call.
        let length = self.is_length_key(key);
        let cache = (length || self.cacheable_key(key)).then(|| self.site_cache());
        match cache {
            Some(_) if length => {
                let len = self.known_length(o, slow);
                let f = self.b.ins().fcvt_from_sint(types::F64, len);
                let v = self.f64_bits(f);
                self.b.def_var(result, v);
                self.jump(done);
            }
            Some(c) => {
                let p = match cell_out {
                    Some(out) if self.known_array_cell(o).is_none() => {
                        let cell = match self.known_cell(o) {
                            Some(cell) => cell,
                            None => self.cell_or_zero(o),
                        };
                        *out = Some(cell);
                        let next = self.new_block();
                        self.b.ins().brif(cell, next, &[], slow, &[]);
                        self.b.switch_to_block(next);
                        cell
                    }
                    _ => self.expect_pointer(o, slow),
                };
                let e = self.cached_slot(p, c, true, proto_first, slow);
                let v = self.b.ins().load(I64, flags(), e, 0);
                self.b.def_var(result, v);
                self.jump(done);
            }
            None => {
                let (_, e) = self.array_element(o, k, slow, false);
                let v = self.b.ins().load(I64, flags(), e, 0);
                let hole = self.b.ins().icmp_imm_u(IntCC::Equal, v, UNINIT as i64);
                let hit = self.new_block();
                self.b.ins().brif(hole, slow, &[], hit, &[]);
                self.b.switch_to_block(hit);
                self.b.def_var(result, v);
                self.jump(done);
            }
        }
        self.b.switch_to_block(slow);
        let r = match cache {
            Some(c) => self.call_rt_checked(Rt::rt_prop_get_ic, &[o, k, c]),
            None => self.call_rt_checked(Rt::rt_prop_get, &[o, k]),
        };
        self.b.def_var(result, r);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `o[k] = v`, with the same fast paths as `get_member`.
    fn set_member(&mut self, o: Value, key: &Expr, k: Value, v: Value) {
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let cache = self.cacheable_key(key).then(|| self.site_cache());
        match cache {
            Some(c) => self.cached_set(o, v, c, slow, done),
            None => {
                let (p, e) = self.array_element(o, k, slow, true);
                self.b.ins().store(flags(), v, e, 0);
                self.write_barrier(o, p, v);
                self.jump(done);
            }
        }
        self.b.switch_to_block(slow);
        let strict = self.konst(self.strict() as u64);
        match cache {
            Some(c) => self.call_rt_checked(Rt::rt_prop_set_ic, &[o, k, v, c, strict]),
            None => self.call_rt_checked(Rt::rt_prop_set, &[o, k, v, strict]),
        };
        self.jump(done);
        self.b.switch_to_block(done);
    }

    /// The string literal `s`. Its slot is filled before any compiled code
    /// runs and never written again, so the load may move: it is computed
    /// where it is used (often only in a slow path).
    fn literal(&mut self, s: ir::StrId) -> Value {
        let base = self.data(self.env.literal_slots);
        let fixed = flags().with_readonly().with_can_move();
        self.b.ins().load(I64, fixed, base, (8 * s.index()) as i32)
    }

    fn env_slot(&mut self, slot: ir::EnvSlot) -> Value {
        let c = self.b.use_var(self.callee);
        self.closure_slot(c, slot)
    }

    /// Environment slot `slot` of the closure `c`.
    fn closure_slot(&mut self, c: Value, slot: ir::EnvSlot) -> Value {
        let p = self.pointer_of(c);
        let v = self.b.ins().load(
            I64,
            flags(),
            p,
            FUNCTION_CAPTURES_OFFSET + 8 * slot.0 as i32,
        );
        self.track(v)
    }

    fn box_get(&mut self, bx: Value) -> Value {
        let p = self.pointer_of(bx);
        let v = self.b.ins().load(I64, flags(), p, BOX_VALUE_OFFSET);
        self.track(v)
    }

    fn box_set(&mut self, bx: Value, v: Value) {
        let p = self.pointer_of(bx);
        self.b.ins().store(flags(), v, p, BOX_VALUE_OFFSET);
        self.write_barrier(bx, p, v);
    }

    /// The write barrier of storing `v` into the cell `cell` at address `p` (see
    /// `heap::write_barrier`): an old cell (mark byte `MARK_OLD`) joins the
    /// remembered set. Numbers and constants need none: they refer to no
    /// cell. It comes right after the store, so that `v` need not live
    /// across the (rare) call.
    fn write_barrier(&mut self, cell: Value, p: Value, v: Value) {
        if self.never_pointer(v) {
            return;
        }
        // (An i8 load, so that the compare can read memory directly.)
        let mark = self.b.ins().load(types::I8, flags(), p, HEADER_MARK_OFFSET);
        let old = self.b.ins().icmp_imm_u(IntCC::Equal, mark, MARK_OLD as i64);
        let remember = self.new_block();
        let next = self.new_block();
        self.b.set_cold_block(remember);
        self.b.ins().brif(old, remember, &[], next, &[]);
        self.b.switch_to_block(remember);
        self.call_rt(Rt::rt_gc_remember, &[cell]);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
    }

    /// Whether `v` is made so that it cannot be a pointer: a known number
    /// (`numbers`), a number computed as a double, a boolean made from a
    /// condition, or a constant that is not a pointer.
    fn never_pointer(&self, v: Value) -> bool {
        if self.is_known_number(v)
            || self.f64_forms.contains_key(&v)
            || self.bool_forms.contains_key(&v)
        {
            return true;
        }
        let dfg = &self.b.func.dfg;
        let Some(inst) = dfg.value_def(v).inst() else {
            return false;
        };
        match dfg.insts[inst] {
            InstructionData::UnaryImm { imm, .. } => {
                let bits = imm.bits() as u64;
                bits & TAG_MASK != TAG_POINTER
            }
            _ => false,
        }
    }

    fn tdz_check(&mut self, v: Value, name: ir::StrId) {
        let is_uninit = self.b.ins().icmp_imm_s(IntCC::Equal, v, UNINIT as i64);
        let bad = self.new_block();
        let cont = self.new_block();
        self.b.set_cold_block(bad);
        self.b.ins().brif(is_uninit, bad, &[], cont, &[]);
        self.b.switch_to_block(bad);
        let n = self.literal(name);
        self.call_rt(Rt::rt_error_throw_tdz, &[n]);
        let h = self.handler();
        self.jump(h);
        self.b.switch_to_block(cont);
    }

    // ---- expressions ----------------------------------------------------------

    fn expr(&mut self, e: &Expr) -> Value {
        match e {
            Expr::Undefined => self.konst(UNDEFINED),
            Expr::Null => self.konst(NULL),
            Expr::Bool(b) => self.konst(if *b { TRUE } else { FALSE }),
            Expr::Number(n) => {
                let bits = if n.is_nan() {
                    f64::NAN.to_bits()
                } else {
                    n.to_bits()
                };
                let v = self.konst(bits);
                self.number(v);
                self.number_consts.insert(v, *n);
                if n.fract() == 0.0 && n.abs() < 2147483648.0 {
                    self.int_consts.insert(v, *n as i32);
                }
                v
            }
            Expr::Str(s) => self.literal(*s),
            Expr::Uninit => self.konst(UNINIT),
            Expr::Local(l) => self.read_local(*l),
            Expr::Env(s) => self.env_slot(*s),
            Expr::Callee => self.b.use_var(self.callee),
            Expr::ThisArg => {
                let t = self.b.use_var(self.this_arg);
                if !self.func.strict
                    && matches!(
                        self.func.kind,
                        ir::FuncKind::Function | ir::FuncKind::Method
                    )
                {
                    // Objects pass through; undefined, null and primitives
                    // are converted by the runtime.
                    let result = self.temp_var();
                    let slow = self.new_block();
                    let done = self.new_block();
                    self.b.set_cold_block(slow);
                    let p = self.expect_kind(t, bibao_runtime::heap::KIND_OBJECT, slow);
                    let _ = p;
                    self.b.def_var(result, t);
                    self.jump(done);
                    self.b.switch_to_block(slow);
                    let r = self.call_rt(Rt::rt_this_sloppy, &[t]);
                    self.b.def_var(result, r);
                    self.jump(done);
                    self.b.switch_to_block(done);
                    self.b.use_var(result)
                } else {
                    t
                }
            }
            Expr::TdzCheck(inner, name) => {
                let v = self.expr(inner);
                self.tdz_check(v, *name);
                v
            }
            Expr::BoxNew(inner) => {
                let v = self.expr(inner);
                self.box_new(v)
            }
            Expr::BoxGet(inner) => {
                let bx = self.expr(inner);
                self.box_get(bx)
            }
            Expr::Closure { func, captures } => self.closure(*func, captures),
            Expr::GlobalGet(name) => self.global_get(*name),
            Expr::GlobalTypeof(name) => {
                let n = self.literal(*name);
                self.call_rt_checked(Rt::rt_global_typeof, &[n])
            }
            Expr::Assign(t, v) => self.assign(t, v),
            Expr::CompoundAssign(t, op, v) => self.compound_assign(t, *op, v),
            Expr::LogicalAssign(t, op, v) => self.logical_assign(t, *op, v),
            Expr::Update {
                target,
                increment,
                prefix,
            } => self.update(target, *increment, *prefix),
            Expr::Unary(op, a) => self.unary(*op, a),
            Expr::Binary(op, a, b) if is_bitwise(*op) => {
                let x = self.int32_operand(a);
                let y = self.int32_operand(b);
                self.bitwise(*op, x, y)
            }
            Expr::Binary(op, a, b) => {
                if let Some(c) = self.typeof_comparison(*op, a, b) {
                    return self.bool_value(c);
                }
                let x = self.expr(a);
                let y = self.expr(b);
                if let Some(v) = self.integer_step(*op, x, y) {
                    return v;
                }
                self.binary(*op, x, y)
            }
            Expr::Logical(op, a, b) => {
                let result = self.temp_var();
                let x = self.expr(a);
                let short = self.short_circuits(*op, x);
                self.short_circuit(result, x, (short, true), |l| l.expr(b))
            }
            Expr::Cond(c, a, b) => {
                let result = self.temp_var();
                self.conditional(result, c, |l| l.expr(a), |l| l.expr(b))
            }
            Expr::Seq(items) => {
                let mut last = self.konst(UNDEFINED);
                for i in items {
                    last = self.expr(i);
                }
                last
            }
            Expr::Member(o, key) => {
                let o = self.expr(o);
                let k = self.expr(key);
                self.get_member(o, key, k)
            }
            Expr::Delete(o, k) => {
                let o = self.expr(o);
                let k = self.expr(k);
                let strict = self.konst(self.strict() as u64);
                self.call_rt_checked(Rt::rt_prop_delete, &[o, k, strict])
            }
            Expr::Call { callee, args, desc } => {
                let f = self.expr(callee);
                let this = self.konst(UNDEFINED);
                self.call_any(f, this, args, *desc)
            }
            Expr::MethodCall {
                object,
                key,
                args,
                desc,
            } => {
                if let Expr::GlobalGet(g) = &**object
                    && self.module.string(*g) == "Math"
                    && let Expr::Str(s) = &**key
                    && let Some(i) = MATH_INLINE
                        .iter()
                        .position(|(name, n)| *name == self.module.string(*s) && *n == args.len())
                    && !ir::has_spread(args)
                {
                    return self.math_call(i, object, key, args, *desc);
                }
                if let Expr::Str(s) = &**key
                    && self.module.string(*s) == "charCodeAt"
                    && args.len() == 1
                    && !ir::has_spread(args)
                {
                    return self.char_code_at_call(object, key, &args[0], *desc);
                }
                let o = self.expr(object);
                let k = self.expr(key);
                let f = self.get_method(o, key, k);
                let push = matches!(&**key, Expr::Str(s) if self.module.string(*s) == "push");
                if push && args.len() == 1 && !ir::has_spread(args) {
                    let a = self.expr(&args[0]);
                    return self.array_push(f, o, a, *desc);
                }
                if let Expr::Str(s) = &**key
                    && let Some(i) = MATH_INLINE
                        .iter()
                        .position(|(name, n)| *name == self.module.string(*s) && *n == args.len())
                    && !ir::has_spread(args)
                {
                    let vals = self.exprs(args);
                    return self.math_inline(i, f, o, &vals, *desc);
                }
                self.call_any(f, o, args, *desc)
            }
            Expr::InlinedCall(c) => self.inlined_call(c, false),
            Expr::InlinedDirectCall(c) => self.inlined_direct_call(c, false),
            Expr::ClosureEnv { closure, slot, .. } => {
                let c = self.read_local(*closure);
                self.closure_slot(c, *slot)
            }
            Expr::DirectCall {
                func,
                closure,
                args,
                captures,
            } => {
                let c = self.expr(closure);
                if ir::has_spread(args) {
                    let this = self.konst(UNDEFINED);
                    let d = self.literal(ir::StrId(0));
                    let arr = self.spread_array(args, true);
                    return self.call_rt_checked(Rt::rt_function_apply, &[c, this, arr, d]);
                }
                let mut args = self.exprs(args);
                let target = &self.module.functions[func.index()];
                if let Some(n) = target.lifted
                    && n > 0
                {
                    // Captures go right after the parameters.
                    let own = target.params.len() - n as usize;
                    let undef = self.konst(UNDEFINED);
                    args.resize(own, undef);
                    let caps = self.exprs(captures);
                    args.extend(caps);
                }
                self.call_direct(*func, c, &args)
            }
            Expr::New { callee, args, desc } if ir::has_spread(args) => {
                let f = self.expr(callee);
                let arr = self.spread_array(args, true);
                let d = self.literal(*desc);
                self.call_rt_checked(Rt::rt_function_construct_array, &[f, arr, d])
            }
            Expr::New { callee, args, desc } => {
                let f = self.expr(callee);
                let args = self.exprs(args);
                self.construct(f, &args, *desc)
            }
            Expr::Array(items) if ir::has_spread(items) => self.spread_array(items, false),
            Expr::Array(items) => {
                let vals = self.exprs(items);
                self.array_new(&vals)
            }
            Expr::Object(props) => {
                let o = self.object_new(None, None);
                for p in props {
                    let k = match &p.key {
                        ir::PropKey::Static(s) => self.literal(*s),
                        ir::PropKey::Computed(e) => self.expr(e),
                    };
                    let v = self.expr(&p.value);
                    let cached_key = match &p.key {
                        ir::PropKey::Static(s) => self.cacheable_key(&Expr::Str(*s)),
                        ir::PropKey::Computed(_) => false,
                    };
                    match p.kind {
                        ir::PropKind::Init if cached_key => {
                            // The shape transition this literal made last time.
                            let c = self.site_cache();
                            let slow = self.new_block();
                            let done = self.new_block();
                            self.b.set_cold_block(slow);
                            self.cached_set(o, v, c, slow, done);
                            self.b.switch_to_block(slow);
                            self.call_rt_checked(Rt::rt_prop_define_ic, &[o, k, v, c]);
                            self.jump(done);
                            self.b.switch_to_block(done);
                        }
                        ir::PropKind::Init => {
                            self.call_rt_checked(Rt::rt_prop_define, &[o, k, v]);
                        }
                        ir::PropKind::Spread => {
                            self.call_rt_checked(Rt::rt_object_spread, &[o, v]);
                        }
                        ir::PropKind::Proto => {
                            self.call_rt(Rt::rt_object_literal_proto, &[o, v]);
                        }
                        ir::PropKind::MethodWithHome => {
                            self.call_rt_checked(Rt::rt_prop_define, &[o, k, v]);
                            self.call_rt(Rt::rt_method_home_set, &[v, o]);
                        }
                        ir::PropKind::Get | ir::PropKind::Set => {
                            let kind = self.konst(matches!(p.kind, ir::PropKind::Set) as u64);
                            let en = self.konst(1);
                            self.call_rt_checked(Rt::rt_prop_define_accessor, &[o, k, v, kind, en]);
                        }
                    }
                }
                o
            }
            Expr::IterToArray(e) => {
                let v = self.expr(e);
                self.call_rt_checked(Rt::rt_iter_to_array, &[v])
            }
            Expr::Spread(..) => unreachable!("spread outside an array or argument list"),
            Expr::Intrinsic(ir::Intrinsic::SuperConstruct, args) if matches!(&args[2], Expr::Array(items) if !ir::has_spread(items)) =>
            {
                // `super(a, b)`: the arguments go in an argument array, as in
                // a call, not in an array object.
                let Expr::Array(items) = &args[2] else {
                    unreachable!()
                };
                let callee = self.expr(&args[0]);
                let new_target = self.expr(&args[1]);
                let vals = self.exprs(items);
                let this_now = self.expr(&args[3]);
                let argc = self.konst(vals.len() as u64);
                let argv = self.args_array(&vals);
                self.call_rt_checked(
                    Rt::rt_super_construct_args,
                    &[callee, new_target, argc, argv, this_now],
                )
            }
            Expr::Intrinsic(i, args) => {
                let vals = self.exprs(args);
                let rt = match i {
                    ir::Intrinsic::ToString => Rt::rt_value_to_string,
                    ir::Intrinsic::IterOpen => Rt::rt_iter_open,
                    ir::Intrinsic::IterNext => Rt::rt_iter_next,
                    ir::Intrinsic::ForInKeys => Rt::rt_for_in_keys,
                    ir::Intrinsic::ForInHas => Rt::rt_for_in_has,
                    ir::Intrinsic::ArraySliceFrom => Rt::rt_array_slice_from,
                    ir::Intrinsic::ObjectRest => Rt::rt_object_rest,
                    ir::Intrinsic::ObjectSpread => Rt::rt_object_spread,
                    ir::Intrinsic::RequireObjectCoercible => Rt::rt_require_object_coercible,
                    ir::Intrinsic::ClassDefine => Rt::rt_class_define,
                    ir::Intrinsic::ClassMethod => Rt::rt_class_method,
                    ir::Intrinsic::ClassFields => Rt::rt_class_fields,
                    ir::Intrinsic::NewTarget => {
                        let addr = self.data(self.env.new_target);
                        let nt = self.b.ins().load(I64, flags(), addr, 0);
                        return self.track(nt);
                    }
                    ir::Intrinsic::ClassThis => return self.class_this(&vals),
                    ir::Intrinsic::SuperConstruct => Rt::rt_super_construct,
                    ir::Intrinsic::ThisCheck => Rt::rt_this_check,
                    ir::Intrinsic::ClassReturn => return self.class_return(&vals),
                    ir::Intrinsic::FunctionHome => Rt::rt_function_home,
                    ir::Intrinsic::SuperGet => Rt::rt_super_get,
                    ir::Intrinsic::DefineField => Rt::rt_define_field,
                };
                self.call_rt_checked(rt, &vals)
            }
            Expr::Chain(inner) => {
                let result = self.temp_var();
                let exit = self.new_block();
                self.chains.push((exit, result));
                let v = self.expr(inner);
                self.chains.pop();
                self.b.def_var(result, v);
                self.jump(exit);
                self.b.switch_to_block(exit);
                self.b.use_var(result)
            }
            Expr::ChainGuard(inner) => {
                let v = self.expr(inner);
                let (exit, result) = *self.chains.last().expect("guard inside a chain");
                let u = self.b.ins().icmp_imm_u(IntCC::Equal, v, UNDEFINED as i64);
                let n = self.b.ins().icmp_imm_u(IntCC::Equal, v, NULL as i64);
                let nullish = self.b.ins().bor(u, n);
                let short = self.new_block();
                let cont = self.new_block();
                self.b.ins().brif(nullish, short, &[], cont, &[]);
                self.b.switch_to_block(short);
                let undef = self.konst(UNDEFINED);
                self.b.def_var(result, undef);
                self.jump(exit);
                self.b.switch_to_block(cont);
                v
            }
            Expr::CallWithThis {
                callee,
                this,
                args,
                desc,
            } => {
                let f = self.expr(callee);
                let t = self.expr(this);
                self.call_any(f, t, args, *desc)
            }
        }
    }

    /// An array value from a list that contains spreads (an argument list
    /// when `in_call`: the runtime words a non-iterable spread's error as
    /// for arguments).
    fn spread_array(&mut self, items: &[Expr], in_call: bool) -> Value {
        let zero = self.konst(0);
        let argv = self.args_array(&[]);
        let arr = self.call_rt(Rt::rt_array_new, &[zero, argv]);
        for it in items {
            match it {
                Expr::Spread(e, desc) => {
                    let v = self.expr(e);
                    let desc = match desc {
                        Some(d) => self.literal(*d),
                        None => self.konst(UNDEFINED),
                    };
                    let in_call = self.konst(if in_call { TRUE } else { FALSE });
                    self.call_rt_checked(Rt::rt_array_extend, &[arr, v, desc, in_call]);
                }
                other => {
                    let v = self.expr(other);
                    self.call_rt(Rt::rt_array_push, &[arr, v]);
                }
            }
        }
        arr
    }

    /// A call whose arguments may contain spreads.
    fn call_any(&mut self, f: Value, this: Value, args: &[Expr], desc: ir::StrId) -> Value {
        if ir::has_spread(args) {
            let arr = self.spread_array(args, true);
            let d = self.literal(desc);
            self.call_rt_checked(Rt::rt_function_apply, &[f, this, arr, d])
        } else {
            let vals = self.exprs(args);
            self.call_value(f, this, &vals, desc)
        }
    }

    /// `o.key(args)` with the body of one of `c.bodies` inline when `o.key`
    /// is a closure of its function (same code pointer), and an ordinary
    /// call otherwise.
    /// A direct call run inline; as a condition (`as_cond`: an i8) or as a
    /// value.
    fn inlined_direct_call(&mut self, c: &ir::InlinedDirectCall, as_cond: bool) -> Value {
        let f = self.expr(&c.closure);
        let mut vals = self.exprs(&c.args);
        let own = c.body.params.len() - c.captures.len();
        let undef = self.konst(UNDEFINED);
        vals.resize(own, undef);
        let caps = self.exprs(&c.captures);
        vals.extend(caps);
        self.inlined_body(&c.body, f, None, &vals, as_cond)
    }

    /// A call (method or plain) whose callee may be one of the inlined
    /// bodies; as a condition (`as_cond`: an i8, each body's value tested
    /// where it is made) or as a value.
    fn inlined_call(&mut self, c: &ir::InlinedCall, as_cond: bool) -> Value {
        // The receiver's cell, when it was read from a receiver local: every
        // block below is dominated by this one.
        let (f, o, o_cell) = match &c.callee {
            ir::InlinedCallee::Method { object, key } => {
                let o = self.expr(object);
                let k = self.expr(key);
                let (f, o_cell) = self.get_method_and_cell(o, key, k);
                (f, o, o_cell)
            }
            ir::InlinedCallee::Plain(callee) => {
                let f = self.expr(callee);
                (f, self.konst(UNDEFINED), None)
            }
        };
        let vals = self.exprs(&c.args);
        let result = if as_cond {
            self.b.declare_var(types::I8)
        } else {
            self.temp_var()
        };
        let call_b = self.new_block();
        let join = self.new_block();
        let code = self.function_code(f, call_b);
        for body in &c.bodies {
            let target = &self.module.functions[body.func.index()];
            let next = self.new_block();
            let fref = self.js_ref(body.func);
            let expected = self.b.ins().func_addr(I64, fref);
            let same = self.b.ins().icmp(IntCC::Equal, code, expected);
            self.guard(same, next);
            // Sloppy code converts a primitive `this`: only objects inline.
            if body.receiver.is_some() && !target.strict {
                self.expect_object_like(o, call_b);
            }
            let r = self.inlined_body(body, f, Some((o, o_cell)), &vals, as_cond);
            self.b.def_var(result, r);
            self.jump(join);
            self.b.switch_to_block(next);
        }
        self.jump(call_b);
        self.b.switch_to_block(call_b);
        let r = self.call_value(f, o, &vals, c.desc);
        let r = if as_cond { self.truthy(r) } else { r };
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// Runs an inlined body: its locals take the closure `f`, the receiver
    /// `o` (with its cell address when known) and the arguments `vals` (missing ones are undefined), the
    /// others start undefined; the body's value is the call's (or, with
    /// `as_cond`, whether it is truthy, an i8).
    fn inlined_body(
        &mut self,
        body: &ir::InlinedBody,
        f: Value,
        o: Option<(Value, Option<Value>)>,
        vals: &[Value],
        as_cond: bool,
    ) -> Value {
        let target = &self.module.functions[body.func.index()];
        self.def_local(body.callee, f);
        if let (Some(r), Some((o, o_cell))) = (body.receiver, o) {
            self.def_local_with_cell(r, o, o_cell);
            // A receiver local without a companion cell variable reads as
            // `o` itself: its cell is known in this block too.
            if let (Some(c), Some(block)) = (o_cell, self.b.current_block()) {
                self.cells.insert(o, (block, c));
            }
        }
        for (i, p) in body.params.iter().enumerate() {
            let v = match vals.get(i) {
                Some(v) => *v,
                None => self.konst(UNDEFINED),
            };
            self.def_local(*p, v);
        }
        for l in &body.fresh {
            let u = self.konst(UNDEFINED);
            self.def_local(*l, u);
        }
        let outer = self.inlined_strict.replace(target.strict);
        let r = if as_cond {
            self.cond(&body.body)
        } else {
            self.expr(&body.body)
        };
        self.inlined_strict = outer;
        r
    }

    fn js_ref(&mut self, func: FuncId) -> cranelift_codegen::ir::FuncRef {
        if let Some(r) = self.env.js_refs.get(&func.index()) {
            return *r;
        }
        let r = self
            .env
            .obj
            .declare_func_in_func(self.env.js_funcs[func.index()], self.b.func);
        self.env.js_refs.insert(func.index(), r);
        r
    }

    fn closure(&mut self, func: FuncId, captures: &[Expr]) -> Value {
        let target = &self.module.functions[func.index()];
        let vals = self.exprs(captures);
        let fref = self.js_ref(func);
        let code = self.b.ins().func_addr(I64, fref);
        let name = self.literal(target.js_name);
        let mut flags = 0u32;
        if target.is_constructor {
            flags |= FUNCTION_FLAG_CONSTRUCTOR;
        }
        if target.kind == ir::FuncKind::Arrow {
            flags |= FUNCTION_FLAG_ARROW;
        }
        if target.strict {
            flags |= FUNCTION_FLAG_STRICT;
        }
        // (Class constructors become constructors at `class_define`.)
        let keys = self.env.instance_keys[func.index()].min(0xff) as u32;
        flags |= keys << bibao_runtime::heap::FUNCTION_INSTANCE_KEYS_SHIFT;
        let f = self.closure_new(code, name, target.length, flags, vals.len());
        if !vals.is_empty() {
            let p = self.pointer_of(f);
            for (i, v) in vals.iter().enumerate() {
                self.b.ins().store(
                    self::flags(),
                    *v,
                    p,
                    FUNCTION_CAPTURES_OFFSET + 8 * i as i32,
                );
            }
        }
        f
    }

    /// A new function cell with `captures` slots (the caller writes them
    /// before anything can reach a safepoint), allocated inline when small.
    fn closure_new(
        &mut self,
        code: Value,
        name: Value,
        length: u32,
        fn_flags: u32,
        captures: usize,
    ) -> Value {
        use bibao_runtime::gc::{MAX_SMALL_CELL, slot_size};
        use bibao_runtime::heap::{
            FUNCTION_LENGTH_OFFSET, FUNCTION_NAME_OFFSET, fresh_header_word,
        };
        let size = FUNCTION_CAPTURES_OFFSET as usize + 8 * captures;
        let runtime = |l: &mut Self| {
            let length = l.konst(length as u64);
            let fl = l.konst(fn_flags as u64);
            let n = l.konst(captures as u64);
            l.call_rt(Rt::rt_closure_new, &[code, name, length, fl, n])
        };
        if slot_size(size) > MAX_SMALL_CELL {
            return runtime(self);
        }
        let words = self.env.layout.function_template_words;
        let template = self.env.layout.function_template;
        self.fast_or_runtime(
            |l, slow| {
                let cell = l.alloc_cell_inline(size, slow);
                let header = l.konst(fresh_header_word(KIND_FUNCTION, captures as u32));
                let length_flags = l.konst(length as u64 | (fn_flags as u64) << 32);
                let own = [
                    (0, header),
                    (FUNCTION_CODE_OFFSET / 8, code),
                    (FUNCTION_NAME_OFFSET / 8, name),
                    (FUNCTION_LENGTH_OFFSET / 8, length_flags),
                ];
                l.init_from_template(cell, template, words, &own);
                l.pointer_value(cell)
            },
            runtime,
        )
    }

    fn js_sig(&mut self) -> cranelift_codegen::ir::SigRef {
        if let Some(s) = self.env.js_sig_ref {
            return s;
        }
        let mut sig = self.env.obj.make_signature();
        for _ in 0..4 {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        let s = self.b.import_signature(sig);
        self.env.js_sig_ref = Some(s);
        s
    }

    /// Calls a native builtin's `code` directly (its code ignores the
    /// callee, so that is undefined) and checks for an exception.
    fn call_builtin_code(&mut self, code: Value, this: Value, args: &[Value]) -> Value {
        let argv = self.args_array(args);
        let argc = self.konst(args.len() as u64);
        let undef = self.konst(UNDEFINED);
        let r = self.call_js_code(code, [undef, this, argc, argv]);
        self.check_exception(r);
        r
    }

    /// Calls compiled (or builtin) code with the JS calling convention
    /// `(callee, this, argc, argv)`; in a cold block through a
    /// register-saving trampoline (see `call_saving_registers`).
    fn call_js_code(&mut self, code: Value, args: [Value; 4]) -> Value {
        if self.in_cold_block() {
            return self.call_saving_registers(code, &args);
        }
        let sig = self.js_sig();
        let inst = self.b.ins().call_indirect(sig, code, &args);
        self.b.inst_results(inst)[0]
    }

    /// Calls any value: compiled closures directly through their code pointer,
    /// everything else through the runtime (which throws for non-callables).
    fn call_value(&mut self, f: Value, this: Value, args: &[Value], desc: ir::StrId) -> Value {
        let argv = self.args_array(args);
        let argc = self.konst(args.len() as u64);
        let result = self.temp_var();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        let code = self.function_code(f, slow);
        let r = self.call_js_code(code, [f, this, argc, argv]);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(slow);
        let d = self.literal(desc);
        let r = self.call_rt(Rt::rt_function_call, &[f, this, argc, argv, d]);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        let r = self.b.use_var(result);
        self.check_exception(r);
        r
    }

    /// `new f(...args)`, with `f` as new.target for the call. A class
    /// constructor is called directly with `this` UNINIT (a base class's
    /// `class_this` makes the object, a derived class's `super(...)`); an
    /// ordinary constructor function with a new object whose prototype is
    /// `f.prototype` (an inline cache), and the result is the object unless
    /// the function returns another. Anything else (bound functions, classes
    /// with field initializers, natives, non-constructors) goes to the
    /// runtime.
    fn construct(&mut self, f: Value, args: &[Value], desc: ir::StrId) -> Value {
        use bibao_runtime::heap::{
            FUNCTION_EXTRAS_OFFSET, FUNCTION_FLAG_CLASS, FUNCTION_FLAG_DERIVED,
            FUNCTION_FLAG_NATIVE, FUNCTION_FLAGS_OFFSET,
        };
        let argv = self.args_array(args);
        let argc = self.konst(args.len() as u64);
        let result = self.temp_var();
        let this_var = self.temp_var();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        let cache = self.site_cache();
        let p = self.expect_kind(f, KIND_FUNCTION, slow);
        let fl = self
            .b
            .ins()
            .load(types::I32, flags(), p, FUNCTION_FLAGS_OFFSET);
        let mask = FUNCTION_FLAG_CONSTRUCTOR
            | FUNCTION_FLAG_CLASS
            | FUNCTION_FLAG_DERIVED
            | FUNCTION_FLAG_NATIVE;
        let kind = self.b.ins().band_imm_u(fl, mask as i64);
        // Bound functions and classes with field initializers: the runtime.
        let extras = self.b.ins().load(I64, flags(), p, FUNCTION_EXTRAS_OFFSET);
        let plain = self.b.ins().icmp_imm_u(IntCC::Equal, extras, 0);
        self.guard(plain, slow);
        let class_b = self.new_block();
        let function_b = self.new_block();
        let call_b = self.new_block();
        // A class, base or derived (not a native one): called with `this`
        // uninitialized; it makes its object itself, or `super(...)` does.
        let class_kind = self.b.ins().band_imm_u(
            kind,
            (FUNCTION_FLAG_CONSTRUCTOR | FUNCTION_FLAG_CLASS | FUNCTION_FLAG_NATIVE) as i64,
        );
        let class = self.b.ins().icmp_imm_u(
            IntCC::Equal,
            class_kind,
            (FUNCTION_FLAG_CONSTRUCTOR | FUNCTION_FLAG_CLASS) as i64,
        );
        self.b.ins().brif(class, class_b, &[], function_b, &[]);
        self.b.switch_to_block(class_b);
        let uninit = self.konst(UNINIT);
        self.b.def_var(this_var, uninit);
        self.jump(call_b);
        self.b.switch_to_block(function_b);
        let ordinary =
            self.b
                .ins()
                .icmp_imm_u(IntCC::Equal, kind, FUNCTION_FLAG_CONSTRUCTOR as i64);
        self.guard(ordinary, slow);
        let this = self.object_from_cached_prototype(p, cache, slow, None);
        self.b.def_var(this_var, this);
        self.jump(call_b);
        self.b.switch_to_block(call_b);
        let p = self.pointer_of(f);
        let code = self.b.ins().load(I64, flags(), p, FUNCTION_CODE_OFFSET);
        let nt_addr = self.data(self.env.new_target);
        let saved = self.b.ins().load(I64, flags(), nt_addr, 0);
        let saved_var = self.temp_var();
        self.b.def_var(saved_var, saved);
        self.b.ins().store(flags(), f, nt_addr, 0);
        let this = self.b.use_var(this_var);
        let r = self.call_js_code(code, [f, this, argc, argv]);
        let r = self.track(r);
        let saved = self.b.use_var(saved_var);
        let nt_addr = self.data(self.env.new_target);
        self.b.ins().store(flags(), saved, nt_addr, 0);
        self.check_exception(r);
        // A class constructor returns its object; an ordinary function's
        // result replaces `this` only when it is an object.
        let this = self.b.use_var(this_var);
        self.b.def_var(result, this);
        let is_class = self.b.ins().icmp_imm_u(IntCC::Equal, this, UNINIT as i64);
        let returned_b = self.new_block();
        let check_b = self.new_block();
        self.b.ins().brif(is_class, returned_b, &[], check_b, &[]);
        self.b.switch_to_block(check_b);
        self.expect_object_like(r, join);
        self.jump(returned_b);
        self.b.switch_to_block(returned_b);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(slow);
        let d = self.literal(desc);
        let r = self.call_rt_checked(Rt::rt_function_construct_ic, &[f, argc, argv, d, cache]);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// A new ordinary object whose prototype is the own `prototype` data
    /// property of the function whose cell is at `f`, read through `cache`;
    /// branches to `slow` on a cache miss or a primitive `prototype` (which
    /// means Object.prototype: the runtime's business).
    /// `slots`: see [`FnLower::object_new`].
    fn object_from_cached_prototype(
        &mut self,
        f: Value,
        cache: Value,
        slow: Block,
        slots: Option<usize>,
    ) -> Value {
        let slot = self.cached_slot(f, cache, false, false, slow);
        let proto = self.b.ins().load(I64, flags(), slot, 0);
        self.expect_object_like(proto, slow);
        self.object_new(Some(proto), slots)
    }

    /// `class_this(callee, this, new.target)` at the start of a class
    /// constructor: UNINIT for a derived class being constructed; for a base
    /// class constructed by `new` on itself (no field initializers), a new
    /// object whose prototype is the constructor's `prototype` (an inline
    /// cache); else the runtime.
    fn class_this(&mut self, vals: &[Value]) -> Value {
        use bibao_runtime::heap::{
            FUNCTION_EXTRAS_OFFSET, FUNCTION_FLAG_DERIVED, FUNCTION_FLAGS_OFFSET,
        };
        let [callee, this_arg, nt] = vals else {
            unreachable!("class_this takes three values")
        };
        let (callee, this_arg, nt) = (*callee, *this_arg, *nt);
        let result = self.temp_var();
        // The result's cell address (0 when it is not a pointer), so that
        // `%this` needs no decoding (`known_cell`).
        let cell = self.b.declare_var(I64);
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        let cache = self.site_cache();
        let constructing = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, this_arg, UNINIT as i64);
        self.guard(constructing, slow);
        let p = self.expect_kind(callee, KIND_FUNCTION, slow);
        let fl = self
            .b
            .ins()
            .load(types::I32, flags(), p, FUNCTION_FLAGS_OFFSET);
        // A derived class's `this` stays uninitialized until `super(...)`.
        let derived = self.b.ins().band_imm_u(fl, FUNCTION_FLAG_DERIVED as i64);
        let derived_b = self.new_block();
        let base_b = self.new_block();
        self.b.ins().brif(derived, derived_b, &[], base_b, &[]);
        self.b.switch_to_block(derived_b);
        let uninit = self.konst(UNINIT);
        self.b.def_var(result, uninit);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(cell, zero);
        self.jump(join);
        self.b.switch_to_block(base_b);
        let own = self.b.ins().icmp(IntCC::Equal, nt, callee);
        self.guard(own, slow);
        let extras = self.b.ins().load(I64, flags(), p, FUNCTION_EXTRAS_OFFSET);
        let plain = self.b.ins().icmp_imm_u(IntCC::Equal, extras, 0);
        self.guard(plain, slow);
        // The class's prototype says how many slots its instances get: as
        // many as this constructor and the class's methods store on `this`.
        let keys = self.env.instance_keys[self.env.function_index];
        let slots = bibao_runtime::heap::instance_slots_for_keys(keys);
        let this = self.object_from_cached_prototype(p, cache, slow, Some(slots));
        self.b.def_var(result, this);
        let this_cell = self.pointer_of(this);
        self.b.def_var(cell, this_cell);
        self.jump(join);
        self.b.switch_to_block(slow);
        let r = self.call_rt_checked(Rt::rt_class_this_ic, &[callee, this_arg, nt, cache]);
        self.b.def_var(result, r);
        let r_cell = self.cell_or_zero(r);
        self.b.def_var(cell, r_cell);
        self.jump(join);
        self.b.switch_to_block(join);
        let v = self.b.use_var(result);
        let c = self.b.use_var(cell);
        self.cells.insert(v, (join, c));
        v
    }

    /// `class_return(v, this)`: `this` when `v` is undefined and `this` is
    /// initialized; else the runtime.
    fn class_return(&mut self, vals: &[Value]) -> Value {
        let [v, this, derived] = vals else {
            unreachable!("class_return takes three values")
        };
        let (v, this, derived) = (*v, *this, *derived);
        let result = self.temp_var();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        let undef = self.b.ins().icmp_imm_u(IntCC::Equal, v, UNDEFINED as i64);
        self.guard(undef, slow);
        let init = self
            .b
            .ins()
            .icmp_imm_u(IntCC::NotEqual, this, UNINIT as i64);
        self.guard(init, slow);
        self.b.def_var(result, this);
        self.jump(join);
        self.b.switch_to_block(slow);
        let r = self.call_rt_checked(Rt::rt_class_return, &[v, this, derived]);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    fn call_direct(&mut self, func: FuncId, closure: Value, args: &[Value]) -> Value {
        let argv = self.args_array(args);
        let argc = self.konst(args.len() as u64);
        let this = self.konst(UNDEFINED);
        let fref = self.js_ref(func);
        let inst = self.b.ins().call(fref, &[closure, this, argc, argv]);
        let r = self.b.inst_results(inst)[0];
        let r = self.track(r);
        self.check_exception(r);
        r
    }

    /// Does `x` end the evaluation of `x op y`? (i8)
    fn short_circuits(&mut self, op: LogicalOp, x: Value) -> Value {
        match op {
            LogicalOp::And => {
                let t = self.truthy(x);
                self.b.ins().bxor_imm_u(t, 1)
            }
            LogicalOp::Or => self.truthy(x),
            LogicalOp::Nullish => {
                let u = self.b.ins().icmp_imm_u(IntCC::Equal, x, UNDEFINED as i64);
                let n = self.b.ins().icmp_imm_u(IntCC::Equal, x, NULL as i64);
                let nullish = self.b.ins().bor(u, n);
                self.b.ins().bxor_imm_u(nullish, 1)
            }
        }
    }

    /// ToBoolean as an i8.
    fn truthy(&mut self, v: Value) -> Value {
        if let Some(&c) = self.bool_forms.get(&v) {
            return c;
        }
        let result = self.b.declare_var(types::I8);
        let is_true = self.b.ins().icmp_imm_u(IntCC::Equal, v, TRUE as i64);
        let is_false = self.b.ins().icmp_imm_u(IntCC::Equal, v, FALSE as i64);
        let either = self.b.ins().bor(is_true, is_false);
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.ins().brif(either, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.def_var(result, is_true);
        self.jump(join);
        self.b.switch_to_block(slow);
        let r = self.call_rt(Rt::rt_value_truthy, &[v]);
        let r8 = self.b.ins().ireduce(types::I8, r);
        self.b.def_var(result, r8);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// `c ? a : b`: `then` or `otherwise` lowers the chosen branch, whose
    /// value `result` (a value or, in a condition, an i8) carries to the
    /// join.
    fn conditional(
        &mut self,
        result: Variable,
        c: &Expr,
        then: impl FnOnce(&mut Self) -> Value,
        otherwise: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        let cond = self.cond(c);
        let tb = self.new_block();
        let eb = self.new_block();
        let join = self.new_block();
        self.b.ins().brif(cond, tb, &[], eb, &[]);
        self.b.switch_to_block(tb);
        let x = then(self);
        self.b.def_var(result, x);
        self.jump(join);
        self.b.switch_to_block(eb);
        let y = otherwise(self);
        self.b.def_var(result, y);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// A short-circuit operator whose left operand gave `x`: when the i8
    /// `test` is `short_when` (nonzero for true) the result is `x`, else
    /// what `rhs` lowers. `result` (a value or, in a condition, an i8)
    /// carries it to the join.
    fn short_circuit(
        &mut self,
        result: Variable,
        x: Value,
        (test, short_when): (Value, bool),
        rhs: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        self.b.def_var(result, x);
        let rhs_b = self.new_block();
        let join = self.new_block();
        if short_when {
            self.b.ins().brif(test, join, &[], rhs_b, &[]);
        } else {
            self.b.ins().brif(test, rhs_b, &[], join, &[]);
        }
        self.b.switch_to_block(rhs_b);
        let y = rhs(self);
        self.b.def_var(result, y);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    /// A condition as an i8, with fast paths for comparisons.
    fn cond(&mut self, e: &Expr) -> Value {
        match e {
            Expr::Unary(UnOp::Not, inner) => {
                let c = self.cond(inner);
                self.b.ins().bxor_imm_u(c, 1)
            }
            Expr::Binary(op, a, b) if is_comparison(*op) => {
                if let Some(c) = self.typeof_comparison(*op, a, b) {
                    return c;
                }
                let x = self.expr(a);
                if let Expr::Member(o, key) = &**b
                    && self.is_length_key(key)
                    && let Some(ix) = self.known_int64(x)
                {
                    let o = self.expr(o);
                    let k = self.expr(key);
                    return self.compare_with_length(*op, x, ix, o, key, k);
                }
                let y = self.expr(b);
                self.compare_i8(*op, x, y)
            }
            Expr::Logical(op @ (LogicalOp::And | LogicalOp::Or), a, b) => {
                // `a && b` is true when both are; `a || b` when either is.
                let result = self.b.declare_var(types::I8);
                let x = self.cond(a);
                let short_when = *op == LogicalOp::Or;
                self.short_circuit(result, x, (x, short_when), |l| l.cond(b))
            }
            Expr::Cond(c, a, b) => {
                let result = self.b.declare_var(types::I8);
                self.conditional(result, c, |l| l.cond(a), |l| l.cond(b))
            }
            Expr::Seq(es) if !es.is_empty() => {
                for e in &es[..es.len() - 1] {
                    self.expr(e);
                }
                self.cond(&es[es.len() - 1])
            }
            Expr::InlinedCall(c) => self.inlined_call(c, true),
            Expr::InlinedDirectCall(c) => self.inlined_direct_call(c, true),
            _ => {
                let v = self.expr(e);
                self.truthy(v)
            }
        }
    }

    /// Is `key` the literal key `length`?
    fn is_length_key(&self, key: &Expr) -> bool {
        matches!(key, Expr::Str(s) if self.module.string(*s) == "length")
    }

    /// `o.length` as an i64 when `o` is an array (its element count) or a
    /// string (its length in code units); branches to `slow` otherwise.
    fn known_length(&mut self, o: Value, slow: Block) -> Value {
        use bibao_runtime::heap::{KIND_ARRAY, KIND_STRING};
        let lay = self.env.layout;
        if let Some(p) = self.known_array_cell(o) {
            let store = self.b.ins().load(I64, flags(), p, lay.elements);
            return self.b.ins().load(I64, flags(), store, lay.elements_len);
        }
        let p = self.expect_pointer(o, slow);
        let kind = self
            .b
            .ins()
            .uload8(types::I32, flags(), p, HEADER_KIND_OFFSET);
        let len = self.b.declare_var(I64);
        let array = self.new_block();
        let not_array = self.new_block();
        let string = self.new_block();
        let join = self.new_block();
        let is_array = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kind, KIND_ARRAY as i64);
        self.b.ins().brif(is_array, array, &[], not_array, &[]);
        self.b.switch_to_block(array);
        let store = self.b.ins().load(I64, flags(), p, lay.elements);
        let n = self.b.ins().load(I64, flags(), store, lay.elements_len);
        self.b.def_var(len, n);
        self.jump(join);
        self.b.switch_to_block(not_array);
        let is_string = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, kind, KIND_STRING as i64);
        self.b.ins().brif(is_string, string, &[], slow, &[]);
        self.b.switch_to_block(string);
        let n = self.b.ins().uload32(flags(), p, lay.string_len);
        self.b.def_var(len, n);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(len)
    }

    /// `x op o.length` where `x` is an integer (`ix` as an i64): an
    /// integer comparison with an array's or a string's length, the generic
    /// property read and comparison otherwise (`for (let i = 0; i <
    /// a.length; i++)` with a counter `i` never touches a double).
    fn compare_with_length(
        &mut self,
        op: BinOp,
        x: Value,
        ix: Value,
        o: Value,
        key: &Expr,
        k: Value,
    ) -> Value {
        let result = self.b.declare_var(types::I8);
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let len = self.known_length(o, slow);
        let c = self.b.ins().icmp(int_cc(float_cc(op)), ix, len);
        self.b.def_var(result, c);
        self.jump(done);
        self.b.switch_to_block(slow);
        let y = self.get_member(o, key, k);
        let c = self.compare_i8(op, x, y);
        self.b.def_var(result, c);
        self.jump(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `x === k` (an i8) for a number literal `k` on either side and an
    /// operand not known to be a number, without a tag check: a number value
    /// is its double's bits (NaN-boxing has no other form of a number, and
    /// NaNs are canonical), so the operand equals `k` exactly when its bits
    /// are `k`'s, except that `k` = 0 also equals -0 (the bits with only the
    /// sign set) and `k` = NaN equals nothing.
    fn strict_eq_number_literal(&mut self, x: Value, y: Value) -> Option<Value> {
        let (v, k) = match (self.number_consts.get(&x), self.number_consts.get(&y)) {
            (_, Some(&k)) if !self.is_known_number(x) => (x, k),
            (Some(&k), _) if !self.is_known_number(y) => (y, k),
            _ => return None,
        };
        Some(if k.is_nan() {
            self.b.ins().iconst(types::I8, 0)
        } else if k == 0.0 {
            // +0 and -0: every bit but the sign is zero.
            let rest = self.b.ins().ishl_imm_u(v, 1);
            self.b.ins().icmp_imm_u(IntCC::Equal, rest, 0)
        } else {
            self.b.ins().icmp_imm_u(IntCC::Equal, v, k.to_bits() as i64)
        })
    }

    fn compare_i8(&mut self, op: BinOp, x: Value, y: Value) -> Value {
        let cc = float_cc(op);
        if let (Some(ix), Some(iy)) = (self.known_int32(x), self.known_int32(y)) {
            // Two int32s: an integer comparison.
            return self.b.ins().icmp(int_cc(cc), ix, iy);
        }
        if (self.int64_forms.contains_key(&x) || self.int64_forms.contains_key(&y))
            && let (Some(ix), Some(iy)) = (self.known_int64(x), self.known_int64(y))
        {
            // A counter and an integer.
            return self.b.ins().icmp(int_cc(cc), ix, iy);
        }
        if matches!(op, BinOp::StrictEq | BinOp::StrictNe)
            && let Some(eq) = self.strict_eq_number_literal(x, y)
        {
            return if op == BinOp::StrictNe {
                self.b.ins().bxor_imm_u(eq, 1)
            } else {
                eq
            };
        }
        let Some(both) = self.numbers_check(&[x, y]) else {
            let fx = self.as_f64(x);
            let fy = self.as_f64(y);
            return self.b.ins().fcmp(cc, fx, fy);
        };
        let result = self.b.declare_var(types::I8);
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let fx = self.as_f64(x);
        let fy = self.as_f64(y);
        let c = self.b.ins().fcmp(cc, fx, fy);
        self.b.def_var(result, c);
        self.jump(join);
        self.b.switch_to_block(slow);
        let (rt, negate) = match op {
            BinOp::Lt => (Rt::rt_value_lt, false),
            BinOp::Le => (Rt::rt_value_le, false),
            BinOp::Gt => (Rt::rt_value_gt, false),
            BinOp::Ge => (Rt::rt_value_ge, false),
            BinOp::LooseEq => (Rt::rt_value_loose_eq, false),
            BinOp::LooseNe => (Rt::rt_value_loose_eq, true),
            BinOp::StrictEq => (Rt::rt_value_strict_eq, false),
            BinOp::StrictNe => (Rt::rt_value_strict_eq, true),
            _ => unreachable!("not a comparison"),
        };
        if matches!(op, BinOp::StrictEq | BinOp::StrictNe) {
            // Identical bits are equal (not numbers here, so no NaN); else ask the runtime.
            let same = self.b.ins().icmp(IntCC::Equal, x, y);
            let same_b = self.new_block();
            let differ_b = self.new_block();
            self.b.ins().brif(same, same_b, &[], differ_b, &[]);
            self.b.switch_to_block(same_b);
            let c = self.b.ins().iconst(types::I8, if negate { 0 } else { 1 });
            self.b.def_var(result, c);
            self.jump(join);
            self.b.switch_to_block(differ_b);
            // Different bits, not both numbers: equal only for two strings
            // with the same contents, so only two pointers to strings, not
            // both interned (interned strings are unique), need the
            // runtime.
            use bibao_runtime::heap::KIND_STRING;
            use bibao_runtime::string::FLAG_INTERNED;
            let px = self.is_pointer(x);
            let py = self.is_pointer(y);
            let both_ptr = self.b.ins().band(px, py);
            let ptrs_b = self.new_block();
            let strings_b = self.new_block();
            let unequal_b = self.new_block();
            self.b.ins().brif(both_ptr, ptrs_b, &[], unequal_b, &[]);
            self.b.switch_to_block(ptrs_b);
            let cx = self.pointer_of(x);
            let cy = self.pointer_of(y);
            let kx = self
                .b
                .ins()
                .uload8(types::I32, flags(), cx, HEADER_KIND_OFFSET);
            let ky = self
                .b
                .ins()
                .uload8(types::I32, flags(), cy, HEADER_KIND_OFFSET);
            let sx = self
                .b
                .ins()
                .icmp_imm_u(IntCC::Equal, kx, KIND_STRING as i64);
            let sy = self
                .b
                .ins()
                .icmp_imm_u(IntCC::Equal, ky, KIND_STRING as i64);
            let both_strings = self.b.ins().band(sx, sy);
            self.b
                .ins()
                .brif(both_strings, strings_b, &[], unequal_b, &[]);
            self.b.switch_to_block(strings_b);
            let ix = self.header_flag(cx, FLAG_INTERNED);
            let iy = self.header_flag(cy, FLAG_INTERNED);
            let both_interned = self.b.ins().band(ix, iy);
            let runtime_b = self.new_block();
            self.b
                .ins()
                .brif(both_interned, unequal_b, &[], runtime_b, &[]);
            self.b.switch_to_block(unequal_b);
            let c = self.b.ins().iconst(types::I8, if negate { 1 } else { 0 });
            self.b.def_var(result, c);
            self.jump(join);
            self.b.switch_to_block(runtime_b);
        }
        let r = self.call_rt_checked(rt, &[x, y]);
        let t = self.b.ins().icmp_imm_u(IntCC::Equal, r, TRUE as i64);
        let t = if negate {
            self.b.ins().bxor_imm_u(t, 1)
        } else {
            t
        };
        self.b.def_var(result, t);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    fn binary(&mut self, op: BinOp, x: Value, y: Value) -> Value {
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => self.arith(op, x, y),
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Sar | BinOp::Shr => {
                self.bitwise(op, x, y)
            }
            op if is_comparison(op) => {
                let c = self.compare_i8(op, x, y);
                self.bool_value(c)
            }
            BinOp::Mod => self.modulo(x, y),
            BinOp::Pow => self.call_rt_checked(Rt::rt_value_pow, &[x, y]),
            BinOp::InstanceOf => self.call_rt_checked(Rt::rt_value_instanceof, &[x, y]),
            BinOp::In => self.call_rt_checked(Rt::rt_value_in, &[x, y]),
            _ => unreachable!("handled above"),
        }
    }

    /// `x % y`: inline when both are integer-valued numbers below 2^63 in
    /// magnitude and `y` is not 0 (the exact integer remainder, with the
    /// dividend's sign, so `-4 % 2` is -0), else the runtime (fmod).
    fn modulo(&mut self, x: Value, y: Value) -> Value {
        let result = self.b.declare_var(I64);
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        // A non-number bitcast to a double is a NaN: it never equals its
        // truncation. 2^63 truncates (saturated) to i64::MAX, which converts
        // back to 2^63: that one case is excluded by hand.
        let fx = self.as_f64(x);
        let fy = self.as_f64(y);
        let ix = self.b.ins().fcvt_to_sint_sat(I64, fx);
        let iy = self.b.ins().fcvt_to_sint_sat(I64, fy);
        let bx = self.b.ins().fcvt_from_sint(types::F64, ix);
        let by = self.b.ins().fcvt_from_sint(types::F64, iy);
        let ex = self.b.ins().fcmp(FloatCC::Equal, bx, fx);
        let ey = self.b.ins().fcmp(FloatCC::Equal, by, fy);
        let nz = self.b.ins().icmp_imm_u(IntCC::NotEqual, iy, 0);
        let x_max = self.b.ins().icmp_imm_s(IntCC::NotEqual, ix, i64::MAX);
        let y_max = self.b.ins().icmp_imm_s(IntCC::NotEqual, iy, i64::MAX);
        let ok = self.b.ins().band(ex, ey);
        let ok = self.b.ins().band(ok, nz);
        let ok = self.b.ins().band(ok, x_max);
        let ok = self.b.ins().band(ok, y_max);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r = self.b.ins().srem(ix, iy);
        let fr = self.b.ins().fcvt_from_sint(types::F64, r);
        let fr = self.b.ins().fcopysign(fr, fx);
        let bits = self.f64_bits(fr);
        self.b.def_var(result, bits);
        self.jump(join);
        self.b.switch_to_block(slow);
        let r = self.call_rt_checked(Rt::rt_value_mod, &[x, y]);
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        let r = self.b.use_var(result);
        self.number(r)
    }

    fn arith(&mut self, op: BinOp, x: Value, y: Value) -> Value {
        let float_op = |this: &mut Self| {
            let fx = this.as_f64(x);
            let fy = this.as_f64(y);
            let r = match op {
                BinOp::Add => this.b.ins().fadd(fx, fy),
                BinOp::Sub => this.b.ins().fsub(fx, fy),
                BinOp::Mul => this.b.ins().fmul(fx, fy),
                _ => this.b.ins().fdiv(fx, fy),
            };
            this.f64_bits(r)
        };
        let Some(both) = self.numbers_check(&[x, y]) else {
            // Two known numbers: one instruction.
            let r = float_op(self);
            return self.number(r);
        };
        // `-`, `*`, `/` always give numbers, joined as doubles (they stay
        // in float registers); `+` may give a string.
        let numeric = op != BinOp::Add;
        let result = if numeric {
            self.b.declare_var(types::F64)
        } else {
            self.temp_var()
        };
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r = float_op(self);
        let r = if numeric { self.as_f64(r) } else { r };
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(slow);
        let rt = match op {
            BinOp::Add => Rt::rt_value_add,
            BinOp::Sub => Rt::rt_value_sub,
            BinOp::Mul => Rt::rt_value_mul,
            _ => Rt::rt_value_div,
        };
        let r = self.call_rt_checked(rt, &[x, y]);
        let r = if numeric { self.as_f64(r) } else { r };
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        let r = self.b.use_var(result);
        if numeric {
            let r = self.f64_bits(r);
            return self.number(r);
        }
        r
    }

    /// ToInt32 of `v` for the fast path of a bitwise operator: the i32, and
    /// an i8 that is 0 when the fast path does not apply (`None`: it always
    /// applies). An int32 literal is the integer; a value a bitwise operator
    /// made or an int32 local holds (`int32_forms`) is its i32; any other
    /// number truncates to an i64 whose low 32 bits are ToInt32, unless it
    /// saturated or is at least 2^62 in magnitude (left to the runtime).
    fn int32_fast(&mut self, v: Value) -> (Value, Option<Value>) {
        if let Some(&k) = self.int_consts.get(&v) {
            return (self.b.ins().iconst(types::I32, k as i64), None);
        }
        if let Some(&i) = self.int32_forms.get(&v) {
            return (i, None);
        }
        if let Some(&i) = self.int64_forms.get(&v) {
            // An integer's low 32 bits are its ToInt32.
            return (self.b.ins().ireduce(types::I32, i), None);
        }
        let f = self.as_f64(v);
        // A non-number bitcast to a double is a NaN, which truncates to 0:
        // the number check comes first.
        let number = self.numbers_check(&[v]);
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        let doubled = self.b.ins().ishl_imm_u(i, 1);
        let back = self.b.ins().sshr_imm_u(doubled, 1);
        let small = self.b.ins().icmp(IntCC::Equal, back, i);
        let ok = match number {
            Some(n) => self.b.ins().band(n, small),
            None => small,
        };
        (self.b.ins().ireduce(types::I32, i), Some(ok))
    }

    /// An operand of a bitwise operator. An int32 sum (`(s + f(i)) | 0`)
    /// is computed on i32s when its leaves are int32s, and the value
    /// returned is then that i32, which has the same ToInt32 as the sum.
    fn int32_operand(&mut self, e: &Expr) -> Value {
        if !is_int32_sum(e) {
            return self.expr(e);
        }
        let (_, i, _) = self.int32_sum(e, true);
        self.box_int32(i)
    }

    /// Lowers a node or leaf of an int32 sum, in JavaScript's order: the
    /// value (exact, as JavaScript computes it; not made for the root), its
    /// ToInt32 as an i32 when `fast`, and `fast`, an i8 that is 1 when every
    /// leaf was an int32 (`None`: always). When some leaf was not, the
    /// node's value is computed generically and the i32 is meaningless,
    /// except at the root: there the generic value's ToInt32 is taken (it
    /// has no side effects: the value is a number or a string), so the
    /// root's i32 is always the sum's ToInt32 and `fast` is `None`.
    fn int32_sum(&mut self, e: &Expr, root: bool) -> (Value, Value, Option<Value>) {
        let Expr::Binary(op, a, b) = e else {
            unreachable!("an int32 sum node")
        };
        let child = |this: &mut Self, e: &Expr| {
            if int32_sum_bound(e).is_some() {
                return this.int32_sum(e, false);
            }
            let v = this.expr(e);
            let (i, exact) = this.exact_int32(v);
            (v, i, exact)
        };
        let (x, ix, fx) = child(self, a);
        let (y, iy, fy) = child(self, b);
        let int_op = |this: &mut Self| match op {
            BinOp::Add => this.b.ins().iadd(ix, iy),
            BinOp::Sub => this.b.ins().isub(ix, iy),
            _ => this.b.ins().imul(ix, iy),
        };
        let float_op = |this: &mut Self| {
            let (fx, fy) = (this.as_f64(x), this.as_f64(y));
            let r = match op {
                BinOp::Add => this.b.ins().fadd(fx, fy),
                BinOp::Sub => this.b.ins().fsub(fx, fy),
                _ => this.b.ins().fmul(fx, fy),
            };
            let bits = this.f64_bits(r);
            this.number(bits)
        };
        let fast = match (fx, fy) {
            (None, None) => {
                let i = int_op(self);
                let v = if root { i } else { float_op(self) };
                return (v, i, None);
            }
            (Some(c), None) | (None, Some(c)) => c,
            (Some(c), Some(d)) => self.b.ins().band(c, d),
        };
        // `+` of a non-number may give a string.
        let value = self.temp_var();
        let int = self.b.declare_var(types::I32);
        let is_fast = self.b.declare_var(types::I8);
        let fast_b = self.new_block();
        let generic = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(generic);
        self.b.ins().brif(fast, fast_b, &[], generic, &[]);
        self.b.switch_to_block(fast_b);
        let i = int_op(self);
        self.b.def_var(int, i);
        let v = if root {
            self.konst(UNDEFINED)
        } else {
            float_op(self)
        };
        self.b.def_var(value, v);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.def_var(is_fast, one);
        self.jump(join);
        self.b.switch_to_block(generic);
        let v = self.arith(*op, x, y);
        if root {
            let zero = self.konst(0);
            self.int_consts.insert(zero, 0);
            let t = self.bitwise(BinOp::BitOr, v, zero);
            let ti = self.int32_of(t);
            self.b.def_var(int, ti);
            self.jump(join);
            self.b.switch_to_block(join);
            let i = self.b.use_var(int);
            let undefined = self.konst(UNDEFINED);
            return (undefined, i, None);
        }
        self.b.def_var(value, v);
        let zero = self.b.ins().iconst(types::I32, 0);
        self.b.def_var(int, zero);
        let no = self.b.ins().iconst(types::I8, 0);
        self.b.def_var(is_fast, no);
        self.jump(join);
        self.b.switch_to_block(join);
        let v = self.b.use_var(value);
        if *op != BinOp::Add {
            self.number(v);
        }
        let i = self.b.use_var(int);
        let f = self.b.use_var(is_fast);
        (v, i, Some(f))
    }

    /// The i32 of `v` and an i8 that is 1 when `v` is exactly that int32
    /// (`None`: known to be). A non-number is a NaN as a double: never exact.
    /// `-0` counts as 0 (an int32 sum's ToInt32 cannot tell them apart).
    fn exact_int32(&mut self, v: Value) -> (Value, Option<Value>) {
        if let Some(i) = self.known_int32(v) {
            return (i, None);
        }
        if let Some(&i) = self.int64_forms.get(&v) {
            let low = self.b.ins().ireduce(types::I32, i);
            let back = self.b.ins().sextend(I64, low);
            return (low, Some(self.b.ins().icmp(IntCC::Equal, back, i)));
        }
        let f = self.as_f64(v);
        let i = self.b.ins().fcvt_to_sint_sat(types::I32, f);
        let back = self.b.ins().fcvt_from_sint(types::F64, i);
        let exact = self.b.ins().fcmp(FloatCC::Equal, back, f);
        (i, Some(exact))
    }

    fn bitwise(&mut self, op: BinOp, x: Value, y: Value) -> Value {
        // Always a number: no stack map. Except for `>>>` (a uint32), the
        // result is joined as an i32.
        let int32 = op != BinOp::Shr;
        let result = self.b.declare_var(if int32 { types::I32 } else { I64 });
        let (ix, x_ok) = self.int32_fast(x);
        let (iy, y_ok) = self.int32_fast(y);
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.set_cold_block(slow);
        match (x_ok, y_ok) {
            (None, None) => {
                self.b.ins().jump(fast, &[]);
            }
            (Some(c), None) | (None, Some(c)) => {
                self.b.ins().brif(c, fast, &[], slow, &[]);
            }
            (Some(a), Some(b)) => {
                let both = self.b.ins().band(a, b);
                self.b.ins().brif(both, fast, &[], slow, &[]);
            }
        }
        self.b.switch_to_block(fast);
        let r = match op {
            BinOp::BitAnd => self.b.ins().band(ix, iy),
            BinOp::BitOr => self.b.ins().bor(ix, iy),
            BinOp::BitXor => self.b.ins().bxor(ix, iy),
            BinOp::Shl => self.b.ins().ishl(ix, iy),
            BinOp::Sar => self.b.ins().sshr(ix, iy),
            _ => self.b.ins().ushr(ix, iy),
        };
        if int32 {
            self.b.def_var(result, r);
        } else {
            let r64 = self.b.ins().uextend(I64, r);
            let f = self.b.ins().fcvt_from_sint(types::F64, r64);
            let bits = self.f64_bits(f);
            self.b.def_var(result, bits);
        }
        self.jump(join);
        self.b.switch_to_block(slow);
        let rt = match op {
            BinOp::BitAnd => Rt::rt_value_bitand,
            BinOp::BitOr => Rt::rt_value_bitor,
            BinOp::BitXor => Rt::rt_value_bitxor,
            BinOp::Shl => Rt::rt_value_shl,
            BinOp::Sar => Rt::rt_value_sar,
            _ => Rt::rt_value_shr,
        };
        let r = self.call_rt_checked(rt, &[x, y]);
        let r = if int32 {
            // An int32 double: converts exactly.
            let f = self.as_f64(r);
            self.b.ins().fcvt_to_sint_sat(types::I32, f)
        } else {
            r
        };
        self.b.def_var(result, r);
        self.jump(join);
        self.b.switch_to_block(join);
        let r = self.b.use_var(result);
        if int32 {
            self.box_int32(r)
        } else {
            self.number(r)
        }
    }

    /// `typeof e === "name"` (either side, `===`, `!==`, `==` or `!=`) as
    /// an i8, testing `e`'s tag and kind as `ops::typeof_str` classifies
    /// values, without making the type's name.
    fn typeof_comparison(&mut self, op: BinOp, a: &Expr, b: &Expr) -> Option<Value> {
        let negate = match op {
            BinOp::StrictEq | BinOp::LooseEq => false,
            BinOp::StrictNe | BinOp::LooseNe => true,
            _ => return None,
        };
        let (operand, name) = match (a, b) {
            (Expr::Unary(UnOp::Typeof, e), Expr::Str(s))
            | (Expr::Str(s), Expr::Unary(UnOp::Typeof, e)) => (e, *s),
            _ => return None,
        };
        let v = self.expr(operand);
        let name = self.module.string(name);
        let is = self.typeof_is(v, &name);
        Some(if negate {
            self.b.ins().bxor_imm_u(is, 1)
        } else {
            is
        })
    }

    /// Whether `typeof v` is `name` (an i8).
    fn typeof_is(&mut self, v: Value, name: &str) -> Value {
        use bibao_runtime::heap::KIND_STRING;
        use bibao_runtime::value::NUMBER_LIMIT;
        match name {
            "number" => self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, v, NUMBER_LIMIT as i64),
            "undefined" => self.b.ins().icmp_imm_u(IntCC::Equal, v, UNDEFINED as i64),
            "boolean" => {
                // FALSE and TRUE differ only in the low bit.
                const _: () = assert!(FALSE | 1 == TRUE);
                let either = self.b.ins().bor_imm_u(v, 1);
                self.b.ins().icmp_imm_u(IntCC::Equal, either, TRUE as i64)
            }
            "string" | "function" | "object" => {
                // A heap cell by its kind; `null` is an "object" too.
                let result = self.b.declare_var(types::I8);
                let not_cell = if name == "object" {
                    self.b.ins().icmp_imm_u(IntCC::Equal, v, NULL as i64)
                } else {
                    self.b.ins().iconst(types::I8, 0)
                };
                self.b.def_var(result, not_cell);
                let cell_b = self.new_block();
                let join = self.new_block();
                let is_ptr = self.is_pointer(v);
                self.b.ins().brif(is_ptr, cell_b, &[], join, &[]);
                self.b.switch_to_block(cell_b);
                let p = self.pointer_of(v);
                let kind = self
                    .b
                    .ins()
                    .uload8(types::I32, flags(), p, HEADER_KIND_OFFSET);
                let is = match name {
                    "string" => self
                        .b
                        .ins()
                        .icmp_imm_u(IntCC::Equal, kind, KIND_STRING as i64),
                    "function" => self
                        .b
                        .ins()
                        .icmp_imm_u(IntCC::Equal, kind, KIND_FUNCTION as i64),
                    _ => {
                        let s = self
                            .b
                            .ins()
                            .icmp_imm_u(IntCC::NotEqual, kind, KIND_STRING as i64);
                        let f =
                            self.b
                                .ins()
                                .icmp_imm_u(IntCC::NotEqual, kind, KIND_FUNCTION as i64);
                        self.b.ins().band(s, f)
                    }
                };
                self.b.def_var(result, is);
                self.jump(join);
                self.b.switch_to_block(join);
                self.b.use_var(result)
            }
            // No value's type has another name.
            _ => self.b.ins().iconst(types::I8, 0),
        }
    }

    fn unary(&mut self, op: UnOp, a: &Expr) -> Value {
        match op {
            UnOp::Not => {
                let c = self.cond(a);
                let n = self.b.ins().bxor_imm_u(c, 1);
                self.bool_value(n)
            }
            UnOp::Void => {
                self.expr(a);
                self.konst(UNDEFINED)
            }
            UnOp::Typeof => {
                let v = self.expr(a);
                self.call_rt(Rt::rt_value_typeof, &[v])
            }
            UnOp::Neg | UnOp::Plus => {
                let v = self.expr(a);
                if self.is_known_number(v) {
                    if op == UnOp::Plus {
                        return v;
                    }
                    let f = self.as_f64(v);
                    let n = self.b.ins().fneg(f);
                    let r = self.f64_bits(n);
                    return self.number(r);
                }
                // Always a number: no stack map.
                let result = self.b.declare_var(I64);
                let isn = self.is_number(v);
                let fast = self.new_block();
                let slow = self.new_block();
                let join = self.new_block();
                self.b.ins().brif(isn, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let r = if op == UnOp::Neg {
                    let f = self.as_f64(v);
                    let n = self.b.ins().fneg(f);
                    self.f64_bits(n)
                } else {
                    v
                };
                self.b.def_var(result, r);
                self.jump(join);
                self.b.switch_to_block(slow);
                let rt = if op == UnOp::Neg {
                    Rt::rt_value_neg
                } else {
                    Rt::rt_value_to_number
                };
                let r = self.call_rt_checked(rt, &[v]);
                self.b.def_var(result, r);
                self.jump(join);
                self.b.switch_to_block(join);
                let r = self.b.use_var(result);
                self.number(r)
            }
            UnOp::BitNot => {
                let v = self.expr(a);
                let r = self.call_rt_checked(Rt::rt_value_bitnot, &[v]);
                self.number(r)
            }
        }
    }

    // ---- assignment -----------------------------------------------------------

    /// Evaluates the parts of a target that have side effects (objects, keys).
    fn target_parts(&mut self, t: &Target) -> Vec<Value> {
        match t {
            Target::Box(b) => vec![self.expr(b)],
            Target::Member(o, k) => {
                let o = self.expr(o);
                let k = self.expr(k);
                vec![o, k]
            }
            Target::TdzChecked(inner, _) | Target::Const(inner, _) => self.target_parts(inner),
            _ => Vec::new(),
        }
    }

    fn read_target(&mut self, t: &Target, parts: &[Value]) -> Value {
        match t {
            Target::Local(l) => self.read_local(*l),
            Target::Box(_) => self.box_get(parts[0]),
            Target::Global(name) => {
                let n = self.literal(*name);
                self.call_rt_checked(Rt::rt_global_get, &[n])
            }
            Target::Member(_, key) => self.get_member(parts[0], key, parts[1]),
            Target::TdzChecked(inner, name) => {
                let v = self.read_target(inner, parts);
                self.tdz_check(v, *name);
                v
            }
            Target::Const(inner, _) => self.read_target(inner, parts),
            Target::Ignored => self.b.use_var(self.callee),
        }
    }

    fn write_target(&mut self, t: &Target, parts: &[Value], v: Value) {
        match t {
            Target::Local(l) => self.def_local(*l, v),
            Target::Box(_) => self.box_set(parts[0], v),
            Target::Global(name) => {
                let n = self.literal(*name);
                let strict = self.konst(self.strict() as u64);
                self.call_rt_checked(Rt::rt_global_set, &[n, v, strict]);
            }
            Target::Member(_, key) => self.set_member(parts[0], key, parts[1], v),
            Target::TdzChecked(inner, name) => {
                let cur = match &**inner {
                    Target::Const(i, _) => self.read_target(i, parts),
                    other => self.read_target(other, parts),
                };
                self.tdz_check(cur, *name);
                self.write_target(inner, parts, v);
            }
            Target::Const(_, _) => {
                self.call_rt(Rt::rt_error_throw_const_assign, &[]);
                let h = self.handler();
                self.jump(h);
                self.dead_block();
            }
            Target::Ignored => {}
        }
    }

    fn assign(&mut self, t: &Target, v: &Expr) -> Value {
        let parts = self.target_parts(t);
        let val = self.expr(v);
        self.write_target(t, &parts, val);
        val
    }

    fn compound_assign(&mut self, t: &Target, op: BinOp, v: &Expr) -> Value {
        let parts = self.target_parts(t);
        let cur = self.read_target(t, &parts);
        let rhs = self.expr(v);
        let r = self.binary(op, cur, rhs);
        self.write_target(t, &parts, r);
        r
    }

    fn logical_assign(&mut self, t: &Target, op: LogicalOp, v: &Expr) -> Value {
        let parts = self.target_parts(t);
        let result = self.temp_var();
        let cur = self.read_target(t, &parts);
        self.b.def_var(result, cur);
        let short = self.short_circuits(op, cur);
        let rhs = self.new_block();
        let join = self.new_block();
        self.b.ins().brif(short, join, &[], rhs, &[]);
        self.b.switch_to_block(rhs);
        let val = self.expr(v);
        self.write_target(t, &parts, val);
        self.b.def_var(result, val);
        self.jump(join);
        self.b.switch_to_block(join);
        self.b.use_var(result)
    }

    fn update(&mut self, t: &Target, increment: bool, prefix: bool) -> Value {
        let parts = self.target_parts(t);
        let cur = self.read_target(t, &parts);
        if let Target::Local(l) = t
            && self.int32_locals[l.index()]
        {
            // A bounded counter (`ir::int32`): the step stays in range.
            let old = self.int32_of(cur);
            let new = self.b.ins().iadd_imm_s(old, if increment { 1 } else { -1 });
            let newv = self.box_int32(new);
            self.b.def_var(self.locals[l.index()], new);
            return if prefix { newv } else { cur };
        }
        if let Target::Local(l) = t
            && self.counter_locals[l.index()]
        {
            // A counter (`ir::int32::counter_locals`): past 2^53 in magnitude
            // the double would stay put (2^53 + 1 rounds to 2^53), and so
            // does the integer.
            let old = self.int64_of(cur);
            let new = self.step_int64(old, increment);
            let newv = self.box_int64(new);
            self.b.def_var(self.locals[l.index()], new);
            return if prefix { newv } else { cur };
        }
        let step = |this: &mut Self, old: Value| {
            let f = this.as_f64(old);
            let one = this.b.ins().f64const(1.0);
            let nf = if increment {
                this.b.ins().fadd(f, one)
            } else {
                this.b.ins().fsub(f, one)
            };
            let bits = this.f64_bits(nf);
            this.number(bits)
        };
        if self.is_known_number(cur) {
            let newv = step(self, cur);
            self.write_target(t, &parts, newv);
            return if prefix { newv } else { cur };
        }
        // old = ToNumeric(cur): always a number, so no stack map.
        let old = self.b.declare_var(I64);
        let isn = self.is_number(cur);
        let fast = self.new_block();
        let slow = self.new_block();
        let join = self.new_block();
        self.b.ins().brif(isn, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.def_var(old, cur);
        self.jump(join);
        self.b.switch_to_block(slow);
        let n = self.call_rt_checked(Rt::rt_value_to_number, &[cur]);
        self.b.def_var(old, n);
        self.jump(join);
        self.b.switch_to_block(join);
        let oldv = self.b.use_var(old);
        self.number(oldv);
        let newv = step(self, oldv);
        self.write_target(t, &parts, newv);
        if prefix {
            newv
        } else {
            let oldv = self.b.use_var(old);
            self.number(oldv)
        }
    }

    // ---- statements -----------------------------------------------------------

    fn block(&mut self, stmts: &'i [Stmt]) {
        let mut rest = stmts;
        while let Some(s) = rest.first() {
            let run = self.store_run_len(rest);
            if run >= 2 {
                self.store_run(&rest[..run]);
                rest = &rest[run..];
            } else {
                self.stmt(s);
                rest = &rest[1..];
            }
        }
    }

    /// How many statements at the start of `stmts` make a *store run*
    /// (`StoreRunCache`): `o.k = v;` on one local `o`, with distinct
    /// cacheable literal keys and values that are locals or literals (no
    /// effect, no exception, no allocation: evaluating them all first is
    /// the same as evaluating each before its write, since no code a
    /// write may run can assign this function's plain locals).
    fn store_run_len(&self, stmts: &[Stmt]) -> usize {
        use bibao_runtime::property::STORE_RUN_MAX;
        let mut object = None;
        let mut keys: Vec<ir::StrId> = Vec::new();
        for s in stmts.iter().take(STORE_RUN_MAX) {
            let Stmt::Expr(Expr::Assign(Target::Member(o, key), value)) = s else {
                break;
            };
            let (Expr::Local(l), Expr::Str(k)) = (&**o, &**key) else {
                break;
            };
            let simple = matches!(
                **value,
                Expr::Local(_)
                    | Expr::Number(_)
                    | Expr::Str(_)
                    | Expr::Bool(_)
                    | Expr::Null
                    | Expr::Undefined
            );
            if !simple
                || !self.cacheable_key(key)
                || keys.contains(k)
                || object.is_some_and(|first| first != *l)
            {
                break;
            }
            object = Some(*l);
            keys.push(*k);
        }
        keys.len()
    }

    /// A store run (`store_run_len`): the values, then one shape test and
    /// the writes at the cached offsets (own properties, or adds along the
    /// cached shapes), else `rt_store_run`, which writes one by one and
    /// fills the cache.
    fn store_run(&mut self, run: &[Stmt]) {
        let mut object = None;
        let mut keys = Vec::with_capacity(run.len());
        let mut values = Vec::with_capacity(run.len());
        for s in run {
            let Stmt::Expr(Expr::Assign(Target::Member(o, key), value)) = s else {
                unreachable!("store_run_len checked the run");
            };
            if object.is_none() {
                object = Some(self.expr(o));
            }
            let Expr::Str(k) = **key else {
                unreachable!("store_run_len checked the run");
            };
            keys.push(k);
            values.push(self.expr(value));
        }
        let o = object.expect("a run has a store");
        let lay = self.env.layout;
        let cache = self.site_cache();
        let slow = self.new_block();
        let done = self.new_block();
        self.b.set_cold_block(slow);
        let p = self.expect_pointer(o, slow);
        let shape = self.b.ins().load(I64, flags(), p, lay.props_shape);
        let cached = self.b.ins().load(I64, flags(), cache, lay.run_shape);
        let same = self.b.ins().icmp(IntCC::Equal, shape, cached);
        self.guard(same, slow);
        let new_shape = self.b.ins().load(I64, flags(), cache, lay.run_new_shape);
        let own = self.b.ins().icmp(IntCC::Equal, new_shape, shape);
        let add = self.new_block();
        let write = self.new_block();
        self.b.ins().brif(own, write, &[], add, &[]);
        // Adds: the prototype and the epoch the cache saw, and exactly the
        // slots of the shape before; then the new slot count and shape.
        self.b.switch_to_block(add);
        self.guard_chain_at(p, cache, (lay.run_proto, lay.run_epoch), slow);
        let len = self.b.ins().load(types::I32, flags(), p, lay.props_len);
        let cached_len = self.b.ins().load(types::I32, flags(), cache, lay.run_len);
        let at_end = self.b.ins().icmp(IntCC::Equal, len, cached_len);
        self.guard(at_end, slow);
        let len_after = self.b.ins().iadd_imm_s(len, values.len() as i64);
        self.b.ins().store(flags(), len_after, p, lay.props_len);
        self.b.ins().store(flags(), new_shape, p, lay.props_shape);
        self.jump(write);
        // The writes, then one write barrier for the object.
        self.b.switch_to_block(write);
        for (i, v) in values.iter().enumerate() {
            let off = self
                .b
                .ins()
                .uload32(flags(), cache, lay.run_offsets + 4 * i as i32);
            let addr = self.b.ins().iadd(p, off);
            self.b.ins().store(flags(), *v, addr, 0);
        }
        if let Some(&v) = values.iter().find(|v| !self.never_pointer(**v)) {
            self.write_barrier(o, p, v);
        }
        self.jump(done);
        self.b.switch_to_block(slow);
        let key_values: Vec<Value> = keys.iter().map(|k| self.literal(*k)).collect();
        let keys_array = self.args_array(&key_values);
        let values_array = self.args_array(&values);
        let n_strict = self.konst(values.len() as u64 | (self.strict() as u64) << 32);
        self.call_rt_checked(
            Rt::rt_store_run,
            &[o, keys_array, values_array, n_strict, cache],
        );
        self.jump(done);
        self.b.switch_to_block(done);
    }

    /// Runs the finally bodies between the current point and `depth`
    /// (innermost first), each in the context outside its try.
    fn run_finally_to(&mut self, depth: usize) {
        let mut i = self.finally.len();
        while i > depth {
            i -= 1;
            let body = self.finally[i].body;
            let hd = self.finally[i].handler_depth;
            let saved_finally = self.finally.split_off(i);
            let saved_handlers = self.handlers.split_off(hd);
            self.block(body);
            self.handlers.extend(saved_handlers);
            self.finally.extend(saved_finally);
        }
    }

    fn stmt(&mut self, s: &'i Stmt) {
        match s {
            Stmt::Expr(e) => {
                self.expr(e);
            }
            Stmt::If(c, t, e) => {
                let cond = self.cond(c);
                let tb = self.new_block();
                let eb = self.new_block();
                let join = self.new_block();
                self.b.ins().brif(cond, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.block(t);
                self.jump(join);
                self.b.switch_to_block(eb);
                self.block(e);
                self.jump(join);
                self.b.switch_to_block(join);
            }
            Stmt::Loop {
                label,
                pre_test,
                body,
                update,
                post_test,
            } => {
                let header = self.new_block();
                let body_b = self.new_block();
                let cont = self.new_block();
                let exit = self.new_block();
                self.labels.insert(
                    *label,
                    LabelTarget {
                        break_block: exit,
                        continue_block: Some(cont),
                        finally_depth: self.finally.len(),
                    },
                );
                self.jump(header);
                self.b.switch_to_block(header);
                self.loop_poll();
                match pre_test {
                    Some(t) => {
                        let c = self.cond(t);
                        self.b.ins().brif(c, body_b, &[], exit, &[]);
                    }
                    None => self.jump(body_b),
                }
                self.b.switch_to_block(body_b);
                self.block(body);
                self.jump(cont);
                self.b.switch_to_block(cont);
                self.block(update);
                match post_test {
                    Some(t) => {
                        let c = self.cond(t);
                        self.b.ins().brif(c, header, &[], exit, &[]);
                    }
                    None => self.jump(header),
                }
                self.b.switch_to_block(exit);
            }
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled(label, b) => {
                let exit = self.new_block();
                self.labels.insert(
                    *label,
                    LabelTarget {
                        break_block: exit,
                        continue_block: None,
                        finally_depth: self.finally.len(),
                    },
                );
                self.block(b);
                self.jump(exit);
                self.b.switch_to_block(exit);
            }
            Stmt::Break(l) => {
                let (target, depth) = {
                    let t = &self.labels[l];
                    (t.break_block, t.finally_depth)
                };
                self.run_finally_to(depth);
                self.jump(target);
                self.dead_block();
            }
            Stmt::Continue(l) => {
                let (target, depth) = {
                    let t = &self.labels[l];
                    (
                        t.continue_block.expect("continue target is a loop"),
                        t.finally_depth,
                    )
                };
                self.run_finally_to(depth);
                self.jump(target);
                self.dead_block();
            }
            Stmt::Return(e) => {
                let v = self.expr(e);
                if self.finally.is_empty() {
                    self.b.ins().return_(&[v]);
                } else {
                    let keep = self.temp_var();
                    self.b.def_var(keep, v);
                    self.run_finally_to(0);
                    let v = self.b.use_var(keep);
                    self.b.ins().return_(&[v]);
                }
                self.dead_block();
            }
            Stmt::Throw(e) => {
                let v = self.expr(e);
                self.call_rt(Rt::rt_exception_throw, &[v]);
                let h = self.handler();
                self.jump(h);
                self.dead_block();
            }
            Stmt::Try {
                body,
                catch,
                finally,
            } => self.try_stmt(body, catch, finally),
            Stmt::Switch {
                label,
                discriminant,
                cases,
            } => {
                let d = self.expr(discriminant);
                let dv = self.temp_var();
                self.b.def_var(dv, d);
                let exit = self.new_block();
                self.labels.insert(
                    *label,
                    LabelTarget {
                        break_block: exit,
                        continue_block: None,
                        finally_depth: self.finally.len(),
                    },
                );
                let bodies: Vec<Block> = cases.iter().map(|_| self.new_block()).collect();
                for (i, c) in cases.iter().enumerate() {
                    if let Some(t) = &c.test {
                        let tv = self.expr(t);
                        let d = self.b.use_var(dv);
                        let eq = self.compare_i8(BinOp::StrictEq, d, tv);
                        let next = self.new_block();
                        self.b.ins().brif(eq, bodies[i], &[], next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                match cases.iter().position(|c| c.test.is_none()) {
                    Some(i) => self.jump(bodies[i]),
                    None => self.jump(exit),
                }
                for (i, c) in cases.iter().enumerate() {
                    self.b.switch_to_block(bodies[i]);
                    self.block(&c.body);
                    let next = bodies.get(i + 1).copied().unwrap_or(exit);
                    self.jump(next);
                }
                self.b.switch_to_block(exit);
            }
            Stmt::PatchEnv {
                closure,
                slot,
                value,
            } => {
                let c = self.b.use_var(self.locals[closure.index()]);
                let v = self.expr(value);
                let p = self.pointer_of(c);
                self.b
                    .ins()
                    .store(flags(), v, p, FUNCTION_CAPTURES_OFFSET + 8 * slot.0 as i32);
                self.write_barrier(c, p, v);
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn try_stmt(
        &mut self,
        body: &'i [Stmt],
        catch: &'i Option<(Option<ir::LocalId>, Vec<Stmt>)>,
        finally: &'i Option<Vec<Stmt>>,
    ) {
        let after = self.new_block();
        let outer_handlers = self.handlers.len();
        // With a finally: exceptions from the body or catch run it, then rethrow.
        let finally_throw = finally.as_ref().map(|_| {
            let b = self.new_block();
            self.b.set_cold_block(b);
            b
        });
        if let (Some(fb), Some(_)) = (finally_throw, finally) {
            self.handlers.push(fb);
        }
        let catch_block = catch.as_ref().map(|_| self.new_block());
        if let Some(cb) = catch_block {
            self.handlers.push(cb);
        }
        if let Some(f) = finally {
            self.finally.push(FinallyFrame {
                body: f,
                handler_depth: outer_handlers,
            });
        }
        self.block(body);
        if catch_block.is_some() {
            self.handlers.pop();
        }
        let normal_end = self.new_block();
        self.jump(normal_end);
        if let (Some(cb), Some((binding, cbody))) = (catch_block, catch) {
            self.b.switch_to_block(cb);
            let e = self.call_rt(Rt::rt_exception_take, &[]);
            if let Some(l) = binding {
                self.def_local(*l, e);
            }
            self.block(cbody);
            self.jump(normal_end);
        }
        if finally.is_some() {
            self.finally.pop();
            self.handlers.pop();
        }
        self.b.switch_to_block(normal_end);
        if let Some(f) = finally {
            self.block(f);
        }
        self.jump(after);
        if let (Some(fb), Some(f)) = (finally_throw, finally) {
            self.b.switch_to_block(fb);
            let e = self.call_rt(Rt::rt_exception_take, &[]);
            let keep = self.temp_var();
            self.b.def_var(keep, e);
            self.block(f);
            let e = self.b.use_var(keep);
            self.call_rt(Rt::rt_exception_throw, &[e]);
            let h = self.handler();
            self.jump(h);
        }
        self.b.switch_to_block(after);
    }
}

fn is_bitwise(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Sar | BinOp::Shr
    )
}

/// The condition of a comparison operator on two numbers.
fn float_cc(op: BinOp) -> FloatCC {
    match op {
        BinOp::Lt => FloatCC::LessThan,
        BinOp::Le => FloatCC::LessThanOrEqual,
        BinOp::Gt => FloatCC::GreaterThan,
        BinOp::Ge => FloatCC::GreaterThanOrEqual,
        BinOp::LooseEq | BinOp::StrictEq => FloatCC::Equal,
        BinOp::LooseNe | BinOp::StrictNe => FloatCC::NotEqual,
        _ => unreachable!("not a comparison"),
    }
}

/// The same comparison on two signed integers.
fn int_cc(cc: FloatCC) -> IntCC {
    match cc {
        FloatCC::LessThan => IntCC::SignedLessThan,
        FloatCC::LessThanOrEqual => IntCC::SignedLessThanOrEqual,
        FloatCC::GreaterThan => IntCC::SignedGreaterThan,
        FloatCC::GreaterThanOrEqual => IntCC::SignedGreaterThanOrEqual,
        FloatCC::Equal => IntCC::Equal,
        _ => IntCC::NotEqual,
    }
}

/// How large in magnitude the value of an *int32 sum* can be when its
/// leaves are int32s (`None`: `e` is not a `+`, `-` or `*` node). A number
/// literal leaf counts its own magnitude (at least 1, so that no node is
/// smaller than its operands), any other leaf 2^31.
fn int32_sum_bound(e: &Expr) -> Option<f64> {
    let Expr::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul), a, b) = e else {
        return None;
    };
    let leaf = |e: &Expr| {
        int32_sum_bound(e).unwrap_or(match e {
            Expr::Number(n) if ir::int32::is_int32_literal(*n) => n.abs().max(1.0),
            _ => 2147483648.0,
        })
    };
    Some(if *op == BinOp::Mul {
        leaf(a) * leaf(b)
    } else {
        leaf(a) + leaf(b)
    })
}

/// Is `e` an int32 sum: `+`, `-` and `*` over leaves whose exact result,
/// when every leaf is an int32, stays below 2^53 (so doubles compute it
/// exactly, and its ToInt32 is the same operations on i32s, wrapping)?
fn is_int32_sum(e: &Expr) -> bool {
    int32_sum_bound(e).is_some_and(|b| b <= 9007199254740992.0)
}

fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Lt
            | BinOp::Le
            | BinOp::Gt
            | BinOp::Ge
            | BinOp::LooseEq
            | BinOp::LooseNe
            | BinOp::StrictEq
            | BinOp::StrictNe
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_runtime_import_is_named_like_a_runtime_export() {
        for rt in super::Rt::ALL {
            assert!(rt.name().starts_with("rt_"), "{}", rt.name());
        }
        // The signatures themselves are checked at compile time by
        // `runtime_signatures_match`, which names each runtime function.
        let _ = super::runtime_signatures_match;
    }

    /// The CLIF of `f` in a program that also defines `main`.
    fn clif_of(source: &str, f: &str) -> String {
        let module = crate::compile_to_ir(source, "t.js").expect("compiles");
        let clif = super::lower(&module, true).expect("lowers").clif;
        let start = clif
            .find(&format!(" {f}\n"))
            .unwrap_or_else(|| panic!("no function {f} in\n{clif}"));
        let text = &clif[start..];
        text[..text.find("\n}\n").expect("function end")].to_string()
    }

    /// Each line of a function's CLIF, with whether its block is cold.
    fn lines_with_coldness(f: &str) -> Vec<(bool, &str)> {
        let mut cold = false;
        f.lines()
            .map(|line| {
                if line.starts_with("block") {
                    cold = line.contains(" cold:");
                }
                (cold, line)
            })
            .collect()
    }

    /// How many pointer-tag tests a function's CLIF makes outside its cold
    /// blocks.
    fn hot_tag_tests(f: &str) -> usize {
        lines_with_coldness(f)
            .into_iter()
            .filter(|(cold, l)| !cold && l.contains("icmp eq") && l.contains("= 0xfffc"))
            .count()
    }

    /// Slow paths call the runtime through a trampoline that saves every
    /// register (a `preserve_all` call with no results); the fast path of
    /// `+` calls nothing, and a loop header polls by comparing the limit
    /// with `u64::MAX`, not the stack pointer.
    #[test]
    fn slow_paths_call_through_register_saving_trampolines() {
        let f = clif_of(
            "function add(a, b) { let s = 0; for (let i = 0; i < 3; i++) s = s + a + b; return s; }\n\
             console.log(add(1, 2), add(\"a\", \"b\"));",
            "add",
        );
        let preserve_all_sigs: Vec<&str> = f
            .lines()
            .filter(|l| l.trim_start().starts_with("sig") && l.ends_with("preserve_all"))
            .map(|l| l.trim().split(' ').next().unwrap())
            .collect();
        // The polls' `rt_stack_check()` and `+`'s `rt_value_add(a, b)`.
        assert!(f.contains("(i64) preserve_all"), "{f}");
        assert!(f.contains("(i64, i64, i64) preserve_all"), "{f}");
        // Every call of a preserve_all function is in a cold block.
        let mut trampoline_calls = 0;
        let trampolines: Vec<String> = f
            .lines()
            .filter(|l| {
                let l = l.trim();
                l.starts_with("fn")
                    && preserve_all_sigs
                        .iter()
                        .any(|s| l.ends_with(&format!(" {s}")))
            })
            .map(|l| format!("call {}(", l.trim().split(' ').next().unwrap()))
            .collect();
        for (cold, line) in lines_with_coldness(&f) {
            if trampolines.iter().any(|t| line.contains(t.as_str())) {
                assert!(cold, "trampoline call in a hot block: {line}\n{f}");
                trampoline_calls += 1;
            }
        }
        assert!(trampoline_calls > 0, "{f}");
        assert!(f.contains("iconst.i64 -1\n"), "{f}");
        assert_eq!(f.matches("get_stack_pointer").count(), 1, "{f}");
    }

    /// A box, a closure, an object literal and array literals (with their
    /// element store) are allocated inline: the
    /// function calls the runtime only from cold blocks (when the inline
    /// path cannot allocate, and the property caches' misses).
    #[test]
    fn allocation_calls_the_runtime_only_from_cold_blocks() {
        let f = clif_of(
            "function make(x) { let n = x; return { a: x, inc: () => ++n, l: [x, []] }; }\n\
             console.log(make(1).inc());",
            "make",
        );
        let mut cold_calls = 0;
        for (cold, line) in lines_with_coldness(&f) {
            if line.contains(" call ") {
                assert!(cold, "a call in a hot block: {line}\n{f}");
                cold_calls += 1;
            }
        }
        assert!(cold_calls >= 3, "{f}");
    }

    /// `x === k` for a number literal `k` and an `x` of any kind is one
    /// integer compare of the bits: no tag check, no float compare, no call.
    #[test]
    fn strict_equality_with_a_number_literal_compares_bits() {
        let f = clif_of(
            "function which(x) { if (x === 2) return 1; if (0 === x) return 2; \
             if (x !== 1.5) return 3; return 4; }\n\
             console.log(which(2), which(-0), which(\"2\"));",
            "which",
        );
        assert!(f.contains("icmp eq v"), "{f}");
        assert!(f.contains("0x4000_0000_0000_0000"), "{f}");
        assert!(f.contains("0x3ff8_0000_0000_0000"), "{f}");
        assert!(!f.contains("fcmp"), "{f}");
        assert!(!f.contains("0xfff9"), "no number check: {f}");
        for (cold, line) in lines_with_coldness(&f) {
            assert!(cold || !line.contains(" call "), "a hot call: {line}\n{f}");
        }
    }

    /// An inlined method's `this` takes the receiver's cell address from
    /// the receiver local: the receiver's tag is tested once (for the
    /// method's lookup), not again for the inlined body's `this`.
    #[test]
    fn inlined_methods_reuse_the_receivers_cell() {
        let f = clif_of(
            "class P { constructor(x) { this.x = x; this.y = 2; }\n\
               getX() { return this.x; } sum() { return this.x + this.y; } }\n\
             function read(p) { return p.getX() + p.sum(); }\n\
             console.log(read(new P(1)));",
            "read",
        );
        // Tag tests outside slow paths: `p`'s companion cell (for the
        // argument and for its default), and for each method a function
        // check before the inlined body and one before the ordinary call
        // (another function under the key). The inlined bodies' `this` has
        // none (8 when each tested its own).
        let tag_tests = hot_tag_tests(&f);
        assert_eq!(tag_tests, 6, "{f}");
        // A receiver read from a property: decoded once, before the lookup,
        // for the lookup and the inlined body alike.
        let f = clif_of(
            "class P { constructor(x) { this.x = x; this.y = 2; }\n\
               sum() { return this.x + this.y; } }\n\
             function read(h) { return h.p.sum(); }\n\
             console.log(read({ p: new P(1) }));",
            "read",
        );
        let tag_tests = hot_tag_tests(&f);
        // `h` (for `h.p`), `h.p` once, the method before the inlined body
        // and before the ordinary call (5 when the body decoded `h.p` again).
        assert_eq!(tag_tests, 4, "{f}");
    }

    /// A local that only ever holds array literals is indexed and measured
    /// with no tag or kind check (the kind of a cell never changes).
    #[test]
    fn array_locals_need_no_kind_checks() {
        let f = clif_of(
            "function sum(n) { const a = [1, 2, n]; let s = 0;\n\
               for (let i = 0; i < a.length; i++) s += a[i]; return s; }\n\
             console.log(sum(3));",
            "sum",
        );
        let kind_loads = f.lines().filter(|l| l.contains("uload8")).count();
        assert_eq!(kind_loads, 0, "{f}");
        // The element load still checks for a hole and the bounds.
        assert!(f.contains("icmp ult") || f.contains("icmp uge"), "{f}");
    }

    /// A constructor's `this.x = x; this.y = y;` is one store run: one
    /// shape test and two writes at offsets from the run's cache (u32s), not
    /// two inline-cache stores (their offsets are i32s, `sload32`, as in
    /// the read of the constructor's `prototype` that makes `this`).
    #[test]
    fn consecutive_simple_stores_are_one_store_run() {
        let f = clif_of(
            "class P { constructor(x, y) { this.x = x; this.y = y; } }\n\
             console.log(new P(1, 2).y);",
            "P",
        );
        assert_eq!(f.matches("uload32").count(), 2, "{f}");
        assert_eq!(f.matches("sload32").count(), 2, "{f}");
        // Tag tests outside slow paths: the constructor's (once) and its
        // `prototype`'s; the new object's cell is known (no test for
        // `this`, nor for the run's receiver).
        let tag_tests = hot_tag_tests(&f);
        assert_eq!(tag_tests, 2, "{f}");
    }

    /// `typeof x === "name"` compiles to tag and kind tests: the function
    /// calls nothing (but the entry poll), not even in a slow path.
    #[test]
    fn typeof_comparisons_call_nothing() {
        let f = clif_of(
            "function kind(x) { if (typeof x === \"number\") return 1;\n\
               if (\"string\" === typeof x) return 2; if (typeof x != \"object\") return 3;\n\
               return typeof x !== \"function\"; }\n\
             console.log(kind(1), kind(\"s\"), kind(null));",
            "kind",
        );
        assert_eq!(f.matches(" call ").count(), 1, "{f}");
        assert!(f.contains("uload8"), "{f}");
    }

    /// A stack map that lists a slot nothing stored yet (as Cranelift's
    /// spiller can) sees 0 there: every listed slot is zeroed first thing.
    #[test]
    fn stack_map_slots_are_zeroed_at_entry() {
        use cranelift_codegen::cursor::Cursor;
        use cranelift_codegen::ir::{
            AbiParam, ExtFuncData, ExternalName, Function, InstBuilder, Signature, StackSlotData,
            StackSlotKind, UserFuncName, UserStackMapEntry, types::I64,
        };
        use cranelift_codegen::isa::CallConv;
        let mut sig = Signature::new(CallConv::SystemV);
        sig.returns.push(AbiParam::new(I64));
        let mut func = Function::with_name_signature(UserFuncName::default(), sig.clone());
        let callee_sig = func.import_signature(sig);
        let callee = func.import_function(ExtFuncData {
            name: ExternalName::testcase("poll"),
            signature: callee_sig,
            colocated: false,
            patchable: false,
        });
        let written =
            func.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let never_written =
            func.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let unlisted =
            func.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let block = func.dfg.make_block();
        func.layout.append_block(block);
        let call = {
            let mut pos = cranelift_codegen::cursor::FuncCursor::new(&mut func);
            pos.goto_bottom(block);
            let v = pos.ins().iconst(I64, 7);
            pos.ins().stack_store(I64, v, written, 0);
            let call = pos.ins().call(callee, &[]);
            let r = pos.func.dfg.inst_results(call)[0];
            pos.ins().return_(&[r]);
            call
        };
        for slot in [written, never_written] {
            func.dfg.append_user_stack_map_entry(
                call,
                UserStackMapEntry {
                    ty: I64,
                    slot,
                    offset: 0,
                },
            );
        }
        super::zero_stack_map_slots(&mut func);
        // The entry now starts: v = iconst 0, then a store of it to each
        // listed slot, before the function's own first instruction.
        let insts: Vec<String> = func
            .layout
            .block_insts(block)
            .map(|i| func.dfg.display_inst(i).to_string())
            .collect();
        assert!(insts[0].ends_with("iconst.i64 0"), "{insts:?}");
        let zeroed: Vec<&String> = insts[1..5].iter().collect();
        for slot in [written, never_written] {
            assert!(
                zeroed
                    .iter()
                    .any(|i| i.contains(&format!("stack_addr.i64 {slot}"))),
                "{slot} is not zeroed: {insts:?}"
            );
        }
        assert!(
            !insts
                .iter()
                .any(|i| i.contains(&format!("stack_addr.i64 {unlisted}"))),
            "only listed slots are zeroed: {insts:?}"
        );
        assert!(insts[5].ends_with("iconst.i64 7"), "{insts:?}");
    }
}
