//! Importing one address: fetch (or read the saved copy), read, map to the
//! taxonomy, render, check by compiling, then write only a new document,
//! or a changed one when asked and never a hand edit unless asked.

use crate::address::Address;
use crate::corpus::CorpusIndex;
use crate::fetch::{self, Fetcher};
use crate::fetched::{slug_of, Fetched};
use crate::mapping::{self, Mapping};
use crate::{cli::Options, diff, entries, government, govuk, parliament, render};
use corpus_compiler::Taxonomy;
use explorer_core::Facet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The longest id the importer makes: longer slugs are cut at a hyphen.
const MAX_ID: usize = 80;

/// How one address ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Written {
        path: PathBuf,
        new: bool,
    },
    Unchanged(PathBuf),
    /// Changed at the source, and left as it is (the run says why).
    NotWritten(PathBuf),
    /// Not imported, for the reason given; nothing written.
    NotImported(String),
}

pub struct Importer<'o> {
    pub options: &'o Options,
    pub fetcher: Fetcher,
    pub taxonomy: Taxonomy,
    pub index: CorpusIndex,
    /// Whether a document written names taxonomy entries not yet added.
    pub needs_taxonomy: bool,
}

impl Importer<'_> {
    fn taxonomy_dir(&self) -> PathBuf {
        self.options.corpus.join("taxonomy")
    }

    /// Imports `text`, an address as the user wrote it.
    pub fn import(&mut self, text: &str, out: &mut dyn Write) -> Outcome {
        match self.try_import(text, out) {
            Ok(outcome) => outcome,
            Err(reason) => Outcome::NotImported(reason),
        }
    }

    fn try_import(&mut self, text: &str, out: &mut dyn Write) -> Result<Outcome, String> {
        let address = Address::parse(text)?;
        let from = address.fetched_from();
        let response = match &self.options.from_file {
            Some(saved) => fetch::read_saved(saved)?,
            None => self.fetcher.get(&from, out).map_err(|error| format!("{from}: {error}"))?,
        };
        let fetched = match &address {
            Address::GovUk { .. } => govuk::read(&response, &address)?,
            Address::CommitteeNews { .. } => parliament::read(&response, &address)?,
        };
        for note in &fetched.notes {
            let _ = writeln!(out, "  note: {note}");
        }
        let mapping = mapping::map(&fetched, &self.taxonomy)?;
        if let Some(label) = &fetched.government {
            if let Some(disagreement) = government::disagreement(label, fetched.date, &self.taxonomy) {
                let _ = writeln!(out, "  government: {disagreement}");
            }
        }
        let existing = self.index.by_source(&address.page());
        let id = existing.map_or_else(|| new_id(&fetched), |existing| existing.id.clone());
        let path = existing.map_or_else(|| self.index.path_of(&id), |existing| existing.path.clone());
        if existing.is_none() && path.exists() {
            return Err(format!(
                "{} holds another document with the id {id}: nothing written",
                path.display()
            ));
        }
        let unrecorded = render::render(&id, &fetched, &mapping);
        let recorded = render::with_record(&unrecorded, &from, &today());
        self.check(&path, &recorded, &fetched, &mapping)?;
        self.add_or_print_taxonomy(&mapping, &from, out)?;
        let outcome = self.write(&path, &unrecorded, &recorded, out)?;
        self.index.insert(&address.page(), &id, path);
        Ok(outcome)
    }

    /// Compiles the document as the build will, against the taxonomy with
    /// any entries it lacks, and checks the text reads back as imported.
    fn check(&self, path: &Path, source: &str, fetched: &Fetched, mapping: &Mapping) -> Result<(), String> {
        let with_additions;
        let taxonomy = if mapping.missing.is_empty() {
            &self.taxonomy
        } else {
            let copy = entries::with_additions(
                &self.taxonomy_dir(),
                &mapping.missing,
                &fetched.address.fetched_from(),
            )?;
            with_additions = corpus_compiler::load_taxonomy(copy.path())
                .map_err(|errors| format!("the taxonomy entries to add do not load:\n{errors}"))?;
            &with_additions
        };
        let document = corpus_compiler::compile_document(path, source, taxonomy).map_err(|errors| {
            format!("the document made from this page does not compile, so nothing is written:\n{errors}")
        })?;
        let read_back: Vec<_> = document.paragraphs.iter().map(|p| (p.block, p.text.clone())).collect();
        if document.title != fetched.title || read_back != fetched.text {
            return Err(
                "the text made from this page does not read back as it was imported: nothing written".into(),
            );
        }
        Ok(())
    }

    fn add_or_print_taxonomy(
        &mut self,
        mapping: &Mapping,
        from: &str,
        out: &mut dyn Write,
    ) -> Result<(), String> {
        if mapping.missing.is_empty() {
            return Ok(());
        }
        let dir = self.taxonomy_dir();
        if self.options.add_taxonomy {
            entries::append(&dir, &mapping.missing, from)?;
            for named in &mapping.missing {
                let _ = writeln!(
                    out,
                    "  added to the taxonomy: {} {} ({:?})",
                    named.facet.key(),
                    named.slug,
                    named.name
                );
            }
            self.taxonomy = corpus_compiler::load_taxonomy(&dir).map_err(|errors| errors.to_string())?;
        } else {
            entries::print(out, &dir, &mapping.missing, from);
            if mapping.missing.iter().any(|named| named.facet != Facet::Person) {
                let _ = writeln!(
                    out,
                    "  the document fails the build until they exist (--add-taxonomy adds them)"
                );
                self.needs_taxonomy = true;
            } else {
                let _ = writeln!(
                    out,
                    "  the text is tagged with them once they exist (--add-taxonomy adds them)"
                );
            }
        }
        Ok(())
    }

    /// Writes the document if it is new, or changed and the options allow.
    fn write(
        &self,
        path: &Path,
        unrecorded: &str,
        recorded: &str,
        out: &mut dyn Write,
    ) -> Result<Outcome, String> {
        let Ok(old) = std::fs::read_to_string(path) else {
            write_file(path, recorded)?;
            let _ = writeln!(out, "  wrote {}", path.display());
            return Ok(Outcome::Written { path: path.to_owned(), new: true });
        };
        let (old_unrecorded, old_sha) = render::split_record(&old);
        if old_unrecorded == unrecorded {
            let _ = writeln!(out, "  unchanged: {}", path.display());
            return Ok(Outcome::Unchanged(path.to_owned()));
        }
        let by_hand = match old_sha {
            None => Some("was written by hand"),
            Some(sha) if sha != render::sha256(&old_unrecorded) => {
                Some("was edited by hand after it was imported")
            }
            Some(_) => None,
        };
        let _ = writeln!(
            out,
            "  {} differs from the source (- in the corpus, + from the source):",
            path.display()
        );
        for line in diff::describe(&old_unrecorded, unrecorded) {
            let _ = writeln!(out, "    {line}");
        }
        let keep = match by_hand {
            Some(how) if !self.options.overwrite_hand_edits => {
                Some(format!("it {how}: not overwritten; --update --overwrite-hand-edits replaces it"))
            }
            _ if !self.options.update => Some("nothing written; --update writes it".to_owned()),
            _ => None,
        };
        if let Some(reason) = keep {
            let _ = writeln!(out, "  {reason}");
            return Ok(Outcome::NotWritten(path.to_owned()));
        }
        write_file(path, recorded)?;
        let _ = writeln!(out, "  updated {}", path.display());
        Ok(Outcome::Written { path: path.to_owned(), new: false })
    }
}

/// The date, then the address's slug, cut at a hyphen to at most [`MAX_ID`].
fn new_id(fetched: &Fetched) -> String {
    let slug = match slug_of(fetched.address.slug()) {
        slug if slug.is_empty() => slug_of(&fetched.title),
        slug => slug,
    };
    let mut id = fetched.date.to_string();
    for word in slug.split('-') {
        if id.len() + 1 + word.len() > MAX_ID && id.len() > 10 {
            break;
        }
        id = format!("{id}-{word}");
    }
    id
}

/// Writes through a temporary file, so an interrupted run leaves no half document.
fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let partial = path.with_extension("md.partial");
    std::fs::write(&partial, text)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// Today (UTC), for the import record.
fn today() -> String {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}
