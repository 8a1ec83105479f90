//! Holds the explorer's search against tantivy (the crate, here only: it
//! never slows the tests) on the same paragraphs. For each judged query of
//! `tests/fixtures/judged-queries.toml` it prints both engines' orders on the
//! real corpus and their agreement (the same first document; Kendall's tau
//! over the documents both find; the same best passage); then, at 5,000
//! generated documents, both engines' median and p95 latency over the
//! search texts of the benchmark views, ranking only. Figures only.

#[path = "../../fixtures/judged_queries.rs"]
mod judged_queries;
mod tantivy_engine;

use e2e::benchmark::{percentile, GENERATED, SEED, VIEWS};
use e2e::generate::{generate, seed_corpus};
use explorer_core::{Corpus, Query, SearchIndex};
use judged_queries::Judged;
use std::time::Instant;
use tantivy_engine::{Best, Tantivy};

const ROUNDS: usize = 5;

/// The explorer's order: (document, its best passage's paragraph, or 0 for the title).
fn explorer_order(index: &SearchIndex, q: &str) -> Vec<(usize, u32)> {
    let query = index.prepare(q);
    let hits = index.hits(&query);
    hits.iter()
        .map(|h| (h.position, index.passages(&query, h.position).first().map_or(0, |p| p.paragraph)))
        .collect()
}

/// Kendall's tau-a over the documents both orders hold, or `None` for fewer than two.
fn kendall_tau(a: &[usize], b: &[usize]) -> Option<f64> {
    let common: Vec<usize> = a.iter().copied().filter(|d| b.contains(d)).collect();
    if common.len() < 2 {
        return None;
    }
    let rank = |order: &[usize], d: usize| order.iter().position(|&x| x == d).expect("a common document");
    let mut score = 0_i64;
    for (i, &x) in common.iter().enumerate() {
        for &y in &common[i + 1..] {
            let agree = (rank(a, x) < rank(a, y)) == (rank(b, x) < rank(b, y));
            score += if agree { 1 } else { -1 };
        }
    }
    let pairs = (common.len() * (common.len() - 1) / 2) as f64;
    Some(score as f64 / pairs)
}

fn agreement(corpus: &Corpus, judged: &Judged) {
    let index = SearchIndex::new(corpus);
    let tantivy = Tantivy::new(corpus);
    let short = |position: usize| judged.short_name(&corpus.documents()[position].id);
    let show = |order: &[(usize, u32)]| -> String {
        let named: Vec<String> = order.iter().map(|(d, p)| format!("{}¶{p}", short(*d))).collect();
        if named.is_empty() {
            "(none)".to_owned()
        } else {
            named.join(" ")
        }
    };
    println!(
        "== real corpus: {} documents; per query, each engine's documents (with the best passage)",
        corpus.documents().len()
    );
    let (mut top_same, mut taus, mut passages_same, mut passages_both) = (0, Vec::new(), 0, 0);
    for judgement in &judged.query {
        let ours = explorer_order(&index, &judgement.q);
        let theirs: Vec<(usize, u32)> =
            tantivy.search(&judgement.q).into_iter().map(|(d, p, _): Best| (d, p)).collect();
        let top = ours.first().map(|o| o.0) == theirs.first().map(|t| t.0);
        top_same += usize::from(top);
        let (a, b): (Vec<usize>, Vec<usize>) =
            (ours.iter().map(|o| o.0).collect(), theirs.iter().map(|t| t.0).collect());
        let tau = kendall_tau(&a, &b);
        taus.extend(tau);
        for (document, paragraph) in &ours {
            if let Some((_, theirs)) = theirs.iter().find(|(d, _)| d == document) {
                passages_both += 1;
                passages_same += usize::from(theirs == paragraph);
            }
        }
        let tau = tau.map_or("   -".to_owned(), |t| format!("{t:>4.2}"));
        println!("  {:<28} top-1 {}  tau {tau}", judgement.q, if top { "same" } else { "DIFF" });
        println!("      explorer {}", show(&ours));
        println!("      tantivy  {}", show(&theirs));
    }
    let mean_tau = taus.iter().sum::<f64>() / taus.len().max(1) as f64;
    println!(
        "  agreement: the same first document in {top_same} of {} queries; mean Kendall tau {mean_tau:.2} over {} queries with two or more common documents; the same best passage in {passages_same} of {passages_both} documents both find",
        judged.query.len(),
        taus.len()
    );
}

fn latency(corpus: &Corpus) {
    let started = Instant::now();
    let index = SearchIndex::new(corpus);
    let ours_build = started.elapsed();
    let started = Instant::now();
    let tantivy = Tantivy::new(corpus);
    let theirs_build = started.elapsed();
    println!(
        "== generated corpus: {} documents; index build: explorer {:.0} ms, tantivy {:.0} ms",
        corpus.documents().len(),
        ours_build.as_secs_f64() * 1e3,
        theirs_build.as_secs_f64() * 1e3
    );
    let texts: Vec<String> =
        VIEWS.iter().map(|view| Query::parse(view).0.q).filter(|q| !q.is_empty()).collect();
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..=ROUNDS {
        for q in &texts {
            let started = Instant::now();
            std::hint::black_box(index.hits(&index.prepare(q)));
            let explorer = started.elapsed().as_secs_f64() * 1e3;
            let started = Instant::now();
            std::hint::black_box(tantivy.search(q));
            let reference = started.elapsed().as_secs_f64() * 1e3;
            // Round 0 warms up.
            if round > 0 {
                ours.push(explorer);
                theirs.push(reference);
            }
        }
    }
    for (name, latencies) in [("explorer", &mut ours), ("tantivy ", &mut theirs)] {
        latencies.sort_by(f64::total_cmp);
        println!(
            "  {name} ranking, {} search texts x {ROUNDS} rounds: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            texts.len(),
            percentile(latencies, 0.5),
            percentile(latencies, 0.95),
            latencies[latencies.len() - 1]
        );
    }
}

fn main() {
    let judged = Judged::load(&e2e::workspace_root().join("tests/fixtures"));
    agreement(&Corpus::new(seed_corpus()).expect("the real corpus"), &judged);
    let generated = Corpus::new(generate(GENERATED, SEED)).expect("the generated corpus");
    latency(&generated);
}
