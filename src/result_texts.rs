//! The text of the results the list shows whose passages need it (a
//! search's), or whose summaries (a large corpus's documents outside the
//! first view): fetched a few shards at a time in the order the results
//! are listed, so that on a slow connection the first results come first,
//! and a new view drops what the last one still wanted; a text that failed
//! to arrive is marked so, for its result to offer a retry.

use crate::embedded::{corpus, readable};
use explorer_core::model::Document;
use explorer_core::order;
use explorer_core::Query;
use leptos::prelude::*;
use std::collections::VecDeque;

/// Shards fetched at once for results.
#[cfg(target_arch = "wasm32")]
const AT_ONCE: usize = 2;

/// The texts results wait for.
#[derive(Clone, Copy)]
pub struct ResultTexts {
    /// The view's query, whose list the wanted texts are for.
    query: Memo<Query>,
    /// How many texts have arrived: what the results follow.
    arrived: RwSignal<u32>,
    /// The documents wanted, each with the view that wanted it, in order.
    wanted: StoredValue<VecDeque<(Query, String)>>,
    /// The documents whose text failed to arrive, each with the view that
    /// wanted it (until asked for again; a new view asks again).
    failed: RwSignal<Vec<(Query, String)>>,
    /// How many fetches are under way.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fetching: StoredValue<usize>,
}

impl ResultTexts {
    pub fn new(query: Memo<Query>) -> ResultTexts {
        ResultTexts {
            query,
            arrived: RwSignal::new(0),
            wanted: StoredValue::new(VecDeque::new()),
            failed: RwSignal::new(Vec::new()),
            fetching: StoredValue::new(0),
        }
    }

    /// The document `id` with its text, once its text is here; asks for it
    /// if it is not. Called inside a reactive closure, it follows the text's arrival.
    pub fn text_of(&self, id: &str) -> Option<&'static Document> {
        self.arrived.track();
        let document = readable(id);
        if document.is_none() && corpus().document(id).is_some() && !self.failed(id) {
            let q = self.query.get_untracked();
            self.wanted.update_value(|wanted| {
                if !wanted.iter().any(|(_, wanted_id)| wanted_id == id) {
                    wanted.push_back((q, id.to_owned()));
                }
            });
            self.fetch_next();
        }
        document
    }

    /// Whether the text of the document `id` failed to arrive. Called
    /// inside a reactive closure, it follows the failures.
    pub fn failed(&self, id: &str) -> bool {
        let q = self.query.get_untracked();
        self.failed.with(|failed| failed.iter().any(|(asked, failed)| *asked == q && failed == id))
    }

    /// Asks again for the texts that failed to arrive, `id`'s first.
    pub fn retry(&self, id: &str) {
        let mut failed = self.failed.get_untracked();
        order::sort_by_key(&mut failed, |(_, failed)| failed != id);
        self.failed.set(Vec::new());
        self.wanted.update_value(|wanted| {
            for asked in failed.into_iter().rev() {
                wanted.push_front(asked);
            }
        });
        self.fetch_next();
    }

    /// Starts fetching the next wanted texts, up to [`AT_ONCE`] at a time,
    /// skipping those that arrived meanwhile, that an older view wanted, or
    /// that failed since they were asked for (they wait for Try again: a
    /// text asked for twice, once while its fetch was under way, was fetched
    /// again after it failed, and arrived unasked once the host had it).
    fn fetch_next(&self) {
        #[cfg(target_arch = "wasm32")]
        while self.fetching.get_value() < AT_ONCE {
            let q = self.query.get_untracked();
            let next = self.wanted.try_update_value(|wanted| loop {
                match wanted.pop_front() {
                    Some((asked, id)) if asked == q && readable(&id).is_none() && !self.failed(&id) => {
                        return Some(id)
                    }
                    Some(_) => continue,
                    None => return None,
                }
            });
            let Some(id) = next.flatten() else { return };
            self.fetching.update_value(|n| *n += 1);
            let texts = *self;
            let asked = (q, id.clone());
            leptos::task::spawn_local(async move {
                let loaded = crate::embedded::load_document_text(&id).await.is_ok();
                texts.fetching.update_value(|n| *n -= 1);
                match loaded {
                    true => texts.arrived.update(|n| *n += 1),
                    false => texts.failed.update(|failed| failed.push(asked)),
                }
                texts.fetch_next();
            });
        }
    }
}
