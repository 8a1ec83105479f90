//! A corpus whose text is in several shards keeps in its metadata only the
//! summaries of the documents the first view lists: the first view shows
//! them without any text, and a list of other documents shows each
//! summary, as the build wrote it, once the document's text has arrived,
//! or says it could not be loaded, with Try again.

use e2e::actions::*;
use e2e::{
    all_attrs, built_metadata, count, generated_corpus_dir, generated_dist_dir, wait_for, wait_until_gone,
    LOAD_TIMEOUT,
};
use explorer_core::view::PAGE;
use explorer_core::Corpus;
use std::collections::HashMap;

/// The build's metadata of the generated corpus.
fn metadata() -> Corpus {
    built_metadata(&generated_dist_dir())
}

/// Each document's summary as the compiler wrote it from the sources.
fn compiled_summaries() -> HashMap<String, String> {
    let corpus = corpus_compiler::compile(&generated_corpus_dir()).unwrap();
    corpus.documents.into_iter().map(|document| (document.id, document.digest.summary)).collect()
}

async fn text_shards_asked_for(browser: &e2e::Browser) -> u64 {
    let read = "return performance.getEntriesByType('resource').filter(e => /\\/text-[0-9a-f]{16}\\.json$/.test(e.name)).length";
    script(browser, read).await.as_u64().unwrap()
}

#[tokio::test]
async fn the_first_view_has_its_summaries_and_other_documents_read_theirs_from_their_text() {
    let metadata = metadata();
    assert!(metadata.data().text_shards.len() > 1, "the generated build's text is in shards");
    let kept = metadata.documents().iter().filter(|d| !d.digest.summary.is_empty()).count();
    assert_eq!(kept, PAGE, "the first view's documents keep their summaries");
    let compiled = compiled_summaries();

    let (_site, browser) = open_build(&generated_dist_dir(), "", 1280, 900).await;
    results_once_count_is(&browser, 60).await;
    assert_eq!(count(&browser, ".result .result-summary").await, PAGE);
    assert_eq!(count(&browser, "[data-summary-loading]").await, 0);
    assert_eq!(text_shards_asked_for(&browser).await, 0, "the first view needs no text");

    // The oldest documents, most of them outside the first view.
    choose(&browser, "[data-sort]", "oldest").await;
    wait_for_url_containing(&browser, "sort=oldest").await;
    wait_until_gone(&browser, "[data-summary-loading]", LOAD_TIMEOUT).await;
    assert!(text_shards_asked_for(&browser).await > 0);
    let listed = all_attrs(&browser, ".result[data-doc-id]", "data-doc-id").await;
    let shown = script(&browser, "return [...document.querySelectorAll('.result')].map(r => r.querySelector('.result-summary').textContent)").await;
    let shown: Vec<String> = serde_json::from_value(shown).unwrap();
    assert_eq!(listed.len(), PAGE);
    let without_kept =
        listed.iter().filter(|id| metadata.document(id).unwrap().digest.summary.is_empty()).count();
    assert!(without_kept > 0, "the oldest list has documents whose summary was left out");
    for (id, summary) in listed.iter().zip(&shown) {
        assert_eq!(summary, &compiled[id], "{id}");
    }
    assert_eq!(count(&browser, "[data-result-text-failed]").await, 0);
    browser.close().await;
}

#[tokio::test]
async fn a_summary_whose_text_does_not_load_is_said_plainly_and_loads_on_try_again() {
    let dist = generated_dist_dir();
    let is_text = |name: &str| name.starts_with("text-");
    let site_dir = e2e::site_without(&dist, is_text);
    let site = e2e::Site::start(site_dir.path(), "/");
    let browser = e2e::Browser::start(1280, 900).await;
    browser.goto(&site.url("sort=oldest")).await.unwrap();
    wait_for(&browser, "[data-result-text-failed]", LOAD_TIMEOUT).await;
    let message = e2e::text(&browser, "[data-result-text-failed]").await;
    assert!(message.starts_with("Its summary could not be loaded."), "{message}");
    wait_until_gone(&browser, "[data-summary-loading]", LOAD_TIMEOUT).await;
    e2e::copy_files(&dist, site_dir.path(), is_text);
    click(&browser, "[data-result-text-failed] button").await;
    wait_until_gone(&browser, "[data-result-text-failed], [data-summary-loading]", LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, ".result .result-summary").await, PAGE, "one try brought every summary");
    drop(site);
    browser.close().await;
}
