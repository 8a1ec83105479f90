//! Running a prepared query on the index: which paragraphs match each
//! clause and with what BM25 score, which documents match every clause, and
//! their order (tier, then score rolled up from their paragraphs').

use super::index::SearchIndex;
use super::phrase::{paragraphs_with_all, phrase_starts, PhraseWord};
use super::prepare::{Matcher, PreparedQuery};
use super::scored::{merge_into, Scored};
use super::tier::Tiers;
use super::{DocumentHit, Passage};
use crate::order;
use std::ops::Range;

/// A title match counts as this many paragraph matches of the same strength.
pub(super) const TITLE_BOOST: f32 = 2.0;
/// Each paragraph after the best counts this much less than the one before.
pub(super) const DAMPING: f32 = 0.4;
/// Passages shown per document.
pub(super) const PASSAGES: usize = 3;

/// A document's score from its paragraphs' (a boosted title among them):
/// the best, plus 0.4 of the second, 0.16 of the third, and so on.
pub(super) fn roll_up(scores: &mut [f32]) -> f32 {
    order::sort_by(scores, |a, b| b.total_cmp(a));
    let mut weight = 1.0;
    let mut total = 0.0;
    for &score in scores.iter() {
        total += weight * score;
        weight *= DAMPING;
    }
    total
}

impl SearchIndex {
    /// The documents matching a query, best first, with their scores but no
    /// passages (see [`SearchIndex::passages`]). An empty query gives
    /// nothing; a query of exclusions only gives every other document,
    /// unscored and newest first.
    ///
    /// Hits are ordered by tier, then score, then newest first. The tier
    /// puts first the documents naming what the query spells (if it spells
    /// a name the taxonomy knows), then those with the query's separate
    /// words together in a paragraph (as a phrase, then within a few words),
    /// then those with its phrases in the form typed.
    pub fn hits(&self, query: &PreparedQuery) -> Vec<DocumentHit> {
        let all = self.all_paragraphs();
        let mut excluded: Vec<u32> = Vec::new();
        for matcher in &query.excluded {
            excluded
                .extend(self.matches(matcher, &all, 0).iter().map(|s| self.paragraph(s.paragraph).document));
        }
        excluded.sort_unstable();
        excluded.dedup();
        let is_excluded = |document: u32| excluded.binary_search(&document).is_ok();
        let mut hits: Vec<DocumentHit> = if query.required.is_empty() {
            if query.excluded.is_empty() {
                return Vec::new();
            }
            let kept = (0..self.document_count()).filter(|&d| !is_excluded(d as u32));
            kept.map(|position| DocumentHit { position, tier: 0, score: 0.0, passages: Vec::new() }).collect()
        } else {
            let scores = self.paragraph_scores(query, &all);
            let mut tiers_of = Tiers::new(self, query, &all);
            let every_clause = u32::MAX >> (32 - query.required.len());
            let (mut buffer, mut tiers) = (Vec::new(), Vec::new());
            // Paragraphs are numbered document by document, so each document's are one run.
            let by_document = scores.chunk_by(|a, b| {
                self.paragraph(a.paragraph).document == self.paragraph(b.paragraph).document
            });
            by_document
                .filter_map(|run| {
                    let document = self.paragraph(run[0].paragraph).document;
                    let clauses = run.iter().fold(0, |all, s| all | s.clauses);
                    if clauses != every_clause || is_excluded(document) {
                        return None;
                    }
                    // Only the paragraphs of the document's best tier count to its score.
                    tiers.clear();
                    tiers.extend(run.iter().map(|s| tiers_of.tier(s)));
                    let best = tiers.iter().copied().max().unwrap_or(0);
                    buffer.clear();
                    buffer.extend(
                        run.iter().zip(&tiers).filter(|(_, &t)| t == best).map(|(s, _)| self.boosted(s)),
                    );
                    let score = roll_up(&mut buffer);
                    let named = query.named.binary_search(&document).is_ok();
                    let tier = (u16::from(named) << 8) | best;
                    Some(DocumentHit { position: document as usize, tier, score, passages: Vec::new() })
                })
                .collect()
        };
        order::sort_by(&mut hits, |a, b| {
            let newest = |hit: &DocumentHit| self.newest_first.rank(hit.position);
            (b.tier.cmp(&a.tier)).then(b.score.total_cmp(&a.score)).then_with(|| newest(a).cmp(&newest(b)))
        });
        hits
    }

    /// A document's best paragraphs for a query (at most three), best
    /// first (by tier, then score), with their marks. Empty if it matches
    /// only in its title, or not at all.
    pub fn passages(&self, query: &PreparedQuery, position: usize) -> Vec<Passage> {
        if position >= self.document_count() || query.required.is_empty() {
            return Vec::new();
        }
        let paragraphs = self.document_paragraphs(position);
        let mut tiers = Tiers::new(self, query, &paragraphs);
        let mut body: Vec<(u16, Scored)> = self
            .paragraph_scores(query, &paragraphs)
            .into_iter()
            .map(|s| (tiers.tier(&s), s))
            .filter(|(_, s)| self.paragraph(s.paragraph).number > 0)
            .collect();
        order::sort_by(&mut body, |(ta, a), (tb, b)| {
            tb.cmp(ta).then(b.score.total_cmp(&a.score)).then(a.paragraph.cmp(&b.paragraph))
        });
        body.truncate(PASSAGES);
        body.into_iter()
            .map(|(_, s)| Passage {
                paragraph: self.paragraph(s.paragraph).number,
                score: s.score,
                marks: query.spans(self.paragraph_text(s.paragraph)),
            })
            .collect()
    }

    /// A paragraph's score, doubled for a title.
    fn boosted(&self, scored: &Scored) -> f32 {
        if self.paragraph(scored.paragraph).number == 0 {
            scored.score * TITLE_BOOST
        } else {
            scored.score
        }
    }

    /// The paragraphs (among `paragraphs`) that match any clause, sorted,
    /// each with its score summed over the clauses and the clauses it matches.
    pub(super) fn paragraph_scores(&self, query: &PreparedQuery, paragraphs: &Range<u32>) -> Vec<Scored> {
        let (mut total, mut clause, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
        for (c, matchers) in query.required.iter().enumerate() {
            clause.clear();
            for matcher in matchers {
                let found = self.matches(matcher, paragraphs, 1 << c);
                merge_into(&mut clause, &found, &mut scratch);
            }
            merge_into(&mut total, &clause, &mut scratch);
        }
        total
    }

    /// The paragraphs (among `paragraphs`) a matcher matches, sorted, with
    /// its BM25 score in each and `clauses` as their clause bits.
    fn matches(&self, matcher: &Matcher, paragraphs: &Range<u32>, clauses: u32) -> Vec<Scored> {
        let mut found: Vec<Scored> = Vec::new();
        match matcher {
            Matcher::Word(word) => {
                let (mut next, mut scratch) = (Vec::new(), Vec::new());
                for &term in &word.terms {
                    let postings = self.term_postings(term);
                    let idf = self.bm25.idf(self.paragraph_count(term));
                    let scored = postings.within(paragraphs).postings.iter().map(|p| Scored {
                        paragraph: p.paragraph,
                        score: self.bm25.weight(idf, p.count, self.paragraph(p.paragraph).length()),
                        clauses,
                        exact: false,
                    });
                    next.clear();
                    next.extend(scored);
                    merge_into(&mut found, &next, &mut scratch);
                }
            }
            Matcher::Phrase(words) => {
                let resolved: Option<Vec<PhraseWord>> = words
                    .iter()
                    .map(|word| {
                        let postings = self.term_postings(*word.terms.first()?);
                        Some(PhraseWord { postings: postings.within(paragraphs), written: word.written })
                    })
                    .collect();
                let Some(resolved) = resolved else { return found };
                let idf: f32 = words.iter().map(|w| self.bm25.idf(self.paragraph_count(w.terms[0]))).sum();
                paragraphs_with_all(&resolved, |postings| {
                    let (mut starts, mut exact) = (0, false);
                    phrase_starts(&resolved, postings, |_, as_typed| {
                        starts += 1;
                        exact |= as_typed;
                    });
                    if starts > 0 {
                        let paragraph = postings[0].paragraph;
                        let score = self.bm25.weight(idf, starts, self.paragraph(paragraph).length());
                        found.push(Scored { paragraph, score, clauses, exact });
                    }
                });
            }
        }
        found
    }
}
