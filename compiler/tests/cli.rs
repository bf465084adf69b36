//! The `bibao` command itself (not the library): what only `main` does.

use std::process::Command;

/// The passes recurse over the syntax tree, so a long operator chain is a
/// deep recursion: `main` runs them on a thread with a large stack. With the
/// default 8 MB main-thread stack, about 12,000 terms overflowed it.
#[test]
fn long_expression_chains_compile() {
    let terms = 15_000;
    let chain = vec!["x"; terms].join(" + ");
    let source = format!("let x = \"a\";\nconsole.log(({chain}).length);\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let js = dir.path().join("chain.js");
    std::fs::write(&js, source).expect("write the program");
    let out = Command::new(env!("CARGO_BIN_EXE_bibao"))
        .arg("run")
        .arg(&js)
        .output()
        .expect("run bibao");
    assert!(
        out.status.success(),
        "bibao run failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{terms}\n"));
}
