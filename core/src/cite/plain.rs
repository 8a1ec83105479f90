//! The plain-text citation, Harvard style.

use super::{joined, Citation};

impl Citation<'_> {
    pub(super) fn plain(&self) -> String {
        let document = self.document;
        let date = document.date.value;
        let paragraph = self.paragraph.as_ref().map(|p| format!(", paragraph {}", p.number));
        let website = self.website().map(|site| format!(" {site},")).unwrap_or_default();
        let unchecked = self.unchecked_note().map(|note| format!(" {note}")).unwrap_or_default();
        format!(
            "{} ({}) {} [{}].{website} {}{}. Available at: {} (Accessed: {}).{unchecked}",
            joined(&self.organisations),
            date.year(),
            document.title,
            self.kind,
            date.long_form(),
            paragraph.unwrap_or_default(),
            document.source.value,
            self.accessed.long_form()
        )
    }
}
