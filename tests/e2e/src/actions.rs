//! What the end-to-end tests do on a page: open a view, click, wait for
//! counts, run a script, record the clipboard and downloads.

use crate::{
    all_attrs, attr, count, dist_dir, wait_for, wait_until_gone, Browser, Locator, Site, LOAD_TIMEOUT,
};
use std::path::Path;
use std::time::Duration;

/// Opens `query` on a fresh site and browser and waits for the app.
pub async fn open(query: &str, width: u32, height: u32) -> (Site, Browser) {
    open_build(&dist_dir(), query, width, height).await
}

/// Like [`open`], on another build (the hostile corpus's).
pub async fn open_build(dist: &Path, query: &str, width: u32, height: u32) -> (Site, Browser) {
    let site = Site::start(dist, "/");
    let browser = Browser::start(width, height).await;
    browser.goto(&site.url(query)).await.expect("open the page");
    wait_for_app(&browser).await;
    (site, browser)
}

/// Waits until the app has taken over a page just opened and shows its
/// view. The first view the build wrote into the page has a count too (in
/// a `#main` of its own, hidden for a link with a query), so the count is
/// read only once that copy is gone.
pub async fn wait_for_app(browser: &Browser) {
    wait_until_gone(browser, "#prerendered, #loading", LOAD_TIMEOUT).await;
    wait_for(browser, "[data-result-count], [data-reader]", LOAD_TIMEOUT).await;
}

/// Waits until the result count is `expected`, then returns the result ids.
pub async fn results_once_count_is(browser: &Browser, expected: usize) -> Vec<String> {
    let selector = format!("[data-result-count=\"{expected}\"]");
    wait_for(browser, &selector, Duration::from_secs(10)).await;
    all_attrs(browser, "[data-doc-id]", "data-doc-id").await
}

/// Waits until exactly `expected` elements match `selector`.
pub async fn wait_for_count(browser: &Browser, selector: &str, expected: usize) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while count(browser, selector).await != expected {
        assert!(std::time::Instant::now() < deadline, "{selector} never matched {expected} elements");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn facet_count(browser: &Browser, facet: &str, value: &str) -> String {
    attr(browser, &format!("[data-facet=\"{facet}\"][data-value=\"{value}\"] [data-count]"), "data-count")
        .await
        .unwrap()
}

/// Clicks the first element matching `selector`. If the page re-renders it
/// between finding and clicking (the element is stale), clicks the one that
/// replaced it, as a reader would: a few tries, then the error.
pub async fn click(browser: &Browser, selector: &str) {
    const TRIES: usize = 3;
    for tried in 1..=TRIES {
        let element =
            browser.find(Locator::Css(selector)).await.unwrap_or_else(|e| panic!("{selector}: {e}"));
        match element.click().await {
            Ok(()) => return,
            Err(fantoccini::error::CmdError::Standard(error))
                if error.error == fantoccini::error::ErrorStatus::StaleElementReference && tried < TRIES =>
            {
                continue
            }
            Err(error) => panic!("click {selector}: {error}"),
        }
    }
}

pub async fn query_string(browser: &Browser) -> String {
    browser.current_url().await.unwrap().query().unwrap_or("").to_owned()
}

pub async fn script(browser: &Browser, body: &str) -> serde_json::Value {
    browser.execute(body, vec![]).await.unwrap_or_else(|e| panic!("{body}: {e}"))
}

/// Replaces the clipboard with a recorder, so a test can read what was copied.
pub const RECORD_CLIPBOARD: &str =
    "window.copied = []; navigator.clipboard.writeText = text => { window.copied.push(text); return Promise.resolve(); };";

/// Waits until the address bar's query string is `expected` (a search is
/// written to it a moment after the page shows it).
pub async fn address_becomes(browser: &Browser, expected: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while query_string(browser).await != expected {
        assert!(
            std::time::Instant::now() < deadline,
            "the address is ?{} not ?{expected}",
            query_string(browser).await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Records each download the page starts: its file name and its Blob.
pub const RECORD_DOWNLOADS: &str = "
    window.downloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = blob => { const url = create(blob); blobs.set(url, blob); return url; };
    HTMLAnchorElement.prototype.click = function () {
        window.downloads.push({ name: this.download, blob: blobs.get(this.href) });
    };";

/// The name and text of the `index`-th download, once it has started.
pub async fn download(browser: &Browser, index: usize) -> (String, String) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while script(browser, "return window.downloads.length").await.as_u64().unwrap() <= index as u64 {
        assert!(std::time::Instant::now() < deadline, "no download {index}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let read = format!(
        "const done = arguments[arguments.length - 1]; const d = window.downloads[{index}];
         d.blob.text().then(text => done([d.name, d.blob.type, text]));"
    );
    let found = browser.execute_async(&read, vec![]).await.expect("read the download");
    let [name, media_type, body] = [0, 1, 2].map(|i| found[i].as_str().unwrap().to_owned());
    assert!(media_type.ends_with("charset=utf-8"), "{name}: {media_type}");
    (name, body)
}

/// What the search box holds.
pub async fn search_text(browser: &Browser) -> String {
    script(browser, "return document.querySelector('[data-search]').value").await.as_str().unwrap().to_owned()
}

/// Waits until the address's query string contains `part`.
pub async fn wait_for_url_containing(browser: &Browser, part: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !query_string(browser).await.contains(part) {
        assert!(
            std::time::Instant::now() < deadline,
            "the address never had {part}: {}",
            query_string(browser).await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Chooses `value` in the `<select>` matching `select`, as a reader does.
pub async fn choose(browser: &Browser, select: &str, value: &str) {
    let change = format!(
        "const s = document.querySelector('{select}'); s.value = '{value}';
         s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    );
    script(browser, &change).await;
}
