//! In a corpus whose text is in several shards, the concordance and the
//! trends of a phrase fetch the text shards of the documents their search
//! finds, and the comparison those of its two sides' documents, not the
//! whole text, and show what the index of the whole text computes: the
//! same lines, first line, terms and counts.

use e2e::actions::*;
use e2e::{
    attr, built_metadata, count, generated_corpus_dir, generated_dist_dir, wait_for, Browser, Site,
    LOAD_TIMEOUT,
};
use explorer_core::analysis::{compare, compared_documents, concordance, trends};
use explorer_core::{Corpus, Explorer, Query};
use std::collections::BTreeSet;
use std::time::Duration;

/// The generated corpus, whole, as the compiler makes it from the sources the build was made from.
fn whole_corpus() -> &'static Corpus {
    let data = corpus_compiler::compile(&generated_corpus_dir()).unwrap();
    Box::leak(Box::new(Corpus::new(data).unwrap()))
}

/// The shards of the build (`metadata`, as it wrote it) that hold the documents at `positions`.
fn shards_of(positions: &[usize], metadata: &Corpus) -> BTreeSet<usize> {
    positions.iter().filter_map(|&position| metadata.shard_holding(position)).collect()
}

/// The first link of `candidates` (each `view=…&q=…`) whose search finds
/// documents in more than one shard but not in all, with those shards.
fn searched_in_some_shards(corpus: &Corpus, explorer: &Explorer, candidates: Vec<String>) -> (Query, usize) {
    let metadata = built_metadata(&generated_dist_dir());
    let shards = metadata.text_shards().len();
    assert!(shards > 2, "the generated build's text is in {shards} shards");
    for link in candidates {
        let query = Query::parse_for(&link, corpus).0;
        let found = shards_of(&explorer.explore(&query).evaluation.documents, &metadata);
        if found.len() > 1 && found.len() < shards {
            return (query, found.len());
        }
    }
    panic!("no search of the generated corpus finds documents in some of its shards only");
}

/// Searches of the words, or of the pairs of words (quoted) when
/// `phrases`, of the corpus's paragraphs, in order.
fn candidates(corpus: &Corpus, view: &str, phrases: bool) -> Vec<String> {
    let paragraphs = corpus.documents().iter().flat_map(|document| &document.paragraphs);
    let words = paragraphs.flat_map(|paragraph| {
        let words: Vec<String> = explorer_core::search::tokenize(&paragraph.text)
            .into_iter()
            .map(|token| token.text)
            .filter(|word| word.len() > 4 && word.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        match phrases {
            true => words.windows(2).map(|pair| format!("%22{}+{}%22", pair[0], pair[1])).collect::<Vec<_>>(),
            false => words,
        }
    });
    words.take(400).map(|q| format!("view={view}&q={q}")).collect()
}

/// How many text shards the page has asked for, once nothing more has been asked for a while.
async fn text_shards_asked_for(browser: &Browser) -> u64 {
    let read = "return performance.getEntriesByType('resource').filter(e => /\\/text-[0-9a-f]{16}\\.json$/.test(e.name)).length";
    let mut asked = script(browser, read).await.as_u64().unwrap();
    loop {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let now = script(browser, read).await.as_u64().unwrap();
        if now == asked {
            return asked;
        }
        asked = now;
    }
}

/// Opens `link` on the generated build with its text shards held, checks
/// that the bar of shards arrived counts `shards`, then lets them through
/// and waits for `shown`.
async fn shown_with_shards_held(link: &str, shards: usize, shown: &str) -> (Site, Browser) {
    let site = Site::start(&generated_dist_dir(), "/");
    site.hold_shards();
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url(link)).await.unwrap();
    wait_for(&browser, "[data-text-progress]", LOAD_TIMEOUT).await;
    let of = attr(&browser, "[data-text-progress]", "max").await;
    assert_eq!(of, Some(shards.to_string()), "{link}: the bar counts the shards it needs");
    site.release_shards();
    wait_for(&browser, shown, LOAD_TIMEOUT).await;
    (site, browser)
}

#[tokio::test]
async fn the_concordance_fetches_the_shards_of_the_documents_its_search_finds_alone() {
    let corpus = whole_corpus();
    let explorer = Explorer::new(corpus);
    let (query, shards) = searched_in_some_shards(corpus, &explorer, candidates(corpus, "kwic", false));
    let expected = concordance(corpus, &explorer, &explorer.explore(&query), query.context(), query.sort());
    let link = query.to_query_string();
    let (_site, browser) = shown_with_shards_held(&link, shards, "[data-kwic]").await;
    let lines = attr(&browser, "[data-result-count]", "data-result-count").await;
    assert_eq!(lines, Some(expected.lines.len().to_string()), "{link}");
    let first = &expected.lines[0];
    let shown = (
        attr(&browser, "[data-kwic]", "data-doc-id").await,
        attr(&browser, "[data-kwic]", "data-paragraph").await,
    );
    let document = corpus.documents()[first.document].id.clone();
    assert_eq!(shown, (Some(document), Some(first.paragraph.to_string())), "{link}: the first line");
    let mark = e2e::text(&browser, "[data-kwic] mark").await;
    assert_eq!(mark, expected.text(explorer.search_index(), first).matched, "{link}");
    assert_eq!(count(&browser, "[data-document-count]").await, expected.per_document.len(), "{link}");
    assert_eq!(
        text_shards_asked_for(&browser).await,
        shards as u64,
        "{link}: the found documents' shards alone"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_trends_of_a_phrase_fetch_the_shards_of_the_documents_it_is_found_in_alone() {
    let corpus = whole_corpus();
    let explorer = Explorer::new(corpus);
    let (query, shards) = searched_in_some_shards(corpus, &explorer, candidates(corpus, "trends", true));
    let expected = trends(corpus, &explorer, &explorer.explore(&query));
    let occurrences: u64 = expected.spans.iter().flat_map(|span| &span.counts).sum();
    assert!(occurrences > 0);
    let link = query.to_query_string();
    let (_site, browser) = open_build(&generated_dist_dir(), &link, 1280, 900).await;
    wait_for(&browser, "[data-chart-table]", LOAD_TIMEOUT).await;
    let counted = "return [...document.querySelectorAll('[data-chart-table] tbody td:nth-child(4)')]
        .reduce((sum, cell) => sum + Number(cell.textContent.replace(/,/g, '')), 0)";
    assert_eq!(
        script(&browser, counted).await.as_u64(),
        Some(occurrences),
        "{link}: the phrase's occurrences"
    );
    assert_eq!(
        text_shards_asked_for(&browser).await,
        shards as u64,
        "{link}: the found documents' shards alone"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_comparison_fetches_the_shards_of_its_sides_documents_alone() {
    let corpus = whole_corpus();
    let explorer = Explorer::new(corpus);
    let metadata = built_metadata(&generated_dist_dir());
    let all = metadata.text_shards().len();
    let (query, expected, shards) = candidates(corpus, "compare", false)
        .into_iter()
        .find_map(|link| {
            let query = Query::parse_for(&link, corpus).0;
            let shards = shards_of(&compared_documents(corpus, &explorer, &query), &metadata).len();
            let comparison = compare(corpus, &explorer, &query)?;
            let listed = !comparison.terms_a.is_empty() && !comparison.terms_b.is_empty();
            (listed && shards > 1 && shards < all).then_some((query, comparison, shards))
        })
        .expect("a search of the generated corpus whose comparison reads some of its shards only");
    let link = query.to_query_string();
    let (_site, browser) = shown_with_shards_held(&link, shards, "[data-side] [data-term]").await;
    for (key, summary, terms) in
        [("a", &expected.a, &expected.terms_a), ("b", &expected.b, &expected.terms_b)]
    {
        let read = format!(
            "return [...document.querySelectorAll('[data-side=\"{key}\"] [data-term]')]
                .map(row => [row.dataset.term, Number(row.querySelector('[data-count-here]').textContent)])"
        );
        let shown: Vec<(String, u64)> = serde_json::from_value(script(&browser, &read).await).unwrap();
        let listed: Vec<(String, u64)> = terms
            .iter()
            .map(|term| (term.text.to_lowercase(), if key == "a" { term.count_a } else { term.count_b }))
            .collect();
        assert_eq!(shown, listed, "{link}: side {key}'s terms and counts");
        let holds = e2e::text(&browser, &format!("[data-side=\"{key}\"] [data-side-holds]")).await;
        let amounts = format!(" {} distinct", summary.money_amounts);
        assert!(holds.contains(&amounts), "{link}: side {key} holds {holds}, not{amounts}");
    }
    assert_eq!(
        text_shards_asked_for(&browser).await,
        shards as u64,
        "{link}: the compared documents' shards alone"
    );
    browser.close().await;
}
