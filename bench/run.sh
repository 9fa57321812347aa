#!/bin/sh
# Ledger benchmarks. Usage (from the repository root):
#   bench/run.sh memory 1000000 10000000     root/proof times over stored subtree hashes in memory
#   bench/run.sh h2 1000000                  append/sequencer rates and proof times on file H2
#   bench/run.sh postgresql 1000000          the same on an embedded PostgreSQL 17 (started by the bench)
#   bench/run.sh postgresql-synthetic 10000000   proof times through the service, tree rows filled by SQL
#   bench/run.sh h2-synthetic 10000000           the same on file H2
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
mkdir -p target/bench-classes
javac -q -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/org/sanxiang/bench/*.java 2>/dev/null \
  || javac -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/org/sanxiang/bench/*.java
exec java -Xmx6g -XX:+UseParallelGC -cp "target/bench-classes:$CP" org.sanxiang.bench.LedgerBench "$@"
