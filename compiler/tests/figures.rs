//! Pins figure extraction on the real corpus: every `£` amount and every
//! percentage of the source text is found (located independently, by
//! scanning the text), every figure has the value and qualifier read off the
//! text by hand, and every other number of the text (years, dates, codes,
//! durations) is not a figure.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::model::{Figure, FigureKind, Paragraph, Qualifier};
use explorer_core::Corpus;
use FigureKind::*;
use Qualifier::*;

const SOURCE_TEXT: &str = include_str!("../../tests/fixtures/source-text.txt");

/// A figure: (document, as written, kind, unit, value, qualifier).
type Row<'a> = (&'a str, &'a str, FigureKind, &'a str, f64, Option<Qualifier>);

/// Every figure of the corpus, document by document in text order: (document,
/// as written, kind, unit, value, qualifier), each read off the source text by hand.
const FIGURES: &[Row] = &[
    (STARMER, "£75 million", Money, "GBP", 75e6, None),
    (STARMER, "£150 million", Money, "GBP", 150e6, None),
    (STARMER, "£150 million", Money, "GBP", 150e6, None),
    (STARMER, "£75 million", Money, "GBP", 75e6, None),
    (STARMER, "£150 million", Money, "GBP", 150e6, None),
    (STARMER, "196 member states", Count, "member states", 196.0, None),
    (STARMER, "£150 million", Money, "GBP", 150e6, None),
    (STARMER, "300 staff", Count, "staff", 300.0, None),
    (STARMER, "100 specialist investigators", Count, "specialist investigators", 100.0, None),
    (STARMER, "£6 million", Money, "GBP", 6e6, None),
    (STARMER, "£24m", Money, "GBP", 24e6, None),
    (STARMER, "more than 5,000 drug related deaths", Count, "drug related deaths", 5_000.0, Some(MoreThan)),
    (STARMER, "19 tonnes", Weight, "tonnes", 19.0, None),
    (STARMER, "around 70 investigations", Count, "investigations", 70.0, Some(About)),
    (G7, "£75 million", Money, "GBP", 75e6, None),
    (G7, "£84 million", Money, "GBP", 84e6, None),
    (PAC, "more than 50,000 people", Count, "people", 50_000.0, Some(MoreThan)),
    // "In 2022, more than a quarter of the 45,755 people who crossed…"
    (HAC, "more than a quarter", Percentage, "%", 25.0, Some(MoreThan)),
    (HAC, "45,755 people", Count, "people", 45_755.0, None),
    // "the number of Albanians … had gone from 800 to 12,301": the noun comes before them.
    (HAC, "800", Count, "Albanians", 800.0, None),
    (HAC, "12,301", Count, "Albanians", 12_301.0, None),
    (HAC, "thousands of asylum applications", Count, "asylum applications", 1e3, Some(AtLeast)),
    (HAC, "51%", Percentage, "%", 51.0, None),
    (HAC, "Nine countries", Count, "countries", 9.0, None),
    (HAC, "88%", Percentage, "%", 88.0, None),
    (HAC, "13%", Percentage, "%", 13.0, None),
    (HAC, "325 work visas", Count, "work visas", 325.0, None),
    (RWANDA, "thousands of individuals", Count, "individuals", 1e3, Some(AtLeast)),
    (RWANDA, "thousands of people", Count, "people", 1e3, Some(AtLeast)),
    (RWANDA, "100 million people", Count, "people", 100e6, None),
    // "Hundreds of extra French law enforcement officers will use…": at least a hundred.
    (
        FRANCE,
        "Hundreds of extra French law enforcement officers",
        Count,
        "extra French law enforcement officers",
        100.0,
        Some(AtLeast),
    ),
    (FRANCE, "over half", Percentage, "%", 50.0, Some(MoreThan)),
    (FRANCE, "five priorities", Count, "priorities", 5.0, None),
    (FRANCE, "40%", Percentage, "%", 40.0, None),
    (FRANCE, "50%", Percentage, "%", 50.0, None),
    (FRANCE, "99%", Percentage, "%", 99.0, None),
    (FRANCE, "40 per cent", Percentage, "%", 40.0, None),
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
    let mut actual: Vec<Row> = all_figures(&corpus)
        .into_iter()
        .map(|(id, p, f)| (id, written(p, f), f.kind, f.unit.as_str(), f.value, f.qualifier))
        .collect();
    let mut expected = FIGURES.to_vec();
    let order = |a: &Row, b: &Row| (a.0, a.1).cmp(&(b.0, b.1));
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
    let in_symbols = |f: &&Row| f.1.contains(['£', '%']) || f.1.contains(" per cent");
    assert_eq!(amounts + percentages, FIGURES.iter().filter(in_symbols).count());
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
fn the_compiled_json_round_trips_with_statements_and_figures() {
    let corpus_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let json = corpus_compiler::compile_to_json(&corpus_dir).unwrap();
    let reloaded = Corpus::from_json(&json).unwrap();
    assert_eq!(reloaded.documents(), common::real_corpus().documents());
    assert!(json.contains(r#""speaker":"rishi-sunak""#) && json.contains(r#""u":"GBP","v":24000000.0"#));
    assert!(json.contains(r#""briefed":true"#) && json.contains(r#""q":"more-than""#));
}
