#!/bin/sh
# The README's screenshots: the real console walks the guided drill (dev.firebreak.ui.DrillScreenshots) on a fresh
# temporary FIREBREAK_HOME under Xvfb (real GTK and fonts, not Monocle) and saves the window at each step here.
# Needs xvfb-run and GTK 3 (Debian: apt-get install xvfb libgtk-3-0), git and pg_dump; optipng shrinks the PNGs if present.
set -eu
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export FIREBREAK_HOME="$WORK/home" NO_AT_BRIDGE=1
xvfb-run -a -s "-screen 0 1280x860x24" java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.firebreak.ui.DrillScreenshots assets/screenshots
if command -v optipng >/dev/null; then optipng -quiet -o2 assets/screenshots/*.png; fi
