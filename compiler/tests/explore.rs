//! Search and facets together on the real corpus: counts reflect the
//! search, relevance orders results, and empty views say how to recover.

mod common;
#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;
use explorer_core::{Explorer, Facet, Part, Query};

fn explore(
    explorer: &Explorer,
    corpus: &explorer_core::Corpus,
    query_string: &str,
) -> (Vec<String>, explorer_core::Outcome) {
    let (query, notices) = Query::parse_for(query_string, corpus);
    assert_eq!(notices, [], "{query_string}");
    let outcome = explorer.explore(&query);
    let ids = outcome.evaluation.documents.iter().map(|&d| corpus.documents()[d].id.clone()).collect();
    (ids, outcome)
}

fn count(outcome: &explorer_core::Outcome, facet: Facet, slug: &str) -> usize {
    outcome.evaluation.counts[facet.position()].1.iter().find(|v| v.slug == slug).unwrap().count
}

#[test]
fn facet_counts_reflect_the_search() {
    let corpus = common::real_corpus();
    let explorer = Explorer::new(&corpus);
    let (ids, outcome) = explore(&explorer, &corpus, "q=Europol");
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&STARMER.to_owned()) && ids.contains(&G7.to_owned()));
    assert_eq!(count(&outcome, Facet::Period, "starmer-2024"), 2);
    assert_eq!(count(&outcome, Facet::Period, "sunak-2022"), 0);
    for &position in &outcome.evaluation.documents {
        let passages = explorer.passages(&outcome, position, &corpus.documents()[position]);
        assert!(!passages.is_empty() && passages.len() <= 3);
        let text = &corpus.documents()[position].paragraph(passages[0].paragraph).unwrap().text;
        assert!(passages[0].marks.iter().all(|mark| &text[mark.clone()] == "Europol"), "{text}");
    }
}

#[test]
fn relevance_is_the_default_order_with_a_search_and_dates_still_sort() {
    let corpus = common::real_corpus();
    let explorer = Explorer::new(&corpus);
    let (relevance, _) = explore(&explorer, &corpus, "q=Albania");
    assert_eq!(relevance.first().map(String::as_str), Some(HAC));
    let (oldest, _) = explore(&explorer, &corpus, "q=Albania&sort=oldest");
    let mut by_date = relevance.clone();
    by_date.sort();
    assert_eq!(oldest, by_date, "ids start with their date, so sorting them sorts by date");
    let (newest, _) = explore(&explorer, &corpus, "q=Albania&sort=newest");
    by_date.reverse();
    assert_eq!(newest, by_date);
}

#[test]
fn an_empty_view_names_each_removal_that_gives_results() {
    let corpus = common::real_corpus();
    let explorer = Explorer::new(&corpus);
    let (query, _) = Query::parse_for("q=Albania&period=starmer-2024&type=committee-report-news", &corpus);
    assert_eq!(explorer.explore(&query).evaluation.documents.len(), 0);
    let recoveries = explorer.recoveries(&query);
    let parts: Vec<&Part> = recoveries.iter().map(|r| &r.part).collect();
    // Without the search, no Starmer-era committee report exists either; without the type, no
    // Starmer-era document names Albania; only dropping the government helps.
    assert_eq!(parts, [&Part::Value(Facet::Period, "starmer-2024".to_owned())]);
    let (relaxed, _) = Query::parse_for("q=Albania&type=committee-report-news", &corpus);
    assert_eq!(recoveries[0].count, explorer.explore(&relaxed).evaluation.documents.len());
    assert!(recoveries[0].count >= 1);
}

#[test]
fn a_view_carries_its_search_notes_and_an_empty_one_offers_the_nearest_word() {
    let corpus = common::real_corpus();
    let explorer = Explorer::new(&corpus);
    let (corrected, outcome) = explore(&explorer, &corpus, "q=Rwnda");
    assert_eq!(corrected.len(), 3);
    assert_eq!(outcome.notes().len(), 1);
    assert_eq!(outcome.notes()[0].matched, ["rwanda"]);
    let text = &corpus.document(RWANDA).unwrap().paragraphs[0].text;
    let marked: Vec<&str> = outcome.spans(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["Rwanda"]);
    let (query, _) = Query::parse_for("q=%22Rwnda%22", &corpus);
    assert!(explorer.explore(&query).evaluation.documents.is_empty());
    let suggestion = explorer.suggestion(&query).expect("a suggestion");
    assert_eq!((suggestion.q.as_str(), suggestion.count), ("rwanda", 3));
    // Filters that leave nothing make no suggestion.
    let (filtered, _) = Query::parse_for("q=%22Rwnda%22&period=starmer-2024", &corpus);
    assert_eq!(explorer.suggestion(&filtered), None);
    let (plain, _) = Query::parse_for("q=rwanda", &corpus);
    assert_eq!(explorer.suggestion(&plain), None);
}

#[test]
fn a_deferring_explorer_indexes_on_the_first_search_and_answers_as_one_built_at_once() {
    let corpus: &'static explorer_core::Corpus = Box::leak(Box::new(common::real_corpus()));
    let at_once = Explorer::new(corpus);
    let deferring = Explorer::deferring_search(corpus);
    assert!(at_once.search_is_indexed());
    for link in ["", "topic=funding", "period=starmer-2024&type=press-release", "view=quotes"] {
        let (query, _) = Query::parse_for(link, corpus);
        assert!(deferring.explore(&query) == at_once.explore(&query), "{link}");
        assert_eq!(deferring.recoveries(&query), at_once.recoveries(&query), "{link}");
    }
    assert!(!deferring.search_is_indexed(), "views without a search do not build the search index");
    let (searched, _) = Query::parse_for("q=rwanda&topic=funding", corpus);
    assert!(deferring.explore(&searched) == at_once.explore(&searched));
    assert!(deferring.search_is_indexed(), "the first search builds it");
}
