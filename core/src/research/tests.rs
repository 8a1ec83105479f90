//! Quotes and figures of a view on a small hand-made corpus.

use super::*;
use crate::model::{Block, Figure, FigureKind, FigureKind::*, Paragraph, Qualifier, Quote, Span};
use crate::testing;

fn figure(kind: FigureKind, unit: &str, value: f64) -> Figure {
    let span = Span { start: 0, end: 1 };
    Figure { kind, unit: unit.into(), value, qualifier: None, text: span, sentence: span }
}

/// Documents in corpus order: (id, date, each paragraph's figures); the people are ann, bo and cy.
fn corpus_with(documents: Vec<(&str, &str, Vec<Vec<Figure>>)>, quotes: &[(usize, Quote)]) -> Corpus {
    let document = |(id, date, paragraphs): (&str, &str, Vec<Vec<Figure>>)| {
        let paragraphs = paragraphs.into_iter().map(|figures| Paragraph {
            figures,
            ..Paragraph::new(Block::Paragraph, "“Quoted words.”".into(), Vec::new())
        });
        testing::document(id, date, id, paragraphs.collect())
    };
    let mut documents: Vec<_> = documents.into_iter().map(document).collect();
    for (position, quote) in quotes {
        documents[*position].quotes.push(quote.clone());
    }
    testing::corpus(&["ann", "bo", "cy"], documents)
}

fn statement(speaker: &str, first: u32, last: u32) -> Quote {
    Quote { speaker: speaker.into(), first, last, start: 0, briefed: false }
}

fn quoted() -> Corpus {
    let paragraphs = || vec![vec![]; 4];
    corpus_with(
        vec![("old", "2023-01-01", paragraphs()), ("new", "2024-01-01", paragraphs())],
        &[(0, statement("ann", 1, 1)), (0, statement("bo", 3, 4)), (1, statement("ann", 2, 4))],
    )
}

fn slugs(slugs: &[&str]) -> Vec<String> {
    slugs.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn quotes_are_statements_in_the_view_s_document_order() {
    let corpus = quoted();
    let quote = |document, index, speaker| QuoteRef { document, index, speaker };
    assert_eq!(quotes(&corpus, &[1, 0], &[]), [quote(1, 0, "ann"), quote(0, 0, "ann"), quote(0, 1, "bo")]);
    assert_eq!(quotes(&corpus, &[0, 1], &slugs(&["bo"])), [quote(0, 1, "bo")]);
    assert_eq!(quotes(&corpus, &[0], &slugs(&["ann", "cy"])), [quote(0, 0, "ann")]);
    assert_eq!(quotes(&corpus, &[], &[]), []);
    let (document, statement) = quote(1, 0, "ann").resolve(&corpus).unwrap();
    assert_eq!((document.id.as_str(), statement.paragraphs()), ("new", 2..=4));
    assert_eq!(statement.text(document).unwrap(), ["“Quoted words.”"; 3].join("\n\n"));
    assert_eq!(quote(1, 1, "ann").resolve(&corpus), None);
}

fn with_figures() -> Corpus {
    corpus_with(
        vec![
            ("a", "2023-01-01", vec![vec![figure(Count, "people", 10.0), figure(Money, "GBP", 5e6)]]),
            ("b", "2024-01-01", vec![vec![figure(Percentage, "%", 40.0)], vec![figure(Money, "EUR", 9e9)]]),
            ("c", "2023-01-01", vec![vec![figure(Money, "GBP", 7e6), figure(Count, "visas", 300.0)]]),
            ("d", "2022-01-01", vec![vec![figure(Weight, "tonnes", 19.0), figure(Count, "staff", 10.0)]]),
        ],
        &[],
    )
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

/// A document stating £150m three times (once qualified) and £6m once, and one stating £150m once.
fn repeated() -> Corpus {
    let upto = Figure { qualifier: Some(Qualifier::UpTo), ..figure(Money, "GBP", 150e6) };
    corpus_with(
        vec![
            (
                "a",
                "2024-01-01",
                vec![
                    vec![figure(Money, "GBP", 150e6), figure(Money, "GBP", 6e6)],
                    vec![figure(Count, "staff", 3.0), figure(Money, "GBP", 150e6)],
                    vec![upto, figure(Money, "GBP", 150e6)],
                ],
            ),
            ("b", "2023-01-01", vec![vec![figure(Money, "GBP", 150e6), figure(Money, "USD", 2.0)]]),
        ],
        &[],
    )
}

#[test]
fn a_figure_stated_several_times_in_a_document_is_one_figure_with_its_mentions() {
    let corpus = repeated();
    assert_eq!(
        listed(&corpus, &[0, 1], FigureOrder::Listed),
        ["a/1/0", "a/1/1", "a/2/0", "a/3/0", "b/1/0", "b/1/1"]
    );
    let first = FigureRef { document: 0, paragraph: 1, index: 0 };
    let mentions: Vec<(u32, usize)> =
        first.mentions(&corpus).iter().map(|m| (m.paragraph, m.index)).collect();
    assert_eq!(mentions, [(1, 0), (2, 1), (3, 1)], "the same amount, not the one up to it");
    assert_eq!(FigureRef { document: 0, paragraph: 3, index: 0 }.mentions(&corpus).len(), 1);
    assert_eq!(FigureRef { document: 0, paragraph: 9, index: 0 }.mentions(&corpus), []);
}

#[test]
fn money_totals_count_each_distinct_amount_once_per_document_by_currency() {
    let corpus = repeated();
    let listed = figures(&corpus, &[0, 1], FigureOrder::ValueDescending);
    let totals = money_totals(&corpus, &listed);
    let gbp = MoneyTotal { currency: "GBP".into(), total: 150e6 + 6e6 + 150e6 + 150e6, amounts: 4 };
    let usd = MoneyTotal { currency: "USD".into(), total: 2.0, amounts: 1 };
    assert_eq!(totals, [gbp, usd]);
    assert_eq!(
        totals[0].described(),
        "456,000,000 GBP in 4 amounts (each distinct amount counted once per document that states it)"
    );
    assert!(totals[1].described().starts_with("2 USD in 1 amount "));
    assert_eq!(money_totals(&corpus, &[]), []);
}

#[test]
fn kind_counts_count_distinct_figures_of_every_kind() {
    let corpus = repeated();
    let of = |documents: &[usize]| kind_counts(&corpus, &figures(&corpus, documents, FigureOrder::Listed));
    assert_eq!(of(&[0, 1]), [(Money, 5), (Percentage, 0), (Count, 1), (Weight, 0)]);
    assert_eq!(of(&[1]), [(Money, 2), (Percentage, 0), (Count, 0), (Weight, 0)]);
}
