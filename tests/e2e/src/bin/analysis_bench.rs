//! Times the analysis views natively, as the page computes them
//! ([`run_analysis`]), on the real corpus and on the generated
//! 5,000-document one: over the index of the whole text, and over the
//! index a sharded site reads from its files, once it has learned the
//! texts (as the page has it when the views' shards have arrived); prints
//! figures, asserts nothing.

use browser_bench::run_analysis;
use e2e::benchmark::{percentile, ANALYSIS_VIEWS, GENERATED, SEED};
use e2e::generate::{generate, seed_corpus};
use explorer_core::model::CorpusData;
use explorer_core::search::{IndexHead, PostingsPart, SearchIndex};
use explorer_core::{Corpus, Explorer};
use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn bench(name: &str, data: &CorpusData) {
    let corpus: &'static Corpus =
        Box::leak(Box::new(Corpus::new(data.clone()).expect("a consistent corpus")));
    let explorer = Explorer::new(corpus);
    let started = Instant::now();
    explorer.words();
    println!(
        "{name}: {} documents, the index of the whole text; word counts built on first use in {:.1} ms",
        corpus.documents().len(),
        ms(started.elapsed())
    );
    time_views(corpus, &explorer);
    let (metadata, learned) = learned(corpus);
    println!("{name}: the index read from the build's files, every text learned");
    time_views(metadata, &learned);
}

/// The explorer of a sharded site once its views' texts are here: over
/// the corpus's metadata, with the index read from the files the build
/// writes (every postings file added) and every document's text learned;
/// prints how long learning took.
fn learned(corpus: &'static Corpus) -> (&'static Corpus, Explorer) {
    let (head, files) = SearchIndex::new(corpus).split(64 * 1024, |json| json.len().to_string());
    let head = IndexHead::from_json(&serde_json::to_string(&head).expect("the head serialises"));
    let (metadata, _) = explorer_core::shards::split(corpus.data(), 64 * 1024, |_| String::new());
    let metadata: &'static Corpus = Box::leak(Box::new(Corpus::new(metadata).expect("the metadata")));
    let index = SearchIndex::from_head(head.expect("the head reads"), metadata).expect("the head fits");
    for (file, (_, json)) in files.iter().enumerate() {
        index.add_file(file, PostingsPart::from_json(json).expect("a postings file")).expect("it fits");
    }
    let explorer = Explorer::deferring_search(metadata);
    explorer.take_search_index(index);
    let started = Instant::now();
    for (position, document) in corpus.documents().iter().enumerate() {
        explorer.learn_text(position, document).expect("the text the index was built from");
    }
    println!("  learning every text: {:.0} ms", ms(started.elapsed()));
    (metadata, explorer)
}

/// Times each of the analysis views on `explorer`.
fn time_views(corpus: &Corpus, explorer: &Explorer) {
    for link in ANALYSIS_VIEWS {
        let mut times: Vec<f64> = Vec::new();
        let mut items = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            items = run_analysis(corpus, explorer, link);
            times.push(ms(started.elapsed()));
        }
        times.sort_by(f64::total_cmp);
        println!(
            "  {link:<42} {items:>6} items  median {:>7.1} ms  max {:>7.1} ms",
            percentile(&times, 0.5),
            times[RUNS - 1]
        );
    }
}

fn main() {
    bench("real corpus", &seed_corpus());
    let started = Instant::now();
    let generated = generate(GENERATED, SEED);
    println!("(generated {GENERATED} documents in {:.0} ms)", ms(started.elapsed()));
    bench("generated corpus", &generated);
}
