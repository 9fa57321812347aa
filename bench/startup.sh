#!/usr/bin/env bash
# Start-up (issue 16): seconds from launch to health UP (the demo data loaded: readiness) on an empty data
# directory, and the server's resident memory (RSS) at that moment, for
#   before      java -jar BEFORE_JAR, e.g. a jar built from an earlier commit (only when given)
#   java -jar   java -jar of the current jar (target/sanxiang-*.jar), the development way
#   bin/start   the production start command, bin/start.sh: the extracted jar with its class-data archive
# The runs alternate between the ways (RUNS rounds), so that the load of the shared machine falls on all alike; the
# medians are printed with every run. bin/start.sh prepares its archive on its first start, which is timed apart.
# JAVA_OPTS go to every server; JAVA_HOME picks the JDK; DEMO=false starts without the demo data (a node joining a cluster).
# Usage: bench/startup.sh [BEFORE_JAR] [RUNS, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

BEFORE=${1:-}
RUNS=${2:-3}
PORT=${PORT:-18184}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export SANXIANG_DEMO=${DEMO:-true} SANXIANG_CDS_DIR=$WORK/cds

NAMES=() COMMANDS=()
if [[ -n "$BEFORE" ]]; then NAMES+=(before) COMMANDS+=("$JAVA ${JAVA_OPTS:-} -jar $BEFORE"); fi
NAMES+=("java -jar" "bin/start") COMMANDS+=("$JAVA ${JAVA_OPTS:-} -jar $JAR" "bin/start.sh $JAR")

# start_once COMMAND: prints "seconds RSS-MiB" from launch to health UP on a fresh data directory
RUN=0
start_once() {
  local start seconds rss
  RUN=$((RUN + 1))
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the command's words
  start_server "$PORT" "$WORK/data-$RUN" $1
  wait_healthy "$PORT" 300
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
  stop_server "$SERVER_PID"
  echo "$seconds $rss"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r first_seconds first_rss < <(start_once "bin/start.sh $JAR")
declare -A SECONDS_OF RSS_OF
for _ in $(seq "$RUNS"); do
  for i in "${!NAMES[@]}"; do
    read -r seconds rss < <(start_once "${COMMANDS[$i]}")
    SECONDS_OF[$i]+="$seconds " RSS_OF[$i]+="$rss "
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "start-up to health UP on an empty data directory with the demo data; $RUNS rounds; $(nproc) cores;" \
  "load $load_before -> $load_after; $("$JAVA" -version 2>&1 | head -1)"
printf 'bin/start first start (prepares the archive, then starts): %.1f s, %d MiB\n' "$first_seconds" "$first_rss"
printf '%-10s %12s %10s   %s\n' way 'median s' 'RSS MiB' 'runs (s / MiB)'
for i in "${!NAMES[@]}"; do
  printf '%-10s %12.1f %10d   %s/ %s\n' "${NAMES[$i]}" "$(tr ' ' '\n' <<< "${SECONDS_OF[$i]}" | grep . | median)" \
    "$(tr ' ' '\n' <<< "${RSS_OF[$i]}" | grep . | median)" "$(printf '%.1f ' ${SECONDS_OF[$i]})" "${RSS_OF[$i]}"
done
