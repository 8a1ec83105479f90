//! Prints the load benchmark: the explorer beside Pagefind (its default UI
//! over the same documents as static pages) at 6 and at 5,000 documents,
//! both served gzipped from 127.0.0.1 and loaded in turn in fresh headless
//! Chromiums, on Fast 3G and unthrottled: the bytes and time until the
//! search box shows, until a typed query's first results, and each next
//! query; then Lighthouse's mobile audit of the explorer at 6 documents.
//! Figures only: nothing here passes or fails on timing.
//!
//! `scripts/bench.sh` builds what it loads: `dist/` (6 documents),
//! `target/dist-5000/` from the sources in `target/bench-corpus-5000/`, and
//! `tests/bench/`'s npm packages (Pagefind, Lighthouse).

use e2e::benchmark::percentile;
use e2e::lighthouse::{audit, Audit};
use e2e::load::{measure, open_view, Load, Network, System, ViewLoad};
use e2e::{dist_dir, pagefind_site, workspace_root, Site};
use explorer_core::model::CorpusData;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

const EXPLORER: System = System { probe: "explorer", input: "#search-input" };
const PAGEFIND: System = System { probe: "pagefind", input: ".pagefind-ui__search-input" };
/// Interleaved runs of each system on each network (`LOAD_BENCH_RUNS` to change).
const RUNS: usize = 5;
const LIGHTHOUSE_RUNS: usize = 3;
/// Real searches, then words of the generated vocabulary in about this many of 5,000 documents.
const QUERIES: [&str; 4] = ["rwanda", "small boats", "albania", "accommodation"];
const GENERATED_WORD_DOCUMENTS: [usize; 3] = [25, 250, 1000];

/// One row of the table: a measure of each load of each system.
struct Row {
    label: String,
    bytes: bool,
    explorer: Vec<f64>,
    pagefind: Vec<f64>,
}

fn compile(dir: &Path) -> CorpusData {
    corpus_compiler::compile(dir).unwrap_or_else(|errors| panic!("compile {}: {errors}", dir.display()))
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 6).map(str::to_lowercase)
}

/// Words of the generated vocabulary (not the real corpus's) in about as
/// many documents as `GENERATED_WORD_DOCUMENTS` says, the first by spelling on a tie.
fn generated_words(data: &CorpusData, seed: &CorpusData) -> Vec<String> {
    let text = |d: &explorer_core::model::Document| {
        std::iter::once(d.title.clone())
            .chain(d.paragraphs.iter().map(|p| p.text.clone()))
            .collect::<Vec<_>>()
    };
    let seed_words: HashSet<String> =
        seed.documents.iter().flat_map(text).flat_map(|t| words(&t).collect::<Vec<_>>()).collect();
    let mut documents: HashMap<String, usize> = HashMap::new();
    for document in &data.documents {
        let own: HashSet<String> = text(document).iter().flat_map(|t| words(t)).collect();
        for word in own.into_iter().filter(|w| !seed_words.contains(w)) {
            *documents.entry(word).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = documents.into_iter().collect();
    ranked.sort();
    GENERATED_WORD_DOCUMENTS
        .iter()
        .map(|&target| ranked.iter().min_by_key(|(_, n)| n.abs_diff(target)).expect("a vocabulary").0.clone())
        .collect()
}

fn megabytes_or_kilobytes(bytes: f64) -> String {
    if bytes >= 1e6 {
        format!("{:.1} MB", bytes / 1e6)
    } else {
        format!("{:.0} KB", bytes / 1e3)
    }
}

fn seconds(ms: f64) -> String {
    if ms >= 10_000.0 {
        format!("{:.0} s", ms / 1e3)
    } else {
        format!("{:.2} s", ms / 1e3)
    }
}

/// The median, and the range when the loads differ.
fn cell(values: &[f64], bytes: bool) -> String {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let show = if bytes { megabytes_or_kilobytes } else { seconds };
    let (median, low, high) = (percentile(&sorted, 0.5), sorted[0], sorted[sorted.len() - 1]);
    if show(low) == show(high) {
        show(median)
    } else {
        format!(
            "{} ({}–{})",
            show(median),
            show(low).trim_end_matches(|c: char| !c.is_ascii_digit()),
            show(high)
        )
    }
}

fn print_table(rows: &[Row]) {
    println!("| | explorer | Pagefind | ratio |\n|---|---|---|---|");
    for row in rows {
        let median = |values: &[f64]| {
            let mut sorted = values.to_vec();
            sorted.sort_by(f64::total_cmp);
            percentile(&sorted, 0.5)
        };
        let ratio = median(&row.explorer) / median(&row.pagefind);
        let (ours, theirs) = (cell(&row.explorer, row.bytes), cell(&row.pagefind, row.bytes));
        println!("| {} | {ours} | {theirs} | {ratio:.2} |", row.label);
    }
}

/// Both systems' loads of one corpus, interleaved: each run loads each
/// system on each network, the order of the systems alternating.
async fn compare(
    label: &str,
    explorer: &Site,
    pagefind: &Site,
    queries: &[String],
    runs: usize,
) -> (Vec<Row>, String) {
    // Unmeasured: each server gzips its files once, the disk cache warms.
    measure(explorer, EXPLORER, queries, Network::Unthrottled).await;
    measure(pagefind, PAGEFIND, queries, Network::Unthrottled).await;
    let mut loads: HashMap<(Network, &str), Vec<Load>> = HashMap::new();
    for run in 0..runs {
        for network in [Network::Fast3g, Network::Unthrottled] {
            let mut order = [(EXPLORER, explorer), (PAGEFIND, pagefind)];
            if run % 2 == 1 {
                order.reverse();
            }
            for (system, site) in order {
                let load = measure(site, system, queries, network).await;
                eprintln!("  {label}, run {}, {network:?}, {}: {load:?}", run + 1, system.probe);
                loads.entry((network, system.probe)).or_default().push(load);
            }
        }
    }
    let row = |name: &str, network: Network, bytes: bool, measure: fn(&Load) -> Vec<f64>| {
        let of = |system: System| loads[&(network, system.probe)].iter().flat_map(measure).collect();
        Row { label: format!("{label}: {name}"), bytes, explorer: of(EXPLORER), pagefind: of(PAGEFIND) }
    };
    let rows = vec![
        row("bytes until the search box shows (Fast 3G)", Network::Fast3g, true, |l| {
            vec![l.bytes_to_box as f64]
        }),
        row("search box shown, Fast 3G", Network::Fast3g, false, |l| vec![l.box_ms]),
        row("search box shown, unthrottled", Network::Unthrottled, false, |l| vec![l.box_ms]),
        row("bytes to first results (Fast 3G)", Network::Fast3g, true, |l| {
            vec![l.bytes_to_first_results as f64]
        }),
        row("first results for a typed query, Fast 3G", Network::Fast3g, false, |l| vec![l.first_results_ms]),
        row("first results, unthrottled", Network::Unthrottled, false, |l| vec![l.first_results_ms]),
        row("each next query, Fast 3G", Network::Fast3g, false, |l| l.next_query_ms.clone()),
        row("each next query, unthrottled", Network::Unthrottled, false, |l| l.next_query_ms.clone()),
    ];
    (rows, explorer_alone(label, &loads[&(Network::Unthrottled, EXPLORER.probe)]))
}

/// The explorer's figures alone, unthrottled, after its queries: a
/// filter's click until it shows, and the memory it holds (Pagefind's
/// default UI has no filters over these pages).
fn explorer_alone(label: &str, loads: &[Load]) -> String {
    let mut clicks: Vec<f64> = loads.iter().flat_map(|l| l.facet_click_ms.clone()).collect();
    clicks.sort_by(f64::total_cmp);
    // The most any load held: memory held is a bound, not a typical figure.
    let most = |of: fn((f64, f64)) -> f64| loads.iter().filter_map(|l| l.memory.map(of)).reduce(f64::max);
    let (Some(fastest), Some(slowest), Some(wasm), Some(js)) =
        (clicks.first(), clicks.last(), most(|(wasm, _)| wasm), most(|(_, js)| js))
    else {
        return format!("  {label}: no clicks or memory measured");
    };
    format!(
        "  {label}: a filter's click until shown, median {:.1} ms ({fastest:.1}–{slowest:.1} ms, {} clicks); memory held after the queries and clicks, at most: WebAssembly {:.1} MB, JavaScript heap {:.1} MB",
        percentile(&clicks, 0.5),
        clicks.len(),
        wasm / 1e6,
        js / 1e6
    )
}

fn print_lighthouse(lighthouse: &Path, site: &Site) {
    let mut audits: Vec<Audit> = Vec::new();
    for _ in 0..LIGHTHOUSE_RUNS {
        match audit(lighthouse, &site.url("")) {
            Ok(audit) => audits.push(audit),
            Err(error) => return println!("Lighthouse did not run: {error}"),
        }
    }
    let figure = |name: &str, unit: &str, of: fn(&Audit) -> f64| {
        let values: Vec<String> = audits.iter().map(|a| format!("{:.0}", of(a))).collect();
        println!("  {name:<18} {}{unit}", values.join(", "));
    };
    println!("\nLighthouse 12, mobile (its simulated slow 4G and 4x CPU slowdown), the explorer at 6 documents served gzipped, {LIGHTHOUSE_RUNS} runs:");
    figure("performance", "", |a| a.performance);
    figure("FCP", " ms", |a| a.first_contentful_paint_ms);
    figure("LCP", " ms", |a| a.largest_contentful_paint_ms);
    figure("TBT", " ms", |a| a.total_blocking_time_ms);
    figure("accessibility", "", |a| a.accessibility);
    figure("best practices", "", |a| a.best_practices);
    figure("SEO", "", |a| a.seo);
}

/// Views opened from a link, each with the element that shows it is there:
/// the concordance and the trends of a phrase (which read the text of the
/// documents their search finds), the comparison (which reads its sides'
/// documents: every one by default, those of a topic when filtered), and
/// the quotes (which read every text).
const VIEWS: [(&str, &str); 5] = [
    ("view=kwic&q=%22small+boats%22", "[data-kwic]"),
    ("view=trends&q=%22small+boats%22", "[data-chart-table]"),
    ("view=compare", "[data-side=\"a\"] [data-term]"),
    ("view=compare&topic=funding", "[data-side=\"a\"] [data-term]"),
    ("view=quotes", "[data-list=\"quotes\"]"),
];
/// Loads of each view, for its median.
const VIEW_RUNS: usize = 3;

/// Opens each of `links` (a link and the element it waits for) on `site`,
/// unthrottled, and prints when it showed, the bytes until then and the
/// text shards of the build's `shards` fetched.
async fn print_views(label: &str, site: &Site, links: &[(String, &str)], shards: usize) {
    println!("\n{label}: views opened from a link, unthrottled, medians of {VIEW_RUNS} fresh loads (gzip bytes and text shards arrived until the view showed, of {shards} shards)");
    println!("| link | shown | bytes | text shards |\n|---|---|---|---|");
    for (link, ready) in links {
        let mut loads: Vec<ViewLoad> = Vec::new();
        for _ in 0..VIEW_RUNS {
            loads.push(open_view(site, link, ready).await);
        }
        let median = |of: fn(&ViewLoad) -> f64| {
            let mut values: Vec<f64> = loads.iter().map(of).collect();
            values.sort_by(f64::total_cmp);
            percentile(&values, 0.5)
        };
        let (shown, bytes) = (median(|l| l.shown_ms), median(|l| l.bytes as f64));
        let fetched = median(|l| l.text_shards as f64);
        println!("| `{link}` | {} | {} | {fetched:.0} |", seconds(shown), megabytes_or_kilobytes(bytes));
    }
}

/// How many text shards a build wrote.
fn text_shards(dist: &Path) -> usize {
    let names = std::fs::read_dir(dist).expect("the build").map(|entry| entry.expect("a file").file_name());
    names
        .filter(|name| {
            name.to_string_lossy().starts_with("text-") && name.to_string_lossy().ends_with(".json")
        })
        .count()
}

fn from_env(variable: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(variable).map(PathBuf::from).unwrap_or(default)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let root = workspace_root();
    let tools = root.join("tests/bench/node_modules/.bin");
    let pagefind = tools.join("pagefind");
    assert!(
        pagefind.is_file(),
        "no {}: scripts/bench.sh installs tests/bench/'s packages",
        pagefind.display()
    );
    let runs = std::env::var("LOAD_BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(RUNS);
    let seed = compile(&root.join("corpus"));
    let large_sources = from_env("LOAD_BENCH_CORPUS", root.join("target/bench-corpus-5000"));
    let large_dist = from_env("LOAD_BENCH_DIST", root.join("target/dist-5000"));
    let (mut rows, mut alone, mut views) = (Vec::new(), Vec::new(), Vec::new());
    for (label, sources, dist) in
        [("6 docs", root.join("corpus"), dist_dir()), ("5,000 docs", large_sources, large_dist)]
    {
        if !dist.join("index.html").is_file() {
            println!("{label}: skipped, no {}/index.html (scripts/bench.sh builds it)", dist.display());
            continue;
        }
        let data = compile(&sources);
        let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
        if data.documents.len() > seed.documents.len() {
            queries.truncate(2);
            queries.extend(generated_words(&data, &seed));
        }
        let pagefind_dir = root.join(format!("target/load-bench/pagefind-{}", data.documents.len()));
        pagefind_site::write(&data, &pagefind_dir, &pagefind).expect("write the Pagefind site");
        eprintln!("{label}: {} documents, queries {queries:?}, {runs} runs", data.documents.len());
        let (ours, theirs) = (Site::start_gzipped(&dist, "/"), Site::start_gzipped(&pagefind_dir, "/"));
        let (compared, explorer) = compare(label, &ours, &theirs, &queries, runs).await;
        rows.extend(compared);
        alone.push(explorer);
        let mut links: Vec<(String, &str)> =
            VIEWS.iter().map(|(link, ready)| (link.to_string(), *ready)).collect();
        if let Some(rare) = queries.get(2) {
            links.insert(1, (format!("view=kwic&q={rare}"), "[data-kwic]"));
        }
        views.push((label, ours, links, text_shards(&dist)));
    }
    println!("\nLoad, explorer beside Pagefind over the same documents: medians (ranges) of {runs} interleaved runs each, headless Chromium, phone viewport, files gzipped; times from navigation start (next queries: from typing to results)");
    print_table(&rows);
    println!("\nThe explorer alone, unthrottled, after its queries (the same loads):\n{}", alone.join("\n"));
    for (label, site, links, shards) in &views {
        print_views(label, site, links, *shards).await;
    }
    let lighthouse = tools.join("lighthouse");
    if lighthouse.is_file() {
        print_lighthouse(&lighthouse, &Site::start_gzipped(&dist_dir(), "/"));
    } else {
        println!("\nLighthouse: not installed in tests/bench/, skipped");
    }
}
