#!/usr/bin/env bash
# API calls per second with an API token (Authorization: Bearer, one SHA-256 and one indexed lookup per call)
# against HTTP Basic (an Argon2id password hash per call), same endpoint, same server, same run. The calls are
# sequential on one kept-alive connection (one curl process for all of them), so the figures are per-call costs,
# not the server's parallel capacity.
# Usage: bench/api-token.sh [calls, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."

CALLS=${1:-200}
PORT=${PORT:-18182}
WORK=$(mktemp -d /tmp/sanxiang-bench.XXXXXX)
USER=bench-admin
PASS=bench-passphrase-2026-tokens
URL="http://localhost:$PORT/api/v1/registry/agencies"
SERVER_PID=

cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(ls target/sanxiang-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -o -q package -DskipTests
  JAR=$(ls target/sanxiang-*.jar | grep -v original | head -1)
fi

SANXIANG_DATA_DIR=$WORK/data SANXIANG_ADMIN_USERNAME=$USER SANXIANG_ADMIN_PASSWORD=$PASS \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --sanxiang.scheduling.enabled=false > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP || { tail -50 "$WORK/server.log"; exit 1; }

TOKEN=$(curl -fs -u "$USER:$PASS" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://localhost:$PORT/api/v1/account/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

# calls/s of $CALLS sequential requests with the given curl arguments, after 10 to warm up
rate() {
  curl -fs "$@" $(printf "$URL %.0s" $(seq 10)) > /dev/null
  local start; start=$(date +%s.%N)
  curl -fs "$@" $(printf "$URL %.0s" $(seq "$CALLS")) > /dev/null
  echo "$CALLS / ($(date +%s.%N) - $start)" | bc -l | xargs printf '%.1f'
}

bearer=$(rate -H "Authorization: Bearer $TOKEN")
basic=$(rate -u "$USER:$PASS")
bearer_again=$(rate -H "Authorization: Bearer $TOKEN") # the machine is shared: the slower Bearer run counts
bearer=$(echo "if ($bearer < $bearer_again) $bearer else $bearer_again" | bc -l | xargs printf '%.1f')
echo "GET /api/v1/registry/agencies, $CALLS sequential calls: Bearer $bearer calls/s, Basic $basic calls/s," \
  "ratio $(echo "$bearer / $basic" | bc -l | xargs printf '%.0f')x ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
