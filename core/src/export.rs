//! The list on show as a file to download, CSV or JSON: the documents, the
//! quotations or the figures of a view, each file recording the address of
//! the view it came from and the corpus version.

mod rows;
#[cfg(test)]
mod tests;

pub use rows::{ExportedFigure, ExportedPlace, ExportedQuote, ExportedResult};

use crate::model::Document;
use crate::research::{FigureRef, QuoteRef};
use crate::{Corpus, Date};
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
}

/// A document's (or one of its paragraph's) address in the explorer.
pub trait Linker: Fn(&Document, Option<u32>) -> String {}
impl<F: Fn(&Document, Option<u32>) -> String> Linker for F {}

/// A CSV cell: quoted when it holds a comma, quote or line break; and, as
/// spreadsheets run cells that begin with `=`, `+`, `-` or `@` as formulas,
/// such a cell is prefixed with an apostrophe.
fn csv_cell(text: &str) -> String {
    let text =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

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

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export serialises")
    }

    /// RFC 4180 CSV with a header row; every row ends with the view and the
    /// corpus version, so any row copied elsewhere still says where it came from.
    pub fn to_csv(&self) -> String {
        let (columns, rows) = self.listing.table();
        let mut csv = columns.join(",") + ",view,corpus_version\r\n";
        for row in rows {
            let cells = row.iter().chain([&self.view, &self.corpus_version]);
            csv += &cells.map(|cell| csv_cell(cell)).collect::<Vec<_>>().join(",");
            csv += "\r\n";
        }
        csv
    }

    /// A file name for the download: `<list>-<date>.<extension>`.
    pub fn file_name(&self, extension: &str) -> String {
        let list = match self.listing {
            Listing::Documents(_) => "results",
            Listing::Quotes(_) => "quotes",
            Listing::Figures(_) => "figures",
        };
        format!("{list}-{}.{extension}", self.exported)
    }
}
