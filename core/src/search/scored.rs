//! Paragraphs with their scores so far, as sorted sparse lists merged clause
//! by clause: a query never works on arrays the size of the corpus.

/// A paragraph's score for a query so far, and which clauses (a bit each) it matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Scored {
    pub paragraph: u32,
    pub score: f32,
    pub clauses: u32,
    /// A phrase of the query stands here in the form typed.
    pub exact: bool,
}

/// Merges two lists sorted by paragraph, adding up what a paragraph in both has.
pub(super) fn merge(a: &[Scored], b: &[Scored], out: &mut Vec<Scored>) {
    out.clear();
    out.reserve(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.paragraph < y.paragraph {
            out.push(x);
            i += 1;
        } else if y.paragraph < x.paragraph {
            out.push(y);
            j += 1;
        } else {
            out.push(Scored {
                paragraph: x.paragraph,
                score: x.score + y.score,
                clauses: x.clauses | y.clauses,
                exact: x.exact || y.exact,
            });
            i += 1;
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
}

/// Adds `b` into `acc` (see [`merge`]), using `scratch`.
pub(super) fn merge_into(acc: &mut Vec<Scored>, b: &[Scored], scratch: &mut Vec<Scored>) {
    if acc.is_empty() {
        acc.extend_from_slice(b);
    } else if !b.is_empty() {
        merge(acc, b, scratch);
        std::mem::swap(acc, scratch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(paragraph: u32, score: f32, clauses: u32) -> Scored {
        Scored { paragraph, score, clauses, exact: false }
    }

    #[test]
    fn merging_keeps_paragraph_order_and_adds_up_shared_paragraphs() {
        let a = [scored(1, 1.0, 1), scored(4, 2.0, 1)];
        let b = [Scored { exact: true, ..scored(1, 0.5, 2) }, scored(2, 3.0, 2), scored(9, 1.0, 2)];
        let mut out = Vec::new();
        merge(&a, &b, &mut out);
        let summary: Vec<(u32, f32, u32, bool)> =
            out.iter().map(|s| (s.paragraph, s.score, s.clauses, s.exact)).collect();
        assert_eq!(summary, [(1, 1.5, 3, true), (2, 3.0, 2, false), (4, 2.0, 1, false), (9, 1.0, 2, false)]);
    }

    #[test]
    fn merging_into_an_empty_list_copies() {
        let (mut acc, mut scratch) = (Vec::new(), Vec::new());
        merge_into(&mut acc, &[scored(3, 1.0, 1)], &mut scratch);
        merge_into(&mut acc, &[], &mut scratch);
        merge_into(&mut acc, &[scored(3, 1.0, 2)], &mut scratch);
        assert_eq!(acc, [scored(3, 2.0, 3)]);
    }
}
