//! Builds the corpus of the browser test of imports (`tests/e2e/tests/imported.rs`):
//! the project's taxonomy, and the two fixtures (a GOV.UK press release and
//! a committee news page) imported from a fixture server on 127.0.0.1 as
//! `scripts/import.sh` imports them. `scripts/test.sh` runs it, then builds
//! the site from the corpus:
//!
//! ```sh
//! cargo run -p corpus_import --example fixture_corpus -- target/imported-corpus
//! ```

#[allow(dead_code)] // the tests use the rest
#[path = "../tests/support/fixtures.rs"]
mod fixtures;
#[allow(dead_code)]
#[path = "../tests/support/server.rs"]
mod server;

use clap::Parser;
use server::{FixtureServer, Reply};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(corpus) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: fixture_corpus <corpus folder to create>");
        return ExitCode::from(2);
    };
    if let Err(error) = fresh_corpus(&corpus) {
        eprintln!("fixture_corpus: cannot make {}: {error}", corpus.display());
        return ExitCode::FAILURE;
    }
    let server = FixtureServer::start();
    for (path, body) in fixtures::served() {
        server.route(&path, vec![Reply::ok(body)]);
    }
    let mut args = vec!["import".to_owned(), "--delay".into(), "0".into(), "--corpus".into()];
    args.push(corpus.display().to_string());
    for host in ["www.gov.uk", "committees.parliament.uk"] {
        args.extend(["--test-origin".to_owned(), format!("{host}={}", server.origin)]);
    }
    args.extend([fixtures::g7_address(), fixtures::pac_address()]);
    let options = corpus_import::Options::parse_from(args);
    match corpus_import::run(&options, &mut std::io::stdout()) {
        Ok(summary) if summary.succeeded() && summary.new == 2 => ExitCode::SUCCESS,
        Ok(summary) => {
            eprintln!("fixture_corpus: expected two new documents, got: {summary}");
            ExitCode::FAILURE
        }
        Err(problem) => {
            eprintln!("fixture_corpus: {problem}");
            ExitCode::FAILURE
        }
    }
}

/// An empty documents folder and a copy of the project's taxonomy.
fn fresh_corpus(corpus: &std::path::Path) -> std::io::Result<()> {
    if corpus.exists() {
        std::fs::remove_dir_all(corpus)?;
    }
    std::fs::create_dir_all(corpus.join("documents"))?;
    std::fs::create_dir_all(corpus.join("taxonomy"))?;
    for entry in std::fs::read_dir(fixtures::repository().join("corpus/taxonomy"))? {
        let path = entry?.path();
        std::fs::copy(&path, corpus.join("taxonomy").join(path.file_name().unwrap_or_default()))?;
    }
    Ok(())
}
