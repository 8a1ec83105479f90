//! The tier of a paragraph for a query, which orders documents and passages
//! before their scores: twice how close together the paragraph has the
//! query's separate words ([`closeness`]), plus one when a phrase of the
//! query stands in it in the form typed.

use super::index::SearchIndex;
use super::phrase::closeness;
use super::postings::TermPostings;
use super::prepare::{Matcher, PreparedQuery};
use super::query::MAX_CLAUSES;
use super::scored::Scored;
use std::ops::Range;

/// Tiers of paragraphs asked for in increasing order, reading each word's
/// postings with a cursor that only moves forward.
pub(super) struct Tiers<'a> {
    /// Per separate word of the query: its clause bit, and each of its terms' postings with a cursor.
    words: Vec<(u32, Vec<(TermPostings<'a>, usize)>)>,
    /// Per separate word of several terms, its positions in the paragraph at hand.
    merged: Vec<Vec<u32>>,
}

impl<'a> Tiers<'a> {
    /// For paragraphs among `paragraphs`.
    pub fn new(index: &'a SearchIndex, query: &PreparedQuery, paragraphs: &Range<u32>) -> Tiers<'a> {
        let words: Vec<_> = query
            .together
            .iter()
            .map(|&c| {
                let terms = match &query.required[c][..] {
                    [Matcher::Word(word)] => word.terms.as_slice(),
                    _ => &[],
                };
                let postings =
                    terms.iter().map(|&t| (index.term_postings(t).within(paragraphs), 0)).collect();
                (1 << c, postings)
            })
            .collect();
        let merged = vec![Vec::new(); words.len()];
        Tiers { words, merged }
    }

    /// A paragraph's tier (paragraphs in increasing order).
    pub fn tier(&mut self, scored: &Scored) -> u16 {
        let exact = u16::from(scored.exact);
        let present = self.words.iter().filter(|(bit, _)| scored.clauses & bit != 0).count();
        if present < 2 {
            return ((present as u16) << 1) | exact;
        }
        let mut lists: [&[u32]; MAX_CLAUSES] = [&[]; MAX_CLAUSES];
        for (w, ((_, terms), merged)) in self.words.iter_mut().zip(&mut self.merged).enumerate() {
            merged.clear();
            let several = terms.len() > 1;
            for (postings, cursor) in terms.iter_mut() {
                let list = postings.postings;
                while *cursor < list.len() && list[*cursor].paragraph < scored.paragraph {
                    *cursor += 1;
                }
                if let Some(posting) = list.get(*cursor).filter(|p| p.paragraph == scored.paragraph) {
                    let positions = postings.positions(posting);
                    if several {
                        merged.extend_from_slice(positions);
                    } else {
                        lists[w] = positions;
                    }
                }
            }
            if several {
                merged.sort_unstable();
                lists[w] = merged;
            }
        }
        ((closeness(&lists[..self.words.len()]) as u16) << 1) | exact
    }
}
