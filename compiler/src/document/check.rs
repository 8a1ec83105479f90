//! Checking a document's front matter and text, value by value, and
//! building the compiled document: every check runs, so that every problem
//! is reported at once.

use super::{FrontMatter, SourcedSource};
use crate::address;
use crate::imports;
use crate::paragraphs;
use crate::taxonomy::{parse_date, LoadedTaxonomy};
use crate::toml_source::{is_slug, TomlSource};
use crate::SourceErrors;
use crate::{figures, quotes, tagging};
use explorer_core::model::{Digest, Document, Paragraph, Provenance, Sourced};
use explorer_core::{Date, Facet};
use toml::Spanned;

pub(super) struct Checker<'s, 'e> {
    pub source: &'s TomlSource<'s>,
    pub taxonomy: &'s LoadedTaxonomy,
    pub errors: &'e mut SourceErrors,
    /// The build's date: no document is published after it.
    pub today: Date,
}

impl Checker<'_, '_> {
    fn problem(&mut self, span: &std::ops::Range<usize>, problem: String, fix: &str) {
        self.source.error(self.errors, span, problem, fix.to_owned());
    }

    /// A date of the document: a real day, not after the build's.
    fn day(&mut self, value: &Spanned<crate::toml_source::DateText>) -> Option<Date> {
        let date = parse_date(self.source, value, self.errors)?;
        if date > self.today {
            self.problem(
                &value.span(),
                format!("the date {date} is after the day of this build ({})", self.today),
                "write the date the page was published; a document cannot be dated in the future",
            );
            return None;
        }
        Some(date)
    }

    pub(super) fn document(mut self, meta: FrontMatter, body: &str, body_line: usize) -> Option<Document> {
        let id = self.id(&meta.id);
        let doc_type = self.sourced(meta.doc_type, |check, value, span| {
            check.slug_in(Facet::Type, value, span).then(|| value.clone())
        });
        let date = self.sourced(meta.date, |check, value, _| check.day(value));
        let updated_span = meta.updated.as_ref().map(|updated| updated.get_ref().value.span());
        let updated = meta.updated.map(|updated| self.sourced(updated, |check, value, _| check.day(value)));
        if let (Some(Some(updated)), Some(date), Some(span)) = (&updated, &date, &updated_span) {
            if updated.value < date.value {
                self.problem(
                    span,
                    format!("updated ({}) is before the date of publication ({})", updated.value, date.value),
                    "give the date of the page's last update, on or after its publication date",
                );
            }
        }
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
            let repeated = values
                .iter()
                .enumerate()
                .filter(|(at, slug)| values[..*at].iter().any(|earlier| earlier.get_ref() == slug.get_ref()));
            let repeated: Vec<_> = repeated.map(|(_, slug)| (slug.get_ref().clone(), slug.span())).collect();
            for (slug, span) in &repeated {
                check.problem(
                    span,
                    format!("the publisher {slug:?} is named twice"),
                    "name each publishing organisation once",
                );
            }
            let known = unknown == 0 && repeated.is_empty();
            (known && !values.is_empty())
                .then(|| values.iter().map(|s| s.get_ref().clone()).collect::<Vec<String>>())
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
        let quotes = quotes::statements(&texts, date.value, self.taxonomy);
        let paragraphs = text
            .blocks
            .into_iter()
            .map(|(block, text)| Paragraph {
                block,
                tags: tagging::tag(&text, date.value, self.taxonomy),
                figures: figures::extract(&text),
                text,
            })
            .collect::<Vec<_>>();
        Some(Document {
            digest: Digest::of(&publishers.value, &paragraphs),
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
            quotes,
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
