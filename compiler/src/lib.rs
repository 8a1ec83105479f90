//! Compiles the human-editable corpus sources (`corpus/`) into the JSON the
//! explorer embeds, doing at build time all that need not happen in the
//! browser: paragraph splitting, tagging, deriving the government period,
//! attributing quotations and finding figures.
//!
//! Invalid sources fail with the file, the line and what to fix.

mod address;
mod document;
mod error;
mod figures;
mod imports;
mod paragraphs;
mod quotes;
mod sentences;
mod source_file;
mod tagging;
mod taxonomy;
mod terms;
mod toml_source;

pub use error::{SourceError, SourceErrors};
pub use imports::{ImportKey, PARLIAMENT_PAGE_KINDS};

use explorer_core::model::{CorpusData, Document};
use std::path::Path;

/// Reads `corpus_dir` (holding `documents/` and `taxonomy/`) and compiles it.
/// Returns every problem found, not just the first.
pub fn compile(corpus_dir: &Path) -> Result<CorpusData, SourceErrors> {
    let mut errors = SourceErrors::default();
    let taxonomy = taxonomy::load(&corpus_dir.join("taxonomy"), &mut errors);
    let documents = match &taxonomy {
        Some(taxonomy) => document::load_all(&corpus_dir.join("documents"), taxonomy, &mut errors),
        None => Vec::new(),
    };
    errors.into_result()?;
    let taxonomy = taxonomy.expect("no errors means the taxonomy loaded").compiled;
    let mut data = CorpusData {
        version: String::new(),
        taxonomy,
        documents,
        text_shards: Vec::new(),
        search_index: None,
    };
    data.version = fingerprint(&serde_json::to_string(&data).expect("the corpus serialises"));
    Ok(data)
}

/// Compiles the corpus to the JSON text the app embeds.
pub fn compile_to_json(corpus_dir: &Path) -> Result<String, SourceErrors> {
    let data = compile(corpus_dir)?;
    Ok(serde_json::to_string(&data).expect("the corpus serialises"))
}

/// A corpus's taxonomy, loaded once to compile documents one at a time
/// with [`compile_document`].
pub struct Taxonomy(taxonomy::LoadedTaxonomy);

impl Taxonomy {
    /// The taxonomy as the app receives it: entries, labels, governments.
    pub fn compiled(&self) -> &explorer_core::model::Taxonomy {
        &self.0.compiled
    }

    /// The slug of the entry of `facet` that an import key names
    /// (`govuk = "/government/organisations/home-office"` → `home-office`).
    pub fn slug_for(&self, facet: explorer_core::Facet, key: &ImportKey) -> Option<&str> {
        self.0.keys.slug(facet, key)
    }
}

/// A document source's TOML front matter and text, split as [`compile`]
/// splits them; `None` without the two `+++` lines.
pub fn split_document(text: &str) -> Option<(&str, &str)> {
    let mut ignored = SourceErrors::default();
    document::split_front_matter(Path::new(""), text, &mut ignored).map(|(front, body, _)| (front, body))
}

/// Loads `taxonomy_dir/*.toml`, or returns every problem in them.
pub fn load_taxonomy(taxonomy_dir: &Path) -> Result<Taxonomy, SourceErrors> {
    let mut errors = SourceErrors::default();
    let loaded = taxonomy::load(taxonomy_dir, &mut errors);
    errors.into_result()?;
    Ok(Taxonomy(loaded.expect("no errors means the taxonomy loaded")))
}

/// Compiles one document from its source text, as [`compile`] does each
/// file; `file` only names it in errors. Public so that the parser can be
/// fuzzed without writing files.
pub fn compile_document(file: &Path, text: &str, taxonomy: &Taxonomy) -> Result<Document, SourceErrors> {
    let mut errors = SourceErrors::default();
    let document = document::load(file, text, &taxonomy.0, &mut errors);
    errors.into_result()?;
    Ok(document.expect("no errors means the document compiled").0)
}

/// A short, stable fingerprint (FNV-1a, 64 bits) of the compiled corpus.
fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
