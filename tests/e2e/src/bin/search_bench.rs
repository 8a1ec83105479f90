//! Prints native search figures for the real corpus and for 5,000 generated
//! documents: JSON size, parse time, the build time of the facet index
//! (what the first view waits for) and of both indexes, the memory each
//! holds, and the latency of each benchmark view as the page computes it
//! ([`run_view`]). Figures only.

use browser_bench::counting::{live_bytes, Counting};
use browser_bench::run_view;
use e2e::benchmark::{percentile, GENERATED, PASSAGE_RESULTS, SEED, VIEWS};
use e2e::generate::{generate, seed_corpus};
use explorer_core::model::CorpusData;
use explorer_core::{Corpus, Explorer, FacetIndex};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn bench(name: &str, data: &CorpusData) {
    let json = serde_json::to_string(data).expect("the corpus serialises");
    let paragraphs: usize = data.documents.iter().map(|d| d.paragraphs.len()).sum();
    println!("== {name}: {} documents, {paragraphs} paragraphs", data.documents.len());
    println!("  JSON            {:>12} bytes  ({} gzip)", json.len(), gzip_len(json.as_bytes()));

    let before = live_bytes();
    let started = Instant::now();
    let corpus = Corpus::from_json(&json).expect("the corpus loads");
    let corpus_bytes = live_bytes() - before;
    println!(
        "  from_json       {:>12.2} ms  holding {:.1} MB",
        ms(started.elapsed()),
        corpus_bytes as f64 / 1e6
    );

    // The facet index alone is what the first view waits for.
    let started = Instant::now();
    let facets = FacetIndex::new(&corpus);
    println!("  FacetIndex::new {:>12.2} ms", ms(started.elapsed()));
    drop(facets);

    let started = Instant::now();
    let explorer = Explorer::new(&corpus);
    let index_bytes = live_bytes() - before - corpus_bytes;
    println!(
        "  Explorer::new   {:>12.2} ms  holding {:.1} MB",
        ms(started.elapsed()),
        index_bytes as f64 / 1e6
    );

    let mut latencies = Vec::with_capacity(VIEWS.len() * ROUNDS);
    let mut results = Vec::new();
    for round in 0..ROUNDS {
        for view in VIEWS {
            let started = Instant::now();
            let count = run_view(&corpus, &explorer, view, PASSAGE_RESULTS);
            latencies.push(ms(started.elapsed()));
            if round == 0 {
                results.push(count);
            }
        }
    }
    // Each view's slowest round, to name the views that make the p95.
    let mut slowest: Vec<(f64, &str)> = VIEWS
        .iter()
        .enumerate()
        .map(|(v, view)| (latencies.iter().skip(v).step_by(VIEWS.len()).copied().fold(0.0, f64::max), *view))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    latencies.sort_by(f64::total_cmp);
    let largest = VIEWS
        .iter()
        .zip(&results)
        .max_by_key(|(_, count)| **count)
        .map(|(text, count)| format!("{text} ({count} results)"))
        .unwrap_or_default();
    let total_results: usize = results.iter().sum();
    println!(
        "  query+passages  median {:.3} ms, p95 {:.3} ms, max {:.3} ms  ({} views x {ROUNDS} rounds)",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.95),
        latencies[latencies.len() - 1],
        VIEWS.len()
    );
    println!(
        "  results         {total_results} over all queries; {} with none; most: {largest}",
        results.iter().filter(|count| **count == 0).count()
    );
    let named: Vec<String> = slowest.iter().take(4).map(|(ms, view)| format!("{view} {ms:.2} ms")).collect();
    println!("  slowest views   {}", named.join("; "));
}

fn main() {
    let seed = seed_corpus();
    bench("real corpus", &seed);
    let started = Instant::now();
    let generated = generate(GENERATED, SEED);
    println!("(generated {GENERATED} documents in {:.0} ms)", ms(started.elapsed()));
    bench("generated corpus", &generated);
}
