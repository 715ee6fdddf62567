#!/usr/bin/env bash
# Builds the six images (five subgraphs + gateway) from the one Dockerfile with podman, FROM
# NODE_IMAGE (default: the local stand-in setup.sh makes). The Dockerfile's shared part (target
# `runtime`: npm ci, tsc -b, prune, runtime layer) is built once; each image then adds the
# Dockerfile's own per-service tail (from `ARG SERVICE` on) — what `--build-arg SERVICE=…`
# builds, without re-checking the shared stages five more times (minutes on 2 cores).
# No layer cache for the tail: podman 4.3 reuses a cached WORKDIR layer whatever SERVICE is.
# The host's npm cache is lent to the build; the images do not keep it.
# Usage: build-images.sh <prefix> <tag>   e.g. localhost/hotelops test
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/infra/containers/images.env"
prefix="$1" tag="$2"
t=$SECONDS
mkdir -p "$HOME/.npm"
podman build -q --format docker --network host -v "$HOME/.npm:/root/.npm" --build-arg NODE_IMAGE="$NODE_IMAGE" \
  --target runtime -t "$prefix/runtime:$tag" "$ROOT" >/dev/null
echo "images: built $prefix/runtime:$tag in $((SECONDS - t)) s" >&2
tail_="$(sed -n '/^ARG SERVICE/,$p' "$ROOT/Dockerfile")"
[ -n "$tail_" ] || { echo "images: no 'ARG SERVICE' tail in the Dockerfile" >&2; exit 1; }
for s in staffing reservations fnb inventory care gateway; do
  printf 'FROM %s\n%s\n' "$prefix/runtime:$tag" "$tail_" |
    podman build -q --layers=false --format docker --build-arg SERVICE="$s" -t "$prefix/$s:$tag" -f - "$ROOT/infra/containers/local" >/dev/null
done
echo "images: six service images in $((SECONDS - t)) s" >&2
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' --filter "reference=$prefix/*:$tag" >&2
