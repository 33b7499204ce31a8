#!/bin/bash
# A throwaway PostgreSQL cluster for tests, in a private folder under /tmp (the server's own user
# must be able to reach it, which a build folder under a home folder may not allow).
#   postgres-cluster.sh start URL_FILE PORT   initialise and start; writes the owner's URL to URL_FILE
#                                             and the superuser's to URL_FILE.admin
# The owner (wf_owner) is what a real master's owner should be: not a superuser, CREATEROLE (it makes
# the stations' roles), CREATEDB here so that each test can make a database of its own and own it.
# Only the pgTAP runner uses the superuser, to install its extensions and to act as a station.
#   postgres-cluster.sh restart URL_FILE - [SECONDS]  stop it at once, wait, start it again
#   postgres-cluster.sh stop URL_FILE         stop it (immediate) and remove its folder
# As root the server runs as the postgres user (initdb refuses root).
set -euo pipefail
action=$1 url_file=$2
case $url_file in *.url) ;; *) echo "$0: URL_FILE must end in .url" >&2; exit 2 ;; esac
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "${bin:-}/initdb" ] || { echo "PostgreSQL server binaries not found (./dev test installs postgresql-15)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $action in
start)
    port=$3
    [ -f "$url_file" ] && "$0" stop "$url_file"
    dir=$(mktemp -d /tmp/wf-master-XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U wf_admin --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=localhost" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U wf_admin -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE wf_owner LOGIN NOSUPERUSER CREATEROLE CREATEDB" >/dev/null \
        || { echo "cannot create the owner role" >&2; exit 1; }
    echo "postgresql://wf_owner@${dir//\//%2F}:$port/postgres" > "$url_file"
    echo "postgresql://wf_admin@${dir//\//%2F}:$port/postgres" > "$url_file.admin"
    echo "$dir" > "$url_file.dir"
    ;;
restart)
    # An immediate stop (as a crash or a pulled cable would leave it) and a start on the same data.
    dir=$(cat "$url_file.dir")
    port=$(sed -E 's/.*:([0-9]+)\/.*/\1/' "$url_file")
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    sleep "${4:-0}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=localhost" start >/dev/null
    ;;
stop)
    dir=$(cat "$url_file.dir" 2>/dev/null || true)
    if [ -n "$dir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case $dir in /tmp/wf-master-*) rm -rf "$dir" ;; esac
    [ -f "$url_file" ] && rm -f "$url_file"
    [ -f "$url_file.dir" ] && rm -f "$url_file.dir"
    [ -f "$url_file.admin" ] && rm -f "$url_file.admin"
    true
    ;;
*) echo "usage: $0 start URL_FILE PORT | restart URL_FILE - [SECONDS] | stop URL_FILE" >&2; exit 2 ;;
esac
