#!/usr/bin/env bash
# Imports GOV.UK and committees.parliament.uk documents into corpus/documents/
# (and, with --add-taxonomy, their taxonomy entries into corpus/taxonomy/):
# GOV.UK pages through the Content API, committee news pages as HTML. Runs
# the importer (tools/import) from this checkout; relative file names are
# read from where it is called. See `scripts/import.sh --help`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec cargo run --quiet --manifest-path "$root/Cargo.toml" -p corpus_import --bin import -- "$@"
