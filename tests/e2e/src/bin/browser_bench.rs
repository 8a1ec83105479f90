//! Prints in-browser search figures for the real corpus and for 5,000
//! generated documents, for the explorer's core (as wasm) and for MiniSearch
//! (npm) in the same headless Chromium: load and index time, memory, and the
//! median and p95 latency of the benchmark views; and for the explorer,
//! each analysis view's latency. Figures only.
//!
//! Serves `target/browser-bench/`, which `scripts/bench.sh` fills with the
//! page (`tests/browser-bench/page/`), the core built to wasm and MiniSearch;
//! this program adds the corpora and the views.

use e2e::benchmark::{percentile, ANALYSIS_VIEWS, GENERATED, SEED, VIEWS};
use e2e::generate::{generate, seed_corpus};
use e2e::{workspace_root, Browser, Site};
use fantoccini::wd::TimeoutConfiguration;
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

const PAGE_TIMEOUT: Duration = Duration::from_secs(900);
/// Chromium reports precise heap sizes and lets the page collect garbage.
const MEMORY_SWITCHES: &[&str] = &["--enable-precise-memory-info", "--js-flags=--expose-gc"];

/// One engine's figures for one corpus.
struct Figures {
    load_ms: f64,
    index_ms: f64,
    corpus_bytes: f64,
    index_bytes: f64,
    /// Per view of the search views (those with `q`), in order.
    search_results: Vec<u64>,
    /// Sorted latencies (ms) of the search views, and of all views.
    search_latencies: Vec<f64>,
    all_latencies: Vec<f64>,
    /// The explorer's analysis views (none for MiniSearch).
    analysis: Option<Analysis>,
}

/// The analysis views' figures.
struct Analysis {
    words_ms: f64,
    words_bytes: f64,
    /// Per view of [`ANALYSIS_VIEWS`]: its items and sorted latencies.
    views: Vec<(u64, Vec<f64>)>,
}

fn numbers(figures: &Value, key: &str) -> Vec<f64> {
    let list = figures[key].as_array().unwrap_or_else(|| panic!("the page gave no {key}: {figures}"));
    list.iter().map(|n| n.as_f64().unwrap_or_else(|| panic!("{key} holds {n}"))).collect()
}

/// The analysis figures of a page that gave them.
fn analysis(figures: &Value) -> Option<Analysis> {
    figures.get("wordsMs")?;
    let (items, latencies) = (numbers(figures, "analysisResults"), numbers(figures, "analysisLatencies"));
    let views = items
        .iter()
        .enumerate()
        .map(|(i, &n)| (n as u64, sorted(latencies.iter().skip(i).step_by(items.len()).copied())))
        .collect();
    Some(Analysis { words_ms: number(figures, "wordsMs"), words_bytes: number(figures, "wordsBytes"), views })
}

fn print_analysis(analysis: &Option<Analysis>) {
    let Some(analysis) = analysis else { return };
    println!(
        "    word counts, first use   {:>9.1} ms  holding {}",
        analysis.words_ms,
        megabytes(analysis.words_bytes)
    );
    for (view, (items, latencies)) in ANALYSIS_VIEWS.iter().zip(&analysis.views) {
        println!("      {view:<40} {items:>6} items  {}", latency_line(latencies));
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap_or_else(|error| panic!("write {name}: {error}"));
}

fn number(figures: &Value, key: &str) -> f64 {
    figures[key].as_f64().unwrap_or_else(|| panic!("the page gave no {key}: {figures}"))
}

fn sorted(latencies: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut latencies: Vec<f64> = latencies.collect();
    latencies.sort_by(f64::total_cmp);
    latencies
}

async fn run_page(browser: &Browser, site: &Site, corpus: &str, engine: &str) -> Figures {
    browser.goto(&site.url(&format!("corpus={corpus}&engine={engine}"))).await.expect("open the page");
    let started = Instant::now();
    let figures = loop {
        let figures = browser.execute("return window.benchmark ?? null", vec![]).await.expect("poll");
        if !figures.is_null() {
            break figures;
        }
        assert!(started.elapsed() < PAGE_TIMEOUT, "{engine} on {corpus} took over {PAGE_TIMEOUT:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert!(figures["error"].is_null(), "{engine} on {corpus}: {}", figures["error"]);
    let latencies = numbers(&figures, "latencies");
    let results: Vec<u64> = figures["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r.as_u64().expect("a count"))
        .collect();
    // Each round times every view the page ran, in order; MiniSearch runs only the search views.
    let is_search: Vec<bool> = if results.len() == VIEWS.len() {
        VIEWS.iter().map(|view| view.starts_with("q=")).collect()
    } else {
        vec![true; results.len()]
    };
    let search_latencies =
        latencies.iter().enumerate().filter(|(i, _)| is_search[i % is_search.len()]).map(|(_, l)| *l);
    Figures {
        load_ms: number(&figures, "loadMs"),
        index_ms: number(&figures, "indexMs"),
        corpus_bytes: number(&figures, "corpusBytes"),
        index_bytes: number(&figures, "indexBytes"),
        search_results: results.iter().zip(&is_search).filter(|(_, s)| **s).map(|(r, _)| *r).collect(),
        search_latencies: sorted(search_latencies),
        all_latencies: sorted(latencies.into_iter()),
        analysis: analysis(&figures),
    }
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

fn latency_line(latencies: &[f64]) -> String {
    format!(
        "median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        percentile(latencies, 0.5),
        percentile(latencies, 0.95),
        latencies[latencies.len() - 1]
    )
}

fn print(engine: &str, figures: &Figures, memory: &str) {
    println!("  {engine}");
    println!(
        "    load (parse the corpus)  {:>9.1} ms  holding {}",
        figures.load_ms,
        megabytes(figures.corpus_bytes)
    );
    println!(
        "    index build              {:>9.1} ms  holding {} ({memory})",
        figures.index_ms,
        megabytes(figures.index_bytes)
    );
    println!(
        "    search views ({:>2})        {}",
        figures.search_results.len(),
        latency_line(&figures.search_latencies)
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = workspace_root().join("target/browser-bench");
    assert!(
        dir.join("browser_bench_bg.wasm").is_file(),
        "no {}/browser_bench_bg.wasm: run scripts/bench.sh, which builds it",
        dir.display()
    );
    let views: Vec<&str> = VIEWS.to_vec();
    write(&dir, "views.json", &serde_json::to_string(&views).expect("views serialise"));
    write(&dir, "analysis.json", &serde_json::to_string(ANALYSIS_VIEWS).expect("views serialise"));
    let seed = seed_corpus();
    let corpora = [
        ("real corpus", "corpus-seed.json", seed.clone()),
        ("generated corpus", "corpus-generated.json", generate(GENERATED, SEED)),
    ];
    for (_, file, data) in &corpora {
        write(&dir, file, &serde_json::to_string(data).expect("the corpus serialises"));
    }

    let site = Site::start(&dir, "/");
    let browser = Browser::start_with(1280, 800, MEMORY_SWITCHES).await;
    // A poll waits while the page indexes on its one thread.
    let timeouts = TimeoutConfiguration::new(Some(PAGE_TIMEOUT), Some(PAGE_TIMEOUT), Some(Duration::ZERO));
    browser.update_timeouts(timeouts).await.expect("set WebDriver timeouts");
    println!("In headless Chromium (latencies: {} views x 5 rounds after a warm-up round; search views are the {} with text)", VIEWS.len(), VIEWS.iter().filter(|v| v.starts_with("q=")).count());
    for (name, file, data) in &corpora {
        println!("== {name}: {} documents", data.documents.len());
        let ours = run_page(&browser, &site, file, "explorer").await;
        print("explorer core (wasm)", &ours, "live heap bytes");
        println!("    all views ({:>2})           {}", VIEWS.len(), latency_line(&ours.all_latencies));
        print_analysis(&ours.analysis);
        let theirs = run_page(&browser, &site, file, "minisearch").await;
        print("MiniSearch 7.2.0 (JS)", &theirs, "JS heap growth");
        let agreeing = ours.search_results.iter().zip(&theirs.search_results).filter(|(a, b)| a == b).count();
        println!(
            "  p95 ratio (explorer / MiniSearch) {:.2}; same result count on {agreeing} of {} views",
            percentile(&ours.search_latencies, 0.95) / percentile(&theirs.search_latencies, 0.95),
            ours.search_results.len()
        );
    }
    browser.close().await;
}
