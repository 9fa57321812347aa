#!/usr/bin/env bash
# Case commands over HTTP with API tokens on PostgreSQL: 8 clients (bench/src/org/sanxiang/bench/CaseLoad.java),
# each opening a summary-procedure case (当场处罚) as the demo officer, recording its payment, then filing and
# closing it as the demo unit head: four commands a cycle, each a transaction with its rules, its step row and its
# ledger entry. Against a baseline in the same run and server: GET /api/v1/registry/agencies with the same token,
# before and after. The server runs on a throwaway cluster of the installed PostgreSQL, with the demo data.
# Usage: bench/cases.sh [seconds, default 30] [clients, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SECONDS_EACH=${1:-30}
CLIENTS=${2:-8}
PORT=${PORT:-18431}
PGPORT=${PGPORT:-18432}
BASE="http://localhost:$PORT"

start_postgres "$PGPORT"
SANXIANG_DEMO=true start_server "$PORT" "$WORK/data" java ${JAVA_OPTS:-} -jar "$JAR" "${PG_ARGS[@]}"
wait_healthy "$PORT" 300
grep -o 'Demo cases: .*' "$WORK/data.log" || true

token() {
  curl -fs -u "$1:sanxiang-demo" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$BASE/api/v1/account/tokens" | jq -r .token
}
OFFICER=$(token officer)
HEAD=$(token unit-head)
# the officers of a demo 当场处罚 of the officer's: she and a colleague who may act in the market domain
DEMO_CASE=$(curl -fs -H "Authorization: Bearer $OFFICER" "$BASE/api/v1/cases?procedure=summary-penalty&mine=true" \
  | jq '[.. | objects | select(has("number") and has("procedure"))][0].id')
OFFICERS=$(curl -fs -H "Authorization: Bearer $OFFICER" "$BASE/api/v1/cases/$DEMO_CASE" \
  | jq -r '[.officers[].officerId] | join(",")')

mkdir -p "$WORK/load"
javac -d "$WORK/load" bench/src/org/sanxiang/bench/CaseLoad.java
load() { java -cp "$WORK/load" org.sanxiang.bench.CaseLoad "$@"; }

load baseline "$BASE" "$OFFICER" "$CLIENTS" 5 > /dev/null # warm-up
load cases "$BASE" "$OFFICER" "$HEAD" "$OFFICERS" "$CLIENTS" 5 > /dev/null
echo "== baseline: GET /api/v1/registry/agencies, $CLIENTS clients, $SECONDS_EACH s"
load baseline "$BASE" "$OFFICER" "$CLIENTS" "$SECONDS_EACH"
echo "== case commands, $CLIENTS clients, $SECONDS_EACH s (officers $OFFICERS)"
load cases "$BASE" "$OFFICER" "$HEAD" "$OFFICERS" "$CLIENTS" "$SECONDS_EACH"
echo "== baseline again"
load baseline "$BASE" "$OFFICER" "$CLIENTS" "$SECONDS_EACH"
echo "PostgreSQL $(psql -h localhost -p "$PGPORT" -U postgres -tAc 'show server_version'), $(nproc) cores," \
  "load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%FT%TZ)"
