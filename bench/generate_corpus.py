#!/usr/bin/env python3
"""Deterministic corpus of realistic PostgreSQL migrations for the lint benchmark.

Writes bench/work/corpus/V<n>__<name>.sql until the corpus reaches --mb megabytes, and
bench/work/corpus-truth.txt with how many destructive statements were planted, per kind,
so that findings counts can be judged, not just timed. Traps that grep falls for (DROP TABLE
inside comments, strings and function bodies) and that it misses (odd spacing, line breaks,
lower case, DROP COLUMN, TRUNCATE, DELETE/UPDATE without WHERE) are planted at fixed rates.
"""
import argparse
import collections
import os
import random

WORDS = ("account invoice order payment customer product shipment refund coupon session audit event "
         "ticket review tenant plan subscription address warehouse stock").split()
TYPES = ["bigint", "integer", "text", "varchar(255)", "boolean", "timestamptz", "numeric(12,2)", "jsonb", "uuid"]


def table_name(rng):
    return f"{rng.choice(WORDS)}_{rng.choice(WORDS)}s"


def create_table(rng, name):
    cols = [f"    {rng.choice(WORDS)}_{i} {rng.choice(TYPES)}{' NOT NULL' if rng.random() < .3 else ''}"
            for i in range(rng.randint(4, 14))]
    return (f"CREATE TABLE IF NOT EXISTS public.{name} (\n    id bigserial PRIMARY KEY,\n" + ",\n".join(cols)
            + ",\n    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
            + f"COMMENT ON TABLE public.{name} IS 'Holds {name}; do not DROP TABLE {name} without a backup';\n")


def seed_rows(rng, name):
    rows = []
    for i in range(rng.randint(10, 40)):
        note = rng.choice(["it''s fine", "plain", "DROP TABLE users; -- just text", "O''Brien", "semi;colon"])
        rows.append(f"    ({i}, '{rng.choice(WORDS)} {note}', {rng.randint(0, 10**6)}, now())")
    return f"INSERT INTO {name} (id, label, amount, created_at) VALUES\n" + ",\n".join(rows) + ";\n"


def function(rng, name):
    return (f"CREATE OR REPLACE FUNCTION purge_{name}() RETURNS trigger AS $fn$\nBEGIN\n"
            f"    DELETE FROM {name} WHERE created_at < now() - interval '90 days';\n"
            f"    -- DROP TABLE {name};\n    RETURN NEW;\nEND;\n$fn$ LANGUAGE plpgsql;\n")


def index(rng, name, truth):
    roll = rng.random()
    if roll < .7:
        return f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name}_created_idx ON {name} (created_at);\n"
    if roll < .9:  # a table created in the same migration is empty: a plain CREATE INDEX blocks nobody
        return f"CREATE INDEX {name}_label_idx ON {name} (label);\n"
    truth["create-index-not-concurrently"] += 1
    return f"CREATE INDEX {name}_label_idx ON legacy_{rng.choice(WORDS)}s (label);\n"


# (kind, template) — {t} a table that exists before the change set
DESTRUCTIVE = [
    ("drop-table", "DROP TABLE IF EXISTS {t};\n"),
    ("drop-table", "drop   table\n    {t};\n"),
    ("drop-table", "DROP\tTABLE \"{t}\" ;\n"),
    ("drop-column", "ALTER TABLE {t} DROP COLUMN legacy_flag;\n"),
    ("drop-column", "alter table {t}\n  drop legacy_note;\n"),
    ("truncate", "TRUNCATE {t};\n"),
    ("delete-without-where", "DELETE FROM {t};\n"),
    ("update-without-where", "UPDATE {t} SET amount = 0;\n"),
    ("drop-table", "DO $$\nBEGIN\n    DROP TABLE {t};\nEND\n$$;\n"),
]


def migration(rng, n, truth):
    parts = [f"-- Migration {n}: generated for the firebreak benchmark\n", "BEGIN;\n"]
    name = f"{table_name(rng)}_{n}"
    parts += [create_table(rng, name), index(rng, name, truth), seed_rows(rng, name), function(rng, name)]
    parts.append(f"ALTER TABLE {name} ADD COLUMN note text;\n")
    parts.append(f"UPDATE {name} SET note = 'x' WHERE id < 10;\n")
    parts.append(f"/* history: DROP TABLE {name}_old was done in 2019 /* nested */ */\n")
    if rng.random() < .15:
        kind, template = rng.choice(DESTRUCTIVE)
        truth[kind] += 1
        parts.append(template.format(t=f"legacy_{rng.choice(WORDS)}s"))
    parts.append("COMMIT;\n")
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=12)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "work"))
    args = parser.parse_args()
    corpus = os.path.join(args.out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for old in os.listdir(corpus):
        os.remove(os.path.join(corpus, old))
    rng = random.Random(20261201)
    truth = collections.Counter()
    total, n = 0, 0
    while total < args.mb * 1024 * 1024:
        n += 1
        text = migration(rng, n, truth)
        with open(os.path.join(corpus, f"V{n}__{rng.choice(WORDS)}.sql"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    with open(os.path.join(args.out, "corpus-truth.txt"), "w") as f:
        f.write(f"files {n}\nbytes {total}\n")
        for kind, count in sorted(truth.items()):
            f.write(f"{kind} {count}\n")
    print(f"{n} files, {total / 1024 / 1024:.1f} MB in {corpus}")


if __name__ == "__main__":
    main()
