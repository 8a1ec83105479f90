//! Hand-made corpora for the core's tests: press releases of one
//! government, with the people a test names.

use crate::model::{
    Block, CorpusData, Digest, Document, Entry, Government, Paragraph, Provenance, Sourced, Taxonomy,
};
use crate::{Corpus, Date};

fn sourced<T>(value: T) -> Sourced<T> {
    Sourced { value, provenance: Provenance::Inferred("a test".into()) }
}

fn entry(slug: &str) -> Entry {
    Entry { slug: slug.into(), label: slug.into(), note: None }
}

/// A press release published on `date` (ISO).
pub fn document(id: &str, date: &str, title: &str, paragraphs: Vec<Paragraph>) -> Document {
    Document {
        id: id.into(),
        title: title.into(),
        date: sourced(Date::parse(date).unwrap()),
        updated: None,
        doc_type: sourced("press-release".into()),
        publishers: sourced(Vec::new()),
        period: "g".into(),
        source: sourced("https://www.gov.uk/x".into()),
        report: None,
        digest: Digest::of(&[], &paragraphs),
        paragraphs,
        quotes: Vec::new(),
    }
}

/// A corpus of `documents` whose taxonomy has the `people` (slugs).
pub fn corpus(people: &[&str], documents: Vec<Document>) -> Corpus {
    let mut taxonomy = Taxonomy::default();
    taxonomy.types.push(Entry { label: "Press release".into(), ..entry("press-release") });
    taxonomy.people.extend(people.iter().map(|slug| entry(slug)));
    taxonomy.governments.push(Government {
        slug: "g".into(),
        label: "G".into(),
        prime_minister: "P".into(),
        party: "Q".into(),
        from: Date::parse("2000-01-01").unwrap(),
        to: None,
    });
    Corpus::new(CorpusData {
        version: "test".into(),
        taxonomy,
        documents,
        text_shards: Vec::new(),
        search_index: None,
    })
    .unwrap()
}

/// Documents `(id, date, title, paragraphs)`.
pub fn corpus_of_texts(documents: &[(&str, &str, &str, &[&str])]) -> Corpus {
    let document = |(id, date, title, paragraphs): &(&str, &str, &str, &[&str])| {
        let paragraphs =
            paragraphs.iter().map(|text| Paragraph::new(Block::Paragraph, (*text).into(), Vec::new()));
        document(id, date, title, paragraphs.collect())
    };
    corpus(&[], documents.iter().map(document).collect())
}
