//! The index in parts, for a search that fetches only what it needs: a
//! head (every term with its words and the number of paragraphs it is in,
//! each document's number of paragraphs and of words, the names the
//! taxonomy knows, and which file holds which terms) and the terms'
//! postings in files of consecutive terms, about a set size each. A
//! paragraph's length, which ranking weighs, comes with each of its terms'
//! postings, not in the head: at 5,000 documents the head would otherwise
//! hold over a hundred thousand of them, nearly all for paragraphs no
//! search of a visit ranks. The build writes them
//! ([`SearchIndex::split`]); the page loads the head
//! ([`SearchIndex::from_head`]), prepares a query against it (completion
//! and typos need only the words), fetches the files of the query's terms
//! ([`SearchIndex::missing_files`]) and adds them ([`SearchIndex::add_file`]):
//! the index ranks as the whole index does, and holds no text, so the
//! passages' marks are read from the documents' text when it is there.

use super::access::TermSequences;
use super::bm25::Bm25;
use super::front_coding;
use super::index::{total_positions, IndexedParagraph, SearchIndex};
use super::names::Names;
use super::postings::{from_gaps, gaps, PostingStore, TermRecord};
use super::prepare::{Matcher, PreparedQuery};
use super::text::term;
use super::vocabulary::{IndexedWord, Vocabulary};
use crate::order;
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// What a search needs before any postings: see the module docs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexHead {
    /// Every term, sorted.
    terms: HeadTerms,
    /// Per document, how many paragraphs it has, its title counted as one.
    paragraphs: Vec<u32>,
    /// Per document, the words (positions) of its body, its title left out.
    body_words: Vec<u32>,
    /// The positions of every paragraph, titles included, for the average length.
    positions: u64,
    /// Each name the taxonomy knows, as its terms, with the documents
    /// naming it (each position as the gap from the one before).
    names: Vec<(Vec<String>, Vec<u32>)>,
    /// The postings files, in order of their terms.
    files: Vec<PostingsFile>,
}

/// The terms, in lists of one entry per term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct HeadTerms {
    /// The number of paragraphs it is in.
    paragraphs: Vec<u32>,
    /// Its most frequent word as written, by number.
    written: Vec<u16>,
    /// Its words as written, in order of number, the first of which gives
    /// the term (its stem), so the head need not spell it: a line per term,
    /// front-coded ([`super::front_coding`]).
    words: String,
}

/// A postings file: its name, and its first term (it holds the terms up to the next file's first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostingsFile {
    pub file: String,
    pub first: u32,
}

/// The postings of consecutive terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostingsPart {
    /// Its first term.
    first: u32,
    terms: Vec<TermRecord>,
}

impl IndexHead {
    pub fn from_json(json: &str) -> Result<IndexHead, serde_json::Error> {
        serde_json::from_str(json)
    }
}

impl PostingsPart {
    pub fn from_json(json: &str) -> Result<PostingsPart, serde_json::Error> {
        serde_json::from_str(json)
    }
}

impl SearchIndex {
    /// The index as a head and its postings files, each (file name, JSON):
    /// a file is closed once its JSON passes `file_bytes`, so a term with
    /// more postings has a file of its own; `file_name` names a file by its JSON.
    pub fn split(
        &self,
        file_bytes: usize,
        file_name: impl Fn(&str) -> String,
    ) -> (IndexHead, Vec<(String, String)>) {
        let mut written = Vec::new();
        let mut files = Vec::new();
        let mut open = PostingsPart { first: 0, terms: Vec::new() };
        let mut size = 0;
        let mut close = |part: &mut PostingsPart, next: u32| {
            let closed = std::mem::replace(part, PostingsPart { first: next, terms: Vec::new() });
            let json = serde_json::to_string(&closed).expect("postings serialise");
            let file = file_name(&json);
            files.push(PostingsFile { file: file.clone(), first: closed.first });
            written.push((file, json));
        };
        for term in 0..self.term_count() as u32 {
            let record = self.term_postings(term).record(|paragraph| self.paragraph(paragraph).length());
            size += serde_json::to_string(&record).expect("postings serialise").len();
            open.terms.push(record);
            if size >= file_bytes {
                close(&mut open, term + 1);
                size = 0;
            }
        }
        if !open.terms.is_empty() {
            close(&mut open, self.term_count() as u32);
        }
        let words = (0..self.term_count() as u32).map(|term| {
            let mut words: Vec<&IndexedWord> = self.vocabulary.words_of(term).collect();
            order::sort_by_key(&mut words, |word| word.variant);
            words.into_iter().map(|word| word.text.as_str()).collect()
        });
        let terms = HeadTerms {
            paragraphs: (0..self.term_count() as u32).map(|term| self.paragraph_count(term) as u32).collect(),
            written: self.written.clone(),
            words: front_coding::encode(words),
        };
        let names = self.names.list().into_iter().map(|(terms, documents)| (terms, gaps(&documents)));
        let paragraphs = self.document_starts.windows(2).map(|pair| pair[1] - pair[0]).collect();
        let head = IndexHead {
            terms,
            paragraphs,
            body_words: self.body_words.clone(),
            positions: total_positions(&self.paragraphs),
            names: names.collect(),
            files,
        };
        (head, written)
    }

    /// The index of a corpus's metadata and its index head, without
    /// postings until its files are added; or what is wrong with the head.
    pub fn from_head(head: IndexHead, corpus: &Corpus) -> Result<SearchIndex, String> {
        if head.paragraphs.len() != corpus.documents().len() {
            return Err(format!(
                "the index has {} documents, the corpus {}",
                head.paragraphs.len(),
                corpus.documents().len()
            ));
        }
        if head.body_words.len() != head.paragraphs.len() {
            return Err(format!(
                "the index has {} documents' words for {} documents",
                head.body_words.len(),
                head.paragraphs.len()
            ));
        }
        let total: u64 = head.paragraphs.iter().map(|&n| u64::from(n)).sum();
        let total = usize::try_from(total).map_err(|_| "the index has too many paragraphs")?;
        let HeadTerms { paragraphs: counts, written, words } = head.terms;
        let words = front_coding::decode(&words)?;
        if counts.len() != words.len() || written.len() != words.len() {
            return Err(format!(
                "the index has {} terms' words, {} terms' paragraph counts and {} terms' most frequent words",
                words.len(),
                counts.len(),
                written.len()
            ));
        }
        let terms: Vec<String> = words.iter().map(|words| term(&words[0])).collect();
        if !terms.windows(2).all(|pair| pair[0] < pair[1]) {
            return Err("the index's terms are not in order".to_owned());
        }
        let in_order = head.files.windows(2).all(|pair| pair[0].first < pair[1].first);
        let covered = match (head.files.first(), head.files.last()) {
            (Some(first), Some(last)) => first.first == 0 && (last.first as usize) < terms.len(),
            _ => terms.is_empty(),
        };
        if !in_order || !covered {
            return Err("the index's postings files do not cover its terms in order".to_owned());
        }
        let mut paragraphs = Vec::with_capacity(total);
        let mut document_starts = Vec::with_capacity(head.paragraphs.len() + 1);
        for (document, &count) in head.paragraphs.iter().enumerate() {
            document_starts.push(paragraphs.len() as u32);
            let numbers = 0..count;
            paragraphs.extend(numbers.map(|number| IndexedParagraph::new(document as u32, number, 0, 0..0)));
        }
        document_starts.push(paragraphs.len() as u32);
        if let Some(term) = (0..terms.len()).find(|&term| usize::from(written[term]) >= words[term].len()) {
            return Err(format!("the index's term {term} has no word {}", written[term]));
        }
        let words = words.into_iter().enumerate().flat_map(|(term, variants)| {
            let variants = variants.into_iter().enumerate();
            variants.map(move |(v, text)| IndexedWord { text, term: term as u32, variant: v as u16 })
        });
        let words: Vec<IndexedWord> = words.collect();
        let names: Option<Vec<(Vec<String>, Vec<u32>)>> =
            head.names.into_iter().map(|(terms, gaps)| Some((terms, from_gaps(&gaps)?))).collect();
        let names = names.ok_or("a name's document gap overflows")?;
        Ok(SearchIndex {
            vocabulary: Vocabulary::new(words, terms.len()),
            postings: PostingStore::Loaded {
                records: terms.iter().map(|_| OnceLock::new()).collect(),
                paragraph_counts: counts,
            },
            terms,
            sequences: TermSequences::default(),
            written,
            bm25: Bm25::new(paragraphs.len(), head.positions),
            paragraphs,
            document_starts,
            body_words: head.body_words,
            text: String::new(),
            names: Names::from_list(names),
            newest_first: corpus.newest_first().clone(),
            files: head.files,
            learned: head.paragraphs.iter().map(|_| OnceLock::new()).collect(),
        })
    }

    /// The postings files (by number in the head's list) that hold terms
    /// the query matches and that have not been added yet, in order.
    pub fn missing_files(&self, query: &PreparedQuery) -> Vec<usize> {
        let matchers = query.required.iter().flatten().chain(&query.excluded);
        let words = matchers.flat_map(|matcher| match matcher {
            Matcher::Word(word) => std::slice::from_ref(word),
            Matcher::Phrase(words) => words.as_slice(),
        });
        let terms = words.flat_map(|word| &word.terms).filter(|&&term| !self.postings.has(term as usize));
        let mut files: Vec<usize> =
            terms.map(|&term| self.files.partition_point(|file| file.first <= term) - 1).collect();
        files.sort_unstable();
        files.dedup();
        files
    }

    /// The name of the `index`th postings file.
    pub fn file_name(&self, index: usize) -> Option<&str> {
        self.files.get(index).map(|file| file.file.as_str())
    }

    /// Adds the `index`th postings file's terms and their paragraphs'
    /// lengths; refused if it is not that file, or its postings point past
    /// the index's paragraphs or give a paragraph another length than
    /// another file gave it.
    pub fn add_file(&self, index: usize, part: PostingsPart) -> Result<(), String> {
        let PostingStore::Loaded { records, .. } = &self.postings else {
            return Ok(());
        };
        let named = self.files.get(index).ok_or_else(|| format!("no postings file {index}"))?;
        let end = self.files.get(index + 1).map_or(self.term_count() as u32, |next| next.first);
        if part.first != named.first || part.terms.len() != (end - named.first) as usize {
            return Err(format!(
                "{} holds terms {}+{}, not {}+{}",
                named.file,
                part.first,
                part.terms.len(),
                named.first,
                end - named.first
            ));
        }
        for (term, record) in (part.first..).zip(&part.terms) {
            let postings = record.postings()?;
            let last = postings.term(0).postings.last().map_or(0, |p| p.paragraph);
            if last as usize >= self.paragraphs.len() {
                return Err(format!("{} names paragraph {last} of {}", named.file, self.paragraphs.len()));
            }
            for (posting, &length) in postings.term(0).postings.iter().zip(record.lengths()) {
                let paragraph = posting.paragraph;
                self.paragraph(paragraph).learn_length(length).map_err(|before| {
                    format!("{} gives paragraph {paragraph} {length} words, not {before}", named.file)
                })?;
            }
            let _ = records[term as usize].set(postings);
        }
        Ok(())
    }

    /// Whether the index holds the corpus's text (else it was loaded from the build's files).
    pub fn holds_text(&self) -> bool {
        matches!(self.postings, PostingStore::Built(_))
    }
}
