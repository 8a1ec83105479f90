//! The corpus compiled into the app by `build.rs`, and the indexes built
//! from it, each built once on first use.

use explorer_core::research::{figure_index as index_figures, quote_index as index_quotes, ItemIndex};
use explorer_core::{Corpus, Explorer, Facet, FigureRef, QuoteRef};
use std::sync::OnceLock;

static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

static CORPUS: OnceLock<Corpus> = OnceLock::new();

/// The embedded corpus. The build validated it, so failing here is a bug.
pub fn corpus() -> &'static Corpus {
    CORPUS.get_or_init(|| Corpus::from_json(JSON).expect("the build embeds a valid corpus"))
}

/// The corpus version, if the corpus has loaded (for bug reports, which must not load it).
pub fn loaded_version() -> Option<&'static str> {
    CORPUS.get().map(Corpus::version)
}

/// The facet index, and the search index once a search (or
/// [`index_search_later`]) has built it.
pub fn explorer() -> &'static Explorer {
    static EXPLORER: OnceLock<Explorer> = OnceLock::new();
    EXPLORER.get_or_init(|| Explorer::deferring_search(corpus()))
}

/// Builds the search index in a task of its own after the first view, so
/// that start-up does not wait for it and the first search does not either.
pub fn index_search_later() {
    leptos::prelude::set_timeout(
        || {
            explorer().search_index();
        },
        std::time::Duration::ZERO,
    );
}

/// The quoted statements, indexed as items of their own (the quotes view).
pub fn quote_index() -> &'static ItemIndex<QuoteRef<'static>> {
    static QUOTES: OnceLock<ItemIndex<QuoteRef<'static>>> = OnceLock::new();
    QUOTES.get_or_init(|| index_quotes(corpus()))
}

/// The figures, indexed as items of their own (the figures view).
pub fn figure_index() -> &'static ItemIndex<FigureRef> {
    static FIGURES: OnceLock<ItemIndex<FigureRef>> = OnceLock::new();
    FIGURES.get_or_init(|| index_figures(corpus()))
}

/// A facet value's label for people; the slug itself if the taxonomy lacks it.
pub fn label(facet: Facet, slug: &str) -> String {
    corpus().taxonomy().label(facet, slug).unwrap_or(slug).to_owned()
}
