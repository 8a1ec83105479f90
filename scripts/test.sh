#!/usr/bin/env bash
# Runs every test: formatting, lints and docs (warnings are errors), the
# native tests of the core, the corpus compiler, the post-build tool and the
# importer, then builds the release site (at the root, under /explorer/, of
# the hostile test corpus, of the importer's fixtures imported from
# 127.0.0.1, and of 60 generated documents) and drives the builds in
# headless Chromium. Installs what is
# missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test

started=$SECONDS
# Each step names the disk space left, since a full disk shows up only as
# a linker's bus error.
step() { printf '\n\033[1m==> %s\033[0m (%s free)\n' "$*" "$(df -h --output=avail . | tail -1 | tr -d ' ')"; }

step "formatting, lints and docs: cargo fmt --check, cargo clippy, cargo doc"
cargo fmt --all --check
cargo clippy --workspace --all-targets --exclude explorer -- -D warnings
cargo clippy -p explorer --all-targets --target wasm32-unknown-unknown --features csr -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --exclude explorer --quiet
RUSTDOCFLAGS="-D warnings" cargo doc -p explorer --no-deps --target wasm32-unknown-unknown --features csr --quiet

step "native tests: explorer_core, corpus_compiler, post_build, corpus_import"
cargo test -p explorer_core -p corpus_compiler -p post_build -p corpus_import

step "release build at the root: dist/"
trunk build --release

step "release build under /explorer/: target/dist-subpath/"
trunk build --release --public-url /explorer/ --dist target/dist-subpath

step "release build of the hostile test corpus, its text in shards of a document or two: target/dist-hostile/"
EXPLORER_CORPUS=tests/fixtures/hostile-corpus EXPLORER_SHARD_KB=1 trunk build --release --dist target/dist-hostile

step "the importer's fixtures, served on 127.0.0.1, imported into target/imported-corpus and built: target/dist-imported/"
cargo run --quiet -p corpus_import --example fixture_corpus -- target/imported-corpus
EXPLORER_CORPUS=target/imported-corpus trunk build --release --dist target/dist-imported

step "60 generated documents, more than the first view lists, in several text shards: target/dist-generated/"
cargo run --quiet -p e2e --bin generate_corpus -- target/generated-corpus 60
EXPLORER_CORPUS=target/generated-corpus trunk build --release --dist target/dist-generated

step "end-to-end tests in headless Chromium"
E2E_DIST="$PWD/dist" E2E_DIST_SUBPATH="$PWD/target/dist-subpath" E2E_DIST_HOSTILE="$PWD/target/dist-hostile" \
  E2E_DIST_IMPORTED="$PWD/target/dist-imported" E2E_IMPORTED_CORPUS="$PWD/target/imported-corpus" \
  E2E_DIST_GENERATED="$PWD/target/dist-generated" E2E_GENERATED_CORPUS="$PWD/target/generated-corpus" \
  cargo test -p e2e --no-fail-fast -- --test-threads=2

printf '\n\033[1;32mall tests passed\033[0m in %ss\n' "$((SECONDS - started))"
