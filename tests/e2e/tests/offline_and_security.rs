//! After a first visit the explorer works with the network off, a new build
//! replaces the old cache whole, and the page runs under a
//! Content-Security-Policy that refuses any script it did not ship.

use e2e::actions::*;
use e2e::{cdp, dist_dir, wait_for, Browser, Locator, Site, LOAD_TIMEOUT};
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

/// Waits until the service worker controls the page and has cached the build.
async fn wait_for_offline_ready(browser: &Browser) {
    let ready = "const done = arguments[0];
        navigator.serviceWorker.ready
          .then(() => caches.keys())
          .then(keys => done(navigator.serviceWorker.controller !== null && keys.length > 0));";
    let deadline = Instant::now() + Duration::from_secs(20);
    while browser.execute_async(ready, vec![]).await.unwrap() != json!(true) {
        assert!(Instant::now() < deadline, "the service worker never took control");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn cache_names(browser: &Browser) -> serde_json::Value {
    browser.execute_async("caches.keys().then(arguments[0])", vec![]).await.unwrap()
}

/// The cache a built site's service worker fills.
fn cache_of(site: &Path) -> String {
    let worker = std::fs::read_to_string(site.join("sw.js")).expect("the build writes sw.js");
    let line = worker.lines().find(|l| l.starts_with("const CACHE = ")).expect("a cache name");
    line.trim_start_matches("const CACHE = ").trim_matches(|c| c == '"' || c == ';').to_owned()
}

#[tokio::test]
async fn after_a_first_visit_the_explorer_opens_filters_and_searches_offline() {
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
    browser.close().await;
}

#[tokio::test]
async fn a_new_build_replaces_the_old_cache_whole() {
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, copy.path().join(path.file_name().unwrap())).unwrap();
    }
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
    std::fs::write(copy.path().join("sw.js"), post_build::service_worker::script(copy.path()).unwrap())
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
    assert_eq!(scripts.len(), 1, "Trunk's start-up script");
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
    let manifest = cdp::execute(&browser, "Page.getAppManifest", json!({})).await;
    assert_eq!(manifest["errors"], json!([]), "{manifest}");
    let installable = cdp::execute(&browser, "Page.getInstallabilityErrors", json!({})).await;
    assert_eq!(installable["installabilityErrors"], json!([]), "{installable}");
    browser.close().await;
}
