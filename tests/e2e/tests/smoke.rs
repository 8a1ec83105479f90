//! Smoke test: the release build starts in Chromium and lists every
//! document, both at "/" and under a sub-path.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::{
    all_attrs, corpus_ids_newest_first, count, dist_dir, sub_path_dist_dir, wait_for, Browser, Site,
    LOAD_TIMEOUT,
};
use std::path::Path;

async fn lists_every_document(dist: &Path, sub_path: &str) {
    assert_eq!(corpus_ids_newest_first(), NEWEST_FIRST, "corpus/documents changed: update this test");
    let site = Site::start(dist, sub_path);
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.expect("open the page");

    wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
    assert_eq!(all_attrs(&browser, "[data-doc-id]", "data-doc-id").await, NEWEST_FIRST);
    assert_eq!(count(&browser, "[data-doc-id]").await, 6, "exactly six elements carry data-doc-id");
    assert_eq!(count(&browser, "#loading").await, 0, "the loading message is removed once the app starts");

    browser.close().await;
}

#[tokio::test]
async fn release_site_lists_every_document() {
    lists_every_document(&dist_dir(), "/").await;
}

#[tokio::test]
async fn sub_path_site_lists_every_document() {
    lists_every_document(&sub_path_dist_dir(), "/explorer/").await;
}
