#!/usr/bin/env bash
# The project's test command (the README names it; .ci/run calls it).
# Runs format and lint checks, every Rust test in the workspace, and prints the quality
# reports (development set, Recognizers-Text conformance, every labelled set through
# scripts/quality.py, which fails the run below its floors) on the way.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage prints the minutes and seconds since the start, so a CI log shows where the time
# goes (CI must stay well inside its limit).
stage() { printf '== %s (at %dm%02ds)\n' "$1" $((SECONDS / 60)) $((SECONDS % 60)); }

stage "format"
cargo fmt --all -- --check

stage "lint"
cargo clippy -q --workspace --all-targets -- -D warnings

stage "quality reports"
cargo test -q -p figcheck-check --test devset -- --nocapture 2>&1 | grep -vE '^(running|test result|$)' || true
cargo test -q -p figcheck-figures --test recognizers -- --nocapture 2>&1 | grep -vE '^(running|test result|$)' || true
# Every labelled set (devset, holdouts, tests/fresh/, SummEdits dev and blind) through the release
# binary, one table; fails when a set misses its floor in tests/quality-floors.tsv.
cargo build -q --release -p figcheck
python3 scripts/quality.py

# The OpenSearch backend against a real cluster (fetched from Maven Central by
# scripts/opensearch.sh): the same reports as the embedded index on the sample draft and
# on cases of every labelled set, a clear error when the cluster is gone, and, on two
# nodes, checks that stay right (or fail clearly) when a node dies. Locally it is skipped
# without Java and Maven; in CI (CI=true) it is required.
stage "OpenSearch backend"
if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then
  trap 'scripts/opensearch.sh stop >/dev/null 2>&1 || true' EXIT
  scripts/opensearch.sh stop >/dev/null 2>&1 || true
  url="$(scripts/opensearch.sh start | tail -1)"
  python3 scripts/test-opensearch.py "$url"
  scripts/opensearch.sh stop
  url="$(scripts/opensearch.sh start 2 | tail -1)"
  python3 scripts/test-opensearch.py "$url" --kill-node
  scripts/opensearch.sh stop
elif [ "${CI:-}" = "true" ]; then
  echo "opensearch: Java and Maven are required in CI to run a real cluster" >&2
  exit 1
else
  echo "opensearch: skipped, Java or Maven is missing"
fi

for extra in scripts/test-editors.sh scripts/test-review-page.sh; do
  if [ -x "$extra" ]; then
    stage "$extra"
    "$extra"
  fi
done

# Every fuzz target for a short while (FUZZ_SECONDS, default 30), so a regression that
# makes a front end panic or misreport a position fails the run. Locally it is skipped
# when cargo-fuzz is missing; in CI (CI=true) it is required.
stage "fuzz"
if cargo fuzz --version >/dev/null 2>&1; then
  scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
elif [ "${CI:-}" = "true" ]; then
  echo "fuzz: cargo-fuzz is missing (scripts/setup.sh installs it)" >&2
  exit 1
else
  echo "fuzz: skipped, cargo-fuzz is not installed (cargo install --locked cargo-fuzz)"
fi

stage "tests"
cargo test -q --workspace --doc
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --all-targets --no-fail-fast
else
  cargo test --workspace --all-targets --no-fail-fast
fi
stage "done"
