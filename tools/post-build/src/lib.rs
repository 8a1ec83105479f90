//! Finishing a built site: a Content-Security-Policy that allows the page's
//! own inline script by its hash (`csp`), the build's id in the page, and a
//! service worker that caches the build's files for offline use and offers
//! a new build when one is ready (`service_worker`).

pub mod csp;
pub mod service_worker;

use std::io;
use std::path::Path;

/// The `<meta>` that tells the page its build, for comparing with a new worker's.
pub const BUILD_META: &str = "explorer-build";

/// Adds the policy and the build id to `index.html` and writes `sw.js`, in
/// `site` (a built site's directory).
pub fn finish(site: &Path) -> io::Result<()> {
    let index = site.join(service_worker::PAGE);
    let html = std::fs::read_to_string(&index)?;
    let html = csp::with_policy(&html).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let build = service_worker::build_id(site)?;
    let html =
        html.replacen("</head>", &format!("<meta name=\"{BUILD_META}\" content=\"{build}\" />\n</head>"), 1);
    std::fs::write(&index, html)?;
    let worker = service_worker::script(site, &build)?;
    std::fs::write(site.join(service_worker::FILE), worker)
}
