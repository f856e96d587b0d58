#!/usr/bin/env bash
# Prints figcheck's speed figures:
#   1. the engine checking a 2,000-word draft with ~100 figures (criterion, in-process);
#   2. `figcheck check` on that draft as a fresh process, with the index already built.
# Targets: 1 under 5 ms, 2 under 50 ms. Timings on a shared 2-core machine are noisy:
# read the medians, and rerun before drawing conclusions.
set -euo pipefail
cd "$(dirname "$0")/.."

draft=tests/bench/draft-2000.md
echo "== engine: check_text on $draft (criterion)"
cargo bench -q -p figcheck-check --bench engine -- --noplot 2>/dev/null \
  | grep -E "^[A-Za-z].*/|time:" || true

echo
echo "== figcheck check as a fresh process (release build, index built)"
cargo build -q --release -p figcheck
bin=target/release/figcheck
index_dir=$(mktemp -d)
trap 'rm -rf "$index_dir"' EXIT
"$bin" index --index "$index_dir" >/dev/null
python3 - "$bin" "$index_dir" "$draft" <<'PY'
import statistics, subprocess, sys, time
bin_, index, draft = sys.argv[1:4]
cmd = [bin_, "check", "--index", index, "--format", "json", draft]
for _ in range(3):
    subprocess.run(cmd, stdout=subprocess.DEVNULL)
times = []
for _ in range(30):
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
    if r.returncode not in (0, 1):
        sys.exit(f"figcheck exited {r.returncode}")
times.sort()
print(f"figcheck check {draft}: median {statistics.median(times):.1f} ms, "
      f"p90 {times[int(len(times) * 0.9) - 1]:.1f} ms, min {times[0]:.1f} ms over {len(times)} runs")
PY
