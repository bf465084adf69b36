//! Compile-time diagnostics: `file:line:col: error: message`, the source line,
//! and a caret under the offending span.

use oxc_span::Span;

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            help: None,
        }
    }

    /// "`what` is not supported by bibao".
    pub fn unsupported(span: Span, what: &str) -> Diagnostic {
        Diagnostic::new(span, format!("{what} not supported by bibao"))
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic against the source text.
    pub fn render(&self, file: &str, source: &str) -> String {
        let (line, col) = line_col(source, self.span.start);
        let line_text = source.lines().nth(line - 1).unwrap_or("");
        let width = {
            let end = (self.span.end as usize).min(source.len());
            let start = (self.span.start as usize).min(end);
            let text = &source[start..end];
            let first_line = text.lines().next().unwrap_or("");
            first_line.chars().count().max(1)
        };
        let gutter = line.to_string().len();
        let mut out = format!(
            "{file}:{line}:{col}: error: {}\n{:gutter$} |\n{line} | {line_text}\n{:gutter$} | {}{}\n",
            self.message,
            "",
            "",
            " ".repeat(col - 1),
            "^".repeat(width),
        );
        if let Some(h) = &self.help {
            out.push_str(&format!("{:gutter$} = help: {h}\n", ""));
        }
        out
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(src: &str, offset: u32) -> (usize, usize) {
    let off = (offset as usize).min(src.len());
    let mut off = off;
    while !src.is_char_boundary(off) {
        off -= 1;
    }
    let before = &src[..off];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before, |i| &before[i + 1..])
        .chars()
        .count()
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_col_and_caret() {
        let src = "let a = 1;\nfunction* g() {}\n";
        let d = Diagnostic::unsupported(Span::new(11, 27), "generators are");
        let text = d.render("x.js", src);
        assert!(
            text.starts_with("x.js:2:1: error: generators are not supported by bibao\n"),
            "{text}"
        );
        assert!(text.contains("2 | function* g() {}\n"), "{text}");
        assert!(text.contains("  | ^^^^^^^^^^^^^^^^\n"), "{text}");
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("é = 1", 2), (1, 2));
    }
}
