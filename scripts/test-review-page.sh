#!/usr/bin/env bash
# The HTML review page in a real browser: headless Chromium (Debian's package, installed
# if missing) loads the page figcheck writes for examples/draft.md and a Korean draft,
# dumps its DOM and takes a screenshot; scripts/review_page_check.py asserts the
# highlights, notes, quotes and counts against the JSON report of the same run, and
# that the screenshot shows the verdict colours.
#   REVIEW_SCREENSHOT=review.png scripts/test-review-page.sh   # keep the screenshot
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

browser=""
for name in chromium chromium-browser google-chrome; do
  if command -v "$name" >/dev/null 2>&1; then browser=$name; break; fi
done
if [ -z "$browser" ]; then
  echo "test-review-page: installing chromium (Debian package)"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser=chromium
fi

cargo build -q --release -p figcheck
bin="$repo/target/release/figcheck"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/korean.md" <<'EOF'
# 로봇

한국은 🤖 로봇 31,600대를 설치했다: Korea installed 31,600 industrial robots last year.
<!-- figcheck-ignore 77 -->
LG's K-EXAONE scores 32 on the Intelligence Index & "more".
EOF
drafts=(examples/draft.md "$work/korean.md")
# Exit 1 (flagged figures) is expected; 2 is not.
"$bin" check --format json --output "$work/report.json" "${drafts[@]}" || [ $? -eq 1 ]
"$bin" check --format html --output "$work/review.html" "${drafts[@]}" || [ $? -eq 1 ]

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --disable-extensions --user-data-dir="$work/profile")
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$work/review.html" \
  >"$work/dom.html" 2>"$work/browser.log"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,1600 \
  --screenshot="$work/review.png" "file://$work/review.html" >>"$work/browser.log" 2>&1
if [ ! -s "$work/dom.html" ] || [ ! -s "$work/review.png" ]; then
  echo "test-review-page: $browser produced no DOM or screenshot:" >&2
  tail -n 20 "$work/browser.log" >&2
  exit 1
fi
python3 scripts/review_page_check.py "$work/report.json" "$work/dom.html" "$work/review.png"
if [ -n "${REVIEW_SCREENSHOT:-}" ]; then
  cp "$work/review.png" "$REVIEW_SCREENSHOT"
  echo "test-review-page: screenshot in $REVIEW_SCREENSHOT"
fi
