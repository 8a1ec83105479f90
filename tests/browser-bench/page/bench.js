// The in-browser search benchmark, served and driven by
// tests/e2e/src/bin/browser_bench.rs. `?corpus=<file>&engine=explorer|minisearch`
// loads a compiled corpus, indexes it, computes every view of views.json for
// one warm-up round and ROUNDS timed rounds (and, for the explorer, every
// analysis view of analysis.json after the word counts' first build), and
// leaves the figures (or an error) in `window.benchmark`.
import init, * as explorer from './browser_bench.js';
import MiniSearch from './minisearch.js';

const ROUNDS = 5;
const PASSAGE_RESULTS = 50;
const params = new URLSearchParams(location.search);

/// JS heap in use after a full garbage collection (needs --js-flags=--expose-gc
/// and --enable-precise-memory-info).
function heapBytes() {
  gc();
  return performance.memory.usedJSHeapSize;
}

function since(start) {
  return performance.now() - start;
}

/// Each view's latency in ms, one entry per view and round, after a warm-up round.
function timeViews(views, compute) {
  const results = views.map(compute);
  const latencies = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const view of views) {
      const start = performance.now();
      compute(view);
      latencies.push(since(start));
    }
  }
  return { results, latencies };
}

async function benchExplorer(corpusBytes, views, analysisViews) {
  await init();
  let start = performance.now();
  const documents = explorer.load(corpusBytes);
  const loadMs = since(start);
  const corpusBytesHeld = explorer.live_bytes();
  start = performance.now();
  explorer.index();
  const indexMs = since(start);
  const indexBytes = explorer.live_bytes() - corpusBytesHeld;
  const timed = timeViews(views, (view) => explorer.view(view, PASSAGE_RESULTS));
  const beforeWords = explorer.live_bytes();
  start = performance.now();
  explorer.count_words();
  const wordsMs = since(start);
  const wordsBytes = explorer.live_bytes() - beforeWords;
  const analysis = timeViews(analysisViews, (view) => explorer.analysis(view));
  return {
    documents, loadMs, indexMs, corpusBytes: corpusBytesHeld, indexBytes, ...timed,
    wordsMs, wordsBytes, analysisResults: analysis.results, analysisLatencies: analysis.latencies,
  };
}

/// A document's facet values, as `facet:slug` strings.
function facetValues(doc) {
  const values = new Set([`period:${doc.period}`, `type:${doc.doc_type.value}`]);
  for (const agency of doc.publishers.value) values.add(`agency:${agency}`);
  for (const paragraph of doc.paragraphs) {
    for (const tag of paragraph.tags) values.add(`${tag.facet}:${tag.slug}`);
  }
  return [...values];
}

/// MiniSearch's nearest reading of our query syntax: its words (quotes and
/// excluded words dropped), all required unless the text has OR, the last a prefix.
function miniSearchQuery(q) {
  const words = q.replace(/"/g, ' ').split(/\s+/).filter((w) => w && !w.startsWith('-'));
  const anyOf = words.includes('OR');
  return { text: words.filter((w) => w !== 'OR').join(' '), combineWith: anyOf ? 'OR' : 'AND' };
}

function miniSearchView(search, paragraphDocument, docs, view) {
  const params = new URLSearchParams(view);
  const { text, combineWith } = miniSearchQuery(params.get('q'));
  const wanted = ['period', 'topic', 'agency', 'type']
    .map((facet) => params.getAll(facet).map((slug) => `${facet}:${slug}`))
    .filter((values) => values.length > 0);
  const from = params.get('from');
  const to = params.get('to');
  const keeps = (d) =>
    (!from || docs[d].date >= from) &&
    (!to || docs[d].date <= to) &&
    wanted.every((values) => values.some((value) => docs[d].values.includes(value)));
  const hits = search.search(text, {
    combineWith,
    prefix: (term, i, terms) => i === terms.length - 1,
    filter: (hit) => keeps(paragraphDocument[hit.id]),
  });
  const best = new Map();
  for (const hit of hits) {
    const d = paragraphDocument[hit.id];
    best.set(d, Math.max(best.get(d) ?? 0, hit.score));
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const counts = new Map();
  for (const [d] of ranked) {
    for (const value of docs[d].values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return ranked.length;
}

async function benchMiniSearch(corpusBytes, views) {
  const heapBefore = heapBytes();
  let start = performance.now();
  const corpus = JSON.parse(new TextDecoder().decode(corpusBytes));
  const loadMs = since(start);
  const heapAfterLoad = heapBytes();
  start = performance.now();
  const docs = corpus.documents.map((doc) => ({ date: doc.date.value, values: facetValues(doc) }));
  const search = new MiniSearch({ fields: ['text'] });
  const paragraphDocument = [];
  corpus.documents.forEach((doc, d) => {
    const texts = [doc.title, ...doc.paragraphs.map((p) => p.text)];
    search.addAll(texts.map((text) => ({ id: paragraphDocument.push(d) - 1, text })));
  });
  const indexMs = since(start);
  const indexBytes = heapBytes() - heapAfterLoad;
  const searchViews = views.filter((view) => new URLSearchParams(view).has('q'));
  const timed = timeViews(searchViews, (view) => miniSearchView(search, paragraphDocument, docs, view));
  return {
    documents: corpus.documents.length,
    loadMs,
    indexMs,
    corpusBytes: heapAfterLoad - heapBefore,
    indexBytes,
    ...timed,
  };
}

async function run() {
  const corpusBytes = new Uint8Array(await (await fetch(params.get('corpus'))).arrayBuffer());
  const views = await (await fetch('views.json')).json();
  const engine = params.get('engine');
  if (engine === 'explorer') {
    return benchExplorer(corpusBytes, views, await (await fetch('analysis.json')).json());
  }
  if (engine === 'minisearch') return benchMiniSearch(corpusBytes, views);
  throw new Error(`unknown engine ${engine}`);
}

run().then(
  (figures) => { window.benchmark = { engine: params.get('engine'), ...figures }; },
  (error) => { window.benchmark = { error: String(error.stack ?? error) }; },
).finally(() => { document.getElementById('status').textContent = 'done'; });
