#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft) for local dev and tests: jars come from Maven Central via pom.xml,
# no Docker and no Kafka distribution tarball needed.
# Usage: kafka.sh fetch|start|stop|wipe|status|ensure
# start keeps the broker's data (topics, offsets) from an earlier run; `wipe` (broker stopped) or
# KAFKA_WIPE=1 start begins with an empty broker — what a new broker or a lost volume looks like.
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_BROKERS (status/ensure probe, 127.0.0.1:$KAFKA_PORT),
#      KAFKA_RUN_DIR (broker data, logs and pid file; default .cache/run): a second broker beside the usual one,
#      KAFKA_SASL_USERS ("name:password[,...]"): the client listener asks for SASL (PLAIN, SCRAM-SHA-256/512),
#      KAFKA_JVM_OPTS (extra JVM options for the broker, e.g. a quicker start for a short-lived test broker)
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="$DIR/.cache"
LIB="$CACHE/lib"
RUN="${KAFKA_RUN_DIR:-$CACHE/run}"
PIDFILE="$RUN/broker.pid"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$DIR/pom.xml")"
# Marker holds the Kafka version plus a pom hash, so any pom change (version, log4j) refetches.
MARKER="kafka $KAFKA_VERSION pom $(sha1sum "$DIR/pom.xml" | cut -c1-12)"

log() { echo "kafka: $*" >&2; }

fetch() {
  if [[ -f "$LIB/.fetched" && "$(cat "$LIB/.fetched")" == "$MARKER" ]]; then return 0; fi
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$LIB.tmp"
  # Copy into a temp dir and swap, so an interrupted fetch never leaves a half-filled lib dir behind.
  mvn -B -q -Dstyle.color=never dependency:copy-dependencies -f "$DIR/pom.xml" -DincludeScope=runtime \
    -DoutputDirectory="$LIB.tmp" >&2
  echo "$MARKER" >"$LIB.tmp/.fetched"
  rm -rf "$LIB" && mv "$LIB.tmp" "$LIB"
}

# The pid file is only trusted if that process is still our broker JVM (pids get recycled).
broker_pid() {
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [[ -n "$pid" ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka' && echo "$pid"
}

# Timeout 0 = a single probe: instant answer when nothing listens, no retry loop to sit through.
answers() { KAFKA_BROKERS="$1" node "$DIR/wait-ready.js" 0; }

# The storage tool runs for a moment: the quick JIT tier starts it faster.
java_run() { java -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$RUN/log4j2.xml" -cp "$LIB/*" "$@"; }

# The broker's own SASL identity, for its inter-broker traffic on a SASL listener (local brokers only).
BROKER_SASL_USER=broker
BROKER_SASL_PASSWORD=broker-local

# The client listener: PLAINTEXT, or SASL_PLAINTEXT (PLAIN and SCRAM) for the users of KAFKA_SASL_USERS.
listener_config() {
  if [[ -z "${KAFKA_SASL_USERS:-}" ]]; then
    echo "listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT"
    echo "advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT"
    echo "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
    echo "inter.broker.listener.name=PLAINTEXT"
    return 0
  fi
  local users="" pair pairs
  IFS=',' read -ra pairs <<<"$KAFKA_SASL_USERS"
  for pair in "${pairs[@]}"; do users+=" user_${pair%%:*}=\"${pair#*:}\""; done
  echo "listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT"
  echo "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT"
  echo "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT"
  echo "inter.broker.listener.name=SASL_PLAINTEXT"
  echo "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512"
  echo "sasl.mechanism.inter.broker.protocol=PLAIN"
  echo "listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required" \
    "username=\"$BROKER_SASL_USER\" password=\"$BROKER_SASL_PASSWORD\" user_$BROKER_SASL_USER=\"$BROKER_SASL_PASSWORD\"$users;"
  echo "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
  echo "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
}

# SCRAM credentials live in the cluster metadata: they are written when the storage is formatted.
scram_args() {
  local pair pairs m
  [[ -z "${KAFKA_SASL_USERS:-}" ]] && return 0
  IFS=',' read -ra pairs <<<"$KAFKA_SASL_USERS"
  for pair in "${pairs[@]}"; do
    for m in SCRAM-SHA-256 SCRAM-SHA-512; do printf '%s\n' --add-scram "$m=[name=${pair%%:*},password=${pair#*:}]"; done
  done
}

write_config() {
  cat >"$RUN/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
$(listener_config)
controller.listener.names=CONTROLLER
log.dirs=$RUN/data
# single node: internal topics cannot have more than one replica
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# tests create fresh groups constantly; don't make each one wait 3 s for more members
group.initial.rebalance.delay.ms=0
num.partitions=3
auto.create.topics.enable=true
EOF
  # Console only (stdout goes to broker.log); WARN keeps it quiet, KafkaRaftServer INFO shows "Kafka Server started".
  cat >"$RUN/log4j2.xml" <<'EOF'
<Configuration status="WARN" shutdownHook="disable">
  <Appenders>
    <Console name="console" target="SYSTEM_ERR">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Root level="WARN"><AppenderRef ref="console"/></Root>
    <Logger name="kafka.server.KafkaRaftServer" level="INFO"/>
  </Loggers>
</Configuration>
EOF
}

start() {
  local t0=$EPOCHREALTIME pid id port
  if pid="$(broker_pid)"; then log "already running (pid $pid); run stop first"; exit 1; fi
  # Refuse if something else holds a port: wait-ready could otherwise mistake another broker for ours.
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "port $port is already in use"; exit 1; fi
  done
  fetch
  [[ "${KAFKA_WIPE:-}" == 1 ]] && wipe
  mkdir -p "$RUN/data"
  write_config
  if [[ -f "$RUN/data/meta.properties" ]]; then
    log "keeping the broker's data in $RUN/data (wipe it with: kafka.sh wipe, or KAFKA_WIPE=1 kafka.sh start)"
  else
    # Static controller.quorum.voters => plain format; --standalone is only for dynamic (bootstrap.servers) quorums.
    # A cluster id is 16 random bytes, base64url: no JVM needed to make one. SCRAM users are written here,
    # so a change of KAFKA_SASL_USERS needs a wiped broker.
    id="$(node -e "process.stdout.write(require('crypto').randomBytes(16).toString('base64url'))")"
    mapfile -t scram < <(scram_args)
    java_run kafka.tools.StorageTool format -t "$id" -c "$RUN/server.properties" "${scram[@]}" >"$RUN/format.log" 2>&1 \
      || { log "storage format failed:"; cat "$RUN/format.log" >&2; exit 1; }
  fi
  # shellcheck disable=SC2086 # KAFKA_JVM_OPTS is a list of options
  nohup java -Xms256m -Xmx512m -XX:+UseG1GC ${KAFKA_JVM_OPTS:-} -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$RUN/log4j2.xml" -cp "$LIB/*" kafka.Kafka "$RUN/server.properties" \
    </dev/null >"$RUN/broker.log" 2>&1 &
  echo $! >"$PIDFILE"
  # KAFKA_WAIT_PID lets wait-ready give up as soon as the JVM dies (bad config, crash) instead of waiting 90 s.
  local probe=()
  [[ -n "${KAFKA_SASL_USERS:-}" ]] && probe=(KAFKA_SASL_MECHANISM=plain KAFKA_SASL_USERNAME="$BROKER_SASL_USER" KAFKA_SASL_PASSWORD="$BROKER_SASL_PASSWORD")
  if ! env "${probe[@]}" KAFKA_WAIT_PID=$! KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" node "$DIR/wait-ready.js" 90; then
    log "broker did not become ready; last 60 lines of $RUN/broker.log:"
    tail -n 60 "$RUN/broker.log" >&2
    stop
    exit 1
  fi
  log "Kafka $KAFKA_VERSION ready at 127.0.0.1:$KAFKA_PORT in $(awk "BEGIN{printf \"%.1f\", $EPOCHREALTIME-$t0}")s (pid $(cat "$PIDFILE"))"
}

stop() {
  local pid i
  if ! pid="$(broker_pid)"; then rm -f "$PIDFILE"; log "not running"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then log "no exit after 20 s, sending KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"
  log "stopped (pid $pid)"
}

# Deletes the broker's data (topics, offsets, cluster id); refuses while the broker runs.
wipe() {
  local pid
  if pid="$(broker_pid)"; then log "running (pid $pid); run stop first"; exit 1; fi
  rm -rf "$RUN/data"
  log "data wiped ($RUN/data)"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  wipe) wipe ;;
  status) answers "$KAFKA_BROKERS" ;;
  ensure)
    if answers "$KAFKA_BROKERS"; then log "using running broker at $KAFKA_BROKERS"; exit 0; fi
    start
    # Tells the caller (e.g. the test runner) that it owns this broker and should stop it afterwards.
    touch "$RUN/started-by-ensure"
    ;;
  *) echo "usage: $0 fetch|start|stop|wipe|status|ensure" >&2; exit 2 ;;
esac
