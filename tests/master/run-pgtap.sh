#!/bin/bash
# Runs the pgTAP suite of the master's SQL (tests/master/*.sql) against the fixture's cluster:
#   run-pgtap.sh FLOORCTL URL_FILE [FILE.sql ...]
# A database of its own is made by the owner (not a superuser) and set up the documented way —
# `floorctl master init`, `add-warehouse`, `add-station` — then fixture.sql is written by the owner.
# Each test file runs in its own psql session as the superuser, which installs pgTAP and
# plpgsql_check and acts as a station with SET SESSION AUTHORIZATION; each file rolls back.
# Fails when a file fails to run, a test says "not ok", or fewer tests ran than planned.
set -uo pipefail
floorctl=$1 url_file=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
files=()
for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
[ ${#files[@]} -eq 0 ] && files=("$here"/rights.sql "$here"/search_path.sql "$here"/movements.sql "$here"/intake.sql "$here"/orders.sql "$here"/tracking.sql "$here"/returns.sql "$here"/services.sql "$here"/floor_events.sql "$here"/inbound.sql "$here"/lint.sql)
owner=$(cat "$url_file") admin=$(cat "$url_file.admin") || { echo "the master fixture did not start" >&2; exit 1; }
db=wf_tap_$$
psql_as() { local url=$1; shift; psql "${url%/*}/$db" -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() { psql "$admin" -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; }
trap cleanup EXIT

psql "$owner" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db" || exit 1
psql_as "$admin" -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION plpgsql_check" || exit 1
"$floorctl" master init --master "${owner%/*}/$db" >/dev/null || exit 1
for warehouse in WH1 WH2; do
    "$floorctl" master add-warehouse $warehouse --name "Test $warehouse" --country DE --address "Hafenstr. 1, Leipzig" \
        --timezone Europe/Berlin --currency EUR --master "${owner%/*}/$db" >/dev/null || exit 1
done
for station in "ST-TAP-1 WH1" "ST-TAP-2 WH2"; do
    set -- $station
    "$floorctl" master add-station "$1" --warehouse "$2" --master "${owner%/*}/$db" >/dev/null || exit 1
done
psql_as "$owner" -f "$here/fixture.sql" || exit 1

status=0
for file in "${files[@]}"; do
    name=$(basename "$file")
    out=$(cd "$here" && psql_as "$admin" -At -f "$file" 2>&1)
    code=$?
    echo "# $name"
    echo "$out"
    planned=$(echo "$out" | sed -nE 's/^1\.\.([0-9]+)$/\1/p' | head -1)
    passed=$(echo "$out" | grep -cE '^ok [0-9]+')
    failed=$(echo "$out" | grep -cE '^not ok [0-9]+')
    if [ $code -ne 0 ] || [ -z "$planned" ] || [ "$failed" -ne 0 ] || [ "$passed" -ne "$planned" ]; then
        echo "FAILED: $name (psql exit $code, planned ${planned:-none}, ok $passed, not ok $failed)"
        status=1
    else
        echo "passed: $name ($passed tests)"
    fi
done
exit $status
