#!/usr/bin/env bash
# The official postgres image's start-up, in short: initdb on an empty PGDATA with the superuser
# password, run /docker-entrypoint-initdb.d scripts once, then serve on every interface.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile="$(mktemp)" && printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" >"$pwfile"
  initdb -U "${POSTGRES_USER:-postgres}" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 >/dev/null && rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  pg_ctl -w -o "-c listen_addresses=''" start >/dev/null
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sql) psql -v ON_ERROR_STOP=1 -U "${POSTGRES_USER:-postgres}" -d postgres -f "$f" ;;
      *.sh) bash "$f" ;;
    esac
  done
  pg_ctl -w -m fast stop >/dev/null
fi
exec postgres -c listen_addresses='*' "$@"
