//! Finishing a built site: the app's code split into parts fetched when
//! first needed (`code_split`); the corpus as a file of its own named by its
//! hash (`corpus_file`); the first view rendered into the page, so that
//! it is readable before the wasm arrives (`explorer::prerender`); a
//! Content-Security-Policy that allows the page's own inline scripts by
//! their hashes (`csp`), the build's id in the page, and a
//! service worker that caches the build's files for offline use and offers
//! a new build when one is ready (`service_worker`); and `.gz` and `.br`
//! copies of the files for hosts that send them (`compress`).

pub mod code_split;
pub mod compress;
pub mod corpus_file;
pub mod csp;
pub mod service_worker;

use std::io;
use std::path::Path;

/// The `<meta>` that tells the page its build, for comparing with a new worker's.
pub const BUILD_META: &str = "explorer-build";

/// Where the first view goes in `index.html`.
pub const PRERENDERED: &str = "<div id=\"prerendered\"></div>";

/// How the site is finished.
pub struct Settings<'a> {
    /// The site's path on its host (`/`, or `/explorer/`), which its links begin with.
    pub path: &'a str,
    /// The size past which a text shard is closed.
    pub shard_bytes: usize,
    /// cargo's wasm of the app, split into the site.
    pub wasm: &'a Path,
    /// Whether to optimise the wasm (a release build).
    pub optimise: bool,
}

/// Splits the app's code into the site; writes the corpus file and its
/// text shards; writes the first view, the corpus file's name, the policy
/// and the build id into `index.html`; and writes `sw.js` and the
/// precompressed copies, in `site` (a built site's directory).
pub fn finish(site: &Path, settings: &Settings) -> io::Result<()> {
    let Settings { path, shard_bytes, wasm, optimise } = *settings;
    let index = site.join(service_worker::PAGE);
    let html = std::fs::read_to_string(&index)?;
    if !html.contains(PRERENDERED) {
        let message = format!("index.html has no {PRERENDERED} for the first view");
        return Err(io::Error::new(io::ErrorKind::InvalidData, message));
    }
    let html = code_split::split(site, wasm, optimise, &html)?;
    let named =
        corpus_file::write(site, explorer::corpus_json(), shard_bytes, &explorer::first_view_documents())?;
    let html = html.replacen("</head>", &corpus_file::head(path, &named), 1);
    let first_view = format!("<div id=\"prerendered\">{}</div>", explorer::prerender(path));
    let html = html.replacen(PRERENDERED, &first_view, 1);
    let html = csp::with_policy(&html).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let build = service_worker::build_id(site)?;
    let html =
        html.replacen("</head>", &format!("<meta name=\"{BUILD_META}\" content=\"{build}\" />\n</head>"), 1);
    std::fs::write(&index, html)?;
    let worker = service_worker::script(site, &build)?;
    std::fs::write(site.join(service_worker::FILE), worker)?;
    let mut files = service_worker::files(site)?;
    files.push(service_worker::FILE.to_owned());
    compress::write_copies(site, &files)
}
