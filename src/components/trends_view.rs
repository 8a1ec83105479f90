//! The trends view: an SVG chart built as DOM nodes (documents per span, or
//! each search term's occurrences per 10,000 words), the government periods
//! as bands, every point focusable with its raw counts, and the same
//! figures as a table whose spans link to their documents.

use crate::view_state::{Listed, ViewState};
use explorer_core::analysis::{Span, Trends};
use explorer_core::{Query, View};
use leptos::prelude::*;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 36.0;

/// The change to the documents view of a span's dates (within the view's own).
fn to_span(span: &Span) -> impl Fn(&mut Query) + Copy + 'static {
    let (from, to) = (span.from, span.to);
    move |q: &mut Query| {
        q.from = Some(q.from.map_or(from, |f| f.max(from)));
        q.to = Some(q.to.map_or(to, |t| t.min(to)));
        q.set_view(View::Documents);
    }
}

/// What a span holds, in words: for the table, the hover and screen readers.
fn described(trends: &Trends, span: &Span) -> String {
    let documents = View::Documents.count(span.documents);
    let counts = trends
        .series
        .iter()
        .enumerate()
        .map(|(i, term)| format!("{term}: {} ({:.1} per 10,000 words)", span.counts[i], span.rate(i)));
    std::iter::once(format!("{}: {documents}, {} words", span.label, span.words))
        .chain(counts)
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
pub fn TrendsView() -> impl IntoView {
    let state = ViewState::get();
    move || {
        state.listed.with(|listed| match listed {
            Listed::Trends(trends) if !trends.spans.is_empty() => view! {
                <div class="trends">
                    {chart(state, trends)}
                    {table(state, trends)}
                </div>
            }
            .into_any(),
            _ => view! { <p class="empty">"No documents to chart: widen the filters or the search."</p> }
                .into_any(),
        })
    }
}

fn chart(state: ViewState, trends: &Trends) -> impl IntoView {
    let searching = !trends.series.is_empty();
    let values: Vec<Vec<f64>> = if searching {
        (0..trends.series.len()).map(|i| trends.spans.iter().map(|s| s.rate(i)).collect()).collect()
    } else {
        vec![trends.spans.iter().map(|s| s.documents as f64).collect()]
    };
    let top = values.iter().flatten().copied().fold(0.0, f64::max).max(1.0);
    let step = (WIDTH - LEFT - RIGHT) / trends.spans.len() as f64;
    let x = move |i: usize| LEFT + step * (i as f64 + 0.5);
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top);
    // A date's place on the axis: its span, and how far into it.
    let days = |d: explorer_core::Date| {
        let index = trends.spans.iter().position(|s| s.to >= d).unwrap_or(trends.spans.len() - 1);
        let span = &trends.spans[index];
        let (into, length) = (days_between(span.from, d), days_between(span.from, span.to) + 1.0);
        LEFT + step * (index as f64 + into / length)
    };
    let bands = trends.bands.iter().enumerate().map(|(i, band)| {
        let (x0, x1) = (days(band.from), days(band.to) + step / 31.0);
        view! {
            <g class=format!("chart-band band-{}", i % 2)>
                <rect x=x0 y=TOP - 22.0 width=(x1 - x0).max(1.0) height=HEIGHT - BOTTOM - TOP + 22.0></rect>
                <text x=x0 + 4.0 y=TOP - 8.0 class="band-label">{short_name(&band.slug, &band.label)}</text>
                <title>{band.label.clone()}</title>
            </g>
        }
    });
    // Whole numbers of documents; rates in quarters of the highest.
    let tick_values: Vec<f64> = if searching {
        (0..=4).map(|k| top * f64::from(k) / 4.0).collect()
    } else {
        let step = (top / 4.0).ceil();
        (0..=4).map(|k| step * f64::from(k)).take_while(|v| *v <= top).collect()
    };
    let ticks = tick_values.into_iter().map(|value| {
        let label = if searching { format!("{value:.1}") } else { format!("{value:.0}") };
        view! {
            <g class="chart-tick">
                <line x1=LEFT x2=WIDTH - RIGHT y1=y(value) y2=y(value)></line>
                <text x=LEFT - 6.0 y=y(value) + 4.0 text-anchor="end">{label}</text>
            </g>
        }
    });
    let every = trends.spans.len().div_ceil(12);
    let labels = trends.spans.iter().enumerate().filter(|(i, _)| i % every == 0).map(|(i, span)| {
        view! { <text class="chart-label" x=x(i) y=HEIGHT - BOTTOM + 16.0 text-anchor="middle">{span.label.clone()}</text> }
    });
    let lines = searching.then(|| {
        values
            .iter()
            .enumerate()
            .map(|(series, points)| {
                let path: Vec<String> = points.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v))).collect();
                view! { <polyline class=format!("chart-line series-{}", series % 4) points=path.join(" ")></polyline> }
            })
            .collect_view()
    });
    let points = trends.spans.iter().enumerate().flat_map(|(i, span)| {
        let (change, about) = (to_span(span), described(trends, span));
        values.iter().enumerate().map(move |(series, points)| {
            let (label, about, v) = (about.clone(), about.clone(), points[i]);
            let shape = if searching {
                view! { <circle cx=x(i) cy=y(v) r="5"></circle> }.into_any()
            } else {
                let (x0, bar) = (x(i) - step * 0.35, step * 0.7);
                view! { <rect x=x0 y=y(v) width=bar height=(HEIGHT - BOTTOM - y(v)).max(0.0)></rect> }
                    .into_any()
            };
            view! {
                <g>
                    <a class=format!("chart-point series-{}", series % 4) href=state.href_with(change)
                        aria-label=label data-span=i>
                        <title>{about}</title>
                        {shape}
                    </a>
                </g>
            }
        })
    });
    let legend = searching.then(|| {
        let items = trends.series.iter().enumerate().map(|(i, term)| {
            view! { <li><span class=format!("legend-swatch series-{}", i % 4)></span>{term.clone()}</li> }
        });
        view! { <ul class="chart-legend" aria-label="Series">{items.collect_view()}</ul> }
    });
    let title = if searching { "Occurrences per 10,000 words, by span" } else { "Documents per span" };
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            {legend}
            // On a phone the chart keeps a legible size and scrolls sideways.
            <div class="chart-scroll">
                <svg data-chart="" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label=title>
                    {bands.collect_view()}
                    {ticks.collect_view()}
                    {labels.collect_view()}
                    {lines}
                    {points.collect_view()}
                </svg>
            </div>
        </figure>
    }
}

/// A government's band label: "Sunak government"; its full label when the
/// taxonomy lacks it.
fn short_name(slug: &str, label: &str) -> String {
    let governments = &crate::embedded::corpus().taxonomy().governments;
    let government = governments.iter().find(|g| g.slug == slug);
    let surname = government.and_then(|g| g.prime_minister.split_whitespace().last());
    surname.map_or_else(|| label.to_owned(), |name| format!("{name} government"))
}

/// Roughly the days from `from` to `to` (months of 31 days): enough to
/// place a date within its span on the axis.
fn days_between(from: explorer_core::Date, to: explorer_core::Date) -> f64 {
    let number = |d: explorer_core::Date| {
        f64::from(d.day()) + 31.0 * f64::from(d.month()) + 372.0 * f64::from(d.year())
    };
    number(to) - number(from)
}

fn table(state: ViewState, trends: &Trends) -> impl IntoView {
    let series_heads = trends.series.iter().map(|term| {
        view! { <th scope="col">{format!("{term}: occurrences")}</th><th scope="col">{format!("{term}: per 10,000 words")}</th> }
    });
    let rows = trends.spans.iter().map(|span| {
        let cells = (0..trends.series.len()).map(|i| {
            view! { <td class="number">{span.counts[i]}</td><td class="number">{format!("{:.1}", span.rate(i))}</td> }
        });
        view! {
            <tr data-span-documents=span.documents>
                <th scope="row"><a href=state.href_with(to_span(span))>{span.label.clone()}</a></th>
                <td class="number">{span.documents}</td>
                <td class="number">{span.words}</td>
                {cells.collect_view()}
            </tr>
        }
    });
    view! {
        <details class="chart-table" open=true>
            <summary>"The chart as a table"</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label="The chart as a table">
                <table data-chart-table="">
                    <caption>"Each span with its documents, words and occurrences; a span links to its documents"</caption>
                    <thead><tr><th scope="col">"Span"</th><th scope="col">"Documents"</th><th scope="col">"Words"</th>{series_heads.collect_view()}</tr></thead>
                    <tbody>{rows.collect_view()}</tbody>
                </table>
            </div>
        </details>
    }
}
