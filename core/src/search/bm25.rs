//! BM25 weights of a term in a paragraph: rarer terms weigh more, repeats
//! saturate, and a paragraph's length is damped (see the module docs of
//! [`super`] for why `B` is lower than the usual 0.75).

/// Term-frequency saturation.
pub(super) const K1: f32 = 1.2;
/// Length normalisation: 0 ignores length, 1 divides by it in full.
pub(super) const B: f32 = 0.3;

/// The collection statistics BM25 needs.
#[derive(Clone, Copy, Debug)]
pub(super) struct Bm25 {
    /// How many paragraphs (titles included) are indexed.
    paragraphs: f32,
    /// Their average length, in positions (at least 1).
    average_length: f32,
}

impl Bm25 {
    /// The statistics of `paragraphs` paragraphs of `positions` positions in all.
    pub fn new(paragraphs: usize, positions: u64) -> Bm25 {
        let average_length = (positions as f32 / paragraphs.max(1) as f32).max(1.0);
        Bm25 { paragraphs: paragraphs as f32, average_length }
    }

    /// The inverse document frequency of a term in `df` paragraphs (never negative).
    pub fn idf(&self, df: usize) -> f32 {
        let df = df as f32;
        (1.0 + (self.paragraphs - df + 0.5) / (df + 0.5)).ln()
    }

    /// The weight of a term of inverse frequency `idf` occurring `tf` times
    /// in a paragraph of `length` positions.
    pub fn weight(&self, idf: f32, tf: u32, length: u32) -> f32 {
        let tf = tf as f32;
        let norm = 1.0 - B + B * length as f32 / self.average_length;
        idf * tf * (K1 + 1.0) / (tf + K1 * norm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats() -> Bm25 {
        Bm25::new(3, 10 + 20 + 30)
    }

    #[test]
    fn rarer_terms_weigh_more_and_none_weighs_less_than_nothing() {
        let bm25 = stats();
        assert!(bm25.idf(1) > bm25.idf(2));
        assert!(bm25.idf(3) > 0.0, "a term in every paragraph still counts a little");
        assert!((bm25.idf(1) - (1.0_f32 + 2.5 / 1.5).ln()).abs() < 1e-6);
    }

    #[test]
    fn repeats_saturate_towards_k1_plus_one() {
        let bm25 = stats();
        let once = bm25.weight(1.0, 1, 20);
        let twice = bm25.weight(1.0, 2, 20);
        assert!((once - 1.0).abs() < 1e-6, "at the average length one occurrence weighs idf");
        assert!(twice > once && twice < 2.0 * once);
        assert!(bm25.weight(1.0, 1_000, 20) < K1 + 1.0);
    }

    #[test]
    fn length_is_damped_not_divided() {
        let bm25 = stats();
        let short = bm25.weight(1.0, 1, 5);
        let long = bm25.weight(1.0, 1, 40);
        assert!(short > long);
        assert!(short / long < 40.0 / 5.0 / 2.0, "a quarter of the length is far from four times the weight");
    }

    #[test]
    fn an_empty_index_has_an_average_length_of_one() {
        let bm25 = Bm25::new(0, 0);
        assert!(bm25.weight(bm25.idf(0), 1, 1).is_finite());
    }
}
