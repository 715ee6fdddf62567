#!/usr/bin/env bash
# Makes this machine able to build and run the project's containers without any registry:
# podman (+ podman-compose, runc, debootstrap) from Debian when missing, the two podman settings
# a rootful sandbox needs, and locally made stand-ins for the official images users pull
# (Node, Apache Kafka, PostgreSQL, Redis), all FROM a Debian base made with debootstrap.
# Every step is skipped when its result already exists, so a second run takes seconds.
# Env: HOTELOPS_FORCE_IMAGES=1 rebuilds the local images.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$ROOT/infra/containers"
source "$DIR/images.env"
log() { echo "containers: $*" >&2; }
t0=$SECONDS

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# netavark (podman's network backend) sets up container networks with iptables; a machine
# without it fails every `up` with "netavark: No such file or directory". `kube play` builds its
# pods' pause image around catatonit.
missing=()
for tool in podman podman-compose runc debootstrap iptables catatonit; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]} from Debian"
  sudo_ apt-get update -q
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends podman podman-compose runc debootstrap \
    iptables catatonit netavark aardvark-dns slirp4netns uidmap fuse-overlayfs >&2
fi

# Without these every container fails to start in this kind of sandbox (RLIMIT_NOFILE/NPROC are
# not ours to raise, and crun does not support hybrid cgroups).
conf=/etc/containers/containers.conf
if ! grep -qs 'runtime = "runc"' "$conf"; then
  log "writing $conf (ulimits, runc)"
  sudo_ mkdir -p /etc/containers
  printf '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]\n[engine]\nruntime = "runc"\n' | sudo_ tee "$conf" >/dev/null
fi

# Kafka, PostgreSQL and Redis stand-ins are current when they carry the hash of the recipes they
# were built from (the Node one is rebuilt with HOTELOPS_FORCE_IMAGES=1: it is every build's base).
RECIPE="$(cat "$DIR/local/"* | sha1sum | cut -c1-12)"
have() { [ -z "${HOTELOPS_FORCE_IMAGES:-}" ] && podman image exists "$1"; }
current() { have "$1" && [ "$(podman image inspect --format '{{index .Labels "hotelops.recipe"}}' "$1")" = "$RECIPE" ]; }

# 1. Debian bookworm minbase, the root of every local image.
if ! have "$BASE_IMAGE"; then
  mirror="$(sed -n 's/^URIs: *\(http[^ ]*debian\/*\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)"
  [ -n "$mirror" ] || mirror="$(awk '$1=="deb" && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)"
  mirror="${mirror:-http://deb.debian.org/debian}"
  log "debootstrap bookworm (minbase) from $mirror"
  rootfs="$(mktemp -d)"
  trap 'rm -rf "$rootfs"' EXIT
  debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" "$mirror" >/dev/null
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | podman import -q - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

build() { # image containerfile context [build args…]
  local image="$1" file="$2" ctx="$3"
  shift 3
  if current "$image"; then return 0; fi
  log "building $image"
  podman build -q --network host --label "hotelops.recipe=$RECIPE" --build-arg "BASE_IMAGE=$BASE_IMAGE" "$@" -f "$file" -t "$image" "$ctx" >/dev/null
}

# 2. Node: the project's pinned Node.js 24 (the official build, from the npm registry) on the base,
#    laid out like the official node image (/usr/local, headers included).
#    npm is the one this machine runs (the registry's Node build ships without it).
source "$ROOT/infra/node/node-env.sh"
if ! have "$NODE_IMAGE"; then
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  ctx="$(mktemp -d)"
  mkdir -p "$ctx/bin" "$ctx/include" "$ctx/lib/node_modules"
  cp "$node_prefix/bin/node" "$ctx/bin/"
  cp -r "$node_prefix/include/node" "$ctx/include/"
  cp -rL "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$ctx/lib/node_modules/npm"
  # the CAs this machine trusts (a TLS-inspecting proxy in front of the npm registry, say)
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
  build "$NODE_IMAGE" "$DIR/local/node.Containerfile" "$ctx"
  rm -rf "$ctx"
fi

# 3. Apache Kafka: the project's broker jars (Maven Central, infra/kafka) on a Debian JRE.
if ! current "$KAFKA_IMAGE"; then
  bash "$ROOT/infra/kafka/kafka.sh" fetch
  ctx="$(mktemp -d)"
  cp -r "$ROOT/infra/kafka/.cache/lib" "$ctx/lib" && rm -f "$ctx/lib/.fetched"
  cp "$DIR/local/kafka-entrypoint.sh" "$DIR/local/kafka-broker-api-versions.sh" "$ctx/"
  build "$KAFKA_IMAGE" "$DIR/local/kafka.Containerfile" "$ctx"
  rm -rf "$ctx"
fi

# 4. PostgreSQL and Redis from Debian, with the official images' interface (env, init scripts).
build "$POSTGRES_IMAGE" "$DIR/local/postgres.Containerfile" "$DIR/local"
build "$REDIS_IMAGE" "$DIR/local/redis.Containerfile" "$DIR/local"

log "ready in $((SECONDS - t0)) s: $(podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'localhost/hotelops-local' | tr '\n' ';')"
