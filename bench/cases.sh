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

# the JIT compiles for a minute or more on 2 shared cores: measured before it is done, a command costs several
# times its steady-state CPU (bench/cases.md)
load baseline "$BASE" "$OFFICER" "$CLIENTS" "${WARM_UP:-10}" > /dev/null
load cases "$BASE" "$OFFICER" "$HEAD" "$OFFICERS" "$CLIENTS" "${WARM_UP:-60}" > /dev/null
echo "== baseline: GET /api/v1/registry/agencies, $CLIENTS clients, $SECONDS_EACH s"
load baseline "$BASE" "$OFFICER" "$CLIENTS" "$SECONDS_EACH"
echo "== case commands, $CLIENTS clients, $SECONDS_EACH s (officers $OFFICERS)"
load cases "$BASE" "$OFFICER" "$HEAD" "$OFFICERS" "$CLIENTS" "$SECONDS_EACH"
echo "== baseline again"
load baseline "$BASE" "$OFFICER" "$CLIENTS" "$SECONDS_EACH"
# the ceiling of one durable commit per command on this disk and database: a one-row insert per transaction,
# the same number of clients, no application
echo "== durable commits: one-row insert transactions, $CLIENTS clients, 10 s (pgbench, same cluster)"
psql -h localhost -p "$PGPORT" -U postgres -d sanxiang -qc 'create table bench_commit (n int)'
echo 'insert into bench_commit values (1);' > "$WORK/commit.sql"
pgbench -h localhost -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T 10 -f "$WORK/commit.sql" sanxiang \
  | grep -E '^(tps|latency average)'
echo "PostgreSQL $(psql -h localhost -p "$PGPORT" -U postgres -tAc 'show server_version'), $(nproc) cores," \
  "load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%FT%TZ)"
