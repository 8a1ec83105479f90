//! Reading TOML from a source file, with errors placed on the file's lines.

use crate::SourceErrors;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// TOML text taken from a file, starting at a known line of that file.
pub struct TomlSource<'a> {
    pub file: PathBuf,
    pub text: &'a str,
    /// The file line on which `text` starts (1-based).
    pub first_line: usize,
}

impl<'a> TomlSource<'a> {
    pub fn new(file: &Path, text: &'a str, first_line: usize) -> TomlSource<'a> {
        TomlSource { file: file.to_owned(), text, first_line }
    }

    /// The file line of a byte span in `text`.
    pub fn line(&self, span: &Range<usize>) -> usize {
        let offset = span.start.min(self.text.len());
        self.first_line + self.text[..offset].matches('\n').count()
    }

    /// Deserialises the whole text, or records where and why it is malformed.
    pub fn parse<T: DeserializeOwned>(&self, errors: &mut SourceErrors, fix: &str) -> Option<T> {
        match toml::from_str(self.text) {
            Ok(value) => Some(value),
            Err(error) => {
                let line = error.span().map_or(self.first_line, |span| self.line(&span));
                let problem = format!("malformed TOML: {}", error.message().trim_end());
                errors.push(&self.file, line, problem, fix);
                None
            }
        }
    }

    pub fn error(&self, errors: &mut SourceErrors, span: &Range<usize>, problem: String, fix: String) {
        errors.push(&self.file, self.line(span), problem, fix);
    }
}

/// A date as a source writes it: quoted (`"2024-11-04"`) or as a bare TOML
/// date (`2024-11-04`), which people write just as often.
#[derive(Debug)]
pub struct DateText(pub String);

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DateText, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a date like \"2024-11-04\"")]
        enum Written {
            Quoted(String),
            Bare(toml::value::Datetime),
        }
        Ok(DateText(match Written::deserialize(deserializer)? {
            Written::Quoted(text) => text,
            Written::Bare(date) => date.to_string(),
        }))
    }
}

/// Whether a slug is lowercase letters, digits and single inner hyphens.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_slugs() {
        for slug in ["home-office", "sunak-2022", "g7"] {
            assert!(is_slug(slug), "{slug}");
        }
        for not_slug in ["", "Home-Office", "home office", "-a", "a-", "a--b", "café"] {
            assert!(!is_slug(not_slug), "{not_slug}");
        }
    }

    #[test]
    fn places_spans_on_file_lines() {
        let source = TomlSource::new(Path::new("f.md"), "a = 1\nb = 2\n", 2);
        assert_eq!(source.line(&(0..1)), 2);
        assert_eq!(source.line(&(6..7)), 3);
    }
}
