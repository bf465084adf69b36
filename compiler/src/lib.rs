//! bibao: an ahead-of-time compiler from a JavaScript subset to native code.
//!
//! The pipeline, one module per pass:
//!
//! ```text
//! source --parse--> AST --resolve--> Resolution --convert--> ir::Module --lower--> object --link--> executable
//! ```

pub mod convert;
pub mod diag;
pub mod ir;
pub mod link;
pub mod lower;
pub mod parse;
pub mod resolve;

use std::path::Path;

/// Why a compilation failed.
#[derive(Debug)]
pub enum Error {
    /// The program is invalid or outside the subset; already rendered.
    Diagnostic(String),
    /// A bug in bibao.
    Internal(String),
    Io(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Diagnostic(d) => write!(f, "{d}"),
            Error::Internal(m) => write!(f, "internal compiler error: {m}"),
            Error::Io(m) => write!(f, "error: {m}"),
        }
    }
}

/// Source text to verified closure IR: parse, resolve, convert.
pub fn compile_to_ir(source: &str, file_name: &str) -> Result<ir::Module, Error> {
    let render = |d: diag::Diagnostic| Error::Diagnostic(d.render(file_name, source));
    let allocator = oxc_allocator::Allocator::default();
    let program = parse::parse(&allocator, source).map_err(render)?;
    let scoping = parse::semantic(&program).map_err(render)?;
    let resolution = resolve::resolve(&program, scoping).map_err(render)?;
    let module = convert::convert(&program, &resolution, source, file_name).map_err(render)?;
    ir::verify(&module).map_err(|e| Error::Internal(format!("IR verification failed: {e}")))?;
    Ok(module)
}

/// The scope facts resolve computed (`--emit=scopes`).
pub fn scopes_text(source: &str, file_name: &str) -> Result<String, Error> {
    let render = |d: diag::Diagnostic| Error::Diagnostic(d.render(file_name, source));
    let allocator = oxc_allocator::Allocator::default();
    let program = parse::parse(&allocator, source).map_err(render)?;
    let scoping = parse::semantic(&program).map_err(render)?;
    let res = resolve::resolve(&program, scoping).map_err(render)?;
    Ok(resolve::describe(&res, source))
}

/// The AST (`--emit=ast`).
pub fn ast_text(source: &str, file_name: &str) -> Result<String, Error> {
    let allocator = oxc_allocator::Allocator::default();
    let program = parse::parse(&allocator, source)
        .map_err(|d| Error::Diagnostic(d.render(file_name, source)))?;
    Ok(format!("{:#?}\n", program.body))
}

/// Source text to an object file (and the CLIF text when asked).
pub fn compile_to_object(
    source: &str,
    file_name: &str,
    want_clif: bool,
) -> Result<lower::Lowered, Error> {
    let module = compile_to_ir(source, file_name)?;
    lower::lower(&module, want_clif).map_err(Error::Internal)
}

/// `bibao build`: source file to executable.
pub fn build(input: &Path, output: &Path) -> Result<(), Error> {
    let source = std::fs::read_to_string(input)
        .map_err(|e| Error::Io(format!("cannot read {}: {e}", input.display())))?;
    let name = input.display().to_string();
    let lowered = compile_to_object(&source, &name, false)?;
    link::link(&lowered.object, output).map_err(Error::Io)
}
