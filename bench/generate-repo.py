#!/usr/bin/env python3
"""Writes a git fast-import stream: main with N commits over a few thousand files, then branch `staging` with
200 more commits that add or modify 1,000 files (some of them SQL migrations). Usage: generate-repo.py N | git fast-import"""
import sys

HISTORY = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
OUT = sys.stdout.buffer
TIME = 1700000000


def commit(ref, mark, parent, message, files):
    global TIME
    TIME += 60
    OUT.write(f"commit {ref}\nmark :{mark}\n".encode())
    OUT.write(f"author Ana Dev <ana@shop.invalid> {TIME} +0000\ncommitter Ana Dev <ana@shop.invalid> {TIME} +0000\n".encode())
    data(message.encode())
    if parent:
        OUT.write(f"from :{parent}\n".encode())
    for path, content in files:
        OUT.write(f"M 100644 inline {path}\n".encode())
        data(content.encode())
    OUT.write(b"\n")


def data(payload):
    OUT.write(f"data {len(payload)}\n".encode() + payload + b"\n")


def body(name, version, lines=20):
    return "".join(f"{name} line {i} version {version}\n" for i in range(lines))


for n in range(1, HISTORY + 1):
    path = f"src/module{n % 2000:04d}.txt"
    commit("refs/heads/main", n, n - 1 if n > 1 else None, f"Change {path} ({n})", [(path, body(path, n))])

# the push: 200 commits, 5 files each = 1,000 files (800 new, 190 modified, 10 migrations)
parent = HISTORY
for c in range(200):
    files = []
    for f in range(5):
        k = c * 5 + f
        if k % 100 == 0:
            path = f"db/migrate/{k:04d}_create_table_{k}.sql"
            files.append((path, f"CREATE TABLE t{k} (id bigint primary key, name text);\n"))
        elif k % 5 == 1:
            path = f"src/module{k:04d}.txt"
            files.append((path, body(path, "pushed", 24)))
        else:
            path = f"app/feature{k:04d}.txt"
            files.append((path, body(path, "new")))
    mark = HISTORY + 1 + c
    commit("refs/heads/staging", mark, parent, f"Feature work {c}", files)
    parent = mark
