#!/usr/bin/env bash
# End-to-end test of `figcheck lsp` with a real editor: Neovim (headless) is the client.
# Installs Debian's neovim if it is missing, builds figcheck, loads the setup from
# editors/neovim/legacy-0.7.lua (the one for Debian's 0.7.2), opens a draft whose line has
# Korean text and an emoji before a wrong figure, and asserts on the diagnostics, hover
# and definition Neovim received, and on the diagnostics clearing after an edit made in
# the buffer. Exits non-zero on any mismatch.
#   FIGCHECK_BIN=path/to/figcheck scripts/test-neovim.sh   # use an existing binary
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if ! command -v nvim >/dev/null 2>&1; then
  echo "test-neovim: installing neovim (Debian package)"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq neovim >/dev/null
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "test-neovim: python3 is needed to read the results" >&2
  exit 2
fi

if [ -z "${FIGCHECK_BIN:-}" ]; then
  cargo build -q -p figcheck
  FIGCHECK_BIN="$repo/target/debug/figcheck"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$(cd "$(dirname "$FIGCHECK_BIN")" && pwd)/$(basename "$FIGCHECK_BIN")" "$work/bin/figcheck"
export PATH="$work/bin:$PATH"
export FIGCHECK_REPO="$repo"
export FIGCHECK_DRAFT="$work/draft.md"
export FIGCHECK_OUT="$work/result.json"
cat > "$work/figcheck.toml" <<TOML
index = "index"

[[corpus]]
path = "$repo/corpus"
TOML
printf '# Robots\n\n한국은 🤖 로봇 31,600대를 설치했다: Korea installed 31,600 industrial robots last year.\n' \
  > "$FIGCHECK_DRAFT"

echo "test-neovim: $(nvim --version | head -1), server $FIGCHECK_BIN"
(cd "$work" && timeout 180 nvim --headless -u NONE -i NONE -n \
  -c "luafile $repo/scripts/nvim-e2e.lua") </dev/null
if [ ! -s "$FIGCHECK_OUT" ]; then
  echo "test-neovim: FAILED: Neovim wrote no results" >&2
  exit 1
fi

python3 - "$FIGCHECK_OUT" "$repo/corpus/003_57944011cd868486.txt" <<'PY'
import json, sys

result = json.load(open(sys.argv[1]))
source = sys.argv[2]
failures = []

def check(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")

before = result.get("before", [])
wrong = [d for d in before if d.get("code") == "contradicted"]
check("contradicted diagnostics", len(wrong), 1)
if wrong:
    d = wrong[0]
    # Neovim reports byte columns: the server's UTF-16 range 41..47 is bytes 65..71.
    check("range", (d["lnum"], d["col"], d["end_lnum"], d["end_col"]), (2, 65, 2, 71))
    check("severity (1 = error)", d["severity"], 1)
    check("source", d["source"], "figcheck")
    if not d["message"].startswith("31,600 — the source says 30,600 (") or \
            not d["message"].endswith("003_57944011cd868486.txt:23)"):
        failures.append(f"message: {d['message']!r}")
unsupported = [d for d in before if d.get("code") == "unsupported"]
# The Korean figure starts at byte 22 (its end depends on whether the extractor keeps
# the counter 대); it is a warning.
check("unsupported diagnostics (the Korean figure)",
      [(d["lnum"], d["col"], d["severity"]) for d in unsupported], [(2, 22, 2)])

hover = result.get("hover") or ""
for part in ("contradicted: the source says 30,600", "claim:", "Korea installed 30,600 industrial robots"):
    if part not in hover:
        failures.append(f"hover lacks {part!r}: {hover!r}")

definition = result.get("definition") or {}
if isinstance(definition, list):
    definition = definition[0] if definition else {}
check("definition uri", definition.get("uri"), "file://" + source)
check("definition line", definition.get("range", {}).get("start", {}).get("line"), 22)

after = result.get("after", [])
check("contradicted after the fix", [d for d in after if d.get("code") == "contradicted"], [])
check("server exit code after shutdown/exit", result.get("exit_code"), 0)

if failures:
    print("test-neovim: FAILED", file=sys.stderr)
    for f in failures:
        print("  " + f, file=sys.stderr)
    print(json.dumps(result, indent=2, ensure_ascii=False), file=sys.stderr)
    sys.exit(1)
print(f"test-neovim: ok ({len(before)} diagnostics, hover, definition, fix cleared it, clean exit)")
PY
