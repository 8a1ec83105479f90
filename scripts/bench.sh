#!/usr/bin/env bash
# Prints the explorer's performance figures: the release site's bundle and
# page timings (tests/e2e/src/bin/bench.rs), then search at 6 and at 5,000
# documents natively (search_bench.rs), held against tantivy on the judged
# queries (tests/search-reference/), in headless Chromium against
# MiniSearch (browser_bench.rs), and loading the site beside Pagefind at 6
# and at 5,000 documents, with Lighthouse's audit (load_bench.rs). Installs
# what is missing first, and the load benchmark's own npm packages
# (tests/bench/: Pagefind, Lighthouse), which no test needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test

trunk build --release
E2E_DIST="$PWD/dist" cargo run --quiet --release -p e2e --bin bench

cargo run --quiet --release -p e2e --bin search_bench

# The same paragraphs in tantivy: both orders per judged query, their agreement, and latency at 5,000 documents.
cargo run --quiet --release -p search_reference

# The core as wasm, optimised as Trunk optimises the app, beside the page and MiniSearch.
page=target/browser-bench
cargo build --quiet --release --target wasm32-unknown-unknown -p browser_bench
mkdir -p "$page"
wasm-bindgen --target web --no-typescript --out-dir "$page" \
  target/wasm32-unknown-unknown/release/browser_bench.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -o "$page/browser_bench_bg.wasm" "$page/browser_bench_bg.wasm"
cp tests/browser-bench/page/* "$page/"
cp node_modules/minisearch/dist/es/index.js "$page/minisearch.js"
cargo run --quiet --release -p e2e --bin browser_bench

# Loading the site beside Pagefind: benchmark-only npm packages (Pagefind
# brings its binary as an npm package; Lighthouse uses Debian's Chromium).
if ! (cd tests/bench && npm ls --depth=0 >/dev/null 2>&1); then
  (cd tests/bench && npm ci --no-audit --no-fund --loglevel=error)
fi
# The generated corpus as sources, replaced only when the generator writes
# something else, so that the 5,000-document build is redone only then.
corpus=target/bench-corpus-5000
rm -rf "$corpus.new"
cargo run --quiet --release -p e2e --bin generate_corpus -- "$corpus.new"
if diff -rq "$corpus.new" "$corpus" >/dev/null 2>&1; then
  rm -rf "$corpus.new"
else
  rm -rf "$corpus" && mv "$corpus.new" "$corpus"
fi
EXPLORER_CORPUS="$corpus" trunk build --release --dist target/dist-5000
E2E_DIST="$PWD/dist" LOAD_BENCH_CORPUS="$PWD/$corpus" LOAD_BENCH_DIST="$PWD/target/dist-5000" \
  cargo run --quiet --release -p e2e --bin load_bench
