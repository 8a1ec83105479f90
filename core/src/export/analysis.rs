//! The rows of the analysis views' exports: a trend's spans (one row per
//! span and search term), a comparison's distinctive terms (one row per
//! side and term), and the concordance's lines with where each is.

use super::rows::{ExportedPlace, PLACE_COLUMNS};
use super::Linker;
use crate::analysis::{Comparison, Concordance, Distinctive, LineText, Trends};
use crate::search::SearchIndex;
use crate::Corpus;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ExportedSpan {
    pub span: String,
    pub from: String,
    pub to: String,
    pub documents: usize,
    pub words: u64,
    /// The search term, empty without a search.
    pub term: String,
    pub occurrences: u64,
    pub per_10000_words: f64,
}

#[derive(Debug, Serialize)]
pub struct ExportedTerm {
    /// `a` or `b`: the side the term is distinctive of.
    pub side: String,
    pub side_label: String,
    pub term: String,
    pub g2: f64,
    pub log_ratio: f64,
    pub count_a: u64,
    pub count_b: u64,
    pub per_10000_words_a: f64,
    pub per_10000_words_b: f64,
}

#[derive(Debug, Serialize)]
pub struct ExportedLine {
    pub left: String,
    #[serde(rename = "match")]
    pub matched: String,
    pub right: String,
    #[serde(flatten)]
    pub place: ExportedPlace,
}

pub(super) fn spans(trends: &Trends) -> Vec<ExportedSpan> {
    let terms: Vec<Option<(usize, &str)>> = if trends.series.is_empty() {
        vec![None]
    } else {
        trends.series.iter().enumerate().map(|(i, t)| Some((i, t.as_str()))).collect()
    };
    let rows = trends.spans.iter().flat_map(|span| {
        terms.iter().map(move |term| ExportedSpan {
            span: span.label.clone(),
            from: span.from.to_string(),
            to: span.to.to_string(),
            documents: span.documents,
            words: span.words,
            term: term.map(|(_, t)| t.to_owned()).unwrap_or_default(),
            occurrences: term.map_or(0, |(i, _)| span.counts[i]),
            per_10000_words: term.map_or(0.0, |(i, _)| span.rate(i)),
        })
    });
    rows.collect()
}

pub(super) fn terms(comparison: &Comparison) -> Vec<ExportedTerm> {
    let side = |key: &str, label: &str, term: &Distinctive| ExportedTerm {
        side: key.to_owned(),
        side_label: label.to_owned(),
        term: term.text.clone(),
        g2: term.keyness.g2,
        log_ratio: term.keyness.log_ratio,
        count_a: term.count_a,
        count_b: term.count_b,
        per_10000_words_a: term.per_10k_a,
        per_10000_words_b: term.per_10k_b,
    };
    let a = comparison.terms_a.iter().map(|t| side("a", &comparison.a.label, t));
    a.chain(comparison.terms_b.iter().map(|t| side("b", &comparison.b.label, t))).collect()
}

pub(super) fn lines(
    corpus: &Corpus,
    search: &SearchIndex,
    concordance: &Concordance,
    link: &impl Linker,
) -> Vec<ExportedLine> {
    let lines = concordance.lines.iter().filter_map(|line| {
        let document = corpus.documents().get(line.document)?;
        let LineText { left, matched, right } = concordance.text(search, line);
        Some(ExportedLine {
            left,
            matched,
            right,
            place: ExportedPlace::new(corpus, document, line.paragraph, link),
        })
    });
    lines.collect()
}

/// The CSV columns and cells of the analysis exports.
pub(super) fn span_table(spans: &[ExportedSpan]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let columns = vec!["span", "from", "to", "documents", "words", "term", "occurrences", "per_10000_words"];
    let rows = spans.iter().map(|s| {
        let numbers = [s.documents.to_string(), s.words.to_string()];
        let counts = [s.occurrences.to_string(), format!("{:.2}", s.per_10000_words)];
        [s.span.clone(), s.from.clone(), s.to.clone()]
            .into_iter()
            .chain(numbers)
            .chain([s.term.clone()])
            .chain(counts)
            .collect()
    });
    (columns, rows.collect())
}

pub(super) fn term_table(terms: &[ExportedTerm]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let columns = vec![
        "side",
        "side_label",
        "term",
        "g2",
        "log_ratio",
        "count_a",
        "count_b",
        "per_10000_words_a",
        "per_10000_words_b",
    ];
    let rows = terms.iter().map(|t| {
        vec![
            t.side.clone(),
            t.side_label.clone(),
            t.term.clone(),
            format!("{:.2}", t.g2),
            format!("{:.3}", t.log_ratio),
            t.count_a.to_string(),
            t.count_b.to_string(),
            format!("{:.2}", t.per_10000_words_a),
            format!("{:.2}", t.per_10000_words_b),
        ]
    });
    (columns, rows.collect())
}

pub(super) fn line_table(lines: &[ExportedLine]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let columns = [&["left", "match", "right"][..], &PLACE_COLUMNS].concat();
    let rows = lines.iter().map(|l| {
        [l.left.clone(), l.matched.clone(), l.right.clone()].into_iter().chain(l.place.cells()).collect()
    });
    (columns, rows.collect())
}
