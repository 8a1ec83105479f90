//! Loading the taxonomy files: governments, document types, topics,
//! agencies, people (with the offices they held) and places.

use crate::imports::{EntryKeys, KeyIndex};
use crate::source_file;
use crate::terms::Term;
use crate::toml_source::{is_slug, DateText, Examples, TomlSource};
use crate::SourceErrors;
use explorer_core::model::{Entry, Government, Taxonomy};
use explorer_core::{Date, Facet};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;
use toml::Spanned;

/// A facet value that is tagged wherever one of its terms appears.
pub struct Tagger {
    pub facet: Facet,
    pub slug: String,
    pub terms: Vec<Term>,
}

/// An office ("Prime Minister"): its terms tag whoever held it on a document's date.
pub struct Office {
    pub terms: Vec<Term>,
    pub holders: Vec<Holder>,
}

pub struct Holder {
    pub person: String,
    pub from: Date,
    pub to: Option<Date>,
}

impl Office {
    /// The slug of the person who held the office on `date`: from the day
    /// they took it, up to the day before their successor's first.
    pub fn holder_on(&self, date: Date) -> Option<&str> {
        let holder = self.holders.iter().find(|h| h.from <= date && h.to.is_none_or(|to| date < to));
        holder.map(|h| h.person.as_str())
    }
}

pub struct LoadedTaxonomy {
    pub compiled: Taxonomy,
    pub taggers: Vec<Tagger>,
    pub offices: Vec<Office>,
    pub keys: KeyIndex,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySource {
    slug: Spanned<String>,
    #[serde(alias = "name")]
    label: String,
    #[serde(alias = "kind", alias = "role")]
    note: Option<String>,
    #[serde(default)]
    terms: Vec<Spanned<String>>,
    // The importer's keys and mark (see imports.rs).
    govuk: Option<Spanned<String>>,
    committee: Option<Spanned<u32>>,
    parliament: Option<Spanned<String>>,
    imported: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GovernmentSource {
    slug: Spanned<String>,
    label: String,
    prime_minister: String,
    party: String,
    from: Spanned<DateText>,
    to: Option<Spanned<DateText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficeSource {
    #[allow(dead_code)] // for people reading the file; offices are shown through their holders
    title: String,
    terms: Vec<Spanned<String>>,
    holders: Vec<HolderSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolderSource {
    person: Spanned<String>,
    from: Spanned<DateText>,
    to: Option<Spanned<DateText>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    #[serde(default)]
    government: Vec<GovernmentSource>,
    #[serde(default, rename = "type")]
    types: Vec<EntrySource>,
    #[serde(default)]
    topic: Vec<EntrySource>,
    #[serde(default)]
    agency: Vec<EntrySource>,
    #[serde(default)]
    person: Vec<EntrySource>,
    #[serde(default)]
    office: Vec<OfficeSource>,
    #[serde(default)]
    place: Vec<EntrySource>,
}

const FILES: [&str; 6] = ["governments", "types", "topics", "agencies", "people", "places"];

/// Each taxonomy field written well, for the fixes of TOML errors.
const EXAMPLES: Examples = Examples {
    format: "the taxonomy format",
    fields: &[
        ("slug", r#"slug = "home-office""#),
        ("label", r#"label = "Home Office""#),
        ("name", r#"name = "Yvette Cooper""#),
        ("note", r#"note = "UK government department""#),
        ("kind", r#"kind = "UK government department""#),
        ("role", r#"role = "Home Secretary""#),
        ("terms", r#"terms = ["Home Office", "Home Secretary"]"#),
        ("prime_minister", r#"prime_minister = "Keir Starmer""#),
        ("party", r#"party = "Labour""#),
        ("from", r#"from = "2024-07-05""#),
        ("to", r#"to = "2024-07-05""#),
        ("title", r#"title = "Prime Minister""#),
        ("holders", r#"holders = [{ person = "keir-starmer", from = "2024-07-05" }]"#),
        ("person", r#"person = "keir-starmer""#),
    ],
};

/// Loads `taxonomy_dir/*.toml`; `None` if any file has a problem.
pub fn load(taxonomy_dir: &Path, errors: &mut SourceErrors) -> Option<LoadedTaxonomy> {
    let before = errors.0.len();
    let mut builder = Builder::default();
    for name in FILES {
        let path = taxonomy_dir.join(format!("{name}.toml"));
        if !path.exists() {
            errors.push(
                &path,
                0,
                "the file is missing",
                format!("create {name}.toml (see docs/corpus-format.md)"),
            );
            continue;
        }
        let Some(text) = source_file::read(&path, errors) else { continue };
        if !source_file::check_characters(&path, &text, errors) {
            continue;
        }
        let source = TomlSource::new(&path, &text, 1);
        if let Some(file) = source.parse::<TaxonomyFile>(errors, &EXAMPLES) {
            builder.add(&source, file, errors);
        }
    }
    (errors.0.len() == before).then(|| builder.finish())
}

#[derive(Default)]
struct Builder {
    compiled: Taxonomy,
    taggers: Vec<Tagger>,
    offices: Vec<Office>,
    keys: KeyIndex,
    seen: HashSet<(Facet, String)>,
}

impl Builder {
    fn add(&mut self, source: &TomlSource, file: TaxonomyFile, errors: &mut SourceErrors) {
        for government in file.government {
            if let Some(government) = self.government(source, government, errors) {
                self.compiled.governments.push(government);
            }
        }
        for (facet, entries) in [
            (Facet::Type, file.types),
            (Facet::Topic, file.topic),
            (Facet::Agency, file.agency),
            (Facet::Person, file.person),
            (Facet::Place, file.place),
        ] {
            for entry in entries {
                self.entry(source, facet, entry, errors);
            }
        }
        for office in file.office {
            let terms = parse_terms(source, &office.terms, errors);
            let holders =
                office.holders.iter().filter_map(|holder| self.holder(source, holder, errors)).collect();
            self.offices.push(Office { terms, holders });
        }
    }

    /// An office holder, whose person must already be in the taxonomy.
    fn holder(
        &self,
        source: &TomlSource,
        holder: &HolderSource,
        errors: &mut SourceErrors,
    ) -> Option<Holder> {
        let person = holder.person.get_ref();
        let known = self.seen.contains(&(Facet::Person, person.clone()));
        if !known {
            source.error(
                errors,
                &holder.person.span(),
                format!("no person has the slug {person:?}"),
                "add the person as a [[person]] above the office, or fix the slug".into(),
            );
        }
        let from = parse_date(source, &holder.from, errors);
        let to = holder.to.as_ref().map(|to| parse_date(source, to, errors));
        Some(Holder {
            person: known.then(|| person.clone())?,
            from: from?,
            to: to.map_or(Some(None), |to| to.map(Some))?,
        })
    }

    fn claim_slug(
        &mut self,
        source: &TomlSource,
        facet: Facet,
        slug: &Spanned<String>,
        errors: &mut SourceErrors,
    ) -> bool {
        let span = slug.span();
        if !is_slug(slug.get_ref()) {
            source.error(
                errors,
                &span,
                format!("{:?} is not a valid slug", slug.get_ref()),
                "use lowercase letters, digits and single hyphens, e.g. \"home-office\"".into(),
            );
            return false;
        }
        if !self.seen.insert((facet, slug.get_ref().clone())) {
            source.error(
                errors,
                &span,
                format!("the {} slug {:?} is used twice", facet.key(), slug.get_ref()),
                "give each entry its own slug, or merge the two entries".into(),
            );
            return false;
        }
        true
    }

    fn government(
        &mut self,
        source: &TomlSource,
        government: GovernmentSource,
        errors: &mut SourceErrors,
    ) -> Option<Government> {
        let slug_ok = self.claim_slug(source, Facet::Period, &government.slug, errors);
        let from = parse_date(source, &government.from, errors);
        let to = government.to.as_ref().map(|to| parse_date(source, to, errors));
        if let (Some(from), Some((Some(to), span))) =
            (from, to.zip(government.to.as_ref().map(Spanned::span)))
        {
            if to < from {
                let problem = format!("the government's to ({to}) is before its from ({from})");
                source.error(errors, &span, problem, "swap the dates, or correct the one mistyped".into());
                return None;
            }
        }
        if let Some(from) = from {
            self.check_overlap(source, &government.from.span(), from, to.flatten(), errors);
        }
        Some(Government {
            slug: slug_ok.then(|| government.slug.into_inner())?,
            label: government.label,
            prime_minister: government.prime_minister,
            party: government.party,
            from: from?,
            to: to.map_or(Some(None), |to| to.map(Some))?,
        })
    }

    /// Governments follow one another: one may begin on the day the last
    /// ended (the day power changed hands), not before, and only the last is open.
    fn check_overlap(
        &self,
        source: &TomlSource,
        span: &std::ops::Range<usize>,
        from: Date,
        to: Option<Date>,
        errors: &mut SourceErrors,
    ) {
        let overlapping = self.compiled.governments.iter().find(|other| {
            let starts_before_other_ends = other.to.is_none_or(|end| from < end);
            let ends_after_other_starts = to.is_none_or(|end| other.from < end);
            starts_before_other_ends && ends_after_other_starts
        });
        if let Some(other) = overlapping {
            let until = other.to.map_or_else(|| "with no end".to_owned(), |to| format!("until {to}"));
            source.error(
                errors,
                span,
                format!("this government overlaps {} (from {} {until})", other.slug, other.from),
                "a government begins on or after the day the one before it ends; give the earlier one a to date".into(),
            );
        }
    }

    fn entry(&mut self, source: &TomlSource, facet: Facet, entry: EntrySource, errors: &mut SourceErrors) {
        if !self.claim_slug(source, facet, &entry.slug, errors) {
            return;
        }
        let slug = entry.slug.into_inner();
        let keys = EntryKeys {
            govuk: entry.govuk,
            committee: entry.committee,
            parliament: entry.parliament,
            imported: entry.imported,
        };
        self.keys.add(source, facet, &slug, keys, errors);
        let terms = parse_terms(source, &entry.terms, errors);
        if !terms.is_empty() {
            self.taggers.push(Tagger { facet, slug: slug.clone(), terms });
        }
        let compiled = Entry { slug, label: entry.label, note: entry.note };
        let taxonomy = &mut self.compiled;
        match facet {
            Facet::Type => taxonomy.types.push(compiled),
            Facet::Topic => taxonomy.topics.push(compiled),
            Facet::Agency => taxonomy.agencies.push(compiled),
            Facet::Person => taxonomy.people.push(compiled),
            Facet::Place => taxonomy.places.push(compiled),
            Facet::Period => unreachable!("governments are read by Builder::government"),
        }
    }

    fn finish(self) -> LoadedTaxonomy {
        LoadedTaxonomy {
            compiled: self.compiled,
            taggers: self.taggers,
            offices: self.offices,
            keys: self.keys,
        }
    }
}

fn parse_terms(source: &TomlSource, terms: &[Spanned<String>], errors: &mut SourceErrors) -> Vec<Term> {
    terms
        .iter()
        .filter_map(|term| {
            let parsed = Term::parse(term.get_ref());
            if parsed.is_none() {
                source.error(
                    errors,
                    &term.span(),
                    format!("the term {:?} has no words", term.get_ref()),
                    "write the word or phrase that signals the tag".into(),
                );
            }
            parsed
        })
        .collect()
}

/// Parses a date value, recording a problem on its line if it is not a real day.
pub fn parse_date(source: &TomlSource, date: &Spanned<DateText>, errors: &mut SourceErrors) -> Option<Date> {
    let text = &date.get_ref().0;
    Date::parse(text)
        .map_err(|error| {
            source.error(
                errors,
                &date.span(),
                format!("{text:?} is {error}"),
                "write an ISO date that exists, e.g. \"2024-11-04\"".into(),
            )
        })
        .ok()
}
