//! The corpus the build compiled, and the indexes built from it, each
//! built once on first use. In the browser the corpus arrives in parts
//! beside the wasm, each named by its hash (written by `tools/post-build`):
//! its metadata (`corpus-<hash>.json`), fetched while the wasm downloads
//! ([`load`]), and the documents' text (`text-<hash>.json` shards), fetched
//! when a view first needs it ([`load_text`]); natively, where the build
//! renders the first view, the whole corpus is compiled in.

use explorer_core::research::{figure_index as index_figures, quote_index as index_quotes, ItemIndex};
use explorer_core::{Corpus, Explorer, Facet, FigureRef, QuoteRef};
use std::sync::OnceLock;

/// The compiled corpus, for the build's first view and corpus file.
#[cfg(not(target_arch = "wasm32"))]
pub static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

/// The corpus as first loaded: in the browser its metadata, without the
/// documents' text unless the build left the text in it.
static METADATA: OnceLock<Corpus> = OnceLock::new();
/// The whole corpus, once the text shards have been loaded into the metadata.
#[cfg(target_arch = "wasm32")]
static WHOLE: OnceLock<Corpus> = OnceLock::new();

/// The corpus: the whole of it once the text is loaded, its metadata
/// before. The build validated it, so failing here is a bug.
pub fn corpus() -> &'static Corpus {
    #[cfg(not(target_arch = "wasm32"))]
    return METADATA.get_or_init(|| Corpus::from_json(JSON).expect("the build compiles a valid corpus"));
    #[cfg(target_arch = "wasm32")]
    WHOLE.get().or(METADATA.get()).expect("the app starts once the corpus has loaded")
}

/// The `<meta>` naming the corpus file's address, which `tools/post-build` writes.
pub const CORPUS_META: &str = "explorer-corpus";

/// Fetches and reads the corpus's metadata, the file the page names; the
/// message says what went wrong, for the page to show.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> Result<(), String> {
    let address = metadata_address().ok_or("the page does not name its corpus file")?;
    let text = fetch_text(&address).await?;
    let corpus =
        Corpus::from_json(&text).map_err(|error| format!("{address} is not this build's corpus: {error}"))?;
    let _ = METADATA.set(corpus);
    Ok(())
}

/// Fetches the documents' text, every shard at once, and joins it to the
/// metadata; after this [`corpus`] is the whole corpus.
#[cfg(target_arch = "wasm32")]
pub async fn load_text() -> Result<(), String> {
    use explorer_core::shards::TextShard;
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let address = metadata_address().unwrap_or_default();
    let folder = &address[..address.rfind('/').map_or(0, |slash| slash + 1)];
    let pending: Vec<_> = metadata
        .text_shards()
        .iter()
        .map(|entry| {
            let address = format!("{folder}{}", entry.file);
            let response =
                wasm_bindgen_futures::JsFuture::from(leptos::prelude::window().fetch_with_str(&address));
            (address, response)
        })
        .collect();
    let mut shards = Vec::with_capacity(pending.len());
    for (address, response) in pending {
        let text = read_text(&address, response.await).await?;
        shards.push(
            TextShard::from_json(&text)
                .map_err(|error| format!("{address} is not this build's text: {error}"))?,
        );
    }
    let whole = metadata.with_text(shards).map_err(|error| error.to_string())?;
    let _ = WHOLE.set(whole);
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn metadata_address() -> Option<String> {
    leptos::prelude::document()
        .query_selector(&format!("meta[name=\"{CORPUS_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(address: &str) -> Result<String, String> {
    let response =
        wasm_bindgen_futures::JsFuture::from(leptos::prelude::window().fetch_with_str(address)).await;
    read_text(address, response).await
}

/// A fetched file's text, or what went wrong.
#[cfg(target_arch = "wasm32")]
async fn read_text(
    address: &str,
    response: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>,
) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let failed = |what: &str, error: wasm_bindgen::JsValue| {
        format!("{what}: {}", error.as_string().unwrap_or_default())
    };
    let response: web_sys::Response =
        response.map_err(|e| failed("the network", e))?.dyn_into().map_err(|e| failed("the response", e))?;
    if !response.ok() {
        return Err(format!("{address} answered {} {}", response.status(), response.status_text()));
    }
    let text = response.text().map_err(|e| failed("the response", e))?;
    let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(|e| failed("reading it", e))?;
    Ok(text.as_string().unwrap_or_default())
}

/// The corpus version, if the corpus has loaded (for bug reports, which must not load it).
pub fn loaded_version() -> Option<&'static str> {
    METADATA.get().map(Corpus::version)
}

/// The facet index, and the search index once a search (or
/// [`index_search_later`]) has built it; over the whole corpus once its
/// text is loaded, over its metadata before (which has no search).
pub fn explorer() -> &'static Explorer {
    static OF_WHOLE: OnceLock<Explorer> = OnceLock::new();
    static OF_METADATA: OnceLock<Explorer> = OnceLock::new();
    let explorer = if corpus().has_text() { &OF_WHOLE } else { &OF_METADATA };
    explorer.get_or_init(|| Explorer::deferring_search(corpus()))
}

/// Builds the search index in a task of its own, once the text is there,
/// so that start-up does not wait for it and the first search does not either.
#[cfg(target_arch = "wasm32")]
pub fn index_search_later() {
    if !corpus().has_text() {
        return;
    }
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
