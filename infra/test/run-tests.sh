#!/usr/bin/env bash
# `npm test`: every tier (unit, int, e2e) against real services. PostgreSQL is expected on
# 127.0.0.1:5432 (started here if this machine has a local cluster that is down); a local
# Kafka broker is started when none answers, and stopped again afterwards; Chromium is installed
# when missing.
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

# Redis (gateway edge: shared rate limit, APQ): expected on REDIS_URL; a local redis-server is
# started (without persistence) when none answers, and stopped afterwards.
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
redis_up() { node -e "const n=require('net');const u=new URL(process.env.REDIS_URL);const s=n.connect(+u.port||6379,u.hostname);s.on('connect',()=>{s.write('PING\r\n')});s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),2000)"; }
stop_redis=""
if ! redis_up; then
  if command -v redis-server >/dev/null; then
    echo "test: starting a local Redis for $REDIS_URL"
    redis_port="$(node -e "console.log(new URL(process.env.REDIS_URL).port||6379)")"
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
    stop_redis="redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true"
    for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  fi
  redis_up || { echo "test: Redis does not answer on $REDIS_URL (set REDIS_URL)"; exit 1; }
fi

# Chromium (Debian's) for the API explorer's browser test: installed when missing.
bash infra/browser/ensure-chromium.sh

export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
if bash infra/kafka/kafka.sh status; then
  echo "test: using the Kafka broker at $KAFKA_BROKERS"
  [ -n "$stop_redis" ] && trap "$stop_redis" EXIT
else
  # a broker of the test run's own: nothing from an earlier run
  KAFKA_WIPE=1 bash infra/kafka/kafka.sh start
  trap "bash infra/kafka/kafka.sh stop; $stop_redis" EXIT
fi

npx jest --ci --maxWorkers=2 "$@"
