//! The page follows its address under sequences of actions faster than a
//! person's: no panic when a document opens mid-search, a pending search
//! never rewrites another history entry, Back-Back-Forward then a change
//! keeps the address bar right, links and passages follow a new search,
//! Enter or a click keeps the typed text, a link's odd parts are named, and
//! a link to a paragraph puts focus on it.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;
use e2e::actions::*;
use e2e::{all_attrs, attr, count, wait_for, Browser, Locator, LOAD_TIMEOUT};
use std::time::Duration;

async fn type_in_search(browser: &Browser, text: &str) {
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys(text).await.unwrap();
}

async fn no_bug_report(browser: &Browser) {
    assert_eq!(count(browser, ".bug-report").await, 0, "the page panicked");
}

#[tokio::test]
async fn opening_a_result_while_the_search_is_pending_does_not_panic() {
    let (_site, browser) = open("topic=funding", 1280, 900).await;
    results_once_count_is(&browser, 5).await;
    // A search made first, so that the search index's files have arrived
    // and the typed search is pending only for its quiet time (the list
    // waits for them under a first search: `text_shards.rs`).
    type_in_search(&browser, "rwanda").await;
    address_becomes(&browser, "q=rwanda&topic=funding").await;
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    browser.back().await.unwrap();
    results_once_count_is(&browser, 5).await;
    // Typing, then a click well inside the search's quiet time (120 ms):
    // two scripts, each a task of its own, as a person's key and click are.
    let typed = "const input = document.querySelector('[data-search]');
        input.value = 'rwanda'; input.dispatchEvent(new Event('input', { bubbles: true }));";
    script(&browser, typed).await;
    script(&browser, "document.querySelector('.result-title a').click()").await;
    wait_for(&browser, "[data-reader]", Duration::from_secs(5)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    no_bug_report(&browser).await;
    let address = query_string(&browser).await;
    assert!(address.starts_with("q=rwanda&topic=funding&doc="), "the typed search went along: ?{address}");
    browser.close().await;
}

#[tokio::test]
async fn back_during_a_pending_search_leaves_the_earlier_entry_as_it_was() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    click(&browser, "[data-facet=\"topic\"][data-value=\"funding\"] input").await;
    address_becomes(&browser, "topic=funding").await;
    type_in_search(&browser, "rw").await;
    address_becomes(&browser, "q=rw&topic=funding").await;
    // The rest of the word, then Back, in one task: Back surely comes within
    // the search's quiet time, however busy the machine.
    let type_then_back = "const input = document.querySelector('[data-search]');
        input.value = 'rwanda'; input.dispatchEvent(new Event('input', { bubbles: true })); history.back();";
    script(&browser, type_then_back).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(query_string(&browser).await, "topic=funding", "the pending search rewrote the entry");
    results_once_count_is(&browser, 5).await;
    assert_eq!(search_text(&browser).await, "");
    browser.forward().await.unwrap();
    address_becomes(&browser, "q=rw&topic=funding").await;
    no_bug_report(&browser).await;
    browser.close().await;
}

#[tokio::test]
async fn a_change_after_back_back_forward_keeps_the_address_bar_on_the_view() {
    let (site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    for (facet, value) in [("topic", "funding"), ("type", "press-release"), ("place", "rwanda")] {
        click(&browser, &format!("[data-facet=\"{facet}\"][data-value=\"{value}\"] input")).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    address_becomes(&browser, "topic=funding&type=press-release&place=rwanda").await;
    browser.back().await.unwrap();
    browser.back().await.unwrap();
    browser.forward().await.unwrap();
    address_becomes(&browser, "topic=funding&type=press-release").await;
    click(&browser, "[data-facet=\"type\"][data-value=\"press-release\"] input").await;
    address_becomes(&browser, "topic=funding").await;
    let shown = results_once_count_is(&browser, 5).await;
    let fresh = Browser::start(1280, 900).await;
    fresh.goto(&site.url("topic=funding")).await.unwrap();
    assert_eq!(results_once_count_is(&fresh, 5).await, shown, "a reload shows the same");
    fresh.close().await;
    browser.close().await;
}

#[tokio::test]
async fn tabs_and_clear_all_keep_the_current_filters_and_search() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    click(&browser, "[data-facet=\"period\"][data-value=\"sunak-2022\"] input").await;
    address_becomes(&browser, "period=sunak-2022").await;
    type_in_search(&browser, "rwanda").await;
    address_becomes(&browser, "q=rwanda&period=sunak-2022").await;
    click(&browser, "[data-view-tab=\"figures\"]").await;
    address_becomes(&browser, "q=rwanda&period=sunak-2022&view=figures").await;
    assert_eq!(attr(&browser, "[data-clear-all]", "href").await.as_deref(), Some("/?q=rwanda&view=figures"));
    click(&browser, "[data-clear-all]").await;
    address_becomes(&browser, "q=rwanda&view=figures").await;
    browser.close().await;
}

#[tokio::test]
async fn a_new_search_with_the_same_results_renews_passages_marks_and_links() {
    let (_site, browser) = open("q=rwanda", 1280, 900).await;
    let before = results_once_count_is(&browser, 3).await;
    let marked_before: Vec<String> = mark_texts(&browser).await;
    assert!(marked_before.iter().all(|m| m.to_lowercase().starts_with("rwanda")), "{marked_before:?}");
    type_in_search(&browser, " OR kigali").await;
    address_becomes(&browser, "q=rwanda+OR+kigali").await;
    assert_eq!(results_once_count_is(&browser, 3).await, before, "the same documents");
    let marked: Vec<String> = mark_texts(&browser).await;
    assert!(marked.iter().any(|m| m == "Kigali"), "Kigali is marked now: {marked:?}");
    let links = all_attrs(&browser, "#main a[href^=\"/?\"]", "href").await;
    assert!(!links.is_empty());
    for link in links.iter().filter(|l| l.contains("q=")) {
        assert!(link.contains("q=rwanda+OR+kigali"), "a link keeps the old search: {link}");
    }
    browser.close().await;
}

async fn mark_texts(browser: &Browser) -> Vec<String> {
    let texts =
        script(browser, "return [...document.querySelectorAll('mark')].map(m => m.textContent)").await;
    serde_json::from_value(texts).unwrap()
}

#[tokio::test]
async fn enter_or_a_tab_while_the_search_is_pending_keeps_the_typed_text() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    type_in_search(&browser, "albania\u{e007}").await;
    assert_eq!(query_string(&browser).await, "q=albania", "Enter writes the search at once");
    type_in_search(&browser, " asylum").await;
    click(&browser, "[data-view-tab=\"quotes\"]").await;
    address_becomes(&browser, "q=albania+asylum&view=quotes").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(query_string(&browser).await, "q=albania+asylum&view=quotes");
    no_bug_report(&browser).await;
    browser.close().await;
}

#[tokio::test]
async fn a_link_names_what_it_loses_and_reads_keys_in_any_case() {
    let (_site, browser) = open(
        "TOPIC=funding&Q=rwanda&from=2023-01-01&from=2024-01-01&view=figures&View=quotes&q=%E2%80",
        1280,
        900,
    )
    .await;
    wait_for(&browser, "[data-notices]", Duration::from_secs(10)).await;
    let notices = all_attrs(&browser, "[data-notice]", "data-notice").await;
    assert_eq!(notices, ["from", "view", "q"]);
    let text = e2e::text(&browser, "[data-notices]").await;
    assert!(text.contains("from=\"2024-01-01\" (from takes one value; the first one is used)"), "{text}");
    assert!(text.contains("q=\"%E2%80\" (not a valid %-escape of text"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
    assert_eq!(count(&browser, "[data-chip]").await, 2, "the topic and the date");
    assert_eq!(search_text(&browser).await, "rwanda %E2%80");
    browser.close().await;
}

#[tokio::test]
async fn a_link_to_a_paragraph_puts_focus_on_it() {
    let (_site, browser) = open(&format!("doc={HAC}&p=4"), 1280, 900).await;
    wait_for(&browser, "[data-p=\"4\"].highlighted", Duration::from_secs(10)).await;
    let focused = "return document.activeElement?.dataset?.p ?? null";
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while script(&browser, focused).await != "4" {
        assert!(std::time::Instant::now() < deadline, "focus is on {}", script(&browser, focused).await);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    browser.close().await;
}
