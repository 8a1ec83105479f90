#!/usr/bin/env bash
# Builds the explorer (release) and serves it at http://127.0.0.1:8080,
# rebuilding when a source changes. Installs what is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec trunk serve --release "$@"
