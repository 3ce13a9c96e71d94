#!/bin/sh
# Build-time training runs of the Linux app image: record the classes that `--version`, `lint`, the journal's
# commands and the console up to its first frame load, into lib/cds/{cli,console}.classlist. Installing the package
# dumps the archives from them.
# The console needs a display: Xvfb (xvfb-run) when there is none.
set -eu
image=$(cd "$1" && pwd -P)
. "$image/lib/cds/classpath.sh"
java="$image/lib/runtime/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FIREBREAK_HOME="$work/home"
printf 'DROP TABLE customers;\n' > "$work/V2__drop_customers.sql"

record() { # class list, class path, arguments...
  list=$1 cp=$2
  shift 2
  "$java" -XX:DumpLoadedClassList="$list" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -cp "$cp" dev.firebreak.Main "$@"
}
cli=$(classpath "$image" cli)
record "$work/version.list" "$cli" --version > /dev/null
record "$work/lint.list" "$cli" lint "$work/V2__drop_customers.sql" > /dev/null || [ $? -eq 1 ] # 1: findings
# the journal's commands (SQLite, the schema check, JSON, the exports) on a journal of the training home
record "$work/open.list" "$cli" incident open "Training run" > /dev/null
record "$work/log.list" "$cli" log "a line" > /dev/null
for format in md html json; do
  record "$work/export-$format.list" "$cli" incident export 1 --format $format -o "$work/export.$format" > /dev/null
done
record "$work/verify.list" "$cli" journal verify > /dev/null
awk '!seen[$0]++' "$work"/*.list > "$image/lib/cds/cli.classlist"

display=""
[ -n "${DISPLAY:-}" ] || display="xvfb-run -a"
# NO_AT_BRIDGE: without an accessibility bus GTK would wait 25 s for one
$display env NO_AT_BRIDGE=1 "$java" -XX:DumpLoadedClassList="$image/lib/cds/console.classlist" -XX:+UseSerialGC \
  -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -Dfirebreak.exitAfterFirstFrame=true -cp "$(classpath "$image" console)" dev.firebreak.Main > "$work/console.out"
grep -q 'first frame' "$work/console.out" || { echo "train-cds: the console showed no first frame" >&2; exit 1; }
