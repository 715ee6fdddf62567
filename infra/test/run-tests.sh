#!/usr/bin/env bash
# `npm test`: every tier (unit, int, e2e) against real services. PostgreSQL is expected on
# 127.0.0.1:5432 (started here if this machine has a local cluster that is down); a local
# Kafka broker is started when none answers, and stopped again afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

pg_up() { node -e "const {Client}=require('pg');const c=new Client({connectionString:process.env.TEST_PG_ADMIN_URL||'postgres://postgres@127.0.0.1:5432/postgres'});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))"; }
if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    echo "test: starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 20); do pg_up && break; sleep 1; done
  fi
  pg_up || { echo "test: PostgreSQL does not answer on 127.0.0.1:5432 (set TEST_PG_ADMIN_URL)"; exit 1; }
fi

export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
if bash infra/kafka/kafka.sh status; then
  echo "test: using the Kafka broker at $KAFKA_BROKERS"
else
  bash infra/kafka/kafka.sh start
  trap 'bash infra/kafka/kafka.sh stop' EXIT
fi

npx jest --ci --maxWorkers=2 "$@"
