#!/usr/bin/env bash
# The raw tools doing what `firebreak backup` promises, as a careful script would: pg_dump -Fc of a snapshot exported
# by a REPEATABLE READ transaction in which every user table is counted exactly (count(*), one backend, no JIT) while
# pg_dump runs. bench/backup.sh times it beside plain pg_dump, to show what the exact counts cost on this machine.
# Usage: bench/counted-dump.sh DATABASE FILE   (libpq environment: PGHOST, PGPORT, PGUSER)
set -euo pipefail
DB=$1 FILE=$2
coproc PSQL { psql -AtqX -v ON_ERROR_STOP=1 "$DB"; }
ask() { # one statement, its single-line result
  echo "$1" >&"${PSQL[1]}"
  read -r line <&"${PSQL[0]}"
  echo "$line"
}
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET jit = off; SET max_parallel_workers_per_gather = 0;" >&"${PSQL[1]}"
SNAPSHOT=$(ask "SELECT pg_export_snapshot();")
pg_dump -Fc -Z 6 --snapshot="$SNAPSHOT" -f "$FILE" "$DB" &
DUMP=$!
TABLES=$(ask "SELECT string_agg(format('SELECT %L, count(*) FROM %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname), ' UNION ALL ') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%';")
[ -z "$TABLES" ] || echo "SELECT string_agg(t || '=' || n, ' ') FROM ($TABLES) AS counted(t, n);" >&"${PSQL[1]}"
[ -z "$TABLES" ] || read -r COUNTS <&"${PSQL[0]}"
wait "$DUMP"
echo "COMMIT;" >&"${PSQL[1]}"
exec {PSQL[1]}>&-
wait
echo "${COUNTS:-no tables}" >&2
