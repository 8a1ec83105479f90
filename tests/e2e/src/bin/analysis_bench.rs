//! Times the analysis views natively, as the page computes them (parse the
//! link, explore, then the view's analysis), on the real corpus and on the
//! generated 5,000-document one; prints figures, asserts nothing.

use e2e::benchmark::{percentile, GENERATED, SEED};
use e2e::generate::{generate, seed_corpus};
use explorer_core::analysis::{collocates, compare, concordance, trends};
use explorer_core::model::CorpusData;
use explorer_core::{Corpus, Explorer, Query, View};
use std::time::{Duration, Instant};

/// The views timed: each analysis with and without a search.
const LINKS: [&str; 9] = [
    "view=trends",
    "q=%22small+boats%22&view=trends",
    "q=rwanda+OR+albania&view=trends",
    "view=compare",
    "q=asylum&view=compare",
    "topic=funding&view=compare",
    "q=%22small+boats%22&view=kwic",
    "q=asylum&view=kwic",
    "q=rwanda+OR+albania&sort=1R&view=kwic",
];
const RUNS: usize = 7;

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Computes a view's analysis once; returns how many items it shows.
fn compute(corpus: &Corpus, explorer: &Explorer, query: &Query) -> usize {
    let outcome = explorer.explore(query);
    match query.view {
        View::Trends => trends(corpus, explorer, &outcome).spans.len(),
        View::Compare => compare(corpus, explorer, query).map_or(0, |c| c.term_count()),
        _ => {
            let lines = concordance(corpus, explorer, &outcome, query.context(), query.sort());
            collocates(explorer, &lines, &outcome.evaluation.documents);
            lines.lines.len()
        }
    }
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
    for link in LINKS {
        let (query, _) = Query::parse_for(link, &corpus);
        let mut times: Vec<f64> = Vec::new();
        let mut items = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            items = compute(&corpus, &explorer, &query);
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
