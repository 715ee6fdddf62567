#!/usr/bin/env bash
# `npm run test:compose`: builds the images with podman (FROM the local Node image setup.sh
# makes), brings docker-compose.yml up with podman-compose under a private project name (own
# network, volumes and containers; only the gateway is published, on a free 127.0.0.1 port — the
# host's PostgreSQL, Redis and Kafka are never touched), waits on the health endpoints, runs
# compose-flow (cross-domain flow over the containerised Kafka, a graceful restart of care, a
# joined query), then tears everything down — also when a step fails.
# Env: KEEP_COMPOSE=1 leaves the stack running for a look.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source infra/containers/images.env
t0=$SECONDS
log() { echo "test:compose [$((SECONDS - t0))s] $*" >&2; }

command -v podman-compose >/dev/null || { log "podman-compose missing: run bash infra/containers/setup.sh"; exit 1; }
podman image exists "$NODE_IMAGE" || { log "$NODE_IMAGE missing: run bash infra/containers/setup.sh"; exit 1; }

PROJECT="hotelops-test-$$"
export KAFKA_IMAGE POSTGRES_IMAGE REDIS_IMAGE NODE_IMAGE
export HOTELOPS_IMAGE_PREFIX=localhost/hotelops HOTELOPS_TAG=test
# Fresh secrets per run (what .env holds for a real deployment).
rnd() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }
export POSTGRES_PASSWORD="$(rnd)" REDIS_PASSWORD="$(rnd)" IDENTITY_SECRET="$(rnd)" JWT_SECRET="$(rnd)"
export GATEWAY_BIND=127.0.0.1
GATEWAY_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
export GATEWAY_PORT
compose() { podman-compose -p "$PROJECT" -f docker-compose.yml "$@"; }
container() { podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --filter "label=com.docker.compose.service=$1" --format '{{.Names}}' | head -1; }

cleanup() {
  local rc=$?
  if ((rc != 0)); then
    log "FAILED (exit $rc); last log lines of each container:"
    for c in $(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}'); do
      echo "----- $c ($(podman inspect --format '{{.State.Status}} exit={{.State.ExitCode}}' "$c"))" >&2
      podman logs --tail 25 "$c" >&2 2>&1 || true
    done
  fi
  if [ -n "${KEEP_COMPOSE:-}" ]; then log "KEEP_COMPOSE: left $PROJECT running"; exit "$rc"; fi
  compose down -v -t 5 >/dev/null 2>&1 || true
  # whatever compose down left behind (a half-started stack)
  podman ps -aq --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman rm -f -t 0 >/dev/null 2>&1 || true
  podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null 2>&1 || true
  podman pod ls -q --filter "name=pod_$PROJECT" | xargs -r podman pod rm -f >/dev/null 2>&1 || true
  podman network ls -q --filter "name=${PROJECT}_" | xargs -r podman network rm -f >/dev/null 2>&1 || true
  log "torn down ($PROJECT)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash infra/containers/build-images.sh "$HOTELOPS_IMAGE_PREFIX" "$HOTELOPS_TAG"
log "images built"

healthy() { # container… — runs each one's healthcheck until it passes (podman runs none by itself here)
  local c deadline=$((SECONDS + ${HEALTH_TIMEOUT:-180}))
  for c in "$@"; do
    until podman healthcheck run "$c" >/dev/null 2>&1; do
      ((SECONDS < deadline)) || { log "$c not healthy in time"; return 1; }
      sleep 2
    done
  done
}

# podman-compose orders start-up by depends_on but does not wait for health: start in tiers.
compose up -d --no-build kafka postgres redis >/dev/null
healthy "$(container postgres)" "$(container redis)" "$(container kafka)"
log "kafka, postgres and redis healthy"
compose up -d --no-build staffing reservations fnb inventory care >/dev/null
healthy "$(container staffing)" "$(container reservations)" "$(container fnb)" "$(container inventory)" "$(container care)"
log "five subgraphs healthy"
compose up -d --no-build gateway >/dev/null
healthy "$(container gateway)"
log "gateway healthy on 127.0.0.1:$GATEWAY_PORT"

GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT/graphql" CARE_CONTAINER="$(container care)" node infra/dist/containers/compose-flow.js
log "passed"
