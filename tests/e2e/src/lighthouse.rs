//! Lighthouse's audit of a page (the npm package that `scripts/bench.sh`
//! installs into `tests/bench/`), on its default mobile settings, in
//! Debian's Chromium (`CHROME_PATH`): Lighthouse never downloads a browser.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Lighthouse's scores (0–100) and timings (ms) for one page load.
#[derive(Clone, Debug)]
pub struct Audit {
    pub performance: f64,
    pub accessibility: f64,
    pub best_practices: f64,
    pub seo: f64,
    pub first_contentful_paint_ms: f64,
    pub largest_contentful_paint_ms: f64,
    pub total_blocking_time_ms: f64,
}

/// Runs `lighthouse` (its command) over `url`.
pub fn audit(lighthouse: &Path, url: &str) -> Result<Audit, String> {
    let output = Command::new(lighthouse)
        .arg(url)
        .args(["--output=json", "--output-path=stdout", "--quiet"])
        .arg("--only-categories=performance,accessibility,best-practices,seo")
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu")
        .env("CHROME_PATH", crate::browser::CHROMIUM)
        .output()
        .map_err(|error| format!("run {}: {error}", lighthouse.display()))?;
    if !output.status.success() {
        return Err(format!("lighthouse failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let report: Value =
        serde_json::from_slice(&output.stdout).map_err(|error| format!("lighthouse's report: {error}"))?;
    if let Some(error) = report["runtimeError"]["message"].as_str() {
        return Err(format!("lighthouse: {error}"));
    }
    let score = |category: &str| report["categories"][category]["score"].as_f64().map(|s| s * 100.0);
    let timing = |audit: &str| report["audits"][audit]["numericValue"].as_f64();
    let missing = || format!("lighthouse's report lacks a figure: {}", report["runWarnings"]);
    Ok(Audit {
        performance: score("performance").ok_or_else(missing)?,
        accessibility: score("accessibility").ok_or_else(missing)?,
        best_practices: score("best-practices").ok_or_else(missing)?,
        seo: score("seo").ok_or_else(missing)?,
        first_contentful_paint_ms: timing("first-contentful-paint").ok_or_else(missing)?,
        largest_contentful_paint_ms: timing("largest-contentful-paint").ok_or_else(missing)?,
        total_blocking_time_ms: timing("total-blocking-time").ok_or_else(missing)?,
    })
}
