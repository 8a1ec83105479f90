//! A figure found in a paragraph's text: an amount of money, a percentage, a
//! count or a weight, with its normalised value, any word that makes it a
//! bound or an estimate ("more than", "around"), and where it is written.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::ops::Range;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Money,
    Percentage,
    Count,
    Weight,
}

impl FigureKind {
    pub const ALL: [FigureKind; 4] =
        [FigureKind::Money, FigureKind::Percentage, FigureKind::Count, FigureKind::Weight];

    /// The kind's name, as in the JSON and in `kind=` links: `money`,
    /// `percentage`, `count`, `weight`.
    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Percentage => "percentage",
            FigureKind::Count => "count",
            FigureKind::Weight => "weight",
        }
    }

    pub fn from_key(key: &str) -> Option<FigureKind> {
        FigureKind::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The kind's name for people, in the plural: "Money", "Percentages".
    pub fn label(self) -> &'static str {
        match self {
            FigureKind::Money => "Money",
            FigureKind::Percentage => "Percentages",
            FigureKind::Count => "Counts",
            FigureKind::Weight => "Weights",
        }
    }
}

/// Words before a figure that make it a bound or an estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// "more than", "over"
    MoreThan,
    /// "at least"; and "hundreds of", "thousands of" as a lower bound
    AtLeast,
    /// "around", "about", "approximately", "roughly", "some"
    About,
    /// "nearly", "almost"
    Nearly,
    /// "up to"
    UpTo,
    /// "less than", "fewer than"
    LessThan,
}

impl Qualifier {
    /// How the normalised value says it: "more than".
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up to",
            Qualifier::LessThan => "less than",
        }
    }
}

/// A byte range of a paragraph's text, on char boundaries; `[start, end]` in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[u32; 2]", into = "[u32; 2]")]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl From<[u32; 2]> for Span {
    fn from([start, end]: [u32; 2]) -> Span {
        Span { start, end }
    }
}

impl From<Span> for [u32; 2] {
    fn from(span: Span) -> [u32; 2] {
        [span.start, span.end]
    }
}

impl From<Range<usize>> for Span {
    /// Panics past `u32::MAX` bytes, far beyond any paragraph.
    fn from(range: Range<usize>) -> Span {
        let offset = |at: usize| u32::try_from(at).expect("a paragraph is shorter than 4 GiB");
        Span { start: offset(range.start), end: offset(range.end) }
    }
}

impl Span {
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The spanned part of `text`, if the span lies on its char boundaries.
    pub fn of(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

/// A figure of a paragraph. JSON names are short, as the app embeds every one:
/// `k` kind, `u` unit, `v` value, `q` qualifier (when there is one), `t` the
/// figure as written, `s` its sentence.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Figure {
    #[serde(rename = "k")]
    pub kind: FigureKind,
    /// `GBP`, `EUR` or `USD` for money; `%`; `tonnes` for weights; for a
    /// count, the counted noun as written (`people`, `work visas`), or empty
    /// when the text names none next to the number.
    #[serde(rename = "u")]
    pub unit: String,
    /// The value in the unit: `£24m` is 24,000,000; `500kg` is 0.5 (tonnes);
    /// `-£3m` is -3,000,000; `half` is 50 (%).
    #[serde(rename = "v")]
    pub value: f64,
    /// A bound or an estimate: "more than 50,000 people".
    #[serde(rename = "q", default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The figure as written in the paragraph, with its qualifier (`£24m`,
    /// `40 per cent`, `more than 50,000 people`).
    #[serde(rename = "t")]
    pub text: Span,
    /// The sentence that holds it.
    #[serde(rename = "s")]
    pub sentence: Span,
}

impl PartialEq for Figure {
    /// Values compare by [`f64::total_cmp`], so equality is an equivalence.
    fn eq(&self, other: &Figure) -> bool {
        self.kind == other.kind
            && self.unit == other.unit
            && self.value.total_cmp(&other.value) == Ordering::Equal
            && self.qualifier == other.qualifier
            && self.text == other.text
            && self.sentence == other.sentence
    }
}

impl Eq for Figure {}

/// A whole number with thousands separators, or up to two decimals.
pub fn grouped(value: f64) -> String {
    let fixed = format!("{value:.2}");
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

impl Figure {
    /// The normalised value for people: `24,000,000 GBP`, `23%`, `45,755
    /// people`, `0.5 tonnes`, `more than 50,000 people`.
    pub fn normalised(&self) -> String {
        let amount = match self.kind {
            FigureKind::Percentage => format!("{}%", grouped(self.value)),
            _ if self.unit.is_empty() => grouped(self.value),
            _ => format!("{} {}", grouped(self.value), self.unit),
        };
        match self.qualifier {
            Some(qualifier) => format!("{} {amount}", qualifier.words()),
            None => amount,
        }
    }

    /// Whether two figures state the same thing: the same kind, unit,
    /// value and qualifier, wherever and however they are written.
    pub fn states_the_same_as(&self, other: &Figure) -> bool {
        self.kind == other.kind
            && self.unit == other.unit
            && self.value.total_cmp(&other.value) == Ordering::Equal
            && self.qualifier == other.qualifier
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Block, Figure, FigureKind, Paragraph, Qualifier, Span};

    #[test]
    fn figures_are_short_in_json_and_absent_when_empty() {
        let span = |start, end| Span { start, end };
        let figure = |qualifier| Figure {
            kind: FigureKind::Money,
            unit: "GBP".into(),
            value: 24e6,
            qualifier,
            text: span(10, 14),
            sentence: span(0, 30),
        };
        let with_figures = Paragraph {
            figures: vec![figure(None), figure(Some(Qualifier::UpTo))],
            ..Paragraph::new(Block::Paragraph, "x".into(), Vec::new())
        };
        let json = serde_json::to_string(&with_figures).unwrap();
        let plain = r#"{"k":"money","u":"GBP","v":24000000.0,"t":[10,14],"s":[0,30]}"#;
        let qualified = r#"{"k":"money","u":"GBP","v":24000000.0,"q":"up-to","t":[10,14],"s":[0,30]}"#;
        assert!(json.ends_with(&format!(r#""figures":[{plain},{qualified}]}}"#)), "{json}");
        assert_eq!(serde_json::from_str::<Paragraph>(&json).unwrap(), with_figures);

        let plain = r#"{"block":"paragraph","text":"x","tags":[]}"#;
        let parsed: Paragraph = serde_json::from_str(plain).unwrap();
        assert_eq!(parsed, Paragraph::new(Block::Paragraph, "x".into(), Vec::new()));
        assert_eq!(serde_json::to_string(&parsed).unwrap(), plain);
    }

    #[test]
    fn normalised_values_group_thousands_and_name_their_unit() {
        let figure = |kind, unit: &str, value| Figure {
            kind,
            unit: unit.into(),
            value,
            qualifier: None,
            text: Span { start: 0, end: 0 },
            sentence: Span { start: 0, end: 0 },
        };
        assert_eq!(figure(FigureKind::Money, "GBP", 24e6).normalised(), "24,000,000 GBP");
        assert_eq!(figure(FigureKind::Count, "people", 45_755.0).normalised(), "45,755 people");
        assert_eq!(figure(FigureKind::Percentage, "%", 23.5).normalised(), "23.5%");
        assert_eq!(figure(FigureKind::Weight, "tonnes", 0.5).normalised(), "0.5 tonnes");
        assert_eq!(figure(FigureKind::Count, "", 800.0).normalised(), "800");
        assert_eq!(figure(FigureKind::Count, "", 100.0).normalised(), "100");
        assert_eq!(figure(FigureKind::Money, "GBP", 1.5e9).normalised(), "1,500,000,000 GBP");
        assert_eq!(figure(FigureKind::Money, "GBP", -3e6).normalised(), "-3,000,000 GBP");
        let more_than =
            Figure { qualifier: Some(Qualifier::MoreThan), ..figure(FigureKind::Count, "people", 5e4) };
        assert_eq!(more_than.normalised(), "more than 50,000 people");
        assert!(!more_than.states_the_same_as(&figure(FigureKind::Count, "people", 5e4)));
        let elsewhere = Figure { text: Span { start: 4, end: 9 }, ..more_than.clone() };
        assert!(more_than.states_the_same_as(&elsewhere));
    }

    #[test]
    fn a_kind_s_key_is_its_json_name() {
        for kind in FigureKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.key());
            assert_eq!(FigureKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(FigureKind::from_key("Money"), None);
    }

    #[test]
    fn a_span_slices_only_on_char_boundaries() {
        let text = "£24m";
        assert_eq!(Span { start: 0, end: 5 }.of(text), Some("£24m"));
        assert_eq!(Span { start: 1, end: 5 }.of(text), None);
        assert_eq!(Span { start: 0, end: 9 }.of(text), None);
        assert_eq!(Span::from(2..4).range(), 2..4);
    }
}
