//! The extractor on hand-written phrases: each kind of figure, qualifiers,
//! signs and numbers in words, what is not a figure, odd text, and (by
//! proptest) any text at all.

use super::extract;
use explorer_core::model::FigureKind::{self, *};
use explorer_core::model::Qualifier;
use proptest::prelude::*;

/// The figures of a text as (kind, unit, value, text as written).
fn found(text: &str) -> Vec<(FigureKind, String, f64, &str)> {
    let figures = extract(text);
    figures.into_iter().map(|f| (f.kind, f.unit, f.value, f.text.of(text).unwrap())).collect()
}

fn one(text: &str) -> (FigureKind, String, f64, &str) {
    let mut figures = found(text);
    assert_eq!(figures.len(), 1, "{text:?} gives {figures:?}");
    figures.remove(0)
}

fn figure<'a>(
    kind: FigureKind,
    unit: &str,
    value: f64,
    written: &'a str,
) -> (FigureKind, String, f64, &'a str) {
    (kind, unit.to_owned(), value, written)
}

#[test]
fn money_is_normalised_to_whole_units_of_its_currency() {
    assert_eq!(one("invest £24m in"), figure(Money, "GBP", 24e6, "£24m"));
    assert_eq!(one("a £1.5 billion fund"), figure(Money, "GBP", 1.5e9, "£1.5 billion"));
    assert_eq!(one("cost £700,000."), figure(Money, "GBP", 700_000.0, "£700,000"));
    assert_eq!(one("only £700k"), figure(Money, "GBP", 700_000.0, "£700k"));
    assert_eq!(one("gave €3bn"), figure(Money, "EUR", 3e9, "€3bn"));
    assert_eq!(one("(US$2.5 million)"), figure(Money, "USD", 2.5e6, "$2.5 million"));
    assert_eq!(one("£2023 each"), figure(Money, "GBP", 2023.0, "£2023"));
}

#[test]
fn percentages_are_written_with_a_sign_or_in_words() {
    assert_eq!(one("rose by 23%."), figure(Percentage, "%", 23.0, "23%"));
    assert_eq!(one("by 23 per cent"), figure(Percentage, "%", 23.0, "23 per cent"));
    assert_eq!(one("12.5 percent of"), figure(Percentage, "%", 12.5, "12.5 percent"));
    assert_eq!(one("(88 %)"), figure(Percentage, "%", 88.0, "88 %"));
}

#[test]
fn counts_name_the_noun_they_count_up_to_its_first_plural() {
    assert_eq!(one("the 45,755 people who"), figure(Count, "people", 45_755.0, "45,755 people"));
    assert_eq!(one("5,000 claims were"), figure(Count, "claims", 5_000.0, "5,000 claims"));
    assert_eq!(one("1,000 officers based overseas"), figure(Count, "officers", 1_000.0, "1,000 officers"));
    assert_eq!(one("its 196 member states."), figure(Count, "member states", 196.0, "196 member states"));
    assert_eq!(one("100 million people displaced"), figure(Count, "people", 1e8, "100 million people"));
    assert_eq!(one("only 1 officer"), figure(Count, "officer", 1.0, "1 officer"));
    assert_eq!(
        one("300 dangerous crossings"),
        figure(Count, "dangerous crossings", 300.0, "300 dangerous crossings")
    );
    assert_eq!(
        found("gone from 800 to 12,301, a rise"),
        [figure(Count, "", 800.0, "800"), figure(Count, "", 12_301.0, "12,301")]
    );
}

#[test]
fn weights_are_in_tonnes() {
    assert_eq!(one("19 tonnes of cocaine"), figure(Weight, "tonnes", 19.0, "19 tonnes"));
    assert_eq!(one("seized 500kg."), figure(Weight, "tonnes", 0.5, "500kg"));
    assert_eq!(one("2,500 kilograms"), figure(Weight, "tonnes", 2.5, "2,500 kilograms"));
}

#[test]
fn years_dates_durations_times_codes_and_references_are_not_figures() {
    let not_figures = [
        "in 2023, with",
        "the Illegal Migration Act 2023",
        "Session 2022–23 and 2022-2023",
        "on 12 June 2024",
        "today (4 November)",
        "this weekend (March 18 and 19)",
        "on 18–19 March",
        "over 50 years, in the last 12 months",
        "at 10:30, at 9 am, at 10.30am, 24/7",
        "the first, the 3rd, the G7, Covid-19, 5G",
        "paragraph 12, section 3, HC 197, No. 10, para. 4",
        "call 0300 123 4567 or 020 7946 0000",
        "one of them, a third country, in one year, nine months, a quarter past",
        "version 1.2.3",
    ];
    for text in not_figures {
        assert_eq!(found(text), [], "{text:?}");
    }
    assert_eq!(found("1. First, 2 people"), [figure(Count, "people", 2.0, "2 people")]);
}

#[test]
fn each_figure_carries_its_sentence() {
    let text = "Dr. Lee said so. It rose by 40%. Then £6 million went on “2 new sites.” The end";
    let figures = extract(text);
    let sentences: Vec<&str> = figures.iter().map(|f| f.sentence.of(text).unwrap()).collect();
    assert_eq!(
        sentences,
        [
            "It rose by 40%.",
            "Then £6 million went on “2 new sites.”",
            "Then £6 million went on “2 new sites.”"
        ]
    );
}

#[test]
fn odd_text_gives_no_figures_and_no_panic() {
    let odd = ["£", "£,", "%", "€.", "$ 5", "£.5", ",5", "٣٤ people", "１２ people", "£٣", ""];
    for text in odd {
        assert!(found(text).iter().all(|(_, _, value, _)| value.is_finite()), "{text:?}");
    }
    assert_eq!(found("£"), []);
    assert_eq!(found("%"), []);
    assert_eq!(found("٣٤ people"), []);
    assert_eq!(found(&format!("£{}", "9".repeat(400))), []);
    let huge = format!("£{}m", "9".repeat(30));
    assert_eq!(one(&huge).2, 1e36);
}

/// The figures of a text as (qualifier, value, text as written).
fn bounded(text: &str) -> Vec<(Option<Qualifier>, f64, &str)> {
    extract(text).into_iter().map(|f| (f.qualifier, f.value, f.text.of(text).unwrap())).collect()
}

#[test]
fn qualifiers_are_kept_with_the_figure_they_bound() {
    use Qualifier::*;
    assert_eq!(bounded("the more than 50,000 people"), [(Some(MoreThan), 5e4, "more than 50,000 people")]);
    assert_eq!(
        bounded("leading around 70 investigations"),
        [(Some(About), 70.0, "around 70 investigations")]
    );
    assert_eq!(bounded("Up to £5m will go"), [(Some(UpTo), 5e6, "Up to £5m")]);
    assert_eq!(
        bounded("over 40% and at least 3 staff"),
        [(Some(MoreThan), 40.0, "over 40%"), (Some(AtLeast), 3.0, "at least 3 staff")]
    );
    assert_eq!(
        bounded("nearly 2 tonnes, fewer than 9 boats"),
        [(Some(Nearly), 2.0, "nearly 2 tonnes"), (Some(LessThan), 9.0, "fewer than 9 boats")]
    );
    assert_eq!(bounded("moreover 5 boats"), [(None, 5.0, "5 boats")], "a qualifier is whole words");
    assert_eq!(bounded("up to June 2022"), [], "a qualifier alone is no figure");
}

#[test]
fn a_minus_sign_before_a_figure_makes_it_negative() {
    assert_eq!(one("a change of -£3m this year"), figure(Money, "GBP", -3e6, "-£3m"));
    assert_eq!(one("fell (−5%) in"), figure(Percentage, "%", -5.0, "−5%"));
    assert_eq!(one("by -12 people"), figure(Count, "people", -12.0, "-12 people"));
    let range = found("from £2m-£3m");
    assert_eq!(range.iter().map(|f| f.2).collect::<Vec<_>>(), [2e6, 3e6], "a range's dash is no minus");
}

#[test]
fn numbers_in_words_are_counts_of_the_noun_they_name() {
    assert_eq!(one("Nine countries, including"), figure(Count, "countries", 9.0, "Nine countries"));
    assert_eq!(one("my five priorities"), figure(Count, "priorities", 5.0, "five priorities"));
    assert_eq!(one("twenty-five officers"), figure(Count, "officers", 25.0, "twenty-five officers"));
    assert_eq!(one("two hundred officers"), figure(Count, "officers", 200.0, "two hundred officers"));
    assert_eq!(one("three million people"), figure(Count, "people", 3e6, "three million people"));
    assert_eq!(one("seven per cent"), figure(Percentage, "%", 7.0, "seven per cent"));
    assert_eq!(found("nine of them, twice as many, the two"), []);
}

#[test]
fn hundreds_and_thousands_of_are_lower_bounds() {
    let text = "Hundreds of extra French law enforcement officers";
    assert_eq!(bounded(text), [(Some(Qualifier::AtLeast), 100.0, text)]);
    assert_eq!(one(text).1, "extra French law enforcement officers");
    assert_eq!(one("thousands of asylum applications").1, "asylum applications");
    assert_eq!(one("thousands of asylum applications").2, 1e3);
    assert_eq!(found("hundreds more"), []);
}

#[test]
fn fractions_of_a_whole_are_percentages() {
    let over_half = bounded("with over half of these in place");
    assert_eq!(over_half, [(Some(Qualifier::MoreThan), 50.0, "over half")]);
    let quarter = bounded("more than a quarter of the 45,755 people");
    assert_eq!(quarter[0], (Some(Qualifier::MoreThan), 25.0, "more than a quarter"));
    assert_eq!(one("two thirds of claims").2, 200.0 / 3.0);
    assert_eq!(one("three quarters of them").2, 75.0);
    assert_eq!(found("a third country, half an hour, two quarter finals"), []);
}

#[test]
fn a_count_without_a_noun_takes_the_noun_of_a_number_of_before_it() {
    let text = "the number of Albanians arriving in the UK by this route had gone from 800 to 12,301, a rise";
    assert_eq!(
        found(text),
        [figure(Count, "Albanians", 800.0, "800"), figure(Count, "Albanians", 12_301.0, "12,301")]
    );
    assert_eq!(one("The number of boats rose. It went from 800 to").1, "", "not from another sentence");
}

proptest! {
    #[test]
    fn any_text_gives_figures_on_char_boundaries_within_their_sentences(
        text in "([0-9]{1,5}|[£€$%,.:/–−\\-( ]|per cent|million|m|people|March|19|2023|more than|up to|hundreds of|nine|a quarter of|number of|[a-zA-Zé“”’]{1,4}| ){0,24}"
    ) {
        for figure in extract(&text) {
            let (written, sentence) = (figure.text.range(), figure.sentence.range());
            prop_assert!(figure.text.of(&text).is_some() && figure.sentence.of(&text).is_some());
            prop_assert!(sentence.start <= written.start && written.end <= sentence.end, "{figure:?}");
            prop_assert!(figure.value.is_finite());
        }
    }
}
