//! The documents' text arrives in shards beside the corpus's metadata, and
//! the page asks for it only when a view first needs it: the documents
//! list never waits for it, a search or the reader says it is loading (and
//! shows no counts of the view without it), the search box taking focus
//! starts the load, and a load that fails says so and can be tried again.

use e2e::actions::*;
use e2e::{count, dist_dir, text, wait_for, Browser, Locator, Site, LOAD_TIMEOUT};
use std::path::Path;
use std::time::Duration;

/// How many text shards the page itself has asked for (from the network or the worker's cache).
async fn text_requests(browser: &Browser) -> u64 {
    let read = "return performance.getEntriesByType('resource').filter(e => /\\/text-[0-9a-f]{16}\\.json$/.test(e.name)).length";
    script(browser, read).await.as_u64().unwrap()
}

fn text_shards(site: &Path) -> Vec<std::path::PathBuf> {
    let shards = std::fs::read_dir(site).unwrap().map(|entry| entry.unwrap().path());
    let is_shard = |path: &std::path::PathBuf| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        name.starts_with("text-") && name.ends_with(".json")
    };
    shards.filter(is_shard).collect()
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
    assert!(shards > 0);
    assert_eq!(text_requests(&browser).await, shards, "the reader fetched every shard, once");
    browser.back().await.unwrap();
    results_once_count_is(&browser, 6).await;
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("rwanda").await.unwrap();
    results_once_count_is(&browser, 3).await;
    assert!(count(&browser, "mark").await > 0, "the search marks its passages");
    assert_eq!(text_requests(&browser).await, shards, "nothing was fetched twice");
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn focusing_the_search_box_starts_loading_the_text_so_the_first_search_need_not_wait() {
    let (site, browser) = open("", 1280, 900).await;
    wait_for_app(&browser).await;
    results_once_count_is(&browser, 6).await;
    assert_eq!(text_requests(&browser).await, 0, "the documents list fetched text");
    click(&browser, "[data-search]").await;
    let shards = text_shards(&dist_dir()).len() as u64;
    let deadline = std::time::Instant::now() + LOAD_TIMEOUT;
    while text_requests(&browser).await < shards {
        assert!(std::time::Instant::now() < deadline, "focusing the search box fetched no text");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(count(&browser, "[data-text-loading]").await, 0, "the list gave way to the loading line");
    results_once_count_is(&browser, 6).await;
    tokio::time::sleep(Duration::from_millis(300)).await; // the text read once fetched
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("rwanda").await.unwrap();
    assert_eq!(count(&browser, "[data-text-loading]").await, 0, "the first search waited for the text");
    results_once_count_is(&browser, 3).await;
    assert_eq!(text_requests(&browser).await, shards, "nothing was fetched twice");
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
    assert!(text(&browser, "[data-text-loading]").await.contains("Loading the documents' text"));
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

#[tokio::test]
async fn a_text_that_does_not_load_is_said_plainly_and_can_be_tried_again() {
    let site_dir = tempfile::tempdir().unwrap();
    // The built site without its text (nor its worker, which would not install without it).
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_file() && !name.starts_with("text-") && name != "sw.js" {
            std::fs::copy(&path, site_dir.path().join(name)).unwrap();
        }
    }
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("q=rwanda")).await.unwrap();
    wait_for(&browser, "[data-text-failed]", LOAD_TIMEOUT).await;
    let message = text(&browser, "[data-text-failed]").await;
    assert!(message.contains("could not be loaded") && message.contains("404"), "{message}");
    for shard in text_shards(&dist_dir()) {
        std::fs::copy(&shard, site_dir.path().join(shard.file_name().unwrap())).unwrap();
    }
    click(&browser, "[data-text-failed] button").await;
    results_once_count_is(&browser, 3).await;
    browser.close().await;
}
