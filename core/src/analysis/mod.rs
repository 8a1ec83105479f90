//! The analysis views, computed from a view's documents and search: trends
//! over time, the comparison of two sides, the concordance (KWIC) and its
//! collocates. Each reads the search index only where the search matches,
//! and the word counts ([`WordIndex`]) only for the documents it compares.

mod collocates;
mod compare;
mod kwic;
mod occurrences;
pub mod stats;
pub mod stop_words;
mod trends;
mod words;

#[cfg(test)]
mod tests;

pub use collocates::{collocates, Collocate, WINDOW};
pub use compare::{compare, sides, Comparison, Distinctive, SideSummary, MAX_TERMS};
pub use kwic::{concordance, Concordance, KwicLine, LineText};
pub use occurrences::{occurrence_count, occurrences, Occurrence};
pub use trends::{trends, Band, Span, Step, Trends};
pub use words::{PairBounds, PairCounts, WordCounts, WordIndex};
