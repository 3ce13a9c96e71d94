#!/bin/sh
# Whole-process comparison on the same generated corpus (>= 10 MB of migrations):
# firebreak lint vs squawk (npm squawk-cli) vs grep -rn "DROP TABLE", wall time (hyperfine) and findings counts.
# Needs: JDK 17+, Maven, python3, node/npm, hyperfine (apt-get install -y hyperfine).
set -eu
cd "$(dirname "$0")/.."
WORK=bench/work
CORPUS=$WORK/corpus
[ -d "$CORPUS" ] || python3 bench/generate_corpus.py
[ -x "$WORK/node_modules/.bin/squawk" ] || (cd "$WORK" && npm install --no-audit --no-fund squawk-cli >/dev/null)
mvn -q -B package -DskipTests
FIREBREAK=target/firebreak/bin/firebreak
SQUAWK=$WORK/node_modules/.bin/squawk

echo "corpus: $(ls "$CORPUS" | wc -l) files, $(cat "$CORPUS"/*.sql | wc -c) bytes; $(nproc) cores; $("$SQUAWK" --version)"
echo "load average before timing (other jobs on this machine skew the figures): $(cut -d" " -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "${RUNS:-10}" --ignore-failure --export-markdown "$WORK/hyperfine.md" \
    -n "firebreak lint" "$FIREBREAK lint --format json $CORPUS > /dev/null" \
    -n "squawk" "$SQUAWK --reporter gcc '$CORPUS/*.sql' > /dev/null" \
    -n "grep -rn DROP TABLE" "grep -rn 'DROP TABLE' $CORPUS > /dev/null"

echo
echo "planted in the corpus (bench/work/corpus-truth.txt):"
sed 's/^/  /' "$WORK/corpus-truth.txt"
echo "firebreak lint findings by rule:"
"$FIREBREAK" lint --format json "$CORPUS" | python3 -c '
import collections, json, sys
for rule, n in sorted(collections.Counter(f["rule"] for f in json.load(sys.stdin)["findings"]).items()):
    print(f"  {rule} {n}")'
echo "squawk findings by rule (data-loss rules and the index rule first):"
"$SQUAWK" --reporter gcc "$CORPUS/*.sql" | awk '{print $3}' | sort | uniq -c | sort -rn | awk '{print "  " $2 " " $1}'
echo "grep -rn 'DROP TABLE' lines: $(grep -rn 'DROP TABLE' "$CORPUS" | wc -l)"
