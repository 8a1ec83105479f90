//! Loading the embedded corpus JSON and looking things up in it.

use crate::model::{CorpusData, Document, MentionSlugs, Taxonomy};
use crate::order;
use crate::Facet;
use std::collections::HashMap;
use std::fmt;

/// The corpus, ready for lookups.
#[derive(Debug)]
pub struct Corpus {
    data: CorpusData,
    by_id: HashMap<String, usize>,
    newest_first: NewestFirst,
}

/// The documents in the order the explorer lists them without a search:
/// newest first, ties by id. Computed once, when the corpus is loaded.
#[derive(Clone, Debug)]
pub struct NewestFirst {
    /// Document positions (in [`Corpus::documents`]) by rank.
    by_rank: Vec<usize>,
    /// The inverse: each document position's rank.
    rank_of: Vec<u32>,
}

impl NewestFirst {
    fn new(documents: &[Document]) -> NewestFirst {
        let mut by_rank: Vec<usize> = (0..documents.len()).collect();
        order::sort_by(&mut by_rank, |&a, &b| {
            let (a, b) = (&documents[a], &documents[b]);
            b.date.value.cmp(&a.date.value).then_with(|| a.id.cmp(&b.id))
        });
        let mut rank_of = vec![0; documents.len()];
        for (rank, &position) in by_rank.iter().enumerate() {
            rank_of[position] = rank as u32;
        }
        NewestFirst { by_rank, rank_of }
    }

    /// Document positions, newest first.
    pub fn positions(&self) -> &[usize] {
        &self.by_rank
    }

    /// A document position's rank: 0 for the newest.
    pub fn rank(&self, position: usize) -> usize {
        self.rank_of[position] as usize
    }
}

/// Why the embedded corpus could not be loaded (a build bug, never a reader's fault).
#[derive(Debug)]
pub enum CorpusError {
    Json(serde_json::Error),
    UnknownSlug {
        document: String,
        facet: Facet,
        slug: String,
    },
    /// A value of the metadata's numbered mentions past its facet's list.
    UnknownNumber {
        document: String,
        facet: Facet,
        number: u32,
    },
    DuplicateId(String),
    /// A quote whose paragraphs or start are not in its document.
    MisplacedQuote {
        document: String,
        first: u32,
    },
    /// A text shard that is not the one the metadata names.
    TextShard(String),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Json(error) => write!(f, "the corpus JSON is invalid: {error}"),
            CorpusError::UnknownSlug { document, facet, slug } => {
                write!(f, "document {document} has unknown {} {slug:?}", facet.key())
            }
            CorpusError::UnknownNumber { document, facet, number } => {
                write!(
                    f,
                    "document {document} names {} number {number}, which the taxonomy has not",
                    facet.key()
                )
            }
            CorpusError::DuplicateId(id) => write!(f, "two documents have the id {id:?}"),
            CorpusError::MisplacedQuote { document, first } => {
                write!(f, "document {document} has a quote at paragraph {first} that it does not hold")
            }
            CorpusError::TextShard(problem) => write!(f, "a text shard does not fit the corpus: {problem}"),
        }
    }
}

impl std::error::Error for CorpusError {}

impl Corpus {
    /// Parses compiled corpus JSON and checks that every slug it uses (speakers too) exists.
    pub fn from_json(json: &str) -> Result<Corpus, CorpusError> {
        let data: CorpusData = serde_json::from_str(json).map_err(CorpusError::Json)?;
        Corpus::new(data)
    }

    pub fn new(mut data: CorpusData) -> Result<Corpus, CorpusError> {
        let slugs = MentionSlugs::of(&data.taxonomy);
        for document in &mut data.documents {
            document.digest.name(&slugs).map_err(|(facet, number)| CorpusError::UnknownNumber {
                document: document.id.clone(),
                facet,
                number,
            })?;
        }
        let mut by_id = HashMap::with_capacity(data.documents.len());
        for (position, document) in data.documents.iter().enumerate() {
            if by_id.insert(document.id.clone(), position).is_some() {
                return Err(CorpusError::DuplicateId(document.id.clone()));
            }
            if let Some(quote) = document.quotes.iter().find(|q| q.parts(document).is_none()) {
                return Err(CorpusError::MisplacedQuote {
                    document: document.id.clone(),
                    first: quote.first,
                });
            }
            let speakers = document.quotes.iter().map(|q| q.speaker.as_str());
            let used = Facet::ALL
                .into_iter()
                .flat_map(|facet| document.facet_values(facet).into_iter().map(move |slug| (facet, slug)))
                .chain(speakers.map(|slug| (Facet::Person, slug)));
            for (facet, slug) in used {
                if data.taxonomy.label(facet, slug).is_none() {
                    return Err(CorpusError::UnknownSlug {
                        document: document.id.clone(),
                        facet,
                        slug: slug.to_owned(),
                    });
                }
            }
        }
        let newest_first = NewestFirst::new(&data.documents);
        Ok(Corpus { data, by_id, newest_first })
    }

    /// The compiled data, as loaded.
    pub fn data(&self) -> &CorpusData {
        &self.data
    }

    pub fn documents(&self) -> &[Document] {
        &self.data.documents
    }

    /// The documents newest first, as listed without a search.
    pub fn newest_first(&self) -> &NewestFirst {
        &self.newest_first
    }

    pub fn taxonomy(&self) -> &Taxonomy {
        &self.data.taxonomy
    }

    pub fn version(&self) -> &str {
        &self.data.version
    }

    /// The position of a document in [`Corpus::documents`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.position(id).map(|position| &self.data.documents[position])
    }
}
