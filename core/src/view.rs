//! What each view of the page is, defined once: its `view=` key, its tab,
//! what it lists, the orders it offers and what it says when it lists
//! nothing. The URL parser, its notices, the tabs, the count, the sort
//! control and the exports all read it from here; a new view is one
//! variant, one [`ViewSpec`] and its component, and every `match` on
//! [`View`] that lacks it stops the build.

use crate::Sort;

/// What the page lists for a query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The documents themselves: the page without `view=`.
    #[default]
    Documents,
    /// The quoted statements in the documents.
    Quotes,
    /// The amounts, percentages, counts and weights in the documents.
    Figures,
    /// The documents, and the search's matches, over time.
    Trends,
    /// The words and pairs of words that tell two sides apart.
    Compare,
    /// Every match of the search in its context (a concordance).
    Kwic,
}

/// Everything about a view that is not its component.
#[derive(Debug, PartialEq, Eq)]
pub struct ViewSpec {
    /// The `view=` value; the default view is written without one.
    pub key: &'static str,
    /// Earlier names of the key that links may still carry.
    pub old_keys: &'static [&'static str],
    /// The tab's label.
    pub label: &'static str,
    /// What one item of the list is called, and several.
    pub one: &'static str,
    pub many: &'static str,
    /// What the search box searches in this view ("Search the quotes").
    pub searches: &'static str,
    /// The orders the view offers (relevance only while there is a search).
    pub sorts: &'static [Sort],
    /// What the view finds none of, when its documents have none (the
    /// documents view offers ways to widen the search instead).
    pub lacking: Option<&'static str>,
    /// Whether the facets count the view's own items (documents, quotes,
    /// figures), a search selecting items by their own words; otherwise
    /// they count documents.
    pub facets_count_items: bool,
}

/// Items a list renders at first, and adds with each "Show more": the
/// build's first view lists as many documents. Twenty, as GOV.UK's search
/// lists: every filter's click renders the list anew, and at 5,000
/// documents with a search on, 50 results took most of a click's 100 ms.
pub const PAGE: usize = 20;

const BY_DATE_OR_RELEVANCE: &[Sort] = &[Sort::Newest, Sort::Oldest, Sort::Relevance];

const DOCUMENTS: ViewSpec = ViewSpec {
    key: "documents",
    old_keys: &["results"],
    label: "Documents",
    one: "document",
    many: "documents",
    searches: "documents",
    sorts: BY_DATE_OR_RELEVANCE,
    lacking: None,
    facets_count_items: true,
};

const QUOTES: ViewSpec = ViewSpec {
    key: "quotes",
    old_keys: &[],
    label: "Quotes",
    one: "quote",
    many: "quotes",
    searches: "quotes",
    sorts: BY_DATE_OR_RELEVANCE,
    lacking: Some("quotations"),
    facets_count_items: true,
};

const FIGURES: ViewSpec = ViewSpec {
    key: "figures",
    old_keys: &[],
    label: "Figures",
    one: "figure",
    many: "figures",
    searches: "figures",
    sorts: &[Sort::Newest, Sort::Oldest, Sort::Relevance, Sort::Largest, Sort::Smallest],
    lacking: Some("figures"),
    facets_count_items: true,
};

const TRENDS: ViewSpec = ViewSpec {
    key: "trends",
    old_keys: &[],
    label: "Trends",
    one: "span",
    many: "spans",
    searches: "documents",
    sorts: &[],
    lacking: None,
    facets_count_items: false,
};

const COMPARE: ViewSpec = ViewSpec {
    key: "compare",
    old_keys: &[],
    label: "Compare",
    one: "distinctive term",
    many: "distinctive terms",
    searches: "documents",
    sorts: &[],
    lacking: None,
    facets_count_items: false,
};

const KWIC: ViewSpec = ViewSpec {
    key: "kwic",
    old_keys: &[],
    label: "In context",
    one: "line",
    many: "lines",
    searches: "documents",
    sorts: &[Sort::Newest, Sort::Oldest, Sort::Left1, Sort::Left2, Sort::Right1, Sort::Right2],
    lacking: None,
    facets_count_items: false,
};

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 6] =
        [View::Documents, View::Quotes, View::Figures, View::Trends, View::Compare, View::Kwic];

    pub fn spec(self) -> &'static ViewSpec {
        match self {
            View::Documents => &DOCUMENTS,
            View::Quotes => &QUOTES,
            View::Figures => &FIGURES,
            View::Trends => &TRENDS,
            View::Compare => &COMPARE,
            View::Kwic => &KWIC,
        }
    }

    /// The `view=` value.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The view a `view=` value names, by its key or an earlier one.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.key() == key || view.spec().old_keys.contains(&key))
    }

    /// "1 document", "29 quotes".
    pub fn count(self, n: usize) -> String {
        let spec = self.spec();
        format!("{n} {}", if n == 1 { spec.one } else { spec.many })
    }

    /// What the facets' counts count in this view: its items, or documents.
    pub fn counted(self) -> View {
        if self.spec().facets_count_items {
            self
        } else {
            View::Documents
        }
    }

    /// Whether the view analyses the documents (a chart, a comparison, a
    /// concordance) rather than listing items.
    pub fn analyses(self) -> bool {
        matches!(self, View::Trends | View::Compare | View::Kwic)
    }

    /// Whether the view offers an order.
    pub fn offers(self, sort: Sort) -> bool {
        self.spec().sorts.contains(&sort)
    }

    /// The views' keys as a reader reads them: "documents, quotes and figures".
    pub fn keys_in_words() -> String {
        let keys: Vec<&str> = View::ALL.iter().map(|view| view.key()).collect();
        match keys.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_read_back() {
        for view in View::ALL {
            assert_eq!(View::from_key(view.key()), Some(view));
            let others = View::ALL.into_iter().filter(|other| *other != view);
            for other in others {
                assert_ne!(view.key(), other.key());
                assert!(!other.spec().old_keys.contains(&view.key()));
            }
        }
        assert_eq!(View::from_key("results"), Some(View::Documents));
        assert_eq!(View::from_key("Quotes"), None);
    }

    #[test]
    fn counts_and_key_lists_read_as_english() {
        assert_eq!(View::Documents.count(1), "1 document");
        assert_eq!(View::Quotes.count(0), "0 quotes");
        assert_eq!(View::keys_in_words(), "documents, quotes, figures, trends, compare and kwic");
    }

    #[test]
    fn only_figures_sort_by_value() {
        let by_value: Vec<View> = View::ALL
            .into_iter()
            .filter(|view| view.offers(Sort::Largest) || view.offers(Sort::Smallest))
            .collect();
        assert_eq!(by_value, vec![View::Figures]);
        let lists = View::ALL.into_iter().filter(|view| !view.analyses());
        assert!(lists.into_iter().all(|view| view.offers(Sort::Newest) && view.offers(Sort::Relevance)));
        assert!(View::Kwic.offers(Sort::Left1) && !View::Kwic.offers(Sort::Relevance));
    }
}
