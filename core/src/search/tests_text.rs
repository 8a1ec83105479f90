//! Tests of tokenising, stemming, query parsing and the spans a query marks.

use super::query::{parse, Atom};
use super::text::{term, tokenize};
use super::SearchIndex;
use crate::testing::corpus_of_texts;

fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

/// What a query marks in a text, searching a corpus of that one text.
fn marked<'a>(text: &'a str, q: &str) -> Vec<&'a str> {
    let corpus = corpus_of_texts(&[("d", "2024-01-01", "Title", &[text])]);
    let index = SearchIndex::new(&corpus);
    index.prepare(q).spans(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn case_is_folded_and_punctuation_separates() {
    assert_eq!(words("The Home Office, (today)!"), ["the", "home", "office", "today"]);
}

#[test]
fn apostrophes_of_both_kinds_drop_possessives_and_join_contractions() {
    assert_eq!(words("the UK’s plan, the UK's plan"), ["the", "uk", "plan", "the", "uk", "plan"]);
    assert_eq!(
        words("“UK’s” ‘safe’ don’t O'Brien countries’"),
        ["uk", "safe", "dont", "obrien", "countries"]
    );
}

#[test]
fn pound_amounts_give_the_amount_and_the_number_at_one_position() {
    let tokens = tokenize("a £75 million");
    let summary: Vec<_> = tokens.iter().map(|t| (t.text.as_str(), t.range.clone(), t.position)).collect();
    assert_eq!(summary, [("a", 0..1, 0), ("£75", 2..6, 1), ("75", 2..6, 1), ("million", 7..14, 2)]);
    assert_eq!(words("£24m"), ["£24", "24", "m"]);
    assert_eq!(words("£ 5"), ["5"]);
}

#[test]
fn hyphens_and_dashes_split_words() {
    assert_eq!(words("people-smuggling UK–France"), ["people", "smuggling", "uk", "france"]);
}

#[test]
fn common_latin_accents_are_folded() {
    assert_eq!(words("Café NAÏVE Łódź Straße œuvre"), ["cafe", "naive", "lodz", "strasse", "oeuvre"]);
    // A decomposed accent (e + combining acute) folds the same way.
    assert_eq!(words("cafe\u{301} crème"), ["cafe", "creme"]);
}

#[test]
fn thousands_separators_and_decimals() {
    assert_eq!(
        words("45,755 and 45755; 1,234,567 and 1.5"),
        ["45755", "and", "45755", "1234567", "and", "1.5"]
    );
    // A comma not followed by exactly three digits is a separator.
    assert_eq!(words("1,2 and 12,3456"), ["1", "2", "and", "12", "3456"]);
    assert_eq!(words("G7 2022–23"), ["g", "7", "2022", "23"]);
}

#[test]
fn tokens_carry_byte_ranges_of_the_original_words() {
    let text = "Économie: “UK’s” 45,755 people-smuggling";
    let slices: Vec<&str> = tokenize(text).iter().map(|t| &text[t.range.clone()]).collect();
    assert_eq!(slices, ["Économie", "UK’s", "45,755", "people", "smuggling"]);
}

#[test]
fn english_stemming_joins_inflections_and_keeps_numbers() {
    assert_eq!(term("smuggling"), term("smuggled"));
    assert_eq!(term("boats"), "boat");
    assert_eq!(term("agreements"), term("agreement"));
    assert_eq!(term("45755"), "45755");
    assert_eq!(term("£75"), "£75");
    assert_ne!(term("albania"), term("albanian"));
}

fn describe(q: &str) -> (Vec<Vec<String>>, Vec<String>) {
    let show = |atom: &Atom| match atom {
        Atom::Word(w) => format!("{}{}", w.text, if w.prefix { "*" } else { "" }),
        Atom::Phrase(ws) => {
            format!("\"{}\"", ws.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" "))
        }
    };
    let parsed = parse(q);
    let required = parsed.required.iter().map(|c| c.iter().map(show).collect()).collect();
    (required, parsed.excluded.iter().map(show).collect())
}

fn strings(items: &[&[&str]]) -> Vec<Vec<String>> {
    items.iter().map(|c| c.iter().map(|s| s.to_string()).collect()).collect()
}

#[test]
fn query_syntax_words_phrases_exclusions_or_and_prefix() {
    assert_eq!(describe("small boats "), (strings(&[&["small"], &["boats"]]), vec![]));
    assert_eq!(
        describe("\"small boats\" -france"),
        (strings(&[&["\"small boats\""]]), vec!["france".into()])
    );
    assert_eq!(describe("x -\"small boats\" "), (strings(&[&["x"]]), vec!["\"small boats\"".into()]));
    assert_eq!(
        describe("albania OR rwanda asylum "),
        (strings(&[&["albania", "rwanda"], &["asylum"]]), vec![])
    );
    assert_eq!(describe("“curly quotes” smugg"), (strings(&[&["\"curly quotes\""], &["smugg*"]]), vec![]));
    assert_eq!(describe("people-smuggling"), (strings(&[&["\"people smuggling\""]]), vec![]));
    assert_eq!(describe("£75"), (strings(&[&["£75*"]]), vec![]));
    // A one-letter word is not completed; a lower-case "or" is a word.
    assert_eq!(describe("a or b"), (strings(&[&["a"], &["or"], &["b"]]), vec![]));
}

#[test]
fn hostile_queries_are_read_as_words() {
    let img = strings(&[&["img"], &["src"], &["x"], &["onerror"], &["alert"], &["1"]]);
    assert_eq!(describe("<img src=x onerror=alert(1)>"), (img, vec![]));
    assert_eq!(describe("\"unbalanced quote"), (strings(&[&["unbalanced"], &["quote*"]]), vec![]));
    assert_eq!(describe("- -"), (vec![], vec![]));
    assert_eq!(describe("OR OR"), (strings(&[&["or"], &["or"]]), vec![]));
    assert_eq!(describe("OR rwanda OR"), (strings(&[&["or"], &["rwanda"], &["or"]]), vec![]));
    assert_eq!(describe("\"\" -\"\" \"  \""), (vec![], vec![]));
    let long = "word ".repeat(2_000);
    assert_eq!(parse(&long).required.len(), super::query::MAX_CLAUSES);
    let Atom::Phrase(words) = &parse(&format!("\"{long}\"")).required[0][0] else { panic!("a phrase") };
    assert_eq!(words.len(), super::query::MAX_PHRASE);
}

#[test]
fn spans_mark_words_phrases_completions_and_corrections_but_not_exclusions() {
    let text = "Small boats: the UK’s small-boats plan, a small boat, smugglers and smuggling, not France.";
    assert_eq!(marked(text, "small boats "), ["Small", "boats", "small", "boats", "small", "boat"]);
    assert_eq!(marked(text, "\"small boats\""), ["Small boats", "small-boats", "small boat"]);
    assert_eq!(marked(text, "uk -france"), ["UK’s"]);
    assert_eq!(marked(text, "smugg"), ["smugglers", "smuggling"]);
    assert_eq!(marked(text, "smuggle "), ["smuggling"]);
    assert_eq!(marked(text, "smugglrs "), ["smugglers"], "corrected");
    assert_eq!(marked(text, "plan OR france"), ["plan", "France"]);
    assert_eq!(marked(text, "\"plan OR\" plan"), ["plan"], "a phrase that matches nothing marks nothing");
    assert_eq!(marked("£75 million and 75 boats", "£75"), ["£75"]);
    assert_eq!(marked("£75 million and 75 boats", "75 "), ["£75", "75"]);
    assert_eq!(marked("45,755 people", "45755"), ["45,755"]);
    assert_eq!(marked("45755 people", "45,755"), ["45755"]);
    assert!(marked(text, "").is_empty());
}
