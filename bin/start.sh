#!/usr/bin/env bash
# The production start command (README): the packaged jar, started with a class-data archive made for it, which
# loads the JDK's and the application's classes already parsed and linked instead of reading them from the nested
# jars (issue 16: start-up). The first start, and the first after a new jar or another JDK, prepares the archive:
# it extracts the jar next to itself (java -Djarmode=tools extract) and makes a training run on an empty temporary
# database that stops as soon as the application context is up (-Dspring.context.exit=onRefresh); on JDK 25 and
# later the archive is the AOT cache (JEP 483/514/515, -XX:AOTCacheOutput), on JDK 17-24 an AppCDS archive
# (-XX:ArchiveClassesAtExit). The training run sees none of the environment (no database URL, no keys): it never
# touches the real data. A JVM that cannot use the archive says so in a warning and starts without it.
#
# Usage: bin/start.sh [JAR] [application arguments...]
#   JAR defaults to target/sanxiang-*.jar; JAVA_OPTS go to the JVM (the training run's too), default
#   -XX:+UseSerialGC: on 2 cores with a heap of a few hundred MB its pauses are short, and the server keeps ~90 MB
#   less resident than with G1 (bench/pages.md); JAVA_HOME picks the JDK; SANXIANG_CDS_DIR is where the extracted jar and the archive go (default: next to the jar, JAR without .jar
#   + "-cds"; it must be writable on the first start).
set -euo pipefail

if [[ ${1:-} == *.jar ]]; then
  JAR=$1
  shift
else
  JAR=$(ls "$(dirname "$0")"/../target/sanxiang-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n "$JAR" ]] || { echo "no jar: build it (./mvnw package) or name it: bin/start.sh path/to/sanxiang.jar" >&2; exit 1; }
fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC}
DIR=${SANXIANG_CDS_DIR:-${JAR%.jar}-cds}
APP=$DIR/$(basename "$JAR")

if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  TRAIN=(-XX:AOTCacheOutput="$DIR/app.aot") USE=(-XX:AOTCache="$DIR/app.aot")
else
  TRAIN=(-XX:ArchiveClassesAtExit="$DIR/app.jsa") USE=(-XX:SharedArchiveFile="$DIR/app.jsa")
fi

# The archive belongs to one jar, one JDK build and its JVM options (an AOT cache requires the same GC).
STAMP="$(stat -c '%s %Y' "$JAR") $JAVA_OPTS $("$JAVA" -version 2>&1 | tr '\n' ' ')"
if [[ ! -f "$DIR/stamp" || "$(cat "$DIR/stamp")" != "$STAMP" ]]; then
  echo "preparing the class-data archive in $DIR (once per jar and JDK; about one start-up's time)" >&2
  rm -rf "$DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
  TRAINING=$(mktemp -d)
  trap 'rm -rf "$TRAINING"' EXIT
  (cd "$TRAINING" && env -i PATH="$PATH" HOME="$TRAINING" SANXIANG_DATA_DIR="$TRAINING/data" \
    "$JAVA" $JAVA_OPTS "${TRAIN[@]}" -Dspring.context.exit=onRefresh -jar "$APP" \
    --server.port=0 --sanxiang.scheduling.enabled=false > "$TRAINING/training.log" 2>&1) \
    || { tail -30 "$TRAINING/training.log" >&2; rm -rf "$DIR"; exit 1; }
  echo "$STAMP" > "$DIR/stamp"
  rm -rf "$TRAINING"
  trap - EXIT
fi

exec "$JAVA" $JAVA_OPTS "${USE[@]}" -jar "$APP" "$@"
