//! `scripts/import.sh`: imports documents into the corpus (see `corpus_import`).

use clap::Parser;
use corpus_import::{run, Options};
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = Options::parse();
    match run(&options, &mut std::io::stdout()) {
        Ok(summary) if summary.succeeded() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(problem) => {
            eprintln!("import: {problem}");
            ExitCode::from(2)
        }
    }
}
