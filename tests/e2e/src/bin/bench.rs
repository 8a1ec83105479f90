//! Prints the explorer's performance figures for the built release site:
//! the gzip size of every file the page loads, and in headless Chromium the
//! median time from navigation to the first view and from a facet click to
//! updated results. Figures only: nothing here passes or fails on timing.

use e2e::{dist_dir, gzip, wait_for, Browser, Site, LOAD_TIMEOUT};
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
    let mut first_view = Vec::new();
    for _ in 0..PAGE_LOADS {
        browser.goto(&site.url("")).await.expect("open the page");
        wait_for(&browser, "[data-result-count]", LOAD_TIMEOUT).await;
        let script = "return performance.getEntriesByName('explorer-ready')[0].startTime";
        first_view
            .push(browser.execute(script, vec![]).await.expect("read the mark").as_f64().expect("a time"));
    }
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
    println!("  navigation to first view: median {:.1} ms over {PAGE_LOADS} loads", median(first_view));
    println!("  facet click to updated results: median {:.2} ms over {FACET_CLICKS} clicks", median(clicks));
}
