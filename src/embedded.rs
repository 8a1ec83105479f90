//! The corpus compiled into the app by `build.rs`, and its facet index,
//! each built once on first use.

use explorer_core::{Corpus, FacetIndex};
use std::sync::OnceLock;

static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

/// The embedded corpus. The build validated it, so failing here is a bug.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| Corpus::from_json(JSON).expect("the build embeds a valid corpus"))
}

pub fn index() -> &'static FacetIndex {
    static INDEX: OnceLock<FacetIndex> = OnceLock::new();
    INDEX.get_or_init(|| FacetIndex::new(corpus()))
}
