//! Bulk imports: the addresses in a file, or those a GOV.UK search finds
//! (through its search API, `https://www.gov.uk/api/search.json`); and the
//! progress file through which an interrupted run resumes where it stopped.

use crate::address::GOVUK_HOST;
use crate::fetch::Fetcher;
use serde::Deserialize;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Results asked for in one search request.
const PAGE: usize = 100;

/// The addresses in a file: one a line; blank lines and `#` comments skipped.
pub fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

/// A GOV.UK search for a phrase, within organisations (GOV.UK's slugs,
/// like `home-office`), of at most `limit` results.
pub struct Search {
    pub phrase: String,
    pub organisations: Vec<String>,
    pub limit: usize,
}

#[derive(Deserialize)]
struct SearchResponse {
    results: Vec<SearchResult>,
    total: Option<usize>,
}

#[derive(Deserialize)]
struct SearchResult {
    link: Option<String>,
}

impl Search {
    /// The search API's address for `count` results from `start`.
    pub fn address(&self, start: usize, count: usize) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.append_pair("q", &self.phrase);
        for organisation in &self.organisations {
            query.append_pair("filter_organisations", organisation);
        }
        query.append_pair("count", &count.to_string());
        query.append_pair("start", &start.to_string());
        query.append_pair("fields", "link");
        format!("https://{GOVUK_HOST}/api/search.json?{}", query.finish())
    }

    /// The addresses of the GOV.UK pages found, in the search's order.
    pub fn run(&self, fetcher: &mut Fetcher, log: &mut dyn Write) -> Result<Vec<String>, String> {
        let mut found = Vec::new();
        let mut start = 0;
        while found.len() < self.limit {
            let address = self.address(start, PAGE.min(self.limit - found.len()));
            let _ = writeln!(log, "searching GOV.UK: {address}");
            let json = fetcher.get(&address, log).map_err(|error| format!("the search failed: {error}"))?;
            let page: SearchResponse = serde_json::from_str(&json).map_err(|error| {
                format!("the search API's answer is not in its documented shape: {error}")
            })?;
            if page.results.is_empty() {
                break;
            }
            start += page.results.len();
            let links = page.results.into_iter().filter_map(|result| result.link);
            found.extend(
                links.filter(|link| link.starts_with('/')).map(|link| format!("https://{GOVUK_HOST}{link}")),
            );
            if page.total.is_some_and(|total| start >= total) {
                break;
            }
        }
        found.truncate(self.limit);
        Ok(found)
    }
}

/// The addresses a bulk import has finished, kept in a file as it goes.
pub struct Progress {
    file: Option<PathBuf>,
    done: HashSet<String>,
}

impl Progress {
    /// No progress file: a single import.
    pub fn none() -> Progress {
        Progress { file: None, done: HashSet::new() }
    }

    /// The progress kept in `file`, forgotten first when `restart`.
    pub fn open(file: PathBuf, restart: bool) -> Result<Progress, String> {
        if restart && file.exists() {
            std::fs::remove_file(&file)
                .map_err(|error| format!("cannot remove {}: {error}", file.display()))?;
        }
        let done = match std::fs::read_to_string(&file) {
            Ok(text) => text.lines().map(str::to_owned).collect(),
            Err(_) => HashSet::new(),
        };
        Ok(Progress { file: Some(file), done })
    }

    /// The progress file of a job, named by a hash of what the job is.
    pub fn file_for(dir: &Path, job: &str) -> PathBuf {
        dir.join(format!("{}.txt", &crate::render::sha256(job)[..16]))
    }

    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    pub fn is_done(&self, address: &str) -> bool {
        self.done.contains(address)
    }

    /// Records `address` as finished.
    pub fn record(&mut self, address: &str) -> Result<(), String> {
        let Some(file) = &self.file else { return Ok(()) };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
        }
        let mut progress = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .map_err(|error| format!("cannot write {}: {error}", file.display()))?;
        writeln!(progress, "{address}")
            .map_err(|error| format!("cannot write {}: {error}", file.display()))?;
        self.done.insert(address.to_owned());
        Ok(())
    }
}
