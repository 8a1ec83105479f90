//! Quotes and figures of a view on a small hand-made corpus.

use super::*;
use crate::model::{Block, FigureKind::*, Span};
use crate::testing;

fn figure(kind: FigureKind, unit: &str, value: f64) -> Figure {
    let span = Span { start: 0, end: 1 };
    Figure { kind, unit: unit.into(), value, text: span, sentence: span }
}

/// A paragraph: its speaker and its figures.
type Made = (Option<&'static str>, Vec<Figure>);

/// Documents in corpus order: (id, date, paragraphs); the people are ann, bo and cy.
fn corpus(documents: Vec<(&str, &str, Vec<Made>)>) -> Corpus {
    let document = |(id, date, paragraphs): (&str, &str, Vec<Made>)| {
        let paragraphs = paragraphs.into_iter().map(|(speaker, figures)| Paragraph {
            speaker: speaker.map(str::to_owned),
            figures,
            ..Paragraph::new(Block::Paragraph, "x".into(), Vec::new())
        });
        testing::document(id, date, id, paragraphs.collect())
    };
    testing::corpus(&["ann", "bo", "cy"], documents.into_iter().map(document).collect())
}

fn quoted() -> Corpus {
    corpus(vec![
        ("old", "2023-01-01", vec![(Some("ann"), vec![]), (None, vec![]), (Some("bo"), vec![])]),
        ("new", "2024-01-01", vec![(None, vec![]), (Some("ann"), vec![]), (Some("ann"), vec![])]),
    ])
}

fn slugs(slugs: &[&str]) -> Vec<String> {
    slugs.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn quotes_follow_the_view_s_documents_and_number_paragraphs_from_one() {
    let corpus = quoted();
    let quote = |document, paragraph, speaker| QuoteRef { document, paragraph, speaker };
    let all = quotes(&corpus, &[1, 0], &[]);
    assert_eq!(all, [quote(1, 2, "ann"), quote(1, 3, "ann"), quote(0, 1, "ann"), quote(0, 3, "bo")]);
    assert_eq!(quotes(&corpus, &[0, 1], &slugs(&["bo"])), [quote(0, 3, "bo")]);
    assert_eq!(quotes(&corpus, &[0], &slugs(&["ann", "cy"])), [quote(0, 1, "ann")]);
    assert_eq!(quotes(&corpus, &[], &[]), []);
}

#[test]
fn quote_counts_cover_every_person_over_the_view_s_documents() {
    let corpus = quoted();
    let counts = |documents: &[usize], selected: &[&str]| -> Vec<(String, usize, bool)> {
        let counts = quote_counts(&corpus, documents, &slugs(selected));
        counts.into_iter().map(|v| (v.slug, v.count, v.selected)).collect()
    };
    let row = |slug: &str, count, selected| (slug.to_owned(), count, selected);
    assert_eq!(counts(&[0, 1], &["bo"]), [row("ann", 3, false), row("bo", 1, true), row("cy", 0, false)]);
    assert_eq!(counts(&[1], &[]), [row("ann", 2, false), row("bo", 0, false), row("cy", 0, false)]);
}

fn with_figures() -> Corpus {
    corpus(vec![
        ("a", "2023-01-01", vec![(None, vec![figure(Count, "people", 10.0), figure(Money, "GBP", 5e6)])]),
        (
            "b",
            "2024-01-01",
            vec![(None, vec![figure(Percentage, "%", 40.0)]), (None, vec![figure(Money, "EUR", 9e9)])],
        ),
        ("c", "2023-01-01", vec![(None, vec![figure(Money, "GBP", 7e6), figure(Count, "visas", 300.0)])]),
        ("d", "2022-01-01", vec![(None, vec![figure(Weight, "tonnes", 19.0), figure(Count, "staff", 10.0)])]),
    ])
}

/// The listed figures as "document/paragraph/index".
fn listed(corpus: &Corpus, documents: &[usize], order: FigureOrder) -> Vec<String> {
    let found = figures(corpus, documents, order);
    found
        .iter()
        .map(|r| format!("{}/{}/{}", corpus.documents()[r.document].id, r.paragraph, r.index))
        .collect()
}

#[test]
fn by_value_figures_group_by_kind_and_currency_and_keep_the_view_s_order_on_ties() {
    let corpus = with_figures();
    let view = [1, 0, 2, 3];
    // Money: EUR, then GBP largest first; percentage; counts across nouns; weight.
    let descending = ["b/2/0", "c/1/0", "a/1/1", "b/1/0", "c/1/1", "a/1/0", "d/1/1", "d/1/0"];
    assert_eq!(listed(&corpus, &view, FigureOrder::ValueDescending), descending);
    let ascending = ["b/2/0", "a/1/1", "c/1/0", "b/1/0", "a/1/0", "d/1/1", "c/1/1", "d/1/0"];
    assert_eq!(listed(&corpus, &view, FigureOrder::ValueAscending), ascending);
    assert_eq!(listed(&corpus, &[3], FigureOrder::ValueDescending), ["d/1/1", "d/1/0"]);
}

#[test]
fn as_listed_figures_follow_the_view_s_documents_then_the_text() {
    let corpus = with_figures();
    let view = [2, 3, 0, 1];
    let expected = ["c/1/0", "c/1/1", "d/1/0", "d/1/1", "a/1/0", "a/1/1", "b/1/0", "b/2/0"];
    assert_eq!(listed(&corpus, &view, FigureOrder::Listed), expected);
}

#[test]
fn a_figure_reference_resolves_to_its_paragraph_s_figure() {
    let corpus = with_figures();
    let reference = FigureRef { document: 2, paragraph: 1, index: 1 };
    let (paragraph, figure) = reference.resolve(&corpus).unwrap();
    assert_eq!((figure.kind, figure.unit.as_str(), figure.value), (Count, "visas", 300.0));
    assert!(std::ptr::eq(paragraph, &corpus.documents()[2].paragraphs[0]));
    for missing in [(9, 1, 0), (2, 0, 0), (2, 2, 0), (2, 1, 2)] {
        let (document, paragraph, index) = missing;
        assert_eq!(FigureRef { document, paragraph, index }.resolve(&corpus), None, "{missing:?}");
    }
}
