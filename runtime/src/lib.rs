//! The bibao runtime, linked into every executable bibao builds.
//!
//! It is compiled twice: as an ordinary library (so the compiler can import the
//! layout constants of [`value`] and [`heap`], and so unit tests run), and by the
//! compiler's build script as a static library with `--cfg bibao_staticlib`
//! (frame pointers forced, counting allocator installed) that is embedded in the
//! compiler and linked into programs. It depends on std only.
//!
//! Module map: [`value`] (NaN-boxing), [`heap`] (cell layouts), [`gc`]
//! (allocation, mark-sweep), [`stack`] (limits, polls, stack-map walk),
//! [`state`] (the runtime instance), [`object`]/[`property`] (properties),
//! [`string`], [`ops`] (conversions, operators), [`call`], [`error`],
//! [`builtins`], [`inspect`] (console.log formatting), [`intact`] (builtins compiled
//! code assumes unchanged), [`collections`], [`elements`] (array element
//! stores), [`layout`] (offsets compiled code reads),
//! [`entry`] (rt_main and small exports).

pub mod builtins;
pub mod builtins_array;
pub mod builtins_collections;
pub mod builtins_json;
pub mod builtins_number;
pub mod builtins_object;
pub mod builtins_string;
pub mod call;
pub mod class;
pub mod collections;
pub mod console;
pub mod elements;
pub mod entry;
pub mod error;
pub mod fdlibm;
pub mod gc;
pub mod heap;
pub mod inspect;
pub mod intact;
pub mod iter;
pub mod layout;
pub mod object;
pub mod ops;
pub mod property;
pub mod shape;
pub mod stack;
pub mod state;
pub mod string;
pub mod support;
pub mod value;

#[cfg(bibao_staticlib)]
#[global_allocator]
static ALLOCATOR: gc::CountingAllocator = gc::CountingAllocator;

/// Every `rt_*` function the generated code calls, in one namespace (the
/// compiler checks its import table against these signatures).
pub mod exports {
    pub use crate::call::{
        rt_function_call, rt_function_construct, rt_function_construct_ic, rt_function_not_callable,
    };
    pub use crate::class::{
        rt_class_define, rt_class_fields, rt_class_method, rt_class_return, rt_class_this,
        rt_class_this_ic, rt_define_field, rt_function_home, rt_object_new_with_proto,
        rt_super_construct, rt_super_construct_args, rt_super_get, rt_this_check,
    };
    pub use crate::entry::{
        rt_array_new, rt_array_push, rt_box_new, rt_closure_new, rt_error_throw_const_assign,
        rt_error_throw_tdz, rt_exception_take, rt_exception_throw, rt_iter_to_array, rt_main,
        rt_object_new, rt_this_sloppy,
    };
    pub use crate::gc::rt_gc_remember;
    pub use crate::iter::{rt_iter_next, rt_iter_open};
    pub use crate::ops::{
        rt_value_add, rt_value_bitand, rt_value_bitnot, rt_value_bitor, rt_value_bitxor,
        rt_value_div, rt_value_ge, rt_value_gt, rt_value_in, rt_value_instanceof, rt_value_le,
        rt_value_loose_eq, rt_value_lt, rt_value_mod, rt_value_mul, rt_value_neg, rt_value_pow,
        rt_value_sar, rt_value_shl, rt_value_shr, rt_value_strict_eq, rt_value_sub,
        rt_value_to_number, rt_value_to_string, rt_value_truthy, rt_value_typeof,
    };
    pub use crate::property::{
        rt_global_get, rt_global_get_ic, rt_global_set, rt_global_typeof, rt_prop_define,
        rt_prop_define_accessor, rt_prop_define_ic, rt_prop_delete, rt_prop_get, rt_prop_get_ic,
        rt_prop_set, rt_prop_set_ic, rt_store_run,
    };
    pub use crate::stack::rt_stack_check;
    pub use crate::support::{
        rt_arguments_new, rt_array_extend, rt_array_from_args, rt_array_slice_from, rt_for_in_has,
        rt_for_in_keys, rt_function_apply, rt_function_construct_array, rt_method_home_set,
        rt_object_literal_proto, rt_object_rest, rt_object_spread, rt_require_object_coercible,
    };
}
