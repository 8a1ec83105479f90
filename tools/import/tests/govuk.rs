//! Importing a GOV.UK press release from the Content API (a fixture served
//! on 127.0.0.1): the text word for word, every value confirmed by the API
//! address, the taxonomy mapped by GOV.UK base paths, the government label
//! checked.

mod support;

use explorer_core::model::Provenance;
use support::server::Reply;
use support::*;

#[test]
fn a_press_release_is_imported_word_for_word_with_its_provenance() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains(&format!("wrote {}", scratch.document(G7_ID).display())), "{}", run.stdout);
    let imported = scratch.compiled(G7_ID);
    let published = project_document("2024-10-04-g7-anti-smuggling-action-plan");
    assert_eq!(imported.title, published.title);
    assert_eq!(blocks(&imported), blocks(&published), "the text as the project's copy of the page has it");
    assert_eq!(imported.date.value.to_string(), "2024-10-04");
    assert_eq!(imported.updated.as_ref().unwrap().value.to_string(), "2024-10-21");
    assert_eq!(imported.doc_type.value, "press-release");
    assert_eq!(imported.publishers.value, ["home-office"]);
    assert_eq!(imported.source.value, g7_address());
    assert_eq!(imported.period, "starmer-2024");
    let api = Provenance::Confirmed(g7_api());
    for provenance in [
        &imported.date.provenance,
        &imported.updated.as_ref().unwrap().provenance,
        &imported.doc_type.provenance,
        &imported.publishers.provenance,
        &imported.source.provenance,
    ] {
        assert_eq!(provenance, &api);
    }
    let requested: Vec<String> = server.requests().into_iter().map(|(url, _)| url).collect();
    assert_eq!(requested, [format!("/api/content{G7_PATH}")], "one request, to the Content API");
    assert!(!run.stdout.contains("government:"), "the label agrees with the table: {}", run.stdout);
}

#[test]
fn the_file_records_where_and_when_it_was_imported() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    import_from(&server, scratch.corpus(), &[&g7_address()]);
    let file = scratch.read(G7_ID);
    let record = file.lines().find(|line| line.starts_with("imported = ")).expect("an import record");
    assert!(record.starts_with(&format!("imported = {{ from = \"{}\", on = \"20", g7_api())), "{record}");
    let without: String =
        file.lines().filter(|line| *line != record).map(|line| format!("{line}\n")).collect();
    let sha = record.rsplit("sha256 = \"").next().unwrap().trim_end_matches("\" }");
    assert_eq!(sha, corpus_import::render::sha256(&without));
}

#[test]
fn unknown_organisations_types_and_people_are_printed_not_guessed() {
    let mut json = g7_json();
    json["document_type"] = "news_story".into();
    let agency = serde_json::json!({"title": "UK Visas and Immigration", "base_path": "/government/organisations/uk-visas-and-immigration"});
    json["links"]["organisations"].as_array_mut().unwrap().push(agency);
    json["links"]["people"][0] = serde_json::json!({"title": "Dame Angela Eagle DBE MP", "base_path": "/government/people/angela-eagle"});
    let server = serve_fixtures();
    server.route(&format!("/api/content{G7_PATH}"), vec![Reply::ok(json.to_string())]);
    let scratch = Scratch::new();
    let taxonomy_before = std::fs::read_to_string(scratch.corpus().join("taxonomy/agencies.toml")).unwrap();

    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 1, "the document needs taxonomy entries");
    for expected in [
        "not in the taxonomy: type \"News story\"",
        "slug = \"news-story\"",
        "govuk = \"news_story\"",
        "not in the taxonomy: agency \"UK Visas and Immigration\"",
        "govuk = \"/government/organisations/uk-visas-and-immigration\"",
        "not in the taxonomy: person \"Dame Angela Eagle DBE MP\"",
        "govuk = \"/government/people/angela-eagle\"",
        &format!("imported = \"{}\"", g7_api()),
        "the document fails the build until they exist (--add-taxonomy adds them)",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    let file = scratch.read(G7_ID);
    assert!(file.contains("value = [\"home-office\", \"uk-visas-and-immigration\"]"), "{file}");
    let errors = scratch.compile().expect_err("the build fails until the entries exist").to_string();
    assert!(errors.contains("unknown type slug \"news-story\""), "{errors}");
    assert!(errors.contains("unknown agency slug \"uk-visas-and-immigration\""), "{errors}");
    assert_eq!(
        std::fs::read_to_string(scratch.corpus().join("taxonomy/agencies.toml")).unwrap(),
        taxonomy_before
    );

    let run = import_from(&server, scratch.corpus(), &["--add-taxonomy", &g7_address()]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("added to the taxonomy: agency uk-visas-and-immigration"), "{}", run.stdout);
    let corpus = scratch.compile().unwrap_or_else(|errors| panic!("{errors}"));
    let uk_vi =
        corpus.taxonomy.agencies.iter().find(|agency| agency.slug == "uk-visas-and-immigration").unwrap();
    assert_eq!(uk_vi.label, "UK Visas and Immigration");
    let agencies = std::fs::read_to_string(scratch.corpus().join("taxonomy/agencies.toml")).unwrap();
    assert!(agencies.starts_with(&taxonomy_before), "entries are added after the existing ones");
    assert!(
        agencies.contains(&format!("imported = \"{}\"", g7_api())),
        "marked as imported, with its source"
    );
}

#[test]
fn a_slug_taken_by_another_entry_refuses_rather_than_guess() {
    let mut json = g7_json();
    json["links"]["organisations"][0]["base_path"] = "/government/organisations/the-home-office".into();
    json["links"]["primary_publishing_organisation"] = serde_json::json!([]);
    json["links"]["organisations"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"title": "Interpol", "base_path": "/world/organisations/interpol"}));
    let server = serve_fixtures();
    server.route(&format!("/api/content{G7_PATH}"), vec![Reply::ok(json.to_string())]);
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("\"Interpol\" (govuk = \"/world/organisations/interpol\") is not in the taxonomy by its key, and its slug \"interpol\" is another agency's"), "{}", run.stdout);
    assert!(scratch.documents().is_empty(), "nothing written");
}

#[test]
fn a_government_label_that_disagrees_with_the_table_is_reported() {
    let mut json = g7_json();
    json["details"]["government"] = serde_json::json!({"title": "2024 to 2026 Starmer Labour government", "slug": "2024-to-2026-starmer-labour-government", "current": false});
    json["links"]["government"][0]["details"]["ended_on"] = "2026-03-01T00:00:00+00:00".into();
    let server = serve_fixtures();
    server.route(&format!("/api/content{G7_PATH}"), vec![Reply::ok(json.to_string())]);
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert!(
        run.stdout.contains("government: GOV.UK names the government “2024 to 2026 Starmer Labour government”, and governments.toml has starmer-2024 (“Starmer Labour government (from Jul 2024)”) in office on 2024-10-04: GOV.UK has it end in 2026-03-01; the table has it in office."),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 0, "reported, not refused: the table decides the period");
    assert_eq!(scratch.compiled(G7_ID).period, "starmer-2024");
}
