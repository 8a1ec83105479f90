//! The report a bug writes to the browser's console: what a reader pastes
//! into a bug report, so a maintainer knows the build, the corpus, the view
//! and what went wrong.

/// The first words of every report, easy to find in a console.
pub const HEADLINE: &str = "Policy corpus explorer: a bug stopped the page.";

/// The report of `panic` (its message and place) in the view at `address`.
pub fn bug_report(
    explorer_version: &str,
    corpus_version: Option<&str>,
    address: &str,
    panic: &str,
) -> String {
    format!(
        "{HEADLINE} Please paste this whole message into a bug report.\n\
         explorer {explorer_version} · corpus {} · {address}\n{panic}",
        corpus_version.unwrap_or("not loaded")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_the_build_the_corpus_the_view_and_the_bug() {
        let report =
            bug_report("0.1.0", Some("a1b2"), "https://x.org/?q=boats", "panicked at src/app.rs:3:5: oops");
        let lines: Vec<&str> = report.lines().collect();
        assert!(lines[0].starts_with(HEADLINE) && lines[0].ends_with("into a bug report."));
        assert_eq!(lines[1], "explorer 0.1.0 · corpus a1b2 · https://x.org/?q=boats");
        assert_eq!(lines[2], "panicked at src/app.rs:3:5: oops");
        assert!(bug_report("0.1.0", None, "", "x").contains("corpus not loaded"));
    }
}
