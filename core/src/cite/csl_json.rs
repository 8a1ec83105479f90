//! The CSL-JSON item, as citeproc-js renders it (APA and others): a web page
//! whose authors are its publishers, inside its website.

use super::Citation;
use crate::Date;
use serde_json::json;

fn date_parts(date: Date) -> serde_json::Value {
    json!({ "date-parts": [[date.year(), date.month(), date.day()]] })
}

impl Citation<'_> {
    pub(super) fn csl_json(&self) -> String {
        let document = self.document;
        let authors: Vec<_> = self.organisations.iter().map(|name| json!({ "literal": name })).collect();
        // The publishers are the authors, and styles print a publisher equal
        // to the author twice ("Home Office. (2023) … Home Office."), so no
        // `publisher` is given.
        let mut item = json!({
            "id": self.key(),
            "type": "webpage",
            "title": document.title,
            "author": authors,
            "genre": self.kind,
            "issued": date_parts(document.date.value),
            "accessed": date_parts(self.accessed),
            "URL": document.source.value,
        });
        if let Some(website) = self.website() {
            item["container-title"] = json!(website);
        }
        let mut notes = Vec::new();
        if let Some(paragraph) = &self.paragraph {
            // A paragraph has no address of its own on the published page: its link in the explorer does.
            item["URL"] = json!(paragraph.link);
            notes.push(format!(
                "Paragraph {}, at its address in the policy corpus explorer; published at {}.",
                paragraph.number, document.source.value
            ));
        }
        notes.extend(self.unchecked_note());
        if !notes.is_empty() {
            item["note"] = json!(notes.join(" "));
        }
        serde_json::to_string_pretty(&json!([item])).expect("a citation serialises")
    }
}
