#!/usr/bin/env bash
# Prints the explorer's performance figures: the release site's bundle and
# page timings (tests/e2e/src/bin/bench.rs), then search at 6 and at 5,000
# documents natively (search_bench.rs), held against tantivy on the judged
# queries (tests/search-reference/), and in headless Chromium against
# MiniSearch (browser_bench.rs). Installs what is missing first.
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
