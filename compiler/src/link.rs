//! Linking: the program's object file plus the embedded runtime archive,
//! with the system `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime static library, built by `build.rs`.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libbibao_runtime.a"));

/// A copy of the runtime archive on disk, written once per runtime version
/// in the user's cache directory (`$XDG_CACHE_HOME/bibao` or
/// `~/.cache/bibao`), so that a build does not write 5 MB each time.
/// None when there is no usable cache directory.
fn cached_runtime_archive() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_CACHE_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache"),
    };
    let dir = base.join("bibao");
    let path = dir.join(format!("libbibao_runtime-{}.a", env!("BIBAO_RUNTIME_HASH")));
    if std::fs::metadata(&path).is_ok_and(|m| m.len() == RUNTIME_ARCHIVE.len() as u64) {
        return Some(path);
    }
    std::fs::create_dir_all(&dir).ok()?;
    // Written under a unique name, then renamed: concurrent builds never see
    // a partial archive.
    let tmp = tempfile::Builder::new()
        .prefix("libbibao_runtime-")
        .tempfile_in(&dir)
        .ok()?;
    std::fs::write(tmp.path(), RUNTIME_ARCHIVE).ok()?;
    tmp.persist(&path).ok()?;
    Some(path)
}

/// Is GNU gold on the PATH? It links a bibao program in about 60% of the
/// time ld.bfd takes (70 ms instead of 120 ms for deltablue), so `link`
/// uses it when it is there, and the default linker otherwise.
fn gold_available() -> bool {
    static GOLD: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *GOLD.get_or_init(|| {
        std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|dir| dir.join("ld.gold").is_file())
        })
    })
}

/// Links `object` into the executable `output`.
pub fn link(object: &[u8], output: &Path) -> Result<(), String> {
    let dir = tempfile::Builder::new()
        .prefix("bibao-link-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let obj_path = dir.path().join("program.o");
    std::fs::write(&obj_path, object)
        .map_err(|e| format!("cannot write {}: {e}", obj_path.display()))?;
    let lib_path = match cached_runtime_archive() {
        Some(p) => p,
        None => {
            let p = dir.path().join("libbibao_runtime.a");
            std::fs::write(&p, RUNTIME_ARCHIVE)
                .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            p
        }
    };
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let run = |gold: bool| {
        let mut cmd = Command::new(&cc);
        cmd.arg(&obj_path)
            .arg(&lib_path)
            .arg("-o")
            .arg(output)
            .args([
                "-lgcc_s",
                "-lutil",
                "-lrt",
                "-lpthread",
                "-lm",
                "-ldl",
                "-lc",
                "-Wl,--gc-sections",
                "-s",
            ]);
        if gold {
            cmd.arg("-fuse-ld=gold");
        }
        cmd.output().map_err(|e| {
            format!(
                "cannot run the linker `{cc}`: {e} (bibao needs a C compiler driver such as gcc)"
            )
        })
    };
    let mut out = run(gold_available())?;
    if !out.status.success() && gold_available() {
        // gold is present but failed: the system's default linker decides.
        out = run(false)?;
    }
    if !out.status.success() {
        let _ = std::fs::remove_file(output);
        return Err(format!(
            "linking failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}
