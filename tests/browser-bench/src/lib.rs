//! The explorer's core as a wasm module for the in-browser benchmark
//! (`page/bench.js` times each call), and the units of work the native and
//! browser benchmarks time: one view, and one analysis view, as the page
//! computes them.

pub mod counting;

use explorer_core::analysis::{collocates, compare, concordance, trends};
use explorer_core::{Corpus, Explorer, Query, View};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

/// Computes a view as the page does: parse its URL query, rank and count,
/// and build the passages of the first `passage_results` results. Returns
/// the number of results.
pub fn run_view(corpus: &Corpus, explorer: &Explorer, view: &str, passage_results: usize) -> usize {
    let (query, _notices) = Query::parse_for(view, corpus);
    let outcome = explorer.explore(&query);
    let passages: usize = outcome
        .evaluation
        .documents
        .iter()
        .take(passage_results)
        .map(|&position| explorer.passages(&outcome, position, &corpus.documents()[position]).len())
        .sum();
    std::hint::black_box(passages);
    outcome.evaluation.documents.len()
}

/// Computes an analysis view as the page does: parse its URL query,
/// explore, then the view's analysis (the concordance with its collocates).
/// Returns how many items it shows.
pub fn run_analysis(corpus: &Corpus, explorer: &Explorer, view: &str) -> usize {
    let (query, _notices) = Query::parse_for(view, corpus);
    let outcome = explorer.explore(&query);
    match query.view {
        View::Trends => trends(corpus, explorer, &outcome).spans.len(),
        View::Compare => compare(corpus, explorer, &query).map_or(0, |c| c.term_count()),
        _ => {
            let lines = concordance(corpus, explorer, &outcome, query.context(), query.sort());
            std::hint::black_box(collocates(explorer, &lines, &outcome.evaluation.documents));
            lines.lines.len()
        }
    }
}

thread_local! {
    static CORPUS: RefCell<Option<&'static Corpus>> = const { RefCell::new(None) };
    static EXPLORER: RefCell<Option<Explorer>> = const { RefCell::new(None) };
}

fn loaded() -> Result<&'static Corpus, JsError> {
    CORPUS.with_borrow(|corpus| corpus.ok_or_else(|| JsError::new("call load() first")))
}

/// Parses a compiled corpus (JSON bytes). Returns its number of documents.
#[wasm_bindgen]
pub fn load(json: &[u8]) -> Result<usize, JsError> {
    let text = std::str::from_utf8(json)?;
    let corpus = Corpus::from_json(text).map_err(|error| JsError::new(&error.to_string()))?;
    let documents = corpus.documents().len();
    // The page loads one corpus and lives as long as it.
    CORPUS.set(Some(Box::leak(Box::new(corpus))));
    Ok(documents)
}

/// Builds the facet and search indexes of the loaded corpus.
#[wasm_bindgen]
pub fn index() -> Result<(), JsError> {
    let explorer = Explorer::new(loaded()?);
    EXPLORER.set(Some(explorer));
    Ok(())
}

/// Computes one view (see [`run_view`]). Returns the number of results.
#[wasm_bindgen]
pub fn view(view: &str, passage_results: usize) -> Result<usize, JsError> {
    with_explorer(|corpus, explorer| run_view(corpus, explorer, view, passage_results))
}

/// Runs `work` on the loaded corpus and its indexes.
fn with_explorer<T>(work: impl FnOnce(&Corpus, &Explorer) -> T) -> Result<T, JsError> {
    let corpus = loaded()?;
    EXPLORER.with_borrow(|explorer| {
        let explorer = explorer.as_ref().ok_or_else(|| JsError::new("call index() first"))?;
        Ok(work(corpus, explorer))
    })
}

/// Builds the word counts the analysis views share, as their first use does.
#[wasm_bindgen]
pub fn count_words() -> Result<(), JsError> {
    with_explorer(|_, explorer| {
        explorer.words();
    })
}

/// Computes one analysis view (see [`run_analysis`]). Returns its number of items.
#[wasm_bindgen]
pub fn analysis(view: &str) -> Result<usize, JsError> {
    with_explorer(|corpus, explorer| run_analysis(corpus, explorer, view))
}

/// Bytes the module holds: the corpus, once loaded, and its indexes, once built.
#[wasm_bindgen]
pub fn live_bytes() -> usize {
    counting::live_bytes()
}
