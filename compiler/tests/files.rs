//! File-driven tests over the corpora in the repository's `tests/` folder:
//!
//! - `run/**/*.js`: compile, run, and compare with node's output committed
//!   beside each program (`.stdout`, `.status`, `.stderr`); the same binary is
//!   run again under `BIBAO_GC=stress`. When node is installed, the committed
//!   expectations are also re-checked against node (`node_agrees/...`).
//!   Regenerate expectations with `tests/bless-run-tests.sh`.
//! - `ir/*.js`: the printed closure IR must equal `.ir` beside it.
//! - `diag/*.js`: compilation must fail with the diagnostic in `.diag`.
//!
//! `BIBAO_BLESS=1 cargo test --test files` rewrites `.ir` and `.diag` files from
//! the current compiler (review the diff!). Run expectations come only from node.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("repo root")
        .to_path_buf()
}

fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_with_ext(&p, ext));
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn test_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .with_extension("")
        .to_string_lossy()
        .replace('\\', "/")
}

fn read_opt(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

struct Expected {
    stdout: String,
    status: i32,
    stderr_line: Option<String>,
}

fn expected(js: &Path) -> Result<Expected, Failed> {
    let stdout = read_opt(&js.with_extension("stdout")).ok_or_else(|| {
        format!(
            "{} has no .stdout (run tests/bless-run-tests.sh)",
            js.display()
        )
    })?;
    let status = match read_opt(&js.with_extension("status")) {
        Some(s) => s
            .trim()
            .parse()
            .map_err(|_| format!("bad .status for {}", js.display()))?,
        None => 0,
    };
    let stderr_line =
        read_opt(&js.with_extension("stderr")).map(|s| s.trim_end_matches('\n').to_string());
    Ok(Expected {
        stdout,
        status,
        stderr_line,
    })
}

fn run_binary(exe: &Path, gc: Option<&str>) -> Result<std::process::Output, Failed> {
    let mut cmd = Command::new(exe);
    cmd.stdin(Stdio::null()).current_dir(repo_root());
    if let Some(mode) = gc {
        cmd.env("BIBAO_GC", mode);
    }
    cmd.output()
        .map_err(|e| Failed::from(format!("cannot run {}: {e}", exe.display())))
}

fn check_output(what: &str, out: &std::process::Output, exp: &Expected) -> Result<(), Failed> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stdout != exp.stdout {
        return Err(format!(
            "{what}: stdout differs\n--- expected (node)\n{}\n--- actual (bibao)\n{}\n--- stderr\n{}",
            exp.stdout, stdout, stderr
        )
        .into());
    }
    let status = out.status.code().unwrap_or(-1);
    if status != exp.status {
        return Err(format!(
            "{what}: exit status {status}, node's is {}\n--- stderr\n{stderr}",
            exp.status
        )
        .into());
    }
    if let Some(line) = &exp.stderr_line
        && !stderr.lines().any(|l| l == line)
    {
        return Err(
            format!("{what}: stderr lacks node's line `{line}`\n--- stderr\n{stderr}").into(),
        );
    }
    Ok(())
}

fn run_test(js: &Path) -> Result<(), Failed> {
    let exp = expected(js)?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let exe = dir.path().join("program");
    bibao::build(js, &exe).map_err(|e| format!("build failed:\n{e}"))?;
    let out = run_binary(&exe, None)?;
    check_output("normal run", &out, &exp)?;
    let out = run_binary(&exe, Some("stress"))?;
    check_output("BIBAO_GC=stress run", &out, &exp)?;
    Ok(())
}

fn node_agrees(js: &Path) -> Result<(), Failed> {
    let exp = expected(js)?;
    let out = Command::new("node")
        .arg(js)
        .stdin(Stdio::null())
        .current_dir(repo_root())
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout != exp.stdout || out.status.code().unwrap_or(-1) != exp.status {
        return Err(format!(
            "the committed expectation of {} no longer matches node; rerun tests/bless-run-tests.sh",
            js.display()
        )
        .into());
    }
    Ok(())
}

fn blessing() -> bool {
    std::env::var("BIBAO_BLESS").is_ok_and(|v| v == "1")
}

fn compare_or_bless(path: &Path, actual: &str) -> Result<(), Failed> {
    if blessing() {
        std::fs::write(path, actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = read_opt(path)
        .ok_or_else(|| format!("{} is missing (bless with BIBAO_BLESS=1)", path.display()))?;
    if expected != actual {
        return Err(format!(
            "{} differs\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )
        .into());
    }
    Ok(())
}

fn display_name(root: &Path, js: &Path) -> String {
    js.strip_prefix(root)
        .unwrap_or(js)
        .to_string_lossy()
        .to_string()
}

fn ir_test(root: &Path, js: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(js).map_err(|e| e.to_string())?;
    let module = bibao::compile_to_ir(&src, &display_name(root, js)).map_err(|e| e.to_string())?;
    compare_or_bless(&js.with_extension("ir"), &module.print())
}

fn diag_test(root: &Path, js: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(js).map_err(|e| e.to_string())?;
    match bibao::compile_to_object(&src, &display_name(root, js), false) {
        Ok(_) => Err("compiled, but a diagnostic was expected".into()),
        Err(bibao::Error::Diagnostic(text)) => compare_or_bless(&js.with_extension("diag"), &text),
        Err(other) => Err(format!("expected a diagnostic, got: {other}").into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = repo_root();
    let tests_dir = root.join("tests");
    let has_node = Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let mut trials = Vec::new();
    for js in files_with_ext(&tests_dir.join("run"), "js") {
        let name = test_name(&tests_dir, &js);
        let p = js.clone();
        trials.push(Trial::test(name.clone(), move || run_test(&p)));
        let p = js.clone();
        trials.push(
            Trial::test(format!("node_agrees/{name}"), move || node_agrees(&p))
                .with_ignored_flag(!has_node),
        );
    }
    for js in files_with_ext(&tests_dir.join("ir"), "js") {
        let name = test_name(&tests_dir, &js);
        let (r, p) = (tests_dir.clone(), js.clone());
        trials.push(Trial::test(name, move || ir_test(&r, &p)));
    }
    for js in files_with_ext(&tests_dir.join("diag"), "js") {
        let name = test_name(&tests_dir, &js);
        let (r, p) = (tests_dir.clone(), js.clone());
        trials.push(Trial::test(name, move || diag_test(&r, &p)));
    }
    libtest_mimic::run(&args, trials).exit();
}
