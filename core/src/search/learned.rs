//! The text of some documents, learned by an index loaded from the build's
//! files ([`super::parts`]), which holds no text: once a view has fetched
//! the shards of the documents it reads (the concordance's, say, or the
//! trends of a phrase), the index tokenises each of them against its own
//! vocabulary, so that the analyses read their paragraphs' text and terms
//! by position as from an index built from the whole text, without the
//! rest of the corpus being fetched or indexed.

use super::access::TermSequences;
use super::index::SearchIndex;
use super::text::each_token;
use crate::model::Document;

/// A document's text as the index learned it: the document itself (which
/// the page keeps for as long as it runs, so its text is not copied) and
/// its paragraphs' terms by position.
pub(super) struct LearnedText {
    document: &'static Document,
    /// Paragraph `k`'s terms (its title 0) as the `k`th.
    sequences: TermSequences,
}

impl SearchIndex {
    /// Learns the text of the document at `position`, unless the index has
    /// it; refused, with why, if it is not the text the index was built
    /// from (a word the index lacks, or other lengths).
    pub fn learn(&self, position: usize, document: &'static Document) -> Result<(), String> {
        if self.knows_text(position) {
            return Ok(());
        }
        let slot =
            self.learned.get(position).ok_or_else(|| format!("the index has no document {position}"))?;
        let sections = document.paragraphs.iter().map(|paragraph| paragraph.text.as_str());
        let (mut sequences, mut body_words, mut sections_read) = (TermSequences::default(), 0, 0);
        for (number, section) in std::iter::once(document.title.as_str()).chain(sections).enumerate() {
            sections_read += 1;
            sequences.starts.push(sequences.terms.len() as u32);
            let (mut unknown, mut previous) = (None, u32::MAX);
            each_token(section, |word, _, at| {
                // A `£` amount's plain number comes second at its position: the amount stands there.
                if at == previous {
                    return;
                }
                previous = at;
                match self.vocabulary.find(word) {
                    Some(known) => {
                        sequences.terms.push(known.term);
                        sequences.variants.push(known.variant);
                    }
                    None => drop(unknown.get_or_insert_with(|| word.to_owned())),
                }
            });
            if let Some(word) = unknown {
                return Err(format!("{}: the index has no word {word:?} (paragraph {number})", document.id));
            }
            if number > 0 {
                body_words += u64::from(previous.wrapping_add(1));
            }
        }
        sequences.starts.push(sequences.terms.len() as u32);
        let paragraphs = self.document_paragraphs(position).len();
        if sections_read != paragraphs || body_words != self.body_words(position) {
            return Err(format!(
                "{}: {sections_read} paragraphs and {body_words} words, where the index has {paragraphs} and {}",
                document.id,
                self.body_words(position)
            ));
        }
        let _ = slot.set(LearnedText { document, sequences });
        Ok(())
    }

    /// Whether the index has the text of the document at `position`: built
    /// from the text, or [learned](SearchIndex::learn).
    pub fn knows_text(&self, position: usize) -> bool {
        self.holds_text() || self.learned.get(position).is_some_and(|learned| learned.get().is_some())
    }

    /// The document at `position` as the index learned it, if it did.
    pub fn learned_document(&self, position: usize) -> Option<&'static Document> {
        Some(self.learned.get(position)?.get()?.document)
    }

    /// The text of paragraph `id`; empty while the index does not know its document's.
    pub fn text_of(&self, id: u32) -> &str {
        if self.holds_text() {
            return self.paragraph_text(id);
        }
        let text = |(learned, k): (&LearnedText, usize)| match k.checked_sub(1) {
            None => learned.document.title.as_str(),
            Some(body) => learned.document.paragraphs[body].text.as_str(),
        };
        self.learned_paragraph(id).map_or("", text)
    }

    /// The terms of paragraph `id`, one per position; none while the index
    /// does not know its document's text.
    pub fn terms_of(&self, id: u32) -> &[u32] {
        if self.holds_text() {
            return self.sequences.terms(id);
        }
        self.learned_paragraph(id).map_or(&[], |(learned, k)| learned.sequences.terms(k as u32))
    }

    /// Which of its term's words stands at each position of paragraph `id`
    /// (as the postings number them); none while the index does not know
    /// its document's text.
    pub fn variants_of(&self, id: u32) -> &[u16] {
        if self.holds_text() {
            return self.sequences.variants(id);
        }
        self.learned_paragraph(id).map_or(&[], |(learned, k)| learned.sequences.variants(k as u32))
    }

    /// The learned text of paragraph `id`'s document, and the paragraph's place in it.
    fn learned_paragraph(&self, id: u32) -> Option<(&LearnedText, usize)> {
        let document = self.paragraph(id).document as usize;
        let learned = self.learned.get(document)?.get()?;
        Some((learned, (id - self.document_starts[document]) as usize))
    }
}
