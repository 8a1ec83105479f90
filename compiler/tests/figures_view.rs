//! The figures view on the real corpus: a figure a document states several
//! times is listed once with its mentions, the value orders, the kind filter
//! (`kind=`) and the money total of a view.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::model::FigureKind::{self, *};
use explorer_core::research::{
    figure_index, figures, figures_view, kind_counts, money_totals, FigureOrder, FiguresView,
};
use explorer_core::{Corpus, FigureRef, Query};

/// The figures of a link's figures view.
fn listed(corpus: &Corpus, link: &str) -> Vec<FigureRef> {
    view(corpus, link).listed.items
}

fn view(corpus: &Corpus, link: &str) -> FiguresView {
    let (query, notices) = Query::parse_for(link, corpus);
    assert_eq!(notices, [], "{link}");
    figures_view(corpus, &figure_index(corpus), &query)
}

fn written(corpus: &Corpus, reference: &FigureRef) -> String {
    let (paragraph, figure) = reference.resolve(corpus).unwrap();
    figure.text.of(&paragraph.text).unwrap().to_owned()
}

#[test]
fn the_starmer_release_s_150_million_is_one_figure_stated_four_times() {
    let corpus = common::real_corpus();
    let starmer = [corpus.position(STARMER).unwrap()];
    let listed = figures(&corpus, &starmer, FigureOrder::Listed);
    let amounts: Vec<String> = listed.iter().map(|r| written(&corpus, r)).collect();
    assert_eq!(amounts.iter().filter(|a| *a == "£150 million").count(), 1, "{amounts:?}");
    assert_eq!(amounts.iter().filter(|a| *a == "£75 million").count(), 1, "{amounts:?}");
    let at = amounts.iter().position(|a| a == "£150 million").unwrap();
    let mentions: Vec<u32> = listed[at].mentions(&corpus).iter().map(|m| m.paragraph).collect();
    assert_eq!(mentions.len(), 4, "{mentions:?}");
    assert_eq!(mentions[0], listed[at].paragraph, "listed at its first mention");
    assert!(mentions.windows(2).all(|pair| pair[0] <= pair[1]));
}

#[test]
fn by_value_the_largest_pound_amounts_come_first_and_percentages_follow_money() {
    let corpus = common::real_corpus();
    let everything: Vec<usize> = (0..corpus.documents().len()).collect();
    let listed: Vec<String> = figures(&corpus, &everything, FigureOrder::ValueDescending)
        .iter()
        .map(|r| written(&corpus, r))
        .collect();
    // £150m once (Starmer); £84m (G7); £75m once in each of two documents; £24m; £6m.
    let money = ["£150 million", "£84 million", "£75 million", "£75 million", "£24m", "£6 million"];
    assert_eq!(listed[..money.len()], money);
    assert_eq!(listed[money.len()], "99%");
}

#[test]
fn the_figures_view_of_a_link_sorts_by_value_or_follows_the_documents() {
    let corpus = common::real_corpus();
    let value = |reference: &FigureRef| reference.resolve(&corpus).unwrap().1.value;
    let largest = listed(&corpus, "view=figures&sort=largest");
    let smallest = listed(&corpus, "view=figures&sort=smallest");
    assert_eq!(largest.len(), smallest.len());
    let (_, first) = largest[0].resolve(&corpus).unwrap();
    assert_eq!((first.unit.as_str(), first.value), ("GBP", 150_000_000.0), "the largest sum first");
    assert!(value(&smallest[0]) <= value(&largest[0]));
    let newest = listed(&corpus, "view=figures");
    let documents: Vec<usize> = newest.iter().map(|r| r.document).collect();
    let mut by_date = documents.clone();
    by_date.sort_by_key(|&d| std::cmp::Reverse(corpus.documents()[d].date.value));
    assert_eq!(documents, by_date, "newest documents' figures first");
    let pac = listed(&corpus, "view=figures&agency=public-accounts-committee");
    assert!(pac.iter().all(|r| corpus.documents()[r.document].id == PAC) && !pac.is_empty());
}

#[test]
fn the_kind_filter_lists_only_its_kinds_and_the_counts_say_how_many_each_has() {
    let corpus = common::real_corpus();
    let kind = |reference: &FigureRef| reference.resolve(&corpus).unwrap().1.kind;
    let all = listed(&corpus, "view=figures");
    let money = listed(&corpus, "view=figures&kind=money");
    assert!(!money.is_empty() && money.iter().all(|r| kind(r) == Money));
    let two = listed(&corpus, "view=figures&kind=percentage&kind=weight");
    let kinds: std::collections::BTreeSet<FigureKind> = two.iter().map(kind).collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), [Percentage, Weight]);
    let counts = kind_counts(&corpus, &all);
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), all.len());
    assert_eq!(
        view(&corpus, "view=figures&kind=money").kinds,
        counts,
        "the kinds count as if each were chosen"
    );
    assert_eq!(counts[0], (Money, money.len()));
    assert_eq!(counts[3], (Weight, 1), "19 tonnes of cocaine");
}

#[test]
fn the_money_total_of_a_view_counts_each_distinct_amount_once_per_document() {
    let corpus = common::real_corpus();
    let totals = money_totals(&corpus, &listed(&corpus, "view=figures"));
    assert_eq!(totals.len(), 1, "{totals:?}");
    // Starmer: £75m, £150m, £6m, £24m; G7: £75m, £84m.
    assert_eq!((totals[0].currency.as_str(), totals[0].amounts), ("GBP", 6));
    assert_eq!(totals[0].total, (75.0 + 150.0 + 6.0 + 24.0 + 75.0 + 84.0) * 1e6);
    let g7 = money_totals(&corpus, &listed(&corpus, "view=figures&period=starmer-2024&q=G7"));
    assert!(g7.iter().all(|t| t.total <= totals[0].total));
}

#[test]
fn a_search_in_the_figures_view_selects_the_figures_whose_sentences_say_it() {
    let corpus = common::real_corpus();
    let in_sentence = |reference: &FigureRef| {
        reference.mentions(&corpus).iter().any(|mention| {
            let (paragraph, figure) = mention.resolve(&corpus).unwrap();
            figure.sentence.of(&paragraph.text).unwrap().to_lowercase().contains("rwanda")
        })
    };
    let every = listed(&corpus, "view=figures");
    let found = listed(&corpus, "view=figures&q=rwanda");
    let expected = every.iter().filter(|r| in_sentence(r)).count();
    assert!(expected > 0 && expected < every.len(), "{expected} of {}", every.len());
    assert_eq!(found.len(), expected);
    assert!(found.iter().all(in_sentence));
}
