//! The facet index: one bitset of documents per facet value, so that
//! filtering and disjunctive counting cost a few word operations per value,
//! not a pass over the documents.
//!
//! Documents are numbered by rank, newest first; a date range is then a
//! contiguous run of ranks, and "newest" order is bit order.

use crate::corpus::NewestFirst;
use crate::{Corpus, Date, Facet, Query, Sort};
use fixedbitset::FixedBitSet;

#[derive(Clone)]
pub struct FacetIndex {
    /// Document positions (in `Corpus::documents`) by rank, newest first, and the inverse.
    ranks: NewestFirst,
    /// Publication dates by rank: descending.
    dates: Vec<Date>,
    /// Per facet (by `Facet::position`), its values in taxonomy order.
    values: Vec<Vec<IndexedValue>>,
}

#[derive(Clone)]
struct IndexedValue {
    slug: String,
    ranks: FixedBitSet,
}

/// A facet value with the number of results that choosing it would give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueCount {
    pub slug: String,
    pub count: usize,
    pub selected: bool,
}

/// What a query shows: the matching documents and every facet's counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// Positions in `Corpus::documents`, in the query's order.
    pub documents: Vec<usize>,
    /// Per facet, in `Facet::ALL` order, each value in taxonomy order.
    pub counts: Vec<(Facet, Vec<ValueCount>)>,
}

impl FacetIndex {
    pub fn new(corpus: &Corpus) -> FacetIndex {
        let documents = corpus.documents();
        let ranks = corpus.newest_first().clone();
        let by_rank = ranks.positions();
        let dates = by_rank.iter().map(|&d| documents[d].date.value).collect();
        let values = Facet::ALL
            .into_iter()
            .map(|facet| {
                let slugs = corpus.taxonomy().values(facet);
                let mut indexed: Vec<IndexedValue> = slugs
                    .iter()
                    .map(|(slug, _)| IndexedValue {
                        slug: (*slug).to_owned(),
                        ranks: FixedBitSet::with_capacity(documents.len()),
                    })
                    .collect();
                for (rank, &position) in by_rank.iter().enumerate() {
                    for slug in documents[position].facet_values(facet) {
                        if let Some(value) = indexed.iter_mut().find(|v| v.slug == slug) {
                            value.ranks.insert(rank);
                        }
                    }
                }
                indexed
            })
            .collect();
        FacetIndex { ranks, dates, values }
    }

    /// The documents a query's filters select, in its order, with
    /// disjunctive counts: each facet's counts apply every other facet's
    /// selection, not its own. This ignores the search text; see
    /// [`FacetIndex::evaluate_within`].
    pub fn evaluate(&self, query: &Query) -> Evaluation {
        self.evaluate_within(query, None)
    }

    /// Like [`FacetIndex::evaluate`], but only among `matches` (document
    /// positions in relevance order, as a search gives them), which also
    /// give the order when the query sorts by relevance.
    pub fn evaluate_within(&self, query: &Query, matches: Option<&[usize]>) -> Evaluation {
        let mut in_range = self.date_range(query.from, query.to);
        if let Some(matches) = matches {
            let mut matching = FixedBitSet::with_capacity(self.dates.len());
            matches.iter().for_each(|&position| matching.insert(self.ranks.rank(position)));
            in_range.intersect_with(&matching);
        }
        let selections: Vec<Option<FixedBitSet>> =
            Facet::ALL.into_iter().map(|facet| self.selection(query, facet)).collect();
        let narrowed_except = |skipped: Option<Facet>| {
            let mut ranks = in_range.clone();
            for (facet, selection) in Facet::ALL.into_iter().zip(&selections) {
                if Some(facet) != skipped {
                    if let Some(selection) = selection {
                        ranks.intersect_with(selection);
                    }
                }
            }
            ranks
        };
        let results = narrowed_except(None);
        let counts = Facet::ALL
            .into_iter()
            .map(|facet| {
                let base = narrowed_except(Some(facet));
                let values = self.values[facet.position()]
                    .iter()
                    .map(|value| ValueCount {
                        slug: value.slug.clone(),
                        count: base.intersection_count(&value.ranks),
                        selected: query.is_selected(facet, &value.slug),
                    })
                    .collect();
                (facet, values)
            })
            .collect();
        let documents = match (query.sort(), matches) {
            (Sort::Relevance, Some(matches)) => matches
                .iter()
                .copied()
                .filter(|&position| results.contains(self.ranks.rank(position)))
                .collect(),
            (Sort::Oldest, _) => results.ones().rev().map(|rank| self.ranks.positions()[rank]).collect(),
            _ => results.ones().map(|rank| self.ranks.positions()[rank]).collect(),
        };
        Evaluation { documents, counts }
    }

    /// How many documents of the whole corpus have a facet value.
    pub fn total(&self, facet: Facet, slug: &str) -> usize {
        self.values[facet.position()]
            .iter()
            .find(|value| value.slug == slug)
            .map_or(0, |value| value.ranks.count_ones(..))
    }

    /// The ranks a facet's selection allows (values OR'd), or `None` when
    /// nothing in the facet is selected.
    fn selection(&self, query: &Query, facet: Facet) -> Option<FixedBitSet> {
        let selected = query.filters.get(&facet)?;
        let mut ranks = FixedBitSet::with_capacity(self.dates.len());
        for value in &self.values[facet.position()] {
            if selected.contains(&value.slug) {
                ranks.union_with(&value.ranks);
            }
        }
        Some(ranks)
    }

    /// The ranks published within `from..=to`: one contiguous run, as ranks are by date.
    fn date_range(&self, from: Option<Date>, to: Option<Date>) -> FixedBitSet {
        let first = to.map_or(0, |to| self.dates.partition_point(|&date| date > to));
        let end = from.map_or(self.dates.len(), |from| self.dates.partition_point(|&date| date >= from));
        let mut ranks = FixedBitSet::with_capacity(self.dates.len());
        if first < end {
            ranks.insert_range(first..end);
        }
        ranks
    }
}
