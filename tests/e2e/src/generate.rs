//! A realistic generated corpus for benchmarks (never shipped in the app): documents assembled from the seed corpus's real paragraphs and sentences.

use explorer_core::model::{Block, CorpusData, Document, Paragraph, Provenance, Sourced, Tag};
use explorer_core::Date;

/// The first and last day a generated document may carry.
pub const FIRST_DATE: &str = "2019-07-24";
pub const LAST_DATE: &str = "2024-12-31";

/// splitmix64: a tiny deterministic PRNG, so a seed always gives the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn days_of(iso: &str) -> i64 {
    let part = |range: std::ops::Range<usize>| iso[range].parse::<i64>().expect("an ISO date");
    days_from_civil(part(0..4), part(5..7), part(8..10))
}

/// A source paragraph's sentences (split after `.`, `?` or `!` followed by a space).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!') && bytes.get(i + 1) == Some(&b' ') {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The tags of `sources` whose trigger words appear in `text`, merged by facet and slug.
fn tags_for(text: &str, sources: &[&Paragraph]) -> Vec<Tag> {
    let lower = text.to_lowercase();
    let mut tags: Vec<Tag> = Vec::new();
    for tag in sources.iter().flat_map(|p| &p.tags) {
        let words: Vec<String> =
            tag.words.iter().filter(|w| lower.contains(&w.to_lowercase())).cloned().collect();
        if words.is_empty() {
            continue;
        }
        match tags.iter_mut().find(|t| t.facet == tag.facet && t.slug == tag.slug) {
            Some(existing) => {
                for word in words {
                    if !existing.words.contains(&word) {
                        existing.words.push(word);
                    }
                }
            }
            None => tags.push(Tag { facet: tag.facet, slug: tag.slug.clone(), words }),
        }
    }
    tags
}

fn inferred<T>(value: T) -> Sourced<T> {
    Sourced { value, provenance: Provenance::Inferred("generated for benchmarks".to_owned()) }
}

/// `documents` generated documents with the seed's schema and taxonomy,
/// their text sampled from the seed's paragraphs. Deterministic for a seed.
pub fn generate(seed_corpus: &CorpusData, documents: usize, seed: u64) -> CorpusData {
    let taxonomy = &seed_corpus.taxonomy;
    let mut rng = Rng(seed);
    // (document, paragraph) positions of every seed paragraph, and the sentences of prose ones.
    let paragraphs: Vec<(usize, usize)> = seed_corpus
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| (0..doc.paragraphs.len()).map(move |p| (d, p)))
        .collect();
    assert!(!paragraphs.is_empty(), "the seed corpus has paragraphs");
    let prose: Vec<(&str, &Paragraph)> = paragraphs
        .iter()
        .map(|&(d, p)| &seed_corpus.documents[d].paragraphs[p])
        .filter(|p| p.block == Block::Paragraph)
        .flat_map(|p| sentences(&p.text).into_iter().map(move |s| (s, p)))
        .collect();
    let titles: Vec<&str> =
        prose.iter().map(|(s, _)| *s).filter(|s| (5..=14).contains(&s.split_whitespace().count())).collect();
    let (first, last) = (days_of(FIRST_DATE), days_of(LAST_DATE));

    let generated = (1..=documents)
        .map(|n| {
            let (y, m, d) = civil_from_days(first + rng.below((last - first + 1) as usize) as i64);
            let iso = format!("{y:04}-{m:02}-{d:02}");
            let date = Date::parse(&iso).expect("a generated date is a real day");
            let period =
                taxonomy.government_on(date).expect("a government on every generated date").slug.clone();
            let doc_type = rng.pick(&taxonomy.types).slug.clone();
            let mut publishers: Vec<String> =
                (0..rng.between(1, 2)).map(|_| rng.pick(&taxonomy.agencies).slug.clone()).collect();
            publishers.sort();
            publishers.dedup();

            let title = if titles.is_empty() {
                rng.pick(&seed_corpus.documents).title.clone()
            } else {
                rng.pick(&titles).trim_end_matches('.').to_owned()
            };
            let target = rng.between(20, 40);
            let mut body: Vec<Paragraph> = Vec::with_capacity(target + 4);
            while body.len() < target {
                let &(d, p) = rng.pick(&paragraphs);
                let source = &seed_corpus.documents[d].paragraphs;
                if source[p].block == Block::ListItem {
                    // A run of the source's list items, as a list.
                    let run = source[p..].iter().take_while(|q| q.block == Block::ListItem).take(5);
                    body.extend(run.cloned());
                } else if prose.is_empty() || rng.chance(60) {
                    body.push(source[p].clone());
                } else {
                    let picked: Vec<&(&str, &Paragraph)> =
                        (0..rng.between(2, 4)).map(|_| rng.pick(&prose)).collect();
                    let text = picked.iter().map(|(s, _)| *s).collect::<Vec<_>>().join(" ");
                    let sources: Vec<&Paragraph> = picked.iter().map(|(_, p)| *p).collect();
                    let tags = tags_for(&text, &sources);
                    body.push(Paragraph::new(Block::Paragraph, text, tags));
                }
            }
            Document {
                id: format!("{iso}-generated-{n}"),
                title,
                date: inferred(date),
                updated: None,
                doc_type: inferred(doc_type),
                publishers: inferred(publishers),
                period,
                source: inferred(format!("https://www.gov.uk/generated/{n}")),
                report: None,
                paragraphs: body,
                quotes: Vec::new(),
            }
        })
        .collect();
    CorpusData {
        version: format!("generated-{seed}-{documents}"),
        taxonomy: taxonomy.clone(),
        documents: generated,
    }
}

/// The real corpus, compiled from `corpus/` as the build does.
pub fn seed_corpus() -> CorpusData {
    let dir = crate::workspace_root().join("corpus");
    corpus_compiler::compile(&dir).unwrap_or_else(|errors| panic!("compile {}: {errors}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::Corpus;
    use std::collections::HashSet;

    #[test]
    fn generated_documents_load_are_unique_in_range_and_deterministic() {
        let seed = seed_corpus();
        let data = generate(&seed, 200, 42);
        assert_eq!(data.documents.len(), 200);
        let ids: HashSet<&str> = data.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids.len(), 200, "ids are unique");
        let (first, last) = (Date::parse(FIRST_DATE).unwrap(), Date::parse(LAST_DATE).unwrap());
        for document in &data.documents {
            assert!((first..=last).contains(&document.date.value), "{} out of range", document.id);
            assert!(document.id.starts_with(&document.date.value.to_string()), "{}", document.id);
            assert!((20..=44).contains(&document.paragraphs.len()), "{}", document.id);
        }
        assert!(data.documents.iter().flat_map(|d| &d.paragraphs).any(|p| p.block == Block::ListItem));
        assert!(data.documents.iter().flat_map(|d| &d.paragraphs).any(|p| !p.tags.is_empty()));
        assert_eq!(data, generate(&seed, 200, 42), "the same seed gives the same corpus");
        assert_ne!(data, generate(&seed, 200, 43));
        Corpus::new(data).expect("the generated corpus loads");
    }
}
