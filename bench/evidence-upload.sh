#!/usr/bin/env bash
# Evidence upload throughput: a 1 GiB file through the HTTP API (tus: POST, then PATCH of the whole file, which
# the server hashes with SHA-256 while streaming, fsyncs and stores content-addressed) against `sha256sum` of the
# same file on the same machine. Prints both times and the ratio sha256sum_time / upload_time (target >= 0.8).
#
# The requests use a session cookie from a login made before timing, as the browser does (no password hash per
# request).
# JAVA_OPTS are passed to the server (e.g. -XX:StartFlightRecording=filename=/tmp/upload.jfr to profile it).
# Usage: [UPLOADS=2] bench/evidence-upload.sh [size-in-MiB, default 1024] [chunk-in-MiB, default = whole file in one
# PATCH]; UPLOADS is how many times the file is uploaded, one after the other, each timed.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SIZE_MIB=${1:-1024}
CHUNK_MIB=${2:-$SIZE_MIB}
UPLOADS=${UPLOADS:-2}
PORT=${PORT:-18181}
USER=bench-admin
PASS=bench-passphrase-2026-evidence
FILE=$WORK/evidence.bin

echo "creating a ${SIZE_MIB} MiB file of random bytes"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$FILE"
sync # no write-back of this file during the timings below

SANXIANG_ADMIN_USERNAME=$USER SANXIANG_ADMIN_PASSWORD=$PASS start_server "$PORT" "$WORK/data"
wait_healthy "$PORT"

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
SIZE=$(stat -c %s "$FILE")
# The browser sends slices of the file with their length; slicing costs it nothing, so the chunks are cut (and read
# into the page cache) before the clock starts.
if (( CHUNK_MIB < SIZE_MIB )); then
  split -b "${CHUNK_MIB}M" -d -a 4 "$FILE" "$WORK/chunk."
  cat "$WORK"/chunk.* > /dev/null
  sync # their write-back would otherwise compete with the upload's fsyncs
  CHUNKS=("$WORK"/chunk.*)
else
  CHUNKS=("$FILE")
fi
# The browser's user is logged in already: the password hash of a login is not part of the upload's time.
curl -fsS -u "$USER:$PASS" -c "$WORK/cookies" -o /dev/null "http://localhost:$PORT/api/v1/evidence?caseRef=BENCH"

# One upload: prints its seconds, then the time of each PATCH, then the evidence id.
upload_once() {
  local start offset=0 headers times= location
  start=$(date +%s.%N)
  location=$(curl -fsS -b "$WORK/cookies" -c "$WORK/cookies" -X POST "http://localhost:$PORT/api/v1/evidence/uploads" \
    -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $SIZE" -H "Upload-Metadata: $META" \
    -D - -o /dev/null | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
  for chunk_file in "${CHUNKS[@]}"; do
    headers=$(curl -fsS -b "$WORK/cookies" -X PATCH "$location" -H 'Tus-Resumable: 1.0.0' -H "Upload-Offset: $offset" \
        -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' -T "$chunk_file" -D - -o /dev/null \
        -w 'chunk-seconds: %{time_total}\n' | tr -d '\r')
    offset=$(echo "$headers" | awk 'tolower($1)=="upload-offset:" {print $2}')
    times+=" $(echo "$headers" | awk '$1=="chunk-seconds:" {print $2}')"
  done
  (( offset == SIZE )) || { echo "upload stopped at $offset of $SIZE bytes" >&2; exit 1; }
  echo "$(date +%s.%N) - $start" | bc
  echo "$times"
  echo "$headers" | awk 'tolower($1)=="sanxiang-evidence-id:" {print $2}'
}

# The first upload meets a freshly started JVM (code not yet compiled); a server that has run for a while is like
# the later ones. Each upload is a new evidence record of the same content (stored once).
UPLOAD_SECONDS=()
CHUNK_TIMES=()
for run in $(seq 1 "$UPLOADS"); do
  mapfile -t result < <(upload_once)
  UPLOAD_SECONDS+=("${result[0]}")
  CHUNK_TIMES+=("${result[1]}")
  EVIDENCE=${result[2]}
  STORED=$(curl -fsS -b "$WORK/cookies" "http://localhost:$PORT/api/v1/evidence/$EVIDENCE" | grep -o '"sha256":"[0-9a-f]*"' | cut -d'"' -f4)
  [[ -n "$STORED" ]] || { echo "upload $run: no evidence record"; exit 1; }
done

sha_after=$(time_sha256sum)
EXPECTED=$(cat "$WORK/sha256")
sha_seconds=$(echo "if ($sha_before < $sha_after) $sha_before else $sha_after" | bc)

[[ "$STORED" == "$EXPECTED" ]] || { echo "hash mismatch: server $STORED, sha256sum $EXPECTED"; exit 1; }
echo "file:              ${SIZE_MIB} MiB, PATCH chunks of ${CHUNK_MIB} MiB, sha256 $EXPECTED (the server's too)"
printf 'sha256sum:         %6.2f s  (%7.1f MiB/s; runs: %.2f s, %.2f s)\n' "$sha_seconds" \
  "$(echo "$SIZE_MIB / $sha_seconds" | bc -l)" "$sha_before" "$sha_after"
printf 'copy + fsync (dd): %6.2f s  (%7.1f MiB/s, the disk'"'"'s floor)\n' "$copy_seconds" \
  "$(echo "$SIZE_MIB / $copy_seconds" | bc -l)"
for i in "${!UPLOAD_SECONDS[@]}"; do
  seconds=${UPLOAD_SECONDS[$i]}
  printf 'upload %d via API: %6.2f s  (%7.1f MiB/s)  ratio to sha256sum %.2f (target >= 0.8), to copy %.2f\n' \
    $((i + 1)) "$seconds" "$(echo "$SIZE_MIB / $seconds" | bc -l)" "$(echo "$sha_seconds / $seconds" | bc -l)" \
    "$(echo "$copy_seconds / $seconds" | bc -l)"
  (( ${#CHUNKS[@]} > 1 )) && echo "  each PATCH (s): ${CHUNK_TIMES[$i]}"
done
