//! Reading a document source: TOML front matter between `+++` lines, then
//! the text. Every metadata value carries its provenance.

use crate::address;
use crate::imports;
use crate::paragraphs;
use crate::taxonomy::{parse_date, LoadedTaxonomy};
use crate::toml_source::{is_slug, DateText, TomlSource};
use crate::SourceErrors;
use crate::{figures, quotes, tagging};
use explorer_core::model::{Document, Paragraph, Provenance, Sourced};
use explorer_core::{Date, Facet};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

const FENCE: &str = "+++";
const FORMAT_HINT: &str = "see docs/corpus-format.md for the document format";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Spanned<String>,
    #[serde(rename = "type")]
    doc_type: Spanned<SourcedSource<String>>,
    date: Spanned<SourcedSource<Spanned<DateText>>>,
    updated: Option<Spanned<SourcedSource<Spanned<DateText>>>>,
    publishers: Spanned<SourcedSource<Vec<Spanned<String>>>>,
    source: Spanned<SourcedSource<String>>,
    report: Option<Spanned<SourcedSource<String>>>,
    /// Written by the importer; checked, never compiled (see imports.rs).
    imported: Option<Spanned<imports::RecordSource>>,
}

/// A metadata value as written: the value and one of `confirmed` / `inferred`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcedSource<T> {
    value: T,
    confirmed: Option<String>,
    inferred: Option<String>,
}

/// Loads every `*.md` file of `dir`, in name order.
pub fn load_all(dir: &Path, taxonomy: &LoadedTaxonomy, errors: &mut SourceErrors) -> Vec<Document> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
            .collect(),
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
    let mut first_file_of_id: HashMap<String, PathBuf> = HashMap::new();
    let mut documents = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(error) => {
                errors.push(
                    &file,
                    0,
                    format!("cannot read the file as UTF-8 text: {error}"),
                    "save the file as UTF-8",
                );
                continue;
            }
        };
        let Some((document, id_line)) = load(&file, &text, taxonomy, errors) else { continue };
        match first_file_of_id.get(&document.id) {
            Some(first) => errors.push(
                &file,
                id_line,
                format!("the id {:?} is already used by {}", document.id, first.display()),
                "give this document an id of its own; ids never change once published",
            ),
            None => {
                first_file_of_id.insert(document.id.clone(), file.clone());
                documents.push(document);
            }
        }
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
    let (front_matter, body, body_line) = split_front_matter(file, text, errors)?;
    let source = TomlSource::new(file, front_matter, 2);
    let before = errors.0.len();
    let meta: FrontMatter = source.parse(errors, FORMAT_HINT)?;
    let id_line = source.line(&meta.id.span());
    let check = Checker { source: &source, taxonomy, errors };
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

struct Checker<'s, 'e> {
    source: &'s TomlSource<'s>,
    taxonomy: &'s LoadedTaxonomy,
    errors: &'e mut SourceErrors,
}

impl Checker<'_, '_> {
    fn problem(&mut self, span: &std::ops::Range<usize>, problem: String, fix: &str) {
        self.source.error(self.errors, span, problem, fix.to_owned());
    }

    fn document(mut self, meta: FrontMatter, body: &str, body_line: usize) -> Option<Document> {
        let id = self.id(&meta.id);
        let doc_type = self.sourced(meta.doc_type, |check, value, span| {
            check.slug_in(Facet::Type, value, span).then(|| value.clone())
        });
        let date = self.sourced(meta.date, |check, value, _| parse_date(check.source, value, check.errors));
        let updated = meta.updated.map(|updated| {
            self.sourced(updated, |check, value, _| parse_date(check.source, value, check.errors))
        });
        let publishers = self.sourced(meta.publishers, |check, values, span| {
            if values.is_empty() {
                check.problem(
                    span,
                    "publishers is empty".into(),
                    "name at least one agency slug from taxonomy/agencies.toml",
                );
            }
            // Checks every slug (not stopping at the first unknown one), so that each is reported.
            let unknown = values
                .iter()
                .filter(|slug| !check.slug_in(Facet::Agency, slug.get_ref(), &slug.span()))
                .count();
            let known = unknown == 0;
            (known && !values.is_empty()).then(|| values.iter().map(|s| s.get_ref().clone()).collect())
        });
        let source = self.sourced(meta.source, |check, value, span| match address::check(value) {
            Ok(()) => Some(value.clone()),
            Err(problem) => {
                let quoted = address::quoted(value);
                check.problem(span, format!("the source {quoted} {}", problem.describe()), problem.fix());
                None
            }
        });
        let report = meta.report.map(|report| self.sourced(report, |_, value, _| Some(value.clone())));
        if let Some(record) = &meta.imported {
            imports::check_record(self.source, record, self.errors);
        }
        // Every check runs before giving up, so that all problems are reported.
        if let (Some(id), Some(date)) = (&id, &date) {
            if !id.starts_with(&format!("{}-", date.value)) {
                self.problem(
                    &meta.id.span(),
                    format!("the id {id:?} does not start with the date {}", date.value),
                    "start the id with the publication date, e.g. \"2024-11-04-short-name\"",
                );
            }
        }
        let period = date.as_ref().and_then(|date| self.period(date.value, &meta.id.span()));
        let text = self.text(body, body_line);
        let (id, date, doc_type, publishers, source, period, text) =
            (id?, date?, doc_type?, publishers?, source?, period?, text?);
        let texts: Vec<&str> = text.blocks.iter().map(|(_, text)| text.as_str()).collect();
        let speakers = quotes::speakers(&texts, date.value, self.taxonomy);
        let paragraphs = text
            .blocks
            .into_iter()
            .zip(speakers)
            .map(|((block, text), speaker)| Paragraph {
                block,
                tags: tagging::tag(&text, date.value, self.taxonomy),
                speaker: speaker.map(str::to_owned),
                figures: figures::extract(&text),
                text,
            })
            .collect();
        Some(Document {
            id,
            title: text.title,
            date,
            updated: updated.flatten(),
            doc_type,
            publishers,
            period,
            source,
            report: report.flatten(),
            paragraphs,
        })
    }

    fn id(&mut self, id: &Spanned<String>) -> Option<String> {
        let valid = is_slug(id.get_ref());
        if !valid {
            self.problem(
                &id.span(),
                format!("the id {:?} is not lowercase letters, digits and hyphens", id.get_ref()),
                "write the id like \"2024-11-04-short-name\"",
            );
        }
        valid.then(|| id.get_ref().clone())
    }

    fn slug_in(&mut self, facet: Facet, slug: &str, span: &std::ops::Range<usize>) -> bool {
        let known = self.taxonomy.compiled.label(facet, slug).is_some();
        if !known {
            let choices: Vec<&str> =
                self.taxonomy.compiled.values(facet).into_iter().map(|(s, _)| s).collect();
            self.problem(
                span,
                format!("unknown {} slug {slug:?}", facet.key()),
                &format!("use one of: {}", choices.join(", ")),
            );
        }
        known
    }

    /// Checks a value's provenance and converts the value.
    fn sourced<T, U>(
        &mut self,
        field: Spanned<SourcedSource<T>>,
        convert: impl FnOnce(&mut Self, &T, &std::ops::Range<usize>) -> Option<U>,
    ) -> Option<Sourced<U>> {
        let span = field.span();
        let field = field.into_inner();
        let provenance = match (field.confirmed, field.inferred) {
            (Some(confirmed), None) => match address::check(&confirmed) {
                Ok(()) => Some(Provenance::Confirmed(confirmed)),
                Err(problem) => {
                    let quoted = address::quoted(&confirmed);
                    let fix = format!(
                        "{}; confirmed names the https:// page that shows the value, otherwise use inferred = \"<reason>\"",
                        problem.fix()
                    );
                    self.problem(&span, format!("confirmed {quoted} {}", problem.describe()), &fix);
                    None
                }
            },
            (None, Some(reason)) if !reason.trim().is_empty() => Some(Provenance::Inferred(reason)),
            _ => {
                self.problem(
                    &span,
                    "the value needs exactly one of confirmed or inferred".into(),
                    "add confirmed = \"<https address>\" or inferred = \"<reason>\", not both",
                );
                None
            }
        };
        let value = convert(self, &field.value, &span);
        Some(Sourced { value: value?, provenance: provenance? })
    }

    fn period(&mut self, date: Date, span: &std::ops::Range<usize>) -> Option<String> {
        let government = self.taxonomy.compiled.government_on(date);
        if government.is_none() {
            self.problem(
                span,
                format!("no government in governments.toml was in office on {date}"),
                "add the government of that date to taxonomy/governments.toml",
            );
        }
        government.map(|g| g.slug.clone())
    }

    /// Splits the text into its title and paragraphs, reporting a text without paragraphs.
    fn text(&mut self, body: &str, body_line: usize) -> Option<paragraphs::Body> {
        let split = paragraphs::split(body);
        if split.is_none() {
            self.errors.push(
                &self.source.file,
                body_line,
                "the document has no text",
                "after the closing +++, put the title on one line, a blank line, then the paragraphs",
            );
        }
        split
    }
}
