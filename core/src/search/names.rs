//! The names the taxonomy knows, for ranking: when a query spells the name
//! of an agency, person or place (its label, or words the corpus names it
//! by, as its tags record them), the documents the taxonomy tags with it
//! rank first.

use super::text::{each_token, term};
use crate::{Corpus, Facet};
use std::collections::{BTreeMap, BTreeSet};

/// The facets whose values are names a text can spell.
const NAMED: [Facet; 3] = [Facet::Agency, Facet::Person, Facet::Place];

/// A named value: its facet and slug.
type Value<'a> = (Facet, &'a str);

/// Each name as its terms, with the documents (positions, sorted) naming its value.
pub(super) struct Names {
    names: BTreeMap<Vec<String>, Vec<u32>>,
}

/// A name's terms, a position at a time (a `£` amount's plain variant skipped).
pub(super) fn name_terms(name: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut last = None;
    each_token(name, |word, _, position| {
        if last != Some(position) {
            terms.push(term(word));
            last = Some(position);
        }
    });
    terms
}

impl Names {
    pub fn new(corpus: &Corpus) -> Names {
        // Per value, the documents tagged with it and the words that tagged it.
        let mut values: BTreeMap<Value, (Vec<u32>, BTreeSet<&str>)> = BTreeMap::new();
        for (position, document) in corpus.documents().iter().enumerate() {
            let tags = document.paragraphs.iter().flat_map(|p| &p.tags);
            for tag in tags.filter(|t| NAMED.contains(&t.facet)) {
                let (documents, words) = values.entry((tag.facet, &tag.slug)).or_default();
                if documents.last() != Some(&(position as u32)) {
                    documents.push(position as u32);
                }
                words.extend(tag.words.iter().map(String::as_str));
            }
        }
        let mut names: BTreeMap<Vec<String>, Vec<u32>> = BTreeMap::new();
        for ((facet, slug), (documents, words)) in values {
            let label = corpus.taxonomy().label(facet, slug);
            let terms: BTreeSet<Vec<String>> = words.into_iter().chain(label).map(name_terms).collect();
            for terms in terms.into_iter().filter(|t| !t.is_empty()) {
                names.entry(terms).or_default().extend(&documents);
            }
        }
        for documents in names.values_mut() {
            documents.sort_unstable();
            documents.dedup();
        }
        Names { names }
    }

    /// Every name with its documents, as the index's head holds them.
    pub fn list(&self) -> Vec<(Vec<String>, Vec<u32>)> {
        self.names.iter().map(|(terms, documents)| (terms.clone(), documents.clone())).collect()
    }

    pub fn from_list(list: Vec<(Vec<String>, Vec<u32>)>) -> Names {
        Names { names: list.into_iter().collect() }
    }

    /// The documents naming what a query's words (as terms, in order) spell.
    pub fn documents(&self, terms: &[String]) -> &[u32] {
        self.names.get(terms).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Paragraph, Tag};
    use crate::testing::{corpus, document};

    fn tagged(text: &str, facet: Facet, slug: &str, words: &[&str]) -> Paragraph {
        let words = words.iter().map(|w| (*w).to_owned()).collect();
        Paragraph::new(Block::Paragraph, text.into(), vec![Tag { facet, slug: slug.into(), words }])
    }

    #[test]
    fn a_name_is_a_label_or_the_words_that_tagged_it() {
        let biggar = "graeme-biggar";
        let corpus = corpus(
            &[biggar],
            vec![
                document(
                    "a",
                    "2024-01-01",
                    "A",
                    vec![tagged("Mr Biggar said", Facet::Person, biggar, &["Biggar"])],
                ),
                document(
                    "b",
                    "2024-01-02",
                    "B",
                    vec![tagged("Graeme Biggar’s view", Facet::Person, biggar, &["Graeme Biggar"])],
                ),
                document("c", "2024-01-03", "C", Vec::new()),
            ],
        );
        let names = Names::new(&corpus);
        assert_eq!(names.documents(&name_terms("graeme biggar")), [0, 1], "the label, in either document");
        assert_eq!(names.documents(&name_terms("Biggar")), [0, 1]);
        assert!(names.documents(&name_terms("graeme")).is_empty(), "a part of a name is not the name");
    }

    #[test]
    fn name_terms_are_stems_a_position_at_a_time() {
        assert_eq!(name_terms("National Crime Agency"), ["nation", "crime", "agenc"]);
        assert_eq!(name_terms("£75"), ["£75"]);
    }
}
