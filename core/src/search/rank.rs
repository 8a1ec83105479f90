//! Running a query on the index: which documents match, their scores rolled
//! up from their paragraphs', and the best passages with their marks.

use super::index::{merge_into, Scored, SearchIndex};
use super::query::{parse, Atom, ParsedQuery, Word};
use super::text::{marks, position_ranges};
use super::{DocumentHit, Passage};
use std::ops::Range;

/// A title match counts as this many paragraph matches of the same strength.
pub const TITLE_BOOST: f32 = 2.0;
/// Each paragraph after the best counts this much less than the one before.
pub const DAMPING: f32 = 0.25;
/// Passages shown per document.
pub const PASSAGES: usize = 3;
/// A word being typed completes to at most this many terms (the most frequent).
const MAX_COMPLETIONS: usize = 64;

/// A document's score from its paragraphs' (a boosted title among them):
/// the best, plus a quarter of the second, a sixteenth of the third, and so on.
pub fn roll_up(mut scores: Vec<f32>) -> f32 {
    roll_up_in_place(&mut scores)
}

/// [`roll_up`] in a caller's buffer (which it sorts).
fn roll_up_in_place(scores: &mut [f32]) -> f32 {
    scores.sort_unstable_by(|a, b| b.total_cmp(a));
    let mut weight = 1.0;
    let mut total = 0.0;
    for &score in scores.iter() {
        total += weight * score;
        weight *= DAMPING;
    }
    total
}

/// A query parsed and completed against an index, to rank with
/// [`SearchIndex::hits`] and then fetch passages for the hits on show with
/// [`SearchIndex::passages`].
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedQuery {
    query: ParsedQuery,
}

impl PreparedQuery {
    /// The query as parsed, with the word being typed completed.
    pub fn parsed(&self) -> &ParsedQuery {
        &self.query
    }
}

impl SearchIndex {
    /// Adds to each word being typed the terms of the indexed words it begins.
    fn complete(&self, mut query: ParsedQuery) -> ParsedQuery {
        for clause in &mut query.required {
            for atom in clause {
                if let Atom::Word(word) = atom {
                    if word.prefix {
                        self.complete_word(word);
                    }
                }
            }
        }
        query
    }

    fn complete_word(&self, word: &mut Word) {
        let first = self.words.partition_point(|w| w.text.as_str() < word.text.as_str());
        let mut ids: Vec<u32> = self.words[first..]
            .iter()
            .take_while(|w| w.text.starts_with(&word.text))
            .map(|w| w.term)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.sort_by_key(|&id| std::cmp::Reverse(self.term_postings(id as usize).len()));
        ids.truncate(MAX_COMPLETIONS);
        for id in ids {
            let completion = &self.terms[id as usize];
            if !word.terms.contains(completion) {
                word.terms.push(completion.clone());
            }
        }
    }

    /// Parses a query and completes the word being typed against the index.
    pub fn prepare(&self, q: &str) -> PreparedQuery {
        PreparedQuery { query: self.complete(parse(q)) }
    }

    /// The documents matching a query, best first (ties newest first), each
    /// with its best passages. An empty query gives nothing; a query of
    /// exclusions only gives every other document, unscored and newest first.
    ///
    /// This is [`SearchIndex::hits`] with [`SearchIndex::passages`] for every
    /// hit; a caller that shows only some hits should call those two instead,
    /// as passages cost far more than ranking.
    pub fn search(&self, q: &str) -> Vec<DocumentHit> {
        let query = self.prepare(q);
        let mut hits = self.hits(&query);
        for hit in &mut hits {
            hit.passages = self.passages(&query, hit.position);
        }
        hits
    }

    /// The documents matching a query, ordered as by [`SearchIndex::search`],
    /// with their scores but no passages (`passages` is empty).
    pub fn hits(&self, query: &PreparedQuery) -> Vec<DocumentHit> {
        let query = &query.query;
        let all = 0..self.paragraph_count();
        let mut excluded: Vec<u32> = Vec::new();
        for atom in &query.excluded {
            let found = self.matches(atom, &all, 0);
            excluded.extend(found.iter().map(|s| self.paragraphs[s.paragraph as usize].document));
        }
        excluded.sort_unstable();
        excluded.dedup();
        let is_excluded = |document: u32| excluded.binary_search(&document).is_ok();
        let documents = self.newest_rank.len();
        let mut hits: Vec<DocumentHit> = if query.required.is_empty() {
            if query.excluded.is_empty() {
                return Vec::new();
            }
            let kept = (0..documents).filter(|&d| !is_excluded(d as u32));
            kept.map(|position| DocumentHit { position, score: 0.0, passages: Vec::new() }).collect()
        } else {
            let scores = self.paragraph_scores(query, &all);
            let every_clause = u32::MAX >> (32 - query.required.len());
            let mut buffer = Vec::new();
            // Paragraphs are numbered document by document, so each document's are one run.
            let by_document = scores.chunk_by(|a, b| {
                self.paragraphs[a.paragraph as usize].document
                    == self.paragraphs[b.paragraph as usize].document
            });
            by_document
                .filter_map(|run| {
                    let document = self.paragraphs[run[0].paragraph as usize].document;
                    let clauses = run.iter().fold(0, |all, s| all | s.clauses);
                    if clauses != every_clause || is_excluded(document) {
                        return None;
                    }
                    buffer.clear();
                    buffer.extend(run.iter().map(|s| self.boosted(s)));
                    let score = roll_up_in_place(&mut buffer);
                    Some(DocumentHit { position: document as usize, score, passages: Vec::new() })
                })
                .collect()
        };
        hits.sort_by(|a, b| {
            let newest = |hit: &DocumentHit| self.newest_rank[hit.position];
            b.score.total_cmp(&a.score).then_with(|| newest(a).cmp(&newest(b)))
        });
        hits
    }

    /// A document's best paragraphs for a query (at most [`PASSAGES`]), best
    /// first, with their marks: what [`SearchIndex::search`] gives a hit.
    /// Empty if it matches only in its title, or not at all.
    pub fn passages(&self, query: &PreparedQuery, position: usize) -> Vec<Passage> {
        let query = &query.query;
        if position >= self.newest_rank.len() || query.required.is_empty() {
            return Vec::new();
        }
        let mut body = self.paragraph_scores(query, &self.document_paragraphs(position));
        body.retain(|s| self.paragraphs[s.paragraph as usize].number > 0);
        body.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.paragraph.cmp(&b.paragraph)));
        body.truncate(PASSAGES);
        body.into_iter()
            .map(|s| Passage {
                paragraph: self.paragraphs[s.paragraph as usize].number,
                score: s.score,
                marks: self.marks(s.paragraph, query),
            })
            .collect()
    }

    /// A paragraph's score, doubled for a title.
    fn boosted(&self, scored: &Scored) -> f32 {
        if self.paragraphs[scored.paragraph as usize].number == 0 {
            scored.score * TITLE_BOOST
        } else {
            scored.score
        }
    }

    /// The paragraphs (among `paragraphs`) that match any clause, sorted,
    /// each with its score summed over the clauses and the clauses it matches.
    fn paragraph_scores(&self, query: &ParsedQuery, paragraphs: &Range<u32>) -> Vec<Scored> {
        let (mut total, mut clause, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
        for (c, atoms) in query.required.iter().enumerate() {
            clause.clear();
            for atom in atoms {
                let found = self.matches(atom, paragraphs, 1 << c);
                merge_into(&mut clause, &found, &mut scratch);
            }
            merge_into(&mut total, &clause, &mut scratch);
        }
        total
    }

    /// The byte ranges, in a paragraph's text, of what the query's words and phrases match.
    fn marks(&self, paragraph: u32, query: &ParsedQuery) -> Vec<Range<usize>> {
        let mut spans = Vec::new();
        for atom in query.required.iter().flatten() {
            self.spans(atom, paragraph, &mut spans);
        }
        if spans.is_empty() {
            return Vec::new();
        }
        marks(&position_ranges(self.paragraph_text(paragraph)), spans)
    }
}
