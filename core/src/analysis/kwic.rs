//! The concordance (KWIC): every occurrence of the search in the view's
//! documents, one line each, with the words either side as written, sorted
//! by date or by the words next to the match, and a count per document.

use super::occurrences::{matches_by_paragraph, Occurrence};
use crate::search::tokenize;
use crate::{Corpus, Explorer, Outcome, Sort};
use std::ops::Range;

/// One line of the concordance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KwicLine {
    pub document: usize,
    /// Its paragraph's number in the document, as in `p=` links.
    pub paragraph: u32,
    /// The words before the match, the match, and the words after, as written.
    pub left: String,
    pub matched: String,
    pub right: String,
    /// The folded words nearest the match: 1L, 2L, 1R, 2R (empty at a
    /// paragraph's edge, and all empty unless the lines are sorted by them).
    neighbours: [String; 4],
    /// The positions (word numbers) of the match in its paragraph, and the paragraph's index number.
    pub(super) positions: Range<u32>,
    pub(super) paragraph_id: u32,
}

/// What the concordance shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concordance {
    pub lines: Vec<KwicLine>,
    /// Each document with lines and how many, most first (then in the view's order).
    pub per_document: Vec<(usize, usize)>,
}

/// A word as the search folds it (lower case, no accents).
fn folded(word: &str) -> String {
    tokenize(word).into_iter().next().map(|token| token.text).unwrap_or_default()
}

/// One occurrence as a line with `context` words either side, from its
/// paragraph's text and the byte ranges of its words, one per position;
/// with its neighbours if `sorted_by_neighbours`.
fn line(
    text: &str,
    words: &[Range<usize>],
    occurrence: &Occurrence,
    context: usize,
    sorted_by_neighbours: bool,
) -> KwicLine {
    let range = &occurrence.range;
    let first =
        Some(words.partition_point(|w| w.start < range.start)).filter(|&i| i < words.len()).unwrap_or(0);
    let last = words.partition_point(|w| w.end <= range.end).checked_sub(1).unwrap_or(first).max(first);
    let start = words[first.saturating_sub(context)].start;
    let end = words[(last + context).min(words.len() - 1)].end;
    let word = |index: Option<usize>| match index.and_then(|i| words.get(i)) {
        Some(w) if sorted_by_neighbours => folded(&text[w.clone()]),
        _ => String::new(),
    };
    KwicLine {
        document: occurrence.document,
        paragraph: occurrence.paragraph.number,
        left: text[start.min(occurrence.range.start)..occurrence.range.start].to_owned(),
        matched: text[occurrence.range.clone()].to_owned(),
        right: text[occurrence.range.end..end.max(occurrence.range.end)].to_owned(),
        neighbours: [
            word(first.checked_sub(1)),
            word(first.checked_sub(2)),
            word(Some(last + 1)),
            word(Some(last + 2)),
        ],
        positions: first as u32..last as u32 + 1,
        paragraph_id: occurrence.paragraph.id,
    }
}

/// The concordance of a view: its search's matches in its documents, in
/// `order` (newest or oldest first, or by 1L, 2L, 1R or 2R, then newest first).
pub fn concordance(
    corpus: &Corpus,
    explorer: &Explorer,
    outcome: &Outcome,
    context: usize,
    order: Sort,
) -> Concordance {
    let Some(query) = outcome.search() else {
        return Concordance { lines: Vec::new(), per_document: Vec::new() };
    };
    let search = explorer.search_index();
    let positions = &outcome.evaluation.documents;
    // By neighbours: the first word named, then the other on its side.
    let neighbours = match order {
        Sort::Left1 => Some((0, 1)),
        Sort::Left2 => Some((1, 0)),
        Sort::Right1 => Some((2, 3)),
        Sort::Right2 => Some((3, 2)),
        _ => None,
    };
    let found = matches_by_paragraph(search, query, positions);
    let mut lines: Vec<KwicLine> = Vec::with_capacity(found.iter().map(|m| m.occurrences.len()).sum());
    for matches in &found {
        let text = search.text_of(matches.occurrences[0].paragraph.id);
        let line = |occurrence| line(text, &matches.words, occurrence, context, neighbours.is_some());
        lines.extend(matches.occurrences.iter().map(line));
    }
    let date = |line: &KwicLine| corpus.documents()[line.document].date.value;
    let in_text = |a: &KwicLine, b: &KwicLine| {
        (a.document, a.paragraph, a.positions.start).cmp(&(b.document, b.paragraph, b.positions.start))
    };
    let newest = |a: &KwicLine, b: &KwicLine| date(b).cmp(&date(a)).then_with(|| in_text(a, b));
    lines.sort_by(|a, b| match (order, neighbours) {
        (_, Some((i, j))) => (&a.neighbours[i], &a.neighbours[j])
            .cmp(&(&b.neighbours[i], &b.neighbours[j]))
            .then_with(|| newest(a, b)),
        (Sort::Oldest, None) => date(a).cmp(&date(b)).then_with(|| in_text(a, b)),
        _ => newest(a, b),
    });
    let by_document = found.chunk_by(|a, b| a.occurrences[0].document == b.occurrences[0].document);
    let count = |run: &[super::occurrences::ParagraphMatches]| run.iter().map(|m| m.occurrences.len()).sum();
    let mut per_document: Vec<(usize, usize)> =
        by_document.map(|run| (run[0].occurrences[0].document, count(run))).collect();
    per_document.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    Concordance { lines, per_document }
}
