//! Shared by the compiler's tests: the real corpus, compiled once.

use explorer_core::Corpus;
use std::path::Path;

pub fn real_corpus() -> Corpus {
    let corpus_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let data = corpus_compiler::compile(&corpus_dir).unwrap_or_else(|errors| panic!("{errors}"));
    Corpus::new(data).expect("the compiled corpus is consistent")
}
