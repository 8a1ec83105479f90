//! The compiled corpus as the app embeds it: documents, paragraphs, tags and
//! the taxonomy. The corpus compiler writes these types; the app reads them.

mod digest;
mod figure;
mod quote;
mod site;

pub use digest::{Digest, MentionSlugs, SUMMARY_WORDS};
pub use figure::grouped;
pub use figure::{Figure, FigureKind, Qualifier, Span};
pub use quote::Quote;
pub use site::{Licence, Site};

use crate::{Date, Facet};
use serde::{Deserialize, Serialize};

/// Where a metadata value came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    /// Checked against a published page: the address that shows it.
    Confirmed(String),
    /// Not checked: the reason it is believed.
    Inferred(String),
}

/// A metadata value with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub provenance: Provenance,
}

/// A taxonomy entry: a topic, agency, person, place or document type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub slug: String,
    pub label: String,
    /// A short description: an agency's kind, a person's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A UK government, the value of the period facet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Government {
    pub slug: String,
    pub label: String,
    pub prime_minister: String,
    pub party: String,
    pub from: Date,
    /// `None` while the government is in office.
    pub to: Option<Date>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub governments: Vec<Government>,
    pub types: Vec<Entry>,
    pub topics: Vec<Entry>,
    pub agencies: Vec<Entry>,
    pub people: Vec<Entry>,
    pub places: Vec<Entry>,
}

/// How a paragraph is laid out in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph,
    /// A bullet line of the source.
    ListItem,
}

/// A facet value found in a paragraph, with the words that triggered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub facet: Facet,
    pub slug: String,
    /// The words in the paragraph that triggered the tag, in order, each once.
    pub words: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub block: Block,
    pub text: String,
    pub tags: Vec<Tag>,
    /// The figures of the text, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

impl Paragraph {
    /// A paragraph without figures.
    pub fn new(block: Block, text: String, tags: Vec<Tag>) -> Paragraph {
        Paragraph { block, text, tags, figures: Vec::new() }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable forever: it is in shared links.
    pub id: String,
    /// The first line of the text.
    pub title: String,
    pub date: Sourced<Date>,
    pub updated: Option<Sourced<Date>>,
    /// A slug of `Taxonomy::types`.
    pub doc_type: Sourced<String>,
    /// Slugs of `Taxonomy::agencies`.
    pub publishers: Sourced<Vec<String>>,
    /// The government in office on the date, derived from the governments table.
    pub period: String,
    pub source: Sourced<String>,
    /// The committee report a news item is about.
    pub report: Option<Sourced<String>>,
    /// What its list entry and facets need, kept when the text is not loaded.
    pub digest: Digest,
    /// Paragraph `n` of a link (`p=n`) is `paragraphs[n - 1]`. Empty in the
    /// corpus's metadata, until the text shards are loaded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<Paragraph>,
    /// The quoted statements, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
}

/// The whole compiled corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusData {
    /// A short fingerprint of the sources, so exports can name what they came from.
    pub version: String,
    pub taxonomy: Taxonomy,
    pub documents: Vec<Document>,
    /// In the corpus's metadata: the shards that hold the documents' text,
    /// in document order. Empty when the documents hold their text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text_shards: Vec<ShardEntry>,
    /// In the corpus's metadata: the file of its search index's head
    /// ([`crate::search::IndexHead`]), beside the metadata's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_index: Option<String>,
}

/// One shard of the documents' text: its file, and the documents it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardEntry {
    /// Its file name, beside the metadata's.
    pub file: String,
    /// The position of its first document.
    pub first: u32,
    /// How many documents it holds.
    pub count: u32,
}

impl ShardEntry {
    /// The positions of the documents it holds.
    pub fn positions(&self) -> std::ops::Range<usize> {
        self.first as usize..(self.first + self.count) as usize
    }
}

impl Taxonomy {
    /// The values of a facet as (slug, label), in the taxonomy's order.
    pub fn values(&self, facet: Facet) -> Vec<(&str, &str)> {
        let entries = match facet {
            Facet::Period => {
                return self.governments.iter().map(|g| (g.slug.as_str(), g.label.as_str())).collect()
            }
            Facet::Type => &self.types,
            Facet::Topic => &self.topics,
            Facet::Agency => &self.agencies,
            Facet::Person => &self.people,
            Facet::Place => &self.places,
        };
        entries.iter().map(|e| (e.slug.as_str(), e.label.as_str())).collect()
    }

    /// The label of a facet value, if the value exists.
    pub fn label(&self, facet: Facet, slug: &str) -> Option<&str> {
        self.values(facet).into_iter().find(|(value, _)| *value == slug).map(|(_, label)| label)
    }

    /// The government in office on a date: the latest one that began on or before it.
    pub fn government_on(&self, date: Date) -> Option<&Government> {
        self.governments
            .iter()
            .filter(|g| g.from <= date && g.to.is_none_or(|to| date <= to))
            .max_by_key(|g| g.from)
    }
}

impl Document {
    /// The site that published the source.
    pub fn site(&self) -> Site {
        Site::of(&self.source.value)
    }

    /// Parliament's pages are under the Open Parliament Licence; GOV.UK's
    /// (and any other site's) under the Open Government Licence.
    pub fn licence(&self) -> Licence {
        self.site().licence()
    }

    /// A text-tagged facet's values by prominence: publishers first, then by
    /// how many paragraphs carry the value, then by slug.
    pub fn values_by_prominence(&self, facet: Facet) -> Vec<&str> {
        self.digest.mentions(facet).iter().map(String::as_str).collect()
    }

    /// The paragraph a `p=` link names (1-based).
    pub fn paragraph(&self, number: u32) -> Option<&Paragraph> {
        self.paragraphs.get((number as usize).checked_sub(1)?)
    }

    /// The slugs this document has for a facet, sorted. A document's
    /// agencies are its publishers and every agency its paragraphs name.
    pub fn facet_values(&self, facet: Facet) -> Vec<&str> {
        let mut values: Vec<&str> = match facet {
            Facet::Period => vec![self.period.as_str()],
            Facet::Type => vec![self.doc_type.value.as_str()],
            _ => self.values_by_prominence(facet),
        };
        values.sort_unstable();
        values
    }
}
