//! After a first visit the explorer works with the network off (and on a
//! host that caches as the README advises, that visit downloads no file
//! twice), a new build replaces the old cache whole, and the page runs under a
//! Content-Security-Policy that refuses any script it did not ship.

use e2e::actions::*;
use e2e::{cdp, dist_dir, hostile_dist_dir, wait_for, Browser, Caching, Locator, Site, LOAD_TIMEOUT};
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a new build's worker may take to install (it fetches and hashes
/// every file; on a loaded 2-core machine that can take many seconds).
const UPDATE_TIMEOUT: Duration = Duration::from_secs(60);

/// Waits until the service worker controls the page and has cached the build.
async fn wait_for_offline_ready(browser: &Browser) {
    let ready = "const done = arguments[0];
        navigator.serviceWorker.ready
          .then(() => caches.keys())
          .then(keys => done(navigator.serviceWorker.controller !== null && keys.length > 0));";
    let deadline = Instant::now() + UPDATE_TIMEOUT;
    while browser.execute_async(ready, vec![]).await.unwrap() != json!(true) {
        assert!(Instant::now() < deadline, "the service worker never took control");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The page's cache names; null while the page cannot answer (it is
/// reloading into a new build, and the script is cut off).
async fn cache_names(browser: &Browser) -> serde_json::Value {
    browser.execute_async("caches.keys().then(arguments[0])", vec![]).await.unwrap_or_default()
}

/// The cache a built site's service worker fills.
fn cache_of(site: &Path) -> String {
    let worker = std::fs::read_to_string(site.join("sw.js")).expect("the build writes sw.js");
    let line = worker.lines().find(|l| l.starts_with("const CACHE = ")).expect("a cache name");
    line.trim_start_matches("const CACHE = ").trim_matches(|c| c == '"' || c == ';').to_owned()
}

/// Whether the page has registered its service worker.
async fn registered(browser: &Browser) -> bool {
    let registration = "navigator.serviceWorker.getRegistration().then(r => arguments[0](r !== undefined))";
    browser.execute_async(registration, vec![]).await.unwrap() == json!(true)
}

#[tokio::test]
async fn the_worker_is_registered_only_once_the_page_has_fetched_nothing_for_a_while() {
    // Its first install fetches every file of the build, which would share
    // a slow connection with the files the reader is waiting for.
    let site = Site::start(&hostile_dist_dir(), "/");
    site.hold_text();
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("view=quotes")).await.unwrap();
    wait_for(&browser, "[data-text-progress]", LOAD_TIMEOUT).await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(!registered(&browser).await, "no worker while the page's files are on their way");
    site.release_text();
    wait_for(&browser, "[data-list=\"quotes\"]", LOAD_TIMEOUT).await;
    wait_for_offline_ready(&browser).await;
    assert!(registered(&browser).await);
    drop(site);
    browser.close().await;
}

#[tokio::test]
async fn after_a_first_visit_the_explorer_opens_filters_searches_reads_and_charts_offline() {
    let site = Site::start(&dist_dir(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    results_once_count_is(&browser, 6).await;
    wait_for_offline_ready(&browser).await;
    let later = site.url("period=sunak-2022");
    cdp::set_offline(&browser, true).await;
    drop(site); // and the server stops answering
    browser.goto(&later).await.unwrap();
    wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
    results_once_count_is(&browser, 4).await;
    click(&browser, "[data-facet=\"type\"][data-value=\"committee-report-news\"] input").await;
    results_once_count_is(&browser, 2).await;
    let search = browser.find(Locator::Css("[data-search]")).await.unwrap();
    search.send_keys("albania").await.unwrap();
    results_once_count_is(&browser, 1).await;
    assert!(e2e::count(&browser, "mark").await > 0, "passages are marked offline too");
    // The parts of the code the first visit did not show come from the worker's cache.
    click(&browser, ".result-title a").await;
    wait_for(&browser, "[data-reader] .reader-title", LOAD_TIMEOUT).await;
    click(&browser, "[data-back]").await;
    click(&browser, "[data-view-tab=\"trends\"]").await;
    wait_for(&browser, "svg[data-chart]", LOAD_TIMEOUT).await;
    assert_eq!(e2e::count(&browser, "[data-part-failed]").await, 0);
    browser.close().await;
}

#[tokio::test]
async fn on_a_host_that_caches_as_advised_a_first_visit_downloads_no_file_twice() {
    let site = Site::start_with(&dist_dir(), "/", Caching::AsAdvised);
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    results_once_count_is(&browser, 6).await;
    let search = browser.find(Locator::Css("[data-search]")).await.unwrap();
    search.send_keys("rwanda").await.unwrap();
    results_once_count_is(&browser, 3).await;
    wait_for(&browser, ".result .snippet mark", LOAD_TIMEOUT).await;
    wait_for_offline_ready(&browser).await;
    let mut downloads: std::collections::BTreeMap<String, usize> = Default::default();
    for served in site.served().iter().filter(|served| served.bytes > 0) {
        *downloads.entry(served.url.clone()).or_default() += 1;
    }
    let twice: Vec<_> = downloads.iter().filter(|(_, &times)| times > 1).collect();
    assert!(twice.is_empty(), "downloaded more than once: {twice:?}");
    for kind in [".wasm", "/corpus-", "/search-", "/postings-", "/text-", "/"] {
        assert!(downloads.keys().any(|url| url.contains(kind)), "{kind} was downloaded: {downloads:?}");
    }
    // The search reaches the address a moment after it shows: reload that address.
    address_becomes(&browser, "q=rwanda").await;
    cdp::set_offline(&browser, true).await;
    drop(site);
    browser.refresh().await.unwrap();
    results_once_count_is(&browser, 3).await;
    assert!(e2e::count(&browser, "mark").await > 0, "and searches offline");
    browser.close().await;
}

/// Puts the files of the build in `from` in place of those in `site`, each
/// modified at `modified` (as a deploy by copying would leave them).
fn deploy(from: &Path, site: &Path, modified: std::time::SystemTime) {
    for entry in std::fs::read_dir(site).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).unwrap();
        } else {
            std::fs::remove_file(&path).unwrap();
        }
    }
    let mut pending = vec![from.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let target = site.join(path.strip_prefix(from).unwrap());
            if path.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                pending.push(path);
            } else {
                std::fs::copy(&path, &target).unwrap();
                std::fs::File::options().write(true).open(&target).unwrap().set_modified(modified).unwrap();
            }
        }
    }
}

/// The ids of the documents the page lists.
async fn listed(browser: &Browser) -> Vec<String> {
    wait_for(browser, "[data-doc-id]", LOAD_TIMEOUT).await;
    e2e::all_attrs(browser, "[data-doc-id]", "data-doc-id").await
}

/// What the worker's cache holds as the page.
async fn cached_page(browser: &Browser) -> String {
    let read = "caches.keys().then(keys => caches.open(keys[0]))
        .then(cache => cache.match(new URL('./', location.href).href)).then(r => r.text()).then(arguments[0])";
    browser.execute_async(read, vec![]).await.unwrap().as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_new_deploy_on_a_host_with_only_last_modified_is_picked_up_online_and_offline() {
    let old = std::time::SystemTime::now() - Duration::from_secs(2 * 24 * 3600);
    let site_dir = tempfile::tempdir().unwrap();
    deploy(&dist_dir(), site_dir.path(), old);
    let site = Site::start_with(site_dir.path(), "/", Caching::LastModified);
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    let first = listed(&browser).await;
    wait_for_offline_ready(&browser).await;
    // Another build (of another corpus) replaces the files, modified now.
    deploy(&hostile_dist_dir(), site_dir.path(), std::time::SystemTime::now());
    let new_page = std::fs::read_to_string(site_dir.path().join("index.html")).unwrap();
    browser.goto(&site.url("")).await.unwrap();
    let second = listed(&browser).await;
    assert_ne!(first, second, "the navigation revalidated the page and got the new build");
    let new_cache = cache_of(site_dir.path());
    let deadline = Instant::now() + Duration::from_secs(20);
    while cache_names(&browser).await != json!([new_cache]) {
        assert!(Instant::now() < deadline, "caches are {} not [{new_cache}]", cache_names(&browser).await);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(cached_page(&browser).await, new_page, "the new cache holds the new page, not the old one");
    assert_eq!(e2e::count(&browser, "[data-update]").await, 0, "the page is of the new build already");
    cdp::set_offline(&browser, true).await;
    drop(site);
    browser
        .goto(&format!("{}?q=alert", browser.current_url().await.unwrap().origin().ascii_serialization()))
        .await
        .unwrap();
    wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
    assert_eq!(e2e::count(&browser, ".bug-report").await, 0);
    assert!(!listed(&browser).await.is_empty(), "the new build searches offline");
    browser.close().await;
}

#[tokio::test]
async fn a_page_of_an_older_build_offers_to_reload_into_the_new_one() {
    let site_dir = tempfile::tempdir().unwrap();
    deploy(&dist_dir(), site_dir.path(), std::time::SystemTime::now());
    let site = Site::start(site_dir.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("sort=oldest")).await.unwrap();
    let first = listed(&browser).await;
    wait_for_offline_ready(&browser).await;
    deploy(&hostile_dist_dir(), site_dir.path(), std::time::SystemTime::now());
    // As when the reader comes back to the tab: the page looks for a new build.
    browser
        .execute_async(
            "navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => arguments[0]())",
            vec![],
        )
        .await
        .unwrap();
    wait_for(&browser, "[data-update]", UPDATE_TIMEOUT).await;
    assert_eq!(listed(&browser).await, first, "nothing changes until the reader says so");
    click(&browser, "[data-update-reload]").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while listed(&browser).await == first {
        assert!(Instant::now() < deadline, "the page did not reload into the new build");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(query_string(&browser).await, "sort=oldest", "the reload keeps the view");
    browser.close().await;
}

#[tokio::test]
async fn a_new_build_replaces_the_old_cache_whole_once_the_reader_takes_it() {
    let copy = tempfile::tempdir().unwrap();
    deploy(&dist_dir(), copy.path(), std::time::SystemTime::now());
    let site = Site::start(copy.path(), "/");
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url("")).await.unwrap();
    results_once_count_is(&browser, 6).await;
    wait_for_offline_ready(&browser).await;
    let first = cache_of(copy.path());
    assert_eq!(cache_names(&browser).await, json!([first]));
    // A new build: one file changes, and the build writes a new worker.
    let robots = copy.path().join("robots.txt");
    let text = std::fs::read_to_string(&robots).unwrap() + "\n# a new build\n";
    std::fs::write(&robots, text).unwrap();
    let build = post_build::service_worker::build_id(copy.path()).unwrap();
    std::fs::write(
        copy.path().join("sw.js"),
        post_build::service_worker::script(copy.path(), &build).unwrap(),
    )
    .unwrap();
    let second = cache_of(copy.path());
    assert_ne!(first, second);
    browser
        .execute_async(
            "navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => arguments[0]())",
            vec![],
        )
        .await
        .unwrap();
    // The new worker has cached its build; the page still runs on the old one, kept whole.
    wait_for(&browser, "[data-update]", UPDATE_TIMEOUT).await;
    let mut both = vec![first.clone(), second.clone()];
    both.sort();
    let mut names: Vec<String> = serde_json::from_value(cache_names(&browser).await).unwrap();
    names.sort();
    assert_eq!(names, both);
    click(&browser, "[data-update-reload]").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while cache_names(&browser).await != json!([second]) {
        assert!(Instant::now() < deadline, "caches are {} not [{second}]", cache_names(&browser).await);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn the_page_runs_under_a_policy_that_refuses_scripts_it_did_not_ship() {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    let scripts = post_build::csp::inline_scripts(&html);
    assert_eq!(scripts.len(), 2, "the page's start-up script and Trunk's loader");
    let policy =
        post_build::csp::policy(&scripts.iter().map(|s| post_build::csp::hash(s)).collect::<Vec<_>>());
    assert!(
        html.contains(&format!("content=\"{policy}\"")),
        "the built page carries the policy with its hash"
    );
    let (_site, browser) = open("q=rwanda", 1280, 900).await;
    wait_for(&browser, "mark", Duration::from_secs(10)).await;
    let injected = "const s = document.createElement('script'); s.textContent = 'window.injected = 1';
                    document.head.append(s); return window.injected ?? null;";
    assert_eq!(
        script(&browser, injected).await,
        serde_json::Value::Null,
        "an injected inline script does not run"
    );
    assert!(!policy.contains("'unsafe-eval'") && !policy.contains("'unsafe-inline'"), "{policy}");
    browser.close().await;
}

#[tokio::test]
async fn the_manifest_makes_the_explorer_installable() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    // Now and then headless Chromium's own request for the manifest never
    // reaches the server, and then it waits for good to answer what follows
    // (Lighthouse gives it a timeout for that): load the page again.
    let fetched =
        "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/manifest.webmanifest'))";
    for _ in 0..5 {
        let deadline = Instant::now() + Duration::from_secs(5);
        while script(&browser, fetched).await != json!(true) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if script(&browser, fetched).await == json!(true) {
            break;
        }
        browser.refresh().await.unwrap();
        results_once_count_is(&browser, 6).await;
    }
    let manifest = cdp::execute(&browser, "Page.getAppManifest", json!({})).await;
    assert_eq!(manifest["errors"], json!([]), "{manifest}");
    let installable = cdp::execute(&browser, "Page.getInstallabilityErrors", json!({})).await;
    assert_eq!(installable["installabilityErrors"], json!([]), "{installable}");
    browser.close().await;
}
