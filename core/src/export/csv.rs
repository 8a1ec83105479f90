//! Writing a list as CSV (RFC 4180) that spreadsheets open as it was meant:
//! with a byte-order mark, so they read UTF-8 (`£`, curly quotes), and with
//! no cell they would run as a formula.

use super::analysis::{line_table, span_table, term_table};
use super::rows::{listed, PLACE_COLUMNS};
use super::{Export, Listing};

/// Tells spreadsheets the file is UTF-8; without it Excel shows `£75` as `Â£75`.
pub const BYTE_ORDER_MARK: char = '\u{feff}';

/// What a spreadsheet may read as the start of a formula, in ASCII and in
/// the fullwidth forms some spreadsheets treat alike.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// A plain decimal number (`-3000000`, `0.5`), which no spreadsheet runs.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.splitn(2, '.');
    let whole_ok = parts.next().is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    whole_ok && parts.next().is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A CSV cell. Text a spreadsheet would run as a formula (starting, after
/// any spaces, with `=`, `+`, `-`, `@` or their fullwidth forms) is prefixed
/// with an apostrophe. A cell is quoted when it holds a quote, a line break,
/// a comma or a semicolon: a spreadsheet whose list separator is `;` then
/// still reads it as one cell, so `a;=1+1` cannot become a formula cell.
pub(super) fn cell(text: &str) -> String {
    let runs = text.trim_start_matches(' ').starts_with(FORMULA_STARTS) && !is_number(text);
    let text = if runs { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

impl Listing {
    /// The CSV columns and, per row, its cells (before the view and version).
    fn table(&self) -> (Vec<&'static str>, Vec<Vec<String>>) {
        let with_place = |columns: &[&'static str]| [columns, &PLACE_COLUMNS].concat();
        match self {
            Listing::Documents(results) => (
                vec![
                    "id",
                    "title",
                    "date",
                    "type",
                    "publishers",
                    "government",
                    "topics",
                    "agencies",
                    "people",
                    "places",
                    "source",
                    "link",
                ],
                results
                    .iter()
                    .map(|r| {
                        let lists =
                            [&r.publishers, &r.topics, &r.agencies, &r.people, &r.places].map(|l| listed(l));
                        let [publishers, topics, agencies, people, places] = lists;
                        vec![
                            r.id.clone(),
                            r.title.clone(),
                            r.date.to_string(),
                            r.doc_type.clone(),
                            publishers,
                            r.government.clone(),
                            topics,
                            agencies,
                            people,
                            places,
                            r.source.clone(),
                            r.link.clone(),
                        ]
                    })
                    .collect(),
            ),
            Listing::Quotes(quotes) => (
                with_place(&["speaker", "text", "briefed_in_advance", "paragraphs"]),
                quotes
                    .iter()
                    .map(|q| {
                        let own = [
                            q.speaker.clone(),
                            q.text.clone(),
                            q.briefed_in_advance.to_string(),
                            listed(&q.paragraphs),
                        ];
                        own.into_iter().chain(q.place.cells()).collect()
                    })
                    .collect(),
            ),
            Listing::Figures(figures) => (
                with_place(&["figure", "kind", "qualifier", "unit", "value", "sentence", "mentions"]),
                figures
                    .iter()
                    .map(|f| {
                        let qualifier = f.qualifier.map(|q| q.words()).unwrap_or_default().to_owned();
                        let own = [
                            f.figure.clone(),
                            f.kind.key().to_owned(),
                            qualifier,
                            f.unit.clone(),
                            f.value.to_string(),
                            f.sentence.clone(),
                            listed(&f.mentions),
                        ];
                        own.into_iter().chain(f.place.cells()).collect()
                    })
                    .collect(),
            ),
            Listing::Trends(spans) => span_table(spans),
            Listing::Compare(terms) => term_table(terms),
            Listing::Kwic(lines) => line_table(lines),
        }
    }
}

impl Export {
    /// CSV with a header row, after a byte-order mark; every row ends with
    /// the view and the corpus version, so any row copied elsewhere still
    /// says where it came from.
    pub fn to_csv(&self) -> String {
        let (columns, rows) = self.listing.table();
        let mut csv = format!("{BYTE_ORDER_MARK}{},view,corpus_version\r\n", columns.join(","));
        for row in rows {
            let cells = row.iter().chain([&self.view, &self.corpus_version]);
            csv += &cells.map(|text| cell(text)).collect::<Vec<_>>().join(",");
            csv += "\r\n";
        }
        csv
    }
}
