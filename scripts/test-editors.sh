#!/usr/bin/env bash
# The editor integrations' checks, run by scripts/test.sh when present:
#   1. Neovim end to end against `figcheck lsp` (installs Debian's neovim if missing);
#   2. pytest-lsp with VS Code, Neovim and Emacs capability profiles;
#   3. the VS Code extension compiles and packages (skipped, with a note, without npm).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/test-neovim.sh
scripts/test-pytest-lsp.sh

if command -v npm >/dev/null 2>&1; then
  scripts/build-vscode.sh
else
  echo "test-editors: npm not found; skipping the VS Code extension build"
fi
