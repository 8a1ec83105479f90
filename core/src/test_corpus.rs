//! A small made-up corpus for the core's unit tests.

use crate::model::{Block, CorpusData, Document, Entry, Government, Paragraph, Provenance, Sourced};
use crate::{Corpus, Date};

fn sourced<T>(value: T) -> Sourced<T> {
    Sourced { value, provenance: Provenance::Inferred("a test".into()) }
}

/// Documents `(id, date, title, paragraphs)`.
pub(crate) fn corpus(documents: &[(&str, &str, &str, &[&str])]) -> Corpus {
    let date = |text: &str| Date::parse(text).unwrap();
    let mut data = CorpusData { version: "test".into(), taxonomy: Default::default(), documents: Vec::new() };
    data.taxonomy.types.push(Entry {
        slug: "press-release".into(),
        label: "Press release".into(),
        note: None,
    });
    data.taxonomy.governments.push(Government {
        slug: "g".into(),
        label: "G".into(),
        prime_minister: "P".into(),
        party: "Q".into(),
        from: date("2000-01-01"),
        to: None,
    });
    for (id, day, title, paragraphs) in documents {
        data.documents.push(Document {
            id: (*id).into(),
            title: (*title).into(),
            date: sourced(date(day)),
            updated: None,
            doc_type: sourced("press-release".into()),
            publishers: sourced(Vec::new()),
            period: "g".into(),
            source: sourced("https://www.gov.uk/x".into()),
            report: None,
            paragraphs: paragraphs
                .iter()
                .map(|text| Paragraph { block: Block::Paragraph, text: (*text).into(), tags: Vec::new() })
                .collect(),
        });
    }
    Corpus::new(data).unwrap()
}
