//! The BibTeX entry: read alike by classic BibTeX styles (plainnat) and by
//! biblatex with biber, so it carries both forms where they differ: `year`
//! and `month` beside biblatex's `date`, and the accessed date in `note`
//! beside biblatex's `urldate`.

use super::Citation;
use crate::date::MONTH_NAMES;

/// Escapes the characters BibTeX gives a meaning, and those LaTeX's
/// default font encoding prints as others (`<` as ¡, `>` as ¿, `|` as —).
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '<' => out.push_str("\\textless{}"),
            '>' => out.push_str("\\textgreater{}"),
            '|' => out.push_str("\\textbar{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '{' | '}' | '$' | '&' | '%' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// An address for the `url` field, which biber and the `url` package read
/// verbatim: written as it is, except for what would end the braced field
/// or the line, percent-encoded (the corpus's addresses never hold these).
fn verbatim_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Citation<'_> {
    pub(super) fn bibtex(&self) -> String {
        let document = self.document;
        let date = document.date.value;
        let authors: Vec<String> =
            self.organisations.iter().map(|name| format!("{{{}}}", escaped(name))).collect();
        let note = [
            Some(self.kind.clone()),
            self.paragraph_note(),
            Some(format!("Accessed {}", self.accessed.long_form())),
        ];
        let mut note = note.into_iter().flatten().collect::<Vec<_>>().join(". ") + ".";
        if let Some(unchecked) = self.unchecked_note() {
            note = format!("{note} {unchecked}");
        }
        // The month as BibTeX's own abbreviation (`nov`), which every style prints in full.
        let month = MONTH_NAMES[usize::from(date.month() - 1)][..3].to_ascii_lowercase();
        let mut fields = vec![
            ("author", format!("{{{}}}", authors.join(" and "))),
            ("title", format!("{{{{{}}}}}", escaped(&document.title))),
        ];
        if let Some(website) = self.website() {
            fields.push(("howpublished", format!("{{{}}}", escaped(website))));
        }
        fields.extend([
            ("year", format!("{{{}}}", date.year())),
            ("month", month),
            ("date", format!("{{{date}}}")),
            ("url", format!("{{{}}}", verbatim_url(&document.source.value))),
            ("urldate", format!("{{{}}}", self.accessed)),
            ("note", format!("{{{}}}", escaped(&note))),
        ]);
        let body: Vec<String> = fields.iter().map(|(name, value)| format!("  {name} = {value}")).collect();
        format!("@misc{{{},\n{}\n}}\n", self.key(), body.join(",\n"))
    }
}
