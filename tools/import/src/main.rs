//! `scripts/import.sh`: imports documents into the corpus (see `corpus_import`).

use clap::Parser;
use corpus_import::{run, Options};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut options = Options::parse();
    // The default is this checkout's corpus, written with `..`: shown resolved.
    options.corpus = options.corpus.canonicalize().unwrap_or(options.corpus);
    match run(&options, &mut std::io::stdout()) {
        Ok(summary) if summary.succeeded() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(problem) => {
            eprintln!("import: {problem}");
            ExitCode::from(2)
        }
    }
}
