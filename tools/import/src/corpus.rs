//! The documents already in the corpus, by the address of their source, so
//! that importing an address again finds the document it made (or the one
//! written by hand) and keeps its id.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Existing {
    pub path: PathBuf,
    pub id: String,
}

pub struct CorpusIndex {
    dir: PathBuf,
    by_source: HashMap<String, Existing>,
}

/// Addresses compare without a trailing slash.
fn source_key(address: &str) -> String {
    address.trim_end_matches('/').to_owned()
}

impl CorpusIndex {
    /// Reads the `id` and `source` of every `*.md` in `documents_dir`; a file
    /// whose front matter does not read is left out (the build reports it).
    pub fn scan(documents_dir: &Path) -> Result<CorpusIndex, String> {
        let entries = std::fs::read_dir(documents_dir).map_err(|error| {
            format!("cannot read the documents folder {}: {error}", documents_dir.display())
        })?;
        let mut index = CorpusIndex { dir: documents_dir.to_owned(), by_source: HashMap::new() };
        for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
            if path.extension().is_none_or(|extension| extension != "md") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let Some((front, _)) = corpus_compiler::split_document(&text) else { continue };
            let Ok(table) = toml::from_str::<toml::Table>(front) else { continue };
            let id = table.get("id").and_then(toml::Value::as_str);
            let source = table.get("source").and_then(|source| source.get("value")?.as_str());
            if let (Some(id), Some(source)) = (id, source) {
                index.insert(source, id, path.clone());
            }
        }
        Ok(index)
    }

    /// The document whose source is `page`.
    pub fn by_source(&self, page: &str) -> Option<&Existing> {
        self.by_source.get(&source_key(page))
    }

    /// The file a new document with `id` would be written to.
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.md"))
    }

    pub fn insert(&mut self, source: &str, id: &str, path: PathBuf) {
        self.by_source.insert(source_key(source), Existing { path, id: id.to_owned() });
    }
}
