//! The corpus the build compiled, and the indexes built from it, each
//! built once on first use. In the browser the corpus is a file of its own
//! beside the wasm, named by its hash (`corpus-<hash>.json`, written by
//! `tools/post-build`), fetched while the wasm downloads ([`load`]);
//! natively, where the build renders the first view, it is compiled in.

use explorer_core::research::{figure_index as index_figures, quote_index as index_quotes, ItemIndex};
use explorer_core::{Corpus, Explorer, Facet, FigureRef, QuoteRef};
use std::sync::OnceLock;

/// The compiled corpus, for the build's first view and corpus file.
#[cfg(not(target_arch = "wasm32"))]
pub static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

static CORPUS: OnceLock<Corpus> = OnceLock::new();

/// The corpus. The build validated it, so failing here is a bug.
pub fn corpus() -> &'static Corpus {
    #[cfg(not(target_arch = "wasm32"))]
    return CORPUS.get_or_init(|| Corpus::from_json(JSON).expect("the build compiles a valid corpus"));
    #[cfg(target_arch = "wasm32")]
    CORPUS.get().expect("the app starts once the corpus has loaded")
}

/// The `<meta>` naming the corpus file's address, which `tools/post-build` writes.
pub const CORPUS_META: &str = "explorer-corpus";

/// Fetches and reads the corpus file the page names; the message says
/// what went wrong, for the page to show.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |what: &str, error: wasm_bindgen::JsValue| {
        format!("{what}: {}", error.as_string().unwrap_or_default())
    };
    let address = leptos::prelude::document()
        .query_selector(&format!("meta[name=\"{CORPUS_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or("the page does not name its corpus file")?;
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str(&address))
        .await
        .map_err(|e| failed("the network", e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| failed("the response", e))?;
    if !response.ok() {
        return Err(format!("{address} answered {} {}", response.status(), response.status_text()));
    }
    let text = response.text().map_err(|e| failed("the response", e))?;
    let text =
        JsFuture::from(text).await.map_err(|e| failed("reading it", e))?.as_string().unwrap_or_default();
    let corpus =
        Corpus::from_json(&text).map_err(|error| format!("{address} is not this build's corpus: {error}"))?;
    let _ = CORPUS.set(corpus);
    Ok(())
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
#[cfg(target_arch = "wasm32")]
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
