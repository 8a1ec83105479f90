//! Shared by the compiler's tests: the real corpus, compiled once.

use explorer_core::Corpus;
use std::path::Path;

pub fn real_corpus() -> Corpus {
    let corpus_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let data = corpus_compiler::compile(&corpus_dir).unwrap_or_else(|errors| panic!("{errors}"));
    Corpus::new(data).expect("the compiled corpus is consistent")
}

/// A link's query on the real corpus, which must read without notices, and its evaluation.
#[allow(dead_code)] // not every test file that includes this module opens links
pub fn open_link(
    corpus: &Corpus,
    explorer: &explorer_core::Explorer,
    link: &str,
) -> (explorer_core::Query, explorer_core::Evaluation) {
    let (query, notices) = explorer_core::Query::parse_for(link, corpus);
    assert_eq!(notices, [], "{link}");
    let evaluation = explorer.explore(&query).evaluation;
    (query, evaluation)
}
