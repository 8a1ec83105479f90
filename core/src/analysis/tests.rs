//! Tests of the analyses on hand-made corpora, with expectations computed by hand.

use super::stats::{keyness, log_likelihood, log_ratio, per_10k};
use super::*;
use crate::testing::corpus_of_texts;
use crate::{Explorer, Query, Sort};

#[test]
fn g2_is_the_four_cell_log_likelihood() {
    // 10 of 1,000 words against 0 of 1,000: expected 5, 5, 995 and 995, so
    // G² = 2 (10 ln 2 + 990 ln(990/995) + 1000 ln(1000/995)).
    let by_hand = 2.0 * (10.0 * 2f64.ln() + 990.0 * (990f64 / 995.0).ln() + 1000.0 * (1000f64 / 995.0).ln());
    assert!((log_likelihood(10, 0, 1000, 1000) - by_hand).abs() < 1e-9);
    assert!((by_hand - 13.9132).abs() < 1e-4);
    // 30 of 5,000 against 10 of 10,000: expected 13.33, 26.67, 4986.67, 9973.33.
    assert!((log_likelihood(30, 10, 5000, 10_000) - 29.1228).abs() < 1e-4);
    assert_eq!(log_likelihood(5, 10, 1000, 2000), 0.0, "the same rate on both sides");
    assert_eq!(log_likelihood(0, 0, 0, 0), 0.0);
}

#[test]
fn the_remembered_runs_of_quiet_splits_say_what_g2_says_for_every_split() {
    for (size_a, size_b) in
        [(1_000, 1_000), (50_000, 2_000_000), (2_627_123, 760_000), (30, 12), (5, 900_000)]
    {
        let mut significance = stats::Significance::new(size_a, size_b);
        for total in (0..300).chain([1_000, 4_095, 4_096, 5_000]) {
            for a in 0..=total {
                let by_g2 = stats::log_likelihood(a, total - a, size_a, size_b) >= stats::SIGNIFICANT;
                assert_eq!(
                    significance.reaches(a, total - a),
                    by_g2,
                    "{a} and {} of {size_a} and {size_b}",
                    total - a
                );
            }
        }
    }
}

#[test]
fn no_total_below_the_least_significant_one_is_significant_however_it_splits() {
    for (size_a, size_b) in [(1_000, 1_000), (50_000, 2_000_000), (2_627_123, 760_000), (30, 12)] {
        let least = stats::least_significant_total(size_a, size_b).expect("some total is significant");
        let best =
            |n: u64| (0..=n).map(|a| stats::log_likelihood(a, n - a, size_a, size_b)).fold(0.0, f64::max);
        for n in 1..least {
            assert!(best(n) < stats::SIGNIFICANT, "{n} of {size_a} and {size_b} can be significant");
        }
        assert!(best(least) >= stats::SIGNIFICANT, "{least} of {size_a} and {size_b} is not significant");
    }
    assert_eq!(stats::least_significant_total(1, 1), None);
    assert_eq!(stats::least_significant_total(0, 2_000_000), None, "nothing is significant against nothing");
    assert_eq!(stats::least_significant_total(2_000_000, 0), None);
}

#[test]
fn log_ratio_takes_a_zero_count_as_half() {
    // (30 / 5000) / (10 / 10000) = 6.
    assert!((log_ratio(30, 10, 5000, 10_000) - 6f64.log2()).abs() < 1e-12);
    // (10 / 1000) / (0.5 / 1000) = 20.
    assert!((log_ratio(10, 0, 1000, 1000) - 20f64.log2()).abs() < 1e-12);
    assert!(log_ratio(0, 10, 1000, 1000) < 0.0);
    assert_eq!(keyness(3, 3, 10, 10).log_ratio, 0.0);
    assert_eq!(per_10k(3, 600), 50.0);
}

fn texts() -> crate::Corpus {
    corpus_of_texts(&[
        ("d1", "2023-01-10", "One", &["Small boats crossed the Channel. Small boats again."]),
        ("d2", "2023-03-05", "Two", &["The gangs run small boats.", "Nothing here."]),
        ("d3", "2024-02-01", "Three", &["Rwanda, Rwanda and the partnership with Rwanda."]),
    ])
}

fn explored(corpus: &crate::Corpus, link: &str) -> (Explorer, Query) {
    let (query, notices) = Query::parse_for(link, corpus);
    assert_eq!(notices, [], "{link}");
    (Explorer::new(corpus), query)
}

#[test]
fn a_concordance_lists_each_match_with_its_context() {
    let corpus = texts();
    let (explorer, query) = explored(&corpus, "q=%22small+boats%22&view=kwic&ctx=2&sort=oldest");
    let outcome = explorer.explore(&query);
    let found = concordance(&corpus, &explorer, &outcome, query.context(), query.sort());
    let search = explorer.search_index();
    let texts: Vec<LineText> = found.lines.iter().map(|l| found.text(search, l)).collect();
    let lines: Vec<(&str, &str, &str)> =
        texts.iter().map(|l| (l.left.as_str(), l.matched.as_str(), l.right.as_str())).collect();
    assert_eq!(
        lines,
        [
            ("", "Small boats", " crossed the"),
            ("the Channel. ", "Small boats", " again"),
            ("gangs run ", "small boats", ""),
        ]
    );
    assert_eq!(
        found.per_document,
        [(corpus.position("d1").unwrap(), 2), (corpus.position("d2").unwrap(), 1)]
    );
    let by_left = concordance(&corpus, &explorer, &outcome, 2, Sort::Left1);
    let first_words: Vec<String> = by_left.lines.iter().map(|l| by_left.text(search, l).left).collect();
    assert_eq!(first_words, ["", "the Channel. ", "gangs run "], "no word first, then channel before run");
}

#[test]
fn trends_count_documents_and_occurrences_per_month() {
    let corpus = texts();
    let (explorer, query) = explored(&corpus, "q=rwanda+OR+boats&view=trends");
    let found = trends(&corpus, &explorer, &explorer.explore(&query));
    assert_eq!(found.step, Step::Month, "14 months fit");
    assert_eq!(found.series, ["rwanda", "boats"]);
    assert_eq!(found.spans.len(), 14);
    let first = &found.spans[0];
    assert_eq!(
        (first.label.as_str(), first.from.to_string(), first.to.to_string()),
        ("Jan 2023", "2023-01-01".into(), "2023-01-31".into())
    );
    assert_eq!((first.documents, first.counts.clone()), (1, vec![0, 2]));
    let last = found.spans.last().unwrap();
    assert_eq!((last.label.as_str(), last.documents, last.counts.clone()), ("Feb 2024", 1, vec![3, 0]));
    assert_eq!(last.rate(0), 3.0 * 10_000.0 / 7.0, "three in seven words");
    assert_eq!(found.spans.iter().map(|s| s.documents).sum::<usize>(), 3);
    assert_eq!(found.bands.len(), 1);
    assert_eq!((found.bands[0].from, found.bands[0].to), (first.from, last.to), "clipped to the range");
}

#[test]
fn compare_ranks_what_one_side_says_more() {
    let corpus = texts();
    let (explorer, query) = explored(&corpus, "view=compare&a=..2023-12-31&b=2024-01-01..");
    let found = compare(&corpus, &explorer, &query).expect("two sides");
    assert_eq!((found.a.documents, found.b.documents), (2, 1));
    assert_eq!((found.a.words, found.b.words), (15, 7), "8 + 5 + 2 words, and 7");
    let terms_b: Vec<&str> = found.terms_b.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(terms_b.first(), Some(&"rwanda"));
    let rwanda = &found.terms_b[0];
    assert_eq!((rwanda.count_a, rwanda.count_b), (0, 3));
    assert_eq!(rwanda.keyness.g2, log_likelihood(0, 3, 15, 7));
    assert!(found.terms_a.iter().all(|t| t.keyness.g2 >= stats::SIGNIFICANT && t.keyness.log_ratio > 0.0));
    assert!(!terms_b.contains(&"the") && !terms_b.contains(&"and"), "stop words are left out");
}

#[test]
fn collocates_are_the_words_near_the_matches() {
    let corpus = texts();
    let (explorer, query) = explored(&corpus, "q=%22small+boats%22&view=kwic");
    let outcome = explorer.explore(&query);
    let found = concordance(&corpus, &explorer, &outcome, 6, Sort::Newest);
    let near = collocates(&explorer, &found, &outcome.evaluation.documents);
    let words: Vec<(&str, u64)> = near.iter().map(|c| (c.text.as_str(), c.near)).collect();
    // "crossed" is within five words of both matches in d1 (after the first, before the second).
    assert!(words.contains(&("crossed", 2)) && words.contains(&("gangs", 1)), "{words:?}");
    assert!(!words.iter().any(|(w, _)| *w == "small" || *w == "boats"), "not the match itself");
    assert!(near.windows(2).all(|w| w[0].g2 >= w[1].g2));
}

#[test]
fn a_document_counts_its_matches_and_knows_its_matching_paragraphs() {
    let corpus = texts();
    let (explorer, query) = explored(&corpus, "q=boats");
    let outcome = explorer.explore(&query);
    let (d1, d2) = (corpus.position("d1").unwrap(), corpus.position("d2").unwrap());
    let count = |outcome, d: usize| explorer.match_count(outcome, d, &corpus.documents()[d]);
    assert_eq!((count(&outcome, d1), count(&outcome, d2)), (2, 1));
    assert_eq!(explorer.matching_paragraphs(&outcome, d2), [1], "not the second paragraph");
    let unsearched = explorer.explore(&Query::default());
    assert_eq!(count(&unsearched, d1), 0);
}
