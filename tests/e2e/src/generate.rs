//! A realistic generated corpus for benchmarks (never shipped in the app),
//! written as corpus sources so that the real build makes the real site.
//!
//! Its vocabulary is that of a real corpus of policy documents rather than
//! of six: some 40,000 words, Zipf-distributed (the r-th most common word
//! used about 1/r as often as the first), with word families that share a
//! stem (`relocate`, `relocated`, `relocation`), thousands of people's and
//! places' names, and amounts, counts and percentages. A fifth of the
//! sentences are the seed corpus's own, so that real searches (`rwanda`,
//! `"small boats"`) find documents and the compiler tags topics, agencies,
//! people and places from the text as it does for real documents.
//! Deterministic: a seed always writes the same files.

use crate::rng::Rng;
use explorer_core::model::{Block, CorpusData};
use std::fmt::Write as _;
use std::path::Path;

/// The first and last day a generated document may carry.
pub const FIRST_DATE: &str = "2019-07-24";
pub const LAST_DATE: &str = "2024-12-31";

/// How many distinct generated words the vocabulary has, beyond the seed's.
const GENERATED_WORDS: usize = 36_000;
/// How many people's and places' names the text draws on.
const NAMES: usize = 4_000;
/// The share of sentences taken whole from the seed corpus, in percent.
const SEED_SENTENCES: u64 = 20;

const ONSETS: [&str; 24] = [
    "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cl", "dr", "gr",
    "pl", "st", "tr", "sh",
];
const VOWELS: [&str; 8] = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS: [&str; 10] = ["", "", "", "n", "r", "s", "t", "l", "m", "nd"];
/// Endings that make a word family: each generated stem also appears with some of these.
const ENDINGS: [&str; 10] = ["", "s", "ed", "ing", "ion", "ions", "ment", "al", "er", "ers"];

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

/// Words drawn with Zipf's law: the word of rank r has weight 1/r.
struct Zipf {
    words: Vec<String>,
    /// Cumulative weights, for drawing by binary search.
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(words: Vec<String>) -> Zipf {
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Zipf { words, cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> &str {
        let total = *self.cumulative.last().expect("a vocabulary");
        let point = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let rank = self.cumulative.partition_point(|&c| c < point).min(self.words.len() - 1);
        &self.words[rank]
    }
}

fn syllable(rng: &mut Rng) -> String {
    format!("{}{}{}", rng.pick(&ONSETS), rng.pick(&VOWELS), rng.pick(&CODAS))
}

/// The vocabulary by rank: the seed's own words first (as common words of
/// the field are), then generated word families.
fn vocabulary(seed_words: Vec<String>, rng: &mut Rng) -> Vec<String> {
    let mut seen: std::collections::HashSet<String> = seed_words.iter().cloned().collect();
    let target = seed_words.len() + GENERATED_WORDS;
    let mut words = seed_words;
    while words.len() < target {
        let stem: String = (0..rng.between(2, 3)).map(|_| syllable(rng)).collect();
        for ending in ENDINGS.iter().filter(|_| rng.chance(40)) {
            let word = format!("{stem}{ending}");
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
    }
    words
}

/// Capitalised names (people and places) that the text mentions.
fn names(rng: &mut Rng) -> Vec<String> {
    (0..NAMES)
        .map(|_| {
            let mut name: String = (0..rng.between(2, 3)).map(|_| syllable(rng)).collect();
            name[..1].make_ascii_uppercase();
            name
        })
        .collect()
}

/// A number as policy documents write one: an amount, a count or a percentage.
fn figure(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("£{} million", rng.between(1, 950)),
        1 => format!("{},{:03}", rng.between(1, 99), rng.below(1000)),
        2 => format!("{}%", rng.between(1, 99)),
        _ => rng.between(2, 400).to_string(),
    }
}

/// One generated sentence of 8 to 30 words.
fn sentence(words: &Zipf, names: &[String], rng: &mut Rng) -> String {
    let length = rng.between(8, 30);
    let mut out = String::new();
    for i in 0..length {
        let word = match rng.below(100) {
            0..=4 => rng.pick(names).clone(),
            5..=7 => figure(rng),
            _ => words.draw(rng).to_owned(),
        };
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&word);
    }
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out.push('.');
    out
}

/// Writes `documents` generated documents as corpus sources into `dir`
/// (`documents/` and a copy of the seed's `taxonomy/`), with the taxonomy
/// and text of the seed corpus compiled from `seed_dir`.
pub fn write_sources(seed_dir: &Path, dir: &Path, documents: usize, seed: u64) -> std::io::Result<()> {
    let seed_corpus = corpus_compiler::compile(seed_dir)
        .unwrap_or_else(|errors| panic!("compile {}: {errors}", seed_dir.display()));
    let taxonomy = &seed_corpus.taxonomy;
    let mut rng = Rng(seed);
    let seed_sentences: Vec<&str> = seed_corpus
        .documents
        .iter()
        .flat_map(|d| &d.paragraphs)
        .filter(|p| p.block == Block::Paragraph)
        .flat_map(|p| sentences(&p.text))
        .collect();
    // The seed's words, most frequent first, as the most common words of the field.
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let seed_text = seed_sentences.iter().flat_map(|s| s.split_whitespace());
    for word in seed_text.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()) {
        if word.chars().all(|c| c.is_ascii_lowercase()) && !word.is_empty() {
            *counts.entry(word).or_default() += 1;
        }
    }
    let mut seed_words: Vec<(String, usize)> = counts.into_iter().collect();
    seed_words.sort_by(|(a, m), (b, n)| n.cmp(m).then_with(|| a.cmp(b)));
    let seed_words = seed_words.into_iter().map(|(word, _)| word).collect();
    let words = Zipf::new(vocabulary(seed_words, &mut rng));
    let names = names(&mut rng);
    let titles: Vec<&str> =
        seed_sentences.iter().copied().filter(|s| (5..=14).contains(&s.split_whitespace().count())).collect();
    let (first, last) = (days_of(FIRST_DATE), days_of(LAST_DATE));

    let documents_dir = dir.join("documents");
    if documents_dir.exists() {
        std::fs::remove_dir_all(&documents_dir)?;
    }
    std::fs::create_dir_all(&documents_dir)?;
    copy_dir(&seed_dir.join("taxonomy"), &dir.join("taxonomy"))?;
    for n in 1..=documents {
        let (y, m, d) = civil_from_days(first + rng.below((last - first + 1) as usize) as i64);
        let iso = format!("{y:04}-{m:02}-{d:02}");
        let id = format!("{iso}-generated-{n}");
        let doc_type = &rng.pick(&taxonomy.types).slug;
        let mut publishers: Vec<&str> =
            (0..rng.between(1, 2)).map(|_| rng.pick(&taxonomy.agencies).slug.as_str()).collect();
        publishers.sort_unstable();
        publishers.dedup();
        let why = "inferred = \"generated for benchmarks\"";
        let mut text = String::new();
        let _ = write!(
            text,
            "+++\nid = \"{id}\"\ntype = {{ value = \"{doc_type}\", {why} }}\ndate = {{ value = \"{iso}\", {why} }}\n\
             publishers = {{ value = {publishers:?}, {why} }}\n\
             source = {{ value = \"https://www.gov.uk/government/news/generated-{n}\", {why} }}\n+++\n"
        );
        let title = if rng.chance(50) {
            rng.pick(&titles).trim_end_matches('.').to_owned()
        } else {
            sentence(&words, &names, &mut rng)
        };
        text.push_str(title.trim_end_matches('.'));
        text.push('\n');
        for _ in 0..rng.between(10, 24) {
            text.push('\n');
            let list = rng.chance(8);
            for _ in 0..if list { rng.between(2, 5) } else { 1 } {
                let said: Vec<String> = (0..rng.between(1, 4))
                    .map(|_| {
                        if rng.chance(SEED_SENTENCES) {
                            rng.pick(&seed_sentences).to_string()
                        } else {
                            sentence(&words, &names, &mut rng)
                        }
                    })
                    .collect();
                let bullet = if list { "  • " } else { "" };
                let _ = writeln!(text, "{bullet}{}", said.join(" "));
            }
        }
        std::fs::write(documents_dir.join(format!("{id}.md")), text)?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().expect("a file name")))?;
        }
    }
    Ok(())
}

/// `documents` generated documents, written as sources into a scratch
/// directory and compiled as the build compiles a corpus.
pub fn generate(documents: usize, seed: u64) -> CorpusData {
    let scratch = tempfile::tempdir().expect("a scratch directory");
    write_sources(&crate::workspace_root().join("corpus"), scratch.path(), documents, seed)
        .expect("write the generated sources");
    corpus_compiler::compile(scratch.path())
        .unwrap_or_else(|errors| panic!("compile the generated corpus: {errors}"))
}

/// The real corpus, compiled from `corpus/` as the build does.
pub fn seed_corpus() -> CorpusData {
    let dir = crate::workspace_root().join("corpus");
    corpus_compiler::compile(&dir).unwrap_or_else(|errors| panic!("compile {}: {errors}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::{Corpus, Date};
    use std::collections::HashSet;

    #[test]
    fn generated_sources_compile_to_unique_dated_documents_with_a_wide_vocabulary() {
        let data = generate(300, 42);
        assert_eq!(data.documents.len(), 300);
        let ids: HashSet<&str> = data.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids.len(), 300, "ids are unique");
        let (first, last) = (Date::parse(FIRST_DATE).unwrap(), Date::parse(LAST_DATE).unwrap());
        for document in &data.documents {
            assert!((first..=last).contains(&document.date.value), "{} out of range", document.id);
            assert!(document.id.starts_with(&document.date.value.to_string()), "{}", document.id);
            assert!(document.paragraphs.len() >= 10, "{}", document.id);
        }
        let paragraphs = || data.documents.iter().flat_map(|d| &d.paragraphs);
        assert!(paragraphs().any(|p| p.block == Block::ListItem));
        assert!(paragraphs().any(|p| !p.tags.is_empty()), "the compiler tags the seed's sentences");
        let words = paragraphs().flat_map(|p| p.text.split(|c: char| !c.is_alphanumeric()));
        let distinct: HashSet<String> = words.filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        assert!(distinct.len() > 15_000, "only {} distinct words in 300 documents", distinct.len());
        assert_eq!(data.documents, generate(300, 42).documents, "the same seed gives the same corpus");
        assert_ne!(data.documents, generate(300, 43).documents);
        Corpus::new(data).expect("the generated corpus loads");
    }
}
