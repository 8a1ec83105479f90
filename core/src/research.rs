//! The quotations and figures of a view's documents, for the quotes and
//! figures views: which paragraphs quote whom, how many quotes each person
//! has, and the figures in a chosen order.

mod views;

pub use views::{figures_view, QuotesView};

use crate::model::{Document, Figure, FigureKind, Paragraph};
use crate::{Corpus, ValueCount};

/// A quoted paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteRef<'a> {
    /// A position in [`Corpus::documents`].
    pub document: usize,
    /// The paragraph's number in its document, from 1, as in `p=` links.
    pub paragraph: u32,
    /// The speaker's slug in `Taxonomy::people`.
    pub speaker: &'a str,
}

/// A figure of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureRef {
    /// A position in [`Corpus::documents`].
    pub document: usize,
    /// The paragraph's number in its document, from 1, as in `p=` links.
    pub paragraph: u32,
    /// The figure's position in the paragraph's `figures`.
    pub index: usize,
}

/// The orders the figures of a view can be listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureOrder {
    /// Largest first, within each kind (money by currency).
    ValueDescending,
    /// Smallest first, within each kind (money by currency).
    ValueAscending,
    /// The documents in the view's order (newest, oldest or most relevant
    /// first); a document's figures in text order.
    Listed,
}

impl FigureRef {
    /// The figure this refers to, with its paragraph.
    pub fn resolve<'a>(&self, corpus: &'a Corpus) -> Option<(&'a Paragraph, &'a Figure)> {
        let paragraph = corpus.documents().get(self.document)?.paragraph(self.paragraph)?;
        Some((paragraph, paragraph.figures.get(self.index)?))
    }
}

/// A document's paragraphs with their numbers from 1.
fn numbered(document: &Document) -> impl Iterator<Item = (u32, &Paragraph)> {
    (1..).zip(&document.paragraphs)
}

/// The quoted paragraphs of `documents` (positions, in the view's order), in
/// text order within each; only those of `people` (slugs) unless it is empty.
pub fn quotes<'a>(corpus: &'a Corpus, documents: &[usize], people: &[String]) -> Vec<QuoteRef<'a>> {
    let chosen = |speaker: &str| people.is_empty() || people.iter().any(|p| p == speaker);
    let mut found = Vec::new();
    for &document in documents {
        for (paragraph, p) in numbered(&corpus.documents()[document]) {
            if let Some(speaker) = p.speaker.as_deref().filter(|s| chosen(s)) {
                found.push(QuoteRef { document, paragraph, speaker });
            }
        }
    }
    found
}

/// How many quoted paragraphs of `documents` each person has, every person
/// in taxonomy order, marked `selected` when among `people`.
pub fn quote_counts(corpus: &Corpus, documents: &[usize], people: &[String]) -> Vec<ValueCount> {
    let all = quotes(corpus, documents, &[]);
    let people_of_corpus = corpus.taxonomy().people.iter();
    people_of_corpus
        .map(|person| ValueCount {
            slug: person.slug.clone(),
            count: all.iter().filter(|quote| quote.speaker == person.slug).count(),
            selected: people.contains(&person.slug),
        })
        .collect()
}

/// Figures that can be compared by value: of one kind and, for money, one currency.
/// Counts compare across nouns: each is "how many".
fn comparable_group(figure: &Figure) -> (FigureKind, &str) {
    match figure.kind {
        FigureKind::Money => (figure.kind, &figure.unit),
        kind => (kind, ""),
    }
}

/// The figures of `documents` (positions, in the view's order) in `order`.
/// By value, figures group by kind (money, percentage, count, weight) and
/// money by currency; equal values keep the view's order and then text order.
pub fn figures(corpus: &Corpus, documents: &[usize], order: FigureOrder) -> Vec<FigureRef> {
    let mut found: Vec<(FigureRef, &Figure)> = Vec::new();
    for &position in documents {
        let document = &corpus.documents()[position];
        for (paragraph, p) in numbered(document) {
            let figures = p.figures.iter().enumerate();
            found.extend(figures.map(|(index, f)| (FigureRef { document: position, paragraph, index }, f)));
        }
    }
    let by_value = |a: &Figure, b: &Figure| comparable_group(a).cmp(&comparable_group(b));
    match order {
        FigureOrder::ValueDescending => {
            found.sort_by(|(_, a), (_, b)| by_value(a, b).then(b.value.total_cmp(&a.value)))
        }
        FigureOrder::ValueAscending => {
            found.sort_by(|(_, a), (_, b)| by_value(a, b).then(a.value.total_cmp(&b.value)))
        }
        FigureOrder::Listed => {}
    }
    found.into_iter().map(|(reference, _)| reference).collect()
}

#[cfg(test)]
mod tests;
