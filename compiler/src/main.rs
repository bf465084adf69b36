//! The `bibao` command line.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const HELP: &str = "\
bibao: compile JavaScript to native executables

USAGE:
    bibao build <FILE.js> [-o <OUT>] [--emit=ast|scopes|ir|clif|obj]
    bibao run <FILE.js> [ARGS...]
    bibao ir <FILE.js>
    bibao difftest <FILE.js>...

COMMANDS:
    build       Compile FILE.js to a native executable (default output: the
                file name without .js). With --emit, print (or, for obj,
                write) that pass's output instead of linking.
    run         Build into a temporary directory and run the program; exits
                with the program's status.
    ir          Print the closure-converted IR: flat functions, environment
                layouts, boxes and closure allocations.
    difftest    Build and run each file, run it with node too, and compare
                stdout and exit status. Exits 1 if any differs.

OPTIONS:
    -o <OUT>        Output path for `build`
    --emit=<KIND>   ast | scopes | ir | clif | obj
    -h, --help      Print this help
    -V, --version   Print the version

ENVIRONMENT (of the compiled program):
    BIBAO_GC=stress   collect at every safepoint
    BIBAO_GC=stats    print collector statistics to stderr at exit
    BIBAO_GC=off      never collect
";

unsafe extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
}

fn main() -> ExitCode {
    // Like other command-line tools, end quietly when the reader of our
    // output goes away (`bibao ir x.js | head`), instead of a write error.
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    // SAFETY: restores the default disposition of one signal at startup.
    unsafe { signal(SIGPIPE, SIG_DFL) };
    let args: Vec<String> = std::env::args().skip(1).collect();
    // A panic is a bug in bibao: report it as an internal compiler error.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("internal compiler error: {info}");
        eprintln!("note: this is a bug in bibao; please report it with the input program");
    }));
    // The passes recurse over the syntax tree: a long `a + b + ... + z`
    // chain is as deep as it is long. They run on a thread whose stack has
    // room for programs far beyond what people write (pages are only
    // committed when used).
    let compiler = std::thread::Builder::new()
        .name("bibao".to_string())
        .stack_size(COMPILER_STACK_BYTES)
        .spawn(move || std::panic::catch_unwind(|| run_cli(&args)));
    match compiler.map(|thread| thread.join()) {
        Ok(Ok(Ok(code))) => code,
        Ok(_) => ExitCode::from(101),
        Err(e) => {
            eprintln!("error: cannot start the compiler thread: {e}");
            ExitCode::from(1)
        }
    }
}

/// The compiler thread's stack: 1 GiB of address space.
const COMPILER_STACK_BYTES: usize = 1 << 30;

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\n\n{HELP}");
    ExitCode::from(2)
}

fn report(e: bibao::Error) -> ExitCode {
    eprint!("{e}");
    if !matches!(e, bibao::Error::Diagnostic(_)) {
        eprintln!();
    }
    ExitCode::from(1)
}

fn read(path: &str) -> Result<String, bibao::Error> {
    std::fs::read_to_string(path).map_err(|e| bibao::Error::Io(format!("cannot read {path}: {e}")))
}

fn run_cli(args: &[String]) -> ExitCode {
    let Some(cmd) = args.first() else {
        return usage_error("no command given");
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            println!("bibao {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        "build" => cmd_build(&args[1..]),
        "run" => cmd_run(&args[1..]),
        "ir" => {
            let Some(file) = args.get(1) else {
                return usage_error("`bibao ir` needs a file");
            };
            match read(file).and_then(|s| bibao::compile_to_ir(&s, file)) {
                Ok(m) => {
                    print!("{}", m.print());
                    ExitCode::SUCCESS
                }
                Err(e) => report(e),
            }
        }
        "difftest" => cmd_difftest(&args[1..]),
        other => usage_error(&format!("unknown command `{other}`")),
    }
}

fn cmd_build(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut output = None;
    let mut emit = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-o" {
            i += 1;
            match args.get(i) {
                Some(o) => output = Some(PathBuf::from(o)),
                None => return usage_error("-o needs a path"),
            }
        } else if let Some(k) = a.strip_prefix("--emit=") {
            emit = Some(k.to_string());
        } else if a.starts_with('-') {
            return usage_error(&format!("unknown option `{a}`"));
        } else if input.is_none() {
            input = Some(a.clone());
        } else {
            return usage_error("`bibao build` takes one input file");
        }
        i += 1;
    }
    let Some(input) = input else {
        return usage_error("`bibao build` needs an input file");
    };
    let source = match read(&input) {
        Ok(s) => s,
        Err(e) => return report(e),
    };
    let result = match emit.as_deref() {
        None => {
            let out = output.unwrap_or_else(|| {
                let p = Path::new(&input);
                p.with_extension("")
            });
            bibao::build(Path::new(&input), &out)
        }
        Some("ast") => bibao::ast_text(&source, &input).map(|t| print!("{t}")),
        Some("scopes") => bibao::scopes_text(&source, &input).map(|t| print!("{t}")),
        Some("ir") => bibao::compile_to_ir(&source, &input).map(|m| print!("{}", m.print())),
        Some("clif") => {
            bibao::compile_to_object(&source, &input, true).map(|l| print!("{}", l.clif))
        }
        Some("obj") => bibao::compile_to_object(&source, &input, false).and_then(|l| {
            let out = output.unwrap_or_else(|| Path::new(&input).with_extension("o"));
            std::fs::write(&out, l.object)
                .map_err(|e| bibao::Error::Io(format!("cannot write {}: {e}", out.display())))
        }),
        Some(other) => {
            return usage_error(&format!(
                "unknown --emit kind `{other}` (ast, scopes, ir, clif, obj)"
            ));
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(e),
    }
}

fn build_temp(input: &str) -> Result<(tempfile::TempDir, PathBuf), bibao::Error> {
    let dir = tempfile::Builder::new()
        .prefix("bibao-run-")
        .tempdir()
        .map_err(|e| bibao::Error::Io(format!("cannot create a temporary directory: {e}")))?;
    let exe = dir.path().join("program");
    bibao::build(Path::new(input), &exe)?;
    Ok((dir, exe))
}

fn cmd_run(args: &[String]) -> ExitCode {
    let Some(input) = args.first() else {
        return usage_error("`bibao run` needs a file");
    };
    let (_dir, exe) = match build_temp(input) {
        Ok(x) => x,
        Err(e) => return report(e),
    };
    match Command::new(&exe).args(&args[1..]).status() {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1) as u8),
        Err(e) => {
            eprintln!("error: cannot run the program: {e}");
            ExitCode::from(1)
        }
    }
}

fn cmd_difftest(files: &[String]) -> ExitCode {
    if files.is_empty() {
        return usage_error("`bibao difftest` needs at least one file");
    }
    let mut failed = 0;
    for file in files {
        match difftest_one(file) {
            Ok(None) => println!("ok    {file}"),
            Ok(Some(diff)) => {
                failed += 1;
                println!("FAIL  {file}\n{diff}");
            }
            Err(e) => {
                failed += 1;
                println!("FAIL  {file}: {e}");
            }
        }
    }
    println!("{} passed, {} failed", files.len() - failed, failed);
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn difftest_one(file: &str) -> Result<Option<String>, String> {
    let (_dir, exe) = build_temp(file).map_err(|e| e.to_string())?;
    let ours = Command::new(&exe)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cannot run the program: {e}"))?;
    let node = Command::new("node")
        .arg(file)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let mut report = String::new();
    if ours.stdout != node.stdout {
        report.push_str(&line_diff(
            &String::from_utf8_lossy(&node.stdout),
            &String::from_utf8_lossy(&ours.stdout),
        ));
    }
    if ours.status.code() != node.status.code() {
        report.push_str(&format!(
            "  exit status: node {:?}, bibao {:?}\n",
            node.status.code(),
            ours.status.code()
        ));
    }
    Ok(if report.is_empty() {
        None
    } else {
        Some(report)
    })
}

/// A small line diff: `-` node's lines, `+` ours, around the first difference.
fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = format!(
        "  stdout differs from line {} (- node, + bibao):\n",
        first + 1
    );
    for l in e.iter().skip(first).take(10) {
        out.push_str(&format!("  - {l}\n"));
    }
    for l in a.iter().skip(first).take(10) {
        out.push_str(&format!("  + {l}\n"));
    }
    out
}
