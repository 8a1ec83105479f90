//! Times the analysis views natively, as the page computes them
//! ([`run_analysis`]), on the real corpus and on the
//! generated 5,000-document one; prints figures, asserts nothing.

use browser_bench::run_analysis;
use e2e::benchmark::{percentile, ANALYSIS_VIEWS, GENERATED, SEED};
use e2e::generate::{generate, seed_corpus};
use explorer_core::model::CorpusData;
use explorer_core::{Corpus, Explorer};
use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn bench(name: &str, data: &CorpusData) {
    let corpus = Corpus::new(data.clone()).expect("a consistent corpus");
    let explorer = Explorer::new(&corpus);
    let started = Instant::now();
    explorer.words();
    println!(
        "{name}: {} documents; word counts built on first use in {:.1} ms",
        corpus.documents().len(),
        ms(started.elapsed())
    );
    for link in ANALYSIS_VIEWS {
        let mut times: Vec<f64> = Vec::new();
        let mut items = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            items = run_analysis(&corpus, &explorer, link);
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
