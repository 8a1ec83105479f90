//! The corpus the build compiled, and the indexes built from it, each
//! built once on first use. In the browser the corpus arrives in parts
//! beside the wasm, each named by its hash (written by `tools/post-build`):
//! its metadata (`corpus-<hash>.json`), fetched while the wasm downloads
//! ([`load`]), and the documents' text (`text-<hash>.json` shards), fetched
//! when a view first needs it ([`load_text`]), or one shard when the reader
//! needs only its document ([`load_document_text`]); and the search
//! index's head (`search-<hash>.json`) and postings files
//! (`postings-<hash>.json`), fetched when the documents list is searched
//! ([`load_search`]); natively, where the build renders the first view, the
//! whole corpus is compiled in.

use explorer_core::model::Document;
use explorer_core::research::{figure_index as index_figures, quote_index as index_quotes, ItemIndex};
#[cfg(target_arch = "wasm32")]
use explorer_core::shards::TextShard;
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

/// The `<meta>` naming (space-separated) the files a search fetches first,
/// which `tools/post-build` writes: the search index's head and, for a
/// corpus whose text is one shard, its postings file and that shard. The
/// page's start-up script (in `index.html`) preloads them for a search
/// asked for before the app has taken over; the app fetches them at once
/// when a search is first coming (`load_search`).
pub const SEARCH_META: &str = "explorer-search";

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

/// Fetches the documents' text, every shard at once (those already
/// read for the reader, a result or a concordance are not fetched again),
/// and joins it to the metadata; after this [`corpus`] is the whole
/// corpus. `arrived` hears how many shards have arrived as each does.
#[cfg(target_arch = "wasm32")]
pub async fn load_text(arrived: impl Fn(usize)) -> Result<(), String> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let folder = shard_folder();
    let pending: Vec<ShardSource> = (0..metadata.text_shards().len())
        .map(|index| match kept_shard(index) {
            Some(kept) => ShardSource::Kept(kept),
            None => ShardSource::Fetching(shard_fetch(&folder, index)),
        })
        .collect();
    let mut shards = Vec::with_capacity(pending.len());
    for source in pending {
        shards.push(match source {
            ShardSource::Kept(kept) => kept,
            ShardSource::Fetching(fetch) => shard(fetch).await?,
        });
        arrived(shards.len());
    }
    let whole = metadata.with_text(shards).map_err(|error| error.to_string())?;
    let _ = WHOLE.set(whole);
    let joined = metadata.text_shards().iter().map(|entry| format!("{folder}{}", entry.file));
    FETCHES.with(|fetches| joined.for_each(|address| drop(fetches.borrow_mut().remove(&address))));
    Ok(())
}

/// Where a shard's text comes from: the documents already read from it, or its fetch.
#[cfg(target_arch = "wasm32")]
enum ShardSource {
    Kept(TextShard),
    Fetching((String, js_sys::Promise)),
}

/// The `index`th shard made again from its documents, if they were read
/// from it before ([`keep_shard`]).
#[cfg(target_arch = "wasm32")]
fn kept_shard(index: usize) -> Option<TextShard> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let entry = &metadata.text_shards()[index];
    Some(TextShard::of(entry.first, &kept_documents(entry)?))
}

/// The documents of a shard, if all were read from it before ([`keep_shard`]).
#[cfg(target_arch = "wasm32")]
fn kept_documents(entry: &explorer_core::model::ShardEntry) -> Option<Vec<&'static Document>> {
    let read_alone = READ_ALONE.get()?;
    entry.positions().map(|position| read_alone[position].get()).collect()
}

/// Fetches the search index's head, unless it is here, and gives it to
/// the explorer of the metadata, then the postings files the view's search
/// needs that it lacks: after this the documents list's search of `query`
/// is answered as from the whole text.
#[cfg(target_arch = "wasm32")]
pub async fn load_search(query: &explorer_core::Query) -> Result<(), String> {
    use explorer_core::search::{IndexHead, PostingsPart, SearchIndex};
    let metadata = METADATA.get().expect("the search loads after the metadata");
    if corpus().has_text() {
        return Ok(());
    }
    let (explorer, folder) = (explorer(), shard_folder());
    if !explorer.search_is_indexed() {
        for address in page_meta(SEARCH_META).unwrap_or_default().split_whitespace() {
            if !is_kept_shard(metadata, &folder, address) {
                let _started = fetched(address);
            }
        }
        let head_file = metadata.data().search_index.as_deref().ok_or("the corpus names no search index")?;
        let (address, fetch) = fetched(&format!("{folder}{head_file}"));
        let head = IndexHead::from_json(&await_text(fetch).await?)
            .map_err(|error| format!("{address} is not this build's search index: {error}"))?;
        let index = SearchIndex::from_head(head, metadata).map_err(|error| format!("{address}: {error}"))?;
        explorer.take_search_index(index);
    }
    let index = explorer.search_index();
    let missing = explorer.missing_files(query);
    let pending: Vec<_> = missing
        .iter()
        .map(|&file| (file, fetched(&format!("{folder}{}", index.file_name(file).unwrap_or_default()))))
        .collect();
    for (file, (address, fetch)) in pending {
        let part = PostingsPart::from_json(&await_text(fetch).await?)
            .map_err(|error| format!("{address} is not this build's search index: {error}"))?;
        index.add_file(file, part).map_err(|error| format!("{address}: {error}"))?;
    }
    Ok(())
}

/// Fetches the text shard that holds the document `id`, for the reader to
/// show it before (or without) the rest: after this [`readable`] has it.
#[cfg(target_arch = "wasm32")]
pub async fn load_document_text(id: &str) -> Result<(), String> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let position = metadata.position(id).ok_or_else(|| format!("the corpus has no document {id}"))?;
    if readable(id).is_some() {
        return Ok(());
    }
    let index = metadata.shard_holding(position).ok_or_else(|| format!("no text shard holds {id}"))?;
    keep_shard(index, shard(shard_fetch(&shard_folder(), index)).await?)
}

/// Fetches the text shards holding the documents at `positions` (those
/// already here are not fetched again), all at once, and teaches the
/// search index each document's text as its shard arrives
/// ([`Explorer::learn_text`]), so the work is spread between arrivals:
/// after this the concordance and the trends of a phrase over those
/// documents are computed as from the whole text. `arrived` hears how many
/// of the shards (of [`shards_holding`]) are here as each arrives.
#[cfg(target_arch = "wasm32")]
pub async fn load_found_texts(positions: Vec<usize>, arrived: impl Fn(usize)) -> Result<(), String> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let folder = shard_folder();
    let here = |position: &usize| readable(&metadata.documents()[*position].id).is_some();
    let (ready, waiting): (Vec<usize>, Vec<usize>) = positions.iter().copied().partition(here);
    learn_texts(&ready)?;
    let pending: Vec<_> =
        shards_holding(&waiting).into_iter().map(|index| (index, shard_fetch(&folder, index))).collect();
    let before = shards_holding(&positions).len() - pending.len();
    arrived(before);
    for (done, (index, fetch)) in (before + 1..).zip(pending) {
        keep_shard(index, shard(fetch).await?)?;
        let held = metadata.text_shards()[index].positions();
        learn_texts(&waiting.iter().copied().filter(|position| held.contains(position)).collect::<Vec<_>>())?;
        arrived(done);
    }
    Ok(())
}

/// Teaches the search index the texts of the documents at `positions`, which are here.
#[cfg(target_arch = "wasm32")]
fn learn_texts(positions: &[usize]) -> Result<(), String> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    for &position in positions {
        let document =
            readable(&metadata.documents()[position].id).ok_or("a text shard left out a document")?;
        let learned = explorer().learn_text(position, document);
        learned.map_err(|problem| format!("the text does not match the search index: {problem}"))?;
    }
    Ok(())
}

/// The text shards holding the documents at `positions`, in order.
pub fn shards_holding(positions: &[usize]) -> Vec<usize> {
    let metadata = corpus();
    let mut shards: Vec<usize> =
        positions.iter().filter_map(|&position| metadata.shard_holding(position)).collect();
    shards.sort_unstable();
    shards.dedup();
    shards
}

/// Keeps the documents of the `index`th shard, for [`readable`], and lets
/// its fetched file go: from here on its text is made from its documents.
#[cfg(target_arch = "wasm32")]
fn keep_shard(index: usize, shard: TextShard) -> Result<(), String> {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    let documents = metadata.documents_in(index, shard).map_err(|error| error.to_string())?;
    let entry = &metadata.text_shards()[index];
    let read_alone =
        READ_ALONE.get_or_init(|| metadata.documents().iter().map(|_| OnceLock::new()).collect());
    for (offset, document) in documents.into_iter().enumerate() {
        let _ = read_alone[entry.first as usize + offset].set(document);
    }
    let address = format!("{}{}", shard_folder(), entry.file);
    FETCHES.with(|fetches| drop(fetches.borrow_mut().remove(&address)));
    Ok(())
}

/// Whether `address` is a text shard whose documents are kept ([`keep_shard`]),
/// which no one need fetch again.
#[cfg(target_arch = "wasm32")]
fn is_kept_shard(metadata: &Corpus, folder: &str, address: &str) -> bool {
    let file = address.strip_prefix(folder).unwrap_or(address);
    let shard = metadata.text_shards().iter().find(|entry| entry.file == file);
    shard.is_some_and(|entry| kept_documents(entry).is_some())
}

/// A document with its text, if its text is here: from the whole corpus,
/// or fetched alone for the reader ([`load_document_text`]).
pub fn readable(id: &str) -> Option<&'static Document> {
    let corpus = corpus();
    if corpus.has_text() {
        return corpus.document(id);
    }
    #[cfg(target_arch = "wasm32")]
    return READ_ALONE.get()?.get(corpus.position(id)?)?.get();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Documents whose text was fetched for the reader before the whole text, by position.
#[cfg(target_arch = "wasm32")]
static READ_ALONE: OnceLock<Vec<OnceLock<Document>>> = OnceLock::new();

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Each file's fetch (a text shard, the search index's head or one of
    /// its postings files), by address, while it is wanted: one download
    /// however many ask for it (the reader, then a search), forgotten as
    /// soon as it fails, so that trying again fetches anew every file that
    /// failed, awaited or not. A text shard's is forgotten once its
    /// documents are kept, and no one fetches a kept shard again.
    static FETCHES: std::cell::RefCell<std::collections::HashMap<String, js_sys::Promise>> =
        Default::default();
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// How many of those fetches are under way, and when one last started
    /// or ended (milliseconds since the page opened).
    static UNDER_WAY: std::cell::Cell<(usize, f64)> = const { std::cell::Cell::new((0, 0.0)) };
}

/// For how long (milliseconds) no file the page asked for has been on its
/// way; 0 while one is.
#[cfg(target_arch = "wasm32")]
pub fn quiet_for() -> f64 {
    let (under_way, last) = UNDER_WAY.with(std::cell::Cell::get);
    if under_way > 0 {
        0.0
    } else {
        now() - last
    }
}

/// One more fetch under way (`+1`) or one fewer (`-1`), now.
#[cfg(target_arch = "wasm32")]
fn count_under_way(change: isize) {
    UNDER_WAY.with(|cell| cell.set((cell.get().0.saturating_add_signed(change), now())));
}

#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    leptos::prelude::window().performance().map_or(0.0, |performance| performance.now())
}

/// Where the text shards and the search index's files are: beside the metadata file the page names.
#[cfg(target_arch = "wasm32")]
fn shard_folder() -> String {
    let address = metadata_address().unwrap_or_default();
    address[..address.rfind('/').map_or(0, |slash| slash + 1)].to_owned()
}

/// The `index`th shard's address and its fetch (the JSON), started now
/// unless it already was.
#[cfg(target_arch = "wasm32")]
fn shard_fetch(folder: &str, index: usize) -> (String, js_sys::Promise) {
    let metadata = METADATA.get().expect("the text loads after the metadata");
    fetched(&format!("{folder}{}", metadata.text_shards()[index].file))
}

/// A file's address and its fetch (its text), started now unless it already was.
#[cfg(target_arch = "wasm32")]
fn fetched(address: &str) -> (String, js_sys::Promise) {
    let fetch = FETCHES.with(|fetches| {
        let mut fetches = fetches.borrow_mut();
        let fetch = fetches.entry(address.to_owned()).or_insert_with(|| {
            let address = address.to_owned();
            count_under_way(1);
            wasm_bindgen_futures::future_to_promise(async move {
                let bytes = fetch_bytes(&address).await;
                count_under_way(-1);
                let bytes = bytes.inspect_err(|_| {
                    FETCHES.with(|fetches| fetches.borrow_mut().remove(&address));
                })?;
                Ok(bytes.into())
            })
        });
        fetch.clone()
    });
    (address.to_owned(), fetch)
}

/// A fetch's text, once it is done.
#[cfg(target_arch = "wasm32")]
async fn await_text(fetch: js_sys::Promise) -> Result<String, String> {
    let bytes = wasm_bindgen_futures::JsFuture::from(fetch)
        .await
        .map_err(|problem| problem.as_string().unwrap_or_default())?;
    Ok(utf8(js_sys::Uint8Array::new(&bytes)))
}

/// The `index`th shard, read once its fetch is done.
#[cfg(target_arch = "wasm32")]
async fn shard((address, fetch): (String, js_sys::Promise)) -> Result<TextShard, String> {
    let text = await_text(fetch).await?;
    TextShard::from_json(&text).map_err(|error| format!("{address} is not this build's text: {error}"))
}

#[cfg(target_arch = "wasm32")]
fn metadata_address() -> Option<String> {
    page_meta(CORPUS_META)
}

/// The content of the page's `<meta>` named `name`.
#[cfg(target_arch = "wasm32")]
fn page_meta(name: &str) -> Option<String> {
    leptos::prelude::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(address: &str) -> Result<String, String> {
    Ok(utf8(fetch_bytes(address).await?))
}

/// A file's bytes, or what went wrong. Its text is read from them in the
/// wasm ([`utf8`]), one copy, where the response's own text would be
/// decoded to a JavaScript string and then encoded back into the wasm.
#[cfg(target_arch = "wasm32")]
async fn fetch_bytes(address: &str) -> Result<js_sys::Uint8Array, String> {
    let response =
        wasm_bindgen_futures::JsFuture::from(leptos::prelude::window().fetch_with_str(address)).await;
    read_bytes(address, response).await
}

/// Fetched bytes as text. The build writes UTF-8; anything else is
/// replaced, and reading the file as JSON then says which file it was.
#[cfg(target_arch = "wasm32")]
fn utf8(bytes: js_sys::Uint8Array) -> String {
    String::from_utf8(bytes.to_vec())
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// A fetched file's bytes, or what went wrong.
#[cfg(target_arch = "wasm32")]
async fn read_bytes(
    address: &str,
    response: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>,
) -> Result<js_sys::Uint8Array, String> {
    use wasm_bindgen::JsCast;
    let failed = |what: &str, error: wasm_bindgen::JsValue| {
        format!("{what}: {}", error.as_string().unwrap_or_default())
    };
    let response: web_sys::Response =
        response.map_err(|e| failed("the network", e))?.dyn_into().map_err(|e| failed("the response", e))?;
    if !response.ok() {
        return Err(format!("{address} answered {} {}", response.status(), response.status_text()));
    }
    let bytes = response.array_buffer().map_err(|e| failed("the response", e))?;
    let bytes = wasm_bindgen_futures::JsFuture::from(bytes).await.map_err(|e| failed("reading it", e))?;
    Ok(js_sys::Uint8Array::new(&bytes))
}

/// The corpus version, if the corpus has loaded (for bug reports, which must not load it).
pub fn loaded_version() -> Option<&'static str> {
    METADATA.get().map(Corpus::version)
}

/// The facet index, and the search index: over the whole corpus once its
/// text is loaded (built on the first search, or by
/// [`index_search_later`]), over its metadata before, whose search index
/// is loaded from the build's files ([`load_search`]).
pub fn explorer() -> &'static Explorer {
    static OF_METADATA: OnceLock<Explorer> = OnceLock::new();
    static OF_WHOLE: OnceLock<Explorer> = OnceLock::new();
    if !corpus().has_text() {
        return OF_METADATA.get_or_init(|| Explorer::deferring_search(corpus()));
    }
    OF_WHOLE.get_or_init(|| match OF_METADATA.get() {
        Some(listed) => listed.with_text(corpus()),
        None => Explorer::deferring_search(corpus()),
    })
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
