#!/bin/sh
# Journal append latency p50/p99 with durability on (SQLite WAL, synchronous=FULL); an incident of 100,000
# entries opened in a bare Timeline view in a fresh JVM (headless JavaFX; in the running console: bench/timeline-console.sh)
# and exported as Markdown, HTML and JSON.
# Usage: bench/timeline.sh        (APPENDS=2000 ENTRIES=100000; the large journal is built once in bench/work/timeline)
# Then the CLI exports end to end through the distribution's launcher (target/firebreak/bin/firebreak, as installed:
# its JVM options and class-data-sharing archive; a fresh JVM each, CLIRUNS=5 times), interleaved with the peer: the
# sqlite3 CLI writing the same rows into a file. Wall and CPU (user+sys) times; the load average is printed.
# The same exports through the installed package's launcher: bench/export-installed.sh (after this script).
set -eu
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -Dappends="${APPENDS:-2000}" -Dentries="${ENTRIES:-100000}" -DcliRuns="${CLIRUNS:-5}" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.firebreak.ui.timeline.bench.TimelineBench bench/work/timeline
