#!/usr/bin/env bash
# A long walk of random in-page actions on the release build, from a random
# seed (or RANDOM_ACTIONS_SEED), RANDOM_ACTIONS_STEPS steps (2000 by default).
# It prints the seed; a failure prints the seed, step and actions to repeat it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh --test
trunk build --release
E2E_DIST="$PWD/dist" cargo run --quiet -p e2e --bin random_actions
