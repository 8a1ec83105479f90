//! The reference engine: tantivy indexing the explorer's paragraphs (each
//! title and paragraph a tantivy document, English stemming, BM25), read
//! with the explorer's document-level meaning of a query: every clause must
//! match somewhere in a document, an excluded clause anywhere removes it,
//! and a document scores its best paragraph.

use explorer_core::Corpus;
use std::collections::{BTreeMap, BTreeSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::Column;
use tantivy::index::SegmentReader;
use tantivy::query::QueryParser;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST};
use tantivy::{doc, DocId, Index, IndexReader, Score};

pub struct Tantivy {
    reader: IndexReader,
    parser: QueryParser,
}

/// A document's best paragraph for a query: (document position, paragraph number, score).
pub type Best = (usize, u32, f32);

impl Tantivy {
    pub fn new(corpus: &Corpus) -> Tantivy {
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let text = schema.add_text_field("text", TextOptions::default().set_indexing_options(indexing));
        let document = schema.add_u64_field("document", FAST);
        let paragraph = schema.add_u64_field("paragraph", FAST);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 200_000_000).expect("a tantivy writer");
        for (position, d) in corpus.documents().iter().enumerate() {
            let texts = std::iter::once(d.title.as_str()).chain(d.paragraphs.iter().map(|p| p.text.as_str()));
            for (number, body) in texts.enumerate() {
                writer
                    .add_document(doc!(text => body, document => position as u64, paragraph => number as u64))
                    .expect("index a paragraph");
            }
        }
        writer.commit().expect("commit the tantivy index");
        let reader = index.reader().expect("a tantivy reader");
        let parser = QueryParser::for_index(&index, vec![text]);
        Tantivy { reader, parser }
    }

    /// Every paragraph a query string matches: (document, paragraph, score).
    fn paragraphs(&self, q: &str) -> Vec<(usize, u32, f32)> {
        let (query, _errors) = self.parser.parse_query_lenient(q);
        self.reader.searcher().search(&*query, &AllParagraphs).expect("a tantivy search")
    }

    fn documents(&self, q: &str) -> BTreeSet<usize> {
        self.paragraphs(q).into_iter().map(|(d, _, _)| d).collect()
    }

    /// The documents matching an explorer query, best first, each with its best paragraph.
    pub fn search(&self, q: &str) -> Vec<Best> {
        let clauses = clauses(q);
        let mut allowed: Option<BTreeSet<usize>> = None;
        for clause in &clauses.required {
            let found = self.documents(clause);
            allowed = Some(match allowed {
                Some(allowed) => allowed.intersection(&found).copied().collect(),
                None => found,
            });
        }
        let Some(mut allowed) = allowed else { return Vec::new() };
        for clause in &clauses.excluded {
            let excluded = self.documents(clause);
            allowed.retain(|d| !excluded.contains(d));
        }
        let mut best: BTreeMap<usize, (u32, f32)> = BTreeMap::new();
        for (document, paragraph, score) in self.paragraphs(&clauses.required.join(" ")) {
            if allowed.contains(&document) {
                let entry = best.entry(document).or_insert((paragraph, score));
                if score > entry.1 {
                    *entry = (paragraph, score);
                }
            }
        }
        let mut ranked: Vec<Best> = best.into_iter().map(|(d, (p, s))| (d, p, s)).collect();
        ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        ranked
    }
}

/// An explorer query's clauses as tantivy query strings.
struct Clauses {
    required: Vec<String>,
    excluded: Vec<String>,
}

/// Splits a query as the explorer reads it: words and "phrases", `-` excluding, `OR` joining.
fn clauses(q: &str) -> Clauses {
    let mut chunks: Vec<String> = Vec::new();
    let mut rest = q.trim();
    while !rest.is_empty() {
        let (negated, body) = match rest.strip_prefix('-') {
            Some(body) if !body.starts_with(char::is_whitespace) => (true, body),
            _ => (false, rest),
        };
        let (chunk, after) = match body.strip_prefix('"').and_then(|b| b.find('"').map(|i| (b, i))) {
            Some((b, i)) => (format!("\"{}\"", &b[..i]), &b[i + 1..]),
            None => {
                let end = body.find(char::is_whitespace).unwrap_or(body.len());
                (body[..end].trim_matches('"').to_owned(), &body[end..])
            }
        };
        if !chunk.is_empty() {
            chunks.push(if negated { format!("-{chunk}") } else { chunk });
        }
        rest = after.trim_start();
    }
    let mut clauses = Clauses { required: Vec::new(), excluded: Vec::new() };
    let mut joining = false;
    for chunk in chunks {
        if let Some(excluded) = chunk.strip_prefix('-') {
            clauses.excluded.push(excluded.to_owned());
        } else if chunk == "OR" && !clauses.required.is_empty() {
            joining = true;
        } else if joining {
            let last = clauses.required.last_mut().expect("a clause to join");
            *last = format!("{last} OR {chunk}");
            joining = false;
        } else {
            clauses.required.push(chunk);
        }
    }
    clauses
}

/// Collects every matching paragraph with its score.
struct AllParagraphs;

struct SegmentParagraphs {
    document: Column,
    paragraph: Column,
    found: Vec<(usize, u32, f32)>,
}

impl Collector for AllParagraphs {
    type Fruit = Vec<(usize, u32, f32)>;
    type Child = SegmentParagraphs;

    fn for_segment(&self, _segment: u32, reader: &SegmentReader) -> tantivy::Result<SegmentParagraphs> {
        let fast = reader.fast_fields();
        Ok(SegmentParagraphs {
            document: fast.u64("document")?,
            paragraph: fast.u64("paragraph")?,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentParagraphs {
    type Fruit = Vec<(usize, u32, f32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let document = self.document.first(doc).unwrap_or(0) as usize;
        let paragraph = self.paragraph.first(doc).unwrap_or(0) as u32;
        self.found.push((document, paragraph, score));
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::clauses;

    #[test]
    fn a_query_splits_into_the_explorers_clauses() {
        let c = clauses("\"small boats\" rwanda OR albania -france -\"home office\"");
        assert_eq!(c.required, ["\"small boats\"", "rwanda OR albania"]);
        assert_eq!(c.excluded, ["france", "\"home office\""]);
    }
}
