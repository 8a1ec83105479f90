//! The whole view state, as the URL's query string carries it (design.md's
//! URL scheme): parsing any order and form, printing one canonical form.

mod decode;
mod notice;
mod parse;
mod resolve;
mod side;

pub use notice::{Notice, Reason};
pub use side::{Side, SideError};

use crate::model::FigureKind;
use crate::{Date, Facet, View};
use std::collections::{BTreeMap, BTreeSet};

/// How results are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Newest,
    Oldest,
    Relevance,
    /// The figures view only: largest value first.
    Largest,
    /// The figures view only: smallest value first.
    Smallest,
    /// The concordance only: by the first word left of the match, then the second.
    Left1,
    Left2,
    /// The concordance only: by the first word right of the match, then the second.
    Right1,
    Right2,
}

impl Sort {
    pub const ALL: [Sort; 9] = [
        Sort::Newest,
        Sort::Oldest,
        Sort::Relevance,
        Sort::Largest,
        Sort::Smallest,
        Sort::Left1,
        Sort::Left2,
        Sort::Right1,
        Sort::Right2,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
            Sort::Largest => "largest",
            Sort::Smallest => "smallest",
            Sort::Left1 => "1L",
            Sort::Left2 => "2L",
            Sort::Right1 => "1R",
            Sort::Right2 => "2R",
        }
    }

    /// How the sort control names the order.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Newest => "Newest first",
            Sort::Oldest => "Oldest first",
            Sort::Relevance => "Most relevant",
            Sort::Largest => "Largest first",
            Sort::Smallest => "Smallest first",
            Sort::Left1 => "Word before (1L)",
            Sort::Left2 => "Second word before (2L)",
            Sort::Right1 => "Word after (1R)",
            Sort::Right2 => "Second word after (2R)",
        }
    }

    /// The orders a view offers now: its own, relevance only with a search.
    pub fn offered(view: View, searching: bool) -> impl Iterator<Item = Sort> {
        view.spec().sorts.iter().copied().filter(move |sort| *sort != Sort::Relevance || searching)
    }

    /// The order a `sort=` value names (`1l` is `1L`).
    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.key().eq_ignore_ascii_case(key))
    }
}

/// Everything a view shows, so that every view is a link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// The search text, as typed.
    pub q: String,
    /// Selected values per facet; never holds an empty set.
    pub filters: BTreeMap<Facet, BTreeSet<String>>,
    /// Publication date range, inclusive.
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// `None` means the default for the query (see [`Query::sort`]).
    pub sort: Option<Sort>,
    /// The document open in the reader.
    pub doc: Option<String>,
    /// With `doc`: the paragraph to show, 1-based.
    pub p: Option<u32>,
    pub view: View,
    /// In the figures view: the kinds of figure shown (`kind=`); all when empty.
    pub kinds: BTreeSet<FigureKind>,
    /// In the compare view: each side's own selection (`a=`, `b=`); the
    /// view chooses the two governments with documents when both are unset.
    pub a: Option<Side>,
    pub b: Option<Side>,
    /// In the concordance: the words shown each side of a match (`ctx=`);
    /// [`Query::DEFAULT_CONTEXT`] when unset.
    pub context: Option<u8>,
}

impl Query {
    /// The words a concordance line shows each side of its match by default.
    pub const DEFAULT_CONTEXT: u8 = 6;
    /// The most words a concordance line shows each side.
    pub const MAX_CONTEXT: u8 = 20;

    /// The concordance's words each side of a match.
    pub fn context(&self) -> usize {
        usize::from(self.context.unwrap_or(Query::DEFAULT_CONTEXT))
    }

    /// Sets the concordance's words each side, storing nothing for the default.
    pub fn set_context(&mut self, words: u8) {
        let words = words.clamp(1, Query::MAX_CONTEXT);
        self.context = (words != Query::DEFAULT_CONTEXT).then_some(words);
    }

    /// Reads a query string (with or without the leading `?`). Never fails:
    /// whatever cannot be used is left out and reported as a notice.
    pub fn parse(query_string: &str) -> (Query, Vec<Notice>) {
        parse::parse(query_string)
    }

    /// Whether the reader typed a search.
    pub fn has_search(&self) -> bool {
        !self.q.trim().is_empty()
    }

    /// Whether the view needs every document's text: the quotes and
    /// figures views. The documents list needs only the text of the
    /// documents it shows, and a search there only the search index's
    /// files for its words; the trends view, the comparison and the
    /// concordance read the index's files too, and the text only of the
    /// documents their search finds or they compare (`Explorer::texts_read`).
    pub fn needs_text(&self) -> bool {
        !matches!(self.view, View::Documents | View::Trends | View::Kwic | View::Compare)
    }

    /// The document the reader shows, in a view that does not load the
    /// whole text, whose text is the only text the reader needs.
    pub fn reads_alone(&self) -> Option<&str> {
        self.doc.as_deref().filter(|_| !self.needs_text())
    }

    /// Whether the view reads the search index's files: a search of the
    /// documents list or the concordance (for its words), or the trends
    /// view and the comparison (each document's length in words, the
    /// vocabulary, and their search's counts).
    pub fn reads_index(&self) -> bool {
        match self.view {
            View::Documents | View::Kwic => self.has_search(),
            View::Trends | View::Compare => true,
            _ => false,
        }
    }

    /// The documents list of the same filters, which needs no text.
    pub fn without_text(&self) -> Query {
        Query { q: String::new(), doc: None, p: None, view: View::Documents, ..self.clone() }
    }

    /// The order in effect: the chosen one, or the default.
    pub fn sort(&self) -> Sort {
        self.sort.unwrap_or(self.default_sort())
    }

    /// Relevance with a search (in a view that ranks), newest first without.
    pub fn default_sort(&self) -> Sort {
        if self.has_search() && self.view.offers(Sort::Relevance) {
            Sort::Relevance
        } else {
            Sort::Newest
        }
    }

    pub fn selected(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.filters.get(&facet).into_iter().flatten().map(String::as_str)
    }

    pub fn is_selected(&self, facet: Facet, slug: &str) -> bool {
        self.filters.get(&facet).is_some_and(|values| values.contains(slug))
    }

    /// Whether any filter (facet value or date bound) narrows the results.
    pub fn has_filters(&self) -> bool {
        !self.filters.is_empty() || self.from.is_some() || self.to.is_some()
    }

    /// Selects a facet value, or unselects it if it was selected.
    pub fn toggle(&mut self, facet: Facet, slug: &str) {
        let values = self.filters.entry(facet).or_default();
        if !values.remove(slug) {
            values.insert(slug.to_owned());
        }
        if values.is_empty() {
            self.filters.remove(&facet);
        }
    }

    /// Selects a facet value, leaving it selected if it already was.
    pub fn select(&mut self, facet: Facet, slug: &str) {
        self.filters.entry(facet).or_default().insert(slug.to_owned());
    }

    /// Removes every filter and the date range, keeping the search and sort.
    pub fn clear_filters(&mut self) {
        self.filters.clear();
        self.from = None;
        self.to = None;
    }

    /// Sets the search text, keeping the order canonical (relevance is the
    /// default only with a search).
    pub fn set_search(&mut self, text: String) {
        self.q = text;
        self.normalise_sort();
    }

    /// Sets the order, storing nothing when it is the default.
    pub fn set_sort(&mut self, sort: Sort) {
        self.sort = Some(sort);
        self.normalise_sort();
    }

    /// Shows another view of the same filters, dropping an order or a
    /// figure kind the view lacks.
    pub fn set_view(&mut self, view: View) {
        self.view = view;
        self.normalise_sort();
        self.normalise_kinds();
        self.normalise_view_keys();
    }

    /// Shows or hides a kind of figure in the figures view.
    pub fn toggle_kind(&mut self, kind: FigureKind) {
        if !self.kinds.remove(&kind) {
            self.kinds.insert(kind);
        }
    }

    /// Drops figure kinds outside the figures view, which alone lists figures.
    fn normalise_kinds(&mut self) -> Option<Notice> {
        if self.view == View::Figures || self.kinds.is_empty() {
            return None;
        }
        let kinds: Vec<&str> = std::mem::take(&mut self.kinds).into_iter().map(FigureKind::key).collect();
        Some(Notice::new("kind", &kinds.join(","), Reason::KindNeedsFigures))
    }

    /// Drops the sides outside the compare view and the context width
    /// outside the concordance, which alone use them.
    fn normalise_view_keys(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        if self.view != View::Compare {
            for (key, side) in [("a", self.a.take()), ("b", self.b.take())] {
                notices.extend(side.map(|side| Notice::new(key, &side.key(), Reason::SideNeedsCompare)));
            }
        }
        if self.view != View::Kwic {
            let context = self.context.take();
            notices.extend(context.map(|c| Notice::new("ctx", &c.to_string(), Reason::ContextNeedsKwic)));
        }
        notices
    }

    /// Keeps `sort` only where it differs from the default, and drops
    /// relevance where there is no search to rank by and an order the view
    /// does not offer.
    fn normalise_sort(&mut self) -> Option<Notice> {
        if self.sort == Some(Sort::Relevance) && !self.has_search() {
            self.sort = None;
            return Some(Notice::new("sort", Sort::Relevance.key(), Reason::RelevanceNeedsSearch));
        }
        if let Some(sort) = self.sort.filter(|sort| !self.view.offers(*sort)) {
            self.sort = None;
            return Some(Notice::new("sort", sort.key(), Reason::SortNotOffered(self.view)));
        }
        if self.sort == Some(self.default_sort()) {
            self.sort = None;
        }
        None
    }

    /// The canonical query string, without `?`: keys in the URL scheme's
    /// order, values sorted, defaults left out.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for (facet, values) in &self.filters {
            for value in values {
                out.append_pair(facet.key(), value);
            }
        }
        for (key, date) in [("from", self.from), ("to", self.to)] {
            if let Some(date) = date {
                out.append_pair(key, &date.to_string());
            }
        }
        if let Some(sort) = self.sort {
            out.append_pair("sort", sort.key());
        }
        if let Some(doc) = &self.doc {
            out.append_pair("doc", doc);
            if let Some(p) = self.p {
                out.append_pair("p", &p.to_string());
            }
        }
        if self.view != View::default() {
            out.append_pair("view", self.view.key());
        }
        for kind in &self.kinds {
            out.append_pair("kind", kind.key());
        }
        for (key, side) in [("a", &self.a), ("b", &self.b)] {
            if let Some(side) = side {
                out.append_pair(key, &side.key());
            }
        }
        if let Some(context) = self.context {
            out.append_pair("ctx", &context.to_string());
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests;
