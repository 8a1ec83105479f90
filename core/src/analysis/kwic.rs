//! The concordance (KWIC): every occurrence of the search in the view's
//! documents, one line each, sorted by date or by the words next to the
//! match, and a count per document. Lines are placed from the paragraphs'
//! terms by position, without reading their text; a line's words as
//! written are cut from its paragraph only when it is shown or exported.

use crate::order;
use crate::search::{word_ranges, SearchIndex};
use crate::{Corpus, Explorer, Outcome, Sort};
use std::ops::Range;

/// One line of the concordance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KwicLine {
    pub document: usize,
    /// Its paragraph's number in the document, as in `p=` links.
    pub paragraph: u32,
    /// The positions (word numbers) of the match in its paragraph, and the paragraph's index number.
    pub(super) positions: Range<u32>,
    pub(super) paragraph_id: u32,
    /// The words nearest the match (1L, 2L, 1R, 2R), each by its place in
    /// alphabetical order (`None` at a paragraph's edge, and all `None`
    /// unless the lines are sorted by them).
    neighbours: [Option<u32>; 4],
}

/// A line's words as written: before the match, the match, after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineText {
    pub left: String,
    pub matched: String,
    pub right: String,
}

/// What the concordance shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concordance {
    pub lines: Vec<KwicLine>,
    /// Each document with lines and how many, most first (then in the view's order).
    pub per_document: Vec<(usize, usize)>,
    /// The words shown each side of a match.
    pub context: usize,
}

impl Concordance {
    /// A line's words as written, with [`Concordance::context`] words either side.
    pub fn text(&self, search: &SearchIndex, line: &KwicLine) -> LineText {
        let text = search.text_of(line.paragraph_id);
        let words = word_ranges(text);
        let word = |position: usize| words[position.min(words.len() - 1)].clone();
        let (first, last) = (line.positions.start as usize, line.positions.end as usize - 1);
        let matched = word(first).start..word(last).end;
        let start = word(first.saturating_sub(self.context)).start;
        let end = word(last + self.context).end;
        LineText {
            left: text[start..matched.start].to_owned(),
            matched: text[matched.clone()].to_owned(),
            right: text[matched.end..end].to_owned(),
        }
    }
}

/// The words either side of a match at `positions` among a paragraph's
/// terms, by their place in alphabetical order: 1L, 2L, 1R, 2R.
fn neighbours(search: &SearchIndex, paragraph: u32, positions: &Range<u32>) -> [Option<u32>; 4] {
    let (terms, variants) = (search.terms_of(paragraph), search.variants_of(paragraph));
    let rank = |position: Option<u32>| {
        let at = position? as usize;
        search.word_rank(*terms.get(at)?, variants[at])
    };
    let (start, end) = (positions.start, positions.end);
    [rank(start.checked_sub(1)), rank(start.checked_sub(2)), rank(Some(end)), rank(Some(end + 1))]
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
        return Concordance { lines: Vec::new(), per_document: Vec::new(), context };
    };
    let search = explorer.search_index();
    // By neighbours: the first word named, then the other on its side.
    let by_neighbours = match order {
        Sort::Left1 => Some((0, 1)),
        Sort::Left2 => Some((1, 0)),
        Sort::Right1 => Some((2, 3)),
        Sort::Right2 => Some((3, 2)),
        _ => None,
    };
    let matcher = search.term_matcher(query);
    let mut lines: Vec<KwicLine> = Vec::new();
    let mut per_document: Vec<(usize, usize)> = Vec::new();
    for &document in &outcome.evaluation.documents {
        let before = lines.len();
        for paragraph in search.matching_paragraphs(query, document) {
            for positions in matcher.spans(search.terms_of(paragraph.id)) {
                let near = match by_neighbours {
                    Some(_) => neighbours(search, paragraph.id, &positions),
                    None => [None; 4],
                };
                let (paragraph_id, paragraph) = (paragraph.id, paragraph.number);
                lines.push(KwicLine { document, paragraph, positions, paragraph_id, neighbours: near });
            }
        }
        if lines.len() > before {
            per_document.push((document, lines.len() - before));
        }
    }
    let date = |line: &KwicLine| corpus.documents()[line.document].date.value;
    let in_text = |a: &KwicLine, b: &KwicLine| {
        (a.document, a.paragraph, a.positions.start).cmp(&(b.document, b.paragraph, b.positions.start))
    };
    let newest = |a: &KwicLine, b: &KwicLine| date(b).cmp(&date(a)).then_with(|| in_text(a, b));
    order::sort_by(&mut lines, |a, b| match (order, by_neighbours) {
        (_, Some((i, j))) => (a.neighbours[i], a.neighbours[j])
            .cmp(&(b.neighbours[i], b.neighbours[j]))
            .then_with(|| newest(a, b)),
        (Sort::Oldest, None) => date(a).cmp(&date(b)).then_with(|| in_text(a, b)),
        _ => newest(a, b),
    });
    order::sort_by_key(&mut per_document, |&(_, count)| std::cmp::Reverse(count));
    Concordance { lines, per_document, context }
}
