//! The explorer's pure core: the corpus model, the facet index, full-text
//! search, the quotations and figures of a view, and the URL query.
//!
//! Nothing here knows about the browser. The UI renders what this crate
//! computes, and everything here is tested natively with `cargo test`.

pub mod analysis;
pub mod bug_report;
pub mod cite;
pub mod corpus;
pub mod date;
pub mod entities;
pub mod explore;
pub mod export;
pub mod facet;
pub mod index;
pub mod model;
pub mod order;
pub mod query;
pub mod research;
pub mod search;
pub mod shards;
#[cfg(test)]
mod testing;
pub mod view;

pub use corpus::{Corpus, CorpusError, NewestFirst};
pub use date::Date;
pub use explore::{Explorer, Outcome, Part, Recovery, Suggestion};
pub use facet::Facet;
pub use index::{Evaluation, FacetIndex, ValueCount};
pub use query::{Notice, Query, Sort};
pub use research::{FigureOrder, FigureRef, QuoteRef};
pub use search::{DocumentHit, NoteKind, Passage, PreparedQuery, SearchIndex, SearchNote};
pub use view::{View, ViewSpec};
