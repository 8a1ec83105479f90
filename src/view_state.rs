//! The view state every component reads: the query of the page's address
//! (with the search being typed in place of its `q`), what was ignored in
//! it, and what the index computes for it; and every change, made as a
//! navigation to a canonical link.

use crate::embedded::{corpus, explorer, figure_index, quote_index, readable};
use crate::navigation::{Entry, Navigation};
use crate::result_texts::ResultTexts;
use explorer_core::analysis::{
    collocates, compare, concordance, trends, Collocate, Comparison, Concordance, Trends,
};
use explorer_core::model::{Document, FigureKind};
use explorer_core::research::{figures_view, quotes_view, FiguresView, ItemsView};
use explorer_core::{Evaluation, FigureRef, Notice, Outcome, Query, QuoteRef, View};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::time::Duration;

/// Typing is written to the address after this quiet time.
const DEBOUNCE: Duration = Duration::from_millis(120);
/// A pause this long ends a typing run: the next keystroke makes a new history entry.
const PAUSE_MS: f64 = 1000.0;

/// Shared by all components through context.
#[derive(Clone, Copy)]
pub struct ViewState {
    /// What the page shows: the address's query, with the search being typed.
    pub query: Memo<Query>,
    pub notices: Memo<Vec<Notice>>,
    pub outcome: Memo<Outcome>,
    /// The results and every facet's counts; in the quotes view the person
    /// facet counts quotations.
    pub evaluation: Memo<Evaluation>,
    /// The statements listed in the quotes view (empty in other views).
    pub quotes: Memo<Vec<QuoteRef<'static>>>,
    /// The figures listed in the figures view (empty in other views).
    pub figures: Memo<Vec<FigureRef>>,
    /// In the figures view, how many figures of each kind it would list.
    pub figure_kinds: Memo<Vec<(FigureKind, usize)>>,
    /// What the view on show lists or computes beyond the documents' outcome.
    pub listed: Memo<Listed>,
    /// Whether the documents' text has loaded, which every view but the
    /// documents list needs.
    pub text: RwSignal<TextLoad>,
    /// While the whole text loads: how many of its shards have arrived.
    text_arrived: RwSignal<usize>,
    /// The document the reader shows alone (`Query::reads_alone`) and
    /// whether its text, fetched on its own, has loaded.
    read_alone: RwSignal<(String, TextLoad)>,
    /// The search of a view that reads the search index (`Query::reads_index`)
    /// and whether the index's files it needs have loaded.
    search_load: RwSignal<(String, TextLoad)>,
    /// Whether the view, if it reads the search index, is answered as from
    /// the whole text ([`search_is_ready`]), worked out once per change.
    search_ready: Memo<bool>,
    /// Whether the view waits for the whole text (`Query::needs_text`),
    /// worked out once per change.
    whole_text: Memo<bool>,
    /// The documents whose text the view reads and the search index does
    /// not know yet (`Explorer::texts_read`): the concordance's and the
    /// phrase trends' documents, and the comparison's, fetched without the rest.
    found_missing: Memo<Vec<usize>>,
    /// The found texts asked for last and whether they have loaded.
    found_load: RwSignal<(Vec<usize>, TextLoad)>,
    /// While found texts load: how many of their shards are here, of how many.
    found_arrived: RwSignal<(usize, usize)>,
    /// The texts the results of a search wait for ([`ViewState::text_of`]).
    result_texts: ResultTexts,
    /// Whether the view on show needs text that has not loaded yet: the
    /// page says the text is loading in its place.
    pub waiting: Memo<bool>,
    navigation: Navigation,
    typing: Typing,
}

/// Where the documents' text is.
#[derive(Clone, Debug, PartialEq)]
pub enum TextLoad {
    /// Not asked for yet.
    Absent,
    Loading,
    Ready,
    /// It could not be loaded: why (only the browser loads it).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Failed(String),
}

/// What the view on show lists beyond the documents' outcome; each
/// analysis is computed only while its view is on show.
#[derive(PartialEq)]
pub enum Listed {
    Documents,
    Quotes(ItemsView<QuoteRef<'static>>),
    Figures(FiguresView),
    Trends(Trends),
    /// `None` when the view has no two sides to compare (boxed: it is large).
    Compare(Option<Box<Comparison>>),
    Kwic(Concordance, Vec<Collocate>),
}

impl Listed {
    /// How many items an analysis view shows: spans, terms or lines.
    pub fn analysed_count(&self) -> usize {
        match self {
            Listed::Trends(trends) => trends.spans.len(),
            Listed::Compare(comparison) => comparison.as_deref().map_or(0, Comparison::term_count),
            Listed::Kwic(concordance, _) => concordance.lines.len(),
            Listed::Documents | Listed::Quotes(_) | Listed::Figures(_) => 0,
        }
    }
}

/// A search being typed: shown at once, written to the address after a quiet
/// moment, and dropped by any other move: Back and Forward leave the view it
/// was typed in; a link or a filter carries the text along.
#[derive(Clone, Copy)]
struct Typing {
    draft: RwSignal<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Whether this typing run already has its own history entry.
    run_has_entry: StoredValue<bool>,
    /// When the last keystroke came (ms since the epoch), to tell a pause that ends a run.
    last_keystroke: StoredValue<f64>,
}

impl Typing {
    fn new() -> Typing {
        Typing {
            draft: RwSignal::new(None),
            timer: StoredValue::new(None),
            run_has_entry: StoredValue::new(false),
            last_keystroke: StoredValue::new(f64::NEG_INFINITY),
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Forgets the text being typed and ends the run.
    fn drop_draft(&self) {
        self.cancel_timer();
        self.draft.set(None);
        self.run_has_entry.set_value(false);
    }
}

/// Whether a view reading the search index is answered as from the whole
/// text: the text is here, or the index's head and the postings files of
/// the search's words are.
fn search_is_ready(query: &Query) -> bool {
    corpus().has_text() || (explorer().search_is_indexed() && explorer().missing_files(query).is_empty())
}

/// Runs a load asked for by `asked` (a document, a search or some
/// documents), and records how it ended in `load`, unless something else
/// has been asked for since.
#[cfg(target_arch = "wasm32")]
fn settle<Asked: PartialEq + Send + Sync + 'static>(
    load: RwSignal<(Asked, TextLoad)>,
    asked: Asked,
    loading: impl std::future::Future<Output = Result<(), String>> + 'static,
) {
    leptos::task::spawn_local(async move {
        let ended = match loading.await {
            Ok(()) => TextLoad::Ready,
            Err(problem) => TextLoad::Failed(problem),
        };
        load.update(|(current, state)| {
            if *current == asked {
                *state = ended;
            }
        });
    });
}

impl ViewState {
    /// Reads the address and follows it; call once, at the root. When the
    /// build renders the first view ahead of time, `prerendering` is the
    /// page's path, and the address is that path without a query.
    pub fn provide(prerendering: Option<String>) -> ViewState {
        let typing = Typing::new();
        let navigation = match prerendering {
            None => Navigation::install(move || typing.drop_draft()),
            Some(path) => Navigation::fixed(path),
        };
        let parsed = Memo::new(move |_| navigation.search.with(|search| Query::parse_for(search, corpus())));
        let query = Memo::new(move |_| {
            let mut query = parsed.with(|(query, _)| query.clone());
            if let Some(draft) = typing.draft.get() {
                query.set_search(draft);
            }
            query
        });
        let text = RwSignal::new(if corpus().has_text() { TextLoad::Ready } else { TextLoad::Absent });
        let text_arrived = RwSignal::new(0);
        let read_alone = RwSignal::new((String::new(), TextLoad::Absent));
        let search_load = RwSignal::new((String::new(), TextLoad::Absent));
        let search_ready = Memo::new(move |_| {
            search_load.track();
            query.with(|query| !query.reads_index() || search_is_ready(query))
        });
        let whole_text = Memo::new(move |_| query.with(Query::needs_text));
        // Until the text is there, a view that needs it is not shown and
        // nothing is computed from it; a search of the list and the trends
        // wait for their index files, the reader for its document's text.
        let index_waiting = Memo::new(move |_| {
            query.with(|query| {
                if text.with(|text| *text == TextLoad::Ready) {
                    return false;
                }
                if whole_text.get() {
                    return true;
                }
                let reader_waits = query.reads_alone().is_some_and(|id| {
                    read_alone.track();
                    corpus().document(id).is_some() && readable(id).is_none()
                });
                reader_waits || !search_ready.get()
            })
        });
        let outcome = Memo::new(move |_| {
            query.with(|query| match index_waiting.get() {
                true => explorer().explore(&query.without_text()),
                false => explorer().explore(query),
            })
        });
        let found_load = RwSignal::new((Vec::new(), TextLoad::Absent));
        let found_missing = Memo::new(move |_| {
            let whole = text.with(|text| *text == TextLoad::Ready);
            if whole || index_waiting.get() {
                return Vec::new();
            }
            found_load.track();
            let found = |query: &Query| {
                outcome.with(|outcome| explorer().texts_read(corpus(), query, &outcome.evaluation.documents))
            };
            // Most views read no text by document, and need no search index to say so.
            let read = query.with(found);
            match read.is_empty() {
                true => read,
                false => explorer().unknown_texts(&read),
            }
        });
        let waiting =
            Memo::new(move |_| index_waiting.get() || found_missing.with(|missing| !missing.is_empty()));
        let listed = Memo::new(move |_| {
            query.with(|query| match query.view {
                _ if waiting.get() => Listed::Documents,
                View::Documents => Listed::Documents,
                View::Quotes => Listed::Quotes(quotes_view(quote_index(), query)),
                View::Figures => Listed::Figures(figures_view(corpus(), figure_index(), query)),
                View::Trends => outcome.with(|outcome| Listed::Trends(trends(corpus(), explorer(), outcome))),
                View::Compare => Listed::Compare(compare(corpus(), explorer(), query).map(Box::new)),
                View::Kwic => outcome.with(|outcome| {
                    let lines = concordance(corpus(), explorer(), outcome, query.context(), query.sort());
                    let near = collocates(explorer(), &lines, &outcome.evaluation.documents);
                    Listed::Kwic(lines, near)
                }),
            })
        });
        let state = ViewState {
            query,
            notices: Memo::new(move |_| parsed.with(|(_, notices)| notices.clone())),
            outcome,
            evaluation: Memo::new(move |_| {
                listed.with(|listed| match listed {
                    Listed::Quotes(view) => view.evaluation.clone(),
                    Listed::Figures(view) => view.listed.evaluation.clone(),
                    _ => outcome.with(|outcome| outcome.evaluation.clone()),
                })
            }),
            quotes: Memo::new(move |_| {
                listed.with(|listed| match listed {
                    Listed::Quotes(view) => view.items.clone(),
                    _ => Vec::new(),
                })
            }),
            figures: Memo::new(move |_| {
                listed.with(|listed| match listed {
                    Listed::Figures(view) => view.listed.items.clone(),
                    _ => Vec::new(),
                })
            }),
            figure_kinds: Memo::new(move |_| {
                listed.with(|listed| match listed {
                    Listed::Figures(view) => view.kinds.clone(),
                    _ => Vec::new(),
                })
            }),
            listed,
            text,
            text_arrived,
            read_alone,
            search_load,
            search_ready,
            whole_text,
            found_missing,
            found_load,
            found_arrived: RwSignal::new((0, 0)),
            result_texts: ResultTexts::new(query),
            waiting,
            navigation,
            typing,
        };
        provide_context(state);
        Effect::new(move |_| {
            if !waiting.get() {
                return;
            }
            query.with(|query| {
                if whole_text.get() {
                    return state.prefetch_text();
                }
                let missing = found_missing.get();
                if !missing.is_empty() {
                    let asked =
                        found_load.with(|(asked, load)| *asked == missing && *load != TextLoad::Absent);
                    if !asked {
                        state.load_found(missing);
                    }
                    return;
                }
                if let Some(id) = query.reads_alone() {
                    let asked = read_alone.with(|(asked, load)| asked == id && *load != TextLoad::Absent);
                    if readable(id).is_none() && !asked {
                        state.load_alone(id.to_owned());
                    }
                }
                let asked = search_load.with(|(asked, load)| *asked == query.q && *load != TextLoad::Absent);
                if !search_ready.get() && !asked {
                    state.load_search(query.clone());
                }
            })
        });
        state
    }

    /// The load the view on show waits for: the reader's document, the
    /// search's index files, or the whole text.
    pub fn text_load(&self) -> TextLoad {
        if self.whole_text.get() {
            return self.text.get();
        }
        if self.found_missing.with(|missing| !missing.is_empty()) {
            return match self.found_load.with(|(_, load)| load.clone()) {
                TextLoad::Failed(problem) => TextLoad::Failed(problem),
                _ => TextLoad::Loading,
            };
        }
        let alone = self.read_alone.with(|(_, load)| load.clone());
        let search = self.search_load.with(|(_, load)| load.clone());
        match (alone, search) {
            (TextLoad::Failed(problem), _) | (_, TextLoad::Failed(problem)) => TextLoad::Failed(problem),
            _ => TextLoad::Loading,
        }
    }

    /// While the view on show waits for the whole text, or the texts of
    /// its search's documents, in more than one shard: how many have
    /// arrived, of how many.
    pub fn text_progress(&self) -> Option<(usize, usize)> {
        if self.whole_text.get() {
            let total = corpus().text_shards().len();
            return (self.text.get() == TextLoad::Loading && total > 1)
                .then(|| (self.text_arrived.get(), total));
        }
        let loading = self.found_load.with(|(_, load)| *load == TextLoad::Loading);
        let found = self.found_missing.with(|missing| !missing.is_empty()) && loading;
        let (arrived, total) = self.found_arrived.get();
        (found && total > 1).then_some((arrived, total))
    }

    /// Whether the view on show waits for the search index's files.
    pub fn waits_for_search(&self) -> bool {
        !self.search_ready.get()
    }

    /// Loads the text the view on show waits for (again, after a failure).
    pub fn retry_text(&self) {
        let query = self.query.get_untracked();
        if self.whole_text.get_untracked() {
            return self.load_text();
        }
        let missing = self.found_missing.get_untracked();
        if !missing.is_empty() {
            return self.load_found(missing);
        }
        if let Some(id) = query.reads_alone().filter(|id| readable(id).is_none()) {
            self.load_alone(id.to_owned());
        }
        if !self.search_ready.get_untracked() {
            self.load_search(query);
        }
    }

    /// Fetches the shards holding the texts of the documents at
    /// `positions`, which the search index then learns; a load that ends
    /// after the view has changed leaves the next one's state alone.
    fn load_found(&self, positions: Vec<usize>) {
        self.found_arrived.set((0, crate::embedded::shards_holding(&positions).len()));
        self.found_load.set((positions.clone(), TextLoad::Loading));
        #[cfg(target_arch = "wasm32")]
        {
            let arrived = self.found_arrived;
            let loading = crate::embedded::load_found_texts(positions.clone(), move |count| {
                arrived.update(|(done, _)| *done = count);
            });
            settle(self.found_load, positions, loading);
        }
    }

    /// Loads the search index's files that the view of `query` needs; a load that ends after the search has changed leaves
    /// the next one's state alone.
    fn load_search(&self, query: Query) {
        self.search_load.set((query.q.clone(), TextLoad::Loading));
        #[cfg(target_arch = "wasm32")]
        settle(self.search_load, query.q.clone(), async move { crate::embedded::load_search(&query).await });
    }

    /// A result's document with its text, once its text is here; asks for
    /// it, after the results listed before it, if it is not. Called inside
    /// a reactive closure, it follows the text's arrival.
    pub fn text_of(&self, id: &str) -> Option<&'static Document> {
        self.result_texts.text_of(id)
    }

    /// Whether a result's text failed to arrive, and asking for it again.
    pub fn result_text_failed(&self, id: &str) -> bool {
        self.result_texts.failed(id)
    }

    pub fn retry_result_texts(&self, id: &str) {
        self.result_texts.retry(id);
    }

    /// Loads the text of the document `id` on its own, for the reader; a
    /// load that ends after the reader has moved on leaves the next one's
    /// state alone (it may have brought that document's text too).
    fn load_alone(&self, id: String) {
        self.read_alone.set((id.clone(), TextLoad::Loading));
        #[cfg(target_arch = "wasm32")]
        settle(self.read_alone, id.clone(), async move { crate::embedded::load_document_text(&id).await });
    }

    /// Starts loading the search index's head if nothing has asked for it
    /// yet: when the reader is about to search, so that the first results
    /// wait only for the postings of their words.
    pub fn prefetch_search(&self) {
        #[cfg(target_arch = "wasm32")]
        if self.search_load.with_untracked(|(_, load)| *load == TextLoad::Absent) && !corpus().has_text() {
            leptos::task::spawn_local(async {
                let _ = crate::embedded::load_search(&Query::default()).await;
            });
        }
    }

    /// Starts loading the documents' text if nothing has asked for it yet.
    fn prefetch_text(&self) {
        if self.text.get_untracked() == TextLoad::Absent {
            self.load_text();
        }
    }

    /// Loads the documents' text.
    fn load_text(&self) {
        let (text, arrived) = (self.text, self.text_arrived);
        arrived.set(0);
        text.set(TextLoad::Loading);
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            match crate::embedded::load_text(move |shards| arrived.set(shards)).await {
                Ok(()) => {
                    text.set(TextLoad::Ready);
                    crate::embedded::index_search_later();
                }
                Err(problem) => text.set(TextLoad::Failed(problem)),
            }
        });
    }

    pub fn get() -> ViewState {
        expect_context()
    }

    /// The link to a view: this page's own path with the query's canonical form.
    pub fn href(&self, query: &Query) -> String {
        self.navigation.href(&query.to_query_string())
    }

    /// The current view with a change applied, as a link. Called inside a
    /// reactive closure, the link follows the view.
    pub fn href_with(&self, change: impl FnOnce(&mut Query)) -> String {
        let mut query = self.query.get();
        change(&mut query);
        self.href(&query)
    }

    /// Goes to the current view with a change applied: a new history entry,
    /// keeping the scroll position. A search being typed goes along.
    pub fn navigate_with(&self, change: impl FnOnce(&mut Query)) {
        let mut query = self.query.get_untracked();
        change(&mut query);
        self.typing.drop_draft();
        self.navigation.go(&query.to_query_string(), Entry::Push);
    }

    /// Shows a search as it is typed; writes it to the address once typing
    /// pauses. The first write of a typing run makes a history entry, the
    /// rest rewrite it, so Back does not step through every keystroke.
    pub fn type_search(&self, text: String) {
        let typing = self.typing;
        let now = js_sys::Date::now();
        if now - typing.last_keystroke.get_value() >= PAUSE_MS {
            typing.run_has_entry.set_value(false);
        }
        typing.last_keystroke.set_value(now);
        typing.draft.set(Some(text));
        typing.cancel_timer();
        let state = *self;
        typing.timer.set_value(set_timeout_with_handle(move || state.commit_search(), DEBOUNCE).ok());
    }

    /// Writes the search being typed to the address now (Enter, or the quiet
    /// time after typing).
    pub fn commit_search(&self) {
        let typing = self.typing;
        typing.cancel_timer();
        if typing.draft.get_untracked().is_none() {
            return;
        }
        let entry = if typing.run_has_entry.get_value() { Entry::Replace } else { Entry::Push };
        let query_string = self.query.get_untracked().to_query_string();
        self.navigation.go(&query_string, entry);
        typing.draft.set(None);
        typing.run_has_entry.set_value(true);
    }

    /// Ends a typing run: the next keystroke starts a new history entry.
    pub fn end_typing_run(&self) {
        self.commit_search();
        self.typing.run_has_entry.set_value(false);
    }

    /// The byte ranges of a text of the corpus that the view's search
    /// matches, to mark: in the quotes and figures views, as the items'
    /// search matches them.
    pub fn marks(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        self.listed.with(|listed| match listed {
            Listed::Quotes(view) => view.outcome.spans(text),
            Listed::Figures(view) => view.listed.outcome.spans(text),
            _ => self.outcome.with(|outcome| outcome.spans(text)),
        })
    }

    /// The absolute address of a view, for copying.
    pub fn absolute_url(&self, query: &Query) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", self.href(query))
    }
}
