//! Pins figure extraction on the real corpus: every `£` amount and every
//! percentage of the source text is found (located independently, by
//! scanning the text), every figure has the value read off the text by hand,
//! and every other number of the text (years, dates, codes, durations) is
//! not a figure. The figures view's value order is checked on it too.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::model::{Figure, FigureKind, Paragraph};
use explorer_core::research::{figures, FigureOrder};
use explorer_core::Corpus;
use FigureKind::*;

const SOURCE_TEXT: &str = include_str!("../../tests/fixtures/source-text.txt");

/// Every figure of the corpus, document by document in text order: (document,
/// as written, kind, unit, value), each read off the source text by hand.
const FIGURES: &[(&str, &str, FigureKind, &str, f64)] = &[
    (STARMER, "£75 million", Money, "GBP", 75e6),
    (STARMER, "£150 million", Money, "GBP", 150e6),
    (STARMER, "£150 million", Money, "GBP", 150e6),
    (STARMER, "£75 million", Money, "GBP", 75e6),
    (STARMER, "£150 million", Money, "GBP", 150e6),
    (STARMER, "196 member states", Count, "member states", 196.0),
    (STARMER, "£150 million", Money, "GBP", 150e6),
    (STARMER, "300 staff", Count, "staff", 300.0),
    (STARMER, "100 specialist investigators", Count, "specialist investigators", 100.0),
    (STARMER, "£6 million", Money, "GBP", 6e6),
    (STARMER, "£24m", Money, "GBP", 24e6),
    (STARMER, "5,000 drug related deaths", Count, "drug related deaths", 5_000.0),
    (STARMER, "19 tonnes", Weight, "tonnes", 19.0),
    (STARMER, "70 investigations", Count, "investigations", 70.0),
    (G7, "£75 million", Money, "GBP", 75e6),
    (G7, "£84 million", Money, "GBP", 84e6),
    (PAC, "50,000 people", Count, "people", 50_000.0),
    (HAC, "45,755 people", Count, "people", 45_755.0),
    // "the number of Albanians … had gone from 800 to 12,301": no noun beside them.
    (HAC, "800", Count, "", 800.0),
    (HAC, "12,301", Count, "", 12_301.0),
    (HAC, "51%", Percentage, "%", 51.0),
    (HAC, "88%", Percentage, "%", 88.0),
    (HAC, "13%", Percentage, "%", 13.0),
    (HAC, "325 work visas", Count, "work visas", 325.0),
    (RWANDA, "100 million people", Count, "people", 100e6),
    (FRANCE, "40%", Percentage, "%", 40.0),
    (FRANCE, "50%", Percentage, "%", 50.0),
    (FRANCE, "99%", Percentage, "%", 99.0),
    (FRANCE, "40 per cent", Percentage, "%", 40.0),
];

/// Every figure of the corpus with its paragraph, in document then text order.
fn all_figures(corpus: &Corpus) -> Vec<(&str, &Paragraph, &Figure)> {
    let documents = corpus.documents().iter();
    let paragraphs = documents.flat_map(|d| d.paragraphs.iter().map(move |p| (d.id.as_str(), p)));
    paragraphs.flat_map(|(id, p)| p.figures.iter().map(move |f| (id, p, f))).collect()
}

fn written<'a>(paragraph: &'a Paragraph, figure: &Figure) -> &'a str {
    figure.text.of(&paragraph.text).expect("a figure's span lies on char boundaries of its paragraph")
}

#[test]
fn every_figure_has_the_kind_unit_and_value_read_off_the_text() {
    let corpus = common::real_corpus();
    let mut actual: Vec<(&str, &str, FigureKind, &str, f64)> = all_figures(&corpus)
        .into_iter()
        .map(|(id, p, f)| (id, written(p, f), f.kind, f.unit.as_str(), f.value))
        .collect();
    let mut expected = FIGURES.to_vec();
    let order = |a: &(&str, &str, FigureKind, &str, f64), b: &(&str, &str, FigureKind, &str, f64)| {
        (a.0, a.1).cmp(&(b.0, b.1))
    };
    actual.sort_by(order);
    expected.sort_by(order);
    assert_eq!(actual, expected);
}

#[test]
fn every_pound_amount_and_percentage_of_the_source_is_found() {
    let corpus = common::real_corpus();
    let mut amounts = 0;
    let mut percentages = 0;
    for document in corpus.documents() {
        for paragraph in &document.paragraphs {
            let text = &paragraph.text;
            let starting_at = |at: usize| paragraph.figures.iter().find(|f| f.text.start as usize == at);
            let ending_at = |at: usize| paragraph.figures.iter().find(|f| f.text.end as usize == at);
            for (at, _) in text.match_indices('£') {
                let figure = starting_at(at).unwrap_or_else(|| panic!("no figure at £ in {text:?}"));
                assert_eq!((figure.kind, figure.unit.as_str()), (Money, "GBP"), "{text:?}");
                amounts += 1;
            }
            let signs = text.match_indices('%').map(|(at, sign)| at + sign.len());
            let words = text.match_indices(" per cent").map(|(at, words)| at + words.len());
            for end in signs.chain(words) {
                let figure =
                    ending_at(end).unwrap_or_else(|| panic!("no percentage ends at {end} of {text:?}"));
                assert_eq!((figure.kind, figure.unit.as_str()), (Percentage, "%"), "{text:?}");
                percentages += 1;
            }
        }
    }
    // The source text, which the fidelity test proves the corpus holds, counted directly.
    assert_eq!(amounts, SOURCE_TEXT.matches('£').count());
    assert_eq!(percentages, SOURCE_TEXT.matches('%').count() + SOURCE_TEXT.matches(" per cent").count());
    assert_eq!(amounts + percentages, FIGURES.iter().filter(|f| f.2 == Money || f.2 == Percentage).count());
}

#[test]
fn the_albanian_channel_crossings_are_a_count_of_people() {
    let corpus = common::real_corpus();
    let figures = all_figures(&corpus);
    let (_, paragraph, figure) =
        figures.iter().find(|(_, p, f)| written(p, f).starts_with("45,755")).unwrap();
    assert_eq!((figure.kind, figure.unit.as_str(), figure.value), (Count, "people", 45_755.0));
    let sentence = figure.sentence.of(&paragraph.text).unwrap();
    assert_eq!(
        sentence,
        "In 2022, more than a quarter of the 45,755 people who crossed the Channel in small boats came \
         from Albania and most claimed asylum."
    );
}

/// Numbers of the text that are not figures, each in enough context to find it.
const NOT_FIGURES: &[&str] = &[
    "in over 50 years",
    "today (4 November)",
    "G7",
    "deaths in 2023",
    "In 2022,",
    "to June 2022",
    "nationals in 2022",
    "months of 2022",
    "report in 2022",
    "(March 18 and 19)",
    "France in 2022 which",
    "stopped in 2022 than 2021",
    "new 24/7 zonal",
];

#[test]
fn years_dates_and_codes_are_not_figures_and_every_other_number_is() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        for paragraph in &document.paragraphs {
            let text = &paragraph.text;
            let excluded: Vec<std::ops::Range<usize>> = NOT_FIGURES
                .iter()
                .flat_map(|context| text.match_indices(context).map(|(at, c)| at..at + c.len()))
                .collect();
            let in_figure = |at: usize| paragraph.figures.iter().any(|f| f.text.range().contains(&at));
            for (at, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                let not_a_figure = excluded.iter().any(|range| range.contains(&at));
                assert!(
                    in_figure(at) != not_a_figure,
                    "{}: the digit at {at} of {text:?} is {} a figure",
                    document.id,
                    if not_a_figure { "wrongly" } else { "not" }
                );
            }
        }
    }
    for context in NOT_FIGURES {
        assert!(SOURCE_TEXT.contains(context), "{context:?} is not in the source text");
    }
}

#[test]
fn by_value_the_largest_pound_amounts_come_first_and_percentages_follow_money() {
    let corpus = common::real_corpus();
    let everything: Vec<usize> = (0..corpus.documents().len()).collect();
    let listed: Vec<String> = figures(&corpus, &everything, FigureOrder::ValueDescending)
        .iter()
        .map(|reference| {
            let (paragraph, figure) = reference.resolve(&corpus).unwrap();
            written(paragraph, figure).to_owned()
        })
        .collect();
    assert_eq!(listed.len(), FIGURES.len());
    assert_eq!(listed[..4], ["£150 million"; 4]);
    let money = FIGURES.iter().filter(|f| f.2 == Money).count();
    assert_eq!(listed[money - 1], "£6 million");
    assert_eq!(listed[money], "99%");
}

#[test]
fn the_compiled_json_round_trips_with_speakers_and_figures() {
    let corpus_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let json = corpus_compiler::compile_to_json(&corpus_dir).unwrap();
    let reloaded = Corpus::from_json(&json).unwrap();
    assert_eq!(reloaded.documents(), common::real_corpus().documents());
    assert!(json.contains(r#""speaker":"rishi-sunak""#) && json.contains(r#""u":"GBP","v":24000000.0"#));
}

#[test]
fn the_figures_view_of_a_link_sorts_by_value_or_follows_the_documents() {
    let corpus = common::real_corpus();
    let explorer = explorer_core::Explorer::new(&corpus);
    let listed = |link: &str| {
        let (query, evaluation) = common::open_link(&corpus, &explorer, link);
        explorer_core::research::figures_view(&corpus, &query, &evaluation)
    };
    let value = |reference: &explorer_core::FigureRef| reference.resolve(&corpus).unwrap().1.value;
    let largest = listed("view=figures&sort=largest");
    let smallest = listed("view=figures&sort=smallest");
    assert_eq!(largest.len(), smallest.len());
    let (_, first) = largest[0].resolve(&corpus).unwrap();
    assert_eq!((first.unit.as_str(), first.value), ("GBP", 150_000_000.0), "the largest sum first");
    assert!(value(&smallest[0]) <= value(&largest[0]));
    let newest = listed("view=figures");
    let documents: Vec<usize> = newest.iter().map(|r| r.document).collect();
    let mut by_date = documents.clone();
    by_date.sort_by_key(|&d| std::cmp::Reverse(corpus.documents()[d].date.value));
    assert_eq!(documents, by_date, "newest documents' figures first");
    let pac = listed("view=figures&agency=public-accounts-committee");
    assert!(pac.iter().all(|r| corpus.documents()[r.document].id == PAC) && !pac.is_empty());
}
