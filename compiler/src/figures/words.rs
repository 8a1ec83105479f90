//! The words that decide what a number is: scales, units, months, numbers
//! written as words, and the words around numbers that are not figures.

use explorer_core::date::MONTH_NAMES;

/// The currency a symbol written before an amount stands for.
pub fn currency(symbol: &str) -> Option<&'static str> {
    match symbol {
        "£" => Some("GBP"),
        "€" => Some("EUR"),
        "$" => Some("USD"),
        _ => None,
    }
}

/// The multiplier of a scale word after a number; the short forms (`£24m`,
/// `£1.5bn`, `£700k`) only written straight after an amount.
pub fn scale(word: &str, attached_to_amount: bool) -> Option<f64> {
    match word.to_lowercase().as_str() {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        "k" if attached_to_amount => Some(1e3),
        "m" if attached_to_amount => Some(1e6),
        "bn" if attached_to_amount => Some(1e9),
        _ => None,
    }
}

/// How many tonnes one of a metric weight unit is.
pub fn tonnes_per(unit: &str) -> Option<f64> {
    match unit.to_lowercase().as_str() {
        "tonne" | "tonnes" => Some(1.0),
        "kg" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => Some(1e-3),
        _ => None,
    }
}

/// A month's name or its abbreviation (`Nov`, `Sept`).
pub fn is_month(word: &str) -> bool {
    word.len() >= 3 && MONTH_NAMES.iter().any(|month| month.starts_with(word))
}

/// Words that join the days of a date: "March 18 and 19", "18–19 March".
pub fn joins_days(token: &str) -> bool {
    matches!(token, "and" | "to" | "or" | "&" | "–" | "-" | ",")
}

/// A number after one of these names a part of a text or a thing, not an amount.
const REFERENCES: [&str; 30] = [
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "section",
    "sections",
    "clause",
    "clauses",
    "article",
    "articles",
    "chapter",
    "chapters",
    "schedule",
    "part",
    "page",
    "pages",
    "rule",
    "annex",
    "appendix",
    "figure",
    "table",
    "hc",
    "hl",
    "no",
    "item",
    "recommendation",
    "recommendations",
    "phase",
    "step",
    "room",
];

pub fn is_reference(word: &str) -> bool {
    REFERENCES.contains(&word.to_lowercase().as_str())
}

/// Units of time: a number of them is a duration, not a figure.
const DURATIONS: [&str; 18] = [
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

pub fn is_duration(word: &str) -> bool {
    DURATIONS.contains(&word.to_lowercase().as_str())
}

pub fn is_time_of_day(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "am" | "pm")
}

/// Words that cannot be part of the noun a number counts.
const FUNCTION_WORDS: [&str; 64] = [
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "over",
    "under", "than", "as", "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "this",
    "these", "those", "were", "was", "is", "are", "be", "been", "have", "has", "had", "will", "would",
    "could", "should", "can", "may", "might", "must", "do", "does", "did", "per", "each", "more", "less",
    "fewer", "across", "since", "during", "between", "about", "their", "its", "our", "not",
];

pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
}

/// A plural noun: ends in `s` (but not `ss`, `us`, `is`), or an irregular plural.
pub fn is_plural(word: &str) -> bool {
    let word = word.to_lowercase();
    let irregular = ["people", "staff", "personnel", "police", "children", "men", "women", "crew"];
    irregular.contains(&word.as_str())
        || (word.ends_with('s') && !["ss", "us", "is"].iter().any(|ending| word.ends_with(ending)))
}

const UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn below_hundred(word: &str) -> Option<f64> {
    let unit = |word: &str| UNITS.iter().position(|u| *u == word).map(|at| at as f64 + 1.0);
    let ten = |word: &str| TENS.iter().position(|t| *t == word).map(|at| 20.0 + 10.0 * at as f64);
    match word.split_once('-') {
        Some((tens, units)) => Some(ten(tens)? + unit(units).filter(|u| *u < 10.0)?),
        None => unit(word).or_else(|| ten(word)),
    }
}

/// A cardinal from two to ninety-nine written as a word (`nine`,
/// `twenty-five`), lower case. Not `one`, which mostly means "a".
pub fn cardinal(word: &str) -> Option<f64> {
    below_hundred(word).filter(|&value| value >= 2.0)
}

/// How many of a fraction a word before it counts: `a`, `one`, `two`, `three`.
pub fn multiplier(word: &str) -> Option<f64> {
    match word {
        "a" | "an" | "one" => Some(1.0),
        "two" => Some(2.0),
        "three" => Some(3.0),
        _ => None,
    }
}

/// A fraction's share of a whole in per cent, and whether the word is plural.
pub fn fraction(word: &str) -> Option<(f64, bool)> {
    match word {
        "half" => Some((50.0, false)),
        "third" => Some((100.0 / 3.0, false)),
        "thirds" => Some((100.0 / 3.0, true)),
        "quarter" => Some((25.0, false)),
        "quarters" => Some((25.0, true)),
        _ => None,
    }
}

/// The lower bound of a plural estimate before "of": `hundreds` is at least 100.
pub fn estimate(word: &str) -> Option<f64> {
    match word {
        "dozens" => Some(12.0),
        "hundreds" => Some(1e2),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    }
}
