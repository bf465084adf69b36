//! `Array` and `Array.prototype` builtins.
//!
//! Methods that only read (`map`, `indexOf`, `join`...) work on any array-like
//! receiver through [`length_of`]/[`get_index`]; methods that mutate require a
//! real array. Callbacks may run a collection: everything still needed after a
//! callback is on the root stack, and element storage is re-read after each
//! call (the callback may have changed the array).

use crate::builtins::{arg, method, new_array};
use crate::builtins_object::*;
use crate::call::call;
use crate::error::{ErrorKind, throw_error, throw_type_error};
use crate::gc::RootGuard;
use crate::heap::*;
use crate::iter::{IterKind, new_iterator};
use crate::native;
use crate::object::*;
use crate::ops::*;
use crate::property;
use crate::state::rt;
use crate::string;
use crate::value::Value;
use std::cmp::Ordering;

fn elements<'a>(a: Value) -> &'a mut crate::elements::Elements {
    &mut unsafe { object_mut(a) }.elements
}

fn read_only(what: &str) -> Value {
    throw_type_error(&format!(
        "Cannot assign to read only property '{what}' of object '[object Array]'"
    ))
}

/// The receiver of a mutating method: a real, unfrozen array.
fn mutable_array(this: Value, name: &str) -> JsResult<&'static mut JsObject> {
    if !is_array(this) {
        if this.is_nullish() {
            return Err(throw_type_error(&format!(
                "Array.prototype.{name} called on null or undefined"
            )));
        }
        return Err(throw_type_error(&format!(
            "Array.prototype.{name} called on a value that is not an array (bibao supports array receivers only)"
        )));
    }
    Ok(unsafe { object_mut(this) })
}

fn check_not_frozen(a: &JsObject) -> JsResult<()> {
    if a.frozen() {
        return Err(read_only(if a.elements.is_empty() {
            "length"
        } else {
            "0"
        }));
    }
    Ok(())
}

/// Iterates an iterable (array, string, Map, Set, iterator) into a vector.
/// Calls no JS code.
pub fn iterate_to_vec(v: Value) -> JsResult<Vec<Value>> {
    if is_array(v) {
        return Ok(elements(v)
            .iter()
            .map(|e| if e.is_uninit() { Value::UNDEFINED } else { *e })
            .collect());
    }
    let it = crate::iter::rt_iter_open(v.0, Value::UNDEFINED.0);
    if it == Value::EXCEPTION.0 {
        // Replace the generic message with V8's wording for builtins.
        crate::error::take_exception();
        return Err(not_iterable(v));
    }
    let mut out = Vec::new();
    if let Some(state) = crate::iter::state_of(Value(it)) {
        while let Some(x) = crate::iter::next(state) {
            out.push(x);
        }
    }
    Ok(out)
}

pub fn is_iterable(v: Value) -> bool {
    is_array(v)
        || is_string(v)
        || (is_object(v)
            && matches!(
                unsafe { object_mut(v) }.internal(),
                Internal::Map(_) | Internal::Set(_) | Internal::Iterator(_) | Internal::Arguments
            ))
}

/// V8's "typed" description of a value in some messages: `number 5`,
/// `string "a"`, `object null`, `object`, `undefined`.
pub fn typed_desc(v: Value) -> String {
    if v.is_undefined() {
        "undefined".to_string()
    } else if v.is_null() {
        "object null".to_string()
    } else if v.is_number() {
        format!("number {}", string::number_to_rust_string(v.as_number()))
    } else if v.is_bool() {
        format!("boolean {}", v == Value::TRUE)
    } else if is_string(v) {
        format!("string \"{}\"", string::to_rust_string(v))
    } else if is_function(v) {
        crate::inspect::inspect(v)
    } else {
        "object".to_string()
    }
}

pub fn not_iterable(v: Value) -> Value {
    throw_type_error(&format!(
        "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
        typed_desc(v)
    ))
}

// ---- constructor functions ----------------------------------------------------

native!(array_from, |this, args| {
    let items = arg(args, 0);
    let map_fn = arg(args, 1);
    let this_arg = arg(args, 2);
    if !map_fn.is_undefined() {
        require_callable(map_fn)?;
    }
    if items.is_nullish() {
        return Err(not_iterable(items));
    }
    let result = new_array(Vec::new());
    let _root = RootGuard::new(&[items, map_fn, this_arg, result]);
    if is_iterable(items) {
        let values = iterate_to_vec(items)?;
        for &v in &values {
            _root.push(v);
        }
        for (i, v) in values.into_iter().enumerate() {
            let v = if map_fn.is_undefined() {
                v
            } else {
                call(map_fn, this_arg, &[v, Value::number(i as f64)])?
            };
            elements(result).push(v);
        }
        return Ok(result);
    }
    let o = to_object(items)?;
    _root.push(o);
    let len = length_of(o)?;
    // `new Array(len)` refuses what no array can hold (before any element
    // is read).
    if len > u32::MAX as usize {
        return Err(throw_error(ErrorKind::RangeError, "Invalid array length"));
    }
    for i in 0..len {
        let v = get_index(o, i)?;
        let v = if map_fn.is_undefined() {
            v
        } else {
            call(map_fn, this_arg, &[v, Value::number(i as f64)])?
        };
        elements(result).push(v);
    }
    Ok(result)
});

fn to_object(v: Value) -> JsResult<Value> {
    crate::builtins::to_object(v)
}

native!(array_of, |this, args| Ok(crate::builtins::new_array_from(
    args
)));

native!(array_is_array, |this, args| Ok(Value::bool(is_array(arg(
    args, 0
)))));

// ---- mutators --------------------------------------------------------------------

native!(array_push, |this, args| {
    let a = mutable_array(this, "push")?;
    if a.frozen() && args.is_empty() {
        return Err(read_only("length"));
    }
    if (a.frozen() || !a.extensible()) && !args.is_empty() {
        return Err(throw_type_error(&format!(
            "Cannot add property {}, object is not extensible",
            a.elements.len()
        )));
    }
    a.elements.extend_from_slice(args);
    Ok(Value::number(a.elements.len() as f64))
});

native!(array_pop, |this, args| {
    let a = mutable_array(this, "pop")?;
    if a.frozen() {
        if a.elements.is_empty() {
            return Err(read_only("length"));
        }
        return Err(throw_type_error(&format!(
            "Cannot delete property '{}' of [object Array]",
            a.elements.len() - 1
        )));
    }
    Ok(match a.elements.pop() {
        Some(v) if !v.is_uninit() => v,
        _ => Value::UNDEFINED,
    })
});

native!(array_shift, |this, args| {
    let a = mutable_array(this, "shift")?;
    if a.frozen() {
        return Err(match a.elements.len() {
            0 => read_only("length"),
            1 => throw_type_error("Cannot delete property '0' of [object Array]"),
            _ => read_only("0"),
        });
    }
    if a.elements.is_empty() {
        return Ok(Value::UNDEFINED);
    }
    let v = a.elements.remove(0);
    Ok(if v.is_uninit() { Value::UNDEFINED } else { v })
});

native!(array_unshift, |this, args| {
    let a = mutable_array(this, "unshift")?;
    if !args.is_empty() && (a.frozen() || !a.extensible()) {
        return Err(throw_type_error(&format!(
            "Cannot add property {}, object is not extensible",
            a.elements.len() + args.len() - 1
        )));
    }
    if a.frozen() {
        return Err(read_only("length"));
    }
    a.elements.splice(0..0, args.iter().copied());
    Ok(Value::number(a.elements.len() as f64))
});

native!(array_splice, |this, args| {
    let a = mutable_array(this, "splice")?;
    let len = a.elements.len();
    let start = relative_index(arg(args, 0), len, 0)?;
    let delete_count = if args.is_empty() {
        0
    } else if args.len() == 1 {
        len - start
    } else {
        let dc = to_integer_or_infinity(args[1])?;
        dc.clamp(0.0, (len - start) as f64) as usize
    };
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    let a = unsafe { object_mut(this) };
    if a.frozen() {
        return Err(if delete_count == 0 && items.is_empty() {
            read_only("length")
        } else if delete_count == 0 && start == len {
            throw_type_error(&format!(
                "Cannot add property {start}, object is not extensible"
            ))
        } else {
            read_only(&start.to_string())
        });
    }
    // The conversions above may have run `valueOf` code that changed the
    // array: the spec works on the length read first (missing elements are
    // holes, later ones are cut off by the final length).
    if a.elements.len() != len {
        a.elements.resize(len, Value::UNINIT);
    }
    let removed: Vec<Value> = a
        .elements
        .splice(start..start + delete_count, items.iter().copied())
        .collect();
    Ok(new_array(removed))
});

native!(array_reverse, |this, args| {
    let a = mutable_array(this, "reverse")?;
    if a.elements.len() > 1 {
        check_not_frozen(a)?;
    }
    a.elements.reverse();
    Ok(this)
});

native!(array_fill, |this, args| {
    let a = mutable_array(this, "fill")?;
    let len = a.elements.len();
    let value = arg(args, 0);
    let start = relative_index(arg(args, 1), len, 0)?;
    let end = relative_index(arg(args, 2), len, len)?;
    let a = unsafe { object_mut(this) };
    if start < end {
        check_not_frozen(a)?;
        let end = end.min(a.elements.len());
        for e in &mut a.elements[start.min(end)..end] {
            *e = value;
        }
    }
    Ok(this)
});

native!(array_copy_within, |this, args| {
    let a = mutable_array(this, "copyWithin")?;
    let len = a.elements.len();
    let target = relative_index(arg(args, 0), len, 0)?;
    let start = relative_index(arg(args, 1), len, 0)?;
    let end = relative_index(arg(args, 2), len, len)?;
    let a = unsafe { object_mut(this) };
    let count = end.saturating_sub(start).min(len - target);
    if count > 0 {
        check_not_frozen(a)?;
        let src: Vec<Value> = a.elements[start..start + count].to_vec();
        a.elements[target..target + count].copy_from_slice(&src);
    }
    Ok(this)
});

/// SortCompare: undefined sorts last; the comparator or string order otherwise.
fn sort_compare(cmp: Value, a: Value, b: Value) -> JsResult<Ordering> {
    if a.is_undefined() && b.is_undefined() {
        return Ok(Ordering::Equal);
    }
    if a.is_undefined() {
        return Ok(Ordering::Greater);
    }
    if b.is_undefined() {
        return Ok(Ordering::Less);
    }
    if !cmp.is_undefined() {
        let r = to_number(call(cmp, Value::UNDEFINED, &[a, b])?)?;
        return Ok(if r < 0.0 {
            Ordering::Less
        } else if r > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        });
    }
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        if x == y {
            return Ok(Ordering::Equal);
        }
    }
    let sa = to_string(a)?;
    let _r = RootGuard::new(&[sa]);
    let sb = to_string(b)?;
    Ok(string::compare(sa, sb))
}

/// Sorts with a comparator the way V8's TimSort does (its
/// `ArrayTimSortImpl`), so that a comparator with side effects, or an
/// inconsistent one such as `(a, b) => a > b`, sees the same calls in the
/// same order and leaves the same result as node: below 64 values TimSort's
/// minimum run is the whole array, so it is one run found by
/// `CountAndMakeRun` (reversed when strictly descending) and then extended
/// by `BinaryInsertionSort`. Longer inputs use a stable merge sort (same
/// result for a consistent comparator). The values must be rooted by the
/// caller.
fn sort_like_v8(v: &mut [Value], cmp: Value) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if n >= 64 {
        return merge_sort(v, cmp);
    }
    let run = count_and_make_run(v, cmp)?;
    binary_insertion_sort(v, run, cmp)
}

/// V8's `CountAndMakeRun` on all of `v` (at least two values): the length
/// of the ascending run at its start (`a[0] <= a[1] <= ...`), or of the
/// strictly descending one (`a[0] > a[1] > ...`), which is reversed.
fn count_and_make_run(v: &mut [Value], cmp: Value) -> JsResult<usize> {
    let descending = sort_compare(cmp, v[1], v[0])? == Ordering::Less;
    let mut run = 2;
    let mut previous = v[1];
    for &current in &v[2..] {
        let order = sort_compare(cmp, current, previous)?;
        if descending == (order != Ordering::Less) {
            break;
        }
        previous = current;
        run += 1;
    }
    if descending {
        v[..run].reverse();
    }
    Ok(run)
}

/// V8's `BinaryInsertionSort`: inserts `v[start..]` one by one into the
/// sorted `v[..start]`, after any equal values (stable).
fn binary_insertion_sort(v: &mut [Value], start: usize, cmp: Value) -> JsResult<()> {
    for i in start..v.len() {
        let pivot = v[i];
        let (mut left, mut right) = (0, i);
        while left < right {
            let mid = left + ((right - left) >> 1);
            if sort_compare(cmp, pivot, v[mid])? == Ordering::Less {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        v.copy_within(left..i, left + 1);
        v[left] = pivot;
    }
    Ok(())
}

/// A stable merge sort whose comparison may fail (the comparator may throw).
/// The values must be rooted by the caller.
fn merge_sort(v: &mut [Value], cmp: Value) -> JsResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort for short inputs.
    if n <= 10 {
        return binary_insertion_sort(v, 1, cmp);
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], cmp)?;
    merge_sort(&mut v[mid..], cmp)?;
    if sort_compare(cmp, v[mid], v[mid - 1])? != Ordering::Less {
        return Ok(());
    }
    let left: Vec<Value> = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if sort_compare(cmp, v[j], left[i])? == Ordering::Less {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

/// Sorts a copy of the array's values; holes go last.
fn sorted_values(this: Value, cmp: Value, keep_holes: bool) -> JsResult<Vec<Value>> {
    let src = elements(this).to_vec();
    let mut items: Vec<Value> = src.iter().copied().filter(|e| !e.is_uninit()).collect();
    let holes = src.len() - items.len();
    // While the comparator runs, the values live in this vector: root them.
    let root = RootGuard::new(&items);
    root.push(this);
    root.push(cmp);
    // Undefined values are placed after the rest, without calling the comparator.
    let undefs = items.iter().filter(|v| v.is_undefined()).count();
    items.retain(|v| !v.is_undefined());
    if cmp.is_undefined() {
        // Compare by string form, computed once per element.
        let mut keyed = Vec::with_capacity(items.len());
        for &v in &items {
            let s = to_string(v)?;
            root.push(s);
            keyed.push((s, v));
        }
        keyed.sort_by(|a, b| string::compare(a.0, b.0));
        items = keyed.into_iter().map(|(_, v)| v).collect();
    } else {
        sort_like_v8(&mut items, cmp)?;
    }
    items.extend(std::iter::repeat_n(Value::UNDEFINED, undefs));
    let fill = if keep_holes {
        Value::UNINIT
    } else {
        Value::UNDEFINED
    };
    items.extend(std::iter::repeat_n(fill, holes));
    Ok(items)
}

fn check_comparator(cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !is_function(cmp) {
        return Err(throw_type_error(
            "The comparison function must be either a function or undefined",
        ));
    }
    Ok(())
}

native!(array_sort, |this, args| {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let a = mutable_array(this, "sort")?;
    if a.elements.len() > 1 {
        check_not_frozen(a)?;
    }
    let items = sorted_values(this, cmp, true)?;
    unsafe { object_mut(this) }.elements = items.into();
    Ok(this)
});

native!(array_to_sorted, |this, args| {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let copy = new_array(Vec::new());
    let _root = RootGuard::new(&[copy]);
    let src = copy_to_array(this, "toSorted")?;
    let items = sorted_values(src, cmp, false)?;
    *elements(copy) = items.into();
    Ok(copy)
});

/// A dense copy (holes read as undefined) of an array-like `this`.
fn copy_to_array(this: Value, name: &str) -> JsResult<Value> {
    let o = this_object(this, &format!("Array.prototype.{name}"))?;
    let result = new_array(Vec::new());
    let _root = RootGuard::new(&[o, result]);
    let len = length_of(o)?;
    for i in 0..len {
        let v = get_index(o, i)?;
        elements(result).push(v);
    }
    Ok(result)
}

native!(array_to_reversed, |this, args| {
    let copy = copy_to_array(this, "toReversed")?;
    elements(copy).reverse();
    Ok(copy)
});

native!(array_to_spliced, |this, args| {
    let copy = copy_to_array(this, "toSpliced")?;
    let _root = RootGuard::new(&[copy]);
    let len = elements(copy).len();
    let start = relative_index(arg(args, 0), len, 0)?;
    let skip = if args.is_empty() {
        0
    } else if args.len() == 1 {
        len - start
    } else {
        to_integer_or_infinity(args[1])?.clamp(0.0, (len - start) as f64) as usize
    };
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    elements(copy).splice(start..start + skip, items.iter().copied());
    Ok(copy)
});

native!(array_with, |this, args| {
    let copy = copy_to_array(this, "with")?;
    let _root = RootGuard::new(&[copy]);
    let len = elements(copy).len() as f64;
    let rel = to_integer_or_infinity(arg(args, 0))?;
    let idx = if rel >= 0.0 { rel } else { len + rel };
    if idx >= len || idx < 0.0 {
        return Err(throw_error(
            ErrorKind::RangeError,
            &format!("Invalid index : {}", string::number_to_rust_string(rel)),
        ));
    }
    elements(copy)[idx as usize] = arg(args, 1);
    Ok(copy)
});

// ---- readers --------------------------------------------------------------------

/// Array.prototype.join on any array-like; cycles print as "".
pub fn join(o: Value, sep: &[u16]) -> JsResult<Value> {
    join_with(o, sep, to_string)
}

/// `join`, with each element that is not null or undefined made a string
/// by `convert` (`toLocaleString` calls the element's own).
fn join_with(o: Value, sep: &[u16], convert: fn(Value) -> JsResult<Value>) -> JsResult<Value> {
    if rt().inspect_stack.contains(&o) {
        return Ok(string::intern(""));
    }
    let len = length_of(o)?;
    rt().inspect_stack.push(o);
    let _root = RootGuard::new(&[o]);
    let result = (|| {
        let mut out: Vec<u16> = Vec::new();
        for i in 0..len {
            if i > 0 {
                out.extend_from_slice(sep);
            }
            let v = get_index(o, i)?;
            if v.is_nullish() {
                continue;
            }
            let s = convert(v)?;
            out.extend_from_slice(unsafe { string::units(s) });
            if out.len() > crate::builtins_string::MAX_STRING_LENGTH {
                return Err(throw_error(ErrorKind::RangeError, "Invalid string length"));
            }
        }
        Ok(string::from_units(out))
    })();
    if let Some(pos) = rt().inspect_stack.iter().rposition(|x| *x == o) {
        rt().inspect_stack.truncate(pos);
    }
    result
}

native!(array_join, |this, args| {
    let o = this_object(this, "Array.prototype.join")?;
    let _root = RootGuard::new(&[o]);
    let sep = arg(args, 0);
    let sep: Vec<u16> = if sep.is_undefined() {
        vec![b',' as u16]
    } else {
        unsafe { string::units(to_string(sep)?) }.to_vec()
    };
    join(o, &sep)
});

native!(array_to_string, |this, args| {
    let o = this_object(this, "Array.prototype.toString")?;
    let _root = RootGuard::new(&[o]);
    let f = property::get(o, string::intern("join"))?;
    if is_function(f) {
        // The built-in join, directly; a replaced one is called.
        let code = unsafe { function_mut(f) }.code;
        if std::ptr::fn_addr_eq(code, array_join as JsCode) {
            return join(o, &[b',' as u16]);
        }
        return call(f, o, &[]);
    }
    Ok(string::from_str(&format!("[object {}]", to_string_tag(o))))
});

native!(array_to_locale_string, |this, args| {
    let o = this_object(this, "Array.prototype.toLocaleString")?;
    join_with(o, &[b',' as u16], element_to_locale_string)
});

/// `String(v.toLocaleString())`, as Array.prototype.toLocaleString converts
/// each element.
fn element_to_locale_string(v: Value) -> JsResult<Value> {
    let _root = RootGuard::new(&[v]);
    let f = property::get(v, string::intern("toLocaleString"))?;
    if !is_function(f) {
        return Err(throw_type_error(&format!(
            "{} is not a function",
            crate::builtins_object::value_desc(f)
        )));
    }
    let r = call(f, v, &[])?;
    to_string(r)
}

native!(array_slice, |this, args| {
    let o = this_object(this, "Array.prototype.slice")?;
    let len = length_of(o)?;
    let start = relative_index(arg(args, 0), len, 0)?;
    let end = relative_index(arg(args, 1), len, len)?;
    if is_array(o) {
        let e = elements(o);
        let end = end.min(e.len());
        let start = start.min(end);
        return Ok(crate::builtins::new_array_from(&e[start..end]));
    }
    let result = array_with_holes(end.saturating_sub(start));
    let _root = RootGuard::new(&[o, result]);
    for i in start..end {
        if has_index(o, i)? {
            let v = get_index(o, i)?;
            elements(result)[i - start] = v;
        }
    }
    Ok(result)
});

native!(array_concat, |this, args| {
    let o = this_object(this, "Array.prototype.concat")?;
    let result = new_array(Vec::new());
    let _root = RootGuard::new(&[o, result]);
    let mut items = vec![o];
    items.extend_from_slice(args);
    for &item in &items {
        _root.push(item);
    }
    for item in items {
        if is_array(item) {
            let src = elements(item).to_vec();
            elements(result).extend(src);
        } else {
            elements(result).push(item);
        }
    }
    Ok(result)
});

fn index_of(this: Value, args: &[Value], last: bool, name: &str) -> JsResult<Value> {
    let o = this_object(this, name)?;
    let _root = RootGuard::new(&[o]);
    let target = arg(args, 0);
    _root.push(target);
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::number(-1.0));
    }
    let found = |i: usize| -> JsResult<bool> {
        Ok(has_index(o, i)? && strict_equals(get_index(o, i)?, target))
    };
    if last {
        let from = if args.len() > 1 {
            to_integer_or_infinity(args[1])?
        } else {
            len as f64 - 1.0
        };
        let from = if from < 0.0 {
            len as f64 + from
        } else {
            from.min(len as f64 - 1.0)
        };
        if from < 0.0 {
            return Ok(Value::number(-1.0));
        }
        let mut i = from as usize + 1;
        while i > 0 {
            i -= 1;
            if found(i)? {
                return Ok(Value::number(i as f64));
            }
        }
    } else {
        let start = relative_index(arg(args, 1), len, 0)?;
        for i in start..len {
            if found(i)? {
                return Ok(Value::number(i as f64));
            }
        }
    }
    Ok(Value::number(-1.0))
}

native!(array_index_of, |this, args| index_of(
    this,
    args,
    false,
    "Array.prototype.indexOf"
));
native!(array_last_index_of, |this, args| index_of(
    this,
    args,
    true,
    "Array.prototype.lastIndexOf"
));

native!(array_includes, |this, args| {
    let o = this_object(this, "Array.prototype.includes")?;
    let _root = RootGuard::new(&[o]);
    let target = arg(args, 0);
    _root.push(target);
    let len = length_of(o)?;
    let start = relative_index(arg(args, 1), len, 0)?;
    for i in start..len {
        if same_value_zero(get_index(o, i)?, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
});

native!(array_at, |this, args| {
    let o = this_object(this, "Array.prototype.at")?;
    let _root = RootGuard::new(&[o]);
    let len = length_of(o)? as f64;
    let rel = to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    get_index(o, k as usize)
});

/// What a callback-driven method does with each element.
#[derive(Clone, Copy, PartialEq)]
enum Each {
    Visit,
    Map,
    Filter,
    Some,
    Every,
}

fn iterate(this: Value, args: &[Value], what: Each, name: &str) -> JsResult<Value> {
    let o = this_object(this, &format!("Array.prototype.{name}"))?;
    let f = arg(args, 0);
    let this_arg = arg(args, 1);
    let root = RootGuard::new(&[o, f, this_arg, Value::UNDEFINED, Value::UNDEFINED]);
    let len = length_of(o)?;
    require_callable(f)?;
    let result = match what {
        Each::Map => array_with_holes(len),
        Each::Filter => new_array(Vec::new()),
        _ => Value::UNDEFINED,
    };
    root.set(3, result);
    for i in 0..len {
        if !has_index(o, i)? {
            continue;
        }
        let v = get_index(o, i)?;
        root.set(4, v);
        let r = call(f, this_arg, &[v, Value::number(i as f64), o])?;
        match what {
            Each::Visit => {}
            Each::Map => elements(result)[i] = r,
            Each::Filter => {
                if to_boolean(r) {
                    elements(result).push(v);
                }
            }
            Each::Some => {
                if to_boolean(r) {
                    return Ok(Value::TRUE);
                }
            }
            Each::Every => {
                if !to_boolean(r) {
                    return Ok(Value::FALSE);
                }
            }
        }
    }
    Ok(match what {
        Each::Some => Value::FALSE,
        Each::Every => Value::TRUE,
        Each::Visit => Value::UNDEFINED,
        _ => result,
    })
}

native!(array_for_each, |this, args| iterate(
    this,
    args,
    Each::Visit,
    "forEach"
));
native!(array_map, |this, args| iterate(
    this,
    args,
    Each::Map,
    "map"
));
native!(array_filter, |this, args| iterate(
    this,
    args,
    Each::Filter,
    "filter"
));
native!(array_some, |this, args| iterate(
    this,
    args,
    Each::Some,
    "some"
));
native!(array_every, |this, args| iterate(
    this,
    args,
    Each::Every,
    "every"
));

fn find(this: Value, args: &[Value], from_end: bool, want_index: bool) -> JsResult<Value> {
    let o = this_object(this, "Array.prototype.find")?;
    let f = arg(args, 0);
    let this_arg = arg(args, 1);
    let root = RootGuard::new(&[o, f, this_arg, Value::UNDEFINED]);
    let len = length_of(o)?;
    require_callable(f)?;
    for j in 0..len {
        let i = if from_end { len - 1 - j } else { j };
        let v = get_index(o, i)?;
        root.set(3, v);
        let r = call(f, this_arg, &[v, Value::number(i as f64), o])?;
        if to_boolean(r) {
            return Ok(if want_index {
                Value::number(i as f64)
            } else {
                v
            });
        }
    }
    Ok(if want_index {
        Value::number(-1.0)
    } else {
        Value::UNDEFINED
    })
}

native!(array_find, |this, args| find(this, args, false, false));
native!(array_find_index, |this, args| find(this, args, false, true));
native!(array_find_last, |this, args| find(this, args, true, false));
native!(array_find_last_index, |this, args| find(
    this, args, true, true
));

fn reduce(this: Value, args: &[Value], right: bool) -> JsResult<Value> {
    let name = if right { "reduceRight" } else { "reduce" };
    let o = this_object(this, &format!("Array.prototype.{name}"))?;
    let f = arg(args, 0);
    let _root = RootGuard::new(&[o, f]);
    let len = length_of(o)?;
    require_callable(f)?;
    let order: Box<dyn Iterator<Item = usize>> = if right {
        Box::new((0..len).rev())
    } else {
        Box::new(0..len)
    };
    let mut order = order.peekable();
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        let mut found = None;
        for i in order.by_ref() {
            if has_index(o, i)? {
                found = Some(get_index(o, i)?);
                break;
            }
        }
        match found {
            Some(v) => v,
            None => {
                return Err(throw_type_error(
                    "Reduce of empty array with no initial value",
                ));
            }
        }
    };
    _root.push(acc);
    _root.push(Value::UNDEFINED);
    for i in order {
        if !has_index(o, i)? {
            continue;
        }
        let v = get_index(o, i)?;
        _root.set(3, v);
        acc = call(f, Value::UNDEFINED, &[acc, v, Value::number(i as f64), o])?;
        _root.set(2, acc);
    }
    Ok(acc)
}

native!(array_reduce, |this, args| reduce(this, args, false));
native!(array_reduce_right, |this, args| reduce(this, args, true));

fn flatten_into(
    target: Value,
    source: Value,
    depth: f64,
    map: Option<(Value, Value)>,
    root: &RootGuard,
) -> JsResult<()> {
    let len = length_of(source)?;
    for i in 0..len {
        if !has_index(source, i)? {
            continue;
        }
        let mut v = get_index(source, i)?;
        if let Some((f, this_arg)) = map {
            root.push(v);
            v = call(f, this_arg, &[v, Value::number(i as f64), source])?;
        }
        if depth > 0.0 && is_array(v) {
            root.push(v);
            flatten_into(target, v, depth - 1.0, None, root)?;
        } else {
            elements(target).push(v);
        }
    }
    Ok(())
}

native!(array_flat, |this, args| {
    let o = this_object(this, "Array.prototype.flat")?;
    let result = new_array(Vec::new());
    let root = RootGuard::new(&[o, result]);
    let d = arg(args, 0);
    let depth = if d.is_undefined() {
        1.0
    } else {
        to_integer_or_infinity(d)?
    };
    flatten_into(result, o, depth, None, &root)?;
    Ok(result)
});

native!(array_flat_map, |this, args| {
    let o = this_object(this, "Array.prototype.flatMap")?;
    let f = arg(args, 0);
    let this_arg = arg(args, 1);
    let result = new_array(Vec::new());
    let root = RootGuard::new(&[o, result, f, this_arg]);
    if !is_function(f) {
        return Err(throw_type_error("flatMap mapper function is not callable"));
    }
    flatten_into(result, o, 1.0, Some((f, this_arg)), &root)?;
    Ok(result)
});

fn array_iterator(this: Value, kind: IterKind, name: &str) -> JsResult<Value> {
    let o = this_object(this, &format!("Array.prototype.{name}"))?;
    if !is_array(o) {
        // The iterator protocol of iter.rs walks real arrays: copy array-likes.
        let copy = copy_to_array(o, name)?;
        return Ok(new_iterator(copy, kind));
    }
    Ok(new_iterator(o, kind))
}

native!(array_keys, |this, args| array_iterator(
    this,
    IterKind::ArrayKeys,
    "keys"
));
native!(array_values, |this, args| array_iterator(
    this,
    IterKind::ArrayValues,
    "values"
));
native!(array_entries, |this, args| array_iterator(
    this,
    IterKind::ArrayEntries,
    "entries"
));

/// The code of `Array.prototype.push`: compiled code appends inline when a
/// call's callee has this code, the receiver is an extensible array with
/// spare capacity, and there is one argument.
#[unsafe(no_mangle)]
pub static bibao_array_push_code: JsCode = array_push;

pub fn install() {
    let g = rt().global;
    let array = match lookup(g, string::intern("Array")) {
        Some((_, p)) => p.value,
        None => return,
    };
    let p = rt().protos.array;
    method(array, "isArray", 1, array_is_array);
    method(array, "from", 1, array_from);
    method(array, "of", 0, array_of);
    method(p, "push", 1, array_push);
    method(p, "pop", 0, array_pop);
    method(p, "shift", 0, array_shift);
    method(p, "unshift", 1, array_unshift);
    method(p, "splice", 2, array_splice);
    method(p, "reverse", 0, array_reverse);
    method(p, "fill", 1, array_fill);
    method(p, "copyWithin", 2, array_copy_within);
    method(p, "sort", 1, array_sort);
    method(p, "toSorted", 1, array_to_sorted);
    method(p, "toReversed", 0, array_to_reversed);
    method(p, "toSpliced", 2, array_to_spliced);
    method(p, "with", 2, array_with);
    method(p, "join", 1, array_join);
    method(p, "toString", 0, array_to_string);
    method(p, "toLocaleString", 0, array_to_locale_string);
    method(p, "slice", 2, array_slice);
    method(p, "concat", 1, array_concat);
    method(p, "indexOf", 1, array_index_of);
    method(p, "lastIndexOf", 1, array_last_index_of);
    method(p, "includes", 1, array_includes);
    method(p, "at", 1, array_at);
    method(p, "forEach", 1, array_for_each);
    method(p, "map", 1, array_map);
    method(p, "filter", 1, array_filter);
    method(p, "some", 1, array_some);
    method(p, "every", 1, array_every);
    method(p, "find", 1, array_find);
    method(p, "findIndex", 1, array_find_index);
    method(p, "findLast", 1, array_find_last);
    method(p, "findLastIndex", 1, array_find_last_index);
    method(p, "reduce", 1, array_reduce);
    method(p, "reduceRight", 1, array_reduce_right);
    method(p, "flat", 0, array_flat);
    method(p, "flatMap", 1, array_flat_map);
    method(p, "keys", 0, array_keys);
    method(p, "values", 0, array_values);
    method(p, "entries", 0, array_entries);
}
