//! The analysis views on the real corpus, checked against counts taken
//! from the texts by a plain word split (not the search's tokenizer).

mod common;

use common::{open_link, real_corpus};
use explorer_core::analysis::{
    collocates, compare, concordance, occurrence_count, occurrences, trends, Concordance, LineText,
};
use explorer_core::research::{figure_index, figures_view};
use explorer_core::{Corpus, Explorer};

/// The paragraphs' words, lower case, split at anything but letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// How often the documents at `positions` have `first` followed by a word of `second`'s forms.
fn count_pairs(corpus: &Corpus, positions: &[usize], first: &str, second: &[&str]) -> usize {
    let paragraphs = positions.iter().flat_map(|&p| &corpus.documents()[p].paragraphs);
    let pairs = paragraphs.map(|p| {
        let words = words(&p.text);
        words.windows(2).filter(|w| w[0] == first && second.contains(&w[1].as_str())).count()
    });
    pairs.sum()
}

/// The concordance of `"small boats"` with `context` words each side, and the documents of its view.
fn small_boats(corpus: &Corpus, explorer: &Explorer, context: usize) -> (Concordance, Vec<usize>) {
    let (query, _) = open_link(corpus, explorer, "q=%22small+boats%22&view=kwic");
    let outcome = explorer.explore(&query);
    (concordance(corpus, explorer, &outcome, context, query.sort()), outcome.evaluation.documents)
}

#[test]
fn the_concordance_of_small_boats_lists_every_occurrence_and_no_other() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let (found, documents) = small_boats(&corpus, &explorer, 6);
    let expected = count_pairs(&corpus, &documents, "small", &["boat", "boats"]);
    assert_eq!(found.lines.len(), expected);
    assert!(expected >= 8, "the corpus has at least eight in its paragraphs");
    let search = explorer.search_index();
    let texts: Vec<LineText> = found.lines.iter().map(|l| found.text(search, l)).collect();
    assert!(texts.iter().all(
        |l| l.matched.eq_ignore_ascii_case("small boats") || l.matched.eq_ignore_ascii_case("small boat")
    ));
    let per_document: usize = found.per_document.iter().map(|(_, n)| n).sum();
    assert_eq!(per_document, found.lines.len());
    let every =
        count_pairs(&corpus, &(0..corpus.documents().len()).collect::<Vec<_>>(), "small", &["boat", "boats"]);
    assert_eq!(every, expected, "no document with the phrase is left out");
    // A line read off the Albania report.
    let albania = corpus.position("2023-06-12-hac-albania-asylum-claims").unwrap();
    let (line, text) = found
        .lines
        .iter()
        .zip(&texts)
        .find(|(l, text)| l.document == albania && text.matched == "small boats")
        .expect("a line");
    let paragraph = &corpus.documents()[albania].paragraphs[line.paragraph as usize - 1].text;
    assert!(paragraph.contains(&format!("{}{}{}", text.left, text.matched, text.right)));
    assert_eq!(words(&text.left).len(), 6, "six words before: {:?}", text.left);
}

#[test]
fn compare_sunak_against_starmer_finds_rwanda_on_the_sunak_side() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let (query, _) = open_link(&corpus, &explorer, "view=compare");
    let found = compare(&corpus, &explorer, &query).expect("two governments have documents");
    assert_eq!(found.a.query.to_query_string(), "period=sunak-2022");
    assert_eq!(found.b.query.to_query_string(), "period=starmer-2024");
    let rwanda = found.terms_a.iter().find(|t| t.text == "rwanda").expect("rwanda on the Sunak side");
    let sunak = explorer.explore(&found.a.query).evaluation.documents;
    let starmer = explorer.explore(&found.b.query).evaluation.documents;
    let count = |positions: &[usize]| -> u64 {
        let paragraphs = positions.iter().flat_map(|&p| &corpus.documents()[p].paragraphs);
        paragraphs.map(|p| words(&p.text).iter().filter(|w| *w == "rwanda").count() as u64).sum()
    };
    assert_eq!((rwanda.count_a, rwanda.count_b), (count(&sunak), count(&starmer)));
    assert_eq!(rwanda.count_b, 0);
    assert!(rwanda.keyness.g2 >= 6.63);
    assert_eq!((found.a.documents, found.b.documents), (sunak.len(), starmer.len()));
    assert!(found.terms_a.windows(2).all(|w| w[0].keyness.g2 >= w[1].keyness.g2));
    // The amounts of money are those the figures view lists for each side.
    for (side, link) in [
        (&found.a, "view=figures&period=sunak-2022&kind=money"),
        (&found.b, "view=figures&period=starmer-2024&kind=money"),
    ] {
        let (query, _) = open_link(&corpus, &explorer, link);
        let listed = figures_view(&corpus, &figure_index(&corpus), &query).listed.items.len();
        assert_eq!(side.money_amounts, listed, "{link}");
    }
    assert!(found.b.money_amounts > 0, "the Starmer release states £150 million");
}

#[test]
fn the_trend_spans_count_every_document_listed() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    for link in ["view=trends", "q=rwanda+OR+albania&view=trends", "topic=funding&view=trends"] {
        let (query, evaluation) = open_link(&corpus, &explorer, link);
        let found = trends(&corpus, &explorer, &explorer.explore(&query));
        let spanned: usize = found.spans.iter().map(|s| s.documents).sum();
        assert_eq!(spanned, evaluation.documents.len(), "{link}");
        assert!(found.spans.windows(2).all(|w| w[0].to < w[1].from), "{link}: spans in order, apart");
    }
    let (query, _) = open_link(&corpus, &explorer, "view=trends");
    let every = trends(&corpus, &explorer, &explorer.explore(&query));
    let bands: Vec<&str> = every.bands.iter().map(|b| b.slug.as_str()).collect();
    assert_eq!(bands, ["sunak-2022", "starmer-2024"]);
    let (query, _) = open_link(&corpus, &explorer, "q=rwanda+OR+albania&view=trends");
    let found = trends(&corpus, &explorer, &explorer.explore(&query));
    assert_eq!(found.series, ["rwanda", "albania"]);
    let rwanda: u64 = found.spans.iter().map(|s| s.counts[0]).sum();
    let all: Vec<usize> = (0..corpus.documents().len()).collect();
    let by_hand: usize = all
        .iter()
        .flat_map(|&p| &corpus.documents()[p].paragraphs)
        .map(|p| words(&p.text).iter().filter(|w| *w == "rwanda").count())
        .sum();
    assert_eq!(rwanda as usize, by_hand);
}

#[test]
fn collocates_of_small_boats_count_the_words_near_it() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let (lines, documents) = small_boats(&corpus, &explorer, 5);
    let near = collocates(&explorer, &lines, &documents);
    assert!(!near.is_empty());
    for collocate in &near {
        let in_context = lines.lines.iter().map(|l| {
            let text = lines.text(explorer.search_index(), l);
            let around = format!("{} {}", text.left, text.right);
            words(&around).iter().filter(|w| **w == collocate.text).count() as u64
        });
        assert!(
            collocate.near >= in_context.sum::<u64>(),
            "{}: at least its written form's count",
            collocate.text
        );
        assert!(collocate.total >= collocate.near);
    }
}

#[test]
fn a_word_counted_from_the_index_is_counted_as_its_marks_in_the_text() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let search = explorer.search_index();
    let mut typed: Vec<String> = corpus
        .documents()
        .iter()
        .flat_map(|document| &document.paragraphs)
        .flat_map(|paragraph| explorer_core::search::tokenize(&paragraph.text))
        .map(|token| token.text)
        .collect();
    typed.sort_unstable();
    typed.dedup();
    assert!(typed.len() > 1_000, "the corpus has its vocabulary: {}", typed.len());
    assert!(typed.iter().any(|word| word.starts_with('£')), "amounts are among the words");
    // Each word as typed, and the first letters of some, which complete to several words.
    let prefixes = typed.iter().step_by(50).map(|word| word.chars().take(3).collect::<String>());
    for q in typed.clone().into_iter().chain(prefixes) {
        let query = search.prepare(&q);
        for position in 0..corpus.documents().len() {
            let from_text = occurrences(search, &query, &[position]).len() as u64;
            let from_index = search.word_occurrences(&query, position);
            assert_eq!(from_index, Some(from_text), "{q:?} in document {position}");
            assert_eq!(occurrence_count(search, &query, position), from_text);
        }
    }
    let phrase = search.prepare("\"small boats\"");
    assert_eq!(search.word_occurrences(&phrase, 0), None, "a phrase is counted from the text");
}

#[test]
fn concordance_lines_placed_by_terms_are_the_marks_in_the_text() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let search = explorer.search_index();
    let paragraphs = || corpus.documents().iter().flat_map(|document| &document.paragraphs);
    let tokens: Vec<Vec<String>> = paragraphs()
        .map(|p| explorer_core::search::tokenize(&p.text).into_iter().map(|t| t.text).collect())
        .collect();
    let mut typed: Vec<String> = tokens.iter().flatten().cloned().collect();
    typed.sort_unstable();
    typed.dedup();
    // Words, the first letters of some, phrases of two and three words as written, and `OR`s.
    let words = typed.iter().cloned();
    let prefixes = typed.iter().step_by(20).map(|word| word.chars().take(3).collect::<String>());
    let phrases =
        tokens.iter().step_by(7).flat_map(|t| t.windows(2).step_by(9).chain(t.windows(3).step_by(13)));
    let phrases = phrases.map(|words| format!("\"{}\"", words.join(" ")));
    let alternatives = typed.windows(2).step_by(60).map(|pair| format!("{} OR {}", pair[0], pair[1]));
    // More words than the matcher tells apart by one bit each.
    let long = typed.iter().step_by(typed.len() / 80).cloned().collect::<Vec<_>>().join(" OR ");
    let queries: Vec<String> =
        words.chain(prefixes).chain(phrases).chain(alternatives).chain([long]).collect();
    assert!(queries.len() > 1_000, "{} queries", queries.len());
    for q in &queries {
        let query = explorer_core::Query { q: q.clone(), ..Default::default() };
        let outcome = explorer.explore(&query);
        let found = concordance(&corpus, &explorer, &outcome, 3, explorer_core::Sort::Newest);
        let mut from_terms: Vec<(usize, u32, String)> = found
            .lines
            .iter()
            .map(|line| (line.document, line.paragraph, found.text(search, line).matched))
            .collect();
        let query_text = outcome.search().expect("a search");
        let mut from_text: Vec<(usize, u32, String)> =
            occurrences(search, query_text, &outcome.evaluation.documents)
                .into_iter()
                .map(|o| {
                    let text = search.text_of(o.paragraph.id);
                    (o.document, o.paragraph.number, text[o.range].to_owned())
                })
                .collect();
        from_terms.sort();
        from_text.sort();
        assert_eq!(from_terms, from_text, "{q:?}");
    }
}

#[test]
fn lines_sorted_by_their_neighbours_are_in_the_order_of_the_neighbours_as_written() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let search = explorer.search_index();
    let folded =
        |text: &str| explorer_core::search::tokenize(text).into_iter().map(|t| t.text).collect::<Vec<_>>();
    for (sort, left) in [("1L", true), ("1R", false)] {
        let (query, _) =
            open_link(&corpus, &explorer, &format!("q=asylum+OR+boats+OR+rwanda&view=kwic&sort={sort}"));
        let found = concordance(&corpus, &explorer, &explorer.explore(&query), 2, query.sort());
        assert!(found.lines.len() > 50, "{} lines", found.lines.len());
        // The word next to the match, folded as the search folds it ("" at a paragraph's edge).
        let next: Vec<String> = found
            .lines
            .iter()
            .map(|line| {
                let text = found.text(search, line);
                let words = if left { folded(&text.left) } else { folded(&text.right) };
                let word = if left { words.last() } else { words.first() };
                word.cloned().unwrap_or_default()
            })
            .collect();
        assert!(next.windows(2).all(|w| w[0] <= w[1]), "sorted by {sort}: {next:?}");
    }
}

#[test]
fn pairs_past_the_bound_are_every_pair_as_frequent_as_asked_with_its_exact_counts() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let (search, words) = (explorer.search_index(), explorer.words());
    let of_period = |slug: &str| -> Vec<usize> {
        (0..corpus.documents().len()).filter(|&p| corpus.documents()[p].period == slug).collect()
    };
    let (sunak, starmer) = (of_period("sunak-2022"), of_period("starmer-2024"));
    assert!(!sunak.is_empty() && !starmer.is_empty());
    // Each pair of consecutive words neither left out, from the texts: the first token at each position.
    let count = |positions: &[usize]| {
        let mut pairs: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
        for paragraph in positions.iter().flat_map(|&p| &corpus.documents()[p].paragraphs) {
            let mut tokens = explorer_core::search::tokenize(&paragraph.text);
            tokens.dedup_by_key(|token| token.position);
            let terms: Vec<u32> = tokens
                .iter()
                .map(|token| search.find_term(&explorer_core::search::term(&token.text)).expect("indexed"))
                .collect();
            for pair in terms.windows(2).filter(|pair| !words.ignores(pair[0]) && !words.ignores(pair[1])) {
                *pairs.entry((u64::from(pair[0]) << 32) | u64::from(pair[1])).or_default() += 1;
            }
        }
        pairs
    };
    let (in_a, in_b) = (count(&sunak), count(&starmer));
    assert!(in_a.len() > 300 && !in_b.is_empty(), "{} and {} pairs", in_a.len(), in_b.len());
    for least in [1, 3, 8] {
        let (_, _, bounds) = words.count_sides(search, &sunak, &starmer);
        let counted = words.count_pairs(search, [&sunak, &starmer], &bounds, least);
        let keys = in_a.keys().chain(in_b.keys());
        for key in keys {
            let expected = [in_a.get(key).copied().unwrap_or(0), in_b.get(key).copied().unwrap_or(0)];
            if u64::from(expected[0] + expected[1]) >= least {
                assert_eq!(counted.get(key), Some(&expected), "pair {key:x} at least {least}");
            }
        }
    }
}

#[test]
fn each_term_is_written_as_its_most_frequent_word_in_the_texts() {
    let corpus = real_corpus();
    let explorer = Explorer::new(&corpus);
    let search = explorer.search_index();
    let texts = corpus
        .documents()
        .iter()
        .flat_map(|d| std::iter::once(&d.title).chain(d.paragraphs.iter().map(|p| &p.text)));
    let mut counts: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    for token in texts.flat_map(|text| explorer_core::search::tokenize(text)) {
        *counts.entry(token.text).or_default() += 1;
    }
    let mut by_term: std::collections::HashMap<u32, Vec<(&String, u32)>> = std::collections::HashMap::new();
    for (word, &count) in &counts {
        let term = search.find_term(&explorer_core::search::term(word)).expect("indexed");
        by_term.entry(term).or_default().push((word, count));
    }
    let mut checked = 0;
    for (term, forms) in &by_term {
        let best = forms.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).expect("a word");
        assert_eq!(search.written_form(*term), best.0.as_str(), "{forms:?}");
        checked += 1;
    }
    assert_eq!(checked, search.term_count(), "every term of the index is a word of the texts");
}
