//! One measured page load for the load benchmark (`bin/load_bench.rs`): a
//! fresh headless Chromium (a phone's viewport, an empty cache), the server's
//! link as Fast 3G or unthrottled, a probe that types the queries and, in the
//! explorer, clicks a filter and reads the memory held
//! (`load_probe.js`), and the gzip bytes that had arrived at each moment,
//! from the server's log.

use crate::{cdp, Browser, Served, Site, Throttle};
use fantoccini::wd::TimeoutConfiguration;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::time::{Duration, Instant, UNIX_EPOCH};

const PROBE: &str = include_str!("load_probe.js");
/// Even 15 MB over Fast 3G arrives within this.
const LOAD_TIMEOUT: Duration = Duration::from_secs(600);
/// A phone's viewport, as Lighthouse's mobile runs use.
const PHONE: (u32, u32) = (412, 823);

/// The network the page loads over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Network {
    /// 1.6 Mbps down and a 150 ms round trip: Lighthouse's mobile figures.
    Fast3g,
    Unthrottled,
}

impl Network {
    fn throttle(self) -> Option<Throttle> {
        (self == Network::Fast3g)
            .then_some(Throttle { round_trip: Duration::from_millis(150), bytes_per_second: 1.6e6 / 8.0 })
    }
}

/// The system under test: `"explorer"` or `"pagefind"` (the probe's name for
/// how its results show) and the CSS selector of its search box.
#[derive(Clone, Copy, Debug)]
pub struct System {
    pub probe: &'static str,
    pub input: &'static str,
}

/// What one load measured; times in milliseconds since navigation start.
#[derive(Clone, Debug)]
pub struct Load {
    pub box_ms: f64,
    pub first_results_ms: f64,
    /// From typing each query after the first to its results.
    pub next_query_ms: Vec<f64>,
    pub bytes_to_box: usize,
    pub bytes_to_first_results: usize,
    /// The explorer's: from clicking a filter to the frame that shows it, six clicks.
    pub facet_click_ms: Vec<f64>,
    /// The explorer's, after the clicks: its WebAssembly memory and JavaScript heap, in bytes.
    pub memory: Option<(f64, f64)>,
}

/// Loads `site` in a fresh browser over `network`, types `queries` (the
/// first as soon as the search box shows) and returns what it measured.
pub async fn measure(site: &Site, system: System, queries: &[String], network: Network) -> Load {
    let browser = Browser::start(PHONE.0, PHONE.1).await;
    let timeouts = TimeoutConfiguration::new(Some(LOAD_TIMEOUT), Some(LOAD_TIMEOUT), Some(Duration::ZERO));
    browser.update_timeouts(timeouts).await.expect("set WebDriver timeouts");
    let config = json!({ "system": system.probe, "input": system.input, "queries": queries });
    let source = format!("((CONFIG) => {{\n{PROBE}\n}})({config});");
    cdp::execute(&browser, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": source })).await;

    site.clear_log();
    site.throttle(network.throttle());
    browser.goto(&site.url("")).await.expect("open the page");
    let (started, mut polls) = (Instant::now(), 0);
    let outcome = loop {
        let outcome = browser.execute("return window.__loadBench ?? null", vec![]).await.expect("poll");
        if outcome["done"] == json!(true) || !outcome["error"].is_null() {
            break outcome;
        }
        assert!(started.elapsed() < LOAD_TIMEOUT, "{} took over {LOAD_TIMEOUT:?}: {outcome}", system.probe);
        polls += 1;
        if polls % 600 == 0 {
            eprintln!("  still waiting for {} after {:.0?}: {outcome}", system.probe, started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(outcome["error"].is_null(), "{}: {}", system.probe, outcome["error"]);
    let origin =
        browser.execute("return performance.timeOrigin", vec![]).await.expect("read the time origin");
    browser.close().await;
    site.throttle(None);

    let ms = |value: &Value| value.as_f64().unwrap_or_else(|| panic!("a time, not {value}"));
    let queries = outcome["queries"].as_array().expect("the queries' times");
    let box_ms = ms(&outcome["box"]);
    let first_results_ms = ms(&queries[0]["shown"]);
    let served = site.served();
    let arrivals = arrivals(&served, origin.as_f64().expect("a time origin"));
    if std::env::var_os("LOAD_BENCH_LOG").is_some() {
        for (at, bytes, url) in &arrivals {
            eprintln!("    {at:>9.1} ms {bytes:>9} B {url}");
        }
    }
    let bytes_until = |moment: f64| arrivals.iter().filter(|(at, ..)| *at <= moment).map(|(_, b, _)| b).sum();
    Load {
        box_ms,
        first_results_ms,
        next_query_ms: queries[1..].iter().map(|q| ms(&q["shown"]) - ms(&q["typed"])).collect(),
        bytes_to_box: bytes_until(box_ms),
        bytes_to_first_results: bytes_until(first_results_ms),
        facet_click_ms: outcome["facet"]
            .as_array()
            .map_or_else(Vec::new, |clicks| clicks.iter().map(ms).collect()),
        memory: outcome["memory"].as_object().map(|memory| (ms(&memory["wasm"]), ms(&memory["js"]))),
    }
}

/// When each response the server sent had arrived (ms since navigation
/// start: when the server had sent it over the link), its bytes and URL
/// (`LOAD_BENCH_LOG` prints them). The service worker's script and what it
/// fetches (background precaching) are left out.
fn arrivals(served: &[Served], origin: f64) -> Vec<(f64, usize, &str)> {
    let service_workers: HashSet<String> =
        served.iter().filter(|s| s.service_worker_script).map(|s| s.url.clone()).collect();
    let from_service_worker = |response: &Served| {
        response.referer.as_deref().is_some_and(|r| service_workers.contains(&path_of(r)))
    };
    served
        .iter()
        .filter(|response| !response.service_worker_script && !from_service_worker(response))
        .map(|response| {
            let done = response.done.duration_since(UNIX_EPOCH).expect("after 1970").as_secs_f64() * 1000.0;
            (done - origin, response.bytes, response.url.as_str())
        })
        .collect()
}

/// The path and query of an absolute URL.
fn path_of(url: &str) -> String {
    match url.split_once("://").and_then(|(_, rest)| rest.find('/').map(|slash| &rest[slash..])) {
        Some(path) => path.split('#').next().unwrap_or_default().to_owned(),
        None => url.to_owned(),
    }
}

/// What opening one view from a link measured: when its `ready` element
/// showed (ms since navigation start), and what had arrived by then.
#[derive(Clone, Debug)]
pub struct ViewLoad {
    pub shown_ms: f64,
    pub bytes: usize,
    /// How many text shards (`text-<hash>.json`) had arrived.
    pub text_shards: usize,
}

/// Opens `link` of `site` in a fresh browser, unthrottled, and measures
/// until an element matching `ready` shows.
pub async fn open_view(site: &Site, link: &str, ready: &str) -> ViewLoad {
    let browser = Browser::start(PHONE.0, PHONE.1).await;
    let selector = serde_json::to_string(ready).expect("a selector");
    let watch = format!(
        "new MutationObserver((_, observer) => {{ if (document.querySelector({selector})) {{ window.__shown = performance.now(); observer.disconnect(); }} }}).observe(document, {{ subtree: true, childList: true }});"
    );
    cdp::execute(&browser, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": watch })).await;
    site.clear_log();
    browser.goto(&site.url(link)).await.expect("open the page");
    let started = Instant::now();
    let shown = loop {
        let shown = browser.execute("return window.__shown ?? null", vec![]).await.expect("poll");
        if let Some(shown) = shown.as_f64() {
            break shown;
        }
        assert!(started.elapsed() < LOAD_TIMEOUT, "{link}: no {ready} within {LOAD_TIMEOUT:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let origin =
        browser.execute("return performance.timeOrigin", vec![]).await.expect("read the time origin");
    browser.close().await;
    let served = site.served();
    let arrived: Vec<_> = arrivals(&served, origin.as_f64().expect("a time origin"))
        .into_iter()
        .filter(|(at, ..)| *at <= shown)
        .collect();
    let is_shard = |url: &str| url.rsplit('/').next().is_some_and(|file| file.starts_with("text-"));
    ViewLoad {
        shown_ms: shown,
        bytes: arrived.iter().map(|(_, bytes, _)| bytes).sum(),
        text_shards: arrived.iter().filter(|(_, _, url)| is_shard(url)).count(),
    }
}
