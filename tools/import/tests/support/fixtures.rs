//! The fixtures, written by the team in the shapes GOV.UK's Content API
//! and committees.parliament.uk publish, and the addresses they stand for.
//! Shared (through `#[path]`) with the example that builds the browser
//! test's corpus.

use std::path::{Path, PathBuf};

pub const G7_PATH: &str = "/government/news/g7-nations-agree-new-plan-to-dismantle-migrant-smuggling-gangs";
pub const G7_ID: &str = "2024-10-04-g7-nations-agree-new-plan-to-dismantle-migrant-smuggling-gangs";
pub const PAC_PATH: &str = "/committee/127/public-accounts-committee/news/201761/asylum-accommodation-and-rwanda-little-to-show-for-money-spent-so-far-pac-report-finds/";
pub const PAC_ID: &str = "2024-05-29-asylum-accommodation-and-rwanda-little-to-show-for-money-spent-so-far";

pub fn g7_address() -> String {
    format!("https://www.gov.uk{G7_PATH}")
}

pub fn g7_api() -> String {
    format!("https://www.gov.uk/api/content{G7_PATH}")
}

pub fn pac_address() -> String {
    format!("https://committees.parliament.uk{PAC_PATH}")
}

pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()))
}

/// What the fixture server serves: each fixture at its address's path.
pub fn served() -> [(String, String); 2] {
    [
        (format!("/api/content{G7_PATH}"), fixture("govuk-g7-press-release.json")),
        (PAC_PATH.to_owned(), fixture("parliament-pac-news.html")),
    ]
}
