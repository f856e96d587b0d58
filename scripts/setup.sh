#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine, and nothing when it is already
# there. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is required (https://rustup.rs)" >&2
  exit 2
fi
