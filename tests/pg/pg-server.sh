#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 server for the tests and benchmarks.
#   tests/pg/pg-server.sh start DIR   a fresh cluster in a new temporary folder (as the postgres OS user when
#                                     run as root: a folder in /tmp, which that user can reach wherever the
#                                     checkout is), on a free local port, its socket in that folder; DIR/port
#                                     and DIR/folder say where
#   tests/pg/pg-server.sh stop DIR    stops it and removes the temporary folder and DIR
#   tests/pg/pg-server.sh halt DIR    stops the server, keeping its cluster (a test of a lost connection)
#   tests/pg/pg-server.sh resume DIR  starts a halted server again on the same port
# Logins: the superuser `postgres` over the socket without a password (trust); every other role over
# TCP on 127.0.0.1 with a SCRAM password (tests give theirs in a PGPASSFILE).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb): apt-get install postgresql-15" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$dir/folder" ] || return 0
    local folder
    folder=$(cat "$dir/folder")
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
            || as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$folder" in /tmp/fazhi-pg.*) rm -rf "$folder" ;; esac
}

case "$cmd" in
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    folder=$(mktemp -d /tmp/fazhi-pg.XXXXXX)
    echo "$folder" >"$dir/folder"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$folder"; fi
    as_owner "$bin/initdb" -D "$folder/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; stop; exit 1; }
    # A free port: the server itself refuses one that is taken, so try until one is ours.
    for attempt in $(seq 1 30); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        options="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$folder -c max_connections=200 -c shared_buffers=64MB"
        if as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 start -o "$options" \
            >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            echo "$options" >"$dir/options"
            echo "PostgreSQL test server on port $port, socket in $folder"
            exit 0
        fi
    done
    cat "$folder/server.log" >&2 || true
    stop
    echo "could not start the PostgreSQL test server" >&2
    exit 1
    ;;
stop)
    stop
    rm -rf "$dir"
    ;;
halt)
    folder=$(cat "$dir/folder")
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 30 stop >/dev/null
    ;;
resume)
    folder=$(cat "$dir/folder")
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 start -o "$(cat "$dir/options")" >/dev/null
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
