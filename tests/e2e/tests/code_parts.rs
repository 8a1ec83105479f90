//! The app's code arrives in parts: the first view and a search need only
//! the main wasm; the reader, the analysis views and the quotes and figures
//! each fetch their part the first time they are shown, or a link to them
//! is pointed at or focused, and once; a part that cannot be fetched is
//! said plainly, loads on Try again, and leaves the way back to the results.

use e2e::actions::*;
use e2e::{copy_files, count, dist_dir, site_without, text, wait_for, Browser, Locator, Site, LOAD_TIMEOUT};

/// The code parts the page itself has asked for (from the network or the
/// worker's cache), by name without the hash, in the order asked.
async fn parts_asked_for(browser: &Browser) -> Vec<String> {
    let read = "return performance.getEntriesByType('resource').map(e => e.name.split('/').pop())\
                .filter(n => /^split_[a-z_]+-[0-9a-f]{16}\\.wasm$/.test(n)).map(n => n.replace(/-[0-9a-f]{16}\\.wasm$/, ''))";
    serde_json::from_value(script(browser, read).await).unwrap()
}

#[tokio::test]
async fn the_first_view_and_a_search_need_no_part_and_each_part_arrives_once_when_first_wanted() {
    let site_dir = site_without(&dist_dir(), |_| false);
    let (site, browser) = open_build(site_dir.path(), "", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    browser.find(Locator::Css("[data-search]")).await.unwrap().send_keys("rwanda").await.unwrap();
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    assert_eq!(
        parts_asked_for(&browser).await,
        Vec::<String>::new(),
        "the list and its search are in the main part"
    );
    // Focus reaching a result's link fetches the reader's part before it is opened.
    script(&browser, "document.querySelector('.result-title a').focus(); return true").await;
    let deadline = std::time::Instant::now() + LOAD_TIMEOUT;
    while parts_asked_for(&browser).await.is_empty() {
        assert!(std::time::Instant::now() < deadline, "focus on a result fetched no part");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(parts_asked_for(&browser).await, ["split_reader"]);
    assert_eq!(count(&browser, "[data-reader]").await, 0, "nothing is opened by focus");
    click(&browser, ".result-title a").await;
    wait_for(&browser, "[data-reader] .reader-title", LOAD_TIMEOUT).await;
    assert_eq!(parts_asked_for(&browser).await, ["split_reader"]);
    click(&browser, "[data-back]").await;
    click(&browser, "[data-view-tab=\"trends\"]").await;
    wait_for(&browser, "svg[data-chart]", LOAD_TIMEOUT).await;
    click(&browser, "[data-view-tab=\"kwic\"]").await;
    wait_for(&browser, "[data-kwic]", LOAD_TIMEOUT).await;
    click(&browser, "[data-view-tab=\"quotes\"]").await;
    wait_for(&browser, "[data-list=\"quotes\"] li", LOAD_TIMEOUT).await;
    // Back to a part already here shows it at once, and asks for nothing.
    browser.back().await.unwrap();
    wait_for(&browser, "[data-kwic]", LOAD_TIMEOUT).await;
    click(&browser, "[data-kwic] .kwic-source").await;
    wait_for(&browser, "[data-reader] .reader-title", LOAD_TIMEOUT).await;
    assert_eq!(parts_asked_for(&browser).await, ["split_reader", "split_analysis", "split_research_items"]);
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_part_that_does_not_load_is_said_plainly_and_loads_on_try_again() {
    let dist = dist_dir();
    let is_reader = |name: &str| name.starts_with("split_reader-");
    let site_dir = site_without(&dist, is_reader);
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("doc=2023-06-12-hac-albania-asylum-claims")).await.unwrap();
    wait_for(&browser, "[data-part-failed]", LOAD_TIMEOUT).await;
    let message = text(&browser, "[data-part-failed]").await;
    assert!(message.contains("The code for the reader could not be loaded"), "{message}");
    assert_eq!(count(&browser, "[data-reader]").await, 0);
    copy_files(&dist, site_dir.path(), is_reader);
    click(&browser, "[data-part-failed] button").await;
    wait_for(&browser, "[data-reader=\"2023-06-12-hac-albania-asylum-claims\"] .reader-title", LOAD_TIMEOUT)
        .await;
    assert_eq!(count(&browser, "[data-part-failed]").await, 0);
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn a_reader_whose_part_does_not_load_still_leads_back_to_its_results() {
    let site_dir = site_without(&dist_dir(), |name| name.starts_with("split_reader-"));
    let (site, browser) = open_build(site_dir.path(), "q=rwanda", 1280, 900).await;
    wait_for(&browser, "[data-result-count=\"3\"]", LOAD_TIMEOUT).await;
    click(&browser, ".result-title a").await;
    wait_for(&browser, "[data-part-failed]", LOAD_TIMEOUT).await;
    click(&browser, "[data-back]").await;
    address_becomes(&browser, "q=rwanda").await;
    wait_for(&browser, "[data-result-count=\"3\"]", LOAD_TIMEOUT).await;
    click(&browser, ".result-title a").await;
    wait_for(&browser, "[data-part-failed]", LOAD_TIMEOUT).await;
    browser.find(Locator::Css("body")).await.unwrap().send_keys("\u{e00c}").await.unwrap();
    address_becomes(&browser, "q=rwanda").await;
    wait_for(&browser, "[data-result-count=\"3\"]", LOAD_TIMEOUT).await;
    assert_eq!(count(&browser, "[data-part-failed], [data-back]").await, 0);
    drop(site);
    browser.close().await;
}
