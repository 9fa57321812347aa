#!/usr/bin/env bash
# Evidence upload throughput: a 1 GiB file through the HTTP API (tus: POST, then PATCH of the whole file, which
# the server hashes with SHA-256 while streaming, fsyncs and stores content-addressed) against `sha256sum` of the
# same file on the same machine. Prints both times and the ratio sha256sum_time / upload_time (target >= 0.8).
#
# Requests after the first reuse the session cookie, as the browser does (no password hash per chunk).
# JAVA_OPTS are passed to the server (e.g. -XX:StartFlightRecording=filename=/tmp/upload.jfr to profile it).
# Usage: bench/evidence-upload.sh [size-in-MiB, default 1024] [chunk-in-MiB, default = whole file in one PATCH]
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MIB=${1:-1024}
CHUNK_MIB=${2:-$SIZE_MIB}
PORT=${PORT:-18181}
WORK=$(mktemp -d /tmp/sanxiang-bench.XXXXXX)
USER=bench-admin
PASS=bench-passphrase-2026-evidence
FILE=$WORK/evidence.bin
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

echo "creating a ${SIZE_MIB} MiB file of random bytes"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$FILE"

SANXIANG_DATA_DIR=$WORK/data SANXIANG_ADMIN_USERNAME=$USER SANXIANG_ADMIN_PASSWORD=$PASS \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --sanxiang.scheduling.enabled=false > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP && break
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP || { tail -50 "$WORK/server.log"; exit 1; }

# Warm the page cache for both contenders, so neither pays for reading the disk.
cat "$FILE" > /dev/null

# sha256sum is timed before and after the upload and the faster time counts: the machine is shared, and the
# comparison should not flatter the upload.
time_sha256sum() {
  local start; start=$(date +%s.%N)
  sha256sum "$FILE" | cut -d' ' -f1 > "$WORK/sha256"
  echo "$(date +%s.%N) - $start" | bc
}
sha_before=$(time_sha256sum)

# The disk's floor: a plain copy of the file to the same file system with one fsync. The upload must write every
# byte and fsync too, so on a disk slower than sha256sum no upload can reach sha256sum's time.
start=$(date +%s.%N)
dd if="$FILE" of="$WORK/copy.bin" bs=1M conv=fsync status=none
copy_seconds=$(echo "$(date +%s.%N) - $start" | bc)
rm -f "$WORK/copy.bin"

META="kind $(printf video | base64),filename $(printf bench.bin | base64),caseRef $(printf BENCH | base64)"
start=$(date +%s.%N)
LOCATION=$(curl -fsS -u "$USER:$PASS" -c "$WORK/cookies" -X POST "http://localhost:$PORT/api/v1/evidence/uploads" \
  -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $(stat -c %s "$FILE")" -H "Upload-Metadata: $META" \
  -D - -o /dev/null | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
CHUNK=$((CHUNK_MIB * 1024 * 1024))
SIZE=$(stat -c %s "$FILE")
OFFSET=0
while (( OFFSET < SIZE )); do
  if (( CHUNK >= SIZE )); then
    BODY=(-T "$FILE")
  else
    # A slice of the file on stdin (chunked transfer encoding); dd reads it straight from the page cache.
    BODY=(-T - )
  fi
  HEADERS=$( { if (( CHUNK < SIZE )); then
      dd if="$FILE" bs=1M skip=$((OFFSET / 1048576)) count=$CHUNK_MIB status=none; fi; } | \
    curl -fsS -u "$USER:$PASS" -b "$WORK/cookies" -c "$WORK/cookies" -X PATCH "$LOCATION" -H 'Tus-Resumable: 1.0.0' -H "Upload-Offset: $OFFSET" \
      -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' "${BODY[@]}" -D - -o /dev/null | tr -d '\r')
  OFFSET=$(echo "$HEADERS" | awk 'tolower($1)=="upload-offset:" {print $2}')
done
upload_seconds=$(echo "$(date +%s.%N) - $start" | bc)
EVIDENCE=$(echo "$HEADERS" | awk 'tolower($1)=="sanxiang-evidence-id:" {print $2}')
STORED=$(curl -fsS -u "$USER:$PASS" "http://localhost:$PORT/api/v1/evidence/$EVIDENCE" | grep -o '"sha256":"[0-9a-f]*"' | cut -d'"' -f4)

sha_after=$(time_sha256sum)
EXPECTED=$(cat "$WORK/sha256")
sha_seconds=$(echo "if ($sha_before < $sha_after) $sha_before else $sha_after" | bc)

[[ "$STORED" == "$EXPECTED" ]] || { echo "hash mismatch: server $STORED, sha256sum $EXPECTED"; exit 1; }
echo "file:              ${SIZE_MIB} MiB, PATCH chunks of ${CHUNK_MIB} MiB, evidence $EVIDENCE, sha256 $EXPECTED"
printf 'sha256sum:         %6.2f s  (%7.1f MiB/s; runs: %.2f s, %.2f s)\n' "$sha_seconds" \
  "$(echo "$SIZE_MIB / $sha_seconds" | bc -l)" "$sha_before" "$sha_after"
printf 'upload via API:    %6.2f s  (%7.1f MiB/s)\n' "$upload_seconds" "$(echo "$SIZE_MIB / $upload_seconds" | bc -l)"
printf 'copy + fsync (dd):  %6.2f s  (%7.1f MiB/s, the disk'"'"'s floor)\n' "$copy_seconds" \
  "$(echo "$SIZE_MIB / $copy_seconds" | bc -l)"
printf 'ratio (sha256sum time / upload time): %.2f  (target >= 0.8)\n' "$(echo "$sha_seconds / $upload_seconds" | bc -l)"
printf 'ratio (copy time / upload time):      %.2f\n' "$(echo "$copy_seconds / $upload_seconds" | bc -l)"
