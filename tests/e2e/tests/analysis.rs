//! The analysis views in a real browser, against counts taken from the
//! corpus's texts by a plain word split: the concordance of "small boats"
//! reached by clicks (search, tab, sort, a line, Back) and exported; the
//! comparison of the Sunak and Starmer governments; the trend spans adding
//! up to the documents; match counts in the list and next/previous match in
//! the reader.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;
use e2e::actions::*;
use e2e::{all_attrs, attr, count, text, wait_for, Locator};
use explorer_core::model::CorpusData;
use std::time::Duration;

/// Words, lower case, split at anything but letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The body paragraphs of the real corpus's documents that `keep` keeps.
fn paragraphs(corpus: &CorpusData, keep: impl Fn(&str) -> bool) -> Vec<Vec<String>> {
    let kept = corpus.documents.iter().filter(|d| keep(&d.period));
    kept.flat_map(|d| d.paragraphs.iter().map(|p| words(&p.text))).collect()
}

/// "small" followed by "boat" or "boats", in every paragraph.
fn small_boats(corpus: &CorpusData) -> usize {
    let pairs = paragraphs(corpus, |_| true).into_iter().map(|words| {
        words.windows(2).filter(|w| w[0] == "small" && (w[1] == "boat" || w[1] == "boats")).count()
    });
    pairs.sum()
}

fn rwanda_in(corpus: &CorpusData, period: &str) -> usize {
    let counts =
        paragraphs(corpus, |p| p == period).into_iter().map(|w| w.iter().filter(|w| *w == "rwanda").count());
    counts.sum()
}

#[tokio::test]
async fn the_concordance_is_reached_by_clicks_sorts_links_to_its_paragraph_and_comes_back() {
    let corpus = e2e::generate::seed_corpus();
    let expected = small_boats(&corpus);
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("\"small boats\"").await.unwrap();
    wait_for_url_containing(&browser, "q=%22small+boats%22").await;
    click(&browser, "[data-view-tab=\"kwic\"]").await;
    wait_for(&browser, &format!("[data-result-count=\"{expected}\"]"), Duration::from_secs(10)).await;
    assert_eq!(count(&browser, "[data-kwic]").await, expected, "every occurrence, no more, no fewer");
    assert_eq!(
        text(&browser, ".search-label").await,
        "Search the documents",
        "the lines come from documents"
    );
    assert_eq!(count(&browser, "[data-kwic] mark").await, expected);
    let marks = script(
        &browser,
        "return [...document.querySelectorAll('[data-kwic] mark')].map(m => m.textContent.toLowerCase())",
    )
    .await;
    for mark in marks.as_array().unwrap() {
        assert!(["small boats", "small boat"].contains(&mark.as_str().unwrap()), "{mark}");
    }
    let per_document = script(&browser, "return [...document.querySelectorAll('[data-document-count] td.number')].reduce((n, td) => n + Number(td.textContent), 0)").await;
    assert_eq!(per_document.as_u64().unwrap() as usize, expected, "the counts per document add up");
    assert!(count(&browser, "[data-collocate]").await > 0, "collocates are listed");
    // Sort by the word after the match.
    choose(&browser, "[data-sort]", "1R").await;
    wait_for_url_containing(&browser, "sort=1R").await;
    wait_for(&browser, "[data-kwic]", Duration::from_secs(5)).await;
    let first_right = "return [...document.querySelectorAll('[data-kwic] .kwic-right')].map(r => (r.textContent.toLowerCase().match(/[a-z0-9]+/) || [''])[0])";
    let rights: Vec<String> = serde_json::from_value(script(&browser, first_right).await).unwrap();
    assert_eq!(rights.len(), expected);
    assert!(rights.windows(2).all(|w| w[0] <= w[1]), "sorted by 1R: {rights:?}");
    // A wider context shows more words.
    choose(&browser, "[data-context]", "10").await;
    wait_for_url_containing(&browser, "ctx=10").await;
    let sorted_address = query_string(&browser).await;
    // A line opens its paragraph; Back returns to the same lines.
    let doc = attr(&browser, "[data-kwic]", "data-doc-id").await.unwrap();
    let paragraph = attr(&browser, "[data-kwic]", "data-paragraph").await.unwrap();
    click(&browser, "[data-kwic] .kwic-source").await;
    wait_for(
        &browser,
        &format!("[data-reader=\"{doc}\"] .highlighted[data-p=\"{paragraph}\"] mark"),
        Duration::from_secs(10),
    )
    .await;
    browser.back().await.unwrap();
    wait_for(&browser, "[data-kwic]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, sorted_address);
    let rights_again: Vec<String> = serde_json::from_value(script(&browser, first_right).await).unwrap();
    assert_eq!(rights_again, rights, "Back restores the order");
    // The export records the view and holds every line.
    script(&browser, RECORD_DOWNLOADS).await;
    click(&browser, "[data-export=\"csv\"]").await;
    let (name, csv) = download(&browser, 0).await;
    assert!(name.starts_with("kwic-small-boats-"), "{name}");
    // Blob.text() decodes the byte-order mark away; the research tests read the bytes.
    assert!(csv.starts_with("left,match,right,document"), "{csv}");
    assert_eq!(csv.matches("\r\n").count(), expected + 1, "a header and a row per line");
    assert!(csv.contains(&format!("/?{sorted_address},")), "the view's address is recorded");
    browser.close().await;
}

#[tokio::test]
async fn compare_lists_rwanda_on_the_sunak_side_and_links_it_to_its_lines() {
    let corpus = e2e::generate::seed_corpus();
    let (sunak, starmer) = (rwanda_in(&corpus, "sunak-2022"), rwanda_in(&corpus, "starmer-2024"));
    let (_site, browser) = open("view=compare", 1280, 900).await;
    let rwanda = "[data-side=\"a\"] [data-term=\"rwanda\"]";
    wait_for(&browser, rwanda, Duration::from_secs(10)).await;
    assert_eq!(text(&browser, &format!("{rwanda} [data-count-here]")).await, sunak.to_string());
    assert_eq!(text(&browser, &format!("{rwanda} [data-count-there]")).await, starmer.to_string());
    assert_eq!(count(&browser, "[data-side=\"b\"] [data-term=\"rwanda\"]").await, 0);
    let listed = count(&browser, "[data-term]").await;
    assert_eq!(attr(&browser, "[data-result-count]", "data-result-count").await, Some(listed.to_string()));
    let holds = text(&browser, "[data-side=\"a\"] [data-side-holds]").await;
    assert!(holds.starts_with("4 documents, "), "{holds}");
    let words = holds.split(", ").nth(1).and_then(|w| w.strip_suffix(" words")).unwrap_or_default();
    let groups: Vec<&str> = words.split(',').collect();
    assert!(words.len() > 3 && groups.len() > 1, "the words are counted in thousands: {holds}");
    assert!(groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())), "{holds}");
    click(&browser, &format!("{rwanda} [data-term-link]")).await;
    wait_for(&browser, "[data-kwic]", Duration::from_secs(10)).await;
    assert_eq!(query_string(&browser).await, "q=%22rwanda%22&period=sunak-2022&view=kwic");
    assert_eq!(count(&browser, "[data-kwic]").await, sunak, "its lines on that side");
    browser.back().await.unwrap();
    wait_for(&browser, rwanda, Duration::from_secs(10)).await;
    // The sides can be chosen.
    choose(&browser, "[data-side-picker=\"a\"]", "period:starmer-2024").await;
    wait_for_url_containing(&browser, "a=period%3Astarmer-2024").await;
    wait_for(&browser, "[data-side=\"a\"] h2", Duration::from_secs(5)).await;
    assert!(text(&browser, "[data-side=\"a\"] h2").await.contains("Starmer"));
    browser.close().await;
}

#[tokio::test]
async fn the_trend_spans_add_up_to_the_documents_and_link_to_them() {
    let (_site, browser) = open("view=trends", 1280, 900).await;
    wait_for(&browser, "svg[data-chart] .chart-point", Duration::from_secs(10)).await;
    let spans: Vec<usize> =
        all_attrs(&browser, "[data-chart-table] [data-span-documents]", "data-span-documents")
            .await
            .iter()
            .map(|n| n.parse().unwrap())
            .collect();
    assert_eq!(spans.iter().sum::<usize>(), 6, "every document in one span");
    assert_eq!(count(&browser, "svg[data-chart] .chart-point").await, spans.len());
    assert_eq!(
        attr(&browser, "[data-result-count]", "data-result-count").await,
        Some(spans.len().to_string())
    );
    assert_eq!(count(&browser, "svg[data-chart] .chart-band").await, 2, "the Sunak and Starmer governments");
    let label = attr(&browser, "svg[data-chart] .chart-point", "aria-label").await.unwrap();
    assert!(label.starts_with("Mar 2023: 2 documents"), "raw counts for screen readers: {label}");
    // A point is a real SVG link, to the same documents as its row of the table.
    let is_svg_link = "return document.querySelector('svg[data-chart] .chart-point') instanceof SVGAElement";
    assert_eq!(script(&browser, is_svg_link).await, serde_json::json!(true));
    assert_eq!(
        attr(&browser, "svg[data-chart] .chart-point", "href").await,
        attr(&browser, "[data-chart-table] tbody a", "href").await
    );
    // Keyboard: Enter on a focused point opens its documents.
    script(
        &browser,
        "window.samePage = true; document.querySelector('svg[data-chart] .chart-point').focus()",
    )
    .await;
    browser.active_element().await.unwrap().send_keys("\u{e007}").await.unwrap();
    results_once_count_is(&browser, 2).await;
    assert_eq!(query_string(&browser).await, "from=2023-03-01&to=2023-03-31");
    let kept = script(&browser, "return window.samePage === true").await;
    assert_eq!(kept, serde_json::json!(true), "the link is followed in the page, not by loading it again");
    browser.back().await.unwrap();
    wait_for(&browser, "[data-chart-table] a", Duration::from_secs(10)).await;
    // With a search: a series per term, occurrences in the table.
    let corpus = e2e::generate::seed_corpus();
    let rwanda: usize = ["sunak-2022", "starmer-2024"].iter().map(|p| rwanda_in(&corpus, p)).sum();
    browser
        .goto(
            &browser
                .current_url()
                .await
                .unwrap()
                .as_str()
                .replace("view=trends", "q=rwanda+OR+albania&view=trends"),
        )
        .await
        .unwrap();
    wait_for(&browser, ".chart-legend li", Duration::from_secs(10)).await;
    assert_eq!(count(&browser, ".chart-legend li").await, 2);
    let occurrences = script(&browser, "return [...document.querySelectorAll('[data-chart-table] tbody tr')].reduce((n, tr) => n + Number(tr.children[3].textContent), 0)").await;
    assert_eq!(occurrences.as_u64().unwrap() as usize, rwanda, "rwanda's occurrences, span by span");
    browser.close().await;
}

#[tokio::test]
async fn results_count_their_further_matches_and_the_reader_steps_through_them() {
    let (_site, browser) = open("q=asylum", 1280, 900).await;
    wait_for(&browser, "[data-more-matches]", Duration::from_secs(10)).await;
    let corpus = e2e::generate::seed_corpus();
    let hac = corpus.documents.iter().find(|d| d.id == HAC).unwrap();
    let in_hac: usize =
        hac.paragraphs.iter().map(|p| words(&p.text).iter().filter(|w| *w == "asylum").count()).sum();
    let shown = count(&browser, &format!("[data-doc-id=\"{HAC}\"] .snippets mark")).await;
    let more =
        attr(&browser, &format!("[data-doc-id=\"{HAC}\"] [data-more-matches]"), "data-more-matches").await;
    assert_eq!(more, Some((in_hac - shown).to_string()), "beyond the passages shown");
    let matching: Vec<u32> = (1..)
        .zip(&hac.paragraphs)
        .filter(|(_, p)| words(&p.text).contains(&"asylum".to_owned()))
        .map(|(n, _)| n)
        .collect();
    click(&browser, &format!("[data-doc-id=\"{HAC}\"] h2 a")).await;
    wait_for(&browser, "[data-match-step=\"next\"]", Duration::from_secs(10)).await;
    click(&browser, "[data-match-step=\"next\"]").await;
    wait_for_url_containing(&browser, &format!("p={}", matching[0])).await;
    // By keyboard: Enter on the focused "Next match".
    script(&browser, "document.querySelector('[data-match-step=\"next\"]').focus()").await;
    browser.active_element().await.unwrap().send_keys("\u{e007}").await.unwrap();
    wait_for_url_containing(&browser, &format!("p={}", matching[1])).await;
    let place = text(&browser, "[data-match-place]").await;
    assert_eq!(place, format!("Matching paragraph 2 of {}", matching.len()));
    click(&browser, "[data-match-step=\"previous\"]").await;
    wait_for_url_containing(&browser, &format!("p={}", matching[0])).await;
    browser.close().await;
}
