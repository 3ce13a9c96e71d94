#!/usr/bin/env bash
# Wall time of `firebreak backup` (the whole process: JVM, snapshot, exact row counts, pg_dump, SHA-256, fsync,
# manifest) next to a raw `pg_dump -Fc` of the same pgbench database. Goal: at most 1.10x.
# Usage: bench/backup.sh   (needs `mvn package` first, hyperfine, and the PostgreSQL server binaries: initdb, pg_ctl,
# pgbench; SCALE=50 sets the pgbench scale). Starts a throwaway server on a free port (as `nobody` when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
FIREBREAK=$PWD/target/firebreak/bin/firebreak
SCALE=${SCALE:-50}
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('localhost', 0)); print(s.getsockname()[1])")}
[ -x "$FIREBREAK" ] || { echo "build the distribution first: mvn -q package -DskipTests" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install -y hyperfine" >&2; exit 2; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "install the server binaries: apt-get install -y postgresql" >&2; exit 2; }

WORK=$(mktemp -d)
chmod 755 "$WORK"
as_db() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
mkdir "$WORK/data" && [ "$(id -u)" != 0 ] || chown nobody "$WORK/data"
trap 'as_db "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
as_db "$PGBIN/initdb" -A trust -U bench -D "$WORK/data" >/dev/null
as_db "$PGBIN/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK/data -c listen_addresses=localhost" -l "$WORK/data/log" -w start >/dev/null
export PGHOST=localhost PGPORT=$PORT PGUSER=bench FIREBREAK_HOME=$WORK/home
"$PGBIN/createdb" bench
echo "pgbench -i -s $SCALE ..."
"$PGBIN/pgbench" -q -i -s "$SCALE" bench >/dev/null 2>&1
echo "database: $(psql -Atc "SELECT pg_size_pretty(pg_database_size('bench'))" bench)"

mkdir -p "$BENCH/results"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$BENCH/results/backup.md" --export-json "$BENCH/results/backup.json" \
  -n "firebreak backup" "$FIREBREAK backup --db postgresql://bench@localhost:$PORT/bench?sslmode=disable 2>/dev/null" \
  -n "pg_dump -Fc" "pg_dump -Fc -Z 6 -f $WORK/raw.dump bench"
python3 - "$BENCH/results/backup.json" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
fb, raw = runs["firebreak backup"]["median"], runs["pg_dump -Fc"]["median"]
print(f"median: firebreak backup {fb:.3f} s, pg_dump -Fc {raw:.3f} s, ratio {fb / raw:.2f}x (goal <= 1.10x)")
PY
