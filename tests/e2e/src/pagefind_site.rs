//! What the load benchmark holds the explorer against: the same documents as
//! static HTML pages (one a document: its title, date and text), indexed by
//! the Pagefind CLI, with a search page of Pagefind's default UI as its
//! documentation gives it.

use explorer_core::model::CorpusData;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const SEARCH_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Search the documents</title>
    <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
    <script src="/pagefind/pagefind-ui.js"></script>
  </head>
  <body>
    <div id="search"></div>
    <script>
      window.addEventListener("DOMContentLoaded", (event) => {
        new PagefindUI({ element: "#search", showSubResults: true });
      });
    </script>
  </body>
</html>
"##;

/// Writes `data`'s documents as pages into `dir` (emptied first), the search
/// page as its `index.html`, and runs `pagefind` (the CLI) over them.
pub fn write(data: &CorpusData, dir: &Path, pagefind: &Path) -> std::io::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    for document in &data.documents {
        let page_dir = dir.join("documents").join(&document.id);
        std::fs::create_dir_all(&page_dir)?;
        let title = escape(&document.title);
        let date = document.date.value.to_string();
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\" /><title>{title}</title></head>\n\
             <body><main data-pagefind-body>\n<h1>{title}</h1>\n<p><time datetime=\"{date}\">{date}</time></p>\n"
        );
        for paragraph in &document.paragraphs {
            let _ = writeln!(html, "<p>{}</p>", escape(&paragraph.text));
        }
        html.push_str("</main></body>\n</html>\n");
        std::fs::write(page_dir.join("index.html"), html)?;
    }
    std::fs::write(dir.join("index.html"), SEARCH_PAGE)?;
    let output = Command::new(pagefind).arg("--site").arg(dir).output()?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(std::io::Error::other(format!("{} failed: {said}", pagefind.display())));
    }
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
