//! Prints the explorer's performance figures for the built release site:
//! the gzip size of every file the page loads, and in headless Chromium the
//! median time from navigation to the app's taking over the first view, the
//! longest main-thread task until then (unthrottled, and with the CPU
//! slowed four times as Lighthouse's mobile run does), and the time from a
//! facet click to updated results. Figures only: nothing here passes or
//! fails on timing.

use e2e::{cdp, dist_dir, gzip, wait_for, wait_until_gone, Browser, Site, LOAD_TIMEOUT};
use serde_json::json;
use std::path::Path;

const PAGE_LOADS: usize = 10;
const FACET_CLICKS: usize = 20;

fn gzip_bytes(path: &Path) -> usize {
    gzip(&std::fs::read(path).expect("read a built file")).len()
}

/// index.html and every file it references (the script, the wasm, the styles, the icon).
fn loaded_files(dist: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(dist.join("index.html")).expect("dist/index.html");
    let mut files = vec!["index.html".to_owned()];
    for attribute in ["href=\"", "src=\"", "'/"] {
        for piece in html.split(attribute).skip(1) {
            let end = piece.find(['"', '\'']).unwrap_or(piece.len());
            let name = piece[..end].trim_start_matches('/');
            if !name.is_empty() && dist.join(name).is_file() && !files.iter().any(|f| f == name) {
                files.push(name.to_owned());
            }
        }
    }
    files
}

/// Collects the durations of main-thread tasks over 50 ms from the page's start.
const RECORD_LONG_TASKS: &str = "window.longTasks = [];
    new PerformanceObserver(list => list.getEntries().forEach(task => window.longTasks.push(task.duration)))
        .observe({ type: 'longtask', buffered: true });";

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dist = dist_dir();
    println!("files the page loads (gzip -9 bytes):");
    let mut total = 0;
    for file in loaded_files(&dist) {
        let bytes = gzip_bytes(&dist.join(&file));
        total += bytes;
        println!("  {bytes:>8}  {file}");
    }
    println!("  {total:>8}  total first load");

    let site = Site::start(&dist, "/");
    let browser = Browser::start(1280, 900).await;
    cdp::execute(&browser, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": RECORD_LONG_TASKS }))
        .await;
    let mut first_view = Vec::new();
    let mut longest = [Vec::new(), Vec::new()];
    for (slowdown, longest) in [1, 4].into_iter().zip(&mut longest) {
        cdp::execute(&browser, "Emulation.setCPUThrottlingRate", json!({ "rate": slowdown })).await;
        for _ in 0..PAGE_LOADS {
            browser.goto(&site.url("")).await.expect("open the page");
            wait_until_gone(&browser, "#prerendered", LOAD_TIMEOUT).await;
            wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
            // The search index is built in its own task just after.
            tokio::time::sleep(std::time::Duration::from_millis(300 * slowdown)).await;
            let script = "return [performance.getEntriesByName('explorer-ready')[0].startTime, Math.max(0, ...window.longTasks)]";
            let figures = browser.execute(script, vec![]).await.expect("read the figures");
            if slowdown == 1 {
                first_view.push(figures[0].as_f64().expect("a time"));
            }
            longest.push(figures[1].as_f64().expect("a time"));
        }
    }
    cdp::execute(&browser, "Emulation.setCPUThrottlingRate", json!({ "rate": 1 })).await;
    let mut clicks = Vec::new();
    for _ in 0..FACET_CLICKS {
        let script = r#"
            const done = arguments[arguments.length - 1];
            const input = document.querySelector('[data-facet="type"][data-value="committee-report-news"] input');
            const area = document.querySelector('.results-area');
            const started = performance.now();
            const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now() - started); });
            observer.observe(area, { subtree: true, childList: true, attributes: true });
            input.click();
        "#;
        clicks.push(
            browser.execute_async(script, vec![]).await.expect("click a facet").as_f64().expect("a time"),
        );
    }
    browser.close().await;
    println!("in headless Chromium, 6 documents:");
    println!(
        "  navigation to the app's first view: median {:.1} ms over {PAGE_LOADS} loads",
        median(first_view)
    );
    let [unthrottled, throttled] = longest;
    println!(
        "  longest main-thread task at start-up (0: none over 50 ms): median {:.0} ms, CPU 4x slower {:.0} ms",
        median(unthrottled),
        median(throttled)
    );
    println!("  facet click to updated results: median {:.2} ms over {FACET_CLICKS} clicks", median(clicks));
}
