//! The `console` object: `log` and friends, `dir`, groups (their
//! indentation applies to every line any console method writes), `count`,
//! `assert`, `time`/`timeLog`/`timeEnd` and `trace`, as node v20's
//! `lib/internal/console/constructor.js` words them.

use crate::builtins::{arg, method, write_stderr, write_stdout};
use crate::heap::*;
use crate::native;
use crate::object::*;
use crate::ops::{JsResult, to_boolean, to_number, to_string};
use crate::string;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Instant;

/// What the console remembers between calls (one program thread).
#[derive(Default)]
struct ConsoleState {
    /// The group indentation: two spaces per open group.
    indent: String,
    counts: HashMap<String, u64>,
    timers: HashMap<String, Instant>,
}

thread_local! {
    static STATE: RefCell<ConsoleState> = RefCell::new(ConsoleState::default());
}

/// Where a console method writes.
#[derive(Copy, Clone)]
enum Stream {
    Out,
    Err,
}

/// Writes `text` and a newline, every line indented by the open groups.
fn write_line(stream: Stream, text: &str) {
    let indent = STATE.with(|s| s.borrow().indent.clone());
    let mut line = if indent.is_empty() {
        text.to_owned()
    } else {
        format!("{indent}{}", text.replace('\n', &format!("\n{indent}")))
    };
    line.push('\n');
    match stream {
        Stream::Out => write_stdout(&line),
        Stream::Err => write_stderr(&line),
    }
}

/// A label argument as a Rust string (`undefined`: "default").
fn label_of(v: Value) -> JsResult<String> {
    if v == Value::UNDEFINED {
        return Ok("default".into());
    }
    Ok(string::to_rust_string(to_string(v)?))
}

native!(console_log, |this, args| {
    write_line(Stream::Out, &crate::inspect::format_args(args));
    Ok(Value::UNDEFINED)
});

native!(console_error, |this, args| {
    write_line(Stream::Err, &crate::inspect::format_args(args));
    Ok(Value::UNDEFINED)
});

// `console.dir(v, options)`: `util.inspect(v, options)` of the first
// argument only; the `depth` option is honoured (`null` or `Infinity`:
// unlimited).
native!(console_dir, |this, args| {
    let v = arg(args, 0);
    let options = arg(args, 1);
    let mut depth = crate::inspect::DEFAULT_DEPTH;
    if is_object(options) {
        let d = crate::property::get(options, string::intern("depth"))?;
        if d == Value::NULL {
            depth = i64::MAX;
        } else if d != Value::UNDEFINED {
            let n = to_number(d)?;
            depth = if n.is_nan() {
                0
            } else if n >= i64::MAX as f64 {
                i64::MAX
            } else {
                n as i64
            };
        }
    }
    let text = crate::inspect::inspect_with(v, depth, false);
    write_line(Stream::Out, &text);
    Ok(Value::UNDEFINED)
});

// `console.group(...label)` and `groupCollapsed`: the label as `log` prints
// it, when given, then two more spaces of indentation.
native!(console_group, |this, args| {
    if !args.is_empty() {
        write_line(Stream::Out, &crate::inspect::format_args(args));
    }
    STATE.with(|s| s.borrow_mut().indent.push_str("  "));
    Ok(Value::UNDEFINED)
});

native!(console_group_end, |this, args| {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let len = s.indent.len().saturating_sub(2);
        s.indent.truncate(len);
    });
    Ok(Value::UNDEFINED)
});

// `console.count(label)`: "label: n" on stdout.
native!(console_count, |this, args| {
    let label = label_of(arg(args, 0))?;
    let n = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let n = s.counts.entry(label.clone()).or_insert(0);
        *n += 1;
        *n
    });
    write_line(Stream::Out, &format!("{label}: {n}"));
    Ok(Value::UNDEFINED)
});

native!(console_count_reset, |this, args| {
    let label = label_of(arg(args, 0))?;
    let known = STATE.with(|s| s.borrow_mut().counts.insert(label.clone(), 0).is_some());
    if !known {
        STATE.with(|s| s.borrow_mut().counts.remove(&label));
        process_warning(&format!("Count for '{label}' does not exist"));
    }
    Ok(Value::UNDEFINED)
});

// `console.assert(value, ...data)`: nothing when `value` is truthy; else
// `warn` of "Assertion failed" and, when there is data, ": " and the first
// datum as a string (so a format string in it still applies to the rest).
native!(console_assert, |this, args| {
    if to_boolean(arg(args, 0)) {
        return Ok(Value::UNDEFINED);
    }
    let data = args.get(1..).unwrap_or(&[]);
    let mut text = String::from("Assertion failed");
    if let Some(&first) = data.first() {
        text.push_str(": ");
        text.push_str(&string::to_rust_string(to_string(first)?));
    }
    let head = string::from_str(&text);
    let _root = crate::gc::RootGuard::new(&[head]);
    let mut all = vec![head];
    all.extend_from_slice(data.get(1..).unwrap_or(&[]));
    write_line(Stream::Err, &crate::inspect::format_args(&all));
    Ok(Value::UNDEFINED)
});

native!(console_time, |this, args| {
    let label = label_of(arg(args, 0))?;
    let exists = STATE.with(|s| s.borrow().timers.contains_key(&label));
    if exists {
        process_warning(&format!(
            "Label '{label}' already exists for console.time()"
        ));
    } else {
        STATE.with(|s| s.borrow_mut().timers.insert(label, Instant::now()));
    }
    Ok(Value::UNDEFINED)
});

/// `timeLog` (the timer keeps running) and `timeEnd` (it stops).
fn time_log(args: &[Value], end: bool, name: &str) -> JsResult<Value> {
    let label = label_of(arg(args, 0))?;
    let start = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if end {
            s.timers.remove(&label)
        } else {
            s.timers.get(&label).copied()
        }
    });
    let Some(start) = start else {
        process_warning(&format!("No such label '{label}' for console.{name}()"));
        return Ok(Value::UNDEFINED);
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let mut text = format!("{label}: {}", format_time(ms));
    let data = args.get(1..).unwrap_or(&[]);
    if !end && !data.is_empty() {
        text.push(' ');
        text.push_str(&crate::inspect::format_args(data));
    }
    write_line(Stream::Out, &text);
    Ok(Value::UNDEFINED)
}

native!(console_time_log, |this, args| {
    time_log(args, false, "timeLog")
});

native!(console_time_end, |this, args| {
    time_log(args, true, "timeEnd")
});

/// node's `formatTime`: milliseconds with up to three decimals below a
/// second, seconds below a minute, else `m:ss.mmm` or `h:mm:ss.mmm`.
fn format_time(ms: f64) -> String {
    const SECOND: f64 = 1000.0;
    const MINUTE: f64 = 60.0 * SECOND;
    const HOUR: f64 = 60.0 * MINUTE;
    if ms < SECOND {
        // `${Number(ms.toFixed(3))}ms`
        let rounded = crate::builtins_number::to_fixed(ms, 3);
        let n: f64 = rounded.parse().unwrap_or(ms);
        return format!("{}ms", string::number_to_rust_string(n));
    }
    if ms < MINUTE {
        return format!("{}s", crate::builtins_number::to_fixed(ms / SECOND, 3));
    }
    let hours = (ms / HOUR).floor();
    let rest = ms - hours * HOUR;
    let minutes = (rest / MINUTE).floor();
    let seconds = crate::builtins_number::to_fixed((rest - minutes * MINUTE) / SECOND, 3);
    let (secs, millis) = seconds.split_once('.').unwrap_or((&seconds, "000"));
    if hours != 0.0 {
        format!("{hours}:{minutes:02}:{secs:0>2}.{millis} (h:mm:ss.mmm)")
    } else {
        format!("{minutes}:{secs:0>2}.{millis} (m:ss.mmm)")
    }
}

// `console.trace(...data)`: "Trace: " and the data on stderr (bibao has no
// stack frames to list after it).
native!(console_trace, |this, args| {
    let mut text = String::from("Trace");
    if !args.is_empty() {
        text.push_str(": ");
        text.push_str(&crate::inspect::format_args(args));
    }
    write_line(Stream::Err, &text);
    Ok(Value::UNDEFINED)
});

/// A process warning on stderr, as node prints one (the first with node's
/// hint after it).
fn process_warning(message: &str) {
    thread_local! {
        static WARNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let mut text = format!("(node:{}) Warning: {message}\n", std::process::id());
    if !WARNED.with(|w| w.replace(true)) {
        text.push_str("(Use `node --trace-warnings ...` to show where the warning was created)\n");
    }
    write_stderr(&text);
}

/// Creates the `console` object.
pub fn install(global: Value) {
    let console = new_plain_object();
    method(console, "log", 0, console_log);
    method(console, "info", 0, console_log);
    method(console, "debug", 0, console_log);
    method(console, "error", 0, console_error);
    method(console, "warn", 0, console_error);
    method(console, "dir", 0, console_dir);
    method(console, "group", 0, console_group);
    method(console, "groupCollapsed", 0, console_group);
    method(console, "groupEnd", 0, console_group_end);
    method(console, "count", 0, console_count);
    method(console, "countReset", 0, console_count_reset);
    method(console, "assert", 0, console_assert);
    method(console, "time", 0, console_time);
    method(console, "timeLog", 0, console_time_log);
    method(console, "timeEnd", 0, console_time_end);
    method(console, "trace", 0, console_trace);
    define_str(
        global,
        "console",
        console,
        PROP_WRITABLE | PROP_CONFIGURABLE,
    );
}
