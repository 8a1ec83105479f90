//! Smoke test: the release build starts in Chromium and lists every
//! document, both at "/" and under a sub-path.

use e2e::{
    all_attrs, corpus_ids_newest_first, count, dist_dir, sub_path_dist_dir, wait_for, Browser,
    Site, LOAD_TIMEOUT,
};
use std::path::Path;

/// The corpus's documents, newest first, as the explorer lists them.
const EXPECTED: [&str; 6] = [
    "2024-11-04-starmer-interpol-border-security-investment",
    "2024-10-04-g7-anti-smuggling-action-plan",
    "2024-05-29-pac-asylum-accommodation-rwanda",
    "2023-06-12-hac-albania-asylum-claims",
    "2023-03-18-uk-rwanda-agreement-strengthened",
    "2023-03-10-uk-france-small-boats-package",
];

async fn lists_every_document(dist: &Path, sub_path: &str) {
    assert_eq!(
        corpus_ids_newest_first(),
        EXPECTED,
        "corpus/documents changed: update this test"
    );
    let site = Site::start(dist, sub_path);
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.expect("open the page");

    wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
    assert_eq!(
        all_attrs(&browser, "[data-doc-id]", "data-doc-id").await,
        EXPECTED
    );
    assert_eq!(
        count(&browser, "[data-doc-id]").await,
        6,
        "exactly six elements carry data-doc-id"
    );
    assert_eq!(
        count(&browser, "#loading").await,
        0,
        "the loading message is removed once the app starts"
    );

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
