#!/usr/bin/env bash
# Builds the VS Code extension: installs its locked dependencies, type-checks and
# compiles it, and packages it as editors/vscode/figcheck-<version>.vsix.
# Needs node and npm; `npm ci` needs the npm registry (or a warm npm cache); packaging
# itself works offline.
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install tsc -p .
if [ "${FIGCHECK_SKIP_VSIX:-}" != 1 ]; then
  npx --no-install vsce package --allow-missing-repository --skip-license
fi
ls -l out/extension.js
