//! The service worker: it caches every file of this build when installed,
//! checking each file's SHA-256 against the build's own so that a cache
//! never holds two builds' files (a host or proxy may still send an older
//! `index.html`); serves the cache when the network is off; and, when a new
//! build's worker is ready, tells the page, which offers to reload into it.
//!
//! The cache is named by a hash of the build's files, so a new build is a
//! new cache that replaces the old one whole. The build's id (`BUILD`) is a
//! hash of every file but `index.html`, which carries it, so the page and
//! the worker can tell whether they are of the same build.

use sha2::{Digest, Sha256};
use std::io;
use std::path::Path;

/// The worker's file name, at the root of the site (its scope).
pub const FILE: &str = "sw.js";
/// Every cache of the explorer's is named with this, then the build's hash.
pub const CACHE_PREFIX: &str = "explorer-";
/// The page's own file, which carries the build id.
pub const PAGE: &str = "index.html";

/// The built files, relative to the site (so any sub-path works), sorted;
/// not the worker itself nor the precompressed copies.
pub fn files(site: &Path) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![site.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(site) {
                let name = relative.to_string_lossy().replace('\\', "/");
                if name != FILE && !crate::compress::is_copy(&name) {
                    found.push(name);
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Whether a file is named by its content (`<name>-<16 hex digits>` then
/// `_bg` or not, then its extension, as Trunk and [`crate::corpus_file`]
/// name theirs), so that its name never holds other bytes: the worker may
/// take it from the HTTP cache, and a host may cache it forever.
pub fn is_content_named(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    let stem = name.split_once('.').map_or(name, |(stem, _)| stem);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The SHA-256 of bytes, in hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A short hash of the files' names and contents.
pub fn version(site: &Path, files: &[String]) -> io::Result<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.as_bytes());
        hasher.update(std::fs::read(site.join(file))?);
    }
    Ok(hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// The build's id: the hash of every file but the page, which carries it.
pub fn build_id(site: &Path) -> io::Result<String> {
    let files: Vec<String> = files(site)?.into_iter().filter(|file| file != PAGE).collect();
    version(site, &files)
}

/// The worker's JavaScript for the site's current files; `build` is the
/// build's id as [`build_id`] gave it before the page was written.
pub fn script(site: &Path, build: &str) -> io::Result<String> {
    let files = files(site)?;
    let cache = format!("{CACHE_PREFIX}{}", version(site, &files)?);
    let mut list = Vec::with_capacity(files.len());
    for file in &files {
        let hash = sha256(&std::fs::read(site.join(file))?);
        // The page is fetched as the site's own address, as a reader opens it.
        let address = if file == PAGE { "./" } else { file.as_str() };
        list.push(format!("[{address:?}, {hash:?}, {}]", is_content_named(file)));
    }
    Ok(TEMPLATE.replace("{CACHE}", &cache).replace("{BUILD}", build).replace("{FILES}", &list.join(",\n  ")))
}

const TEMPLATE: &str = include_str!("sw.template.js");

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch site holding `files` (name, text), removed when dropped.
    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn lists_every_file_but_itself_relative_and_sorted() {
        let dir =
            site(&[("index.html", "<p>"), ("app-1.js", "js"), ("icons/a.svg", "<svg>"), ("sw.js", "old")]);
        assert_eq!(files(dir.path()).unwrap(), ["app-1.js", "icons/a.svg", "index.html"]);
    }

    #[test]
    fn a_changed_file_is_a_new_cache_and_the_script_lists_the_files_with_their_hashes() {
        let before = site(&[("index.html", "<p>"), ("app-1.js", "js")]);
        let script_before = script(before.path(), "b1").unwrap();
        drop(before);
        let after = site(&[("index.html", "<p>"), ("app-1.js", "js, changed")]);
        let script_after = script(after.path(), "b2").unwrap();
        let line = |s: &str, start: &str| s.lines().find(|l| l.starts_with(start)).unwrap().to_owned();
        assert_ne!(line(&script_before, "const CACHE"), line(&script_after, "const CACHE"));
        assert!(line(&script_after, "const CACHE").starts_with("const CACHE = \"explorer-"));
        assert_eq!(line(&script_after, "const BUILD"), "const BUILD = \"b2\";");
        let listed = format!(
            "[\"app-1.js\", \"{}\", false],\n  [\"./\", \"{}\", false]",
            sha256(b"js, changed"),
            sha256(b"<p>")
        );
        assert!(script_after.contains(&listed), "{script_after}");
    }

    #[test]
    fn the_build_id_ignores_the_page_that_carries_it() {
        let dir = site(&[("index.html", "<p>"), ("app-1.js", "js")]);
        let before = build_id(dir.path()).unwrap();
        std::fs::write(dir.path().join("index.html"), "<p><meta name=explorer-build>").unwrap();
        assert_eq!(build_id(dir.path()).unwrap(), before);
        std::fs::write(dir.path().join("app-1.js"), "js, changed").unwrap();
        assert_ne!(build_id(dir.path()).unwrap(), before);
    }

    #[test]
    fn the_files_named_by_their_content_are_told_from_the_others() {
        for named in [
            "explorer-35020ff5e9146123_bg.wasm",
            "explorer-35020ff5e9146123.js",
            "main-0123456789abcdef.css",
            "postings-1f56948adace996d.json",
            "snippets/x-0123456789abcdef.js",
        ] {
            assert!(is_content_named(named), "{named}");
        }
        for other in [
            "index.html",
            "favicon.svg",
            "manifest.webmanifest",
            "app-1.js",
            "text-0123456789ABCDEF.json",
            "a-0123456789abcdeg.json",
        ] {
            assert!(!is_content_named(other), "{other}");
        }
        let dir = site(&[("index.html", "<p>"), ("corpus-0123456789abcdef.json", "{}")]);
        let script = script(dir.path(), "b").unwrap();
        assert!(script.contains(&format!("[\"corpus-0123456789abcdef.json\", \"{}\", true]", sha256(b"{}"))));
    }

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(sha256(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
