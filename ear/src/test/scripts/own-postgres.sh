#!/usr/bin/env bash
# Test-only: a PostgreSQL instance of the test's own, on its own port and data directory, so a
# test can stop and restart it without touching the shared cluster other builds use.
#   own-postgres.sh available | start DIR PORT | stop DIR | restart DIR | destroy DIR
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$1" = available ]; then
    [ -n "$bin" ] && [ -x "$bin/pg_ctl" ] && echo "$bin" && exit 0
    echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2
    exit 1
fi
dir=$2
# the server refuses to run as root
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$1" in
start)
    port=$3
    if [ ! -f "$dir/PG_VERSION" ]; then
        mkdir -p "$dir"
        if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
        as_postgres "$bin/initdb" -D "$dir" -U postgres -A trust >/dev/null
    fi
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null ;;
stop)    as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w -t 30 stop >/dev/null ;;
restart) as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w -t 30 restart >/dev/null ;;
destroy)
    as_postgres "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" ;;
*) echo "unknown action $1" >&2; exit 2 ;;
esac
