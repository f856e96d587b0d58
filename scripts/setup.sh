#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine, and nothing when it is already
# there. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is required (https://rustup.rs)" >&2
  exit 2
fi

# cargo-nextest runs the suite (scripts/test.sh falls back to `cargo test` without it);
# cargo-fuzz runs the fuzz targets (scripts/fuzz.sh). Both are built from crates.io.
for tool in cargo-nextest cargo-fuzz; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "setup: installing $tool"
    cargo install --locked "$tool" || echo "setup: could not install $tool; continuing without it" >&2
  fi
done
