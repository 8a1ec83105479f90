//! A timing check on a made-up corpus of 5,000 documents of 30 paragraphs:
//! `cargo test -p explorer_core --release -- --ignored --nocapture scale`.

use super::tests_query::corpus;
use super::SearchIndex;
use std::time::Instant;

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

#[test]
#[ignore = "a timing run for release builds"]
fn scale_5000_documents_of_30_paragraphs() {
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
    let corpus = corpus(&docs);
    let start = Instant::now();
    let index = SearchIndex::new(&corpus);
    println!("index: {:?}", start.elapsed());
    for q in [
        "europol",
        "w123x4 ",
        "\"small boats\"",
        "rwanda -france",
        "albania OR rwanda",
        "smugg",
        "w12",
        "the ",
    ] {
        let start = Instant::now();
        let hits = index.search(q);
        println!("{q:>20}: {:>5} hits in {:?}", hits.len(), start.elapsed());
    }
}
