//! Prints native search figures for the real corpus and for 5,000 generated
//! documents: JSON size, parse and index build time, and query latency
//! (explore plus the passages of the first 50 results). Figures only.

use e2e::generate::{generate, seed_corpus};
use explorer_core::model::CorpusData;
use explorer_core::{Corpus, Explorer, Query};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::time::{Duration, Instant};

const GENERATED: usize = 5_000;
const SEED: u64 = 2024;
const PASSAGE_RESULTS: usize = 50;
const ROUNDS: usize = 5;

const QUERIES: &[&str] = &[
    // single words
    "q=europol",
    "q=albania",
    "q=rwanda",
    "q=asylum",
    "q=smuggling",
    "q=france",
    "q=interpol",
    "q=boats",
    "q=accommodation",
    "q=border",
    "q=funding",
    "q=channel",
    "q=criminal",
    "q=returns",
    "q=gangs",
    "q=migrants",
    "q=hotels",
    "q=g7",
    // prefixes
    "q=smugg",
    "q=alb",
    "q=rwan",
    "q=asyl",
    "q=euro",
    "q=immig",
    "q=traff",
    // phrases
    "q=%22small+boats%22",
    "q=%22people+smuggling%22",
    "q=%22border+security%22",
    "q=%22national+crime+agency%22",
    "q=%22asylum+claims%22",
    // exclusions
    "q=rwanda+-france",
    "q=asylum+-rwanda",
    "q=smuggling+-albania",
    "q=boats+-channel",
    // OR
    "q=rwanda+OR+albania",
    "q=europol+OR+interpol",
    "q=hotels+OR+accommodation",
    "q=%22small+boats%22+OR+smuggling",
    // mixed
    "q=home+office+asylum",
    "q=illegal+migration+act",
    "q=organised+immigration+crime",
    // with facet filters
    "q=asylum&period=sunak-2022",
    "q=smuggling&period=starmer-2024",
    "q=rwanda&period=johnson-2019",
    "q=rwanda&topic=rwanda-partnership",
    "q=boats&agency=national-crime-agency",
    "q=asylum&type=press-release",
    "q=smugg&from=2023-01-01&to=2023-12-31",
    "q=border&period=sunak-2022&period=starmer-2024",
    "q=albania&sort=newest",
    // facets only
    "period=sunak-2022",
    "agency=national-crime-agency",
    "from=2022-01-01&to=2022-12-31",
];

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn bench(name: &str, data: &CorpusData) {
    let json = serde_json::to_string(data).expect("the corpus serialises");
    let paragraphs: usize = data.documents.iter().map(|d| d.paragraphs.len()).sum();
    println!("== {name}: {} documents, {paragraphs} paragraphs", data.documents.len());
    println!("  JSON            {:>12} bytes  ({} gzip)", json.len(), gzip_len(json.as_bytes()));

    let started = Instant::now();
    let corpus = Corpus::from_json(&json).expect("the corpus loads");
    println!("  from_json       {:>12.2} ms", ms(started.elapsed()));

    let started = Instant::now();
    let explorer = Explorer::new(&corpus);
    println!("  Explorer::new   {:>12.2} ms", ms(started.elapsed()));

    let queries: Vec<(&str, Query)> = QUERIES
        .iter()
        .map(|text| {
            let (query, notices) = Query::parse_for(text, &corpus);
            if !notices.is_empty() {
                eprintln!("  note: {text}: {} notice(s)", notices.len());
            }
            (*text, query)
        })
        .collect();
    let mut latencies = Vec::with_capacity(queries.len() * ROUNDS);
    let mut results = Vec::new();
    for round in 0..ROUNDS {
        for (_, query) in &queries {
            let started = Instant::now();
            let outcome = explorer.explore(query);
            let passages: usize = outcome
                .evaluation
                .documents
                .iter()
                .take(PASSAGE_RESULTS)
                .map(|&position| explorer.passages(&outcome, position).len())
                .sum();
            latencies.push(ms(started.elapsed()));
            if round == 0 {
                results.push((outcome.evaluation.documents.len(), passages));
            }
        }
    }
    latencies.sort_by(f64::total_cmp);
    let largest = QUERIES
        .iter()
        .zip(&results)
        .max_by_key(|(_, (count, _))| *count)
        .map(|(text, (count, _))| format!("{text} ({count} results)"))
        .unwrap_or_default();
    let total_results: usize = results.iter().map(|(count, _)| count).sum();
    println!(
        "  query+passages  median {:.3} ms, p95 {:.3} ms, max {:.3} ms  ({} queries x {ROUNDS} rounds)",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.95),
        latencies[latencies.len() - 1],
        queries.len()
    );
    println!(
        "  results         {total_results} over all queries; {} with none; most: {largest}",
        results.iter().filter(|(count, _)| *count == 0).count()
    );
}

fn main() {
    let seed = seed_corpus();
    bench("real corpus", &seed);
    let started = Instant::now();
    let generated = generate(&seed, GENERATED, SEED);
    println!("(generated {GENERATED} documents in {:.0} ms)", ms(started.elapsed()));
    bench("generated corpus", &generated);
}
