//! The research tools in a real browser: citing a paragraph (with the
//! values it only infers), exporting the result list, the quotes view's
//! statements, the figures view's orders, kinds and money total, and names
//! in the reader that link to their filters.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::actions::*;
use e2e::{all_attrs, attr, text, wait_for, Browser};
use std::time::Duration;

/// The first three bytes of the `index`-th download (started already).
async fn download_start(browser: &Browser, index: usize) -> Vec<u64> {
    let read = format!(
        "const done = arguments[arguments.length - 1];
         window.downloads[{index}].blob.arrayBuffer().then(b => done(Array.from(new Uint8Array(b).slice(0, 3))));"
    );
    let bytes = browser.execute_async(&read, vec![]).await.expect("read the download's bytes");
    bytes.as_array().unwrap().iter().map(|b| b.as_u64().unwrap()).collect()
}

#[tokio::test]
async fn a_paragraph_s_citation_is_copied_and_downloaded_in_each_format() {
    let (site, browser) = open(&format!("doc={STARMER}&p=4"), 1280, 900).await;
    script(&browser, RECORD_CLIPBOARD).await;
    script(&browser, RECORD_DOWNLOADS).await;
    click(&browser, "[data-p=\"4\"] [data-cite=\"4\"] summary").await;
    wait_for(&browser, "[data-p=\"4\"] .cite-format[data-format=\"ris\"]", Duration::from_secs(5)).await;
    let plain = text(&browser, "[data-p=\"4\"] .cite-format[data-format=\"txt\"] pre").await;
    for expected in
        ["Prime Minister's Office, 10 Downing Street and Home Office (2024)", "paragraph 4.", "(Accessed: "]
    {
        assert!(plain.contains(expected), "{expected:?} not in {plain}");
    }
    for inferred in ["publishers", "date", "type", "address"] {
        let marked = format!("[data-p=\"4\"] .cite-unchecked [data-unchecked=\"{inferred}\"]");
        assert_eq!(e2e::count(&browser, &marked).await, 1, "the Cite panel names the inferred {inferred}");
    }
    assert!(plain.contains("Unconfirmed (inferred, not checked against the published page)"), "{plain}");
    let csl = text(&browser, "[data-p=\"4\"] .cite-format[data-format=\"json\"] pre").await;
    let csl: serde_json::Value = serde_json::from_str(&csl).unwrap();
    assert_eq!(
        csl[0]["URL"],
        site.url(&format!("doc={STARMER}&p=4")),
        "a paragraph is cited by its link here"
    );
    click(&browser, "[data-p=\"4\"] .cite-format[data-format=\"txt\"] .copy-link button").await;
    wait_for(
        &browser,
        "[data-p=\"4\"] .cite-format[data-format=\"txt\"] .copy-status:not(:empty)",
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(script(&browser, "return window.copied").await, serde_json::json!([plain]));
    click(&browser, "[data-p=\"4\"] .cite-format[data-format=\"ris\"] [data-download]").await;
    let (name, ris) = download(&browser, 0).await;
    assert_eq!(name, format!("{STARMER}-p4.ris"));
    assert!(ris.starts_with("TY  - ELEC\r\n") && ris.contains("N1  - Paragraph 4\r\n"), "{ris}");
    click(&browser, "[data-p=\"4\"] .cite-format[data-format=\"bib\"] [data-download]").await;
    let (_, bibtex) = download(&browser, 1).await;
    assert!(bibtex.starts_with(&format!("@misc{{{STARMER}:p4,")), "{bibtex}");
    browser.close().await;
}

#[tokio::test]
async fn exports_record_the_results_in_order_with_the_view_and_corpus_version() {
    let view = "topic=rwanda-partnership&sort=oldest";
    let (site, browser) = open(view, 1280, 900).await;
    assert_eq!(results_once_count_is(&browser, 3).await, [FRANCE, RWANDA, PAC]);
    let version = text(&browser, ".footer-version").await.trim_start_matches("Corpus version ").to_owned();
    script(&browser, RECORD_DOWNLOADS).await;
    click(&browser, "[data-export=\"csv\"]").await;
    let (name, csv) = download(&browser, 0).await;
    assert!(name.starts_with("documents-rwanda-partnership-") && name.ends_with(".csv"), "{name}");
    assert_eq!(download_start(&browser, 0).await, [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark");
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(rows.len(), 4, "{csv}");
    assert!(rows[0].starts_with("id,title,date,"));
    for (row, id) in rows[1..].iter().zip([FRANCE, RWANDA, PAC]) {
        assert!(row.starts_with(id), "{row}");
        assert!(row.ends_with(&format!(",{},{version}", site.url(view))), "{row}");
    }
    click(&browser, "[data-export=\"json\"]").await;
    let (_, json) = download(&browser, 1).await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        (json["view"].as_str(), json["corpus_version"].as_str()),
        (Some(site.url(view).as_str()), Some(version.as_str()))
    );
    assert_eq!(json["results"][0]["link"], site.url(&format!("{view}&doc={FRANCE}")));
    browser.close().await;
}

#[tokio::test]
async fn the_quotes_view_lists_statements_by_person_and_counts_them_in_the_person_facet() {
    let (site, browser) = open("view=quotes", 1280, 900).await;
    wait_for(&browser, "[data-result-count=\"8\"]", Duration::from_secs(10)).await;
    wait_for_count(&browser, "[data-quote]", 8).await;
    assert_eq!(facet_count(&browser, "person", "yvette-cooper").await, "2", "statements, not documents");
    assert_eq!(facet_count(&browser, "person", "graeme-biggar").await, "1");
    let briefed = format!("[data-quote=\"{STARMER}/18\"] [data-briefed]");
    assert_eq!(e2e::count(&browser, &briefed).await, 1, "“will say” is briefed in advance");
    assert_eq!(e2e::count(&browser, "[data-briefed]").await, 1);
    click(&browser, "[data-facet=\"person\"][data-value=\"yvette-cooper\"] input").await;
    wait_for(&browser, "[data-result-count=\"2\"]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "person=yvette-cooper&view=quotes");
    let speakers = all_attrs(&browser, "[data-quote]", "data-speaker").await;
    assert_eq!(speakers, vec!["yvette-cooper"; 2]);
    assert_eq!(all_attrs(&browser, "[data-quote]", "data-paragraphs").await, ["3", "3"]);
    let words = text(&browser, "[data-quote] .quote-text").await;
    assert!(words.starts_with("“Criminal smuggler gangs") && !words.contains("said:"), "no lead-in: {words}");
    assert_eq!(attr(&browser, "[data-quote]", "data-quote").await.unwrap(), format!("{STARMER}/22"));
    click(&browser, "[data-quote] .source-line a").await;
    wait_for(
        &browser,
        &format!("[data-reader=\"{STARMER}\"] [data-p=\"22\"].highlighted"),
        Duration::from_secs(10),
    )
    .await;
    browser.back().await.unwrap();
    wait_for(&browser, "[data-quote]", Duration::from_secs(10)).await;
    // A deep link with another facet: the Sunak government's quotes.
    browser.goto(&site.url("view=quotes&period=sunak-2022")).await.unwrap();
    wait_for(&browser, "[data-result-count=\"4\"]", Duration::from_secs(10)).await;
    assert_eq!(facet_count(&browser, "person", "suella-braverman").await, "1");
    browser.close().await;
}

#[tokio::test]
async fn the_figures_view_sorts_by_value_and_its_tabs_keep_the_filters() {
    let (_site, browser) = open("view=figures&topic=funding", 1280, 900).await;
    wait_for(&browser, "[data-list=\"figures\"] [data-figure]", Duration::from_secs(10)).await;
    let select = browser.find(e2e::Locator::Css("[data-sort]")).await.unwrap();
    select.select_by_value("largest").await.unwrap();
    wait_for(&browser, "option[value=\"largest\"]:checked", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "topic=funding&sort=largest&view=figures");
    let money = "[data-figure][data-kind=\"money\"]";
    let values: Vec<f64> =
        all_attrs(&browser, money, "data-value").await.iter().map(|v| v.parse().unwrap()).collect();
    assert!(values.len() > 2 && values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    assert_eq!(values[0], 150_000_000.0);
    assert!(text(&browser, money).await.contains("150,000,000 GBP"));
    assert_eq!(
        attr(&browser, money, "data-mentions").await.as_deref(),
        Some("4"),
        "£150m once, stated 4 times"
    );
    assert!(text(&browser, "[data-money-total=\"GBP\"]").await.contains("counted once per document"));
    script(&browser, RECORD_DOWNLOADS).await;
    click(&browser, "[data-export=\"csv\"]").await;
    let (name, csv) = download(&browser, 0).await;
    assert!(name.starts_with("figures-"), "{name}");
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(rows[0].starts_with("figure,kind,qualifier,unit,value,sentence,mentions,"), "{csv}");
    assert!(rows[1].starts_with("£150 million,money,,GBP,150000000,"), "the list's order: {csv}");
    assert_eq!(rows.len(), 1 + all_attrs(&browser, "[data-figure]", "data-figure").await.len());
    click(&browser, "[data-figure-kind=\"percentage\"] input").await;
    wait_for(&browser, "[data-figure-kind=\"percentage\"] input:checked", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "topic=funding&sort=largest&view=figures&kind=percentage");
    let kinds = all_attrs(&browser, "[data-figure]", "data-kind").await;
    assert!(!kinds.is_empty() && kinds.iter().all(|k| k == "percentage"), "{kinds:?}");
    assert_eq!(e2e::count(&browser, "[data-money-total]").await, 0, "no money listed, no total");
    click(&browser, "[data-view-tab=\"documents\"]").await;
    wait_for(&browser, "[data-doc-id]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "topic=funding", "the filters stay; the value order goes");
    browser.close().await;
}

#[tokio::test]
async fn names_in_the_reader_link_to_the_results_filtered_by_them() {
    let (_site, browser) = open(&format!("q=crime&doc={STARMER}"), 1280, 900).await;
    let name = "a.entity[data-entity=\"national-crime-agency\"]";
    wait_for(&browser, name, Duration::from_secs(10)).await;
    assert!(e2e::count(&browser, &format!("{name} mark")).await > 0, "a search mark inside a name");
    assert_eq!(text(&browser, &format!("[data-p=\"30\"] {name}")).await, "National Crime Agency");
    click(&browser, &format!("[data-p=\"30\"] {name}")).await;
    wait_for(&browser, "[data-doc-id]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "q=crime&agency=national-crime-agency");
    browser.close().await;
}

/// The texts of the listed items (`selector`), lower-cased.
async fn item_texts(browser: &Browser, selector: &str) -> Vec<String> {
    let read =
        format!("return [...document.querySelectorAll('{selector}')].map(e => e.textContent.toLowerCase())");
    serde_json::from_value(script(browser, &read).await).unwrap()
}

/// The sum of a facet's counts on the page.
async fn facet_total(browser: &Browser, facet: &str) -> usize {
    let read = format!(
        "return [...document.querySelectorAll('[data-facet=\"{facet}\"] [data-count]')]
             .reduce((sum, e) => sum + Number(e.getAttribute('data-count')), 0)"
    );
    script(browser, &read).await.as_u64().unwrap() as usize
}

#[tokio::test]
async fn a_search_typed_in_the_quotes_and_figures_views_lists_the_items_that_say_it() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    click(&browser, "[data-view-tab=\"quotes\"]").await;
    wait_for(&browser, "[data-list=\"quotes\"] [data-quote]", Duration::from_secs(10)).await;
    let every_quote = e2e::count(&browser, "[data-quote]").await;
    assert_eq!(text(&browser, ".search-label").await, "Search the quotes", "the box says what it searches");
    browser.find(e2e::Locator::Css("[data-search]")).await.unwrap().send_keys("Channel").await.unwrap();
    address_becomes(&browser, "q=Channel&view=quotes").await;
    let quotes = item_texts(&browser, "[data-quote] .quote-text").await;
    assert!(!quotes.is_empty() && quotes.len() < every_quote, "{} of {every_quote} quotes", quotes.len());
    assert!(quotes.iter().all(|q| q.contains("channel")), "a quote that does not say it: {quotes:#?}");
    assert_eq!(
        e2e::count(&browser, "[data-quote]").await,
        e2e::count(&browser, "[data-quote]:has(.quote-text mark)").await,
        "every listed quote marks the word"
    );
    assert_eq!(
        facet_total(&browser, "period").await,
        quotes.len(),
        "the period facet counts the quotes listed"
    );
    click(&browser, "[data-view-tab=\"figures\"]").await;
    address_becomes(&browser, "q=Channel&view=figures").await;
    wait_for(&browser, "[data-list=\"figures\"] [data-figure]", Duration::from_secs(10)).await;
    let sentences = item_texts(&browser, "[data-figure] .figure-sentence").await;
    assert!(
        sentences.iter().all(|s| s.contains("channel")),
        "a figure whose sentence does not say it: {sentences:#?}"
    );
    assert_eq!(
        facet_total(&browser, "period").await,
        sentences.len(),
        "the period facet counts the figures listed"
    );
    browser.close().await;
}
