//! The service worker: it caches every file of this build when installed,
//! serves them when the network is off, and on activation deletes the caches
//! of earlier builds. The cache is named by a hash of the build's files, so
//! a new build is a new cache that replaces the old one whole.

use sha2::{Digest, Sha256};
use std::io;
use std::path::Path;

/// The worker's file name, at the root of the site (its scope).
pub const FILE: &str = "sw.js";
/// Every cache of the explorer's is named with this, then the build's hash.
pub const CACHE_PREFIX: &str = "explorer-";

/// The built files, relative to the site (so any sub-path works), sorted.
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
                if name != FILE {
                    found.push(name);
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

/// A short hash of the files' names and contents: the build's version.
pub fn version(site: &Path, files: &[String]) -> io::Result<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.as_bytes());
        hasher.update(std::fs::read(site.join(file))?);
    }
    Ok(hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// The worker's JavaScript for the site's current files.
pub fn script(site: &Path) -> io::Result<String> {
    let files = files(site)?;
    let version = version(site, &files)?;
    let list: Vec<String> = std::iter::once("./".to_owned()).chain(files).map(|f| format!("{f:?}")).collect();
    Ok(TEMPLATE.replace("{CACHE}", &format!("{CACHE_PREFIX}{version}")).replace("{FILES}", &list.join(", ")))
}

const TEMPLATE: &str = r#"// The explorer's service worker, written at build time (tools/post-build).
// Every file of this build is cached on install; pages are fetched from the
// network when it answers within a few seconds and from the cache when it
// does not (offline, or a connection that hangs); files are served from the
// cache. A new build has a new cache; the old one is deleted.
const CACHE = "{CACHE}";
const FILES = [{FILES}];
const NETWORK_WAIT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const old = (name) => name.startsWith("explorer-") && name !== CACHE;
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter(old).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    const page = new URL("./", self.registration.scope).href;
    const slow = new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), NETWORK_WAIT_MS));
    const cached = () => caches.open(CACHE).then((cache) => cache.match(page));
    event.respondWith(Promise.race([fetch(request), slow]).catch(() => cached().then((hit) => hit ?? fetch(request))));
  } else {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit ?? fetch(request)));
  }
});
"#;

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
    fn a_changed_file_is_a_new_cache_and_the_script_lists_the_files() {
        let before = site(&[("index.html", "<p>"), ("app-1.js", "js")]);
        let script_before = script(before.path()).unwrap();
        drop(before);
        let after = site(&[("index.html", "<p>"), ("app-1.js", "js, changed")]);
        let script_after = script(after.path()).unwrap();
        let cache = |s: &str| s.lines().find(|l| l.starts_with("const CACHE")).unwrap().to_owned();
        assert_ne!(cache(&script_before), cache(&script_after));
        assert!(cache(&script_after).starts_with("const CACHE = \"explorer-"));
        assert!(
            script_after.contains(r#"const FILES = ["./", "app-1.js", "index.html"];"#),
            "{script_after}"
        );
    }
}
