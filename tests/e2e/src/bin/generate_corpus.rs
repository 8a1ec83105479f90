//! Writes the benchmark's generated corpus as sources: `generate_corpus
//! <directory> [documents]` (5,000 by default), so that the real build
//! (`EXPLORER_CORPUS=<directory> trunk build`) makes the real site at that size.

use e2e::benchmark::{GENERATED, SEED};
use e2e::generate::write_sources;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: generate_corpus <directory> [documents]");
        std::process::exit(2);
    };
    let documents = args.next().and_then(|n| n.parse().ok()).unwrap_or(GENERATED);
    let started = std::time::Instant::now();
    if let Err(error) = write_sources(&e2e::workspace_root().join("corpus"), &dir, documents, SEED) {
        eprintln!("generate_corpus: {}: {error}", dir.display());
        std::process::exit(1);
    }
    println!(
        "wrote {documents} generated documents to {} in {:.1} s",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
}
