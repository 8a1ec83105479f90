//! The corpus split for loading in parts: its metadata (every document
//! without its text, which is what the list, the facets and a link's checks
//! need, with the values it mentions as numbers:
//! [`crate::model::Digest::number`]) and the documents' text in shards of
//! about a set size, in document order, which the app fetches when a view
//! needs them.

use crate::model::{CorpusData, Document, MentionSlugs, Paragraph, Quote, ShardEntry};
use crate::{Corpus, CorpusError};
use serde::{Deserialize, Serialize};

/// The text of consecutive documents.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct TextShard {
    /// The position of its first document.
    pub first: u32,
    pub documents: Vec<DocumentText>,
}

/// What a document's metadata leaves out.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentText {
    pub paragraphs: Vec<Paragraph>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
}

impl TextShard {
    pub fn from_json(json: &str) -> Result<TextShard, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The shard of `documents`, whole, the first at position `first`: what
    /// their shard held, for a page that read them from it and let the file go.
    pub fn of(first: u32, documents: &[&Document]) -> TextShard {
        let texts = documents.iter().map(|document| DocumentText {
            paragraphs: document.paragraphs.clone(),
            quotes: document.quotes.clone(),
        });
        TextShard { first, documents: texts.collect() }
    }
}

/// The corpus's metadata, whose `text_shards` name the shards, and each
/// shard as (file name, JSON). A shard is closed once its JSON passes
/// `shard_bytes` (so a longer document has a shard of its own);
/// `file_name` names a shard by its JSON.
pub fn split(
    data: &CorpusData,
    shard_bytes: usize,
    file_name: impl Fn(&str) -> String,
) -> (CorpusData, Vec<(String, String)>) {
    let mut metadata = data.clone();
    let mut shards = Vec::new();
    let mut open: Option<(TextShard, usize)> = None;
    let close = |shard: TextShard, shards: &mut Vec<(ShardEntry, String)>| {
        let json = serde_json::to_string(&shard).expect("text serialises");
        let entry =
            ShardEntry { file: file_name(&json), first: shard.first, count: shard.documents.len() as u32 };
        shards.push((entry, json));
    };
    let slugs = MentionSlugs::of(&data.taxonomy);
    for (position, document) in metadata.documents.iter_mut().enumerate() {
        document.digest.number(&slugs);
        let text = DocumentText {
            paragraphs: std::mem::take(&mut document.paragraphs),
            quotes: std::mem::take(&mut document.quotes),
        };
        let bytes = serde_json::to_string(&text).expect("text serialises").len();
        let (shard, size) =
            open.get_or_insert_with(|| (TextShard { first: position as u32, documents: Vec::new() }, 0));
        shard.documents.push(text);
        *size += bytes;
        if *size >= shard_bytes {
            let (shard, _) = open.take().expect("a shard is open");
            close(shard, &mut shards);
        }
    }
    if let Some((shard, _)) = open {
        close(shard, &mut shards);
    }
    let (entries, files): (Vec<ShardEntry>, Vec<String>) = shards.into_iter().unzip();
    let named = entries.iter().map(|entry| entry.file.clone()).zip(files).collect();
    metadata.text_shards = entries;
    (metadata, named)
}

/// Leaves in `metadata` the summaries of the documents at `kept`
/// (positions) alone: the others' are computed from their text when a list
/// shows them ([`crate::model::Digest::summary_of`]). For a corpus
/// whose text is in several shards, the build keeps the first view's, so
/// the page without a query needs no text, and the rest stay out of the
/// file every view waits for (at 5,000
/// documents, 0.6 MB of its 1.15 MB gzip).
pub fn keep_summaries_of(metadata: &mut CorpusData, kept: &[usize]) {
    for (position, document) in metadata.documents.iter_mut().enumerate() {
        if !kept.contains(&position) {
            document.digest.summary.clear();
        }
    }
}

impl Corpus {
    /// Whether the documents hold their text (else their text is in [`Corpus::text_shards`]).
    pub fn has_text(&self) -> bool {
        self.data().text_shards.is_empty()
    }

    /// The shards that hold the documents' text, when this is the corpus's metadata.
    pub fn text_shards(&self) -> &[ShardEntry] {
        &self.data().text_shards
    }

    /// The whole corpus: this metadata with its text shards, each in the
    /// order [`Corpus::text_shards`] names them.
    pub fn with_text(&self, shards: Vec<TextShard>) -> Result<Corpus, CorpusError> {
        let mut data = self.data().clone();
        let entries = std::mem::take(&mut data.text_shards);
        if shards.len() != entries.len() {
            return Err(CorpusError::TextShard(format!(
                "{} shards for {} named",
                shards.len(),
                entries.len()
            )));
        }
        for (entry, shard) in entries.iter().zip(shards) {
            let documents = data.documents.iter_mut().skip(entry.first as usize);
            for (document, text) in documents.zip(entry.holds(shard)?) {
                text.fill(document);
            }
        }
        Corpus::new(data)
    }

    /// Which of [`Corpus::text_shards`] holds the text of the document at `position`.
    pub fn shard_holding(&self, position: usize) -> Option<usize> {
        let shards = self.text_shards();
        let index = shards.partition_point(|entry| entry.first as usize <= position).checked_sub(1)?;
        shards[index].positions().contains(&position).then_some(index)
    }

    /// The documents of the `index`th of [`Corpus::text_shards`], whole:
    /// their metadata with `shard`'s text, refused if it is not that shard.
    pub fn documents_in(&self, index: usize, shard: TextShard) -> Result<Vec<Document>, CorpusError> {
        let entry = self.text_shards().get(index).ok_or_else(|| {
            CorpusError::TextShard(format!("no shard {index} of {}", self.text_shards().len()))
        })?;
        let metadata = self.documents().iter().skip(entry.first as usize);
        let documents = metadata.zip(entry.holds(shard)?).map(|(document, text)| {
            let mut document = document.clone();
            text.fill(&mut document);
            document
        });
        Ok(documents.collect())
    }
}

impl ShardEntry {
    /// The documents' texts of `shard`, if it holds the documents this names.
    fn holds(&self, shard: TextShard) -> Result<Vec<DocumentText>, CorpusError> {
        if shard.first != self.first || shard.documents.len() != self.count as usize {
            return Err(CorpusError::TextShard(format!(
                "{} holds documents {}+{}, not {}+{}",
                self.file,
                shard.first,
                shard.documents.len(),
                self.first,
                self.count
            )));
        }
        Ok(shard.documents)
    }
}

impl DocumentText {
    /// Gives `document` (its metadata) this text.
    fn fill(self, document: &mut Document) {
        document.paragraphs = self.paragraphs;
        document.quotes = self.quotes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::corpus_of_texts;
    use crate::Query;

    fn corpus() -> Corpus {
        corpus_of_texts(&[
            ("a", "2024-01-01", "A", &["One paragraph of a.", "Two."]),
            ("b", "2024-02-01", "B", &["A paragraph of b that is longer than the others, by some way."]),
            ("c", "2024-03-01", "C", &["C."]),
        ])
    }

    fn shards(named: &[(String, String)]) -> Vec<TextShard> {
        named.iter().map(|(_, json)| TextShard::from_json(json).unwrap()).collect()
    }

    #[test]
    fn the_metadata_and_its_shards_make_the_corpus_again() {
        let whole = corpus();
        for shard_bytes in [1, 60, 100, 10_000] {
            let (metadata, named) =
                split(whole.data(), shard_bytes, |json| format!("text-{}.json", json.len()));
            assert!(metadata.documents.iter().all(|d| d.paragraphs.is_empty()), "no text in the metadata");
            assert_eq!(metadata.documents[0].digest.summary, "One paragraph of a.");
            let files: Vec<&str> = metadata.text_shards.iter().map(|e| e.file.as_str()).collect();
            assert_eq!(files, named.iter().map(|(file, _)| file.as_str()).collect::<Vec<_>>());
            let counts: u32 = metadata.text_shards.iter().map(|e| e.count).sum();
            assert_eq!(counts, 3);
            let metadata = Corpus::new(metadata).unwrap();
            assert!(!metadata.has_text());
            let joined = metadata.with_text(shards(&named)).unwrap();
            assert!(joined.has_text());
            assert_eq!(joined.data(), whole.data(), "at {shard_bytes} bytes a shard");
        }
    }

    #[test]
    fn a_link_is_read_from_the_metadata_as_from_the_whole_corpus() {
        let whole = corpus();
        let (metadata, _) = split(whole.data(), 1, |json| json.to_owned());
        let metadata = Corpus::new(metadata).unwrap();
        for link in ["doc=a&p=2", "doc=a&p=3", "doc=b&p=1", "doc=z&p=1"] {
            assert_eq!(Query::parse_for(link, &metadata), Query::parse_for(link, &whole), "{link}");
        }
        assert_eq!(Query::parse_for("doc=a&p=2", &metadata).0.p, Some(2));
    }

    #[test]
    fn the_explorer_of_the_metadata_takes_the_text_with_the_facets_it_has() {
        use crate::model::{Block, Tag};
        use crate::testing::document;
        use crate::{Explorer, Facet};
        let naming = |text: &str, person: &str| {
            let tag = Tag { facet: Facet::Person, slug: person.into(), words: Vec::new() };
            Paragraph::new(Block::Paragraph, text.into(), vec![tag])
        };
        let whole = crate::testing::corpus(
            &["ann", "bob"],
            vec![
                document("a", "2024-01-01", "A", vec![naming("Boats and Ann.", "ann")]),
                document("b", "2024-02-01", "B", vec![naming("Bob on boats.", "bob"), naming("Ann.", "ann")]),
                document("c", "2024-03-01", "C", vec![naming("Nothing.", "bob")]),
            ],
        );
        let (metadata, named) = split(whole.data(), 1, |json| format!("text-{}.json", json.len()));
        let json = serde_json::to_string(&metadata).unwrap();
        assert!(json.contains(r#""numbered":[[],[],[0,1],[]]"#) && !json.contains("mentions"), "{json}");
        let mut wrong: serde_json::Value = serde_json::from_str(&json).unwrap();
        wrong["documents"][1]["digest"]["numbered"][2][0] = serde_json::json!(2);
        let error = Corpus::from_json(&wrong.to_string()).err().unwrap().to_string();
        assert_eq!(error, "document b names person number 2, which the taxonomy has not");
        let metadata: &'static Corpus = Box::leak(Box::new(Corpus::new(metadata).unwrap()));
        let digests =
            |corpus: &Corpus| corpus.documents().iter().map(|d| d.digest.clone()).collect::<Vec<_>>();
        assert_eq!(digests(metadata), digests(&whole), "the slugs read back from their numbers");
        let joined: &'static Corpus = Box::leak(Box::new(metadata.with_text(shards(&named)).unwrap()));
        let listing = Explorer::deferring_search(metadata);
        let searching = listing.with_text(joined);
        let indexed_afresh = Explorer::new(&whole);
        for link in ["", "person=ann", "person=bob&q=boats", "q=ann", "q=boats&person=ann&sort=oldest"] {
            let query = Query::parse_for(link, &whole).0;
            assert!(searching.explore(&query) == indexed_afresh.explore(&query), "{link}");
        }
        let mut boats = searching.explore(&Query::parse_for("q=boats", &whole).0).evaluation.documents;
        boats.sort_unstable();
        assert_eq!(boats, [0, 1], "the search reads the text it was given");
    }

    #[test]
    fn a_shard_closes_once_it_passes_its_size() {
        let (metadata, _) = split(corpus().data(), 1, |json| json.to_owned());
        assert_eq!(metadata.text_shards.iter().map(|e| e.count).collect::<Vec<_>>(), [1, 1, 1]);
        let (metadata, _) = split(corpus().data(), 10_000, |json| json.to_owned());
        assert_eq!(metadata.text_shards.iter().map(|e| (e.first, e.count)).collect::<Vec<_>>(), [(0, 3)]);
    }

    #[test]
    fn a_shard_gives_its_documents_whole_without_the_rest() {
        let whole = corpus();
        let (metadata, named) = split(whole.data(), 1, |json| format!("text-{}.json", json.len()));
        let metadata = Corpus::new(metadata).unwrap();
        assert_eq!(
            (0..4).map(|p| metadata.shard_holding(p)).collect::<Vec<_>>(),
            [Some(0), Some(1), Some(2), None]
        );
        let second = metadata.documents_in(1, shards(&named).remove(1)).unwrap();
        assert_eq!(second, [whole.documents()[1].clone()]);
        let again = metadata.documents_in(1, TextShard::of(1, &[&second[0]])).unwrap();
        assert_eq!(again, second, "a shard made again from its documents gives them back");
        let error = metadata.documents_in(0, shards(&named).remove(1)).unwrap_err().to_string();
        assert!(error.contains("holds documents 1+1, not 0+1"), "{error}");
        assert!(metadata.documents_in(3, shards(&named).remove(0)).is_err());
    }

    #[test]
    fn shards_that_are_not_the_named_ones_are_refused() {
        let (metadata, named) = split(corpus().data(), 1, |json| format!("text-{}.json", json.len()));
        let metadata = Corpus::new(metadata).unwrap();
        let mut wrong = shards(&named);
        wrong.swap(0, 1);
        let error = metadata.with_text(wrong).unwrap_err().to_string();
        assert!(error.contains("holds documents 1+1, not 0+1"), "{error}");
        let error = metadata.with_text(shards(&named[..2])).unwrap_err().to_string();
        assert!(error.contains("2 shards for 3 named"), "{error}");
    }
}
