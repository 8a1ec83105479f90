//! The document source the importer writes (docs/corpus-format.md), every
//! value confirmed by the address it was fetched from, and its import
//! record: the SHA-256 of the file as written without the record line, by
//! which a later hand edit is noticed.

use crate::fetched::Fetched;
use crate::mapping::Mapping;
use explorer_core::model::Block;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// A string as TOML writes it, quoted and escaped.
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// The document's source without its import record.
pub fn render(id: &str, fetched: &Fetched, mapping: &Mapping) -> String {
    let confirmed = toml_string(&fetched.address.fetched_from());
    let value =
        |name: &str, value: String| format!("{name} = {{ value = {value}, confirmed = {confirmed} }}\n");
    let mut file = String::from("+++\n");
    let _ = writeln!(file, "id = {}", toml_string(id));
    file += &value("type", toml_string(&mapping.doc_type));
    file += &value("date", toml_string(&fetched.date.to_string()));
    if let Some(updated) = fetched.updated {
        file += &value("updated", toml_string(&updated.to_string()));
    }
    let publishers: Vec<String> = mapping.publishers.iter().map(|slug| toml_string(slug)).collect();
    file += &value("publishers", format!("[{}]", publishers.join(", ")));
    file += &value("source", toml_string(&fetched.address.page()));
    file += "+++\n";
    file += &fetched.title;
    file += "\n";
    let mut previous = None;
    for (block, text) in &fetched.text {
        match block {
            Block::ListItem if previous == Some(Block::ListItem) => {}
            _ => file += "\n",
        }
        match block {
            Block::ListItem => file += "  • ",
            Block::Paragraph => {}
        }
        file += text;
        file += "\n";
        previous = Some(*block);
    }
    file
}

/// The file with its import record, as the last line of the front matter.
pub fn with_record(unrecorded: &str, from: &str, on: &str) -> String {
    let (front, _) = corpus_compiler::split_document(unrecorded).expect("the importer writes front matter");
    let end = offset_in(unrecorded, front) + front.len();
    let record = format!(
        "imported = {{ from = {}, on = {}, sha256 = {} }}\n",
        toml_string(from),
        toml_string(on),
        toml_string(&sha256(unrecorded))
    );
    format!("{}{record}{}", &unrecorded[..end], &unrecorded[end..])
}

/// A file without its import record line, and the SHA-256 it records.
pub fn split_record(file: &str) -> (String, Option<String>) {
    let Some((front, _)) = corpus_compiler::split_document(file) else { return (file.to_owned(), None) };
    let start = offset_in(file, front);
    let mut at = start;
    for line in front.split_inclusive('\n') {
        if line.trim_start().starts_with("imported") {
            let recorded = toml::from_str::<toml::Table>(line)
                .ok()
                .and_then(|table| table.get("imported")?.get("sha256")?.as_str().map(str::to_owned));
            if recorded.is_some() {
                return (format!("{}{}", &file[..at], &file[at + line.len()..]), recorded);
            }
        }
        at += line.len();
    }
    (file.to_owned(), None)
}

pub fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "+++\nid = \"2024-01-01-x\"\n+++\nTitle\n\nText.\n";

    #[test]
    fn the_record_is_the_last_front_matter_line_and_hashes_the_rest() {
        let recorded = with_record(FILE, "https://www.gov.uk/api/content/x", "2026-01-02");
        let expected_line = format!(
            "imported = {{ from = \"https://www.gov.uk/api/content/x\", on = \"2026-01-02\", sha256 = \"{}\" }}\n",
            sha256(FILE)
        );
        assert_eq!(recorded, FILE.replacen("+++\nTitle", &format!("{expected_line}+++\nTitle"), 1));
        assert_eq!(split_record(&recorded), (FILE.to_owned(), Some(sha256(FILE))));
    }

    #[test]
    fn a_file_without_a_record_is_kept_whole() {
        assert_eq!(split_record(FILE), (FILE.to_owned(), None));
        let text_mentions_it = "+++\nid = \"x\"\n+++\nimported = { sha256 = \"x\" }\n";
        assert_eq!(split_record(text_mentions_it).1, None);
    }
}
