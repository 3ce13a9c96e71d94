#!/bin/sh
# The guided drill's recovery time: from "Deploy anyway" (the practice shop's customers dropped) to all 1,247 customers
# back through Firebreak's replace restore, next to a by-hand `pg_restore --clean` of the same archive. Goal: < 60 s.
# Usage: bench/drill.sh     (RUNS=5; starts its own practice server in a temporary FIREBREAK_HOME; result in
# bench/results/drill.txt)
set -eu
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
mkdir -p bench/results
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Druns="${RUNS:-5}" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.firebreak.practice.bench.DrillBench "$WORK/home" | tee bench/results/drill.txt
