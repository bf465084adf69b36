//! Parsing with oxc, as node runs a `.js` file: a sloppy-mode script (node's
//! CommonJS wrapper makes top-level declarations module-local; see `convert`).

use crate::diag::Diagnostic;
use oxc_allocator::Allocator;
use oxc_ast::ast::Program;
use oxc_parser::{ParseOptions, Parser};
use oxc_semantic::{Scoping, SemanticBuilder};
use oxc_span::{SourceType, Span};

/// Parses `source`; syntax errors become diagnostics.
pub fn parse<'a>(allocator: &'a Allocator, source: &'a str) -> Result<Program<'a>, Diagnostic> {
    let ret = Parser::new(allocator, source, SourceType::script())
        .with_options(ParseOptions {
            preserve_parens: false,
            allow_return_outside_function: true,
            ..ParseOptions::default()
        })
        .parse();
    if let Some(d) = ret.diagnostics.iter().next() {
        return Err(from_oxc(d, "SyntaxError: "));
    }
    if ret.panicked {
        return Err(Diagnostic::new(
            Span::new(0, 0),
            "SyntaxError: the parser gave up",
        ));
    }
    Ok(ret.program)
}

/// Runs oxc's semantic analysis (scopes, symbols, references, early errors).
pub fn semantic(program: &Program<'_>) -> Result<Scoping, Diagnostic> {
    let ret = SemanticBuilder::new()
        .with_check_syntax_error(true)
        .build(program);
    if let Some(d) = ret.diagnostics.iter().next() {
        return Err(from_oxc(d, "SyntaxError: "));
    }
    Ok(ret.semantic.into_scoping())
}

fn from_oxc(d: &oxc_diagnostics::OxcDiagnostic, prefix: &str) -> Diagnostic {
    let span = d
        .labels
        .first()
        .map(|l| Span::new(l.offset(), l.offset() + l.len()))
        .unwrap_or(Span::new(0, 0));
    let mut diag = Diagnostic::new(span, format!("{prefix}{}", d.message));
    if let Some(h) = &d.help {
        diag = diag.with_help(h.to_string());
    }
    diag
}
