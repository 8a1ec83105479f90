//! The four citation formats, each written from a [`Citation`].

use super::Citation;
use crate::Date;
use serde_json::json;

/// Organisations as one author: "A", "A and B", "A, B and C".
fn joined(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Escapes the characters BibTeX gives a meaning.
fn bibtex_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
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

/// An address in a BibTeX `url` field: only what would end or break the field is escaped.
fn bibtex_url(url: &str) -> String {
    url.chars()
        .flat_map(|c| match c {
            '{' | '}' | '%' | '#' | '\\' => vec!['\\', c],
            '\n' | '\r' => vec![],
            _ => vec![c],
        })
        .collect()
}

/// A RIS value: one line.
fn ris_line(tag: &str, value: &str) -> String {
    let value: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!("{tag}  - {value}\r\n")
}

fn ris_date(date: Date) -> String {
    format!("{:04}/{:02}/{:02}", date.year(), date.month(), date.day())
}

fn date_parts(date: Date) -> serde_json::Value {
    json!({ "date-parts": [[date.year(), date.month(), date.day()]] })
}

impl Citation<'_> {
    fn paragraph_note(&self) -> Option<String> {
        self.paragraph.map(|n| format!("Paragraph {n}"))
    }

    pub(super) fn plain(&self) -> String {
        let document = self.document;
        let date = document.date.value;
        let paragraph = self.paragraph.map(|n| format!(", paragraph {n}")).unwrap_or_default();
        format!(
            "{} ({}) {} [{}], {}{paragraph}. Available at: {} (Accessed: {}).",
            joined(&self.organisations),
            date.year(),
            document.title,
            self.kind,
            date.long_form(),
            document.source.value,
            self.accessed.long_form()
        )
    }

    pub(super) fn bibtex(&self) -> String {
        let document = self.document;
        let date = document.date.value;
        let authors: Vec<String> =
            self.organisations.iter().map(|name| format!("{{{}}}", bibtex_escaped(name))).collect();
        let mut note = self.kind.clone();
        if let Some(paragraph) = self.paragraph_note() {
            note = format!("{note}. {paragraph}");
        }
        let fields = [
            ("author", authors.join(" and ")),
            ("title", format!("{{{}}}", bibtex_escaped(&document.title))),
            ("date", date.to_string()),
            ("year", date.year().to_string()),
            ("url", bibtex_url(&document.source.value)),
            ("urldate", self.accessed.to_string()),
            ("note", bibtex_escaped(&note)),
        ];
        let body: Vec<String> =
            fields.iter().map(|(name, value)| format!("  {name} = {{{value}}}")).collect();
        format!("@misc{{{},\n{}\n}}\n", self.key(), body.join(",\n"))
    }

    pub(super) fn ris(&self) -> String {
        let document = self.document;
        let kind = if document.doc_type.value == "press-release" { "PRESS" } else { "ELEC" };
        let mut ris = ris_line("TY", kind);
        for organisation in &self.organisations {
            ris += &ris_line("AU", organisation);
        }
        ris += &ris_line("TI", &document.title);
        ris += &ris_line("PY", &document.date.value.year().to_string());
        ris += &ris_line("DA", &ris_date(document.date.value));
        ris += &ris_line("M3", &self.kind);
        ris += &ris_line("UR", &document.source.value);
        ris += &ris_line("Y2", &ris_date(self.accessed));
        if let Some(paragraph) = self.paragraph_note() {
            ris += &ris_line("N1", &paragraph);
        }
        ris + &ris_line("ER", "")
    }

    pub(super) fn csl_json(&self) -> String {
        let document = self.document;
        let authors: Vec<_> = self.organisations.iter().map(|name| json!({ "literal": name })).collect();
        let mut item = json!({
            "id": self.key(),
            "type": "webpage",
            "title": document.title,
            "author": authors,
            "publisher": joined(&self.organisations),
            "genre": self.kind,
            "issued": date_parts(document.date.value),
            "accessed": date_parts(self.accessed),
            "URL": document.source.value,
        });
        if let Some(paragraph) = self.paragraph_note() {
            item["note"] = json!(paragraph);
        }
        serde_json::to_string_pretty(&json!([item])).expect("a citation serialises")
    }
}
