//! The taxonomy entries to add for what a source names and the taxonomy
//! lacks: printed for a person to add, or appended by `--add-taxonomy`,
//! each marked `imported = "<the address it came from>"`.

use crate::fetched::Named;
use crate::render::toml_string;
use corpus_compiler::ImportKey;
use explorer_core::Facet;
use std::io::Write;
use std::path::Path;

/// The taxonomy file an entry of `facet` goes in, and its table name.
pub fn file_and_table(facet: Facet) -> (&'static str, &'static str) {
    match facet {
        Facet::Agency => ("agencies.toml", "agency"),
        Facet::Person => ("people.toml", "person"),
        Facet::Type => ("types.toml", "type"),
        Facet::Topic => ("topics.toml", "topic"),
        Facet::Place => ("places.toml", "place"),
        Facet::Period => ("governments.toml", "government"),
    }
}

/// The entry as TOML, after a comment saying where it came from.
pub fn entry(named: &Named, from: &str) -> String {
    let (_, table) = file_and_table(named.facet);
    let mut lines = vec![
        "# Added by scripts/import.sh: check the name and the terms.".to_owned(),
        format!("[[{table}]]"),
        format!("slug = {}", toml_string(&named.slug)),
    ];
    match named.facet {
        Facet::Type => lines.push(format!("label = {}", toml_string(&named.name))),
        _ => lines.push(format!("name = {}", toml_string(&named.name))),
    }
    if let ImportKey::Committee(_) = named.key {
        lines.push("kind = \"UK Parliament\"".into());
    }
    if named.facet != Facet::Type {
        lines.push(format!("terms = [{}]", toml_string(&named.name)));
    }
    lines.push(match &named.key {
        ImportKey::GovUk(key) => format!("govuk = {}", toml_string(key)),
        ImportKey::Committee(number) => format!("committee = {number}"),
        ImportKey::Parliament(kind) => format!("parliament = {}", toml_string(kind)),
    });
    lines.push(format!("imported = {}", toml_string(from)));
    lines.join("\n") + "\n"
}

/// Appends the entries to the taxonomy files of `taxonomy_dir`.
pub fn append(taxonomy_dir: &Path, missing: &[Named], from: &str) -> Result<(), String> {
    for named in missing {
        let (file, _) = file_and_table(named.facet);
        let path = taxonomy_dir.join(file);
        let mut existing =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if !existing.ends_with('\n') {
            existing.push('\n');
        }
        let text = format!("{existing}\n{}", entry(named, from));
        std::fs::write(&path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    }
    Ok(())
}

/// A copy of the taxonomy with the entries added, to check a document
/// against before they exist.
pub fn with_additions(
    taxonomy_dir: &Path,
    missing: &[Named],
    from: &str,
) -> Result<tempfile::TempDir, String> {
    let copy = tempfile::tempdir().map_err(|error| format!("cannot make a temporary folder: {error}"))?;
    for facet in Facet::ALL {
        let (file, _) = file_and_table(facet);
        std::fs::copy(taxonomy_dir.join(file), copy.path().join(file))
            .map_err(|error| format!("cannot copy {file}: {error}"))?;
    }
    append(copy.path(), missing, from)?;
    Ok(copy)
}

/// Prints the entries for a person to add to the files of `taxonomy_dir`.
pub fn print(out: &mut dyn Write, taxonomy_dir: &Path, missing: &[Named], from: &str) {
    for named in missing {
        let (file, _) = file_and_table(named.facet);
        let file = taxonomy_dir.join(file);
        let _ = writeln!(
            out,
            "  not in the taxonomy: {} {:?}; add to {}:",
            named.facet.key(),
            named.name,
            file.display()
        );
        for line in entry(named, from).lines() {
            let _ = writeln!(out, "      {line}");
        }
    }
}
