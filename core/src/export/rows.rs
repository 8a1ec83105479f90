//! One exported row of each list: a document, a quoted statement, a figure.
//! Every row says where it is: its document's government, type and
//! publishers, its paragraph and the addresses of the original and of the
//! row in this explorer.

use super::Linker;
use crate::model::{Document, FigureKind, Qualifier};
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
    /// The facet values tagged in its text, most prominent first.
    pub topics: Vec<String>,
    pub agencies: Vec<String>,
    pub people: Vec<String>,
    pub places: Vec<String>,
    /// The published original.
    pub source: String,
    /// The document in this explorer.
    pub link: String,
}

/// Where a statement or figure is: its document and paragraph.
#[derive(Debug, Serialize)]
pub struct ExportedPlace {
    pub document: String,
    pub title: String,
    pub date: Date,
    pub government: String,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub publishers: Vec<String>,
    /// Its (first) paragraph.
    pub paragraph: u32,
    /// The published original.
    pub source: String,
    /// The paragraph in this explorer.
    pub link: String,
}

#[derive(Debug, Serialize)]
pub struct ExportedQuote {
    pub speaker: String,
    /// The quoted words, without the lead-in; paragraphs separated by a blank line.
    pub text: String,
    /// Announced in advance ("will say"), not a record of what was said.
    pub briefed_in_advance: bool,
    /// The paragraphs it spans.
    pub paragraphs: Vec<u32>,
    #[serde(flatten)]
    pub place: ExportedPlace,
}

#[derive(Debug, Serialize)]
pub struct ExportedFigure {
    /// As written, with its qualifier (`£24m`, `more than 50,000 people`).
    pub figure: String,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    pub unit: String,
    pub value: f64,
    /// Its first sentence.
    pub sentence: String,
    /// The paragraphs that state it, one for each time it is stated.
    pub mentions: Vec<u32>,
    #[serde(flatten)]
    pub place: ExportedPlace,
}

pub(super) const PLACE_COLUMNS: [&str; 9] =
    ["document", "title", "date", "government", "type", "publishers", "paragraph", "source", "link"];

fn label(corpus: &Corpus, facet: Facet, slug: &str) -> String {
    corpus.taxonomy().label(facet, slug).unwrap_or(slug).to_owned()
}

fn labels<'a>(corpus: &Corpus, facet: Facet, slugs: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    slugs.into_iter().map(|slug| label(corpus, facet, slug)).collect()
}

fn publishers(corpus: &Corpus, document: &Document) -> Vec<String> {
    labels(corpus, Facet::Agency, document.publishers.value.iter().map(String::as_str))
}

/// A list as one CSV cell: "A; B".
pub(super) fn listed(values: &[impl ToString]) -> String {
    values.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl ExportedPlace {
    pub(super) fn new(
        corpus: &Corpus,
        document: &Document,
        paragraph: u32,
        link: &impl Linker,
    ) -> ExportedPlace {
        ExportedPlace {
            document: document.id.clone(),
            title: document.title.clone(),
            date: document.date.value,
            government: label(corpus, Facet::Period, &document.period),
            doc_type: label(corpus, Facet::Type, &document.doc_type.value),
            publishers: publishers(corpus, document),
            paragraph,
            source: document.source.value.clone(),
            link: link(document, Some(paragraph)),
        }
    }

    pub(super) fn cells(&self) -> Vec<String> {
        let (date, paragraph) = (self.date.to_string(), self.paragraph.to_string());
        let (document, title, government) = (&self.document, &self.title, &self.government);
        let (doc_type, publishers) = (&self.doc_type, listed(&self.publishers));
        [document, title, &date, government, doc_type, &publishers, &paragraph, &self.source, &self.link]
            .map(String::clone)
            .to_vec()
    }
}

impl ExportedResult {
    pub(super) fn new(corpus: &Corpus, document: &Document, link: &impl Linker) -> ExportedResult {
        let tagged = |facet| labels(corpus, facet, document.values_by_prominence(facet));
        ExportedResult {
            id: document.id.clone(),
            title: document.title.clone(),
            date: document.date.value,
            doc_type: label(corpus, Facet::Type, &document.doc_type.value),
            publishers: publishers(corpus, document),
            government: label(corpus, Facet::Period, &document.period),
            topics: tagged(Facet::Topic),
            agencies: tagged(Facet::Agency),
            people: tagged(Facet::Person),
            places: tagged(Facet::Place),
            source: document.source.value.clone(),
            link: link(document, None),
        }
    }
}

impl ExportedQuote {
    pub(super) fn new(corpus: &Corpus, quote: &QuoteRef, link: &impl Linker) -> Option<ExportedQuote> {
        let (document, statement) = quote.resolve(corpus)?;
        Some(ExportedQuote {
            speaker: label(corpus, Facet::Person, quote.speaker),
            text: statement.text(document)?,
            briefed_in_advance: statement.briefed,
            paragraphs: statement.paragraphs().collect(),
            place: ExportedPlace::new(corpus, document, statement.first, link),
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
            qualifier: found.qualifier,
            unit: found.unit.clone(),
            value: found.value,
            sentence: found.sentence.of(&paragraph.text)?.to_owned(),
            mentions: figure.mentions(corpus).iter().map(|m| m.paragraph).collect(),
            place: ExportedPlace::new(corpus, document, figure.paragraph, link),
        })
    }
}
