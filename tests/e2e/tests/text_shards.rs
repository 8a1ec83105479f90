//! The documents' text arrives in shards beside the corpus's metadata, and
//! the search index in files beside it, and the page asks for each only
//! when a view first needs it: the documents list never waits for them, a
//! search or the reader says it is loading (and shows no counts of the view
//! without it), the search box taking focus fetches the index's head, a
//! search fetches its words' postings files and the text of the results it
//! shows, the reader its document's shard, the trends of a word its
//! index files alone, and a load that fails says so and can be tried again.

use e2e::actions::*;
use e2e::{
    all_attrs, built_metadata, count, dist_dir, hostile_dist_dir, is_text_file, site_without, text, wait_for,
    Browser, Locator, Site, LOAD_TIMEOUT,
};
use explorer_core::Corpus;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

/// How many text shards the page itself has asked for (from the network or the worker's cache).
async fn text_requests(browser: &Browser) -> u64 {
    requests(browser, "text").await
}

/// Waits until the page has asked for at least `shards` text shards.
async fn wait_for_text_requests(browser: &Browser, shards: usize) {
    let deadline = std::time::Instant::now() + LOAD_TIMEOUT;
    while text_requests(browser).await < shards as u64 {
        assert!(std::time::Instant::now() < deadline, "the page asked for fewer than {shards} shards");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The hostile build opened afresh and searched for `q`, once its first
/// passage is marked: its metadata, site, browser and the results listed.
async fn searched_afresh(q: &str) -> (Corpus, Site, Browser, Vec<String>) {
    let metadata = built_metadata(&hostile_dist_dir());
    let (site, browser) = open_build(&hostile_dist_dir(), "", 1280, 900).await;
    results_once_count_is(&browser, metadata.documents().len()).await;
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys(q).await.unwrap();
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    let listed = all_attrs(&browser, "[data-doc-id]", "data-doc-id").await;
    (metadata, site, browser, listed)
}

/// How many files `<kind>-<hash>.json` the page itself has asked for.
async fn requests(browser: &Browser, kind: &str) -> u64 {
    let read = format!(
        "return performance.getEntriesByType('resource').filter(e => /\\/{kind}-[0-9a-f]{{16}}\\.json$/.test(e.name)).length"
    );
    script(browser, &read).await.as_u64().unwrap()
}

/// The files of a built site named `<kind>-<hash>.json` (not their compressed copies).
fn built_json(site: &Path, kind: &str) -> Vec<std::path::PathBuf> {
    let files = std::fs::read_dir(site).unwrap().map(|entry| entry.unwrap().path());
    let is_kind = |path: &std::path::PathBuf| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        name.starts_with(&format!("{kind}-")) && name.ends_with(".json")
    };
    files.filter(is_kind).collect()
}

fn text_shards(site: &Path) -> Vec<std::path::PathBuf> {
    built_json(site, "text")
}

/// The file of the shard of `metadata` that holds the document `id`.
fn shard_file(metadata: &Corpus, id: &str) -> String {
    metadata.text_shards()[shard_of(metadata, id)].file.clone()
}

/// Which shard of `metadata` holds the document `id`.
fn shard_of(metadata: &Corpus, id: &str) -> usize {
    metadata.shard_holding(metadata.position(id).unwrap()).unwrap()
}

#[tokio::test]
async fn the_reader_fetches_its_documents_shard_alone_and_a_search_its_words_and_results_once() {
    let metadata = built_metadata(&hostile_dist_dir());
    let shards = metadata.text_shards().len();
    assert!(shards >= 2, "scripts/test.sh builds the hostile corpus in small shards (EXPLORER_SHARD_KB=1)");
    let (site, browser) = open_build(&hostile_dist_dir(), "", 1280, 900).await;
    let listed = results_once_count_is(&browser, metadata.documents().len()).await;
    // Every document but those of the last one's shard, which is left for the search.
    let left = shard_of(&metadata, listed.last().unwrap());
    let mut fetched = BTreeSet::new();
    for id in listed.iter().filter(|id| shard_of(&metadata, id) != left) {
        click(&browser, &format!("[data-doc-id=\"{id}\"] .result-title a")).await;
        wait_for(&browser, &format!("[data-reader=\"{id}\"]"), LOAD_TIMEOUT).await;
        let document = metadata.document(id).unwrap();
        let paragraphs = count(&browser, ".reader-text [data-p]").await;
        assert_eq!(paragraphs, document.digest.paragraphs as usize, "{id} shows all its paragraphs");
        fetched.insert(shard_of(&metadata, id));
        assert_eq!(
            text_requests(&browser).await,
            fetched.len() as u64,
            "reading {id} fetched its own shard, once"
        );
        browser.back().await.unwrap();
        results_once_count_is(&browser, metadata.documents().len()).await;
    }
    assert_eq!(
        requests(&browser, "search").await + requests(&browser, "postings").await,
        0,
        "no search, no index"
    );
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("boats").await.unwrap();
    let results = results_once_count_is(&browser, 2).await;
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    fetched.extend(results.iter().map(|id| shard_of(&metadata, id)));
    wait_for_text_requests(&browser, fetched.len()).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let asked = text_requests(&browser).await;
    assert_eq!(asked, fetched.len() as u64, "the results' shards, and no shard twice");
    assert_eq!(requests(&browser, "search").await, 1, "the search index's head, once");
    let postings = built_json(&hostile_dist_dir(), "postings").len() as u64;
    let asked = requests(&browser, "postings").await;
    assert!((1..postings / 2).contains(&asked), "the search fetched {asked} of {postings} postings files");
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_search_fetches_the_shards_of_its_results_alone() {
    let (metadata, site, browser, listed) = searched_afresh("hplace250").await;
    assert_eq!(listed.len(), 1);
    assert_eq!(text_requests(&browser).await, 1, "the shard of {listed:?} alone");
    assert!(metadata.text_shards().len() > 1);
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_search_fetches_its_results_texts_in_the_order_it_lists_them() {
    let (metadata, site, browser, listed) = searched_afresh("boats").await;
    let mut expected: Vec<String> = Vec::new();
    for id in &listed {
        let file = shard_file(&metadata, id);
        if !expected.contains(&file) {
            expected.push(file);
        }
    }
    assert!(expected.len() >= 2, "the results are in {} shards", expected.len());
    wait_for_text_requests(&browser, expected.len()).await;
    let order = "return performance.getEntriesByType('resource').filter(e => /\\/text-[0-9a-f]{16}\\.json$/.test(e.name)).sort((a, b) => a.startTime - b.startTime).map(e => e.name.split('/').pop())";
    let asked: Vec<String> = serde_json::from_value(script(&browser, order).await).unwrap();
    assert_eq!(asked[0], expected[0], "the first result's shard first");
    assert_eq!(asked.len(), expected.len(), "each shard once");
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_view_waiting_for_the_whole_text_shows_how_many_of_its_shards_have_arrived() {
    let shards = built_metadata(&hostile_dist_dir()).text_shards().len();
    assert!(shards > 1);
    let site = Site::start(&hostile_dist_dir(), "/");
    site.hold_text();
    let browser = Browser::start(390, 844).await;
    browser.goto(&site.url("view=quotes")).await.unwrap();
    wait_for(&browser, "[data-text-progress]", LOAD_TIMEOUT).await;
    assert_eq!(
        e2e::attr(&browser, "[data-text-progress]", "max").await.as_deref(),
        Some(&*shards.to_string())
    );
    assert_eq!(e2e::attr(&browser, "[data-text-progress]", "value").await.as_deref(), Some("0"));
    assert_eq!(text(&browser, ".text-progress").await, format!("0 of {shards} parts"));
    assert_eq!(
        count(&browser, "[role=status] [data-text-progress]").await,
        0,
        "not read out with each shard"
    );
    let watch = "window.__arrived = []; new MutationObserver(() => { const bar = document.querySelector('[data-text-progress]'); \
        if (bar) window.__arrived.push(Number(bar.getAttribute('value'))); }).observe(document.body, { subtree: true, childList: true, attributes: true }); return null";
    script(&browser, watch).await;
    site.release_text();
    wait_for(&browser, "[data-list=\"quotes\"]", LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, "[data-text-progress]").await, 0, "gone once the text is here");
    let arrived: Vec<usize> =
        serde_json::from_value(script(&browser, "return window.__arrived").await).unwrap();
    assert!(arrived.windows(2).all(|pair| pair[0] <= pair[1]), "{arrived:?}");
    assert!(arrived.iter().any(|&n| n > 0 && n <= shards), "the bar moved: {arrived:?}");
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_link_to_a_paragraph_shows_it_after_fetching_its_documents_shard_alone() {
    let metadata = built_metadata(&hostile_dist_dir());
    let long = "2024-01-02-hostile-long-paragraph";
    let site = Site::start(&hostile_dist_dir(), "/");
    site.hold_text();
    let browser = Browser::start(390, 844).await;
    browser.goto(&site.url(&format!("doc={long}&p=1"))).await.unwrap();
    wait_for(&browser, "[data-text-loading]", LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, "[data-reader]").await, 0, "no reader without its text");
    site.release_text();
    wait_for(&browser, &format!("[data-reader=\"{long}\"] [data-p=\"1\"].highlighted"), LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, "[data-text-loading]").await, 0);
    assert_eq!(text_requests(&browser).await, 1, "only the shard holding {long} was fetched");
    assert_eq!(requests(&browser, "search").await, 0, "no search, no index");
    assert!(metadata.text_shards().len() > 1);
    browser.close().await;
}

#[tokio::test]
async fn the_list_needs_no_text_and_the_reader_and_a_search_fetch_it_once() {
    let (site, browser) = open("", 1280, 900).await;
    wait_for_app(&browser).await;
    results_once_count_is(&browser, 6).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(text_requests(&browser).await, 0, "the documents list fetched text");
    click(&browser, ".result-title a").await;
    wait_for(&browser, "[data-reader]", LOAD_TIMEOUT).await;
    let shards = text_shards(&dist_dir()).len() as u64;
    assert_eq!(shards, 1, "six documents' text is one shard");
    assert_eq!(text_requests(&browser).await, shards, "the reader fetched its shard, once");
    browser.back().await.unwrap();
    results_once_count_is(&browser, 6).await;
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("rwanda").await.unwrap();
    results_once_count_is(&browser, 3).await;
    assert!(count(&browser, "mark").await > 0, "the search marks its passages");
    assert_eq!(text_requests(&browser).await, shards, "nothing was fetched twice");
    drop(site);
    browser.close().await;
}

/// Waits until the page has asked for at least `files` files `<kind>-<hash>.json`.
async fn wait_for_requests(browser: &Browser, kind: &str, files: u64) {
    let deadline = std::time::Instant::now() + LOAD_TIMEOUT;
    while requests(browser, kind).await < files {
        assert!(std::time::Instant::now() < deadline, "the page asked for fewer than {files} {kind} files");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn focusing_the_search_box_fetches_a_small_corpus_search_files_and_a_large_ones_head_alone() {
    let (site, browser) = open("", 1280, 900).await;
    wait_for_app(&browser).await;
    results_once_count_is(&browser, 6).await;
    assert_eq!(requests(&browser, "search").await, 0, "the documents list fetched the search index");
    assert_eq!(text_requests(&browser).await, 0, "the documents list fetched text");
    click(&browser, "[data-search]").await;
    for kind in ["search", "postings", "text"] {
        wait_for_requests(&browser, kind, 1).await;
    }
    assert_eq!(count(&browser, "[data-text-loading]").await, 0, "the list gave way to the loading line");
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("rwanda").await.unwrap();
    results_once_count_is(&browser, 3).await;
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    for kind in ["search", "postings", "text"] {
        assert_eq!(requests(&browser, kind).await, 1, "six documents' {kind} file, fetched once");
    }
    drop(site);
    browser.close().await;

    let (site, browser) = open_build(&hostile_dist_dir(), "", 1280, 900).await;
    wait_for_app(&browser).await;
    click(&browser, "[data-search]").await;
    wait_for_requests(&browser, "search", 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(requests(&browser, "postings").await, 0, "focus fetched postings of a corpus in shards");
    assert_eq!(text_requests(&browser).await, 0, "focus fetched text of a corpus in shards");
    drop(site);
    browser.close().await;
}

/// The text of the trends view's table once it holds `holding`.
async fn trends_table_holding(browser: &Browser, holding: &str) -> String {
    let deadline = std::time::Instant::now() + LOAD_TIMEOUT;
    loop {
        let table = if count(browser, "[data-chart-table]").await > 0 {
            text(browser, "[data-chart-table]").await
        } else {
            String::new()
        };
        if table.contains(holding) {
            return table;
        }
        assert!(std::time::Instant::now() < deadline, "the trends table never held {holding:?}: {table:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_trends_of_a_word_fetch_its_index_files_alone_and_of_a_phrase_its_documents_text() {
    let metadata = built_metadata(&hostile_dist_dir());
    let (site, browser) = open_build(&hostile_dist_dir(), "view=trends&q=boats", 1280, 900).await;
    let from_index = trends_table_holding(&browser, "boats: occurrences").await;
    assert_eq!(count(&browser, "svg[data-chart]").await, 1);
    assert_eq!(text_requests(&browser).await, 0, "the trends of a word fetched text");
    assert_eq!(requests(&browser, "search").await, 1, "the index's head, once");
    assert!(requests(&browser, "postings").await >= 1, "and the postings of the word");
    let occurrences = "return [...document.querySelectorAll('[data-chart-table] tbody td:nth-child(4)')]
        .reduce((sum, cell) => sum + Number(cell.textContent), 0)";
    assert!(script(&browser, occurrences).await.as_u64().unwrap() > 0, "the word is counted: {from_index}");

    let search = browser.find(Locator::Css("[data-search]")).await.unwrap();
    search.clear().await.unwrap();
    search.send_keys("\"small boats\"").await.unwrap();
    trends_table_holding(&browser, "\"small boats\": occurrences").await;
    address_becomes(&browser, "q=%22small+boats%22&view=trends").await;
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/hostile-corpus");
    let whole = Corpus::new(corpus_compiler::compile(&sources).unwrap()).unwrap();
    let explorer = explorer_core::Explorer::new(&whole);
    let phrase =
        explorer.explore(&explorer_core::Query::parse_for("view=trends&q=%22small+boats%22", &whole).0);
    let expected = explorer_core::analysis::trends(&whole, &explorer, &phrase);
    let expected: u64 = expected.spans.iter().flat_map(|span| &span.counts).sum();
    assert_eq!(script(&browser, occurrences).await.as_u64(), Some(expected), "the phrase's occurrences");
    let mut found: Vec<String> = phrase
        .evaluation
        .documents
        .iter()
        .map(|&position| shard_file(&metadata, &whole.documents()[position].id))
        .collect();
    found.sort();
    found.dedup();
    let asked = "return performance.getEntriesByType('resource').filter(e => /\\/text-[0-9a-f]{16}\\.json$/.test(e.name)).map(e => e.name.split('/').pop())";
    let mut asked: Vec<String> = serde_json::from_value(script(&browser, asked).await).unwrap();
    asked.sort();
    assert_eq!(asked, found, "the shards of the documents with the phrase, each once");
    assert!(found.len() < metadata.text_shards().len(), "not every shard");
    assert!(metadata.text_shards().len() > 1);
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_search_says_the_text_is_loading_and_shows_no_counts_until_it_has() {
    let site = Site::start(&dist_dir(), "/");
    site.hold_text(); // the worker's precaching too, so none of it is there before the page asks
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    wait_for_app(&browser).await;
    let search = browser.find(Locator::Css("[data-search]")).await.unwrap();
    search.send_keys("rwanda").await.unwrap();
    wait_for(&browser, "[data-text-loading]", LOAD_TIMEOUT).await;
    assert!(text(&browser, "[data-text-loading]").await.contains("Loading the search index"));
    assert_eq!(count(&browser, "[data-result-count]").await, 0, "no count of the view without its text");
    let hidden = "return getComputedStyle(document.querySelector('.facet-count')).visibility";
    assert_eq!(script(&browser, hidden).await, "hidden", "the facet counts are not shown");
    assert_eq!(count(&browser, ".layout[aria-busy=\"true\"]").await, 1);
    assert_eq!(search_text(&browser).await, "rwanda", "typing carried on while the text loaded");
    site.release_text();
    wait_for(&browser, "[data-result-count=\"3\"]", LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, "[data-text-loading], .layout[aria-busy]").await, 0);
    assert_eq!(script(&browser, hidden).await, "visible");
    browser.close().await;
}

/// Opens `link` on the built site `dist` without its text and search index
/// (nor its worker, which would not install without them): the page must
/// say why they did not load (and, in the reader, still lead back to the
/// results); then, with them back, one "Try again" must
/// show `loaded`.
async fn fails_then_loads_on_retry(dist: &Path, link: &str, loaded: &str) {
    let site_dir = site_without(dist, is_text_file);
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url(link)).await.unwrap();
    wait_for(&browser, "[data-text-failed]", LOAD_TIMEOUT).await;
    let message = text(&browser, "[data-text-failed]").await;
    assert!(message.contains("could not be loaded") && message.contains("404"), "{link}: {message}");
    let opens_a_document = link.contains("doc=");
    assert_eq!(count(&browser, "[data-back]").await, usize::from(opens_a_document), "{link}: the way back");
    for file in ["text", "search", "postings"].iter().flat_map(|kind| built_json(dist, kind)) {
        std::fs::copy(&file, site_dir.path().join(file.file_name().unwrap())).unwrap();
    }
    click(&browser, "[data-text-failed] button").await;
    wait_for(&browser, loaded, LOAD_TIMEOUT).await;
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_text_that_does_not_load_is_said_plainly_and_can_be_tried_again() {
    fails_then_loads_on_retry(&dist_dir(), "q=rwanda", "[data-result-count=\"3\"]").await;
}

#[tokio::test]
async fn a_text_of_several_shards_that_did_not_load_loads_on_one_try_again() {
    assert!(text_shards(&hostile_dist_dir()).len() >= 2, "the hostile corpus is built in small shards");
    fails_then_loads_on_retry(&hostile_dist_dir(), "q=boats", "[data-result-count=\"2\"]").await;
}

#[tokio::test]
async fn a_readers_text_that_does_not_load_is_said_plainly_and_can_be_tried_again() {
    let id = "2023-06-12-hac-albania-asylum-claims";
    fails_then_loads_on_retry(
        &dist_dir(),
        &format!("doc={id}"),
        &format!("[data-reader=\"{id}\"] [data-p=\"1\"]"),
    )
    .await;
}

#[tokio::test]
async fn a_results_text_that_does_not_load_is_said_there_and_loads_on_try_again() {
    let site_dir = site_without(&hostile_dist_dir(), |name| name.starts_with("text-"));
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("q=boats")).await.unwrap();
    wait_for(&browser, "[data-result-text-failed]", LOAD_TIMEOUT).await;
    assert_eq!(
        count(&browser, "[data-result-count=\"2\"]").await,
        1,
        "the results are listed without their text"
    );
    assert_eq!(count(&browser, ".result .result-summary").await, 2, "each with its summary");
    assert_eq!(count(&browser, ".result .snippet mark").await, 0);
    let message = text(&browser, "[data-result-text-failed]").await;
    assert!(message.contains("could not be loaded") && message.contains("Try again"), "{message}");
    for shard in text_shards(&hostile_dist_dir()) {
        std::fs::copy(&shard, site_dir.path().join(shard.file_name().unwrap())).unwrap();
    }
    click(&browser, "[data-result-text-failed] button").await;
    wait_for_count(&browser, ".result .snippets", 2).await;
    assert_eq!(count(&browser, "[data-result-text-failed]").await, 0, "one try brought every result's text");
    drop(site);
    browser.close().await;
}
