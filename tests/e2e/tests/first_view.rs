//! The page before the app: with the WebAssembly held back by the server,
//! the first view the build wrote into `index.html` is readable (the
//! documents, the filters, the search box), a deep link says it is loading,
//! and when the app arrives it takes over without moving anything and
//! keeps what the reader typed and ticked meanwhile; a search asked for
//! meanwhile has started the files a search fetches first downloading.

use e2e::actions::*;
use e2e::{count, dist_dir, site_without, text, wait_for, wait_until_gone, Browser, Site, LOAD_TIMEOUT};
use std::time::Duration;

/// A site whose wasm is held, and a browser on `query` there.
async fn open_without_wasm(query: &str, width: u32) -> (Site, Browser) {
    let site = Site::start(&dist_dir(), "/");
    site.hold_wasm();
    let browser = Browser::start(width, 900).await;
    browser.goto(&site.url(query)).await.expect("open the page");
    (site, browser)
}

/// The files a search fetches first at six documents, by how their names
/// begin: the search index's head, its one postings file, the one text shard.
const SEARCH_FILES: [&str; 3] = ["/search-", "/postings-", "/text-"];

/// How many times the page (not its service worker) asked for a file whose address holds `kind`.
fn requests(site: &Site, kind: &str) -> usize {
    let by_page = |served: &&e2e::Served| !served.referer.as_deref().unwrap_or_default().ends_with("/sw.js");
    site.served().iter().filter(by_page).filter(|served| served.url.contains(kind)).count()
}

/// Waits until the page has asked for every file a search fetches first (the app may not be there).
async fn search_files_are_asked_for(site: &Site) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while let Some(kind) = SEARCH_FILES.into_iter().find(|kind| requests(site, kind) == 0) {
        assert!(std::time::Instant::now() < deadline, "the {kind} file was not asked for");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Whether an element is shown (has a box).
async fn shown(browser: &Browser, selector: &str) -> bool {
    let read = format!(
        "const e = document.querySelector('{selector}'); return !!e && e.getClientRects().length > 0"
    );
    script(browser, &read).await.as_bool().unwrap()
}

/// What each shown element `selector` finds is (its tag and class) and
/// where: its page-relative top and left, width and height.
async fn places(browser: &Browser, selector: &str) -> Vec<(String, [i64; 4])> {
    let read = format!(
        "return [...document.querySelectorAll('{selector}')].filter(e => e.getClientRects().length > 0)
             .map(e => [e.tagName + '.' + e.className, (r => [r.top + scrollY, r.left, r.width, r.height]
                 .map(Math.round))(e.getBoundingClientRect())])"
    );
    serde_json::from_value(script(browser, &read).await).unwrap()
}

/// Waits until the app has replaced the first view.
async fn app_took_over(browser: &Browser) {
    wait_until_gone(browser, "#prerendered, #loading", LOAD_TIMEOUT).await;
    wait_for(browser, "[data-result-count], [data-reader]", LOAD_TIMEOUT).await;
}

#[tokio::test]
async fn the_first_view_is_readable_before_the_wasm_and_the_app_takes_over_in_place() {
    for width in [1280, 390] {
        let (site, browser) = open_without_wasm("", width).await;
        wait_for(&browser, "#prerendered [data-result-count=\"6\"]", Duration::from_secs(10)).await;
        assert_eq!(count(&browser, "#prerendered [data-doc-id]").await, 6, "every document is listed");
        assert!(!text(&browser, "#prerendered [data-doc-id] h2, #prerendered [data-doc-id] h3")
            .await
            .is_empty());
        assert!(shown(&browser, "#prerendered [data-search]").await, "the search box shows");
        assert!(
            count(&browser, "#prerendered [data-facet][data-value] input").await > 10,
            "the filters show"
        );
        assert!(!shown(&browser, "#loading").await, "no loading message over a page that is there");
        let wasm_loaded = "return performance.getEntriesByType('resource').some(r => r.name.endsWith('.wasm') && r.responseEnd > 0)";
        assert_eq!(script(&browser, wasm_loaded).await, false, "the wasm is still held");

        let watched = "[data-search], [data-doc-id], [data-facet][data-value], .masthead";
        let before = places(&browser, watched).await;
        site.release_wasm();
        app_took_over(&browser).await;
        assert_eq!(
            places(&browser, watched).await,
            before,
            "nothing moved when the app took over ({width} px)"
        );
        browser.close().await;
    }
}

#[tokio::test]
async fn a_deep_link_says_it_is_loading_until_the_app_shows_its_view() {
    let (site, browser) = open_without_wasm("q=rwanda", 1280).await;
    wait_for(&browser, "#loading", Duration::from_secs(10)).await;
    assert!(shown(&browser, "#loading").await, "the loading message shows");
    assert!(text(&browser, "#loading").await.contains("Loading the explorer"));
    assert!(!shown(&browser, "#prerendered").await, "the first view is not shown for another view's link");
    search_files_are_asked_for(&site).await;
    site.release_wasm();
    app_took_over(&browser).await;
    assert_eq!(search_text(&browser).await, "rwanda");
    assert!(count(&browser, "[data-doc-id]").await < 6, "the link's view, not the first view");
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    for kind in SEARCH_FILES {
        assert_eq!(requests(&site, kind), 1, "the app took the {kind} file the page had preloaded");
    }
    browser.close().await;
}

/// Types `keys` one at a time into whatever has the focus, as a person's
/// keystrokes land, `gap` apart.
async fn type_into_focus(browser: &Browser, keys: &str, gap: Duration) {
    for key in keys.chars() {
        let mut tries = 0;
        // The focused element may be replaced between finding it and typing.
        while browser.active_element().await.unwrap().send_keys(&key.to_string()).await.is_err() {
            tries += 1;
            assert!(tries < 20, "no element took the key {key:?}");
        }
        tokio::time::sleep(gap).await;
    }
}

#[tokio::test]
async fn what_is_typed_and_ticked_before_the_app_arrives_carries_into_it() {
    let (site, browser) = open_without_wasm("", 1280).await;
    wait_for(&browser, "#prerendered [data-result-count=\"6\"]", Duration::from_secs(10)).await;
    click(&browser, "#prerendered [data-facet=\"period\"][data-value=\"sunak-2022\"] input").await;
    click(&browser, "#prerendered [data-search]").await;
    type_into_focus(&browser, "rw", Duration::from_millis(30)).await;
    search_files_are_asked_for(&site).await;
    site.release_wasm();
    // Typing on while the app arrives and takes over.
    type_into_focus(&browser, "anda OR kigali", Duration::from_millis(30)).await;
    app_took_over(&browser).await;
    assert_eq!(search_text(&browser).await, "rwanda OR kigali", "no keystroke was lost");
    let focused = "return document.activeElement && document.activeElement.hasAttribute('data-search')";
    assert_eq!(script(&browser, focused).await, true, "the search box keeps the focus");
    address_becomes(&browser, "q=rwanda+OR+kigali&period=sunak-2022").await;
    let ticked = "[data-facet=\"period\"][data-value=\"sunak-2022\"] input:checked";
    assert_eq!(count(&browser, ticked).await, 1, "the ticked period stays ticked");
    browser.close().await;
}

#[tokio::test]
async fn a_corpus_file_that_cannot_be_fetched_is_said_plainly() {
    let site_dir = site_without(&dist_dir(), |name| name.starts_with("corpus-"));
    let copied = std::fs::read_dir(site_dir.path()).unwrap().count();
    assert!(copied > 3, "the built site was copied");
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    let failed = "html.load-failed #loading .loading-message";
    wait_for(&browser, failed, LOAD_TIMEOUT).await;
    let message = text(&browser, failed).await;
    assert!(message.contains("could not load its documents") && message.contains("404"), "{message}");
    assert!(shown(&browser, "#loading").await && !shown(&browser, "#prerendered").await);
    browser.close().await;
}
