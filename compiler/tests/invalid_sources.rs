//! Breaks one thing at a time in a copy of the real corpus and checks that the compiler names the file, the line, the problem and a fix.

use corpus_compiler::compile;

mod temp_corpus;

use temp_corpus::{TempCorpus, G7, HAC, STARMER};

#[test]
fn the_unmodified_copy_compiles_to_six_documents() {
    let corpus = TempCorpus::new();
    let data = compile(&corpus.dir).unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(data.documents.len(), 6);
}

#[test]
fn the_temporary_copy_is_removed_afterwards() {
    let corpus = TempCorpus::new();
    let dir = corpus.dir.clone();
    assert!(dir.join(HAC).is_file());
    drop(corpus);
    assert!(!dir.exists());
}

// Slugs from the taxonomy

#[test]
fn an_unknown_type_slug_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"type = { value = "committee-report-news""#, r#"type = { value = "news-story""#);
    let error = corpus.assert_only_error(HAC, 3, &["unknown type slug", "news-story"]);
    assert!(error.fix.contains("press-release"), "the fix lists the known types: {}", error.fix);
}

#[test]
fn an_unknown_publisher_slug_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"["home-affairs-committee"]"#, r#"["home-affairs-comittee"]"#);
    let error = corpus.assert_only_error(HAC, 5, &["unknown agency slug", "home-affairs-comittee"]);
    assert!(error.fix.contains("home-affairs-committee"), "the fix lists the known agencies: {}", error.fix);
}

#[test]
fn an_unknown_second_publisher_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(
        STARMER,
        r#"["prime-ministers-office", "home-office"]"#,
        r#"["prime-ministers-office", "home-ofice"]"#,
    );
    corpus.assert_only_error(STARMER, 5, &["unknown agency slug", "home-ofice"]);
}

#[test]
fn empty_publishers_are_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"["home-affairs-committee"]"#, "[]");
    corpus.assert_only_error(HAC, 5, &["publishers is empty"]);
}

// Dates

#[test]
fn a_missing_date_is_reported_as_a_missing_field() {
    let corpus = TempCorpus::new();
    corpus.remove_line(HAC, "date = ");
    corpus.assert_only_error(HAC, 2, &["missing field", "date"]);
}

#[test]
fn a_date_with_month_thirteen_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = "2024-13-45""#);
    corpus.assert_only_error(HAC, 4, &["2024-13-45", "no such day"]);
}

#[test]
fn an_unquoted_date_is_read_like_a_quoted_one() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = 2023-06-12"#);
    let data = compile(&corpus.dir).unwrap_or_else(|errors| panic!("{errors}"));
    let document = data.documents.iter().find(|d| d.id == "2023-06-12-hac-albania-asylum-claims").unwrap();
    assert_eq!(document.date.value.to_string(), "2023-06-12");
}

#[test]
fn an_unquoted_impossible_date_or_a_date_with_a_time_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = 2023-06-12T10:00:00"#);
    corpus.assert_only_error(HAC, 4, &["2023-06-12T10:00:00", "YYYY-MM-DD"]);
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = 2023-02-30"#);
    corpus.assert_only_error(HAC, 4, &["malformed TOML"]);
}

#[test]
fn the_twenty_ninth_of_february_in_a_common_year_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = "2023-02-29""#);
    corpus.assert_only_error(HAC, 4, &["2023-02-29", "no such day"]);
}

#[test]
fn a_date_not_in_iso_form_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"date = { value = "2023-06-12""#, r#"date = { value = "12/06/2023""#);
    corpus.assert_only_error(HAC, 4, &["12/06/2023", "YYYY-MM-DD"]);
}

#[test]
fn an_impossible_updated_date_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(G7, r#"updated = { value = "2024-10-21""#, r#"updated = { value = "2024-10-32""#);
    corpus.assert_only_error(G7, 5, &["2024-10-32", "no such day"]);
}

// Ids

#[test]
fn a_duplicate_id_names_the_second_file_and_the_first() {
    let corpus = TempCorpus::new();
    let text = std::fs::read_to_string(corpus.path(HAC)).unwrap();
    corpus.write("documents/zz-copy.md", &text);
    let error = corpus.assert_only_error(
        "documents/zz-copy.md",
        2,
        &["2023-06-12-hac-albania-asylum-claims", "already used"],
    );
    assert!(
        error.problem.contains(&corpus.path(HAC).display().to_string()),
        "the first file is named: {}",
        error.problem
    );
}

#[test]
fn an_id_that_does_not_start_with_the_date_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"id = "2023-06-12-hac"#, r#"id = "2023-06-13-hac"#);
    corpus.assert_only_error(HAC, 2, &["does not start with the date 2023-06-12"]);
}

#[test]
fn an_id_with_capitals_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"id = "2023-06-12-hac"#, r#"id = "2023-06-12-HAC"#);
    corpus.assert_only_error(HAC, 2, &["2023-06-12-HAC-albania-asylum-claims", "not lowercase"]);
}

// Source addresses

#[test]
fn an_http_source_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"source = { value = "https://"#, r#"source = { value = "http://"#);
    corpus.assert_only_error(HAC, 6, &["http://committees.parliament.uk/", "not an https:// address"]);
}

#[test]
fn a_javascript_source_is_reported() {
    let corpus = TempCorpus::new();
    corpus.edit(STARMER, |text| {
        let line = text.lines().nth(5).unwrap();
        assert!(line.starts_with("source = "));
        text.replace(line, r#"source = { value = "javascript:alert(1)", inferred = "A test." }"#)
    });
    corpus.assert_only_error(STARMER, 6, &["javascript:alert(1)", "not an https:// address"]);
}

#[test]
fn sources_that_could_mislead_a_link_are_reported_with_their_fix() {
    for (source, problem, fix) in [
        ("https://www.gov.uk@evil.example/x", "has a user name or password", "remove everything"),
        ("https://www.gov.uk:8443/x", "names a port", "remove the :port"),
        ("https://localhost/x", "not a domain name", "domain name"),
        ("https://www.gov.uk/\u{202e}fdp.exe", "contains the character '\\u{202e}'", "percent-encode"),
        ("https://www.gov.uk/x\\\"onclick=\\\"x", "contains the character '\"'", "percent-encode"),
        ("https://www.gov.uk/100%", "% not followed", "%25"),
    ] {
        let corpus = TempCorpus::new();
        corpus.edit(STARMER, |text| {
            let line = text.lines().nth(5).unwrap();
            text.replace(line, &format!(r#"source = {{ value = "{source}", inferred = "A test." }}"#))
        });
        let error = corpus.assert_only_error(STARMER, 6, &["the source", problem]);
        assert!(error.fix.contains(fix), "{source}: {error:#?}");
    }
}

#[test]
fn an_overlong_source_is_reported_without_quoting_all_of_it() {
    let corpus = TempCorpus::new();
    let long = format!("https://www.gov.uk/{}", "a".repeat(2_000));
    corpus.edit(STARMER, |text| {
        let line = text.lines().nth(5).unwrap();
        text.replace(line, &format!(r#"source = {{ value = "{long}", inferred = "A test." }}"#))
    });
    let error = corpus.assert_only_error(STARMER, 6, &["longer than 2000 characters"]);
    assert!(error.problem.len() < 200, "{}", error.problem);
}

// Malformed files

#[test]
fn broken_toml_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace(
        STARMER,
        r#"publishers = { value = ["prime-ministers-office", "home-office"], inferred"#,
        r#"publishers = { value = ["prime-ministers-office", "home-office"] inferred"#,
    );
    corpus.assert_only_error(STARMER, 5, &["malformed TOML"]);
}

#[test]
fn an_unterminated_string_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace(
        HAC,
        r#"id = "2023-06-12-hac-albania-asylum-claims""#,
        r#"id = "2023-06-12-hac-albania-asylum-claims"#,
    );
    corpus.assert_only_error(HAC, 2, &["malformed TOML"]);
}

#[test]
fn curly_quotes_in_the_front_matter_are_reported_on_their_line() {
    let corpus = TempCorpus::new();
    corpus.replace(
        HAC,
        r#"id = "2023-06-12-hac-albania-asylum-claims""#,
        "id = “2023-06-12-hac-albania-asylum-claims”",
    );
    corpus.assert_only_error(HAC, 2, &["malformed TOML"]);
}

#[test]
fn an_unknown_field_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, "report = {", "reprot = {");
    corpus.assert_only_error(HAC, 7, &["malformed TOML", "reprot"]);
}

#[test]
fn a_file_not_starting_with_plus_signs_is_reported_on_line_one() {
    let corpus = TempCorpus::new();
    corpus.edit(HAC, |text| text.replacen("+++\n", "---\n", 1));
    corpus.assert_only_error(HAC, 1, &["does not start with a +++ line"]);
}

#[test]
fn a_file_with_text_before_the_front_matter_is_reported_on_line_one() {
    let corpus = TempCorpus::new();
    corpus.edit(HAC, |text| format!("A title\n{text}"));
    corpus.assert_only_error(HAC, 1, &["does not start with a +++ line"]);
}

#[test]
fn unclosed_front_matter_is_reported() {
    let corpus = TempCorpus::new();
    corpus.edit(HAC, |text| text.replacen("\n+++\n", "\n\n", 1));
    corpus.assert_only_error(HAC, 1, &["front matter is not closed"]);
}

// Empty documents: the problem is on the line after the closing +++.

#[test]
fn a_document_with_no_text_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace_body(HAC, "");
    corpus.assert_only_error(HAC, 9, &["no text"]);
}

#[test]
fn a_document_with_only_whitespace_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace_body(HAC, "\n   \n\t\n");
    corpus.assert_only_error(HAC, 9, &["no text"]);
}

#[test]
fn a_document_with_only_a_title_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace_body(STARMER, "Starmer unveils investment\n\n");
    corpus.assert_only_error(STARMER, 8, &["no text"]);
}

// Provenance

#[test]
fn a_value_both_confirmed_and_inferred_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"report = { value"#, r#"report = { inferred = "A guess.", value"#);
    corpus.assert_only_error(HAC, 7, &["exactly one of confirmed or inferred"]);
}

#[test]
fn a_value_neither_confirmed_nor_inferred_is_reported() {
    let corpus = TempCorpus::new();
    corpus.edit(STARMER, |text| {
        let line = text.lines().nth(2).unwrap();
        assert!(line.starts_with("type = "));
        text.replace(line, r#"type = { value = "press-release" }"#)
    });
    corpus.assert_only_error(STARMER, 3, &["exactly one of confirmed or inferred"]);
}

#[test]
fn an_empty_inferred_reason_is_reported() {
    let corpus = TempCorpus::new();
    corpus.edit(STARMER, |text| {
        let line = text.lines().nth(2).unwrap();
        text.replace(line, r#"type = { value = "press-release", inferred = " " }"#)
    });
    corpus.assert_only_error(STARMER, 3, &["inferred"]);
}

#[test]
fn a_confirmed_address_that_is_not_https_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(
        HAC,
        r#"date = { value = "2023-06-12", confirmed = "https://"#,
        r#"date = { value = "2023-06-12", confirmed = "http://"#,
    );
    corpus.assert_only_error(
        HAC,
        4,
        &["confirmed \"http://committees.parliament.uk/", "not an https:// address"],
    );
}

#[test]
fn a_confirmed_address_with_a_bidi_control_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(
        HAC,
        r#"date = { value = "2023-06-12", confirmed = "https://committees"#,
        "date = { value = \"2023-06-12\", confirmed = \"https://\u{2067}committees",
    );
    let error = corpus.assert_only_error(HAC, 4, &["confirmed \"https://\\u{2067}committees", "U+2067"]);
    assert!(error.fix.contains("inferred"), "{error:#?}");
}

// Taxonomy

#[test]
fn a_duplicate_topic_slug_is_reported_on_the_second_entry() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/topics.toml", r#"slug = "rwanda-partnership""#, r#"slug = "small-boats""#);
    corpus.assert_only_error("taxonomy/topics.toml", 17, &["topic slug \"small-boats\" is used twice"]);
}

#[test]
fn an_invalid_slug_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/places.toml", r#"slug = "france""#, r#"slug = "Bad Slug""#);
    corpus.assert_only_error("taxonomy/places.toml", 10, &["\"Bad Slug\" is not a valid slug"]);
}

#[test]
fn an_office_holder_naming_an_unknown_person_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/people.toml", r#"person = "keir-starmer""#, r#"person = "keir-stammer""#);
    corpus.assert_only_error("taxonomy/people.toml", 91, &["no person has the slug \"keir-stammer\""]);
}

#[test]
fn an_impossible_government_date_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/governments.toml", r#"from = "2022-09-06""#, r#"from = "2022-09-31""#);
    corpus.assert_only_error("taxonomy/governments.toml", 17, &["2022-09-31", "no such day"]);
}

#[test]
fn broken_taxonomy_toml_is_reported_on_its_line() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/types.toml", r#"label = "Press release""#, r#"label = "Press release"#);
    corpus.assert_only_error("taxonomy/types.toml", 5, &["malformed TOML"]);
}

// Several problems

#[test]
fn every_problem_in_the_documents_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"type = { value = "committee-report-news""#, r#"type = { value = "news-story""#);
    corpus.replace(HAC, r#"source = { value = "https://"#, r#"source = { value = "http://"#);
    corpus.replace(STARMER, r#"date = { value = "2024-11-04""#, r#"date = { value = "2023-02-29""#);
    corpus.replace_body(G7, "");
    let errors = corpus.errors();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    corpus.assert_has_error(&errors, HAC, 3, &["news-story"]);
    corpus.assert_has_error(&errors, HAC, 6, &["not an https:// address"]);
    corpus.assert_has_error(&errors, STARMER, 4, &["2023-02-29"]);
    corpus.assert_has_error(&errors, G7, 9, &["no text"]);
}

#[test]
fn every_problem_in_the_taxonomy_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace("taxonomy/topics.toml", r#"slug = "rwanda-partnership""#, r#"slug = "small-boats""#);
    corpus.replace("taxonomy/places.toml", r#"slug = "france""#, r#"slug = "Bad Slug""#);
    corpus.replace("taxonomy/people.toml", r#"person = "keir-starmer""#, r#"person = "keir-stammer""#);
    let errors = corpus.errors();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    corpus.assert_has_error(&errors, "taxonomy/topics.toml", 17, &["used twice"]);
    corpus.assert_has_error(&errors, "taxonomy/places.toml", 10, &["Bad Slug"]);
    corpus.assert_has_error(&errors, "taxonomy/people.toml", 91, &["keir-stammer"]);
}

#[test]
fn every_unknown_publisher_is_reported() {
    let corpus = TempCorpus::new();
    corpus.replace(STARMER, r#"["prime-ministers-office", "home-office"]"#, r#"["number-10", "home-ofice"]"#);
    let errors = corpus.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    corpus.assert_has_error(&errors, STARMER, 5, &["number-10"]);
    corpus.assert_has_error(&errors, STARMER, 5, &["home-ofice"]);
}

#[test]
fn a_bad_value_does_not_hide_an_empty_text_in_the_same_document() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"type = { value = "committee-report-news""#, r#"type = { value = "news-story""#);
    corpus.replace_body(HAC, "");
    let errors = corpus.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    corpus.assert_has_error(&errors, HAC, 3, &["news-story"]);
    corpus.assert_has_error(&errors, HAC, 9, &["no text"]);
}

#[test]
fn a_bad_source_does_not_hide_an_id_that_misses_the_date() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"source = { value = "https://"#, r#"source = { value = "http://"#);
    corpus.replace(HAC, r#"id = "2023-06-12-hac"#, r#"id = "2023-06-13-hac"#);
    let errors = corpus.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    corpus.assert_has_error(&errors, HAC, 2, &["does not start with the date"]);
    corpus.assert_has_error(&errors, HAC, 6, &["not an https:// address"]);
}

// Tolerated variations

#[test]
fn fences_with_trailing_whitespace_and_windows_line_endings_are_accepted() {
    let corpus = TempCorpus::new();
    corpus.edit(HAC, |text| text.replace("+++\n", "+++ \n").replace('\n', "\r\n"));
    let data = compile(&corpus.dir).unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(data.documents.len(), 6);
}

// How problems read

#[test]
fn problems_display_as_file_line_and_fix() {
    let corpus = TempCorpus::new();
    corpus.replace(HAC, r#"type = { value = "committee-report-news""#, r#"type = { value = "news-story""#);
    let errors = compile(&corpus.dir).unwrap_err();
    let shown = errors.to_string();
    assert!(shown.contains(&format!("{}:3: ", corpus.path(HAC).display())), "{shown}");
    assert!(shown.contains("\n  fix: use one of: "), "{shown}");
    assert!(shown.starts_with("the corpus sources have 1 problem:"), "{shown}");
}
