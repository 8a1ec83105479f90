//! The quotes and figures views of a query: the items each lists (see
//! [`super::items`]: a search selects items by their own words, and every
//! facet counts items), in the view's order.

use super::items::{ItemIndex, ItemsView};
use super::{kind_counts, sort_by_value, FigureOrder, FigureRef, QuoteRef};
use crate::model::FigureKind;
use crate::{Corpus, Query, Sort};

/// What `view=quotes` shows: the statements the query selects.
pub fn quotes_view<'a>(index: &ItemIndex<QuoteRef<'a>>, query: &Query) -> ItemsView<QuoteRef<'a>> {
    index.view(query, |_| true)
}

/// What `view=figures` shows.
#[derive(PartialEq)]
pub struct FiguresView {
    /// The figures the query selects, of the chosen kinds (`kind=`) if any.
    pub listed: ItemsView<FigureRef>,
    /// How many figures of each kind the view would list if that kind were
    /// chosen (the other filters and the search applied, the kinds not).
    pub kinds: Vec<(FigureKind, usize)>,
}

impl FigureOrder {
    /// The figures view's order for a query's sort.
    pub fn for_sort(sort: Sort) -> FigureOrder {
        match sort {
            Sort::Largest => FigureOrder::ValueDescending,
            Sort::Smallest => FigureOrder::ValueAscending,
            // The figures view offers no order by context words; the parser drops them.
            _ => FigureOrder::Listed,
        }
    }
}

/// The figures view of a query, in its order: by date, relevance or value.
pub fn figures_view(corpus: &Corpus, index: &ItemIndex<FigureRef>, query: &Query) -> FiguresView {
    let every_kind = index.view(query, |_| true);
    let kinds = kind_counts(corpus, &every_kind.items);
    let kind_of = |figure: &FigureRef| figure.resolve(corpus).map(|(_, found)| found.kind);
    let mut listed = if query.kinds.is_empty() {
        every_kind
    } else {
        index.view(query, |figure| kind_of(figure).is_some_and(|kind| query.kinds.contains(&kind)))
    };
    sort_by_value(corpus, &mut listed.items, FigureOrder::for_sort(query.sort()));
    FiguresView { listed, kinds }
}
