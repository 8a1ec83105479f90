//! A figure found in a paragraph's text: an amount of money, a percentage, a
//! count or a weight, with its normalised value and where it is written.

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
    /// The kind's name, as in the JSON: `money`, `percentage`, `count`, `weight`.
    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Percentage => "percentage",
            FigureKind::Count => "count",
            FigureKind::Weight => "weight",
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
/// `k` kind, `u` unit, `v` value, `t` the figure as written, `s` its sentence.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Figure {
    #[serde(rename = "k")]
    pub kind: FigureKind,
    /// `GBP`, `EUR` or `USD` for money; `%`; `tonnes` for weights; for a
    /// count, the counted noun as written (`people`, `work visas`), or empty
    /// when the text names none next to the number.
    #[serde(rename = "u")]
    pub unit: String,
    /// The value in the unit: `£24m` is 24,000,000; `500kg` is 0.5 (tonnes).
    #[serde(rename = "v")]
    pub value: f64,
    /// The figure as written in the paragraph (`£24m`, `40 per cent`).
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
            && self.text == other.text
            && self.sentence == other.sentence
    }
}

impl Eq for Figure {}

/// A whole number with thousands separators, or up to two decimals.
fn grouped(value: f64) -> String {
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
    /// The normalised value for people: `24,000,000 GBP`, `23%`, `45,755 people`, `0.5 tonnes`.
    pub fn normalised(&self) -> String {
        match self.kind {
            FigureKind::Percentage => format!("{}%", grouped(self.value)),
            _ if self.unit.is_empty() => grouped(self.value),
            _ => format!("{} {}", grouped(self.value), self.unit),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Block, Figure, FigureKind, Paragraph, Span};

    #[test]
    fn figures_and_speakers_are_short_in_json_and_absent_when_empty() {
        let span = |start, end| Span { start, end };
        let figure = Figure {
            kind: FigureKind::Money,
            unit: "GBP".into(),
            value: 24e6,
            text: span(10, 14),
            sentence: span(0, 30),
        };
        let quoted = Paragraph {
            speaker: Some("ann".into()),
            figures: vec![figure],
            ..Paragraph::new(Block::Paragraph, "x".into(), Vec::new())
        };
        let json = serde_json::to_string(&quoted).unwrap();
        let figures = r#""figures":[{"k":"money","u":"GBP","v":24000000.0,"t":[10,14],"s":[0,30]}]"#;
        assert!(json.ends_with(&format!(r#""speaker":"ann",{figures}}}"#)), "{json}");
        assert_eq!(serde_json::from_str::<Paragraph>(&json).unwrap(), quoted);

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
    }

    #[test]
    fn a_kind_s_key_is_its_json_name() {
        for kind in [FigureKind::Money, FigureKind::Percentage, FigureKind::Count, FigureKind::Weight] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.key());
        }
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
