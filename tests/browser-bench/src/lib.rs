//! The explorer's core as a wasm module for the in-browser search benchmark
//! (`page/bench.js` times each call), and the unit of work both benchmarks
//! time: one view, as the page computes it.

pub mod counting;

use explorer_core::{Corpus, Explorer, Query};
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
        .map(|&position| explorer.passages(&outcome, position).len())
        .sum();
    std::hint::black_box(passages);
    outcome.evaluation.documents.len()
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
    let corpus = loaded()?;
    EXPLORER.with_borrow(|explorer| {
        let explorer = explorer.as_ref().ok_or_else(|| JsError::new("call index() first"))?;
        Ok(run_view(corpus, explorer, view, passage_results))
    })
}

/// Bytes the module holds: the corpus, once loaded, and its indexes, once built.
#[wasm_bindgen]
pub fn live_bytes() -> usize {
    counting::live_bytes()
}
