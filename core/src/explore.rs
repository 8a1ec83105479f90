//! A view's results: the search and the facet filters together, and how to
//! recover from a view with no results.

use crate::analysis::WordIndex;
use crate::model::Document;
use crate::search::{Passage, PreparedQuery, SearchIndex, SearchNote};
use crate::{Corpus, Date, Evaluation, Facet, FacetIndex, Query};
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// The indexes a view is computed from: the facet index at once, the
/// search index at once or, for a corpus that lives as long as the page
/// ([`Explorer::deferring_search`]), on the first search or when asked, and
/// the word counts of the analysis views on their first use.
pub struct Explorer {
    facets: FacetIndex,
    search: OnceLock<SearchIndex>,
    /// The corpus to index on first use, when the index was not built at once.
    to_index: Option<&'static Corpus>,
    words: OnceLock<WordIndex>,
    /// The last search's text and the documents it matched, best first: a
    /// filter's click keeps the search, so it ranks nothing again.
    last_ranking: Mutex<Option<(String, Arc<[usize]>)>>,
}

/// What a view shows.
///
/// Views are equal when they show the same results and counts for the same
/// search: another search with the same results has other passages.
#[derive(PartialEq)]
pub struct Outcome {
    pub evaluation: Evaluation,
    /// The search, ready to find the passages of the results on show.
    search: Option<PreparedQuery>,
}

impl Outcome {
    /// What the page says about words of the search matched only by completion or correction.
    pub fn notes(&self) -> &[SearchNote] {
        self.search.as_ref().map_or(&[], PreparedQuery::notes)
    }

    /// The byte ranges of a paragraph (or title) of the corpus that the
    /// search matches, to mark: see [`PreparedQuery::spans`].
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        self.search.as_ref().map_or_else(Vec::new, |search| search.spans(text))
    }

    /// The search, prepared against the index (none without search words).
    pub fn search(&self) -> Option<&PreparedQuery> {
        self.search.as_ref()
    }
}

/// One part of a query that could be taken away.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Search,
    Value(Facet, String),
    From(Date),
    To(Date),
}

/// A part whose removal alone would give results, with how many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub part: Part,
    pub count: usize,
}

/// "Did you mean …?": the search with each quoted word that matches nothing
/// spelt as the nearest word of the corpus, and how many results it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub q: String,
    pub count: usize,
}

impl Part {
    /// The parts of a query that narrow its results: the search text first,
    /// then each selected value, then the date bounds.
    pub fn of(query: &Query) -> Vec<Part> {
        let mut parts = Vec::new();
        if query.has_search() {
            parts.push(Part::Search);
        }
        for (facet, values) in &query.filters {
            parts.extend(values.iter().map(|slug| Part::Value(*facet, slug.clone())));
        }
        parts.extend(query.from.map(Part::From));
        parts.extend(query.to.map(Part::To));
        parts
    }

    /// Takes this part out of a query.
    pub fn remove_from(&self, query: &mut Query) {
        match self {
            Part::Search => query.q.clear(),
            Part::Value(facet, slug) => {
                if query.is_selected(*facet, slug) {
                    query.toggle(*facet, slug);
                }
            }
            Part::From(_) => query.from = None,
            Part::To(_) => query.to = None,
        }
    }
}

impl Explorer {
    /// Both indexes, built now.
    pub fn new(corpus: &Corpus) -> Explorer {
        let search = OnceLock::from(SearchIndex::new(corpus));
        Explorer {
            facets: FacetIndex::new(corpus),
            search,
            to_index: None,
            words: OnceLock::new(),
            last_ranking: Mutex::default(),
        }
    }

    /// The facet index now, the search index when first needed: the first
    /// view of a page without a search does not wait for it.
    pub fn deferring_search(corpus: &'static Corpus) -> Explorer {
        Explorer::indexing_search_later(FacetIndex::new(corpus), corpus)
    }

    /// This explorer's facet index over `corpus`, the same documents with
    /// their text, whose search index is built when first needed: the facets
    /// are read from the documents' metadata, so they are not built again.
    pub fn with_text(&self, corpus: &'static Corpus) -> Explorer {
        Explorer::indexing_search_later(self.facets.clone(), corpus)
    }

    fn indexing_search_later(facets: FacetIndex, corpus: &'static Corpus) -> Explorer {
        Explorer {
            facets,
            search: OnceLock::new(),
            to_index: Some(corpus),
            words: OnceLock::new(),
            last_ranking: Mutex::default(),
        }
    }

    /// Takes the search index of the corpus's metadata loaded from the
    /// build's index files ([`SearchIndex::from_head`]); false if it has one.
    pub fn take_search_index(&self, index: SearchIndex) -> bool {
        self.search.set(index).is_ok()
    }

    /// The postings files the search of a view needs that its index has
    /// not added yet: its words' and those of the search it would suggest
    /// (none without a search, or from an index of the text).
    pub fn missing_files(&self, query: &Query) -> Vec<usize> {
        if !query.has_search() {
            return Vec::new();
        }
        let index = self.search_index();
        let prepared = index.prepare(&query.q);
        let mut files = index.missing_files(&prepared);
        if let Some(suggested) = prepared.suggestion(&query.q) {
            files.extend(index.missing_files(&index.prepare(&suggested)));
            files.sort_unstable();
            files.dedup();
        }
        files
    }

    /// The search index, built if it is not yet.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| {
            let corpus = self.to_index.expect("an explorer without its search index keeps its corpus");
            assert!(corpus.has_text(), "a search of the metadata waits for its index (take_search_index)");
            SearchIndex::new(corpus)
        })
    }

    /// Whether the search index is built.
    pub fn search_is_indexed(&self) -> bool {
        self.search.get().is_some()
    }

    pub fn facets(&self) -> &FacetIndex {
        &self.facets
    }

    /// The word counts the analysis views compare, built on first use.
    pub fn words(&self) -> &WordIndex {
        self.words.get_or_init(|| WordIndex::new(self.search_index()))
    }

    /// The results of a query: filtered, searched, ordered and counted.
    pub fn explore(&self, query: &Query) -> Outcome {
        if !query.has_search() {
            return Outcome { evaluation: self.facets.evaluate(query), search: None };
        }
        let search = self.search_index().prepare(&query.q);
        let positions = self.ranked(&query.q, &search);
        let evaluation = self.facets.evaluate_within(query, Some(&positions));
        Outcome { evaluation, search: Some(search) }
    }

    /// The documents the search `q` (prepared as `search`) matches, best
    /// first: the last search's ranking again for the same text, once every
    /// postings file it needs has loaded (until then a file's arrival can
    /// change it, so it is ranked anew).
    fn ranked(&self, q: &str, search: &PreparedQuery) -> Arc<[usize]> {
        let mut last = self.last_ranking.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, positions)) = last.as_ref().filter(|(text, _)| text == q) {
            return positions.clone();
        }
        let index = self.search_index();
        let positions: Arc<[usize]> = index.hits(search).iter().map(|hit| hit.position).collect();
        if index.missing_files(search).is_empty() {
            *last = Some((q.to_owned(), positions.clone()));
        }
        positions
    }

    /// Like [`Explorer::explore`], among the documents at `among` only
    /// (positions in `Corpus::documents`, any order).
    pub fn explore_among(&self, query: &Query, among: &[usize]) -> Outcome {
        let search = query.has_search().then(|| self.search_index().prepare(&query.q));
        let allowed: std::collections::HashSet<usize> = among.iter().copied().collect();
        let positions: Vec<usize> = match &search {
            Some(search) => {
                self.ranked(&query.q, search).iter().copied().filter(|p| allowed.contains(p)).collect()
            }
            None => among.to_vec(),
        };
        Outcome { evaluation: self.facets.evaluate_within(query, Some(&positions)), search }
    }

    /// The best matching passages of a result (none without a search),
    /// marked in `document`'s text, the result with its text. Computed on
    /// demand, for the results a reader sees.
    pub fn passages(&self, outcome: &Outcome, position: usize, document: &Document) -> Vec<Passage> {
        let Some(search) = outcome.search.as_ref() else { return Vec::new() };
        let mut passages = self.search_index().passages(search, position);
        if !self.search_index().holds_text() {
            for passage in &mut passages {
                let text = document.paragraph(passage.paragraph).map_or("", |p| p.text.as_str());
                passage.marks = search.spans(text);
            }
        }
        passages
    }

    /// For a search with a quoted word that matches nothing, the same search
    /// with the word spelt as the nearest word of the corpus, if that gives results.
    pub fn suggestion(&self, query: &Query) -> Option<Suggestion> {
        let q = self.search_index().prepare(&query.q).suggestion(&query.q)?;
        let mut suggested = query.clone();
        suggested.q = q;
        let count = self.explore(&suggested).evaluation.documents.len();
        (count > 0).then_some(Suggestion { q: suggested.q, count })
    }

    /// Each single part of the query whose removal would give results, with
    /// the number it would give; the search text first, then filters.
    pub fn recoveries(&self, query: &Query) -> Vec<Recovery> {
        // Rank once: only removing the search text changes the matches.
        let matches: Option<Arc<[usize]>> =
            query.has_search().then(|| self.ranked(&query.q, &self.search_index().prepare(&query.q)));
        Part::of(query)
            .into_iter()
            .filter_map(|part| {
                let mut relaxed = query.clone();
                part.remove_from(&mut relaxed);
                let within = if part == Part::Search { None } else { matches.as_deref() };
                let count = self.facets.evaluate_within(&relaxed, within).documents.len();
                (count > 0).then_some(Recovery { part, count })
            })
            .collect()
    }
}
