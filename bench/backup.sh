#!/usr/bin/env bash
# Firebreak's backups and restores as whole processes (JVM, snapshot, exact row counts, pg_dump/pg_restore, SHA-256,
# fsync, manifest) side by side with the raw PostgreSQL tools on the same pgbench database, same compression (gzip 6):
#   1. firebreak backup                              vs  pg_dump -Fc -Z 6                   (goal <= 1.10x)
#      and vs the raw tools keeping the same promise (bench/counted-dump.sh: pg_dump of an exported snapshot in which
#      psql counts every table exactly meanwhile), which shows what the exact row counts cost on this machine
#   2. firebreak restore ID --mode new               vs  createdb + pg_restore -d           (goal <= 1.15x)
#      (Firebreak checks the archive's SHA-256 first and every table's row count after, as it always does)
#   3. firebreak backup --format directory --jobs 2  vs  --jobs 1, and raw pg_dump -Fd -j 2 / -j 1
#   4. the fixed part of the overhead: firebreak backup and restore of an empty database vs the raw tools
#   Every figure is printed with its CPU time (user+sys of the whole process tree, steadier than wall time on a
#   loaded machine; the server's own work, e.g. the row counts, is not in it) and the load average.
# Usage: bench/backup.sh   (needs `mvn package` first, hyperfine, and the PostgreSQL server binaries: initdb, pg_ctl,
# pgbench). SCALE=50 sets the pgbench scale, RUNS=5 the runs per backup command (restores: RESTORE_RUNS=3),
# FIREBREAK=path another build's launcher. Starts a throwaway server on a free port (as `nobody` when run as root).
# Results: bench/results/backup*.{md,json} and the medians with their ranges on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
FIREBREAK=${FIREBREAK:-$PWD/target/firebreak/bin/firebreak}
SCALE=${SCALE:-50}
RUNS=${RUNS:-5}
RESTORE_RUNS=${RESTORE_RUNS:-3}
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
URL="postgresql://bench@localhost:$PORT/bench?sslmode=disable"
"$PGBIN/createdb" bench
echo "pgbench -i -s $SCALE ..."
"$PGBIN/pgbench" -q -i -s "$SCALE" bench >/dev/null 2>&1
echo "database: $(psql -Atc "SELECT pg_size_pretty(pg_database_size('bench'))" bench), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$BENCH/results"
run() { # name, extra hyperfine arguments...
  local name=$1; shift
  hyperfine --style basic --export-markdown "$BENCH/results/$name.md" --export-json "$BENCH/results/$name.json" "$@"
}

run backup --warmup 1 --runs "$RUNS" \
  -n "firebreak backup" "$FIREBREAK backup --db '$URL'" \
  -n "pg_dump -Fc -Z 6" "pg_dump -Fc -Z 6 -f $WORK/raw.dump bench" \
  -n "pg_dump -Fc -Z 6 + exact counts (psql)" "$BENCH/counted-dump.sh bench $WORK/counted.dump 2>/dev/null"

ID=$("$FIREBREAK" backup --db "$URL" 2>/dev/null)
DROP_RESTORED="psql -Atc \"SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_restored\\_%'\" postgres | xargs -r -n1 dropdb"
run backup-restore --warmup 1 --runs "$RESTORE_RUNS" \
  --prepare "$DROP_RESTORED; dropdb --if-exists raw_restore" \
  -n "firebreak restore --mode new" "$FIREBREAK restore $ID --db '$URL' --mode new" \
  -n "createdb + pg_restore -d" "createdb raw_restore && pg_restore --no-owner --no-acl -d raw_restore $WORK/raw.dump" \
  -n "createdb + pg_restore -j 2 -d" "createdb raw_restore && pg_restore --no-owner --no-acl -j 2 -d raw_restore $WORK/raw.dump"

run backup-directory --warmup 1 --runs "$RUNS" --prepare "rm -rf $WORK/raw.dir" \
  -n "firebreak backup --format directory --jobs 2" "$FIREBREAK backup --db '$URL' --format directory --jobs 2" \
  -n "firebreak backup --format directory --jobs 1" "$FIREBREAK backup --db '$URL' --format directory --jobs 1" \
  -n "pg_dump -Fd -j 2 -Z 6" "pg_dump -Fd -j 2 -Z 6 -f $WORK/raw.dir bench" \
  -n "pg_dump -Fd -j 1 -Z 6" "pg_dump -Fd -j 1 -Z 6 -f $WORK/raw.dir bench"

"$PGBIN/createdb" empty
EMPTY_URL="postgresql://bench@localhost:$PORT/empty?sslmode=disable"
run backup-fixed --warmup 1 --runs "$RUNS" \
  -n "firebreak backup (empty database)" "$FIREBREAK backup --db '$EMPTY_URL'" \
  -n "pg_dump -Fc -Z 6 (empty database)" "pg_dump -Fc -Z 6 -f $WORK/empty.dump empty"
EMPTY_ID=$("$FIREBREAK" backup --db "$EMPTY_URL" 2>/dev/null)
DROP_EMPTY="psql -Atc \"SELECT datname FROM pg_database WHERE datname LIKE 'empty\\_restored\\_%'\" postgres | xargs -r -n1 dropdb"
run backup-restore-fixed --warmup 1 --runs "$RUNS" \
  --prepare "$DROP_EMPTY; dropdb --if-exists raw_empty" \
  -n "firebreak restore --mode new (empty database)" "$FIREBREAK restore $EMPTY_ID --db '$EMPTY_URL' --mode new" \
  -n "createdb + pg_restore -d (empty database)" "createdb raw_empty && pg_restore --no-owner --no-acl -d raw_empty $WORK/empty.dump"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$BENCH/results" <<'PY'
import json, statistics, sys
results = {}
for name in ("backup", "backup-restore", "backup-directory", "backup-fixed", "backup-restore-fixed"):
    for r in json.load(open(f"{sys.argv[1]}/{name}.json"))["results"]:
        results[r["command"]] = r
def show(name):
    r = results[name]
    return (f"{r['median']:.2f} s (range {min(r['times']):.2f}-{max(r['times']):.2f}), "
            f"CPU {r['user'] + r['system']:.2f} s user+sys, mean")
def ratio(a, b, goal=None):
    text = f"{results[a]['median'] / results[b]['median']:.2f}x"
    return text + (f" (goal <= {goal:.2f}x)" if goal else "")
for name in results:
    print(f"{name:48} median {show(name)}")
def extra(a, b):
    return results[a]["median"] - results[b]["median"]
print("firebreak backup / pg_dump -Fc:", ratio("firebreak backup", "pg_dump -Fc -Z 6", 1.10))
print("pg_dump -Fc + exact counts (psql) / pg_dump -Fc:", ratio("pg_dump -Fc -Z 6 + exact counts (psql)", "pg_dump -Fc -Z 6"))
print("firebreak backup / pg_dump -Fc + exact counts (psql):", ratio("firebreak backup", "pg_dump -Fc -Z 6 + exact counts (psql)"))
print("firebreak restore --mode new / createdb + pg_restore:", ratio("firebreak restore --mode new", "createdb + pg_restore -d", 1.15))
print("firebreak restore --mode new / createdb + pg_restore -j 2:", ratio("firebreak restore --mode new", "createdb + pg_restore -j 2 -d"))
fixed_backup = extra("firebreak backup (empty database)", "pg_dump -Fc -Z 6 (empty database)")
fixed_restore = extra("firebreak restore --mode new (empty database)", "createdb + pg_restore -d (empty database)")
for what, fixed, a, b in (("backup", fixed_backup, "firebreak backup", "pg_dump -Fc -Z 6"),
                          ("restore", fixed_restore, "firebreak restore --mode new", "createdb + pg_restore -d")):
    rest = extra(a, b) - fixed
    print(f"{what} overhead: {fixed:.2f} s fixed (empty database) + {rest:.2f} s "
          f"= {100 * rest / results[b]['median']:.0f} % of the raw tool's time at this size")
print("directory --jobs 2 / --jobs 1:", ratio("firebreak backup --format directory --jobs 2", "firebreak backup --format directory --jobs 1"))
print("raw pg_dump -Fd -j 2 / -j 1:", ratio("pg_dump -Fd -j 2 -Z 6", "pg_dump -Fd -j 1 -Z 6"))
print("firebreak --jobs 2 / pg_dump -Fd -j 2:", ratio("firebreak backup --format directory --jobs 2", "pg_dump -Fd -j 2 -Z 6"))
PY
