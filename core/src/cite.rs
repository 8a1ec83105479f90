//! Citations of a document or one of its paragraphs: plain text (Harvard
//! style, as UK universities teach it), BibTeX, RIS and CSL-JSON.
//!
//! Every format names the publishing organisations as corporate authors,
//! the title, the publication date, the source address on GOV.UK or
//! parliament.uk (the published original, not this explorer), the date the
//! reader accessed it, and the paragraph when one is cited.

mod formats;
#[cfg(test)]
mod tests;

use crate::model::Document;
use crate::{Corpus, Date, Facet};

/// What a citation says, gathered once for every format.
pub struct Citation<'a> {
    pub document: &'a Document,
    /// The publishers' names, in the document's order.
    pub organisations: Vec<String>,
    /// The document type's label ("Press release").
    pub kind: String,
    /// The paragraph cited (1-based), or the whole document.
    pub paragraph: Option<u32>,
    pub accessed: Date,
}

/// A citation format a reader can copy or download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    BibTex,
    Ris,
    CslJson,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Plain, Format::BibTex, Format::Ris, Format::CslJson];

    pub fn name(self) -> &'static str {
        match self {
            Format::Plain => "Plain text",
            Format::BibTex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    /// The extension of a downloaded file.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Plain => "txt",
            Format::BibTex => "bib",
            Format::Ris => "ris",
            Format::CslJson => "json",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Plain => "text/plain;charset=utf-8",
            Format::BibTex => "application/x-bibtex;charset=utf-8",
            Format::Ris => "application/x-research-info-systems;charset=utf-8",
            Format::CslJson => "application/vnd.citationstyles.csl+json;charset=utf-8",
        }
    }
}

impl<'a> Citation<'a> {
    /// A citation of `document`, or of its paragraph `paragraph` (1-based).
    pub fn new(
        corpus: &Corpus,
        document: &'a Document,
        paragraph: Option<u32>,
        accessed: Date,
    ) -> Citation<'a> {
        let taxonomy = corpus.taxonomy();
        let organisations = document
            .publishers
            .value
            .iter()
            .map(|slug| taxonomy.label(Facet::Agency, slug).unwrap_or(slug).to_owned())
            .collect();
        let kind = taxonomy.label(Facet::Type, &document.doc_type.value).unwrap_or("Document").to_owned();
        Citation { document, organisations, kind, paragraph, accessed }
    }

    /// The citation in a format.
    pub fn to_format(&self, format: Format) -> String {
        match format {
            Format::Plain => self.plain(),
            Format::BibTex => self.bibtex(),
            Format::Ris => self.ris(),
            Format::CslJson => self.csl_json(),
        }
    }

    /// A name for a downloaded file: the document's id, the paragraph, the extension.
    pub fn file_name(&self, format: Format) -> String {
        let paragraph = self.paragraph.map(|n| format!("-p{n}")).unwrap_or_default();
        format!("{}{paragraph}.{}", self.document.id, format.extension())
    }

    /// A key for reference managers: first publisher, year, first word of the title.
    pub fn key(&self) -> String {
        let publisher = self.document.publishers.value.first().map_or("", String::as_str);
        let word = self.document.title.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
        let mut key = format!("{publisher}{}{}", self.document.date.value.year(), word.unwrap_or(""));
        key.retain(|c| c.is_ascii_alphanumeric());
        key.make_ascii_lowercase();
        match self.paragraph {
            Some(n) => format!("{key}p{n}"),
            None => key,
        }
    }
}
