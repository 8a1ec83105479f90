//! Collocates: the words most associated with a concordance's matches,
//! within five words either side, by log-likelihood G² of their count
//! near the matches against their count in the rest of the view's words.

use super::kwic::Concordance;
use super::stats::log_likelihood;
use crate::order;
use crate::search::NO_TERM;
use crate::Explorer;

/// Words this far from a match, either side, count as near it.
pub const WINDOW: u32 = 5;
/// At most this many collocates are listed.
pub const MAX_COLLOCATES: usize = 25;

/// A word found near the matches more often than elsewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Collocate {
    /// Its most frequent written form.
    pub text: String,
    /// Its occurrences within the window of a match.
    pub near: u64,
    /// Its occurrences in the view's documents.
    pub total: u64,
    pub g2: f64,
}

/// The collocates of a concordance whose lines come from the documents at `positions`.
pub fn collocates(explorer: &Explorer, concordance: &Concordance, positions: &[usize]) -> Vec<Collocate> {
    if concordance.lines.is_empty() {
        return Vec::new();
    }
    let (search, words) = (explorer.search_index(), explorer.words());
    let mut near = vec![0u32; search.term_count()];
    let mut matched = vec![false; search.term_count()];
    let mut window_words = 0u64;
    for line in &concordance.lines {
        let terms = search.terms_of(line.paragraph_id);
        let (start, end) = (line.positions.start as usize, (line.positions.end as usize).min(terms.len()));
        for &t in terms[start..end].iter().filter(|&&t| t != NO_TERM) {
            matched[t as usize] = true;
        }
        let before = start.saturating_sub(WINDOW as usize)..start;
        let after = end..(end + WINDOW as usize).min(terms.len());
        for &t in terms[before].iter().chain(&terms[after]) {
            window_words += 1;
            if t != NO_TERM {
                near[t as usize] += 1;
            }
        }
    }
    let all = words.count(search, positions);
    let rest = all.words.saturating_sub(window_words);
    let mut found: Vec<(u32, u64, u64, f64)> = (0..search.term_count() as u32)
        .filter(|&t| near[t as usize] > 0 && !matched[t as usize] && !words.ignores(t))
        .filter_map(|t| {
            let (together, total) = (u64::from(near[t as usize]), u64::from(all.terms[t as usize]));
            let elsewhere = total.saturating_sub(together);
            let attracted = together as f64 / window_words as f64 > elsewhere as f64 / rest.max(1) as f64;
            attracted.then(|| (t, together, total, log_likelihood(together, elsewhere, window_words, rest)))
        })
        .collect();
    order::sort_by(&mut found, |a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
    found.truncate(MAX_COLLOCATES);
    found
        .into_iter()
        .map(|(t, near, total, g2)| Collocate { text: search.written_form(t).to_owned(), near, total, g2 })
        .collect()
}
