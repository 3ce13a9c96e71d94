#!/usr/bin/env bash
# Opening an incident of 100,000 entries in the running console: the real console started as the installed
# `firebreak` starts it (SerialGC, a class-data-sharing archive made as the package makes it at installation: a class
# list recorded up to the first frame, then dumped), under Xvfb, on a FIREBREAK_HOME whose journal holds the incident
# open. After the first frame and a settle, Ctrl+3; timed until the Timeline tab's table shows the rows (first time),
# then Ctrl+1 / Ctrl+3 again. One JVM per run (RUNS=5), runs interleaved across the distributions given.
# BENCH_JAVA_OPTS=-DwaitForBackground=false: Ctrl+3 a second after the first frame, while the console may still be
# opening the journal and reading the incident (a user quick to the tab).
# Usage: bench/timeline-console.sh [distribution_dir...]  (default target/firebreak, from mvn package; the journal is
#        bench/work/timeline/incident-100000.db, built by bench/timeline.sh; needs Xvfb and libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$PWD/bench/work/timeline-console
JOURNAL=$PWD/bench/work/timeline/incident-100000.db
TEST_CLASSES=$PWD/target/test-classes # the bench itself
[ -f "$JOURNAL" ] || { echo "build the journal first: bench/timeline.sh" >&2; exit 2; }
[ -n "${NOBUILD:-}" ] || mvn -q -B package -DskipTests # NOBUILD=1: the build is current
[ $# -gt 0 ] || set -- target/firebreak
export NO_AT_BRIDGE=1 # no accessibility bus under Xvfb: GTK would wait 25 s for one
export DISPLAY=:$((90 + RANDOM % 100))
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp 2>/dev/null &
XVFB=$!
trap 'kill $XVFB' EXIT
sleep 1

classpath() { ls "$1"/lib/*.jar | paste -sd: -; }
n=0
for dist in "$@"; do # a home and an archive each, as installing the package would make them
  n=$((n + 1))
  dir=$WORK/$n && rm -rf "$dir" && mkdir -p "$dir/home"
  dist=$(cd "$dist" && pwd -P) && echo "$dist" > "$dir/dist"
  cp "$JOURNAL" "$dir/home/journal.db"
  FIREBREAK_HOME=$dir/home "$dist/bin/firebreak" profile add orders --db postgresql://ops@localhost:5432/orders >/dev/null
  FIREBREAK_HOME=$dir/home java -XX:DumpLoadedClassList="$dir/console.classlist" -XX:+UseSerialGC \
    -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -Dfirebreak.exitAfterFirstFrame=true \
    -cp "$(classpath "$dist")" dev.firebreak.Main >/dev/null
  java -Xshare:dump -XX:SharedClassListFile="$dir/console.classlist" -XX:SharedArchiveFile="$dir/console.jsa" \
    -cp "$(classpath "$dist")" >/dev/null 2>&1 || echo "no archive for $dist: runs without one" >&2
done
echo "$(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "${RUNS:-5}"); do
  for i in $(seq "$n"); do
    dir=$WORK/$i dist=$(cat "$WORK/$i/dist")
    archive=() && [ -f "$dir/console.jsa" ] && archive=(-XX:SharedArchiveFile="$dir/console.jsa" -Xlog:cds=off)
    echo "== $dist, run $run (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # from the home, not a git repository: the Pre-push tab would check the working directory's repository
    (cd "$dir/home" && FIREBREAK_HOME=$dir/home /usr/bin/time -f "JVM: wall %e s, user %U s, sys %S s" java "${archive[@]}" -XX:+UseSerialGC \
      -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -Dslf4j.internal.verbosity=WARN \
      ${BENCH_JAVA_OPTS:-} -cp "$(classpath "$dist"):$TEST_CLASSES" dev.firebreak.ui.timeline.bench.ConsoleTimelineBench)
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
