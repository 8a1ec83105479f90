//! Citations of a document or one of its paragraphs: plain text (Harvard
//! style, as UK universities teach it), BibTeX, RIS and CSL-JSON.
//!
//! Every format names the publishing organisations as corporate authors,
//! the title, the publication date, the website and its address on GOV.UK
//! or parliament.uk (the published original), the date the reader accessed
//! it, and the paragraph when one is cited. A value the corpus only infers
//! (an unchecked date, type, publisher or address) is named as inferred in
//! every format, so no citation states it as checked fact.

mod bibtex;
mod csl_json;
mod plain;
mod ris;
#[cfg(test)]
mod tests;

use crate::model::{Document, Provenance, Sourced};
use crate::{Corpus, Date, Facet};

/// What a citation says, gathered once for every format.
pub struct Citation<'a> {
    pub document: &'a Document,
    /// The publishers' names, in the document's order.
    pub organisations: Vec<String>,
    /// The document type's label ("Press release").
    pub kind: String,
    /// The paragraph cited, or the whole document.
    pub paragraph: Option<CitedParagraph>,
    pub accessed: Date,
}

/// A cited paragraph: its number and its address in this explorer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedParagraph {
    /// From 1, as in `p=` links.
    pub number: u32,
    /// The explorer's link to the paragraph (`…?doc=<id>&p=<number>`).
    pub link: String,
}

/// A value a citation states that was inferred, not checked against the published page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unchecked<'a> {
    /// What the value is, as the citations name it: "publisher", "date", "type", "address".
    pub what: &'static str,
    /// Why it is believed, from the corpus source.
    pub reason: &'a str,
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

/// Names joined as one phrase: "A", "A and B", "A, B and C".
pub(crate) fn joined(names: &[impl AsRef<str>]) -> String {
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl<'a> Citation<'a> {
    /// A citation of `document`, or of one of its paragraphs.
    pub fn new(
        corpus: &Corpus,
        document: &'a Document,
        paragraph: Option<CitedParagraph>,
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
        let paragraph = self.paragraph.as_ref().map(|p| format!("-p{}", p.number)).unwrap_or_default();
        format!("{}{paragraph}.{}", self.document.id, format.extension())
    }

    /// A key for reference managers, unique in the corpus and the same in
    /// every build: the document's id (which never changes), and `:p<n>` for
    /// a paragraph (ids hold no colon, so no paragraph's key is a document's).
    pub fn key(&self) -> String {
        match &self.paragraph {
            Some(paragraph) => format!("{}:p{}", self.document.id, paragraph.number),
            None => self.document.id.clone(),
        }
    }

    /// The values this citation states that the corpus only infers, in the
    /// order the citation states them.
    pub fn unchecked(&self) -> Vec<Unchecked<'a>> {
        fn inferred<'v, T>(what: &'static str, value: &'v Sourced<T>) -> Option<Unchecked<'v>> {
            match &value.provenance {
                Provenance::Inferred(reason) => Some(Unchecked { what, reason }),
                Provenance::Confirmed(_) => None,
            }
        }
        let document = self.document;
        let publisher = if document.publishers.value.len() > 1 { "publishers" } else { "publisher" };
        [
            inferred(publisher, &document.publishers),
            inferred("date", &document.date),
            inferred("type", &document.doc_type),
            inferred("address", &document.source),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The mark every format carries when a value is inferred: "Unconfirmed
    /// (inferred, not checked against the published page): the date and the address."
    pub fn unchecked_note(&self) -> Option<String> {
        let unchecked = self.unchecked();
        let named: Vec<String> = unchecked.iter().map(|u| format!("the {}", u.what)).collect();
        (!named.is_empty()).then(|| {
            format!("Unconfirmed (inferred, not checked against the published page): {}.", joined(&named))
        })
    }

    /// The website of the source, as citations name it ("GOV.UK").
    fn website(&self) -> Option<&'static str> {
        self.document.site().name()
    }

    /// "Paragraph 4", when one is cited.
    fn paragraph_note(&self) -> Option<String> {
        self.paragraph.as_ref().map(|p| format!("Paragraph {}", p.number))
    }
}
