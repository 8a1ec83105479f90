//! The command line of `scripts/import.sh` (the `import` binary).

use crate::fetch::TestOrigin;
use clap::Parser;
use std::path::{Path, PathBuf};

const ABOUT: &str = "\
Imports GOV.UK and committees.parliament.uk documents into the corpus: corpus/documents/<id>.md \
for each address, every value confirmed by the address it came from. GOV.UK pages are read \
through the Content API (https://www.gov.uk/api/content/<path>); committee news pages as HTML. \
A document already in the corpus is compared, and never overwritten unless asked.";

/// What a run imports, and how (`--help` describes each option).
#[derive(Parser, Debug)]
#[command(name = "scripts/import.sh", bin_name = "scripts/import.sh", version, about = ABOUT)]
pub struct Options {
    /// Addresses of GOV.UK documents or committees.parliament.uk committee news pages.
    pub addresses: Vec<String>,

    /// Also import every address in FILE (one a line; # starts a comment).
    #[arg(long, value_name = "FILE")]
    pub list: Option<PathBuf>,

    /// Also import what a GOV.UK search for PHRASE finds (with --limit and --organisation).
    #[arg(long, value_name = "PHRASE")]
    pub search: Option<String>,

    /// With --search: only documents of this GOV.UK organisation (its slug, like home-office); repeatable.
    #[arg(long = "organisation", value_name = "SLUG", requires = "search")]
    pub organisations: Vec<String>,

    /// With --search: import at most N results.
    #[arg(long, value_name = "N", default_value_t = 20, requires = "search")]
    pub limit: usize,

    /// Read the one address from FILE, a saved Content API response or page, instead of fetching it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["list", "search"])]
    pub from_file: Option<PathBuf>,

    /// Write documents whose source has changed (a document edited by hand stays as it is).
    #[arg(long)]
    pub update: bool,

    /// With --update: also replace documents written or edited by hand (their diff is shown first).
    #[arg(long, requires = "update")]
    pub overwrite_hand_edits: bool,

    /// Add the taxonomy entries a document needs, marked with the address they were imported from.
    #[arg(long)]
    pub add_taxonomy: bool,

    /// The corpus to import into (holding documents/ and taxonomy/); by default this repository's.
    #[arg(long, value_name = "DIR", default_value_os_t = in_checkout("corpus"))]
    pub corpus: PathBuf,

    /// Seconds to wait between requests, to be polite to the servers.
    #[arg(long, value_name = "SECONDS", default_value_t = 1.0)]
    pub delay: f64,

    /// Where a --list or --search import keeps its progress, to resume an interrupted run.
    #[arg(long, value_name = "DIR", default_value_os_t = in_checkout("target/import"))]
    pub progress_dir: PathBuf,

    /// Forget an earlier run's progress and import every address again.
    #[arg(long)]
    pub restart: bool,

    /// For tests only: fetch HOST's addresses from a server on 127.0.0.1,
    /// as HOST=http://127.0.0.1:PORT (HOST is www.gov.uk or committees.parliament.uk); repeatable.
    #[arg(long = "test-origin", value_name = "HOST=ORIGIN")]
    pub test_origins: Vec<TestOrigin>,
}

/// `path` in the checkout this tool was built from (two folders above its
/// own), written without `..` so that `--help` shows where it is.
fn in_checkout(path: &str) -> PathBuf {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR"));
    tool.ancestors().nth(2).unwrap_or(tool).join(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_default_folders_are_the_checkouts_and_help_shows_them_plainly() {
        let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
        let options = Options::parse_from(["import"]);
        assert_eq!(options.corpus, checkout.join("corpus"));
        assert_eq!(options.progress_dir, checkout.join("target/import"));
        let help = Options::command().render_long_help().to_string();
        assert!(help.contains(&format!("[default: {}]", checkout.join("corpus").display())), "{help}");
        assert!(!help.contains("/../"), "{help}");
    }
}
