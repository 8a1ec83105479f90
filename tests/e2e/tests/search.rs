//! Searching as a reader sees it: a word matched only by completion or by
//! correcting a typo is named on the page with a link to search it as
//! typed, and an empty view offers "Did you mean …?".

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::actions::*;
use e2e::{attr, count, screenshot, text, wait_for, workspace_root, Browser, Locator};
use std::time::Duration;

async fn type_search(browser: &Browser, text: &str) {
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys(text).await.unwrap();
}

#[tokio::test]
async fn a_completed_word_is_named_with_a_link_to_search_it_as_typed() {
    let (_site, browser) = open("q=illegal+migration+act", 1280, 900).await;
    wait_for(&browser, "[data-search-note=\"act\"]", Duration::from_secs(10)).await;
    assert!(count(&browser, "[data-doc-id]").await > 0);
    let note = text(&browser, "[data-search-note=\"act\"]").await;
    assert!(
        note.contains(
            "No document contains “act”; showing words that begin with it: action, actions, activity."
        ),
        "{note}"
    );
    screenshot(&browser, &workspace_root().join("target/screenshots/search-note.png")).await;
    click(&browser, "[data-search-note=\"act\"] a").await;
    results_once_count_is(&browser, 0).await;
    assert_eq!(query_string(&browser).await, "q=illegal+migration+%22act%22");
    assert_eq!(count(&browser, "[data-search-note]").await, 0, "a quoted word is never completed");
    browser.close().await;
}

#[tokio::test]
async fn a_typo_is_corrected_and_said_so_and_as_typed_it_offers_did_you_mean() {
    let (_site, browser) = open("q=Rwnda", 1280, 900).await;
    let mut found = results_once_count_is(&browser, 3).await;
    found.sort();
    let mut expected = [FRANCE, PAC, RWANDA];
    expected.sort();
    assert_eq!(found, expected);
    let note = text(&browser, "[data-search-note=\"rwnda\"]").await;
    assert!(note.contains("No document contains “rwnda”; showing the nearest word: rwanda."), "{note}");
    let marks =
        script(&browser, "return [...document.querySelectorAll('.snippets mark')].map(m => m.textContent)")
            .await;
    let marks = marks.as_array().unwrap();
    let rwanda = |m: &serde_json::Value| m == "Rwanda" || m == "Rwanda’s";
    assert!(!marks.is_empty() && marks.iter().all(rwanda), "not “Rwandan”: {marks:?}");
    click(&browser, "[data-search-note] a").await;
    results_once_count_is(&browser, 0).await;
    assert_eq!(query_string(&browser).await, "q=%22Rwnda%22");
    let offer = text(&browser, "[data-did-you-mean]").await;
    assert_eq!(offer, "Did you mean rwanda? (3 documents)");
    click(&browser, "[data-did-you-mean] a").await;
    results_once_count_is(&browser, 3).await;
    assert_eq!(query_string(&browser).await, "q=rwanda");
    assert_eq!(count(&browser, "[data-search-note]").await, 0);
    browser.close().await;
}

#[tokio::test]
async fn notes_and_their_links_follow_the_search_as_it_is_typed() {
    let (_site, browser) = open("q=alban", 1280, 900).await;
    wait_for(&browser, "[data-search-note=\"alban\"]", Duration::from_secs(10)).await;
    type_search(&browser, "ia").await;
    wait_until_no_note(&browser).await;
    assert_eq!(results_once_count_is(&browser, 1).await, [HAC]);
    type_search(&browser, " asylu").await;
    wait_for(&browser, "[data-search-note=\"asylu\"]", Duration::from_secs(10)).await;
    let href = attr(&browser, "[data-search-note=\"asylu\"] a", "href").await.unwrap();
    assert!(href.ends_with("?q=albania+%22asylu%22"), "{href}");
    browser.close().await;
}

async fn wait_until_no_note(browser: &Browser) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while count(browser, "[data-search-note]").await > 0 {
        assert!(std::time::Instant::now() < deadline, "the note stayed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
