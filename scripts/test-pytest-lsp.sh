#!/usr/bin/env bash
# `figcheck lsp` driven by pytest-lsp (PyPI) with the recorded capabilities of VS Code,
# Neovim 0.7 and latest, and Emacs; replies are checked against what each client
# announced. Keeps its virtualenv in target/pytest-lsp-venv.
#   FIGCHECK_BIN=path/to/figcheck scripts/test-pytest-lsp.sh   # use an existing binary
set -euo pipefail
cd "$(dirname "$0")/.."
tests=crates/lsp/tests/pytest
venv=target/pytest-lsp-venv

if [ ! -x "$venv/bin/pytest" ] || ! cmp -s "$tests/requirements.txt" "$venv/requirements.txt"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$tests/requirements.txt"
  cp "$tests/requirements.txt" "$venv/requirements.txt"
fi
if [ -z "${FIGCHECK_BIN:-}" ]; then
  cargo build -q -p figcheck
  FIGCHECK_BIN="$(pwd)/target/debug/figcheck"
fi
export FIGCHECK_BIN
export PYTHONDONTWRITEBYTECODE=1
"$venv/bin/pytest" -q -p no:cacheprovider -c "$tests/pytest.ini" "$tests"
