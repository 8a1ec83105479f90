//! The current result list as a file to download, CSV or JSON, each
//! recording the address of the view it came from and the corpus version.

use crate::model::Document;
use crate::{Corpus, Date, Facet};
use serde::Serialize;

/// A result list ready to write.
#[derive(Debug, Serialize)]
pub struct Export {
    /// The explorer address of the view, so the list can be found again.
    pub view: String,
    pub corpus_version: String,
    pub exported: Date,
    pub results: Vec<ExportedResult>,
}

#[derive(Debug, Serialize)]
pub struct ExportedResult {
    pub id: String,
    pub title: String,
    pub date: Date,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub publishers: Vec<String>,
    pub government: String,
    /// The published original.
    pub source: String,
    /// The document in this explorer.
    pub link: String,
}

const CSV_COLUMNS: [&str; 10] =
    ["id", "title", "date", "type", "publishers", "government", "source", "link", "view", "corpus_version"];

/// A CSV cell: quoted when it holds a comma, quote or line break; and, as
/// spreadsheets run cells that begin with `=`, `+`, `-` or `@` as formulas,
/// such a cell is prefixed with an apostrophe.
fn csv_cell(text: &str) -> String {
    let text =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

impl Export {
    /// The documents at `positions` (in order) of the view at `view`;
    /// `link` gives a document's address in the explorer.
    pub fn new(
        corpus: &Corpus,
        positions: &[usize],
        view: &str,
        link: impl Fn(&Document) -> String,
        exported: Date,
    ) -> Export {
        let taxonomy = corpus.taxonomy();
        let label = |facet, slug: &str| taxonomy.label(facet, slug).unwrap_or(slug).to_owned();
        let results = positions
            .iter()
            .filter_map(|&position| corpus.documents().get(position))
            .map(|document| ExportedResult {
                id: document.id.clone(),
                title: document.title.clone(),
                date: document.date.value,
                doc_type: label(Facet::Type, &document.doc_type.value),
                publishers: document.publishers.value.iter().map(|slug| label(Facet::Agency, slug)).collect(),
                government: label(Facet::Period, &document.period),
                source: document.source.value.clone(),
                link: link(document),
            })
            .collect();
        Export { view: view.to_owned(), corpus_version: corpus.version().to_owned(), exported, results }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export serialises")
    }

    /// RFC 4180 CSV with a header row; every row repeats the view and the
    /// corpus version, so any row copied elsewhere still says where it came from.
    pub fn to_csv(&self) -> String {
        let mut csv = CSV_COLUMNS.join(",") + "\r\n";
        for result in &self.results {
            let date = result.date.to_string();
            let publishers = result.publishers.join("; ");
            let cells = [
                &result.id,
                &result.title,
                &date,
                &result.doc_type,
                &publishers,
                &result.government,
                &result.source,
                &result.link,
                &self.view,
                &self.corpus_version,
            ];
            csv += &cells.map(|cell| csv_cell(cell)).join(",");
            csv += "\r\n";
        }
        csv
    }

    /// A file name for the download: `results-<date>.<extension>`.
    pub fn file_name(&self, extension: &str) -> String {
        format!("results-{}.{extension}", self.exported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::corpus_of_texts as corpus;

    fn export() -> Export {
        let corpus = corpus(&[
            ("older", "2023-01-02", "=HYPERLINK(\"http://x\")", &["One."]),
            ("newer", "2024-05-06", "Boats, \"gangs\"\nand money", &["Two."]),
        ]);
        let exported = Date::parse("2026-11-28").unwrap();
        Export::new(&corpus, &[1, 0], "https://example.org/?q=a%20b", |d| format!("/?doc={}", d.id), exported)
    }

    #[test]
    fn csv_has_a_header_and_one_row_a_result_with_hostile_cells_made_inert() {
        let csv = export().to_csv();
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(
            lines[1].starts_with("newer,\"Boats, \"\"gangs\"\"\nand money\",2024-05-06,Press release,,G,"),
            "{csv}"
        );
        assert!(lines[1].ends_with(",/?doc=newer,https://example.org/?q=a%20b,test"), "{csv}");
        assert!(
            lines[2].starts_with("older,\"'=HYPERLINK(\"\"http://x\"\")\",2023-01-02,"),
            "a formula is text: {csv}"
        );
    }

    #[test]
    fn json_records_the_view_the_version_and_each_result_in_order() {
        let json: serde_json::Value = serde_json::from_str(&export().to_json()).unwrap();
        assert_eq!(json["view"], "https://example.org/?q=a%20b");
        assert_eq!(json["corpus_version"], "test");
        assert_eq!(json["exported"], "2026-11-28");
        let ids: Vec<&str> =
            json["results"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["newer", "older"]);
        assert_eq!(json["results"][0]["type"], "Press release");
        assert_eq!(json["results"][1]["title"], "=HYPERLINK(\"http://x\")", "JSON keeps the text as it is");
    }

    #[test]
    fn file_names_carry_the_date() {
        assert_eq!(export().file_name("csv"), "results-2026-11-28.csv");
    }
}
