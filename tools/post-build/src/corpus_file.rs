//! The compiled corpus beside the wasm, as `corpus-<hash>.json`: named by
//! its content, so a host may cache it forever and a new corpus is a new
//! name. The page names it in a `<meta>` for the app to fetch and preloads
//! it, so it downloads while the wasm does, and the service worker keeps it
//! with the build's other files.

use explorer::CORPUS_META;
use std::io;
use std::path::Path;

/// Writes the corpus into `site` and returns its file name.
pub fn write(site: &Path, json: &str) -> io::Result<String> {
    let name = format!("corpus-{}.json", &crate::service_worker::sha256(json.as_bytes())[..16]);
    std::fs::write(site.join(&name), json)?;
    Ok(name)
}

/// What the page's `<head>` gains, before its end: the corpus file's
/// address (on the host, sub-path included) for the app, and a preload of it.
pub fn head(address: &str) -> String {
    format!(
        "<meta name=\"{CORPUS_META}\" content=\"{address}\" />\n\
         <link rel=\"preload\" href=\"{address}\" as=\"fetch\" type=\"application/json\" crossorigin=\"anonymous\" />\n</head>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_follows_the_content_and_the_page_names_and_preloads_it() {
        let site = tempfile::tempdir().unwrap();
        let first = write(site.path(), "{\"documents\":[]}").unwrap();
        let same = write(site.path(), "{\"documents\":[]}").unwrap();
        let other = write(site.path(), "{\"documents\":[1]}").unwrap();
        assert_eq!(first, same);
        assert_ne!(first, other);
        assert!(first.starts_with("corpus-") && first.ends_with(".json") && first.len() == 28, "{first}");
        assert_eq!(std::fs::read_to_string(site.path().join(&other)).unwrap(), "{\"documents\":[1]}");
        let head = head("/explorer/corpus-0123456789abcdef.json");
        assert!(head.contains(
            "<meta name=\"explorer-corpus\" content=\"/explorer/corpus-0123456789abcdef.json\" />"
        ));
        assert!(head.contains("rel=\"preload\" href=\"/explorer/corpus-0123456789abcdef.json\" as=\"fetch\""));
        assert!(head.ends_with("</head>"));
    }
}
