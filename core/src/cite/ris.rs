//! The RIS record, as Zotero and citation-js read it: a web page (`ELEC`)
//! whose authors are organisations, with its publisher, website, type and
//! accessed date.

use super::{joined, Citation};
use crate::Date;

/// A RIS value: one line.
fn line(tag: &str, value: &str) -> String {
    let value: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!("{tag}  - {value}\r\n")
}

fn date(date: Date) -> String {
    format!("{:04}/{:02}/{:02}", date.year(), date.month(), date.day())
}

/// An organisation as a RIS author. Readers split an author at its first
/// comma into family and given names ("Prime Minister's Office" and "10
/// Downing Street"), and RIS has no way to escape one, so an organisation's
/// commas are left out: a name without a comma is read whole.
fn organisation(name: &str) -> String {
    name.replace(',', "")
}

impl Citation<'_> {
    pub(super) fn ris(&self) -> String {
        let document = self.document;
        let mut ris = line("TY", "ELEC");
        for name in &self.organisations {
            ris += &line("AU", &organisation(name));
        }
        ris += &line("TI", &document.title);
        if let Some(website) = self.website() {
            ris += &line("T2", website);
        }
        ris += &line("PY", &document.date.value.year().to_string());
        ris += &line("DA", &date(document.date.value));
        ris += &line("PB", &joined(&self.organisations));
        ris += &line("M3", &self.kind);
        ris += &line("UR", &document.source.value);
        // Zotero reads a web page's accessed date from Y2, citation-js (after the RIS specification) from M1.
        ris += &line("Y2", &date(self.accessed));
        ris += &line("M1", &date(self.accessed));
        let notes = [self.paragraph_note(), self.unchecked_note()];
        for note in notes.into_iter().flatten() {
            ris += &line("N1", &note);
        }
        ris + &line("ER", "")
    }
}
