//! Reading a document source: TOML front matter between `+++` lines, then
//! the text. Every metadata value carries its provenance. Every file of
//! `documents/` named like a document is read or refused, never skipped.

mod check;

use crate::imports;
use crate::source_file;
use crate::taxonomy::LoadedTaxonomy;
use crate::toml_source::{DateText, Examples, TomlSource};
use crate::SourceErrors;
use check::Checker;
use explorer_core::model::Document;
use explorer_core::Date;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

const FENCE: &str = "+++";

/// Each front matter field written well, for the fixes of TOML errors.
const EXAMPLES: Examples = Examples {
    format: "the document format",
    fields: &[
        ("id", r#"id = "2024-11-04-short-name""#),
        ("type", r#"type = { value = "press-release", confirmed = "https://www.gov.uk/government/news/…" }"#),
        ("date", r#"date = { value = "2024-11-04", confirmed = "https://www.gov.uk/government/news/…" }"#),
        ("updated", r#"updated = { value = "2024-11-21", inferred = "<why it is believed>" }"#),
        (
            "publishers",
            r#"publishers = { value = ["home-office"], confirmed = "https://www.gov.uk/government/news/…" }"#,
        ),
        (
            "source",
            r#"source = { value = "https://www.gov.uk/government/news/…", inferred = "<why it is believed>" }"#,
        ),
        (
            "report",
            r#"report = { value = "Asylum and migration: Albania, HC 197, Session 2022–23", confirmed = "https://…" }"#,
        ),
        ("value", r#"date = { value = "2024-11-04", inferred = "<why it is believed>" }"#),
        ("confirmed", r#"date = { value = "2024-11-04", confirmed = "https://<the page that shows it>" }"#),
        ("inferred", r#"date = { value = "2024-11-04", inferred = "<why it is believed>" }"#),
    ],
};

/// Extensions that name a Markdown file but are not read: each is refused
/// with a fix, so that no document is left out unnoticed.
const OTHER_MARKDOWN_EXTENSIONS: [&str; 5] = ["markdown", "mdown", "mkd", "mkdn", "mdwn"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    pub id: Spanned<String>,
    #[serde(rename = "type")]
    pub doc_type: Spanned<SourcedSource<String>>,
    pub date: Spanned<SourcedSource<Spanned<DateText>>>,
    pub updated: Option<Spanned<SourcedSource<Spanned<DateText>>>>,
    pub publishers: Spanned<SourcedSource<Vec<Spanned<String>>>>,
    pub source: Spanned<SourcedSource<String>>,
    pub report: Option<Spanned<SourcedSource<String>>>,
    /// Written by the importer; checked, never compiled (see imports.rs).
    pub imported: Option<Spanned<imports::RecordSource>>,
}

/// A metadata value as written: the value and one of `confirmed` / `inferred`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourcedSource<T> {
    pub value: T,
    pub confirmed: Option<String>,
    pub inferred: Option<String>,
}

/// Whether a path is named as a document (`.md`); refuses one named as
/// Markdown in another way (`.MD`, `.markdown`).
fn is_document(path: &Path, errors: &mut SourceErrors) -> bool {
    let Some(extension) = path.extension().and_then(|e| e.to_str()) else { return false };
    if extension == "md" {
        return true;
    }
    let lower = extension.to_ascii_lowercase();
    if lower == "md" || OTHER_MARKDOWN_EXTENSIONS.contains(&lower.as_str()) {
        let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        errors.push(
            path,
            0,
            format!("the file ends in .{extension}, and only files ending in .md (lower case) are read"),
            format!("rename it to {stem}.md"),
        );
    }
    false
}

/// Loads every `*.md` file of `dir`, in name order, each named after its id.
pub fn load_all(dir: &Path, taxonomy: &LoadedTaxonomy, errors: &mut SourceErrors) -> Vec<Document> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => {
            let paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|e| e.path())).collect();
            paths.into_iter().filter(|path| is_document(path, errors)).collect()
        }
        Err(error) => {
            errors.push(
                dir,
                0,
                format!("cannot read the documents folder: {error}"),
                "create corpus/documents/ with one .md file a document",
            );
            return Vec::new();
        }
    };
    files.sort();
    let mut documents = Vec::new();
    for file in files {
        let Some(text) = source_file::read(&file, errors) else { continue };
        let Some((document, id_line)) = load(&file, &text, taxonomy, errors) else { continue };
        // Named after its id, no document can share another's (two files cannot share a name).
        let name = file.file_stem().map(|stem| stem.to_string_lossy());
        if name.as_deref() == Some(document.id.as_str()) {
            documents.push(document);
            continue;
        }
        let named = dir.join(format!("{}.md", document.id));
        let (problem, fix) = if named.is_file() {
            let problem = format!("the id {:?} is already used by {}", document.id, named.display());
            (problem, "give this document an id of its own, and name the file after it".to_owned())
        } else {
            let problem = format!("the id {:?} differs from the file's name", document.id);
            (problem, format!("rename the file to {}.md (ids never change once published)", document.id))
        };
        errors.push(&file, id_line, problem, fix);
    }
    documents
}

/// Reads one document, returning it with the line of its id.
pub(crate) fn load(
    file: &Path,
    text: &str,
    taxonomy: &LoadedTaxonomy,
    errors: &mut SourceErrors,
) -> Option<(Document, usize)> {
    if !source_file::check_characters(file, text, errors) {
        return None;
    }
    let (front_matter, body, body_line) = split_front_matter(file, text, errors)?;
    let source = TomlSource::new(file, front_matter, 2);
    let before = errors.0.len();
    let meta: FrontMatter = source.parse(errors, &EXAMPLES)?;
    let id_line = source.line(&meta.id.span());
    let check = Checker { source: &source, taxonomy, errors, today: today() };
    let document = check.document(meta, body, body_line);
    (errors.0.len() == before).then_some((document?, id_line))
}

/// Splits `+++ … +++ body`; returns the front matter, the body and the body's first line.
pub(crate) fn split_front_matter<'a>(
    file: &Path,
    text: &'a str,
    errors: &mut SourceErrors,
) -> Option<(&'a str, &'a str, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The opening line, like the closing one, may carry trailing whitespace (or a \r).
    let Some((_, rest)) = text.split_once('\n').filter(|(first, _)| first.trim_end() == FENCE) else {
        errors.push(
            file,
            1,
            "the file does not start with a +++ line",
            "begin the file with a line holding only +++, then the TOML front matter, then another +++ line",
        );
        return None;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            let front_matter = &rest[..offset];
            let body_line = 3 + front_matter.matches('\n').count();
            return Some((front_matter, &rest[offset + line.len()..], body_line));
        }
        offset += line.len();
    }
    errors.push(
        file,
        1,
        "the front matter is not closed",
        "add a line holding only +++ after the front matter, before the text",
    );
    None
}

/// The build's date: a document cannot be published after it.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Date::from_days_since_epoch(seconds / 86_400)
}
