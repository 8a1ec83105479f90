//! What a document's entry in a list and its facets need without its text:
//! the opening of its first paragraph and each text-tagged facet's values,
//! most prominent first. Computed from the paragraphs when the corpus is
//! compiled, and kept in the corpus's metadata when the text is split off
//! into shards.

use super::{Paragraph, Taxonomy};
use crate::order;
use crate::Facet;
use serde::{Deserialize, Serialize};

/// The most words of a summary: a GOV.UK summary is shorter, and the
/// summaries are in the metadata the first view loads, so a long opening
/// paragraph is cut.
pub const SUMMARY_WORDS: usize = 40;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// The first paragraph's text, which a result shows without a search:
    /// its first [`SUMMARY_WORDS`] words and an ellipsis if it is longer.
    pub summary: String,
    /// How many paragraphs the document has.
    pub paragraphs: u32,
    /// The values of each text-tagged facet, in [`Facet::ALL`]'s order of
    /// those facets (topic, agency, person, place), most prominent first:
    /// publishers first, then by how many paragraphs carry the value, then by slug.
    /// Empty in the corpus's metadata, which holds them as `numbered`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Vec<String>>,
    /// In the corpus's metadata, the mentions as each value's place in its
    /// facet's list in the taxonomy, which is shorter than its slug: at
    /// 5,000 documents the slugs were over a quarter of the metadata's bytes
    /// gzip, and their numbers less than half as many. [`Digest::number`]
    /// writes them and [`Digest::name`] reads them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbered: Vec<Vec<u32>>,
}

impl Digest {
    pub fn of(publishers: &[String], paragraphs: &[Paragraph]) -> Digest {
        let mentions = tagged_facets().map(|facet| by_prominence(facet, publishers, paragraphs)).collect();
        Digest {
            summary: Digest::summary_of(paragraphs),
            paragraphs: paragraphs.len() as u32,
            mentions,
            numbered: Vec::new(),
        }
    }

    /// The summary of a document of `paragraphs`: for a document whose
    /// summary the metadata leaves out, once its text has arrived.
    pub fn summary_of(paragraphs: &[Paragraph]) -> String {
        paragraphs.first().map(|p| opening(&p.text)).unwrap_or_default()
    }

    /// The mentions as numbers in place of slugs, if the taxonomy has every one (else left as slugs).
    pub fn number(&mut self, slugs: &MentionSlugs) {
        let numbered = slugs.0.iter().zip(&self.mentions).map(|((_, values), mentioned)| {
            let number = |slug: &String| values.iter().position(|value| value == slug).map(|n| n as u32);
            mentioned.iter().map(number).collect::<Option<Vec<u32>>>()
        });
        if let Some(numbered) = numbered.collect::<Option<Vec<Vec<u32>>>>() {
            self.numbered = numbered;
            self.mentions.clear();
        }
    }

    /// The mentions as slugs again, from [`Digest::number`]'s numbers; or
    /// the first number the taxonomy has no value for, with its facet.
    pub fn name(&mut self, slugs: &MentionSlugs) -> Result<(), (Facet, u32)> {
        if self.numbered.is_empty() {
            return Ok(());
        }
        let mut mentions = Vec::with_capacity(self.numbered.len());
        for ((facet, values), numbers) in slugs.0.iter().zip(&self.numbered) {
            let slug = |&number: &u32| {
                values.get(number as usize).map(|&slug| slug.to_owned()).ok_or((*facet, number))
            };
            mentions.push(numbers.iter().map(slug).collect::<Result<Vec<String>, _>>()?);
        }
        self.mentions = mentions;
        self.numbered.clear();
        Ok(())
    }

    /// A text-tagged facet's values, most prominent first (none for the others).
    pub fn mentions(&self, facet: Facet) -> &[String] {
        tagged_facets()
            .zip(&self.mentions)
            .find(|(tagged, _)| *tagged == facet)
            .map_or(&[], |(_, values)| values)
    }
}

/// Each text-tagged facet with its slugs in the taxonomy's order, which
/// [`Digest::number`] numbers mentions by: read off the taxonomy once for
/// a whole corpus.
pub struct MentionSlugs<'a>(Vec<(Facet, Vec<&'a str>)>);

impl<'a> MentionSlugs<'a> {
    pub fn of(taxonomy: &'a Taxonomy) -> MentionSlugs<'a> {
        let slugs = |facet| taxonomy.values(facet).into_iter().map(|(slug, _)| slug).collect();
        MentionSlugs(tagged_facets().map(|facet| (facet, slugs(facet))).collect())
    }
}

/// The facets tagged in the text, in [`Facet::ALL`]'s order: those a digest's mentions hold.
fn tagged_facets() -> impl Iterator<Item = Facet> {
    Facet::ALL.into_iter().filter(|facet| facet.is_tagged_in_text())
}

/// `text` up to the end of its [`SUMMARY_WORDS`]th word, with an ellipsis
/// if words follow.
fn opening(text: &str) -> String {
    let text = text.trim();
    let mut word_ends = text.char_indices().zip(text.chars().skip(1)).filter_map(|((index, here), next)| {
        (!here.is_whitespace() && next.is_whitespace()).then_some(index + here.len_utf8())
    });
    match word_ends.nth(SUMMARY_WORDS - 1) {
        Some(end) => format!("{}…", text[..end].trim_end_matches([',', ';', ':'])),
        None => text.to_owned(),
    }
}

fn by_prominence(facet: Facet, publishers: &[String], paragraphs: &[Paragraph]) -> Vec<String> {
    let mut values: Vec<&str> = match facet {
        Facet::Agency => publishers.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    values.extend(
        paragraphs.iter().flat_map(|p| &p.tags).filter(|t| t.facet == facet).map(|t| t.slug.as_str()),
    );
    values.sort_unstable();
    values.dedup();
    let paragraphs_with = |slug: &str| {
        paragraphs.iter().filter(|p| p.tags.iter().any(|t| t.facet == facet && t.slug == slug)).count()
    };
    let is_publisher = |slug: &str| facet == Facet::Agency && publishers.iter().any(|p| p == slug);
    order::sort_by_key(&mut values, |slug| {
        (!is_publisher(slug), std::cmp::Reverse(paragraphs_with(slug)), *slug)
    });
    values.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Tag};

    fn tagged(facet: Facet, slugs: &[&str]) -> Paragraph {
        let tags = slugs.iter().map(|slug| Tag { facet, slug: (*slug).into(), words: Vec::new() }).collect();
        Paragraph::new(Block::Paragraph, "Text.".into(), tags)
    }

    #[test]
    fn publishers_come_first_then_the_values_most_paragraphs_carry() {
        let paragraphs = vec![
            tagged(Facet::Agency, &["police", "nca"]),
            tagged(Facet::Agency, &["nca"]),
            tagged(Facet::Topic, &["asylum"]),
        ];
        let digest = Digest::of(&["home-office".into()], &paragraphs);
        assert_eq!(digest.mentions(Facet::Agency), ["home-office", "nca", "police"]);
        assert_eq!(digest.mentions(Facet::Topic), ["asylum"]);
        assert!(digest.mentions(Facet::Place).is_empty());
        assert!(digest.mentions(Facet::Period).is_empty());
        assert_eq!((digest.summary.as_str(), digest.paragraphs), ("Text.", 3));
    }

    #[test]
    fn a_summary_is_the_first_paragraph_cut_after_its_fortieth_word() {
        let words = |n: usize| (1..=n).map(|i| format!("w{i}")).collect::<Vec<_>>();
        let summary =
            |text: String| Digest::of(&[], &[Paragraph::new(Block::Paragraph, text, Vec::new())]).summary;
        let forty = words(SUMMARY_WORDS).join(" ");
        assert_eq!(summary(forty.clone()), forty, "forty words are kept whole");
        assert_eq!(summary(format!("{forty}  \n")), forty, "and no ellipsis for trailing space");
        let longer = format!("{}, w41 w42.", words(SUMMARY_WORDS).join("  "));
        assert_eq!(
            summary(longer),
            format!("{}…", words(SUMMARY_WORDS).join("  ")),
            "cut at a word, the comma dropped"
        );
        assert_eq!(summary("Café £75 million — un deux".into()), "Café £75 million — un deux");
    }
}
