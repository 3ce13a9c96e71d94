#!/usr/bin/env bash
# `firebreak incident export 1 --format md|html|json -o FILE` of the 100,000-entry incident through the installed
# package's launcher (/usr/bin/firebreak: bundled runtime, the CDS archive made at installation, lib/native's SQLite),
# a fresh JVM each run. Goal (issue #5): each < 2 s. hyperfine reports wall and CPU (user, system); the load average is
# printed before and after, since other work on the machine shows in both.
# Usage: bench/export-installed.sh [firebreak_*.deb] [label]   (default: the newest in target/jpackage, from
#        mvn -Ppackage -Ddeb.compressor=gzip package -DskipTests; the journal from bench/timeline.sh, in
#        bench/work/timeline). Several packages side by side: FORMATS, RUNS; results in bench/work/export-installed/<label>.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls -t target/jpackage/firebreak_*.deb 2>/dev/null | head -1)}
LABEL=${2:-installed}
JOURNAL=bench/work/timeline/incident-100000.db
[ -f "$DEB" ] || { echo "build the package first: mvn -Ppackage -Ddeb.compressor=gzip package -DskipTests" >&2; exit 2; }
[ -f "$JOURNAL" ] || { echo "make the 100,000-entry journal first: bench/timeline.sh" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install -y hyperfine" >&2; exit 2; }

WORK=$PWD/bench/work/export-installed/$LABEL
# Install into a fresh root as dpkg would (postinst with DPKG_ROOT makes /usr/bin/firebreak and the archives).
rm -rf "$WORK" && mkdir -p "$WORK/control" "$WORK/home" "$WORK/out"
dpkg -x "$DEB" "$WORK/root"
dpkg-deb -e "$DEB" "$WORK/control"
DPKG_ROOT=$WORK/root sh "$WORK/control/postinst" configure
cp "$JOURNAL" "$WORK/home/journal.db"
export FIREBREAK_HOME=$WORK/home

uptime
for format in ${FORMATS:-md html json}; do
  hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$WORK/$format.json" \
    -n "$LABEL export --format $format" \
    "$WORK/root/usr/bin/firebreak incident export 1 --format $format -o $WORK/out/postmortem.$format"
done
uptime
