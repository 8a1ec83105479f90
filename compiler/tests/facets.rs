//! The facet index and the URL query on the real corpus: filtering, OR
//! within a facet, AND across, disjunctive counts, date ranges and sorting.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::{Corpus, Evaluation, Facet, FacetIndex, Query};

fn evaluate(corpus: &Corpus, query_string: &str) -> (Vec<String>, Evaluation) {
    let (query, notices) = Query::parse_for(query_string, corpus);
    assert_eq!(notices, [], "{query_string}");
    let evaluation = FacetIndex::new(corpus).evaluate(&query);
    let ids = evaluation.documents.iter().map(|&d| corpus.documents()[d].id.clone()).collect();
    (ids, evaluation)
}

fn ids(corpus: &Corpus, query_string: &str) -> Vec<String> {
    evaluate(corpus, query_string).0
}

fn count(evaluation: &Evaluation, facet: Facet, slug: &str) -> usize {
    let (_, values) = evaluation.counts.iter().find(|(f, _)| *f == facet).unwrap();
    values.iter().find(|v| v.slug == slug).unwrap().count
}

#[test]
fn all_six_documents_newest_first_without_filters() {
    let corpus = common::real_corpus();
    assert_eq!(ids(&corpus, ""), [STARMER, G7, PAC, HAC, RWANDA, FRANCE]);
    assert_eq!(ids(&corpus, "sort=oldest"), [FRANCE, RWANDA, HAC, PAC, G7, STARMER]);
}

#[test]
fn pinned_facet_values_match_exactly_their_documents() {
    let corpus = common::real_corpus();
    assert_eq!(ids(&corpus, "agency=national-crime-agency"), [STARMER, FRANCE]);
    assert_eq!(ids(&corpus, "topic=rwanda-partnership"), [PAC, RWANDA, FRANCE]);
    assert_eq!(ids(&corpus, "period=starmer-2024"), [STARMER, G7]);
    assert_eq!(ids(&corpus, "period=sunak-2022"), [PAC, HAC, RWANDA, FRANCE]);
    assert_eq!(ids(&corpus, "type=committee-report-news"), [PAC, HAC]);
}

#[test]
fn or_within_a_facet_and_across_facets() {
    let corpus = common::real_corpus();
    assert_eq!(ids(&corpus, "period=starmer-2024&period=sunak-2022").len(), 6);
    assert_eq!(ids(&corpus, "topic=rwanda-partnership&period=starmer-2024"), Vec::<String>::new());
    assert_eq!(ids(&corpus, "agency=national-crime-agency&period=sunak-2022"), [FRANCE]);
}

#[test]
fn counts_are_disjunctive() {
    let corpus = common::real_corpus();
    let (results, evaluation) = evaluate(&corpus, "period=starmer-2024");
    assert_eq!(results.len(), 2);
    // The period facet ignores its own selection: choosing Sunak as well would give 4 more.
    assert_eq!(count(&evaluation, Facet::Period, "sunak-2022"), 4);
    assert_eq!(count(&evaluation, Facet::Period, "starmer-2024"), 2);
    assert_eq!(count(&evaluation, Facet::Period, "johnson-2019"), 0);
    // Other facets count within the Starmer-era documents.
    assert_eq!(count(&evaluation, Facet::Agency, "national-crime-agency"), 1);
    assert_eq!(count(&evaluation, Facet::Topic, "rwanda-partnership"), 0);
    let (_, values) = &evaluation.counts[Facet::Period.position()];
    assert!(values.iter().any(|v| v.slug == "starmer-2024" && v.selected));
}

#[test]
fn every_facet_lists_every_taxonomy_value_in_taxonomy_order() {
    let corpus = common::real_corpus();
    let (_, evaluation) = evaluate(&corpus, "");
    for (facet, values) in &evaluation.counts {
        let slugs: Vec<_> = values.iter().map(|v| v.slug.as_str()).collect();
        let taxonomy: Vec<_> = corpus.taxonomy().values(*facet).into_iter().map(|(s, _)| s).collect();
        assert_eq!(slugs, taxonomy, "{facet:?}");
    }
    assert_eq!(count(&evaluation, Facet::Type, "press-release"), 4);
}

#[test]
fn date_ranges_are_inclusive() {
    let corpus = common::real_corpus();
    assert_eq!(ids(&corpus, "from=2024-05-29&to=2024-10-04"), [G7, PAC]);
    assert_eq!(ids(&corpus, "from=2024-11-05"), Vec::<String>::new());
    assert_eq!(ids(&corpus, "to=2023-03-10"), [FRANCE]);
    assert_eq!(ids(&corpus, "from=2024-12-01&to=2023-01-01"), Vec::<String>::new());
    let (_, evaluation) = evaluate(&corpus, "from=2024-01-01");
    assert_eq!(count(&evaluation, Facet::Period, "sunak-2022"), 1);
}

#[test]
fn unknown_values_and_documents_are_reported_and_left_out() {
    let corpus = common::real_corpus();
    let hostile = "period=nonsense&topic=%3Cscript%3Ealert(1)%3C/script%3E&topic=funding&from=2024-13-45&doc=missing&p=2";
    let (query, notices) = Query::parse_for(hostile, &corpus);
    let ignored: Vec<_> = notices.iter().map(|n| format!("{}={}", n.key, n.value)).collect();
    assert_eq!(
        ignored,
        ["from=2024-13-45", "period=nonsense", "topic=<script>alert(1)</script>", "doc=missing"]
    );
    assert_eq!(query.to_query_string(), "topic=funding");
    let (query, notices) = Query::parse_for(&format!("doc={HAC}&p=999"), &corpus);
    assert_eq!((query.doc.as_deref(), query.p, notices.len()), (Some(HAC), None, 1));
}

#[test]
fn the_government_period_is_derived_from_the_date() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        let government = corpus.taxonomy().government_on(document.date.value).unwrap();
        assert_eq!(document.period, government.slug, "{}", document.id);
    }
}
