//! The compare view: two sides, each the view's filters and search narrowed
//! by its own selection (by default the last two governments with
//! documents in the view), and the words and two-word phrases that tell
//! them apart, ranked by G² with Log Ratio as the effect size.

use super::stats::{keyness, least_significant_total, per_10k, Keyness, Significance};
use super::words::pair_terms;
use crate::model::FigureKind;
use crate::order;
use crate::query::Side;
use crate::research::distinct_count;
use crate::{Corpus, Explorer, Facet, Query, View};

/// Each side lists at most this many terms.
pub const MAX_TERMS: usize = 50;

/// What one side holds.
#[derive(Clone, Debug, PartialEq)]
pub struct SideSummary {
    pub side: Side,
    /// "Sunak government", "2024-01-01 to 2024-06-30".
    pub label: String,
    /// The view's query narrowed to the side, in the documents view.
    pub query: Query,
    pub documents: usize,
    pub words: u64,
    /// Distinct amounts of money its documents state (each once per document).
    pub money_amounts: usize,
}

/// A word or a pair of words, more frequent on one side than the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Distinctive {
    /// In its most frequent written form: `rwanda`, `small boats`.
    pub text: String,
    pub count_a: u64,
    pub count_b: u64,
    pub per_10k_a: f64,
    pub per_10k_b: f64,
    pub keyness: Keyness,
}

/// What the compare view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub a: SideSummary,
    pub b: SideSummary,
    /// Significantly more frequent on side A, highest G² first.
    pub terms_a: Vec<Distinctive>,
    pub terms_b: Vec<Distinctive>,
}

impl Comparison {
    /// The terms listed on both sides.
    pub fn term_count(&self) -> usize {
        self.terms_a.len() + self.terms_b.len()
    }
}

/// The sides of a query: its own, or for each it leaves unset the older
/// and the newer of the last two governments with documents in the view.
pub fn sides(corpus: &Corpus, explorer: &Explorer, query: &Query) -> Option<(Side, Side)> {
    if let (Some(a), Some(b)) = (&query.a, &query.b) {
        return Some((a.clone(), b.clone()));
    }
    let documents = explorer.explore(query).evaluation.documents;
    let with_documents: Vec<&str> = corpus
        .taxonomy()
        .governments
        .iter()
        .map(|g| g.slug.as_str())
        .filter(|slug| documents.iter().any(|&p| corpus.documents()[p].period == *slug))
        .collect();
    let [.., older, newer] = with_documents.as_slice() else { return None };
    let side = |slug: &str| Side::Value(Facet::Period, slug.to_owned());
    Some((query.a.clone().unwrap_or(side(older)), query.b.clone().unwrap_or(side(newer))))
}

fn side_label(corpus: &Corpus, side: &Side) -> String {
    match side {
        Side::Value(facet, slug) => corpus.taxonomy().label(*facet, slug).unwrap_or(slug).to_owned(),
        Side::Dates { from, to } => match (from, to) {
            (Some(from), Some(to)) => format!("{from} to {to}"),
            (Some(from), None) => format!("from {from}"),
            (None, Some(to)) => format!("until {to}"),
            (None, None) => "every date".to_owned(),
        },
    }
}

/// A side's query (the view's, narrowed to the side) and its documents.
fn side_documents(explorer: &Explorer, query: &Query, side: &Side) -> (Query, Vec<usize>) {
    let mut narrowed = query.clone();
    narrowed.set_view(View::Documents);
    side.narrow(&mut narrowed);
    let documents = explorer.explore(&narrowed).evaluation.documents;
    (narrowed, documents)
}

/// The documents of both sides of the compare view of `query`, in order,
/// each once: those whose words it counts (none without two sides).
pub fn compared_documents(corpus: &Corpus, explorer: &Explorer, query: &Query) -> Vec<usize> {
    let Some((a, b)) = sides(corpus, explorer, query) else { return Vec::new() };
    let mut documents = side_documents(explorer, query, &a).1;
    documents.extend(side_documents(explorer, query, &b).1);
    documents.sort_unstable();
    documents.dedup();
    documents
}

/// A side's summary and its documents. Its money amounts are read from
/// each document's text: the corpus's, or as the search index learned it.
fn summarise(corpus: &Corpus, explorer: &Explorer, query: &Query, side: Side) -> (SideSummary, Vec<usize>) {
    let (narrowed, documents) = side_documents(explorer, query, &side);
    let search = explorer.search_index();
    let with_text = |position: usize| {
        (position, search.learned_document(position).unwrap_or(&corpus.documents()[position]))
    };
    let summary = SideSummary {
        label: side_label(corpus, &side),
        side,
        query: narrowed,
        documents: documents.len(),
        words: documents.iter().map(|&p| search.body_words(p)).sum(),
        money_amounts: distinct_count(documents.iter().map(|&p| with_text(p)), FigureKind::Money),
    };
    (summary, documents)
}

/// A word or a pair of words, by its terms.
#[derive(Clone, Copy)]
enum Term {
    Word(u32),
    Pair(u64),
}

/// A significant term, before it is written out.
struct Found {
    term: Term,
    count_a: u64,
    count_b: u64,
    keyness: Keyness,
}

/// The terms that can be among the [`MAX_TERMS`] listed: the highest G²,
/// with every term tied with the last of them (ties are listed in order of
/// their text, so only those need writing out to choose).
fn highest(mut found: Vec<Found>) -> Vec<Found> {
    order::sort_by(&mut found, |x, y| y.keyness.g2.total_cmp(&x.keyness.g2));
    if let Some(last) = found.get(MAX_TERMS - 1).map(|f| f.keyness.g2) {
        found.truncate(found.partition_point(|f| f.keyness.g2 >= last));
    }
    found
}

/// The compare view of a query; `None` when it has no two sides.
pub fn compare(corpus: &Corpus, explorer: &Explorer, query: &Query) -> Option<Comparison> {
    let (side_a, side_b) = sides(corpus, explorer, query)?;
    let (a, documents_a) = summarise(corpus, explorer, query, side_a);
    let (b, documents_b) = summarise(corpus, explorer, query, side_b);
    let (search, words) = (explorer.search_index(), explorer.words());
    let (counts_a, counts_b, bounds) = words.count_sides(search, &documents_a, &documents_b);
    // Most pairs occur too rarely to be significant: only those often enough are counted.
    let least = least_significant_total(counts_a.words, counts_b.words).unwrap_or(u64::MAX);
    let pairs = words.count_pairs(search, [&documents_a, &documents_b], &bounds, least);
    let mut significance = Significance::new(counts_a.words, counts_b.words);
    let (mut found_a, mut found_b) = (Vec::new(), Vec::new());
    let mut consider = |term: Term, count_a: u64, count_b: u64| {
        if !significance.reaches(count_a, count_b) {
            return;
        }
        let keyness = keyness(count_a, count_b, counts_a.words, counts_b.words);
        let side = if keyness.log_ratio > 0.0 { &mut found_a } else { &mut found_b };
        side.push(Found { term, count_a, count_b, keyness });
    };
    for t in 0..search.term_count() as u32 {
        let (count_a, count_b) = (counts_a.terms[t as usize], counts_b.terms[t as usize]);
        if count_a + count_b > 0 && !words.ignores(t) {
            consider(Term::Word(t), count_a.into(), count_b.into());
        }
    }
    for (&key, &[count_a, count_b]) in &pairs {
        consider(Term::Pair(key), count_a.into(), count_b.into());
    }
    let listed = |found: Vec<Found>| {
        let text = |term: Term| match term {
            Term::Word(t) => search.written_form(t).to_owned(),
            Term::Pair(key) => {
                let (first, second) = pair_terms(key);
                format!("{} {}", search.written_form(first), search.written_form(second))
            }
        };
        let distinctive = |f: Found| Distinctive {
            text: text(f.term),
            count_a: f.count_a,
            count_b: f.count_b,
            per_10k_a: per_10k(f.count_a, counts_a.words),
            per_10k_b: per_10k(f.count_b, counts_b.words),
            keyness: f.keyness,
        };
        let mut terms: Vec<Distinctive> = highest(found).into_iter().map(distinctive).collect();
        order::sort_by(&mut terms, |x, y| {
            y.keyness.g2.total_cmp(&x.keyness.g2).then_with(|| x.text.cmp(&y.text))
        });
        terms.truncate(MAX_TERMS);
        terms
    };
    let (terms_a, terms_b) = (listed(found_a), listed(found_b));
    Some(Comparison { a, b, terms_a, terms_b })
}
