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

    /// Deserialises the whole text, or records where and why it is
    /// malformed, with an example of the field concerned as the fix.
    pub fn parse<T: DeserializeOwned>(&self, errors: &mut SourceErrors, examples: &Examples) -> Option<T> {
        match toml::from_str(self.text) {
            Ok(value) => Some(value),
            Err(error) => {
                let span = error.span();
                let line = span.as_ref().map_or(self.first_line, |span| self.line(span));
                let line_text = span.map_or("", |span| {
                    let start =
                        self.text[..span.start.min(self.text.len())].rfind('\n').map_or(0, |at| at + 1);
                    self.text[start..].lines().next().unwrap_or("")
                });
                let message = error.message().trim_end();
                errors.push(
                    &self.file,
                    line,
                    format!("malformed TOML: {message}"),
                    examples.fix(message, line_text),
                );
                None
            }
        }
    }

    pub fn error(&self, errors: &mut SourceErrors, span: &Range<usize>, problem: String, fix: String) {
        errors.push(&self.file, self.line(span), problem, fix);
    }
}

/// Example lines of the fields a kind of source file holds, to show in fixes.
pub struct Examples {
    /// What the file is, for the pointer to the documentation: "the document format".
    pub format: &'static str,
    /// Each field's name and a line that writes it well.
    pub fields: &'static [(&'static str, &'static str)],
}

impl Examples {
    fn example(&self, field: &str) -> Option<&'static str> {
        self.fields.iter().find(|(name, _)| *name == field).map(|(_, example)| *example)
    }

    /// The fix for a TOML error: the example of the field it names (a
    /// missing field) or of the field on its line (a syntax error).
    pub fn fix(&self, message: &str, line: &str) -> String {
        let named = |marker: &str| {
            let rest = &message[message.find(marker)? + marker.len()..];
            rest.split('`').next()
        };
        let docs = format!("see docs/corpus-format.md for {}", self.format);
        if let Some(example) = named("missing field `").and_then(|field| self.example(field)) {
            return format!("add the field, written like: {example}");
        }
        if named("unknown field `").is_some() {
            let names: Vec<&str> = self.fields.iter().map(|(name, _)| *name).collect();
            return format!("correct or remove the field; the fields are {}; {docs}", names.join(", "));
        }
        let key = line.split('=').next().unwrap_or("").trim().trim_matches(['[', ']', '"']);
        match self.example(key) {
            Some(example) => format!("write the line like: {example}"),
            None => {
                let (_, first) = self.fields.first().copied().unwrap_or(("", ""));
                format!("write each field as name = value, like: {first}; {docs}")
            }
        }
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
