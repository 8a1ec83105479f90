//! The quotes and figures views list items, not documents: a search
//! selects the statements (or figures) whose own words match it, ranked by
//! those words, and every facet counts items.
//!
//! Each item is indexed as a small document of its own: its words (a
//! statement's paragraphs after the lead-in; the sentences that state a
//! figure), the tags of the paragraphs it is in, and its document's date,
//! type, publishers and government. The same facet and search indexes that
//! serve the documents view then serve the items, so an item view means
//! exactly what the documents view means, one level down. In a statement
//! the person facet is its speaker, not the people it names.

use super::{FigureRef, QuoteRef};
use crate::model::{Block, CorpusData, Digest, Document, Paragraph, Tag};
use crate::{Corpus, Evaluation, Explorer, Facet, Outcome, Query};

/// The items of a corpus of one kind, indexed for searching and counting.
pub struct ItemIndex<R> {
    explorer: Explorer,
    /// What each indexed item is, by its position.
    items: Vec<R>,
}

/// What an item view lists for a query.
#[derive(PartialEq)]
pub struct ItemsView<R> {
    /// In the query's order: newest or oldest document first, or the most
    /// relevant item first with a search.
    pub items: Vec<R>,
    /// Every facet counting items.
    pub evaluation: Evaluation,
    /// The search, for marking the items' words.
    pub outcome: Outcome,
}

impl<R: Copy> ItemIndex<R> {
    /// Indexes `items`, each with the document it stands for.
    fn new(corpus: &Corpus, items: Vec<(R, Document)>) -> ItemIndex<R> {
        let (items, documents): (Vec<R>, Vec<Document>) = items.into_iter().unzip();
        let data = CorpusData {
            version: corpus.version().to_owned(),
            taxonomy: corpus.taxonomy().clone(),
            documents,
            text_shards: Vec::new(),
            search_index: None,
        };
        let corpus = Corpus::new(data).expect("items carry their documents' known values");
        ItemIndex { explorer: Explorer::new(&corpus), items }
    }

    /// The items a query selects, of those `wanted` keeps (all, or the
    /// figures of the chosen kinds); the query's document and paragraph do
    /// not narrow them.
    pub fn view(&self, query: &Query, wanted: impl Fn(&R) -> bool) -> ItemsView<R> {
        let mut query = query.clone();
        query.doc = None;
        query.p = None;
        let kept: Vec<usize> = (0..self.items.len()).filter(|&i| wanted(&self.items[i])).collect();
        let outcome = self.explorer.explore_among(&query, &kept);
        let items = outcome.evaluation.documents.iter().map(|&position| self.items[position]).collect();
        ItemsView { items, evaluation: outcome.evaluation.clone(), outcome }
    }
}

/// An item as a document: its document's metadata, its own words, the
/// tags of its paragraphs (with `person` as given for a statement).
fn item_document(
    document: &Document,
    id: String,
    words: Vec<(&Paragraph, String)>,
    people: Option<&str>,
) -> Document {
    let paragraphs = words
        .into_iter()
        .map(|(paragraph, text)| {
            let mut tags: Vec<Tag> = paragraph.tags.clone();
            if people.is_some() {
                tags.retain(|tag| tag.facet != Facet::Person);
            }
            Paragraph::new(Block::Paragraph, text, tags)
        })
        .collect::<Vec<_>>();
    let mut paragraphs = paragraphs;
    if let (Some(speaker), Some(first)) = (people, paragraphs.first_mut()) {
        first.tags.push(Tag { facet: Facet::Person, slug: speaker.to_owned(), words: Vec::new() });
    }
    Document {
        id,
        // The title is its document's, not the item's words: it is not searched.
        title: String::new(),
        date: document.date.clone(),
        updated: document.updated.clone(),
        doc_type: document.doc_type.clone(),
        publishers: document.publishers.clone(),
        period: document.period.clone(),
        source: document.source.clone(),
        report: document.report.clone(),
        digest: Digest::of(&document.publishers.value, &paragraphs),
        paragraphs,
        quotes: Vec::new(),
    }
}

/// Every quoted statement of the corpus.
pub fn quote_index(corpus: &Corpus) -> ItemIndex<QuoteRef<'_>> {
    let mut items = Vec::new();
    for (position, document) in corpus.documents().iter().enumerate() {
        for (index, quote) in document.quotes.iter().enumerate() {
            let Some(parts) = quote.parts(document) else { continue };
            let words = parts
                .into_iter()
                .filter_map(|(number, text)| Some((document.paragraph(number)?, text.to_owned())))
                .collect();
            let id = format!("{}/quote-{index}", document.id);
            let item = QuoteRef { document: position, index, speaker: &quote.speaker };
            items.push((item, item_document(document, id, words, Some(&quote.speaker))));
        }
    }
    ItemIndex::new(corpus, items)
}

/// Every distinct figure of the corpus (a figure stated several times in a
/// document is one, with the sentences of all its mentions).
pub fn figure_index(corpus: &Corpus) -> ItemIndex<FigureRef> {
    let every = (0..corpus.documents().len()).collect::<Vec<_>>();
    let mut items = Vec::new();
    for figure in super::figures(corpus, &every, super::FigureOrder::Listed) {
        let document = &corpus.documents()[figure.document];
        let words = figure
            .mentions(corpus)
            .into_iter()
            .filter_map(|mention| {
                let (paragraph, found) = mention.resolve(corpus)?;
                Some((paragraph, found.sentence.of(&paragraph.text)?.to_owned()))
            })
            .collect();
        let id = format!("{}/figure-{}-{}", document.id, figure.paragraph, figure.index);
        items.push((figure, item_document(document, id, words, None)));
    }
    ItemIndex::new(corpus, items)
}
