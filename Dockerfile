# One image recipe for the five subgraphs and the gateway (see README "Deploy"): they share one
# toolchain, one lockfile and one build, so a single build stage compiles the whole workspace once
# and the images differ only in the process they start (build-arg SERVICE).
#   podman build --build-arg SERVICE=care -t hotelops/care .      (or docker build)
# NODE_IMAGE defaults to the official Node.js 24 image (the project's runtime); the compose test
# passes a locally made equivalent because no registry is reachable there.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
# better-sqlite3 (SQLite mode) is compiled here rather than downloaded: no build depends on GitHub.
RUN command -v g++ >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*)
ENV npm_config_nodedir=/usr/local npm_config_build_from_source=true
WORKDIR /src
# Manifests first: the dependency layer is rebuilt only when a package.json or the lockfile changes.
COPY package.json package-lock.json ./
COPY shared/contracts/package.json shared/contracts/
COPY shared/kernel/package.json shared/kernel/
COPY shared/testing/package.json shared/testing/
COPY services/staffing/package.json services/staffing/
COPY services/reservations/package.json services/reservations/
COPY services/fnb/package.json services/fnb/
COPY services/inventory/package.json services/inventory/
COPY services/care/package.json services/care/
COPY gateway/package.json gateway/
COPY clients/operations/package.json clients/operations/
COPY infra/package.json infra/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY shared shared
COPY services services
COPY gateway gateway
COPY clients clients
COPY infra/tsconfig.json infra/
COPY infra/src infra/src
RUN npx tsc -b tsconfig.build.json \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf shared/*/src shared/*/test services/*/src services/*/test gateway/src gateway/test infra/src infra/test shared/testing \
      node_modules/@hotelops/testing node_modules/better-sqlite3/deps node_modules/better-sqlite3/src \
 && find . -name '*.tsbuildinfo' -delete \
 && mkdir run && for s in staffing reservations fnb inventory care; do ln -s ../services/$s run/$s; done && ln -s ../gateway run/gateway

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to node (which drains) and reaps zombies.
RUN command -v tini >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends tini && rm -rf /var/lib/apt/lists/*) \
 && mkdir -p /data && chown node:node /data
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/data
COPY --from=build --chown=root:root /src /app
USER node
EXPOSE 4000
# /health/ready: the database and Kafka (subgraphs), the database and Redis (gateway).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["tini", "--"]
CMD ["node", "dist/main.js"]

# The per-service tail (infra/containers/build-images.sh reuses these lines as they are): last,
# so the six images share every layer above.
ARG SERVICE=gateway
WORKDIR /app/run/${SERVICE}
LABEL org.opencontainers.image.title="hotelops-${SERVICE}"
