//! Where the builds under test and the corpus sources are.

use std::path::{Path, PathBuf};

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("tests/e2e sits two levels below the workspace root")
        .to_path_buf()
}

/// The release build served at "/": `$E2E_DIST`, by default `<root>/dist`.
pub fn dist_dir() -> PathBuf {
    built_site("E2E_DIST", "dist")
}

/// The release build made with `--public-url /explorer/`, served at
/// "/explorer/": `$E2E_DIST_SUBPATH`, by default `<root>/target/dist-subpath`.
pub fn sub_path_dist_dir() -> PathBuf {
    built_site("E2E_DIST_SUBPATH", "target/dist-subpath")
}

/// The release build of the hostile test corpus (`tests/fixtures/hostile-corpus`):
/// `$E2E_DIST_HOSTILE`, by default `<root>/target/dist-hostile`.
pub fn hostile_dist_dir() -> PathBuf {
    built_site("E2E_DIST_HOSTILE", "target/dist-hostile")
}

/// The release build of the corpus the importer makes from its fixtures
/// (`tools/import/examples/fixture_corpus.rs`): `$E2E_DIST_IMPORTED`, by
/// default `<root>/target/dist-imported`.
pub fn imported_dist_dir() -> PathBuf {
    built_site("E2E_DIST_IMPORTED", "target/dist-imported")
}

/// The release build of 60 generated documents, more than the first view
/// lists, their text in several shards: `$E2E_DIST_GENERATED`, by default
/// `<root>/target/dist-generated`.
pub fn generated_dist_dir() -> PathBuf {
    built_site("E2E_DIST_GENERATED", "target/dist-generated")
}

/// The sources that build was made from: `$E2E_GENERATED_CORPUS`, by
/// default `<root>/target/generated-corpus`.
pub fn generated_corpus_dir() -> PathBuf {
    std::env::var_os("E2E_GENERATED_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/generated-corpus"))
}

/// The corpus that build was made from: `$E2E_IMPORTED_CORPUS`, by default
/// `<root>/target/imported-corpus`.
pub fn imported_corpus_dir() -> PathBuf {
    std::env::var_os("E2E_IMPORTED_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/imported-corpus"))
}

fn built_site(variable: &str, default: &str) -> PathBuf {
    let dir = std::env::var_os(variable).map(PathBuf::from).unwrap_or_else(|| workspace_root().join(default));
    assert!(
        dir.join("index.html").is_file(),
        "no index.html in {} (set by {variable} or its default): build the site first: scripts/test.sh does it",
        dir.display()
    );
    dir
}

/// The ids of the documents in `corpus/documents/*.md`, newest first (by
/// their front matter's `date`, then by id).
pub fn corpus_ids_newest_first() -> Vec<String> {
    let dir = workspace_root().join("corpus/documents");
    let mut documents: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "md"))
        .map(|path| id_and_date(&path))
        .collect();
    documents.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    documents.into_iter().map(|(id, _)| id).collect()
}

/// `id` and `date` from a document's `+++`-delimited TOML front matter; the
/// date is either a string or a table with a `value`.
fn id_and_date(path: &Path) -> (String, String) {
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()));
    let front_matter = source
        .strip_prefix("+++\n")
        .and_then(|rest| rest.split_once("\n+++").map(|(front, _)| front))
        .unwrap_or_else(|| panic!("{} has no +++ front matter", path.display()));
    let table: toml::Table = toml::from_str(front_matter)
        .unwrap_or_else(|error| panic!("{}: front matter: {error}", path.display()));
    let id =
        table.get("id").and_then(|id| id.as_str()).unwrap_or_else(|| panic!("{}: no id", path.display()));
    let date = match table.get("date") {
        Some(toml::Value::Table(date)) => date.get("value").and_then(|value| value.as_str()),
        Some(date) => date.as_str(),
        None => None,
    }
    .unwrap_or_else(|| panic!("{}: no date", path.display()));
    (id.to_owned(), date.to_owned())
}

/// The built site `dist` copied into a new folder without its service
/// worker (every request then reaches the server) and without the files
/// `leave_out` names, for a test of what the page does when they are missing.
pub fn site_without(dist: &Path, leave_out: impl Fn(&str) -> bool) -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("a temporary folder");
    copy_files(dist, site.path(), |name| name != "sw.js" && !leave_out(name));
    site
}

/// Copies the files of `dist` that `pick` names into `site` (as files come
/// back to a host), and says how many.
pub fn copy_files(dist: &Path, site: &Path, pick: impl Fn(&str) -> bool) -> usize {
    let mut copied = 0;
    for entry in std::fs::read_dir(dist).expect("read the built site") {
        let path = entry.expect("a file of the built site").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if path.is_file() && pick(&name) {
            std::fs::copy(&path, site.join(&name)).expect("copy a file of the built site");
            copied += 1;
        }
    }
    copied
}

/// The corpus's metadata as a build wrote it (`corpus-<hash>.json`): which
/// text shard holds which document, and the summaries it kept.
pub fn built_metadata(site: &Path) -> explorer_core::Corpus {
    let file = std::fs::read_dir(site)
        .expect("the build")
        .map(|entry| entry.expect("a file").path())
        .find(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("corpus-") && name.ends_with(".json")
        })
        .expect("the build's metadata");
    explorer_core::Corpus::from_json(&std::fs::read_to_string(file).expect("read the metadata"))
        .expect("the build's metadata reads back")
}
