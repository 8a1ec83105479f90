//! What the importer (`tools/import`) records in the sources, checked here
//! so that a slip in a hand edit fails the build like any other: the keys by
//! which a taxonomy entry is found from GOV.UK or committees.parliament.uk
//! (`govuk`, `committee`, `parliament`), the mark of an entry the importer
//! added (`imported`), and a document's import record. None of them reaches
//! the compiled JSON.

use crate::address;
use crate::taxonomy::parse_date;
use crate::toml_source::{DateText, TomlSource};
use crate::SourceErrors;
use explorer_core::Facet;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

/// A key by which a source names a taxonomy entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ImportKey {
    /// A GOV.UK base path (`/government/organisations/home-office`,
    /// `/government/people/yvette-cooper`) or, for a type, a GOV.UK
    /// `document_type` (`press_release`).
    GovUk(String),
    /// A committees.parliament.uk committee number (`83` in `/committee/83/…`).
    Committee(u32),
    /// A kind of committees.parliament.uk page, for a type: `committee-news`.
    Parliament(String),
}

impl std::fmt::Display for ImportKey {
    /// The key as a taxonomy file writes it: `govuk = "press_release"`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportKey::GovUk(key) => write!(f, "govuk = {key:?}"),
            ImportKey::Committee(number) => write!(f, "committee = {number}"),
            ImportKey::Parliament(kind) => write!(f, "parliament = {kind:?}"),
        }
    }
}

/// The kinds of parliament.uk page the importer reads.
pub const PARLIAMENT_PAGE_KINDS: [&str; 1] = ["committee-news"];

/// The import fields of one taxonomy entry, as written.
#[derive(Deserialize)]
pub struct EntryKeys {
    pub govuk: Option<Spanned<String>>,
    pub committee: Option<Spanned<u32>>,
    pub parliament: Option<Spanned<String>>,
    pub imported: Option<Spanned<String>>,
}

/// Every entry's keys, so that each key names one entry of its facet.
#[derive(Default)]
pub struct KeyIndex(HashMap<(Facet, ImportKey), String>);

impl KeyIndex {
    /// The slug of the entry of `facet` that `key` names.
    pub fn slug(&self, facet: Facet, key: &ImportKey) -> Option<&str> {
        self.0.get(&(facet, key.clone())).map(String::as_str)
    }

    /// Checks and records the keys of the entry `slug` of `facet`.
    pub fn add(
        &mut self,
        source: &TomlSource,
        facet: Facet,
        slug: &str,
        keys: EntryKeys,
        errors: &mut SourceErrors,
    ) {
        if let Some(imported) = &keys.imported {
            if let Err(problem) = address::check(imported.get_ref()) {
                let problem =
                    format!("imported {} {}", address::quoted(imported.get_ref()), problem.describe());
                let fix = "imported names the https:// address the entry was imported from".into();
                source.error(errors, &imported.span(), problem, fix);
            }
        }
        let mut candidates = Vec::new();
        if let Some(govuk) = keys.govuk {
            let valid = match facet {
                Facet::Type => is_document_type(govuk.get_ref()),
                Facet::Agency | Facet::Person => is_base_path(govuk.get_ref()),
                _ => false,
            };
            let fix = match facet {
                Facet::Type => "write GOV.UK's document_type, like \"press_release\"",
                Facet::Agency | Facet::Person => {
                    "write the GOV.UK page's path, like \"/government/organisations/home-office\""
                }
                _ => "remove it: only agencies, people and types are found by a GOV.UK key",
            };
            candidates.push((valid, fix, govuk.span(), ImportKey::GovUk(govuk.into_inner())));
        }
        if let Some(committee) = keys.committee {
            let fix = "remove it: only an agency (a committee) has a committee number";
            let key = ImportKey::Committee(*committee.get_ref());
            candidates.push((facet == Facet::Agency, fix, committee.span(), key));
        }
        if let Some(kind) = keys.parliament {
            let valid = facet == Facet::Type && PARLIAMENT_PAGE_KINDS.contains(&kind.get_ref().as_str());
            let fix = "only a type has a parliament key, and the importer reads \"committee-news\" pages";
            candidates.push((valid, fix, kind.span(), ImportKey::Parliament(kind.into_inner())));
        }
        for (valid, fix, span, key) in candidates {
            if !valid {
                source.error(
                    errors,
                    &span,
                    format!("{key} is not a key {} entries can have", facet.key()),
                    fix.into(),
                );
            } else if let Some(other) = self.0.get(&(facet, key.clone())) {
                let problem = format!("{key} is already the key of the {} {other:?}", facet.key());
                source.error(errors, &span, problem, "give each key to one entry".into());
            } else {
                self.0.insert((facet, key), slug.to_owned());
            }
        }
    }
}

fn is_base_path(path: &str) -> bool {
    path.len() > 1 && path.starts_with('/') && address::check(&format!("https://www.gov.uk{path}")).is_ok()
}

fn is_document_type(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// A document's import record, as written:
/// `imported = { from = "<address>", on = "<date>", sha256 = "<hex>" }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordSource {
    from: String,
    on: Spanned<DateText>,
    sha256: String,
}

/// Checks a document's import record: where and when it was imported, and
/// the SHA-256 of the file as imported (without this line), by which the
/// importer notices a later hand edit.
pub fn check_record(source: &TomlSource, record: &Spanned<RecordSource>, errors: &mut SourceErrors) {
    let span = record.span();
    let record = record.get_ref();
    if let Err(problem) = address::check(&record.from) {
        let problem = format!("imported from {} {}", address::quoted(&record.from), problem.describe());
        let fix = "from names the https:// address the document was imported from".into();
        source.error(errors, &span, problem, fix);
    }
    parse_date(source, &record.on, errors);
    if record.sha256.len() != 64
        || !record.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        let problem = format!("the sha256 {:?} is not 64 lowercase hexadecimal digits", record.sha256);
        let fix = "leave the import record as the importer wrote it, or remove the line".into();
        source.error(errors, &span, problem, fix);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Adds each `(facet, slug, keys as TOML)` in turn; the problems found.
    fn add(entries: &[(Facet, &str, &str)]) -> (KeyIndex, Vec<String>) {
        let mut index = KeyIndex::default();
        let mut errors = SourceErrors::default();
        for (facet, slug, text) in entries {
            let source = TomlSource::new(Path::new("t.toml"), text, 1);
            let keys: EntryKeys = toml::from_str(text).unwrap();
            index.add(&source, *facet, slug, keys, &mut errors);
        }
        (index, errors.0.into_iter().map(|error| error.problem).collect())
    }

    #[test]
    fn keys_find_their_entries() {
        let (index, problems) = add(&[
            (Facet::Agency, "home-office", "govuk = \"/government/organisations/home-office\""),
            (Facet::Agency, "home-affairs-committee", "committee = 83\nimported = \"https://www.gov.uk/x\""),
            (Facet::Type, "press-release", "govuk = \"press_release\""),
            (Facet::Type, "committee-report-news", "parliament = \"committee-news\""),
        ]);
        assert_eq!(problems, Vec::<String>::new());
        let govuk = |key: &str| ImportKey::GovUk(key.into());
        assert_eq!(
            index.slug(Facet::Agency, &govuk("/government/organisations/home-office")),
            Some("home-office")
        );
        assert_eq!(index.slug(Facet::Agency, &ImportKey::Committee(83)), Some("home-affairs-committee"));
        assert_eq!(index.slug(Facet::Type, &govuk("press_release")), Some("press-release"));
        assert_eq!(index.slug(Facet::Person, &govuk("press_release")), None);
    }

    #[test]
    fn misplaced_malformed_and_shared_keys_are_reported() {
        let (_, problems) = add(&[
            (Facet::Topic, "funding", "govuk = \"/government/topics/funding\""),
            (Facet::Person, "ann-lee", "committee = 83"),
            (Facet::Type, "press-release", "govuk = \"/government/press\""),
            (Facet::Type, "news", "parliament = \"committee-evidence\""),
            (Facet::Agency, "a", "committee = 83"),
            (Facet::Agency, "b", "committee = 83"),
            (Facet::Agency, "c", "govuk = \"no slash\"\nimported = \"http://www.gov.uk/x\""),
        ]);
        assert_eq!(
            problems,
            [
                "govuk = \"/government/topics/funding\" is not a key topic entries can have",
                "committee = 83 is not a key person entries can have",
                "govuk = \"/government/press\" is not a key type entries can have",
                "parliament = \"committee-evidence\" is not a key type entries can have",
                "committee = 83 is already the key of the agency \"a\"",
                "imported \"http://www.gov.uk/x\" is not an https:// address",
                "govuk = \"no slash\" is not a key agency entries can have",
            ]
        );
    }

    #[test]
    fn an_import_record_is_checked() {
        let check = |text: &str| {
            #[derive(Deserialize)]
            struct Front {
                imported: Spanned<RecordSource>,
            }
            let source = TomlSource::new(Path::new("d.md"), text, 2);
            let front: Front = toml::from_str(text).unwrap();
            let mut errors = SourceErrors::default();
            check_record(&source, &front.imported, &mut errors);
            errors.0.into_iter().map(|error| error.problem).collect::<Vec<_>>()
        };
        let sha = "0".repeat(64);
        let good = format!("imported = {{ from = \"https://www.gov.uk/api/content/x\", on = \"2026-01-02\", sha256 = \"{sha}\" }}");
        assert_eq!(check(&good), Vec::<String>::new());
        let bad = "imported = { from = \"javascript:x\", on = \"2026-02-30\", sha256 = \"ABC\" }";
        let problems = check(bad);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("is not an https:// address"), "{problems:?}");
        assert!(problems[1].contains("2026-02-30"), "{problems:?}");
        assert!(problems[2].contains("not 64 lowercase hexadecimal digits"), "{problems:?}");
    }
}
