//! A timing run on a made-up corpus of 5,000 documents of 30 paragraphs:
//! `cargo test -p explorer_core --release -- --ignored --nocapture scale`.
//! It prints figures only (no timing asserts): the index build, and p50/p95
//! over a fixed list of queries.

use super::tests_query::search;
use super::SearchIndex;
use crate::testing::corpus_of_texts as corpus;
use std::time::{Duration, Instant};

const WORDS: [&str; 24] = [
    "border",
    "security",
    "smuggling",
    "gangs",
    "small",
    "boats",
    "asylum",
    "claims",
    "home",
    "office",
    "rwanda",
    "albania",
    "france",
    "channel",
    "crossings",
    "funding",
    "police",
    "europol",
    "the",
    "of",
    "and",
    "people",
    "migration",
    "report",
];

/// Common words (in nearly every document), rare ones, phrases, words being
/// typed, `OR` and exclusions.
const QUERIES: [&str; 56] = [
    "europol",
    "w123x4 ",
    "\"small boats\"",
    "rwanda -france",
    "albania OR rwanda",
    "smugg",
    "w12",
    "the ",
    "the",
    "of and ",
    "border security",
    "border security ",
    "\"border security\"",
    "\"home office\" asylum",
    "small boats crossings ",
    "\"the small boats\"",
    "\"people migration report\"",
    "asylum claims -rwanda",
    "police OR europol funding",
    "-france",
    "-\"small boats\"",
    "channel -\"home office\"",
    "w1",
    "w19",
    "w199",
    "w1999x3",
    "w5000x1 ",
    "w5000x2 w17x3 ",
    "\"w100x1 the\"",
    "w100x1 OR w200x2 OR w300x3",
    "gang",
    "gangs ",
    "\"gangs\"",
    "\"smuggling gangs\"",
    "smuggling-gangs",
    "report",
    "rep",
    "mig",
    "peop",
    "fr",
    "al",
    "a",
    "b",
    "boat",
    "boats ",
    "crossing OR crossings",
    "the of and people report ",
    "\"of the\"",
    "\"and the of\"",
    "security -security",
    "nothing-here",
    "zzz",
    "border security small boats asylum claims home office ",
    "\"border security small\"",
    "£75",
    "45,755 people",
];

fn generated_corpus() -> crate::Corpus {
    let mut seed = 7_u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let texts: Vec<Vec<String>> = (0..5_000)
        .map(|d| {
            (0..30)
                .map(|_| {
                    let n = 20 + next() % 60;
                    let words: Vec<String> = (0..n)
                        .map(|_| match next() % 40 {
                            k if k < 24 => WORDS[k].to_owned(),
                            _ => format!("w{}x{}", next() % 20_000, d % 7),
                        })
                        .collect();
                    words.join(" ")
                })
                .collect()
        })
        .collect();
    let ids: Vec<String> = (0..texts.len()).map(|d| format!("doc-{d}")).collect();
    let docs: Vec<(&str, &str, &str, Vec<&str>)> = texts
        .iter()
        .zip(&ids)
        .map(|(paragraphs, id)| {
            (id.as_str(), "2024-01-01", "A title", paragraphs.iter().map(String::as_str).collect())
        })
        .collect();
    let docs: Vec<(&str, &str, &str, &[&str])> =
        docs.iter().map(|(a, b, c, p)| (*a, *b, *c, p.as_slice())).collect();
    corpus(&docs)
}

/// The `p`th percentile (nearest rank) of some durations.
fn percentile(times: &mut [Duration], p: usize) -> Duration {
    times.sort_unstable();
    times[((times.len() * p).div_ceil(100)).max(1) - 1]
}

#[test]
#[ignore = "a timing run for release builds"]
fn scale_5000_documents_of_30_paragraphs() {
    let corpus = generated_corpus();
    let start = Instant::now();
    let index = SearchIndex::new(&corpus);
    println!("index build: {:?}", start.elapsed());
    let (mut full, mut ranked, mut shown) = (Vec::new(), Vec::new(), Vec::new());
    for q in QUERIES {
        let start = Instant::now();
        let query = index.prepare(q);
        let hits = index.hits(&query);
        ranked.push(start.elapsed());
        // What the UI needs: the hits, and passages for the first page of 50.
        for hit in hits.iter().take(50) {
            index.passages(&query, hit.position);
        }
        shown.push(start.elapsed());
        let start = Instant::now();
        let all = search(&index, q);
        full.push(start.elapsed());
        println!(
            "{q:>55}: {:>5} hits, ranked in {:>10.3?}, with 50 shown {:>10.3?}; all passages {:>10.3?}",
            all.len(),
            ranked.last().unwrap(),
            shown.last().unwrap(),
            full.last().unwrap()
        );
    }
    let n = QUERIES.len();
    for (what, times) in
        [("hits", &mut ranked), ("hits + passages for 50", &mut shown), ("passages for every hit", &mut full)]
    {
        let (p50, p95) = (percentile(times, 50), percentile(times, 95));
        println!("{what}, {n} queries: p50 {p50:.3?}, p95 {p95:.3?}, max {:.3?}", percentile(times, 100));
    }
}
