#!/usr/bin/env bash
# API calls per second with an API token (Authorization: Bearer, one SHA-256 and one indexed lookup per call)
# against HTTP Basic (an Argon2id password hash per call), same endpoint, same server, same run. The calls are
# sequential on one kept-alive connection (one curl process for all of them), so the figures are per-call costs,
# not the server's parallel capacity.
# Usage: bench/api-token.sh [calls, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

CALLS=${1:-200}
PORT=${PORT:-18182}
USER=bench-admin
PASS=bench-passphrase-2026-tokens
URL="http://localhost:$PORT/api/v1/registry/agencies"

SANXIANG_ADMIN_USERNAME=$USER SANXIANG_ADMIN_PASSWORD=$PASS start_server "$PORT" "$WORK/data"
wait_healthy "$PORT"

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
