//! Finishing a built site: a Content-Security-Policy that allows the page's
//! own inline script by its hash (`csp`), and a service worker that caches
//! the build's files for offline use (`service_worker`).

pub mod csp;
pub mod service_worker;

use std::io;
use std::path::Path;

/// Adds the policy to `index.html` and writes `sw.js`, in `site` (a built site's directory).
pub fn finish(site: &Path) -> io::Result<()> {
    let index = site.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let html = csp::with_policy(&html).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    std::fs::write(&index, html)?;
    let worker = service_worker::script(site)?;
    std::fs::write(site.join(service_worker::FILE), worker)
}
