#!/usr/bin/env bash
# Builds the release site and prints its performance figures (see
# tests/e2e/src/bin/bench.rs). Installs what is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test
trunk build --release
E2E_DIST="$PWD/dist" cargo run --quiet --release -p e2e --bin bench
