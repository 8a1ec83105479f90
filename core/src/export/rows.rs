//! One exported row of each list: a document, a quotation, a figure.

use super::{Linker, Listing};
use crate::model::{Document, FigureKind};
use crate::research::{FigureRef, QuoteRef};
use crate::{Corpus, Date, Facet};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ExportedResult {
    pub id: String,
    pub title: String,
    pub date: Date,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub publishers: Vec<String>,
    pub government: String,
    /// The published original.
    pub source: String,
    /// The document in this explorer.
    pub link: String,
}

/// Where a quotation or figure is: its document and paragraph.
#[derive(Debug, Serialize)]
pub struct ExportedPlace {
    pub document: String,
    pub title: String,
    pub date: Date,
    pub paragraph: u32,
    /// The published original.
    pub source: String,
    /// The paragraph in this explorer.
    pub link: String,
}

#[derive(Debug, Serialize)]
pub struct ExportedQuote {
    pub speaker: String,
    pub text: String,
    #[serde(flatten)]
    pub place: ExportedPlace,
}

#[derive(Debug, Serialize)]
pub struct ExportedFigure {
    /// As written (`£24m`).
    pub figure: String,
    pub kind: FigureKind,
    pub unit: String,
    pub value: f64,
    pub sentence: String,
    #[serde(flatten)]
    pub place: ExportedPlace,
}

const PLACE_COLUMNS: [&str; 6] = ["document", "title", "date", "paragraph", "source", "link"];

impl ExportedPlace {
    fn new(document: &Document, paragraph: u32, link: &impl Linker) -> ExportedPlace {
        ExportedPlace {
            document: document.id.clone(),
            title: document.title.clone(),
            date: document.date.value,
            paragraph,
            source: document.source.value.clone(),
            link: link(document, Some(paragraph)),
        }
    }

    fn cells(&self) -> [String; 6] {
        let (date, paragraph) = (self.date.to_string(), self.paragraph.to_string());
        [self.document.clone(), self.title.clone(), date, paragraph, self.source.clone(), self.link.clone()]
    }
}

fn label(corpus: &Corpus, facet: Facet, slug: &str) -> String {
    corpus.taxonomy().label(facet, slug).unwrap_or(slug).to_owned()
}

impl ExportedResult {
    pub(super) fn new(corpus: &Corpus, document: &Document, link: &impl Linker) -> ExportedResult {
        ExportedResult {
            id: document.id.clone(),
            title: document.title.clone(),
            date: document.date.value,
            doc_type: label(corpus, Facet::Type, &document.doc_type.value),
            publishers: document
                .publishers
                .value
                .iter()
                .map(|slug| label(corpus, Facet::Agency, slug))
                .collect(),
            government: label(corpus, Facet::Period, &document.period),
            source: document.source.value.clone(),
            link: link(document, None),
        }
    }
}

impl ExportedQuote {
    pub(super) fn new(corpus: &Corpus, quote: &QuoteRef, link: &impl Linker) -> Option<ExportedQuote> {
        let document = corpus.documents().get(quote.document)?;
        Some(ExportedQuote {
            speaker: label(corpus, Facet::Person, quote.speaker),
            text: document.paragraph(quote.paragraph)?.text.clone(),
            place: ExportedPlace::new(document, quote.paragraph, link),
        })
    }
}

impl ExportedFigure {
    pub(super) fn new(corpus: &Corpus, figure: &FigureRef, link: &impl Linker) -> Option<ExportedFigure> {
        let document = corpus.documents().get(figure.document)?;
        let (paragraph, found) = figure.resolve(corpus)?;
        Some(ExportedFigure {
            figure: found.text.of(&paragraph.text)?.to_owned(),
            kind: found.kind,
            unit: found.unit.clone(),
            value: found.value,
            sentence: found.sentence.of(&paragraph.text)?.to_owned(),
            place: ExportedPlace::new(document, figure.paragraph, link),
        })
    }
}

impl Listing {
    /// The CSV columns and, per row, its cells (before the view and version).
    pub(super) fn table(&self) -> (Vec<&'static str>, Vec<Vec<String>>) {
        match self {
            Listing::Documents(results) => (
                vec!["id", "title", "date", "type", "publishers", "government", "source", "link"],
                results
                    .iter()
                    .map(|r| {
                        let publishers = r.publishers.join("; ");
                        let cells =
                            [&r.id, &r.title, &r.date.to_string(), &r.doc_type, &publishers, &r.government];
                        cells.into_iter().chain([&r.source, &r.link]).cloned().collect()
                    })
                    .collect(),
            ),
            Listing::Quotes(quotes) => (
                [&["speaker", "text"][..], &PLACE_COLUMNS].concat(),
                quotes
                    .iter()
                    .map(|q| [q.speaker.clone(), q.text.clone()].into_iter().chain(q.place.cells()).collect())
                    .collect(),
            ),
            Listing::Figures(figures) => (
                [&["figure", "kind", "unit", "value", "sentence"][..], &PLACE_COLUMNS].concat(),
                figures
                    .iter()
                    .map(|f| {
                        let cells = [
                            f.figure.clone(),
                            f.kind.key().to_owned(),
                            f.unit.clone(),
                            f.value.to_string(),
                            f.sentence.clone(),
                        ];
                        cells.into_iter().chain(f.place.cells()).collect()
                    })
                    .collect(),
            ),
        }
    }
}
