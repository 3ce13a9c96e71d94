#!/usr/bin/env bash
# Cold start of the installed package: the console to its first frame (under Xvfb) as the desktop entry and
# `firebreak` start it, with the class-data-sharing archive the package makes at installation, with the JDK's own
# archive only, with none, and through jpackage's native launcher bin/Firebreak; and the command line
# (`firebreak --version`, `firebreak lint`) beside `git --version` and `grep`. Goal: console < 2 s median.
# Usage: bench/startup.sh [firebreak_*.deb]   (default: the newest in target/jpackage from mvn -Ppackage package;
#        needs hyperfine and Xvfb: apt-get install -y hyperfine xvfb libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
WORK=$BENCH/work/startup
DEB=${1:-$(ls -t target/jpackage/firebreak_*.deb 2>/dev/null | head -1)}
[ -f "$DEB" ] || { echo "build the package first: mvn -Ppackage package -DskipTests" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install -y hyperfine" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "install Xvfb: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }

# Install into a fresh root as dpkg would (postinst with DPKG_ROOT makes /usr/bin/firebreak and the archives).
rm -rf "$WORK" && mkdir -p "$WORK/control"
dpkg -x "$DEB" "$WORK/root"
dpkg-deb -e "$DEB" "$WORK/control"
DPKG_ROOT=$WORK/root sh "$WORK/control/postinst" configure
APP=$WORK/root/opt/firebreak
# The same installation with the JDK's default archive (JDK classes only) where the console's archive was.
cp -al "$WORK/root" "$WORK/jdk-cds"
rm "$WORK/jdk-cds/opt/firebreak/lib/cds/console.jsa"
cp "$APP/lib/runtime/lib/server/classes.jsa" "$WORK/jdk-cds/opt/firebreak/lib/cds/console.jsa"
printf 'CREATE TABLE orders (id bigint);\nDROP TABLE customers;\n' > "$WORK/V2__drop_customers.sql"

export FIREBREAK_HOME=$WORK/home NO_AT_BRIDGE=1 # no accessibility bus under Xvfb: GTK would wait 25 s for one
export DISPLAY=:$((90 + RANDOM % 100))
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp 2>/dev/null &
XVFB=$!
trap 'kill $XVFB' EXIT
sleep 1
FIRST_FRAME="JAVA_TOOL_OPTIONS=-Dfirebreak.exitAfterFirstFrame=true"
CONSOLE=$WORK/root/usr/bin/firebreak
env "$FIRST_FRAME" "$CONSOLE" 2>/dev/null # creates the settings a first start writes

mkdir -p "$BENCH/results"
hyperfine --warmup 1 --runs "${RUNS:-10}" -i --export-markdown "$BENCH/results/startup.md" \
  --export-json "$BENCH/results/startup.json" \
  -n "console, package archive" "env $FIRST_FRAME $CONSOLE 2>/dev/null" \
  -n "console, JDK archive only" "env $FIRST_FRAME $WORK/jdk-cds/usr/bin/firebreak 2>/dev/null" \
  -n "console, no CDS" "env $FIRST_FRAME FIREBREAK_JAVA_OPTS=-Xshare:off $CONSOLE 2>/dev/null" \
  -n "console, jpackage's native launcher" "env $FIRST_FRAME $APP/bin/Firebreak 2>/dev/null" \
  -n "firebreak --version" "$WORK/root/usr/bin/firebreak --version" \
  -n "firebreak --version, no CDS" "env FIREBREAK_JAVA_OPTS=-Xshare:off $WORK/root/usr/bin/firebreak --version" \
  -n "firebreak lint" "$WORK/root/usr/bin/firebreak lint $WORK/V2__drop_customers.sql" \
  -n "git --version" "git --version" \
  -n "grep" "grep -c 'DROP TABLE' $WORK/V2__drop_customers.sql"
python3 - "$BENCH/results/startup.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:<36} median {r['median']:.3f} s   user {r['user']:.3f} s  system {r['system']:.3f} s")
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$BENCH/results/startup.md"
