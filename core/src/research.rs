//! The quotations and figures of the corpus, for the quotes and figures
//! views: which statements quote whom, the figures in a chosen order, and
//! the items each view lists for a query.

mod figures;
mod items;
mod views;

pub use figures::{
    distinct_count, figures, kind_counts, money_totals, sort_by_value, FigureOrder, FigureRef, MoneyTotal,
};
pub use items::{figure_index, quote_index, ItemIndex, ItemsView};
pub use views::{figures_view, quotes_view, FiguresView};

use crate::model::{Document, Quote};
use crate::Corpus;

/// A quoted statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteRef<'a> {
    /// A position in [`Corpus::documents`].
    pub document: usize,
    /// The statement's position in its document's `quotes`.
    pub index: usize,
    /// The speaker's slug in `Taxonomy::people`.
    pub speaker: &'a str,
}

impl QuoteRef<'_> {
    /// The statement this refers to, with its document.
    pub fn resolve<'a>(&self, corpus: &'a Corpus) -> Option<(&'a Document, &'a Quote)> {
        let document = corpus.documents().get(self.document)?;
        Some((document, document.quotes.get(self.index)?))
    }
}

/// The quoted statements of `documents` (positions, in the view's order), in
/// text order within each; only those of `people` (slugs) unless it is empty.
pub fn quotes<'a>(corpus: &'a Corpus, documents: &[usize], people: &[String]) -> Vec<QuoteRef<'a>> {
    let chosen = |speaker: &str| people.is_empty() || people.iter().any(|p| p == speaker);
    let mut found = Vec::new();
    for &document in documents {
        for (index, quote) in corpus.documents()[document].quotes.iter().enumerate() {
            if chosen(&quote.speaker) {
                found.push(QuoteRef { document, index, speaker: &quote.speaker });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
