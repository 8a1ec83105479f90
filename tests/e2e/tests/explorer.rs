//! The explorer page in a real browser: results, facets and their counts,
//! chips, dates and sort, the reader and paragraph links, back and forward,
//! hostile links, sub-paths and phone widths.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::actions::*;
use e2e::{attr, count, sub_path_dist_dir, text, wait_for, Browser, Locator, Site, LOAD_TIMEOUT};
use std::time::Duration;

#[tokio::test]
async fn results_show_each_document_with_its_metadata_newest_first() {
    let (_site, browser) = open("", 1280, 900).await;
    assert_eq!(results_once_count_is(&browser, 6).await, [STARMER, G7, PAC, HAC, RWANDA, FRANCE]);
    let first = text(&browser, &format!("[data-doc-id=\"{STARMER}\"]")).await;
    for expected in [
        "Starmer unveils ‘game changing’ investment",
        "Press release",
        "4 November 2024",
        "Prime Minister's Office, 10 Downing Street",
        "Starmer Labour government",
        "Prime Minister set to announce an additional £75 million",
        "National Crime Agency",
    ] {
        assert!(first.contains(expected), "{expected:?} missing from the first result: {first}");
    }
    assert_eq!(count(&browser, "h1").await, 1);
    browser.close().await;
}

#[tokio::test]
async fn clicking_a_facet_filters_updates_counts_and_the_url_and_back_restores() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    assert_eq!(facet_count(&browser, "period", "starmer-2024").await, "2");
    // Long groups show their top values; "Show all" reveals the rest.
    let shown_topics = "[data-facet=\"topic\"]:not([hidden])";
    assert_eq!(count(&browser, shown_topics).await, 6);
    click(&browser, "#facet-topic-options ~ button").await;
    assert_eq!(count(&browser, shown_topics).await, 14);
    click(&browser, "[data-facet=\"topic\"][data-value=\"rwanda-partnership\"] input").await;
    assert_eq!(results_once_count_is(&browser, 3).await, [PAC, RWANDA, FRANCE]);
    assert_eq!(query_string(&browser).await, "topic=rwanda-partnership");
    // Other facets now count within the Rwanda documents; the topic facet ignores its own choice.
    assert_eq!(facet_count(&browser, "period", "starmer-2024").await, "0");
    assert_eq!(facet_count(&browser, "period", "sunak-2022").await, "3");
    assert_eq!(facet_count(&browser, "topic", "funding").await, "5");
    assert_eq!(
        attr(&browser, "[data-facet=\"period\"][data-value=\"starmer-2024\"] input", "disabled")
            .await
            .as_deref(),
        Some("true")
    );
    // OR within a facet.
    click(&browser, "[data-facet=\"period\"][data-value=\"sunak-2022\"] input").await;
    wait_for_count(&browser, "[data-chip]", 2).await;
    assert_eq!(query_string(&browser).await, "period=sunak-2022&topic=rwanda-partnership");
    browser.back().await.unwrap();
    results_once_count_is(&browser, 3).await;
    assert_eq!(query_string(&browser).await, "topic=rwanda-partnership");
    browser.back().await.unwrap();
    results_once_count_is(&browser, 6).await;
    browser.forward().await.unwrap();
    assert_eq!(results_once_count_is(&browser, 3).await, [PAC, RWANDA, FRANCE]);
    browser.close().await;
}

#[tokio::test]
async fn keyboard_toggles_a_facet_and_focus_stays_on_it() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    let checkbox = browser
        .find(Locator::Css("[data-facet=\"type\"][data-value=\"committee-report-news\"] input"))
        .await
        .unwrap();
    checkbox.send_keys(" ").await.unwrap();
    assert_eq!(results_once_count_is(&browser, 2).await, [PAC, HAC]);
    let focused = "return document.activeElement.closest('[data-value]')?.dataset.value ?? null";
    assert_eq!(script(&browser, focused).await, "committee-report-news");
    checkbox.send_keys(" ").await.unwrap();
    results_once_count_is(&browser, 6).await;
    assert_eq!(script(&browser, focused).await, "committee-report-news");
    browser.close().await;
}

#[tokio::test]
async fn copy_buttons_copy_the_canonical_link_of_the_view_and_the_paragraph() {
    let (site, browser) = open("sort=newest&topic=funding,rwanda-partnership&unknown=1", 1280, 900).await;
    results_once_count_is(&browser, 5).await;
    script(&browser, RECORD_CLIPBOARD).await;
    click(&browser, ".results-header .copy-link button").await;
    wait_for(&browser, ".results-header .copy-status:not(:empty)", Duration::from_secs(5)).await;
    assert_eq!(text(&browser, ".results-header .copy-status").await, "Link copied");
    let copied = script(&browser, "return window.copied").await;
    assert_eq!(copied, serde_json::json!([site.url("topic=funding&topic=rwanda-partnership")]));
    click(&browser, &format!("[data-doc-id=\"{PAC}\"] h2 a")).await;
    wait_for(&browser, &format!("[data-reader=\"{PAC}\"]"), Duration::from_secs(10)).await;
    script(&browser, RECORD_CLIPBOARD).await;
    click(&browser, "[data-p=\"5\"] .copy-link button").await;
    wait_for(&browser, "[data-p=\"5\"] .copy-status:not(:empty)", Duration::from_secs(5)).await;
    let copied = script(&browser, "return window.copied").await;
    let expected = site.url(&format!("topic=funding&topic=rwanda-partnership&doc={PAC}&p=5"));
    assert_eq!(copied, serde_json::json!([expected]));
    browser.close().await;
}

#[tokio::test]
async fn a_deep_link_reproduces_the_view_with_chips_that_remove_filters() {
    let (_site, browser) = open("topic=rwanda-partnership&period=sunak-2022&sort=oldest", 1280, 900).await;
    assert_eq!(results_once_count_is(&browser, 3).await, [FRANCE, RWANDA, PAC]);
    let rwanda = browser
        .find(Locator::Css("[data-facet=\"topic\"][data-value=\"rwanda-partnership\"] input"))
        .await
        .unwrap();
    assert_eq!(rwanda.prop("checked").await.unwrap().as_deref(), Some("true"));
    assert!(
        text(&browser, "#facet-topic-options").await.contains("Rwanda partnership"),
        "a selected value is shown even outside the top values"
    );
    assert_eq!(count(&browser, "[data-chip]").await, 2);
    let chips = text(&browser, ".chips").await;
    assert!(
        chips.contains("Rwanda partnership and relocation") && chips.contains("Clear all filters"),
        "{chips}"
    );
    // The first chip removes the government filter; all three Rwanda documents are from Sunak's.
    click(&browser, "[data-chip]").await;
    wait_for_count(&browser, "[data-chip]", 1).await;
    assert_eq!(query_string(&browser).await, "topic=rwanda-partnership&sort=oldest");
    assert_eq!(results_once_count_is(&browser, 3).await, [FRANCE, RWANDA, PAC]);
    click(&browser, "[data-clear-all]").await;
    assert_eq!(results_once_count_is(&browser, 6).await.first().map(String::as_str), Some(FRANCE));
    assert_eq!(query_string(&browser).await, "sort=oldest");
    browser.close().await;
}

#[tokio::test]
async fn date_range_and_sort_controls_change_the_url() {
    let (_site, browser) = open("from=2024-01-01", 1280, 900).await;
    assert_eq!(results_once_count_is(&browser, 3).await, [STARMER, G7, PAC]);
    let from = browser.find(Locator::Css("[data-date=\"from\"]")).await.unwrap();
    assert_eq!(from.prop("value").await.unwrap().as_deref(), Some("2024-01-01"));
    let sort = browser.find(Locator::Css("[data-sort]")).await.unwrap();
    sort.select_by_value("oldest").await.unwrap();
    wait_for(&browser, &format!("[data-doc-id=\"{PAC}\"]:first-child"), Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "from=2024-01-01&sort=oldest");
    browser.close().await;
}

#[tokio::test]
async fn the_reader_shows_text_provenance_and_a_highlighted_paragraph_in_view() {
    let (_site, browser) = open(&format!("topic=funding&doc={HAC}&p=12"), 1280, 700).await;
    let reader = wait_for(&browser, &format!("[data-reader=\"{HAC}\"]"), LOAD_TIMEOUT).await;
    let reader_text = reader.text().await.unwrap();
    for expected in [
        "No case for routinely offering asylum to claimants from ‘safe’ Albania",
        "Published under the Sunak Conservative government",
        "CONFIRMED",
        "Open Parliament Licence v3.0",
        "In 2022, more than a quarter of the 45,755 people",
    ] {
        assert!(reader_text.contains(expected), "{expected:?} missing from the reader");
    }
    wait_for(&browser, "[data-p=\"12\"].highlighted", Duration::from_secs(5)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let in_view = script(&browser, "const r = document.querySelector('[data-p=\"12\"]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;").await;
    assert_eq!(in_view, serde_json::Value::Bool(true), "paragraph 12 is scrolled into view");
    assert_eq!(count(&browser, ".highlighted").await, 1);
    assert_eq!(count(&browser, "[data-p]").await, 16);
    // Esc closes the reader and keeps the filters.
    browser.find(Locator::Css("body")).await.unwrap().send_keys("\u{e00c}").await.unwrap();
    wait_for(&browser, "[data-result-count]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "topic=funding");
    browser.close().await;
}

#[tokio::test]
async fn bullets_are_lists_and_paragraph_links_and_tags_explain_themselves() {
    let (_site, browser) = open(&format!("doc={STARMER}"), 1280, 900).await;
    wait_for(&browser, &format!("[data-reader=\"{STARMER}\"]"), LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, ".reader-list").await, 2);
    assert_eq!(count(&browser, ".reader-list [data-p]").await, 8);
    click(&browser, "[data-p=\"3\"] .paragraph-number").await;
    wait_for(&browser, "[data-p=\"3\"].highlighted", Duration::from_secs(5)).await;
    assert_eq!(query_string(&browser).await, format!("doc={STARMER}&p=3"));
    let why = text(&browser, "[data-p=\"1\"] .paragraph-tags").await;
    assert!(why.contains("Why tagged"), "{why}");
    click(&browser, "[data-p=\"1\"] .paragraph-tags summary").await;
    let tags = text(&browser, "[data-p=\"1\"] .paragraph-tags").await;
    assert!(tags.contains("Funding and value for money") && tags.contains("“£75”"), "{tags}");
    browser.close().await;
}

#[tokio::test]
async fn a_hostile_link_is_named_as_ignored_runs_nothing_and_the_rest_works() {
    let hostile =
        "period=nonsense&topic=%3Cscript%3Ealert(1)%3C/script%3E&topic=funding&from=2024-13-45&doc=missing";
    let (_site, browser) = open(hostile, 1280, 900).await;
    wait_for(&browser, "[data-notices]", Duration::from_secs(10)).await;
    let notices = text(&browser, "[data-notices]").await;
    for expected in [
        "period=\"nonsense\"",
        "topic=\"<script>alert(1)</script>\"",
        "from=\"2024-13-45\"",
        "doc=\"missing\"",
    ] {
        assert!(notices.contains(expected), "{expected:?} not named in: {notices}");
    }
    assert!(browser.get_alert_text().await.is_err(), "no alert was opened");
    assert_eq!(script(&browser, "return document.querySelectorAll('main script').length").await, 0);
    results_once_count_is(&browser, 5).await;
    assert_eq!(count(&browser, "[data-chip]").await, 1, "the one valid filter, topic=funding, still applies");
    browser.close().await;
}

#[tokio::test]
async fn under_a_sub_path_links_keep_the_path() {
    let site = Site::start(&sub_path_dist_dir(), "/explorer/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("period=starmer-2024")).await.unwrap();
    assert_eq!(results_once_count_is(&browser, 2).await, [STARMER, G7]);
    click(&browser, &format!("[data-doc-id=\"{G7}\"] h2 a")).await;
    wait_for(&browser, &format!("[data-reader=\"{G7}\"]"), Duration::from_secs(10)).await;
    assert_eq!(
        script(&browser, "return document.activeElement.tagName").await,
        "H1",
        "focus moves into the reader"
    );
    let url = browser.current_url().await.unwrap();
    assert_eq!(url.path(), "/explorer/");
    assert_eq!(url.query(), Some(format!("period=starmer-2024&doc={G7}").as_str()));
    click(&browser, "[data-back]").await;
    results_once_count_is(&browser, 2).await;
    browser.close().await;
}

#[tokio::test]
async fn at_phone_width_filters_open_in_a_panel_and_nothing_scrolls_sideways() {
    let (_site, browser) = open("", 375, 812).await;
    results_once_count_is(&browser, 6).await;
    assert_eq!(script(&browser, "return window.innerWidth").await, 375);
    let no_sideways = "return document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(script(&browser, no_sideways).await, serde_json::Value::Bool(true));
    assert_eq!(
        script(&browser, "return getComputedStyle(document.getElementById('filters')).display").await,
        "none"
    );
    click(&browser, ".show-filters").await;
    click(&browser, "[data-facet=\"type\"][data-value=\"committee-report-news\"] input").await;
    results_once_count_is(&browser, 2).await;
    let button = text(&browser, ".show-results").await;
    assert_eq!(button, "Show 2 results");
    click(&browser, ".show-results").await;
    assert_eq!(
        script(&browser, "return getComputedStyle(document.getElementById('filters')).display").await,
        "none"
    );
    let reader = browser.current_url().await.unwrap().join(&format!("?doc={PAC}")).unwrap();
    browser.goto(reader.as_str()).await.unwrap();
    wait_for(&browser, &format!("[data-reader=\"{PAC}\"]"), LOAD_TIMEOUT).await;
    assert_eq!(script(&browser, no_sideways).await, serde_json::Value::Bool(true));
    browser.close().await;
}

/// Types `text` into the search box, as a reader would.
async fn type_search(browser: &Browser, text: &str) {
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys(text).await.unwrap();
}

#[tokio::test]
async fn typing_a_search_ranks_results_marks_passages_and_back_returns_in_one_step() {
    let (_site, browser) = open("type=press-release", 1280, 900).await;
    results_once_count_is(&browser, 4).await;
    // "/" jumps to the search box.
    browser.find(Locator::Css("body")).await.unwrap().send_keys("/").await.unwrap();
    assert_eq!(script(&browser, "return document.activeElement.id").await, "search-input");
    type_search(&browser, "Europol").await;
    assert_eq!(results_once_count_is(&browser, 2).await.len(), 2);
    address_becomes(&browser, "q=Europol&type=press-release").await;
    let marks =
        script(&browser, "return [...document.querySelectorAll('.snippets mark')].map(m => m.textContent)")
            .await;
    let marks = marks.as_array().unwrap();
    assert!(!marks.is_empty() && marks.iter().all(|m| m == "Europol"), "{marks:?}");
    assert_eq!(attr(&browser, "[data-sort]", "value").await, None);
    assert_eq!(
        browser.find(Locator::Css("[data-sort]")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("relevance")
    );
    // One history entry for the whole typed word, not one per keystroke.
    browser.back().await.unwrap();
    results_once_count_is(&browser, 4).await;
    assert_eq!(query_string(&browser).await, "type=press-release");
    // The help popover explains the syntax.
    click(&browser, ".search-help summary").await;
    let help = text(&browser, "#search-help").await;
    for example in ["rwanda asylum", "\"small boats\"", "rwanda -france", "albania OR rwanda", "smugg"] {
        assert!(help.contains(example), "{example:?} is not in the search tips: {help}");
    }
    browser.close().await;
}

#[tokio::test]
async fn a_search_link_opens_passages_and_the_reader_marks_the_words() {
    let (_site, browser) = open("q=45%2C755", 1280, 900).await;
    assert_eq!(results_once_count_is(&browser, 1).await, [HAC]);
    assert_eq!(
        browser.find(Locator::Css("[data-search]")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("45,755")
    );
    click(&browser, "[data-passage]").await;
    wait_for(&browser, &format!("[data-reader=\"{HAC}\"]"), Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, format!("q=45%2C755&doc={HAC}&p=3"));
    assert_eq!(text(&browser, "[data-p=\"3\"] mark").await, "45,755");
    browser.close().await;
}

#[tokio::test]
async fn a_hostile_search_is_text_and_an_empty_view_says_how_to_recover() {
    let (_site, browser) = open("q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", 1280, 900).await;
    results_once_count_is(&browser, 0).await;
    assert!(browser.get_alert_text().await.is_err(), "no alert was opened");
    assert_eq!(script(&browser, "return document.querySelectorAll('main img').length").await, 0);
    let (_site2, browser2) = open("q=Albania&period=starmer-2024", 1280, 900).await;
    results_once_count_is(&browser2, 0).await;
    let advice = text(&browser2, "[data-empty]").await;
    assert!(advice.contains("Remove the search “Albania” to see 2 documents"), "{advice}");
    assert!(advice.contains("Remove ‘Starmer Labour government (from Jul 2024)’ to see"), "{advice}");
    click(&browser2, "[data-recovery]:last-child a").await;
    wait_for(&browser2, "[data-doc-id]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser2).await, "q=Albania");
    browser.close().await;
    browser2.close().await;
}
