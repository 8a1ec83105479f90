//! Keyness statistics of a 2×2 table, as AntConc computes them: the
//! four-cell log-likelihood G² and the Log Ratio effect size.
//!
//! A term occurs `a` times among the `size_a` words of one side and `b`
//! times among the `size_b` of the other. The table's cells are `a`, `b`,
//! `size_a − a` and `size_b − b`; each expected value is its row total
//! times its column total over all words, and G² = 2 Σ O ln(O / E) over the
//! four cells (a cell of 0 adds nothing). Log Ratio is log2 of the ratio of
//! the relative frequencies, a count of 0 taken as 0.5 (Hardie 2014).

/// G² at or above this is significant at p < 0.01 (one degree of freedom).
pub const SIGNIFICANT: f64 = 6.63;

/// A term's keyness between two sides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Keyness {
    pub g2: f64,
    pub log_ratio: f64,
}

/// The term counts `a` and `b` among `size_a` and `size_b` words.
pub fn keyness(a: u64, b: u64, size_a: u64, size_b: u64) -> Keyness {
    Keyness { g2: log_likelihood(a, b, size_a, size_b), log_ratio: log_ratio(a, b, size_a, size_b) }
}

/// The four-cell log-likelihood G².
pub fn log_likelihood(a: u64, b: u64, size_a: u64, size_b: u64) -> f64 {
    let (size_a, size_b) = (size_a.max(a), size_b.max(b));
    let total = (size_a + size_b) as f64;
    if total == 0.0 {
        return 0.0;
    }
    let with = (a + b) as f64;
    let without = total - with;
    let cells = [
        (a as f64, with * size_a as f64),
        (b as f64, with * size_b as f64),
        ((size_a - a) as f64, without * size_a as f64),
        ((size_b - b) as f64, without * size_b as f64),
    ];
    let sum: f64 = cells
        .iter()
        .filter(|(observed, _)| *observed > 0.0)
        .map(|&(observed, product)| observed * (observed / (product / total)).ln())
        .sum();
    2.0 * sum
}

/// The fewest occurrences (on both sides together) that can be significant
/// between sides of these sizes: a term with fewer is not, however its
/// occurrences fall. For `n` occurrences, G² is convex in how many fall on
/// side A (each cell is linear in it, and O ln O is convex), so it is
/// largest with all of them on one side; the first `n` for which that
/// reaches [`SIGNIFICANT`] is the least. `None` when no count can be,
/// which is at once when a side is empty (every G² is then 0).
pub fn least_significant_total(size_a: u64, size_b: u64) -> Option<u64> {
    if size_a == 0 || size_b == 0 {
        return None;
    }
    let reaches = |n: u64| {
        let all_on_a = n <= size_a && log_likelihood(n, 0, size_a, size_b) >= SIGNIFICANT;
        all_on_a || (n <= size_b && log_likelihood(0, n, size_a, size_b) >= SIGNIFICANT)
    };
    (1..=size_a.max(size_b)).find(|&n| reaches(n))
}

/// Which splits of a total between two sides of fixed sizes are
/// significant, found once per total instead of computing G² for every
/// term: for a total `n`, G² is convex in the count on side A and least
/// at the split the sizes predict, so the splits that are not significant
/// are one run of counts around it, found by binary search on each side.
pub struct Significance {
    sizes: (u64, u64),
    /// Per total below [`REMEMBERED_TOTALS`], once asked: the first and
    /// last count on side A that is not significant (first > last if every count is).
    runs: Vec<Option<(u64, u64)>>,
}

/// Totals at least this large are weighed by computing G² itself.
const REMEMBERED_TOTALS: u64 = 4096;

impl Significance {
    pub fn new(size_a: u64, size_b: u64) -> Significance {
        Significance { sizes: (size_a, size_b), runs: Vec::new() }
    }

    /// Whether `a` and `b` occurrences on the sides are significant (G² ≥ [`SIGNIFICANT`]).
    pub fn reaches(&mut self, a: u64, b: u64) -> bool {
        let (size_a, size_b) = self.sizes;
        let total = a + b;
        if total >= REMEMBERED_TOTALS || size_a == 0 || size_b == 0 {
            return log_likelihood(a, b, size_a, size_b) >= SIGNIFICANT;
        }
        if self.runs.len() <= total as usize {
            self.runs.resize(total as usize + 1, None);
        }
        let (first, last) =
            *self.runs[total as usize].get_or_insert_with(|| quiet_run(total, size_a, size_b));
        a < first || a > last
    }
}

/// The first and last count on side A, of `total` occurrences, whose
/// split is not significant (first > last when every split is).
fn quiet_run(total: u64, size_a: u64, size_b: u64) -> (u64, u64) {
    let significant = |a: u64| log_likelihood(a, total - a, size_a, size_b) >= SIGNIFICANT;
    // G² falls up to the split the sizes predict and rises after it.
    let predicted = ((total as f64 * size_a as f64 / (size_a + size_b) as f64) as u64).min(total);
    let first = first_where(0..predicted + 1, |a| !significant(a));
    let last = first_where(predicted + 1..total + 1, significant) - 1;
    (first, last)
}

/// The first number of `range` for which `holds` is true (`range.end` if
/// none), where it is false up to some number and true from there on.
fn first_where(range: std::ops::Range<u64>, holds: impl Fn(u64) -> bool) -> u64 {
    let (mut low, mut high) = (range.start, range.end);
    while low < high {
        let middle = low + (high - low) / 2;
        if holds(middle) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    low
}

/// log2 of side A's relative frequency over side B's; a zero count is 0.5.
pub fn log_ratio(a: u64, b: u64, size_a: u64, size_b: u64) -> f64 {
    if size_a == 0 || size_b == 0 {
        return 0.0;
    }
    let frequency = |count: u64, size: u64| if count == 0 { 0.5 } else { count as f64 } / size as f64;
    (frequency(a, size_a) / frequency(b, size_b)).log2()
}

/// Occurrences per 10,000 words.
pub fn per_10k(count: u64, words: u64) -> f64 {
    if words == 0 {
        0.0
    } else {
        count as f64 * 10_000.0 / words as f64
    }
}
