//! Tagging a paragraph with the topics, agencies, people and places its
//! words signal, keeping the words that triggered each tag.

use crate::taxonomy::LoadedTaxonomy;
use crate::terms::{Matcher, Term};
use explorer_core::model::Tag;
use explorer_core::Date;

/// The tags of a paragraph of a document published on `date`, in facet and taxonomy order.
pub fn tag(text: &str, date: Date, taxonomy: &LoadedTaxonomy) -> Vec<Tag> {
    let matcher = Matcher::new(text);
    let mut tags: Vec<Tag> = Vec::new();
    for tagger in &taxonomy.taggers {
        add_words(&mut tags, tagger.facet, &tagger.slug, find_all(&matcher, &tagger.terms));
    }
    for office in &taxonomy.offices {
        if let Some(holder) = office.holder_on(date) {
            let words = find_all(&matcher, &office.terms);
            add_words(&mut tags, explorer_core::Facet::Person, holder, words);
        }
    }
    let position = |tag: &Tag| {
        let values = taxonomy.compiled.values(tag.facet);
        (tag.facet, values.iter().position(|(slug, _)| *slug == tag.slug))
    };
    tags.sort_by_key(position);
    tags
}

/// Every passage any of the terms matches, in text order.
fn find_all<'a>(matcher: &Matcher<'a>, terms: &[Term]) -> Vec<(usize, &'a str)> {
    let mut found: Vec<(usize, &str)> = terms.iter().flat_map(|term| matcher.find(term)).collect();
    found.sort_unstable();
    found
}

/// Adds the matched words to the tag for `slug`, creating it if there were any.
fn add_words(tags: &mut Vec<Tag>, facet: explorer_core::Facet, slug: &str, found: Vec<(usize, &str)>) {
    if found.is_empty() {
        return;
    }
    let position = match tags.iter().position(|t| t.facet == facet && t.slug == slug) {
        Some(position) => position,
        None => {
            tags.push(Tag { facet, slug: slug.to_owned(), words: Vec::new() });
            tags.len() - 1
        }
    };
    let words = &mut tags[position].words;
    for (_, word) in found {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
}
