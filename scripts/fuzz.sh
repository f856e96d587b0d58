#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for SECONDS each (default 30) and prints, per target, the
# inputs executed and the outcome. Exits non-zero if any target finds a failure; the input
# that failed is kept in fuzz/artifacts/TARGET/ for `cargo fuzz run TARGET FILE`.
#
#   scripts/fuzz.sh            # 30 s a target, as CI runs it
#   scripts/fuzz.sh 600        # ten minutes a target
#   SEED=7 scripts/fuzz.sh 60  # another random sequence (CI uses SEED=1, so it is repeatable)
#
# Needs cargo-fuzz (scripts/setup.sh installs it) and a nightly toolchain; without one,
# stable is used with RUSTC_BOOTSTRAP=1, which unlocks the instrumentation flags it needs.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${1:-30}"
seed="${SEED:-1}"

if cargo +nightly --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
fuzz() { cargo "${toolchain[@]}" fuzz "$@"; }

# No sanitizer: the code is safe Rust, so AddressSanitizer would only slow the search;
# the targets' own assertions are the oracle.
fuzz build -s none

# The sources target also starts from the format fixtures (tests/formats), each behind the
# byte that picks its reader (fuzz/fuzz_targets/sources.rs); they are written into its working
# corpus, not kept twice in the repository.
mkdir -p corpus/sources
for fixture in ../tests/formats/*; do
  case "$fixture" in
    *.csv) pick='\000' ;; *.html) pick='\001' ;; *.docx) pick='\003' ;;
    *.xlsx) pick='\004' ;; *.pdf) pick='\005' ;; *) continue ;;
  esac
  { printf "$pick"; cat "$fixture"; } >"corpus/sources/fixture-$(basename "$fixture")"
done

failed=()
printf '%-12s %14s %8s  %s\n' target executions seconds result
for target in $(fuzz list); do
  mkdir -p "corpus/$target" "seeds/$target"
  log="$(mktemp)"
  status=0
  fuzz run -s none "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -seed="$seed" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $status)"
    failed+=("$target")
    # The panic message is on the lines after "panicked at", and the failing input is
    # printed as Base64 so it can be replayed from a CI log without the artifact.
    grep -A4 -E 'panicked' "$log" | head -20 >&2 || true
    grep -E 'ERROR|SUMMARY|Test unit written|^Base64:' "$log" | head -10 >&2 || true
  fi
  printf '%-12s %14s %8s  %s\n' "$target" "${runs:-?}" "$seconds" "$result"
  rm -f "$log"
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
