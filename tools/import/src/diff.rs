//! What changed between a document in the corpus and a new import of its
//! source: each metadata value that differs (with its provenance), the
//! title, and the lines of text removed (`-`) and added (`+`) with one line
//! of context around each change.

use similar::{ChangeTag, TextDiff};

const FIELDS: [&str; 7] = ["id", "type", "date", "updated", "publishers", "source", "report"];

/// The differences, one line each; empty when the two read the same.
pub fn describe(old: &str, new: &str) -> Vec<String> {
    let (old_front, old_body) = parts(old);
    let (new_front, new_body) = parts(new);
    let mut lines = Vec::new();
    for field in FIELDS {
        let (before, after) = (shown(&old_front, field), shown(&new_front, field));
        if before != after {
            let none = || "(none)".to_owned();
            lines.push(format!("{field}: {} → {}", before.unwrap_or_else(none), after.unwrap_or_else(none)));
        }
    }
    let (old_title, old_text) = title_and_text(old_body);
    let (new_title, new_text) = title_and_text(new_body);
    if old_title != new_title {
        lines.push(format!("title: {old_title:?} → {new_title:?}"));
    }
    let (old_lines, new_lines) = (lines_of(old_text), lines_of(new_text));
    let diff = TextDiff::from_slices(&old_lines, &new_lines);
    for (n, group) in diff.grouped_ops(1).iter().enumerate() {
        lines.push(if n == 0 { "text:".to_owned() } else { "  …".to_owned() });
        for change in group.iter().flat_map(|op| diff.iter_changes(op)) {
            let line = change.value();
            lines.push(match change.tag() {
                ChangeTag::Delete => format!("  - {line}"),
                ChangeTag::Insert => format!("  + {line}"),
                ChangeTag::Equal => format!("    {}", shortened(line)),
            });
        }
    }
    lines
}

fn parts(file: &str) -> (toml::Table, &str) {
    match corpus_compiler::split_document(file) {
        Some((front, body)) => (toml::from_str(front).unwrap_or_default(), body),
        None => (toml::Table::new(), file),
    }
}

/// A field's value and provenance, as one line: `2024-10-04 (confirmed)`.
fn shown(front: &toml::Table, field: &str) -> Option<String> {
    let value = front.get(field)?;
    let Some(table) = value.as_table() else { return Some(plain(value)) };
    let provenance = if table.contains_key("confirmed") { "confirmed" } else { "inferred" };
    Some(format!("{} ({provenance})", table.get("value").map(plain).unwrap_or_default()))
}

fn plain(value: &toml::Value) -> String {
    match value {
        toml::Value::String(text) => text.clone(),
        toml::Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The lines with text: blank lines only separate paragraphs.
fn lines_of(text: &str) -> Vec<&str> {
    text.lines().map(str::trim_end).filter(|line| !line.trim().is_empty()).collect()
}

/// A line of context, cut after 80 characters.
fn shortened(line: &str) -> String {
    match line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

/// The title (the first line with text) and the text after it.
fn title_and_text(body: &str) -> (&str, &str) {
    let body = body.trim_start();
    body.split_once('\n').map_or((body.trim_end(), ""), |(title, text)| (title.trim_end(), text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_changed_values_the_title_and_the_changed_lines() {
        let old = "+++\nid = \"a\"\ndate = { value = \"2024-10-04\", inferred = \"a copy\" }\n+++\nOld title\n\nOne.\n\nTwo.\n\nThree.\n";
        let new = "+++\nid = \"a\"\ndate = { value = \"2024-10-05\", confirmed = \"https://x.uk\" }\n+++\nNew title\n\nOne.\n\nTwo, changed.\n\nThree.\n";
        assert_eq!(
            describe(old, new),
            [
                "date: 2024-10-04 (inferred) → 2024-10-05 (confirmed)",
                "title: \"Old title\" → \"New title\"",
                "text:",
                "    One.",
                "  - Two.",
                "  + Two, changed.",
                "    Three.",
            ]
        );
        assert!(describe(old, old).is_empty());
    }
}
