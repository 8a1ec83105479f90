#!/usr/bin/env bash
# Fuzzes the corpus source parser and the URL query parser: the #[ignore]d
# proptests of compiler/tests/fuzz_*.rs, FUZZ_CASES cases each (default
# 100000), in release. A panic, a case over 1 s or a hang fails the run.
# Usage: scripts/fuzz.sh            FUZZ_CASES=1000000 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export FUZZ_CASES="${FUZZ_CASES:-100000}"
started=$SECONDS
printf '\033[1m==> fuzzing with %s cases a property\033[0m\n' "$FUZZ_CASES"
cargo test --release -p corpus_compiler --test fuzz_sources --test fuzz_query -- --ignored
printf '\n\033[1;32mfuzzing passed\033[0m: %s cases a property in %ss\n' "$FUZZ_CASES" "$((SECONDS - started))"
