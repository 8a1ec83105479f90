//! Problems in the corpus sources, each with its file, line and fix.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub problem: String,
    pub fix: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": {}\n  fix: {}", self.problem, self.fix)
    }
}

/// Every problem found in one compile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceErrors(pub Vec<SourceError>);

impl SourceErrors {
    pub fn push(&mut self, file: &Path, line: usize, problem: impl Into<String>, fix: impl Into<String>) {
        self.0.push(SourceError { file: file.to_owned(), line, problem: problem.into(), fix: fix.into() });
    }

    pub(crate) fn into_result(self) -> Result<(), SourceErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for SourceErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        writeln!(f, "the corpus sources have {count} problem{}:", if count == 1 { "" } else { "s" })?;
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SourceErrors {}
