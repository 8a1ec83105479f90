//! What the build refuses instead of accepting in silence, each with the
//! file, the line and a fix: files named like Markdown but not `.md`, ids
//! unlike their file's name, governments out of order, a publisher named
//! twice, an update before publication, a date after the build, invisible
//! control characters, lone carriage returns, bytes that are not UTF-8,
//! look-alike and punycode hosts; and TOML errors whose fix shows an example.

mod temp_corpus;

use temp_corpus::{TempCorpus, G7, HAC, STARMER};

const GOVERNMENTS: &str = "taxonomy/governments.toml";

// Files

#[test]
fn a_markdown_file_not_ending_in_lower_case_md_is_refused_not_skipped() {
    for name in ["2024-01-01-shouted.MD", "2024-01-01-long.markdown", "2024-01-01-mixed.Md"] {
        let corpus = TempCorpus::new();
        corpus.write(&format!("documents/{name}"), "+++\n");
        let error = corpus.assert_only_error(&format!("documents/{name}"), 0, &["only files ending in .md"]);
        let stem = name.split('.').next().unwrap();
        assert_eq!(error.fix, format!("rename it to {stem}.md"), "{name}");
    }
}

#[test]
fn a_folder_named_like_a_document_is_refused() {
    let corpus = TempCorpus::new();
    std::fs::create_dir(corpus.path("documents/2024-01-01-folder.md")).unwrap();
    corpus.assert_only_error("documents/2024-01-01-folder.md", 0, &["a folder, not a file"]);
}

#[test]
fn an_id_unlike_its_file_s_name_is_refused() {
    let corpus = TempCorpus::new();
    let text = std::fs::read_to_string(corpus.path(HAC)).unwrap();
    std::fs::remove_file(corpus.path(HAC)).unwrap();
    corpus.write("documents/2023-06-12-hac.md", &text);
    let error = corpus.assert_only_error("documents/2023-06-12-hac.md", 2, &["differs from the file's name"]);
    assert_eq!(
        error.fix,
        "rename the file to 2023-06-12-hac-albania-asylum-claims.md (ids never change once published)"
    );
}

// Governments

#[test]
fn a_government_that_ends_before_it_begins_is_refused_on_its_to_line() {
    let corpus = TempCorpus::new();
    corpus.replace(GOVERNMENTS, r#"to = "2022-10-25""#, r#"to = "2022-08-25""#);
    corpus.assert_only_error(GOVERNMENTS, 18, &["to (2022-08-25) is before its from (2022-09-06)"]);
}

#[test]
fn overlapping_governments_are_refused_on_the_later_one_s_from_line() {
    let corpus = TempCorpus::new();
    corpus.replace(GOVERNMENTS, r#"from = "2022-09-06""#, r#"from = "2022-09-01""#);
    let error = corpus.assert_only_error(
        GOVERNMENTS,
        17,
        &["overlaps johnson-2019 (from 2019-07-24 until 2022-09-06)"],
    );
    assert!(error.fix.contains("on or after the day the one before it ends"), "{error:#?}");
}

#[test]
fn a_government_left_open_before_another_is_refused() {
    let corpus = TempCorpus::new();
    corpus.remove_line(GOVERNMENTS, r#"to = "2024-07-05""#);
    corpus.assert_only_error(GOVERNMENTS, 32, &["overlaps sunak-2022 (from 2022-10-25 with no end)"]);
}

// Values

#[test]
fn a_publisher_named_twice_is_refused() {
    let corpus = TempCorpus::new();
    corpus.replace(
        STARMER,
        r#"["prime-ministers-office", "home-office"]"#,
        r#"["home-office", "home-office"]"#,
    );
    corpus.assert_only_error(STARMER, 5, &["the publisher \"home-office\" is named twice"]);
}

#[test]
fn an_update_before_publication_is_refused() {
    let corpus = TempCorpus::new();
    corpus.replace(G7, r#"updated = { value = "2024-10-21""#, r#"updated = { value = "2024-10-01""#);
    corpus.assert_only_error(G7, 5, &["updated (2024-10-01) is before the date of publication (2024-10-04)"]);
}

#[test]
fn a_date_after_the_build_is_refused() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = "2999-06-12""#);
    corpus.assert_only_error(HAC, 4, &["the date 2999-06-12 is after the day of this build"]);
    let corpus = TempCorpus::new();
    corpus.replace(G7, r#"updated = { value = "2024-10-21""#, r#"updated = { value = "2999-10-21""#);
    corpus.assert_only_error(G7, 5, &["2999-10-21 is after the day of this build"]);
}

// Characters

#[test]
fn control_characters_are_refused_on_their_line_by_name() {
    for (control, name) in [("\u{0}", "NUL"), ("\u{7}", "BEL"), ("\u{1b}[31m", "ESC")] {
        let corpus = TempCorpus::new();
        let passage = "A report published today by the Home Affairs Committee";
        let line = corpus.line_of(HAC, passage);
        corpus.replace(
            HAC,
            passage,
            &format!("A report {control}published today by the Home Affairs Committee"),
        );
        let error =
            corpus.assert_only_error(HAC, line, &["invisible control character", name, "at character 10"]);
        assert!(error.fix.starts_with("delete the character"), "{error:#?}");
    }
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/topics.toml", r#"slug = "small-boats""#, "slug = \"small-boats\"\u{0}");
    let line = corpus.line_of("taxonomy/topics.toml", "small-boats");
    corpus.assert_only_error("taxonomy/topics.toml", line, &["NUL"]);
}

#[test]
fn lines_ended_by_a_lone_carriage_return_are_refused() {
    let corpus = TempCorpus::new();
    corpus.edit(HAC, |text| text.replace('\n', "\r"));
    let error = corpus.assert_only_error(HAC, 1, &["carriage return alone"]);
    assert!(error.fix.contains("LF (Unix) or CRLF (Windows)"), "{error:#?}");
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_line_and_byte() {
    let corpus = TempCorpus::new();
    let text = std::fs::read_to_string(corpus.path(STARMER)).unwrap();
    let pound = text.find('£').unwrap();
    let line = 1 + text[..pound].matches('\n').count();
    let column = 1 + text[..pound].rsplit('\n').next().unwrap().chars().count();
    // £ as Windows-1252 writes it: one byte, 0xA3.
    let bytes = [&text.as_bytes()[..pound], &[0xA3], &text.as_bytes()[pound + '£'.len_utf8()..]].concat();
    corpus.write_bytes(STARMER, &bytes);
    let error = corpus.assert_only_error(
        STARMER,
        line,
        &["not UTF-8", &format!("byte {} (0xA3, character {column} of the line)", pound + 1)],
    );
    assert!(error.fix.contains("save the file as UTF-8"), "{error:#?}");
}

// Hosts

#[test]
fn look_alike_and_punycode_hosts_are_refused() {
    for (source, problem) in [
        ("https://www.gоv.uk/x", "the character 'о' (U+043E) in its host"),
        ("https://www.xn--gv-jta.uk/x", "internationalised host label \"xn--gv-jta\""),
    ] {
        let corpus = TempCorpus::new();
        corpus.edit(STARMER, |text| {
            let line = text.lines().nth(5).unwrap();
            text.replace(line, &format!(r#"source = {{ value = "{source}", inferred = "A test." }}"#))
        });
        let error = corpus.assert_only_error(STARMER, 6, &["the source", problem]);
        assert!(error.fix.contains("plain ASCII letters"), "{source}: {error:#?}");
    }
}

// TOML errors show an example of the field

#[test]
fn a_missing_field_s_fix_shows_an_example_line() {
    let corpus = TempCorpus::new();
    corpus.remove_line(HAC, "date = ");
    let error = corpus.assert_only_error(HAC, 2, &["missing field `date`"]);
    assert!(
        error.fix.starts_with("add the field, written like: date = { value = \"2024-11-04\""),
        "{error:#?}"
    );
    let corpus = TempCorpus::new();
    corpus.remove_line("taxonomy/types.toml", "label = \"Press release\"");
    let error = corpus.errors().pop().unwrap();
    assert!(error.problem.contains("missing field `label`"), "{error:#?}");
    assert_eq!(error.fix, "add the field, written like: label = \"Home Office\"");
}

#[test]
fn a_syntax_error_s_fix_shows_how_its_line_is_written() {
    let corpus = TempCorpus::new();
    corpus.replace(
        STARMER,
        r#"publishers = { value = ["prime-ministers-office", "home-office"], inferred"#,
        r#"publishers = { value = ["prime-ministers-office", "home-office"] inferred"#,
    );
    let error = corpus.assert_only_error(STARMER, 5, &["malformed TOML"]);
    assert!(
        error.fix.starts_with("write the line like: publishers = { value = [\"home-office\"]"),
        "{error:#?}"
    );
    let corpus = TempCorpus::new();
    corpus.replace(HAC, "report = {", "reprot = {");
    let error = corpus.assert_only_error(HAC, 7, &["unknown field `reprot`"]);
    assert!(
        error.fix.contains("the fields are id, type, date, updated, publishers, source, report"),
        "{error:#?}"
    );
}
