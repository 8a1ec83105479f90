//! The list on show as a file to download, CSV or JSON: the documents, the
//! quotations or the figures of a view, each file recording the address of
//! the view it came from and the corpus version.

mod analysis;
mod csv;
mod rows;
#[cfg(test)]
mod tests;

pub use analysis::{ExportedLine, ExportedSpan, ExportedTerm};
pub use csv::BYTE_ORDER_MARK;
pub use rows::{ExportedFigure, ExportedPlace, ExportedQuote, ExportedResult};

use crate::analysis::{Comparison, Concordance, Trends};
use crate::model::Document;
use crate::research::{FigureRef, QuoteRef};
use crate::search::SearchIndex;
use crate::{Corpus, Date, Query};
use serde::Serialize;

/// A list ready to write.
#[derive(Debug, Serialize)]
pub struct Export {
    /// The explorer address of the view, so the list can be found again.
    pub view: String,
    pub corpus_version: String,
    pub exported: Date,
    #[serde(flatten)]
    pub listing: Listing,
}

/// What was listed; in JSON, `"list"` names it and `"results"` holds it.
#[derive(Debug, Serialize)]
#[serde(tag = "list", content = "results", rename_all = "lowercase")]
pub enum Listing {
    Documents(Vec<ExportedResult>),
    Quotes(Vec<ExportedQuote>),
    Figures(Vec<ExportedFigure>),
    Trends(Vec<ExportedSpan>),
    Compare(Vec<ExportedTerm>),
    Kwic(Vec<ExportedLine>),
}

/// A document's (or one of its paragraph's) address in the explorer.
pub trait Linker: Fn(&Document, Option<u32>) -> String {}
impl<F: Fn(&Document, Option<u32>) -> String> Linker for F {}

impl Export {
    fn of(corpus: &Corpus, view: &str, exported: Date, listing: Listing) -> Export {
        Export { view: view.to_owned(), corpus_version: corpus.version().to_owned(), exported, listing }
    }

    /// The documents at `positions`, in order.
    pub fn documents(
        corpus: &Corpus,
        positions: &[usize],
        view: &str,
        link: impl Linker,
        exported: Date,
    ) -> Export {
        let documents = positions.iter().filter_map(|&p| corpus.documents().get(p));
        let results = documents.map(|d| ExportedResult::new(corpus, d, &link)).collect();
        Export::of(corpus, view, exported, Listing::Documents(results))
    }

    /// The quoted paragraphs, in order.
    pub fn quotes(
        corpus: &Corpus,
        quotes: &[QuoteRef],
        view: &str,
        link: impl Linker,
        exported: Date,
    ) -> Export {
        let results = quotes.iter().filter_map(|q| ExportedQuote::new(corpus, q, &link)).collect();
        Export::of(corpus, view, exported, Listing::Quotes(results))
    }

    /// The figures, in order.
    pub fn figures(
        corpus: &Corpus,
        figures: &[FigureRef],
        view: &str,
        link: impl Linker,
        exported: Date,
    ) -> Export {
        let results = figures.iter().filter_map(|f| ExportedFigure::new(corpus, f, &link)).collect();
        Export::of(corpus, view, exported, Listing::Figures(results))
    }

    /// A trend's spans, one row per span and search term.
    pub fn trends(corpus: &Corpus, trends: &Trends, view: &str, exported: Date) -> Export {
        Export::of(corpus, view, exported, Listing::Trends(analysis::spans(trends)))
    }

    /// A comparison's distinctive terms, side A's then side B's.
    pub fn comparison(corpus: &Corpus, comparison: &Comparison, view: &str, exported: Date) -> Export {
        Export::of(corpus, view, exported, Listing::Compare(analysis::terms(comparison)))
    }

    /// The concordance's lines, in order.
    pub fn concordance(
        corpus: &Corpus,
        search: &SearchIndex,
        concordance: &Concordance,
        view: &str,
        link: impl Linker,
        exported: Date,
    ) -> Export {
        let lines = analysis::lines(corpus, search, concordance, &link);
        Export::of(corpus, view, exported, Listing::Kwic(lines))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export serialises")
    }

    /// A file name that says what the file holds: the list, then the view's
    /// search words, filters, dates and kinds, then the day it was exported:
    /// `figures-sunak-2022-2026-12-02.csv`.
    pub fn file_name(&self, query: &Query, extension: &str) -> String {
        let list = match self.listing {
            Listing::Documents(_) => "documents",
            Listing::Quotes(_) => "quotes",
            Listing::Figures(_) => "figures",
            Listing::Trends(_) => "trends",
            Listing::Compare(_) => "compare",
            Listing::Kwic(_) => "kwic",
        };
        let what = described(query);
        let what = if what.is_empty() { String::new() } else { format!("{what}-") };
        format!("{list}-{what}{}.{extension}", self.exported)
    }
}

/// The longest description a file name carries.
const DESCRIBED_CHARS: usize = 80;

/// What a view selects, as file-name words: `small-boats-sunak-2022-from-2024-01-01`.
fn described(query: &Query) -> String {
    let mut words: Vec<String> =
        query.q.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
    words.extend(query.filters.values().flatten().cloned());
    words.extend(query.from.map(|date| format!("from-{date}")));
    words.extend(query.to.map(|date| format!("to-{date}")));
    words.extend(query.kinds.iter().map(|kind| kind.key().to_owned()));
    let ascii =
        |word: &String| word.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>();
    let words: Vec<String> = words.iter().map(ascii).filter(|w| !w.is_empty()).collect();
    let mut described = String::new();
    for word in words {
        if described.len() + word.len() + 1 > DESCRIBED_CHARS {
            break;
        }
        if !described.is_empty() {
            described.push('-');
        }
        described.push_str(&word);
    }
    described
}
