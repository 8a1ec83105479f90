//! The quotes and figures views of a query: what each lists, and the person
//! facet's counts in the quotes view, where it counts quoted statements.

use super::{figures, quote_counts, quotes, FigureOrder, FigureRef, QuoteRef};
use crate::{Corpus, Evaluation, Explorer, Facet, Query, Sort};

/// What `view=quotes` shows.
#[derive(Clone, Debug, PartialEq)]
pub struct QuotesView<'a> {
    /// The quoted statements of the view's documents, by the selected people if any.
    pub quotes: Vec<QuoteRef<'a>>,
    /// The view's evaluation with the person facet counting quotes: each
    /// person's count is the quotes they would add (the other filters
    /// applied, the person selection not, as for any facet).
    pub evaluation: Evaluation,
}

impl<'a> QuotesView<'a> {
    /// `evaluation` is the query's own (from [`Explorer::explore`]).
    pub fn new(corpus: &'a Corpus, explorer: &Explorer, query: &Query, evaluation: &Evaluation) -> Self {
        let people: Vec<String> = query.selected(Facet::Person).map(str::to_owned).collect();
        // Without a person selected, the query's own documents are those.
        let documents = if people.is_empty() {
            evaluation.documents.clone()
        } else {
            let mut without_people = query.clone();
            without_people.filters.remove(&Facet::Person);
            explorer.explore(&without_people).evaluation.documents
        };
        let mut evaluation = evaluation.clone();
        if let Some((_, counts)) = evaluation.counts.iter_mut().find(|(facet, _)| *facet == Facet::Person) {
            *counts = quote_counts(corpus, &documents, &people);
        }
        QuotesView { quotes: quotes(corpus, &documents, &people), evaluation }
    }
}

impl FigureOrder {
    /// The figures view's order for a query's sort.
    pub fn for_sort(sort: Sort) -> FigureOrder {
        match sort {
            Sort::Largest => FigureOrder::ValueDescending,
            Sort::Smallest => FigureOrder::ValueAscending,
            Sort::Newest | Sort::Oldest | Sort::Relevance => FigureOrder::Listed,
        }
    }
}

/// What `view=figures` shows: the distinct figures of the view's
/// documents, in its order, of the chosen kinds (`kind=`) if any.
pub fn figures_view(corpus: &Corpus, query: &Query, evaluation: &Evaluation) -> Vec<FigureRef> {
    let mut listed = figures(corpus, &evaluation.documents, FigureOrder::for_sort(query.sort()));
    if !query.kinds.is_empty() {
        listed.retain(|r| r.resolve(corpus).is_some_and(|(_, figure)| query.kinds.contains(&figure.kind)));
    }
    listed
}
