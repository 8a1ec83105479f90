//! Pins how the real corpus is tagged: which documents carry key agencies and
//! topics, how office titles resolve to people by date, that publishers count
//! as agencies, a hand-checked sample of paragraphs with their full tag sets,
//! and that every tag is explained by words of its own paragraph.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::model::{Document, Paragraph};
use explorer_core::{Corpus, Facet};
use std::collections::BTreeSet;

fn document<'a>(corpus: &'a Corpus, id: &str) -> &'a Document {
    corpus.document(id).unwrap_or_else(|| panic!("no document {id}"))
}

/// The ids of the documents that have `slug` for `facet`.
fn documents_with(corpus: &Corpus, facet: Facet, slug: &str) -> BTreeSet<String> {
    let has = |d: &&Document| d.facet_values(facet).contains(&slug);
    corpus.documents().iter().filter(has).map(|d| d.id.clone()).collect()
}

fn ids(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|id| (*id).to_owned()).collect()
}

/// A paragraph's tags as "facet:slug" strings.
fn tag_set(paragraph: &Paragraph) -> BTreeSet<String> {
    paragraph.tags.iter().map(|t| format!("{}:{}", t.facet.key(), t.slug)).collect()
}

/// The words that tagged `slug` in a paragraph, if it is tagged.
fn words_of<'a>(paragraph: &'a Paragraph, facet: Facet, slug: &str) -> Option<&'a [String]> {
    paragraph.tags.iter().find(|t| t.facet == facet && t.slug == slug).map(|t| t.words.as_slice())
}

fn paragraphs_containing<'a>(document: &'a Document, text: &str) -> Vec<&'a Paragraph> {
    let found: Vec<_> = document.paragraphs.iter().filter(|p| p.text.contains(text)).collect();
    assert!(!found.is_empty(), "no paragraph of {} contains {text:?}", document.id);
    found
}

#[test]
fn the_national_crime_agency_is_named_in_exactly_two_documents() {
    let corpus = common::real_corpus();
    assert_eq!(documents_with(&corpus, Facet::Agency, "national-crime-agency"), ids(&[STARMER, FRANCE]));
}

#[test]
fn the_rwanda_partnership_topic_is_on_exactly_three_documents() {
    let corpus = common::real_corpus();
    assert_eq!(documents_with(&corpus, Facet::Topic, "rwanda-partnership"), ids(&[PAC, RWANDA, FRANCE]));
}

#[test]
fn small_boats_operations_command_tags_the_operational_command() {
    let corpus = common::real_corpus();
    let france = document(&corpus, FRANCE);
    let paragraphs = paragraphs_containing(france, "Small Boats Operations Command");
    assert_eq!(paragraphs.len(), 1);
    let words = words_of(paragraphs[0], Facet::Agency, "small-boats-operational-command");
    assert_eq!(words, Some(&["Small Boats Operations Command".to_owned()][..]));
}

/// Every paragraph of `id` containing `office` tags `holder` with the office
/// words, and never `other` (the holder at another time).
fn assert_office_resolves(corpus: &Corpus, id: &str, office: &str, holder: &str, other: &str) {
    for paragraph in paragraphs_containing(document(corpus, id), office) {
        let words = words_of(paragraph, Facet::Person, holder);
        assert!(
            words.is_some_and(|w| w.iter().any(|w| w == office)),
            "{id}: {office:?} should tag {holder} in {:?}, tags {:?}",
            paragraph.text,
            tag_set(paragraph)
        );
        assert!(
            words_of(paragraph, Facet::Person, other).is_none(),
            "{id}: {other} tagged in {:?}",
            paragraph.text
        );
    }
}

#[test]
fn office_titles_tag_the_holder_on_the_document_s_date() {
    let corpus = common::real_corpus();
    let said = paragraphs_containing(document(&corpus, FRANCE), "The Prime Minister said:");
    let words =
        words_of(said[0], Facet::Person, "rishi-sunak").expect("The Prime Minister said: tags rishi-sunak");
    assert!(words.iter().any(|w| w == "Prime Minister"), "{words:?}");

    assert_office_resolves(&corpus, FRANCE, "Prime Minister", "rishi-sunak", "keir-starmer");
    assert_office_resolves(&corpus, HAC, "Prime Minister", "rishi-sunak", "keir-starmer");
    assert_office_resolves(&corpus, STARMER, "Prime Minister", "keir-starmer", "rishi-sunak");
    assert_office_resolves(&corpus, RWANDA, "Home Secretary", "suella-braverman", "yvette-cooper");
    assert_office_resolves(&corpus, G7, "Home Secretary", "yvette-cooper", "suella-braverman");
    assert_office_resolves(&corpus, STARMER, "Home Secretary", "yvette-cooper", "suella-braverman");
}

#[test]
fn publishers_count_as_agencies_of_their_document() {
    let corpus = common::real_corpus();
    // Each document's agencies: its publishers and the agencies its text names.
    let expected: [(&str, &[&str]); 6] = [
        (
            FRANCE,
            &[
                "prime-ministers-office",
                "small-boats-operational-command",
                "national-crime-agency",
                "french-government",
                "calais-group",
            ],
        ),
        (RWANDA, &["home-office", "prime-ministers-office", "government-of-rwanda", "french-government"]),
        (HAC, &["home-affairs-committee", "home-office", "prime-ministers-office"]),
        (PAC, &["public-accounts-committee", "home-office"]),
        (
            G7,
            &[
                "home-office",
                "g7",
                "border-security-command",
                "europol",
                "european-commission",
                "us-department-of-justice",
                "interpol",
            ],
        ),
        (
            STARMER,
            &[
                "prime-ministers-office",
                "home-office",
                "border-security-command",
                "interpol",
                "crown-prosecution-service",
                "national-crime-agency",
                "oic-intelligence-source-unit",
                "border-force",
                "europol",
                "g7",
            ],
        ),
    ];
    for (id, agencies) in expected {
        let document = document(&corpus, id);
        let actual: BTreeSet<String> =
            document.facet_values(Facet::Agency).into_iter().map(str::to_owned).collect();
        assert_eq!(actual, ids(agencies), "agencies of {id}");
        for publisher in &document.publishers.value {
            assert!(actual.contains(publisher), "{id}: publisher {publisher} is not among its agencies");
        }
    }

    // Every publisher is also named in its text, so prove the publisher alone
    // suffices: without the paragraphs' own committee tags, the PAC report
    // still has the committee as an agency.
    let mut pac = document(&corpus, PAC).clone();
    assert_eq!(pac.publishers.value, ["public-accounts-committee"]);
    for paragraph in &mut pac.paragraphs {
        paragraph.tags.retain(|t| t.slug != "public-accounts-committee");
    }
    assert!(pac.facet_values(Facet::Agency).contains(&"public-accounts-committee"));
    assert!(!pac.paragraphs.iter().any(|p| p.tags.iter().any(|t| t.slug == "public-accounts-committee")));
}

/// A hand-checked sample: (document, paragraph number from 1, every tag it
/// should carry). Each set was read off the paragraph against the meanings
/// in the corpus guide, not copied from the compiler.
const SAMPLE: &[(&str, usize, &[&str])] = &[
    // "…the PM’s priority to stop small boats… joint measures taken with France… increased patrols by 40%." (list item)
    (
        FRANCE,
        3,
        &[
            "topic:small-boats",
            "topic:international-cooperation",
            "agency:prime-ministers-office",
            "person:rishi-sunak",
            "place:france",
        ],
    ),
    // "…help fund a detention centre in France… people being trafficked across the Channel… removed from the French coast."
    (
        FRANCE,
        6,
        &[
            "topic:small-boats",
            "topic:returns-detention",
            "topic:international-cooperation",
            "topic:funding",
            "topic:trafficking-exploitation",
            "place:france",
        ],
    ),
    // "…permanent UK liaison officers… French law enforcement partners… Small Boats Operations Command… 99%… intercepted."
    (
        FRANCE,
        9,
        &[
            "topic:small-boats",
            "topic:international-cooperation",
            "topic:enforcement-intelligence",
            "agency:small-boats-operational-command",
            "agency:french-government",
            "place:france",
        ],
    ),
    // "…deal with France, the Prime Minister… Calais Group… disrupt traffickers… agreement on returns…"
    (
        FRANCE,
        15,
        &[
            "topic:people-smuggling",
            "topic:returns-detention",
            "topic:international-cooperation",
            "agency:prime-ministers-office",
            "agency:calais-group",
            "person:rishi-sunak",
            "place:france",
        ],
    ),
    // "…modern slavery support or abusing these laws to block their removal."
    (FRANCE, 19, &["topic:returns-detention", "topic:legislation", "topic:trafficking-exploitation"]),
    // "The Home Secretary has hailed the strengthening of the partnership with Rwanda…"
    (
        RWANDA,
        1,
        &[
            "topic:rwanda-partnership",
            "topic:international-cooperation",
            "agency:home-office",
            "person:suella-braverman",
            "place:rwanda",
        ],
    ),
    // "Suella Braverman travelled to Kigali… Rwandan President Paul Kagame and Rwandan Minister for Foreign Affairs… Dr Vincent Biruta…"
    (
        RWANDA,
        3,
        &[
            "topic:rwanda-partnership",
            "agency:government-of-rwanda",
            "person:suella-braverman",
            "person:vincent-biruta",
            "person:paul-kagame",
            "place:rwanda",
            "place:kigali",
        ],
    ),
    // "The Home Secretary and Dr Biruta… deliver the partnership… 100 million people displaced and people smugglers…"
    (
        RWANDA,
        4,
        &[
            "topic:people-smuggling",
            "topic:rwanda-partnership",
            "topic:root-causes",
            "agency:home-office",
            "person:suella-braverman",
            "person:vincent-biruta",
        ],
    ),
    // "…legal and uncontrolled migration. The government of Rwanda… process their claims and house them… accommodation…"
    (
        RWANDA,
        5,
        &[
            "topic:rwanda-partnership",
            "topic:asylum-system",
            "topic:asylum-accommodation",
            "topic:legal-migration",
            "agency:government-of-rwanda",
            "place:rwanda",
        ],
    ),
    // "Home Secretary Suella Braverman said: “…crossing the Channel… strengthen our agreement… with the government of Rwanda…"
    (
        RWANDA,
        11,
        &[
            "topic:small-boats",
            "topic:rwanda-partnership",
            "topic:international-cooperation",
            "agency:home-office",
            "agency:government-of-rwanda",
            "person:suella-braverman",
            "place:rwanda",
        ],
    ),
    // "“…renew our commitment to our ground-breaking Partnership with the UK…”" (the Rwandan minister, quoted)
    (RWANDA, 16, &["topic:rwanda-partnership", "topic:international-cooperation"]),
    // "…Albanian citizens making asylum claims will have been trafficked… trafficking victims… returned to Albania…"
    (
        HAC,
        2,
        &[
            "topic:asylum-system",
            "topic:returns-detention",
            "topic:trafficking-exploitation",
            "place:albania",
        ],
    ),
    // "…51% of asylum claims from Albania were initially accepted… including Germany… The Home Office must explain… (88%)… (13%)."
    (HAC, 5, &["topic:asylum-system", "agency:home-office", "place:albania", "place:germany"]),
    // "The Prime Minister has committed to clearing the backlog… the Home Office… asylum caseworkers… asylum decisions…"
    (
        HAC,
        8,
        &["topic:asylum-system", "agency:prime-ministers-office", "agency:home-office", "person:rishi-sunak"],
    ),
    // "…work visa programmes… formalised migration… alternative to people smuggling gangs… the asylum system."
    (HAC, 10, &["topic:people-smuggling", "topic:asylum-system", "topic:legal-migration", "place:albania"]),
    // "Home Affairs Committee Chair, Dame Diana Johnson MP, said: “…increase in asylum claims…"
    (HAC, 13, &["topic:asylum-system", "agency:home-affairs-committee", "person:diana-johnson"]),
    // "Westminster’s Public Accounts Committee (PAC)… asylum accommodation and the UK-Rwanda Partnership."
    (
        PAC,
        1,
        &[
            "topic:rwanda-partnership",
            "topic:asylum-accommodation",
            "agency:public-accounts-committee",
            "place:rwanda",
        ],
    ),
    // "…the Home Office committing significant sums of money to the Rwanda partnership… large accommodation sites… money spent…"
    (
        PAC,
        2,
        &[
            "topic:rwanda-partnership",
            "topic:asylum-accommodation",
            "topic:funding",
            "agency:home-office",
            "place:rwanda",
        ],
    ),
    // "…50,000 people left in limbo… no ability to claim asylum… officially “pending relocation”."
    (PAC, 3, &["topic:rwanda-partnership", "topic:asylum-system"]),
    // "…the Home Office’s assessment… accommodation in large sites… taxpayers’ money… new sites will not house…"
    (PAC, 5, &["topic:asylum-accommodation", "topic:funding", "agency:home-office"]),
    // "The G7 Anti-Smuggling Action Plan… UK law enforcement… cooperation… transnational organised crime… vulnerable individuals from exploitation…"
    (
        G7,
        2,
        &[
            "topic:people-smuggling",
            "topic:international-cooperation",
            "topic:enforcement-intelligence",
            "topic:trafficking-exploitation",
            "topic:organised-crime",
            "agency:g7",
        ],
    ),
    // "working with social media platforms… remove harmful content that promotes illegal migration services…" (list item)
    (G7, 7, &["topic:people-smuggling"]),
    // "…the Home Secretary at the G7 Interior and Security Ministers’ meeting in Avellino, Italy… relations with key allies… cross-border issues."
    (
        G7,
        9,
        &[
            "topic:international-cooperation",
            "agency:home-office",
            "agency:g7",
            "person:yvette-cooper",
            "place:italy",
            "place:avellino",
        ],
    ),
    // "…coordinate investigations with European counterparts… £75 million investment… additional officers… covert capabilities."
    (G7, 14, &["topic:international-cooperation", "topic:funding", "topic:enforcement-intelligence"]),
    // "…United States Attorney General, Merrick Garland, European Commissioner for Home Affairs, Ylva Johansson… Europol, Catherine De Bolle."
    (
        G7,
        17,
        &[
            "topic:international-cooperation",
            "agency:europol",
            "agency:european-commission",
            "agency:us-department-of-justice",
            "person:merrick-garland",
            "person:ylva-johansson",
            "person:catherine-de-bolle",
            "place:united-states",
        ],
    ),
    // "New capabilities for Border Security Command from £150 million funding pot… Organised Immigration Crime…" (list item)
    (STARMER, 3, &["topic:people-smuggling", "topic:funding", "agency:border-security-command"]),
    // "300 staff for the new Border Security Command… strengthen global partnerships, deliver new legislation… investment…" (list item)
    (
        STARMER,
        12,
        &[
            "topic:international-cooperation",
            "topic:legislation",
            "topic:funding",
            "agency:border-security-command",
        ],
    ),
    // "Boosting the Crown Prosecution Service’s ability to deliver charging decisions… international organised crime cases." (list item)
    (
        STARMER,
        15,
        &["topic:enforcement-intelligence", "topic:organised-crime", "agency:crown-prosecution-service"],
    ),
    // "Addressing the General Assembly, the Prime Minister… cooperation with international partners… the gangs’ operations… Kabul… Kurdish region of Iraq…"
    (
        STARMER,
        26,
        &[
            "topic:people-smuggling",
            "topic:international-cooperation",
            "agency:prime-ministers-office",
            "agency:interpol",
            "person:keir-starmer",
            "place:kurdistan-region-of-iraq",
            "place:afghanistan",
            "place:kabul",
        ],
    ),
    // "The Home Office will also invest £24m… serious organised crime… drugs and firearms, fraud, trafficking and exploitation… special prosecutors… Western Balkans."
    (
        STARMER,
        28,
        &[
            "topic:funding",
            "topic:enforcement-intelligence",
            "topic:trafficking-exploitation",
            "topic:organised-crime",
            "agency:home-office",
            "place:western-balkans",
        ],
    ),
    // "…5,000 drug related deaths… ISOC funding… collaboration with the US and Ecuador… seizure of 19 tonnes of cocaine."
    (
        STARMER,
        29,
        &[
            "topic:international-cooperation",
            "topic:funding",
            "topic:enforcement-intelligence",
            "topic:organised-crime",
            "place:united-states",
            "place:ecuador",
        ],
    ),
    // "“We are determined to do all we can to disrupt and dismantle these networks, wherever they operate.”" (Graeme Biggar, quoted)
    (STARMER, 35, &["topic:people-smuggling"]),
];

#[test]
fn sampled_paragraphs_carry_exactly_their_expected_tags() {
    let corpus = common::real_corpus();
    let mut failures = Vec::new();
    for (id, number, expected) in SAMPLE {
        let paragraph = &document(&corpus, id).paragraphs[number - 1];
        let expected: BTreeSet<String> = expected.iter().map(|t| (*t).to_owned()).collect();
        let actual = tag_set(paragraph);
        if actual != expected {
            let missing: Vec<_> = expected.difference(&actual).collect();
            let unexpected: Vec<_> = actual.difference(&expected).collect();
            failures.push(format!(
                "{id} ¶{number}: missing {missing:?}, unexpected {unexpected:?}\n  {:?}",
                paragraph.text
            ));
        }
    }
    assert!(failures.is_empty(), "{} sampled paragraphs differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_sample_covers_every_document_at_least_three_times() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        let sampled = SAMPLE.iter().filter(|(id, _, _)| *id == document.id).count();
        assert!(sampled >= 3, "{} has {sampled} sampled paragraphs", document.id);
    }
}

#[test]
fn every_tag_is_explained_by_words_of_its_own_paragraph() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        for (index, paragraph) in document.paragraphs.iter().enumerate() {
            let mut seen = BTreeSet::new();
            for tag in &paragraph.tags {
                let at = format!("{} ¶{} {}:{}", document.id, index + 1, tag.facet.key(), tag.slug);
                assert!(seen.insert((tag.facet, &tag.slug)), "{at} is tagged twice");
                assert!(tag.facet.is_tagged_in_text(), "{at}: {} is not a text facet", tag.facet.key());
                assert!(
                    corpus.taxonomy().label(tag.facet, &tag.slug).is_some(),
                    "{at} is not in the taxonomy"
                );
                assert!(!tag.words.is_empty(), "{at} has no words");
                for word in &tag.words {
                    assert!(
                        !word.is_empty() && paragraph.text.contains(word.as_str()),
                        "{at}: {word:?} is not in {:?}",
                        paragraph.text
                    );
                }
            }
        }
    }
}

#[test]
fn every_topic_is_used_by_some_paragraph() {
    let corpus = common::real_corpus();
    let used: BTreeSet<&str> = corpus
        .documents()
        .iter()
        .flat_map(|d| &d.paragraphs)
        .flat_map(|p| &p.tags)
        .filter(|t| t.facet == Facet::Topic)
        .map(|t| t.slug.as_str())
        .collect();
    let unused: Vec<&str> = corpus
        .taxonomy()
        .topics
        .iter()
        .map(|t| t.slug.as_str())
        .filter(|slug| !used.contains(slug))
        .collect();
    assert!(unused.is_empty(), "topics no paragraph uses: {unused:?}");
}
