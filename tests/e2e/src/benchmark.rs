//! What the search benchmarks share, natively and in the browser: the
//! generated corpus's size and seed, the fixed lists of views they time,
//! and how they summarise latencies.

/// The size of the generated corpus.
pub const GENERATED: usize = 5_000;
/// The generator's seed, so every run times the same corpus.
pub const SEED: u64 = 2024;
/// Each view's passages are built for this many results, as a page shows.
pub const PASSAGE_RESULTS: usize = explorer_core::view::PAGE;

/// The views, as URL query strings: 50 with search text (words, prefixes,
/// phrases, exclusions, OR, and with facet filters) and 3 with filters only.
pub const VIEWS: &[&str] = &[
    // single words
    "q=europol",
    "q=albania",
    "q=rwanda",
    "q=asylum",
    "q=smuggling",
    "q=france",
    "q=interpol",
    "q=boats",
    "q=accommodation",
    "q=border",
    "q=funding",
    "q=channel",
    "q=criminal",
    "q=returns",
    "q=gangs",
    "q=migrants",
    "q=hotels",
    "q=g7",
    // prefixes
    "q=smugg",
    "q=alb",
    "q=rwan",
    "q=asyl",
    "q=euro",
    "q=immig",
    "q=traff",
    // phrases
    "q=%22small+boats%22",
    "q=%22people+smuggling%22",
    "q=%22border+security%22",
    "q=%22national+crime+agency%22",
    "q=%22asylum+claims%22",
    // exclusions
    "q=rwanda+-france",
    "q=asylum+-rwanda",
    "q=smuggling+-albania",
    "q=boats+-channel",
    // OR
    "q=rwanda+OR+albania",
    "q=europol+OR+interpol",
    "q=hotels+OR+accommodation",
    "q=%22small+boats%22+OR+smuggling",
    // mixed
    "q=home+office+asylum",
    "q=illegal+migration+act",
    "q=organised+immigration+crime",
    // with facet filters
    "q=asylum&period=sunak-2022",
    "q=smuggling&period=starmer-2024",
    "q=rwanda&period=johnson-2019",
    "q=rwanda&topic=rwanda-partnership",
    "q=boats&agency=national-crime-agency",
    "q=asylum&type=press-release",
    "q=smugg&from=2023-01-01&to=2023-12-31",
    "q=border&period=sunak-2022&period=starmer-2024",
    "q=albania&sort=newest",
    // facets only
    "period=sunak-2022",
    "agency=national-crime-agency",
    "from=2022-01-01&to=2022-12-31",
];

/// The analysis views the benchmarks time, as URL query strings: each
/// analysis with and without a search.
pub const ANALYSIS_VIEWS: &[&str] = &[
    "view=trends",
    "q=%22small+boats%22&view=trends",
    "q=rwanda+OR+albania&view=trends",
    "view=compare",
    "q=asylum&view=compare",
    "topic=funding&view=compare",
    "q=%22small+boats%22&view=kwic",
    "q=asylum&view=kwic",
    "q=rwanda+OR+albania&sort=1R&view=kwic",
];

/// The `p`-th quantile (0..=1) of sorted figures, by nearest rank.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}
