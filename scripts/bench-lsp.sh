#!/usr/bin/env bash
# Prints the language server's speed and memory figures, measured in-process through
# real JSON-RPC framing over in-memory pipes, on a 2,000-word draft against the bundled
# corpus (release build):
#   - checking work: Engine::check_text on the draft (criterion, and a plain median);
#   - didChange -> publishDiagnostics after a pause (target: median < 50 ms), and at the
#     end of a burst of typing (bounded by the debounce window);
#   - VmRSS after each of three rounds of 10,000 edits (the last two must not both grow);
#     FIGCHECK_BENCH_ROUNDS=10 follows the trend further.
# Timings on a shared 2-core machine are noisy: read the medians, rerun before concluding.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -q -p figcheck-lsp --bench latency -- --noplot 2>/dev/null \
  | grep -vE '^(Benchmarking|Warning: Unable|Found [0-9]+ outliers|  [0-9]+ \([0-9.]+%\))' \
  | grep -v '^$'
