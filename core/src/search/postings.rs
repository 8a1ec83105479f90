//! The postings: for each term, the paragraphs it occurs in, with its
//! positions there and, at each position, which of the term's words (as
//! written) stands there.
//!
//! Terms are numbered in sorted order. Each term's record is self-contained:
//! its postings, positions and word numbers are runs of three arrays, and a
//! posting points into its own term's positions (counted from the term's
//! first), so one term's record can be read, stored or fetched on its own.
//! [`PostingsWriter`] lays the records out from counts taken beforehand and
//! files each occurrence straight into its place; [`Postings::term`] reads
//! one back. [`PostingStore`] holds either every term's records, built from
//! the text, or those loaded from the build's index files so far
//! ([`super::parts`]); a [`TermRecord`] is one term's record as those files
//! hold it.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;

/// A term's occurrences in one paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Posting {
    pub paragraph: u32,
    /// Its first position, counted from the term's first.
    start: u32,
    /// The term's frequency in the paragraph.
    pub count: u32,
}

/// Every term's postings, term after term.
#[derive(Debug, Default)]
pub(super) struct Postings {
    /// Term `t`'s postings are `postings[posting_starts[t]..posting_starts[t + 1]]`.
    posting_starts: Vec<u32>,
    /// Term `t`'s positions (and word numbers) are `position_starts[t]..position_starts[t + 1]`.
    position_starts: Vec<u32>,
    postings: Vec<Posting>,
    positions: Vec<u32>,
    words: Vec<u16>,
}

/// One term's record (or the part of it in some paragraphs).
#[derive(Clone, Copy, Debug)]
pub(super) struct TermPostings<'a> {
    /// By paragraph.
    pub postings: &'a [Posting],
    positions: &'a [u32],
    words: &'a [u16],
}

/// One term's record as an index file holds it: per posting, its
/// paragraph (as the gap from the previous one), its count and the
/// paragraph's length in positions (which ranking weighs); per
/// position, the gap from the posting's previous position (the first
/// counted from 0) and its word number (none written when all are 0).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermRecord {
    #[serde(rename = "p")]
    paragraph_gaps: Vec<u32>,
    #[serde(rename = "c")]
    counts: Vec<u32>,
    #[serde(rename = "l")]
    lengths: Vec<u32>,
    #[serde(rename = "x")]
    position_gaps: Vec<u32>,
    #[serde(rename = "w", default, skip_serializing_if = "Vec::is_empty")]
    words: Vec<u16>,
}

/// Every term's postings, or those loaded so far.
pub(super) enum PostingStore {
    /// Every term's, built from the text.
    Built(Postings),
    /// Each term's once the index file holding it has loaded, with how
    /// many paragraphs each term is in known beforehand.
    Loaded { records: Vec<OnceLock<Postings>>, paragraph_counts: Vec<u32> },
}

impl PostingStore {
    /// A term's record; empty for a term not loaded.
    pub fn term(&self, term: usize) -> TermPostings<'_> {
        match self {
            PostingStore::Built(postings) => postings.term(term),
            PostingStore::Loaded { records, .. } => match records.get(term).and_then(OnceLock::get) {
                Some(record) => record.term(0),
                None => TermPostings { postings: &[], positions: &[], words: &[] },
            },
        }
    }

    /// In how many paragraphs a term occurs, loaded or not.
    pub fn paragraph_count(&self, term: usize) -> usize {
        match self {
            PostingStore::Built(postings) => postings.term(term).paragraph_count(),
            PostingStore::Loaded { paragraph_counts, .. } => paragraph_counts[term] as usize,
        }
    }

    /// Whether a term's record is here.
    pub fn has(&self, term: usize) -> bool {
        match self {
            PostingStore::Built(_) => true,
            PostingStore::Loaded { records, .. } => records.get(term).is_some_and(|r| r.get().is_some()),
        }
    }
}

impl TermRecord {
    /// Per posting, in order, its paragraph's length in positions.
    pub(super) fn lengths(&self) -> &[u32] {
        &self.lengths
    }

    /// The record, as a postings list of one term.
    pub(super) fn postings(&self) -> Result<Postings, String> {
        let positions: u64 = self.counts.iter().map(|&count| u64::from(count)).sum();
        if self.paragraph_gaps.len() != self.counts.len()
            || self.lengths.len() != self.counts.len()
            || self.position_gaps.len() as u64 != positions
            || !(self.words.is_empty() || self.words.len() as u64 == positions)
        {
            return Err("a term's record has lists of different lengths".to_owned());
        }
        let paragraphs = from_gaps(&self.paragraph_gaps).ok_or("a paragraph gap overflows")?;
        let (mut postings, mut absolute) = (Vec::with_capacity(self.counts.len()), Vec::new());
        let mut start = 0u32;
        for (&paragraph, &count) in paragraphs.iter().zip(&self.counts) {
            postings.push(Posting { paragraph, start, count });
            let gaps = &self.position_gaps[start as usize..(start + count) as usize];
            absolute.extend(from_gaps(gaps).ok_or("a position gap overflows")?);
            start += count;
        }
        let words = if self.words.is_empty() { vec![0; absolute.len()] } else { self.words.clone() };
        Ok(Postings {
            posting_starts: vec![0, postings.len() as u32],
            position_starts: vec![0, absolute.len() as u32],
            postings,
            positions: absolute,
            words,
        })
    }
}

impl Postings {
    pub fn term(&self, term: usize) -> TermPostings<'_> {
        let run = |starts: &[u32]| starts[term] as usize..starts[term + 1] as usize;
        let positions = run(&self.position_starts);
        TermPostings {
            postings: &self.postings[run(&self.posting_starts)],
            positions: &self.positions[positions.clone()],
            words: &self.words[positions],
        }
    }
}

impl<'a> TermPostings<'a> {
    /// In how many paragraphs the term occurs (of those this record covers).
    pub fn paragraph_count(&self) -> usize {
        self.postings.len()
    }

    /// The part of the record in some paragraphs.
    pub fn within(self, paragraphs: &Range<u32>) -> TermPostings<'a> {
        let first = self.postings.partition_point(|p| p.paragraph < paragraphs.start);
        let rest = &self.postings[first..];
        TermPostings { postings: &rest[..rest.partition_point(|p| p.paragraph < paragraphs.end)], ..self }
    }

    fn run(&self, posting: &Posting) -> Range<usize> {
        posting.start as usize..(posting.start + posting.count) as usize
    }

    /// A posting's positions, ascending.
    pub fn positions(&self, posting: &Posting) -> &'a [u32] {
        &self.positions[self.run(posting)]
    }

    /// A posting's word numbers, one per position.
    pub fn words(&self, posting: &Posting) -> &'a [u16] {
        &self.words[self.run(posting)]
    }

    /// The record as an index file holds it, with each paragraph's
    /// `length` in positions.
    pub fn record(&self, length: impl Fn(u32) -> u32) -> TermRecord {
        let paragraphs: Vec<u32> = self.postings.iter().map(|posting| posting.paragraph).collect();
        let mut record = TermRecord { paragraph_gaps: gaps(&paragraphs), ..TermRecord::default() };
        for posting in self.postings {
            record.counts.push(posting.count);
            record.lengths.push(length(posting.paragraph));
            record.position_gaps.extend(gaps(self.positions(posting)));
            record.words.extend_from_slice(self.words(posting));
        }
        if record.words.iter().all(|&w| w == 0) {
            record.words.clear();
        }
        record
    }
}

/// Ascending numbers as the gaps between them (the first from 0), which
/// the index's files hold because small numbers are short and repeat.
pub(super) fn gaps(ascending: &[u32]) -> Vec<u32> {
    let previous = std::iter::once(0).chain(ascending.iter().copied());
    ascending.iter().zip(previous).map(|(&number, previous)| number - previous).collect()
}

/// The numbers whose [`gaps`] these are; `None` if they pass `u32::MAX`.
pub(super) fn from_gaps(gaps: &[u32]) -> Option<Vec<u32>> {
    let mut at = 0u32;
    gaps.iter().map(|&gap| at.checked_add(gap).inspect(|&next| at = next)).collect()
}

/// Writes [`Postings`] from each term's counts, one occurrence at a time.
pub(super) struct PostingsWriter {
    postings: Postings,
    /// Per term, where its next posting and next position go.
    next_posting: Vec<u32>,
    next_position: Vec<u32>,
}

impl PostingsWriter {
    /// Room for each term's `(postings, positions)`, as counted beforehand.
    pub fn new(counts: impl ExactSizeIterator<Item = (u32, u32)>) -> PostingsWriter {
        let mut posting_starts = Vec::with_capacity(counts.len() + 1);
        let mut position_starts = Vec::with_capacity(counts.len() + 1);
        let (mut postings, mut positions) = (0, 0);
        for (posting_count, position_count) in counts {
            posting_starts.push(postings);
            position_starts.push(positions);
            postings += posting_count;
            positions += position_count;
        }
        let next_posting = posting_starts.clone();
        let next_position = position_starts.clone();
        posting_starts.push(postings);
        position_starts.push(positions);
        let postings = Postings {
            posting_starts,
            position_starts,
            postings: vec![Posting::default(); postings as usize],
            positions: vec![0; positions as usize],
            words: vec![0; positions as usize],
        };
        PostingsWriter { postings, next_posting, next_position }
    }

    /// Files an occurrence of a term. Each term's occurrences must come in
    /// order of paragraph, then position, and fill exactly its counts.
    pub fn add(&mut self, term: u32, paragraph: u32, position: u32, word: u16) {
        let term = term as usize;
        let first_posting = self.postings.posting_starts[term] as usize;
        let next = self.next_posting[term] as usize;
        let at = self.next_position[term] as usize;
        if next == first_posting || self.postings.postings[next - 1].paragraph != paragraph {
            let start = at as u32 - self.postings.position_starts[term];
            self.postings.postings[next] = Posting { paragraph, start, count: 0 };
            self.next_posting[term] += 1;
        }
        self.postings.postings[self.next_posting[term] as usize - 1].count += 1;
        self.postings.positions[at] = position;
        self.postings.words[at] = word;
        self.next_position[term] += 1;
    }

    pub fn finish(self) -> Postings {
        self.postings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two terms: term 0 at (paragraph 1: positions 0, 4) and (paragraph 3: 2);
    /// term 1 at (paragraph 3: 0).
    fn written() -> Postings {
        let mut writer = PostingsWriter::new([(2, 3), (1, 1)].into_iter());
        writer.add(0, 1, 0, 0);
        writer.add(1, 3, 0, 0);
        writer.add(0, 1, 4, 1);
        writer.add(0, 3, 2, 0);
        writer.finish()
    }

    #[test]
    fn each_term_reads_back_its_paragraphs_positions_and_words() {
        let postings = written();
        let first = postings.term(0);
        let paragraphs: Vec<(u32, u32)> = first.postings.iter().map(|p| (p.paragraph, p.count)).collect();
        assert_eq!(paragraphs, [(1, 2), (3, 1)]);
        assert_eq!(first.positions(&first.postings[0]), [0, 4]);
        assert_eq!(first.words(&first.postings[0]), [0, 1]);
        assert_eq!(first.positions(&first.postings[1]), [2]);
        let second = postings.term(1);
        assert_eq!(second.paragraph_count(), 1);
        assert_eq!(second.positions(&second.postings[0]), [0]);
    }

    #[test]
    fn a_posting_points_into_its_own_terms_positions() {
        let postings = written();
        let second = postings.term(1);
        let posting = second.postings[0];
        assert_eq!(posting.start, 0, "counted from the term's first position, not the array's");
    }

    #[test]
    fn a_terms_record_reads_back_as_it_was_written() {
        let postings = written();
        for term in 0..2 {
            let record = postings.term(term).record(|paragraph| paragraph * 10);
            let json = serde_json::to_string(&record).unwrap();
            let back: TermRecord = serde_json::from_str(&json).unwrap();
            let read = back.postings().unwrap();
            let (one, other) = (postings.term(term), read.term(0));
            assert_eq!(
                one.postings.iter().map(|p| (p.paragraph, p.count)).collect::<Vec<_>>(),
                other.postings.iter().map(|p| (p.paragraph, p.count)).collect::<Vec<_>>()
            );
            for (a, b) in one.postings.iter().zip(other.postings) {
                assert_eq!(one.positions(a), other.positions(b));
                assert_eq!(one.words(a), other.words(b));
            }
            let paragraphs = one.postings.iter().map(|p| p.paragraph * 10);
            assert_eq!(back.lengths(), paragraphs.collect::<Vec<_>>(), "each posting's paragraph's length");
        }
        let second = serde_json::to_string(&postings.term(1).record(|paragraph| paragraph * 10)).unwrap();
        assert_eq!(
            second, r#"{"p":[3],"c":[1],"l":[30],"x":[0]}"#,
            "gaps, and no word numbers when all are 0"
        );
    }

    #[test]
    fn a_record_with_lists_of_different_lengths_is_refused() {
        let broken: TermRecord = serde_json::from_str(r#"{"p":[3,1],"c":[1],"l":[5],"x":[0]}"#).unwrap();
        assert!(broken.postings().is_err());
        let no_length: TermRecord = serde_json::from_str(r#"{"p":[3],"c":[1],"l":[],"x":[0]}"#).unwrap();
        assert!(no_length.postings().is_err(), "a posting without its paragraph's length");
    }

    #[test]
    fn a_record_narrows_to_some_paragraphs() {
        let postings = written();
        let first = postings.term(0);
        assert_eq!(first.within(&(2..10)).postings.len(), 1);
        assert_eq!(first.within(&(0..2)).postings[0].paragraph, 1);
        assert!(first.within(&(4..10)).postings.is_empty());
    }
}
