//! The trends view: the filtered documents over time, in months, quarters
//! or years (whichever gives a readable number of spans for their range),
//! with each word or phrase of the search as a series of occurrences per
//! 10,000 words, and the government periods as bands.

use super::occurrences::occurrence_count;
use super::stats::per_10k;
use crate::{Corpus, Date, Explorer, Outcome};

/// How long a span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Month,
    Quarter,
    Year,
}

/// Ranges of up to this many months are shown by month, then by quarter up
/// to [`MAX_QUARTERS`] quarters, then by year.
const MAX_MONTHS: u32 = 24;
const MAX_QUARTERS: u32 = 24;

/// One span of time.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub from: Date,
    pub to: Date,
    /// "Mar 2023", "2023 Q1", "2023".
    pub label: String,
    pub documents: usize,
    /// The words of its documents' bodies.
    pub words: u64,
    /// Per series, the occurrences in its documents.
    pub counts: Vec<u64>,
}

impl Span {
    /// A series' occurrences per 10,000 words in this span.
    pub fn rate(&self, series: usize) -> f64 {
        per_10k(self.counts.get(series).copied().unwrap_or(0), self.words)
    }
}

/// A government period within the chart's range.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub slug: String,
    pub label: String,
    pub from: Date,
    pub to: Date,
}

/// What the trends view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Trends {
    pub step: Step,
    /// Each word or phrase of the search, as typed; none without a search.
    pub series: Vec<String>,
    pub spans: Vec<Span>,
    pub bands: Vec<Band>,
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A month counted from year 0, so months subtract.
fn month_number(date: Date) -> u32 {
    u32::from(date.year()) * 12 + u32::from(date.month()) - 1
}

impl Step {
    /// The step that fits the months from `first` to `last`.
    fn fitting(first: Date, last: Date) -> Step {
        let months = month_number(last) - month_number(first) + 1;
        if months <= MAX_MONTHS {
            Step::Month
        } else if months.div_ceil(3) <= MAX_QUARTERS {
            Step::Quarter
        } else {
            Step::Year
        }
    }

    fn months(self) -> u32 {
        match self {
            Step::Month => 1,
            Step::Quarter => 3,
            Step::Year => 12,
        }
    }

    /// The span of this step holding a date, by its first month's number.
    fn start_of(self, date: Date) -> u32 {
        let month = month_number(date);
        match self {
            Step::Month => month,
            Step::Quarter => month - month % 3,
            Step::Year => month - month % 12,
        }
    }

    /// The span starting at month number `start`.
    fn span(self, start: u32) -> Span {
        let (year, month) = ((start / 12) as u16, (start % 12) as u8 + 1);
        let end = start + self.months() - 1;
        let label = match self {
            Step::Month => format!("{} {year}", MONTHS[usize::from(month) - 1]),
            Step::Quarter => format!("{year} Q{}", month.div_ceil(3)),
            Step::Year => year.to_string(),
        };
        Span {
            from: Date::new(year, month, 1).expect("the first of a month"),
            to: Date::end_of_month((end / 12) as u16, (end % 12) as u8 + 1),
            label,
            documents: 0,
            words: 0,
            counts: Vec::new(),
        }
    }
}

/// The trends of a view's documents and search.
pub fn trends(corpus: &Corpus, explorer: &Explorer, outcome: &Outcome) -> Trends {
    let positions = &outcome.evaluation.documents;
    let date = |position: usize| corpus.documents()[position].date.value;
    let (Some(first), Some(last)) =
        (positions.iter().map(|&p| date(p)).min(), positions.iter().map(|&p| date(p)).max())
    else {
        return Trends { step: Step::Month, series: Vec::new(), spans: Vec::new(), bands: Vec::new() };
    };
    let step = Step::fitting(first, last);
    let first_start = step.start_of(first);
    let starts = (first_start..=step.start_of(last)).step_by(step.months() as usize);
    let mut spans: Vec<Span> = starts.map(|start| step.span(start)).collect();
    let span_of = |position: usize| ((step.start_of(date(position)) - first_start) / step.months()) as usize;
    let search = explorer.search_index();
    for &position in positions {
        let span = &mut spans[span_of(position)];
        span.documents += 1;
        span.words += search.body_words(position);
    }
    let parts = outcome.search().map(|query| query.parts()).unwrap_or_default();
    for span in &mut spans {
        span.counts = vec![0; parts.len()];
    }
    for (series, (_, part)) in parts.iter().enumerate() {
        for &position in positions {
            spans[span_of(position)].counts[series] += occurrence_count(search, part, position);
        }
    }
    let (from, to) = (spans[0].from, spans[spans.len() - 1].to);
    let bands = corpus
        .taxonomy()
        .governments
        .iter()
        .filter(|g| g.from <= to && g.to.is_none_or(|end| end >= from))
        .map(|g| Band {
            slug: g.slug.clone(),
            label: g.label.clone(),
            from: g.from.max(from),
            to: g.to.map_or(to, |end| end.min(to)),
        })
        .collect();
    Trends { step, series: parts.into_iter().map(|(label, _)| label).collect(), spans, bands }
}
