#!/usr/bin/env bash
# Runs a command on the project's Node.js 24 runtime (see node-env.sh), installing the
# dependencies first when they are missing or were built for another Node.js (better-sqlite3 is
# native). Used by `npm start`, `npm test` and the other npm scripts that run project code.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$hotelops_root"
if [ ! -d node_modules ]; then
  echo "node: installing dependencies with Node.js $(node --version)" >&2
  npm ci --no-audit --no-fund
elif ! node -e "const p=require.resolve('better-sqlite3',{paths:['shared/kernel']});new (require(p))(':memory:').close()" 2>/dev/null; then
  echo "node: rebuilding native modules for Node.js $(node --version)" >&2
  npm rebuild better-sqlite3
fi
# --build: compile the workspace first (quietly), as the scripts that run dist/ code need.
if [ "${1:-}" = "--build" ]; then
  shift
  npm run -s build
fi
exec "$@"
