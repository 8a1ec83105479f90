//! A copy of the real corpus in a temporary folder, to break one thing at a
//! time and check that the compiler names the file, the line, the problem
//! and a fix. Shared by the tests of invalid and refused sources.
#![allow(dead_code)] // each test file uses some of it

use corpus_compiler::{compile, SourceError, SourceErrors};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

// Documents whose lines the tests count on. In each, line 1 is `+++` and the
// front matter starts on line 2.
/// 2 id, 3 type, 4 date, 5 publishers, 6 source, 7 report, 8 `+++`, 9 title.
pub const HAC: &str = "documents/2023-06-12-hac-albania-asylum-claims.md";
/// 2 id, 3 type, 4 date, 5 updated, 6 publishers, 7 source, 8 `+++`, 9 title.
pub const G7: &str = "documents/2024-10-04-g7-anti-smuggling-action-plan.md";
/// 2 id, 3 type, 4 date, 5 publishers, 6 source, 7 `+++`, 8 title.
pub const STARMER: &str = "documents/2024-11-04-starmer-interpol-border-security-investment.md";

/// A copy of the real corpus in a fresh temporary folder, removed when dropped.
pub struct TempCorpus {
    pub dir: PathBuf,
}

impl TempCorpus {
    pub fn new() -> TempCorpus {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let name =
            format!("corpus-invalid-sources-{}-{}", std::process::id(), COUNT.fetch_add(1, Ordering::SeqCst));
        let dir = std::env::temp_dir().join(name);
        let _ = std::fs::remove_dir_all(&dir); // left over from a killed run
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        for folder in ["documents", "taxonomy"] {
            std::fs::create_dir_all(dir.join(folder)).unwrap();
            for entry in std::fs::read_dir(real.join(folder)).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(&path, dir.join(folder).join(path.file_name().unwrap())).unwrap();
            }
        }
        TempCorpus { dir }
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    pub fn write(&self, file: &str, text: &str) {
        std::fs::write(self.path(file), text).unwrap();
    }

    /// Rewrites a file of the copy.
    pub fn edit(&self, file: &str, change: impl FnOnce(&str) -> String) {
        let text = std::fs::read_to_string(self.path(file)).unwrap();
        self.write(file, &change(&text));
    }

    /// Replaces a passage that occurs exactly once in the file.
    pub fn replace(&self, file: &str, from: &str, to: &str) {
        self.edit(file, |text| {
            assert_eq!(text.matches(from).count(), 1, "{from:?} should occur once in {file}");
            text.replacen(from, to, 1)
        });
    }

    /// Removes the one line that starts with `start`.
    pub fn remove_line(&self, file: &str, start: &str) {
        self.edit(file, |text| {
            let kept: Vec<&str> =
                text.split_inclusive('\n').filter(|line| !line.starts_with(start)).collect();
            assert_eq!(
                kept.len() + 1,
                text.split_inclusive('\n').count(),
                "one line of {file} should start with {start:?}"
            );
            kept.concat()
        });
    }

    /// Keeps the front matter (through the closing `+++` line) and replaces the text after it.
    pub fn replace_body(&self, file: &str, body: &str) {
        self.edit(file, |text| {
            let closing = text[3..].find("\n+++\n").expect("a closing +++ line") + 3 + "\n+++\n".len();
            format!("{}{body}", &text[..closing])
        });
    }

    /// Compiles the copy, which must fail.
    pub fn errors(&self) -> Vec<SourceError> {
        match compile(&self.dir) {
            Ok(_) => panic!("the broken corpus compiled"),
            Err(SourceErrors(errors)) => errors,
        }
    }

    /// Compiles the copy and checks that the one problem reported is in `file`
    /// on `line`, that it mentions `words`, and that it says how to fix it.
    pub fn assert_only_error(&self, file: &str, line: usize, words: &[&str]) -> SourceError {
        let errors = self.errors();
        assert_eq!(errors.len(), 1, "expected one problem, got {errors:#?}");
        self.assert_has_error(&errors, file, line, words)
    }

    pub fn assert_has_error(
        &self,
        errors: &[SourceError],
        file: &str,
        line: usize,
        words: &[&str],
    ) -> SourceError {
        let found = errors.iter().find(|e| {
            e.file == self.path(file) && e.line == line && words.iter().all(|w| e.problem.contains(w))
        });
        let error = found.unwrap_or_else(|| {
            panic!("no problem in {file} line {line} mentioning {words:?} among {errors:#?}")
        });
        assert!(!error.fix.trim().is_empty(), "the problem has no fix: {error:#?}");
        error.clone()
    }
}

impl Drop for TempCorpus {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl TempCorpus {
    /// Writes raw bytes, which need not be UTF-8.
    pub fn write_bytes(&self, file: &str, bytes: &[u8]) {
        std::fs::write(self.path(file), bytes).unwrap();
    }

    /// The line (from 1) of a file of the copy on which `passage` first occurs.
    pub fn line_of(&self, file: &str, passage: &str) -> usize {
        let text = std::fs::read_to_string(self.path(file)).unwrap();
        let at = text.find(passage).unwrap_or_else(|| panic!("{passage:?} is not in {file}"));
        1 + text[..at].matches('\n').count()
    }
}
