#!/usr/bin/env bash
# Like the official apache/kafka image: every KAFKA_FOO_BAR variable becomes foo.bar in
# server.properties; CLUSTER_ID formats the storage on first start.
set -euo pipefail
conf=/tmp/server.properties
: >"$conf"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS | KAFKA_JVM_OPTS) continue ;;
    KAFKA_*) key="${name#KAFKA_}"; key="${key,,}"; echo "${key//_/.}=$value" >>"$conf" ;;
  esac
done < <(env)
cat >/tmp/log4j2.xml <<'XML'
<Configuration status="WARN"><Appenders><Console name="c" target="SYSTEM_OUT"><PatternLayout pattern="[%d] %p %m (%c)%n"/></Console></Appenders>
<Loggers><Root level="WARN"><AppenderRef ref="c"/></Root><Logger name="kafka.server.KafkaRaftServer" level="INFO"/></Loggers></Configuration>
XML
run() { java -Dlog4j2.configurationFile=/tmp/log4j2.xml -cp '/opt/kafka/libs/*' "$@"; }
logdir="$(sed -n 's/^log\.dirs=//p' "$conf")"
if [ ! -f "${logdir:-/tmp/kraft-combined-logs}/meta.properties" ]; then
  run kafka.tools.StorageTool format -t "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" -c "$conf" --ignore-formatted
fi
# shellcheck disable=SC2086 # option lists
exec java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -XX:+UseG1GC ${KAFKA_JVM_OPTS:-} -Djava.awt.headless=true \
  -Dlog4j2.configurationFile=/tmp/log4j2.xml -cp '/opt/kafka/libs/*' kafka.Kafka "$conf"
