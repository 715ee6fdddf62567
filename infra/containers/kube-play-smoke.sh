#!/usr/bin/env bash
# `npm run test:kube-play`: the k8s `local` overlay (gateway + care, care in embedded SQLite mode)
# run as pods with `podman kube play`, then one query through the gateway to care. kube play is
# not a Kubernetes API server (Services, readiness probes, HPAs … are ignored): this shows that
# the images and the Deployments as written start and answer. Cleans up after itself.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
log() { echo "test:kube-play $*" >&2; }
PORT=18400 # the local overlay's hostPort
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then log "port $PORT is in use"; exit 1; fi
for s in gateway care; do
  podman image exists "localhost/hotelops/$s:test" || bash infra/containers/build-images.sh localhost/hotelops test
done

work="$(mktemp -d)"
net="hotelops-kube-$$"
cleanup() {
  local rc=$?
  if ((rc != 0)); then for p in gateway-pod-0 care-pod-0; do podman logs --tail 30 "$p-$(echo "$p" | cut -d- -f1)" >&2 2>&1 || true; done; fi
  podman kube down "$work/deployments.yaml" >/dev/null 2>&1 || true
  podman network rm -f "$net" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

# kube play wants the Deployments only (it refuses kinds it does not know)
kubectl kustomize k8s/overlays/local | node -e "
  const { parseAllDocuments, stringify } = require('yaml');
  const docs = parseAllDocuments(require('fs').readFileSync(0, 'utf8')).map((d) => d.toJSON()).filter((d) => d.kind === 'Deployment');
  process.stdout.write(docs.map((d) => stringify(d)).join('---\n'));
" >"$work/deployments.yaml"
podman network create "$net" >/dev/null
podman kube play --network "$net" "$work/deployments.yaml" >/dev/null
log "pods started: $(podman pod ps --format '{{.Name}}' | grep -E '^(gateway|care)-pod' | tr '\n' ' ')"

GATEWAY_URL="http://127.0.0.1:$PORT/graphql" JWT_SECRET=local-jwt-secret-0123456789abcdef0123456 node -e "
  const { mintStaffToken } = require('./gateway/dist');
  const until = Date.now() + 90_000;
  (async () => {
    const token = await mintStaffToken({ roles: ['general-manager'], properties: ['*'] }, { secret: process.env.JWT_SECRET, issuer: 'hotelops', audience: 'hotelops-api' });
    for (;;) {
      try {
        const res = await fetch(process.env.GATEWAY_URL, { method: 'POST', headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ cases(propertyId: \"00000000-0000-4000-8000-000000000001\", first: 1) { nodes { id } } }' }) });
        const body = await res.json();
        if (body.data && Array.isArray(body.data.cases.nodes)) { console.error('test:kube-play gateway pod -> care pod answered: ' + JSON.stringify(body.data)); return; }
        if (Date.now() > until) throw new Error(JSON.stringify(body));
      } catch (err) { if (Date.now() > until) throw err; }
      await new Promise((r) => setTimeout(r, 1000));
    }
  })().catch((err) => { console.error('test:kube-play FAILED: ' + err.message); process.exit(1); });
"
log "passed"
