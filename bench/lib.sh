# The preamble the HTTP bench scripts share; source it from a script that has cd'ed to the repository root.
# Gives WORK (a temporary directory, removed at exit with every server started through start_server), JAR (the
# packaged jar, built if absent), start_server and wait_healthy.

WORK=$(mktemp -d /tmp/sanxiang-bench.XXXXXX)
SERVER_PIDS=()
PG_DIRS=()

bench_cleanup() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for pg in "${PG_DIRS[@]}"; do
    as_postgres pg_ctl -D "$pg" -m fast stop > /dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

JAR=$(ls target/sanxiang-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -o -q package -DskipTests
  JAR=$(ls target/sanxiang-*.jar | grep -v original | head -1)
fi

# start_server PORT DATA_DIR [COMMAND...]: starts the server in the background on an own data directory (the
# caller's environment passes on, e.g. SANXIANG_DEMO) and sets SERVER_PID; its output goes to DATA_DIR.log. The
# command defaults to `java $JAVA_OPTS -jar $JAR`; the scheduled jobs are off, so that they do not run during a
# measurement.
start_server() {
  local port=$1 data=$2
  shift 2
  (( $# > 0 )) || set -- java ${JAVA_OPTS:-} -jar "$JAR"
  SANXIANG_DATA_DIR=$data "$@" --server.port="$port" --sanxiang.scheduling.enabled=false > "$data.log" 2>&1 &
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
}

# wait_healthy PORT [SECONDS, default 180]: until /actuator/health answers UP (start-up work such as the demo data is
# done); fails with the end of the server's log if it does not in time.
wait_healthy() {
  local port=$1 seconds=${2:-180} deadline
  deadline=$(( $(date +%s) + seconds ))
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; do
    if (( $(date +%s) > deadline )); then
      echo "no health UP on port $port after $seconds s" >&2
      tail -50 "$(ls -t "$WORK"/*.log | head -1)" >&2
      return 1
    fi
    sleep 0.1
  done
}

# stop_server PID: ends a server started with start_server and waits for it.
stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# as_postgres COMMAND...: the PostgreSQL server refuses to run as root; as root, the command runs as user postgres.
as_postgres() {
  if (( $(id -u) == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres PORT: a throwaway cluster of the installed PostgreSQL (initdb, pg_ctl: Debian's postgresql
# package) in WORK, with its defaults (fsync on), and a database "sanxiang"; stopped at exit. Sets PG_ARGS, the
# server's arguments for it.
start_postgres() {
  local port=$1 pg="$WORK/pg"
  command -v initdb > /dev/null && command -v pg_ctl > /dev/null || { echo "no initdb/pg_ctl installed" >&2; return 1; }
  chmod 755 "$WORK"
  mkdir -p "$pg" && { (( $(id -u) != 0 )) || chown postgres "$pg"; }
  as_postgres initdb -D "$pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log" 2>&1
  as_postgres pg_ctl -D "$pg" -o "-p $port -k $pg" -l "$pg/server.log" -w start > /dev/null
  PG_DIRS+=("$pg")
  psql -h localhost -p "$port" -U postgres -qc 'create database sanxiang' > /dev/null
  PG_ARGS=(--spring.datasource.url="jdbc:postgresql://localhost:$port/sanxiang" --spring.datasource.username=postgres
    --spring.datasource.password=bench)
}
