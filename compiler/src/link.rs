//! Linking: the program's object file plus the embedded runtime archive,
//! with the system `cc`.

use std::path::Path;
use std::process::Command;

/// The runtime static library, built by `build.rs`.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libbibao_runtime.a"));

/// Links `object` into the executable `output`.
pub fn link(object: &[u8], output: &Path) -> Result<(), String> {
    let dir = tempfile::Builder::new()
        .prefix("bibao-link-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let obj_path = dir.path().join("program.o");
    let lib_path = dir.path().join("libbibao_runtime.a");
    std::fs::write(&obj_path, object)
        .map_err(|e| format!("cannot write {}: {e}", obj_path.display()))?;
    std::fs::write(&lib_path, RUNTIME_ARCHIVE)
        .map_err(|e| format!("cannot write {}: {e}", lib_path.display()))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(&cc)
        .arg(&obj_path)
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
        ])
        .output()
        .map_err(|e| {
            format!(
                "cannot run the linker `{cc}`: {e} (bibao needs a C compiler driver such as gcc)"
            )
        })?;
    if !out.status.success() {
        let _ = std::fs::remove_file(output);
        return Err(format!(
            "linking failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}
