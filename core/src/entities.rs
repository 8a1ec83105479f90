//! The agencies, people and places a paragraph names, as spans of its text,
//! and how they interleave with search marks, so the reader can link each
//! name to the results filtered by it.

use crate::model::Paragraph;
use crate::order;
use crate::Facet;
use std::ops::Range;

/// A name in a paragraph: its bytes and the facet value it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    pub range: Range<usize>,
    pub facet: Facet,
    pub slug: &'a str,
}

/// A run of text that is wholly inside or outside each mark and each entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    pub marked: bool,
    /// The index of its entity in the list given to [`segments`].
    pub entity: Option<usize>,
}

/// Which facet a name shared by two tags stands for: the most specific.
fn preference(facet: Facet) -> u8 {
    match facet {
        Facet::Person => 0,
        Facet::Agency => 1,
        _ => 2,
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Every place the paragraph writes a word that tagged it with an agency,
/// person or place, not overlapping: a longer name wins over one inside it
/// ("French personnel" over "French"), and on the same words a person over
/// an agency over a place ("Prime Minister" is the person in office).
pub fn entities(paragraph: &Paragraph) -> Vec<Entity<'_>> {
    let text = paragraph.text.as_str();
    let mut found: Vec<Entity> = Vec::new();
    let named =
        paragraph.tags.iter().filter(|t| matches!(t.facet, Facet::Agency | Facet::Person | Facet::Place));
    for tag in named {
        for word in tag.words.iter().filter(|w| !w.is_empty()) {
            for (start, _) in text.match_indices(word.as_str()) {
                let end = start + word.len();
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                if !is_word_char(before) && !is_word_char(after) {
                    found.push(Entity { range: start..end, facet: tag.facet, slug: &tag.slug });
                }
            }
        }
    }
    order::sort_by_key(&mut found, |e| (e.range.start, std::cmp::Reverse(e.range.end), preference(e.facet)));
    let mut kept: Vec<Entity> = Vec::new();
    for entity in found {
        if kept.last().is_none_or(|last| entity.range.start >= last.range.end) {
            kept.push(entity);
        }
    }
    kept
}

/// Cuts `0..len` at every bound of `marks` and `entities` (each sorted and
/// not overlapping), saying of each piece whether it is marked and in which entity.
pub fn segments(len: usize, marks: &[Range<usize>], entities: &[Entity]) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, len];
    cuts.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    cuts.extend(entities.iter().flat_map(|e| [e.range.start, e.range.end]));
    cuts.retain(|&cut| cut <= len);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let range = pair[0]..pair[1];
            let inside = |r: &Range<usize>| r.start <= range.start && range.end <= r.end;
            Segment {
                marked: marks.iter().any(inside),
                entity: entities.iter().position(|e| inside(&e.range)),
                range,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Tag};

    fn tag(facet: Facet, slug: &str, words: &[&str]) -> Tag {
        Tag { facet, slug: slug.into(), words: words.iter().map(|w| (*w).into()).collect() }
    }

    fn paragraph(text: &str, tags: Vec<Tag>) -> Paragraph {
        Paragraph::new(Block::Paragraph, text.into(), tags)
    }

    #[test]
    fn longer_names_win_and_people_win_over_offices_and_places() {
        let p = paragraph(
            "The Prime Minister met French personnel in France; Frenchmen cheered.",
            vec![
                tag(Facet::Agency, "pmo", &["Prime Minister"]),
                tag(Facet::Person, "rishi-sunak", &["Prime Minister"]),
                tag(Facet::Agency, "french-government", &["French personnel"]),
                tag(Facet::Place, "france", &["French", "France"]),
                tag(Facet::Topic, "funding", &["met"]),
            ],
        );
        let found: Vec<(&str, &str)> =
            entities(&p).iter().map(|e| (&p.text[e.range.clone()], e.slug)).collect();
        assert_eq!(
            found,
            [
                ("Prime Minister", "rishi-sunak"),
                ("French personnel", "french-government"),
                ("France", "france")
            ],
            "topics are not names; 'Frenchmen' is not the word 'French'"
        );
    }

    #[test]
    fn segments_split_at_marks_inside_names_and_names_inside_marks() {
        let p = paragraph(
            "National Crime Agency officers",
            vec![tag(Facet::Agency, "nca", &["National Crime Agency"])],
        );
        let names = entities(&p);
        let pieces = segments(p.text.len(), &[9..14, 22..30], &names);
        let described: Vec<(&str, bool, Option<usize>)> =
            pieces.iter().map(|s| (&p.text[s.range.clone()], s.marked, s.entity)).collect();
        assert_eq!(
            described,
            [
                ("National ", false, Some(0)),
                ("Crime", true, Some(0)),
                (" Agency", false, Some(0)),
                (" ", false, None),
                ("officers", true, None)
            ]
        );
        assert_eq!(segments(0, &[], &[]), []);
        let clipped: Vec<_> = segments(4, std::slice::from_ref(&(2..9)), &[])
            .into_iter()
            .map(|s| (s.range, s.marked))
            .collect();
        assert_eq!(clipped, [(0..2, false), (2..4, true)], "nothing past the end of the text");
    }
}
