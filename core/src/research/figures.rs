//! The figures of a view: each distinct figure of a document once, with the
//! places it is stated; their order; counts by kind; and money totals.

use crate::model::{Document, Figure, FigureKind, Paragraph};
use crate::order;
use crate::Corpus;

/// A figure of a document, by its first mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureRef {
    /// A position in [`Corpus::documents`].
    pub document: usize,
    /// The paragraph's number in its document, from 1, as in `p=` links.
    pub paragraph: u32,
    /// The figure's position in the paragraph's `figures`.
    pub index: usize,
}

/// The orders the figures of a view can be listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureOrder {
    /// Largest first, within each kind (money by currency).
    ValueDescending,
    /// Smallest first, within each kind (money by currency).
    ValueAscending,
    /// The documents in the view's order (newest, oldest or most relevant
    /// first); a document's figures in text order.
    Listed,
}

/// A document's paragraphs with their numbers from 1.
fn numbered(document: &Document) -> impl Iterator<Item = (u32, &Paragraph)> {
    (1..).zip(&document.paragraphs)
}

/// Every figure of a document, in text order.
fn mentions_in(position: usize, document: &Document) -> impl Iterator<Item = (FigureRef, &Figure)> {
    numbered(document).flat_map(move |(paragraph, p)| {
        let figures = p.figures.iter().enumerate();
        figures.map(move |(index, f)| (FigureRef { document: position, paragraph, index }, f))
    })
}

impl FigureRef {
    /// The figure this refers to, with its paragraph.
    pub fn resolve<'a>(&self, corpus: &'a Corpus) -> Option<(&'a Paragraph, &'a Figure)> {
        let paragraph = corpus.documents().get(self.document)?.paragraph(self.paragraph)?;
        Some((paragraph, paragraph.figures.get(self.index)?))
    }

    /// Every place its document states the same figure, in text order,
    /// this one among them.
    pub fn mentions(&self, corpus: &Corpus) -> Vec<FigureRef> {
        let Some((_, figure)) = self.resolve(corpus) else { return Vec::new() };
        let document = &corpus.documents()[self.document];
        let same = mentions_in(self.document, document).filter(|(_, f)| f.states_the_same_as(figure));
        same.map(|(reference, _)| reference).collect()
    }
}

/// Each distinct figure of a document that `keep` keeps once, at its first
/// mention, in text order.
fn distinct_in(
    position: usize,
    document: &Document,
    keep: impl Fn(&Figure) -> bool,
) -> Vec<(FigureRef, &Figure)> {
    let mut distinct: Vec<(FigureRef, &Figure)> = Vec::new();
    for (reference, figure) in mentions_in(position, document).filter(|(_, f)| keep(f)) {
        if !distinct.iter().any(|(_, seen)| seen.states_the_same_as(figure)) {
            distinct.push((reference, figure));
        }
    }
    distinct
}

/// Figures that can be compared by value: of one kind and, for money, one currency.
/// Counts compare across nouns: each is "how many".
fn comparable_group(figure: &Figure) -> (FigureKind, &str) {
    match figure.kind {
        FigureKind::Money => (figure.kind, &figure.unit),
        kind => (kind, ""),
    }
}

/// The distinct figures of `documents` (positions, in the view's order) in
/// `order`: a figure a document states several times is listed once. By
/// value, figures group by kind (money, percentage, count, weight) and money
/// by currency; equal values keep the view's order and then text order.
pub fn figures(corpus: &Corpus, documents: &[usize], order: FigureOrder) -> Vec<FigureRef> {
    let mut found: Vec<(FigureRef, &Figure)> = Vec::new();
    for &position in documents {
        found.extend(distinct_in(position, &corpus.documents()[position], |_| true));
    }
    let mut listed: Vec<FigureRef> = found.into_iter().map(|(reference, _)| reference).collect();
    sort_by_value(corpus, &mut listed, order);
    listed
}

/// How many distinct figures of one kind the `documents` (each with its
/// position) state, a figure counted once per document that states it.
pub fn distinct_count<'a>(documents: impl Iterator<Item = (usize, &'a Document)>, kind: FigureKind) -> usize {
    documents.map(|(position, document)| distinct_in(position, document, |f| f.kind == kind).len()).sum()
}

/// Puts figures in `order`: by value, grouped by kind (money, percentage,
/// count, weight) and money by currency, equal values keeping their order;
/// [`FigureOrder::Listed`] leaves them as they are.
pub fn sort_by_value(corpus: &Corpus, figures: &mut [FigureRef], order: FigureOrder) {
    if order == FigureOrder::Listed {
        return;
    }
    let value = |reference: &FigureRef| reference.resolve(corpus).map(|(_, figure)| figure);
    order::sort_by(figures, |a, b| match (value(a), value(b)) {
        (Some(a), Some(b)) => {
            let by_value = comparable_group(a).cmp(&comparable_group(b));
            match order {
                FigureOrder::ValueDescending => by_value.then(b.value.total_cmp(&a.value)),
                _ => by_value.then(a.value.total_cmp(&b.value)),
            }
        }
        (a, b) => a.is_none().cmp(&b.is_none()),
    });
}

/// How many of `figures` are of each kind, every kind in order.
pub fn kind_counts(corpus: &Corpus, figures: &[FigureRef]) -> Vec<(FigureKind, usize)> {
    let kind_of = |reference: &FigureRef| reference.resolve(corpus).map(|(_, f)| f.kind);
    let count = |kind| figures.iter().filter(|r| kind_of(r) == Some(kind)).count();
    FigureKind::ALL.into_iter().map(|kind| (kind, count(kind))).collect()
}

/// The sum of a view's amounts of money in one currency.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyTotal {
    /// `GBP`, `EUR` or `USD`.
    pub currency: String,
    pub total: f64,
    /// How many distinct amounts were added.
    pub amounts: usize,
}

impl MoneyTotal {
    /// For people: "414,000,000 GBP in 6 amounts (each distinct amount
    /// counted once per document that states it)".
    pub fn described(&self) -> String {
        let amounts =
            if self.amounts == 1 { "1 amount".to_owned() } else { format!("{} amounts", self.amounts) };
        format!(
            "{} {} in {amounts} (each distinct amount counted once per document that states it)",
            crate::model::grouped(self.total),
            self.currency
        )
    }
}

/// The money among `figures` (as [`figures`] lists them: each distinct
/// amount once per document) added up by currency, in currency order.
pub fn money_totals(corpus: &Corpus, figures: &[FigureRef]) -> Vec<MoneyTotal> {
    let mut totals: Vec<MoneyTotal> = Vec::new();
    let money = figures.iter().filter_map(|r| r.resolve(corpus)).map(|(_, f)| f);
    for figure in money.filter(|f| f.kind == FigureKind::Money) {
        match totals.iter_mut().find(|t| t.currency == figure.unit) {
            Some(total) => {
                total.total += figure.value;
                total.amounts += 1;
            }
            None => {
                totals.push(MoneyTotal { currency: figure.unit.clone(), total: figure.value, amounts: 1 })
            }
        }
    }
    order::sort_by(&mut totals, |a, b| a.currency.cmp(&b.currency));
    totals
}
