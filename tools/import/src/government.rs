//! GOV.UK's own label of a document's government ("2022 to 2024 Sunak
//! Conservative government"), checked against the governments table: the
//! table decides the period facet, and a disagreement is reported for a
//! person to settle, never corrected by the importer.

use crate::fetched::GovernmentLabel;
use corpus_compiler::Taxonomy;
use explorer_core::Date;

/// What the label and the table disagree on, as a sentence; `None` when they agree.
pub fn disagreement(label: &GovernmentLabel, date: Date, taxonomy: &Taxonomy) -> Option<String> {
    let title = &label.title;
    let Some(government) = taxonomy.compiled().government_on(date) else {
        return Some(format!(
            "GOV.UK names the government “{title}”; governments.toml has none in office on {date}"
        ));
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    let start_year = words.first().and_then(|word| word.parse::<u16>().ok());
    let end_year = match words.as_slice() {
        [_, "to", end, ..] => end.parse::<u16>().ok(),
        _ => None,
    };
    let mut differences = Vec::new();
    match label.started {
        Some(started) if started != government.from => {
            differences.push(format!("GOV.UK has it begin on {started}, the table on {}", government.from))
        }
        None if start_year != Some(government.from.year()) => differences.push(format!(
            "the label does not begin with {}, the year it took office",
            government.from.year()
        )),
        _ => {}
    }
    let gov_uk_ended = label.ended.map(|ended| ended.to_string()).or(end_year.map(|year| year.to_string()));
    match (&gov_uk_ended, government.to) {
        (Some(ended), None) => {
            differences.push(format!("GOV.UK has it end in {ended}; the table has it in office"))
        }
        (None, Some(to)) if label.current => {
            differences.push(format!("GOV.UK has it in office; the table has it end on {to}"))
        }
        (Some(ended), Some(to)) if !to.to_string().starts_with(ended.as_str()) => {
            differences.push(format!("GOV.UK has it end in {ended}, the table on {to}"))
        }
        _ => {}
    }
    let lower = title.to_lowercase();
    let surname = government.prime_minister.rsplit(' ').next().unwrap_or_default();
    if !lower.contains(&surname.to_lowercase()) {
        differences.push(format!("the label does not name {}", government.prime_minister));
    }
    if !lower.contains(&government.party.to_lowercase()) {
        differences.push(format!("the label does not name the {} party", government.party));
    }
    (!differences.is_empty()).then(|| {
        format!(
            "GOV.UK names the government “{title}”, and governments.toml has {} (“{}”) in office on {date}: {}. \
             Check the governments table.",
            government.slug,
            government.label,
            differences.join("; ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn taxonomy() -> Taxonomy {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/taxonomy");
        corpus_compiler::load_taxonomy(&dir).unwrap()
    }

    fn label(title: &str, current: bool, started: Option<&str>, ended: Option<&str>) -> GovernmentLabel {
        let day = |text: Option<&str>| text.map(|text| Date::parse(text).unwrap());
        GovernmentLabel { title: title.into(), current, started: day(started), ended: day(ended) }
    }

    fn on(date: &str) -> Date {
        Date::parse(date).unwrap()
    }

    #[test]
    fn labels_in_govuks_forms_agree_with_the_table() {
        let taxonomy = taxonomy();
        let sunak = label(
            "2022 to 2024 Sunak Conservative government",
            false,
            Some("2022-10-25"),
            Some("2024-07-05"),
        );
        assert_eq!(disagreement(&sunak, on("2023-03-10"), &taxonomy), None);
        let sunak_by_title = label("2022 to 2024 Sunak Conservative government", false, None, None);
        assert_eq!(disagreement(&sunak_by_title, on("2023-03-10"), &taxonomy), None);
        let starmer = label("2024 Starmer Labour government", true, None, None);
        assert_eq!(disagreement(&starmer, on("2024-11-04"), &taxonomy), None);
    }

    #[test]
    fn each_difference_is_named() {
        let taxonomy = taxonomy();
        let sunak = label("2022 to 2024 Sunak Conservative government", false, None, None);
        let shown = disagreement(&sunak, on("2024-11-04"), &taxonomy).unwrap();
        assert!(shown.starts_with("GOV.UK names the government “2022 to 2024 Sunak Conservative government”, and governments.toml has starmer-2024"), "{shown}");
        for difference in [
            "the label does not begin with 2024",
            "GOV.UK has it end in 2024; the table has it in office",
            "the label does not name Keir Starmer",
            "the label does not name the Labour party",
        ] {
            assert!(shown.contains(difference), "{difference:?} in {shown}");
        }
        let johnson = label("2019 to 2022 Johnson Conservative government", false, Some("2019-07-24"), None);
        let shown = disagreement(&johnson, on("2022-10-01"), &taxonomy).unwrap();
        assert!(shown.contains("GOV.UK has it begin on 2019-07-24, the table on 2022-09-06"), "{shown}");
        let current = label("2022 Truss Conservative government", true, None, None);
        let shown = disagreement(&current, on("2022-10-01"), &taxonomy).unwrap();
        assert!(shown.contains("GOV.UK has it in office; the table has it end on 2022-10-25"), "{shown}");
        let before =
            label("2010 to 2015 Conservative and Liberal Democrat coalition government", false, None, None);
        let shown = disagreement(&before, on("2012-01-01"), &taxonomy).unwrap();
        assert!(shown.ends_with("governments.toml has none in office on 2012-01-01"), "{shown}");
    }
}
