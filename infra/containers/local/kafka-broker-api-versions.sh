#!/usr/bin/env bash
# Stand-in for the official image's tool of this name, used by docker-compose.yml's healthcheck:
# the jars fetched for the broker do not include kafka-tools, so this only checks that the broker
# accepts connections on --bootstrap-server (services retry until it answers the protocol).
server=localhost:9092
while (($#)); do [ "$1" = --bootstrap-server ] && server="$2"; shift; done
exec 3<>"/dev/tcp/${server%:*}/${server##*:}"
