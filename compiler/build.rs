//! Compiles the runtime crate into a static library and puts it in OUT_DIR;
//! the compiler embeds it (`include_bytes!`) and links it into every program.
//! Plain `rustc`, no nested cargo: the runtime depends on std only.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let runtime_src = manifest.join("../runtime/src");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let archive = out_dir.join("libbibao_runtime.a");
    let status = Command::new(&rustc)
        .args([
            "--crate-type=staticlib",
            "--crate-name=bibao_runtime",
            "--edition=2024",
            "-C",
            "opt-level=3",
            "-C",
            "force-frame-pointers=yes",
            "-C",
            "debug-assertions=no",
            "-C",
            "overflow-checks=no",
            "-C",
            "codegen-units=1",
            // A panic in the runtime cannot unwind through compiled frames
            // (every export is `extern "C"`), so it aborts either way; without
            // landing pads the runtime is smaller (hello world: -50 KB).
            "-C",
            "panic=abort",
            "--cfg",
            "bibao_staticlib",
            "--cap-lints=allow",
            "-o",
        ])
        .arg(&archive)
        .arg(runtime_src.join("lib.rs"))
        .status()
        .expect("cannot run rustc for the runtime");
    assert!(
        status.success(),
        "building the runtime static library failed"
    );
    slim_archive(&archive);
    // A content hash names the cached copy `link.rs` keeps on disk.
    let bytes = std::fs::read(&archive).expect("read the runtime archive");
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in &bytes {
        hash = (hash ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    println!("cargo:rustc-env=BIBAO_RUNTIME_HASH={hash:016x}");
    println!("cargo:rerun-if-changed=../runtime/src");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Drops what no bibao program links: debug info and the LLVM bitcode that
/// std's objects carry (together about three quarters of the archive's
/// 23 MB). Every `bibao build` reads the archive, so a slim one links about
/// 25% faster. Programs are linked with `-s`, so they are the same either
/// way. Without a working `objcopy` (binutils, which `cc` needs anyway) the
/// archive stays as rustc wrote it.
fn slim_archive(archive: &std::path::Path) {
    let slim = archive.with_extension("slim.a");
    let objcopy = std::env::var("OBJCOPY").unwrap_or_else(|_| "objcopy".into());
    let stripped = Command::new(objcopy)
        .args([
            "--strip-debug",
            "--remove-section=.llvmbc",
            "--remove-section=.llvmcmd",
        ])
        .arg(archive)
        .arg(&slim)
        .status()
        .is_ok_and(|s| s.success());
    if stripped {
        std::fs::rename(&slim, archive).expect("replace the runtime archive");
    } else {
        let _ = std::fs::remove_file(&slim);
        println!("cargo:warning=objcopy failed; the runtime archive keeps its debug info");
    }
}
