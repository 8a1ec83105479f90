//! Running a query on the index: which documents match, their scores rolled
//! up from their paragraphs', and the best passages with their marks.

use super::index::SearchIndex;
use super::query::{parse, Atom, ParsedQuery, Word};
use super::text::{marks, ranges_by_position, tokenize};
use super::{DocumentHit, Passage};

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
    scores.sort_unstable_by(|a, b| b.total_cmp(a));
    let mut weight = 1.0;
    let mut total = 0.0;
    for score in scores {
        total += weight * score;
        weight *= DAMPING;
    }
    total
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
        let first = self.words.partition_point(|(w, _)| w.as_str() < word.text.as_str());
        let mut ids: Vec<u32> = self.words[first..]
            .iter()
            .take_while(|(w, _)| w.starts_with(&word.text))
            .map(|&(_, id)| id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.sort_by_key(|&id| std::cmp::Reverse(self.postings[id as usize].len()));
        ids.truncate(MAX_COMPLETIONS);
        for id in ids {
            let completion = &self.terms[id as usize];
            if !word.terms.contains(completion) {
                word.terms.push(completion.clone());
            }
        }
    }

    /// The documents matching a query, best first (ties newest first), each
    /// with its best passages. An empty query gives nothing; a query of
    /// exclusions only gives every other document, unscored and newest first.
    pub fn search(&self, q: &str) -> Vec<DocumentHit> {
        let query = self.complete(parse(q));
        let documents = self.newest_rank.len();
        let mut excluded = vec![false; documents];
        for atom in &query.excluded {
            for (paragraph, _) in self.matches(atom) {
                excluded[self.paragraphs[paragraph as usize].document as usize] = true;
            }
        }
        let mut hits: Vec<DocumentHit> = if query.required.is_empty() {
            if query.excluded.is_empty() {
                return Vec::new();
            }
            let kept = (0..documents).filter(|&d| !excluded[d]);
            kept.map(|position| DocumentHit { position, score: 0.0, passages: Vec::new() }).collect()
        } else {
            self.scored_hits(&query, &excluded)
        };
        hits.sort_by(|a, b| {
            let newest = |hit: &DocumentHit| self.newest_rank[hit.position];
            b.score.total_cmp(&a.score).then_with(|| newest(a).cmp(&newest(b)))
        });
        hits
    }

    fn scored_hits(&self, query: &ParsedQuery, excluded: &[bool]) -> Vec<DocumentHit> {
        let clauses: Vec<Vec<(u32, f32)>> = query
            .required
            .iter()
            .map(|atoms| {
                let mut found: Vec<(u32, f32)> = atoms.iter().flat_map(|atom| self.matches(atom)).collect();
                found.sort_unstable_by_key(|&(paragraph, _)| paragraph);
                found.dedup_by(|b, a| {
                    a.0 == b.0 && {
                        a.1 += b.1;
                        true
                    }
                });
                found
            })
            .collect();
        // A document matches when each clause matches somewhere in it.
        let mut clauses_matched = vec![0_u32; excluded.len()];
        for found in &clauses {
            // Matches are by paragraph, so a document's are contiguous: count it once.
            let mut previous = None;
            for &(paragraph, _) in found {
                let document = self.paragraphs[paragraph as usize].document as usize;
                if previous != Some(document) {
                    clauses_matched[document] += 1;
                    previous = Some(document);
                }
            }
        }
        let all = clauses.len() as u32;
        let wanted = |document: usize| clauses_matched[document] == all && !excluded[document];
        let mut scores: Vec<(u32, f32)> = clauses
            .into_iter()
            .flatten()
            .filter(|&(p, _)| wanted(self.paragraphs[p as usize].document as usize))
            .collect();
        scores.sort_unstable_by_key(|&(paragraph, _)| paragraph);
        scores.dedup_by(|b, a| {
            a.0 == b.0 && {
                a.1 += b.1;
                true
            }
        });
        // Paragraphs are numbered document by document, so each document's are one run.
        let by_document = scores.chunk_by(|a, b| {
            self.paragraphs[a.0 as usize].document == self.paragraphs[b.0 as usize].document
        });
        by_document.map(|run| self.hit(run, query)).collect()
    }

    fn hit(&self, run: &[(u32, f32)], query: &ParsedQuery) -> DocumentHit {
        let position = self.paragraphs[run[0].0 as usize].document as usize;
        let boosted =
            |&(p, s): &(u32, f32)| if self.paragraphs[p as usize].number == 0 { s * TITLE_BOOST } else { s };
        let score = roll_up(run.iter().map(boosted).collect());
        let mut body: Vec<(u32, f32)> =
            run.iter().copied().filter(|&(p, _)| self.paragraphs[p as usize].number > 0).collect();
        body.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        body.truncate(PASSAGES);
        let passages = body
            .into_iter()
            .map(|(paragraph, score)| Passage {
                paragraph: self.paragraphs[paragraph as usize].number,
                score,
                marks: self.marks(paragraph, query),
            })
            .collect();
        DocumentHit { position, score, passages }
    }

    /// The byte ranges, in a paragraph's text, of what the query's words and phrases match.
    fn marks(&self, paragraph: u32, query: &ParsedQuery) -> Vec<std::ops::Range<usize>> {
        let atoms = query.required.iter().flatten();
        let spans: Vec<(u32, u32)> = atoms.flat_map(|atom: &Atom| self.spans(atom, paragraph)).collect();
        marks(&ranges_by_position(&tokenize(self.paragraph_text(paragraph))), spans)
    }
}
