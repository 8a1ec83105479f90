//! Building the index in two passes over the text. The first tokenises
//! once, interns the words and counts each term's postings and positions;
//! the second files every token straight into its place, so no per-term
//! lists are grown or sorted, and writes each paragraph's terms by position.

use super::access::TermSequences;
use super::bm25::Bm25;
use super::index::{total_positions, IndexedParagraph, SearchIndex};
use super::intern::Interner;
use super::names::Names;
use super::postings::{PostingStore, PostingsWriter};
use super::text::each_token;
use super::vocabulary::{IndexedWord, Vocabulary};
use crate::Corpus;

/// In the first pass's token stream: this token shares the previous one's position.
const SAME_POSITION: u32 = 1 << 31;

/// What the first pass counts per term (numbered in order of first appearance).
#[derive(Clone, Copy, Default)]
struct Counts {
    postings: u32,
    positions: u32,
    /// The last paragraph counted, to count a posting once per paragraph.
    last_paragraph: Option<u32>,
}

impl SearchIndex {
    pub fn new(corpus: &Corpus) -> SearchIndex {
        let sections = corpus.documents().iter().enumerate().flat_map(|(d, document)| {
            let body = document.paragraphs.iter().map(|p| p.text.as_str());
            std::iter::once(document.title.as_str()).chain(body).enumerate().map(move |(n, t)| (d, n, t))
        });
        // First pass: intern words, count each term's postings and positions, keep the word stream.
        let mut interner = Interner::default();
        let mut counts: Vec<Counts> = Vec::new();
        let (mut stream, mut stream_ends) = (Vec::new(), Vec::new());
        let (mut paragraphs, mut text, mut document_starts) = (Vec::new(), String::new(), Vec::new());
        for (document, number, paragraph_text) in sections {
            let id = paragraphs.len() as u32;
            if number == 0 {
                document_starts.push(id);
            }
            let mut previous = u32::MAX;
            each_token(paragraph_text, |word, _, position| {
                let (word_id, _) = interner.intern(word);
                assert!(word_id < SAME_POSITION, "too many words to index");
                counts.resize(interner.term_count(), Counts::default());
                let counted = &mut counts[interner.word_term(word_id).term as usize];
                if counted.last_paragraph != Some(id) {
                    counted.last_paragraph = Some(id);
                    counted.postings += 1;
                }
                counted.positions += 1;
                stream.push(if position == previous { word_id | SAME_POSITION } else { word_id });
                previous = position;
            });
            stream_ends.push(stream.len());
            let range = text.len()..text.len() + paragraph_text.len();
            text.push_str(paragraph_text);
            let length = previous.wrapping_add(1);
            paragraphs.push(IndexedParagraph::new(document as u32, number as u32, length, range));
        }
        document_starts.push(paragraphs.len() as u32);
        let interned = interner.finish();
        // Lay out each term's record in sorted order of terms.
        let mut by_sorted = vec![Counts::default(); counts.len()];
        for (old, count) in counts.into_iter().enumerate() {
            by_sorted[interned.renumbered[old] as usize] = count;
        }
        let mut writer = PostingsWriter::new(by_sorted.iter().map(|c| (c.postings, c.positions)));
        let mut sequences = TermSequences::default();
        let mut word_counts = vec![0u32; interned.words.len()];
        // Second pass: file each token, and write each position's term in order.
        let mut stream_start = 0;
        for (paragraph, &stream_end) in stream_ends.iter().enumerate() {
            sequences.starts.push(sequences.terms.len() as u32);
            let mut position = u32::MAX;
            for &token in &stream[stream_start..stream_end] {
                let word_id = (token & !SAME_POSITION) as usize;
                word_counts[word_id] += 1;
                let (_, word) = &interned.words[word_id];
                // A `£` amount's plain number comes second at its position: the amount stands there.
                if token & SAME_POSITION == 0 {
                    position = position.wrapping_add(1);
                    sequences.terms.push(word.term);
                    sequences.variants.push(word.variant);
                }
                writer.add(word.term, paragraph as u32, position, word.variant);
            }
            stream_start = stream_end;
        }
        sequences.starts.push(sequences.terms.len() as u32);
        // Each term's most frequent word as written (the first in alphabetical order among equals).
        let mut written: Vec<Option<(u32, &str, u16)>> = vec![None; interned.terms.len()];
        for ((text, word), &count) in interned.words.iter().zip(&word_counts) {
            let best = &mut written[word.term as usize];
            if best.is_none_or(|(most, first, _)| count > most || (count == most && text.as_str() < first)) {
                *best = Some((count, text, word.variant));
            }
        }
        let written = written.into_iter().map(|best| best.map_or(0, |(_, _, variant)| variant)).collect();
        let words = interned.words.into_iter().map(|(text, w)| IndexedWord {
            text,
            term: w.term,
            variant: w.variant,
        });
        SearchIndex {
            vocabulary: Vocabulary::new(words.collect(), interned.terms.len()),
            terms: interned.terms,
            postings: PostingStore::Built(writer.finish()),
            sequences,
            written,
            bm25: Bm25::new(paragraphs.len(), total_positions(&paragraphs)),
            body_words: body_words(&paragraphs, &document_starts),
            paragraphs,
            document_starts,
            text,
            names: Names::new(corpus),
            newest_first: corpus.newest_first().clone(),
            files: Vec::new(),
            learned: Vec::new(),
        }
    }
}

/// Per document, the positions of its body's paragraphs (its title, paragraph 0, left out).
fn body_words(paragraphs: &[IndexedParagraph], document_starts: &[u32]) -> Vec<u32> {
    let body = |pair: &[u32]| &paragraphs[pair[0] as usize + 1..pair[1] as usize];
    document_starts.windows(2).map(|pair| body(pair).iter().map(IndexedParagraph::length).sum()).collect()
}
