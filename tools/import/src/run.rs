//! A whole run: the addresses given, listed and searched for, each imported
//! in turn with its progress shown, then a summary. A `--list` or `--search`
//! run keeps its progress in a file until every address is done, so that
//! the same command resumes a run that stopped.

use crate::bulk::{self, Progress, Search};
use crate::cli::Options;
use crate::corpus::CorpusIndex;
use crate::fetch::Fetcher;
use crate::import::{Importer, Outcome};
use std::fmt;
use std::io::Write;
use std::time::Duration;

#[derive(Debug, Default)]
pub struct Summary {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub not_written: usize,
    pub not_imported: usize,
    /// Done by an earlier run of the same bulk import.
    pub done_before: usize,
    /// A document written names taxonomy entries that do not exist yet.
    pub needs_taxonomy: bool,
}

impl Summary {
    /// Whether nothing needs a person's attention before the build.
    pub fn succeeded(&self) -> bool {
        self.not_imported == 0 && !self.needs_taxonomy
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} new, {} updated, {} unchanged, {} changed but not written, {} not imported",
            self.new, self.updated, self.unchanged, self.not_written, self.not_imported
        )?;
        if self.done_before > 0 {
            write!(f, ", {} done by an earlier run", self.done_before)?;
        }
        Ok(())
    }
}

/// Runs the import `options` describe, telling `out` how it goes.
pub fn run(options: &Options, out: &mut dyn Write) -> Result<Summary, String> {
    if options.from_file.is_some() && options.addresses.len() != 1 {
        return Err("--from-file reads one document: give the one address it was saved from".into());
    }
    if !options.delay.is_finite() || options.delay < 0.0 {
        return Err(format!("--delay {} is not a number of seconds", options.delay));
    }
    let taxonomy = corpus_compiler::load_taxonomy(&options.corpus.join("taxonomy"))
        .map_err(|errors| errors.to_string())?;
    let index = CorpusIndex::scan(&options.corpus.join("documents"))?;
    let mut fetcher = Fetcher::new(Duration::from_secs_f64(options.delay), options.test_origins.clone());
    let mut addresses = options.addresses.clone();
    let mut jobs = Vec::new();
    if let Some(list) = &options.list {
        addresses.extend(bulk::read_list(list)?);
        jobs.push(format!("list {}", list.canonicalize().unwrap_or_else(|_| list.clone()).display()));
    }
    if let Some(phrase) = &options.search {
        let search = Search {
            phrase: phrase.clone(),
            organisations: options.organisations.clone(),
            limit: options.limit,
        };
        addresses.extend(search.run(&mut fetcher, out)?);
        jobs.push(format!("search {phrase:?} in {:?}, at most {}", options.organisations, options.limit));
    }
    let mut seen = std::collections::HashSet::new();
    addresses.retain(|address| seen.insert(address.trim().to_owned()));
    if addresses.is_empty() {
        return Err("nothing to import: give addresses, --list FILE or --search PHRASE (see --help)".into());
    }
    let mut progress = match jobs.is_empty() {
        true => Progress::none(),
        false => {
            Progress::open(Progress::file_for(&options.progress_dir, &jobs.join("\n")), options.restart)?
        }
    };
    if let Some(file) = progress.path() {
        let _ = writeln!(
            out,
            "progress is kept in {}: if the run stops, the same command resumes it",
            file.display()
        );
    }
    let mut importer = Importer { options, fetcher, taxonomy, index, needs_taxonomy: false };
    let mut summary = Summary::default();
    let total = addresses.len();
    for (n, address) in addresses.iter().enumerate() {
        let _ = writeln!(out, "[{}/{total}] {address}", n + 1);
        if progress.is_done(address) {
            let _ = writeln!(out, "  done by an earlier run");
            summary.done_before += 1;
            continue;
        }
        match importer.import(address, out) {
            Outcome::NotImported(reason) => {
                let _ = writeln!(out, "  not imported: {reason}");
                summary.not_imported += 1;
                continue;
            }
            Outcome::Written { new: true, .. } => summary.new += 1,
            Outcome::Written { new: false, .. } => summary.updated += 1,
            Outcome::Unchanged(_) => summary.unchanged += 1,
            Outcome::NotWritten(_) => summary.not_written += 1,
        }
        progress.record(address)?;
    }
    summary.needs_taxonomy = importer.needs_taxonomy;
    if let Some(file) = progress.path() {
        if summary.not_imported == 0 {
            let _ = std::fs::remove_file(file);
        } else {
            let _ = writeln!(out, "{} not done: the same command tries them again", summary.not_imported);
        }
    }
    let _ = writeln!(out, "{summary}");
    Ok(summary)
}
