#!/usr/bin/env bash
# Wall time of `firebreak hook pre-push` (the whole process: what git waits for) next to `git push --dry-run`,
# on a generated repository: 20,000 commits of history, pushing 200 commits that touch 1,000 files.
# Usage: bench/hook.sh            (needs `mvn package` first, and hyperfine: apt-get install -y hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$PWD/bench
WORK=$BENCH/work
FIREBREAK=$PWD/target/firebreak/bin/firebreak
COMMITS=${COMMITS:-20000}
[ -x "$FIREBREAK" ] || { echo "build the distribution first: mvn -q package -DskipTests" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install -y hyperfine" >&2; exit 2; }

export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME="Ana Dev" GIT_AUTHOR_EMAIL=ana@shop.invalid
export GIT_COMMITTER_NAME="Ana Dev" GIT_COMMITTER_EMAIL=ana@shop.invalid
export FIREBREAK_HOME=$WORK/firebreak-home

if [ ! -d "$WORK/repo" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  echo "generating $COMMITS commits with git fast-import ..."
  git init -q --bare -b main "$WORK/remote.git"
  python3 "$BENCH/generate-repo.py" "$COMMITS" | git -C "$WORK/remote.git" fast-import --quiet
  git clone -q "file://$WORK/remote.git" "$WORK/repo"
  # local main = remote main + the 200 staging commits; the remote no longer has staging
  git -C "$WORK/repo" reset -q --hard origin/staging
  git -C "$WORK/remote.git" update-ref -d refs/heads/staging
  git -C "$WORK/repo" update-ref -d refs/remotes/origin/staging
fi

cd "$WORK/repo"
echo "refs/heads/main $(git rev-parse main) refs/heads/main $(git rev-parse origin/main)" > "$WORK/stdin.txt"
echo "history: $(git rev-list --count origin/main) commits; pushing $(git rev-list --count origin/main..main) commits," \
  "$(git diff --name-only origin/main main | wc -l) files"
"$FIREBREAK" hook pre-push origin "file://$WORK/remote.git" < "$WORK/stdin.txt" > "$WORK/checklist.txt" 2>&1 || true
grep -v '^          ·' "$WORK/checklist.txt"

mkdir -p "$BENCH/results"
hyperfine --warmup 3 --runs "${RUNS:-20}" --export-markdown "$BENCH/results/hook.md" --export-json "$BENCH/results/hook.json" \
  -n "firebreak hook pre-push" "$FIREBREAK hook pre-push origin file://$WORK/remote.git < $WORK/stdin.txt 2>/dev/null" \
  -n "git push --dry-run" "git push --dry-run --no-verify -q origin main 2>/dev/null"
python3 - "$BENCH/results/hook.json" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
hook, git = runs["firebreak hook pre-push"]["median"], runs["git push --dry-run"]["median"]
print(f"median: firebreak hook pre-push {hook:.3f} s, git push --dry-run {git:.3f} s, ratio {hook / git:.1f}x")
PY
