#!/bin/sh
# scripts/herodote-dask on a LocalCluster of 2 workers on 127.0.0.1, and on a
# dask-scheduler + 2 dask-workers started here (the multi-machine setup, on one host):
# the same bytes as one `herodote code -j 1` run; bad stories reported with their real
# file:line and the run going on (exit 1); a killed shard, a dictionary error, a missing
# binary and an unreachable scheduler stop it with their exit codes.
# Usage: tests/dask/run.sh path/to/herodote
set -u
H=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
D=scripts/herodote-dask
PY=/usr/bin/python3
T=$(mktemp -d)
pids=""
cleanup() {   # the workers first (listed last), then the scheduler
  for p in $pids; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  rm -rf "$T"
}
trap cleanup EXIT
. tests/lib.sh
same() {        # same FILE1 FILE2 DESCRIPTION
  if [ -s "$1" ] && cmp -s "$1" "$2"; then ok; else fail "$3: $1 and $2 differ (or are empty)"; fi
}

if ! $PY -c 'import distributed' 2>/dev/null; then
  echo "FAIL: $PY cannot import distributed: install python3-distributed (scripts/install-deps)"
  exit 1
fi
start=$(date +%s)
LC="$D --workers 2 --shard-size 100 --herodote $H"

# a ~1 MB corpus (881 stories: 9 shards), coded by the cluster and by one process
$PY bench/make_corpus.py "$T/corpus.jsonl" 1 >/dev/null
"$H" code -j 1 "$T/corpus.jsonl" > "$T/ref.jsonl" 2>/dev/null
expect_rc 0 "LocalCluster run" -- $LC "$T/corpus.jsonl"
cp "$T/out" "$T/dask.jsonl"
same "$T/ref.jsonl" "$T/dask.jsonl" "LocalCluster output vs herodote code -j 1"
if [ -s "$T/err" ]; then fail "a clean run printed on stderr"; sed 's/^/  | /' "$T/err" | head -5; else ok; fi

# TSV (one header), from standard input, into a file with -o
"$H" code -j 1 -f tsv "$T/corpus.jsonl" > "$T/ref.tsv" 2>/dev/null
expect_rc 0 "TSV from stdin with -o" -- sh -c "$LC -f tsv -o '$T/dask.tsv' < '$T/corpus.jsonl'"
same "$T/ref.tsv" "$T/dask.tsv" "TSV output vs herodote code -j 1 -f tsv"

# bad stories in two shards: reported with the real file:line, the run goes on, exit 1
head -300 "$T/corpus.jsonl" | sed '5s/.*/this is not json/; 250s/"date": "[^"]*"/"date": "2024-13-40"/' > "$T/bad.jsonl"
"$H" code -j 1 "$T/bad.jsonl" > "$T/ref-bad.jsonl" 2>/dev/null; want=$?
expect_rc 1 "bad stories exit 1" -- $LC "$T/bad.jsonl"
[ "$want" = 1 ] && ok || fail "herodote code on the bad input exited $want, expected 1"
cp "$T/out" "$T/dask-bad.jsonl"
same "$T/ref-bad.jsonl" "$T/dask-bad.jsonl" "output with bad stories vs herodote code -j 1"
expect_err "bad.jsonl:5: malformed JSON" "malformed JSON line named by file:line"
expect_err "bad.jsonl:250: story bench-0000249: malformed date" "bad date in shard 3 named by its real line"
expect_err "herodote-dask: 2 stories skipped for bad input" "summary"
if [ "$(grep -c 'skipped for bad input' "$T/err")" = 1 ]; then ok; else fail "one summary line expected"; fi

# a shard whose herodote is killed: the run stops, names the shard's first story, exit 5
sed '150s/"id": "[^"]*"/"id": "crash-me"/' "$T/bad.jsonl" > "$T/crash.jsonl"
cat > "$T/crashing-herodote" <<W
#!/bin/sh
# herodote, killed on the shard that holds the story "crash-me"
in=\$(mktemp); cat > "\$in"
if grep -q '"crash-me"' "\$in"; then rm -f "\$in"; kill -9 \$\$; fi
"$H" "\$@" < "\$in"; rc=\$?; rm -f "\$in"; exit \$rc
W
chmod +x "$T/crashing-herodote"
expect_rc 5 "a killed shard stops the run" -- $D --workers 2 --shard-size 100 --herodote "$T/crashing-herodote" "$T/crash.jsonl"
expect_err "shard 2 (.*crash.jsonl:101-200, first story bench-0000100): herodote was killed by signal 9" "killed shard named"
if grep -q '"story_id":"bench-0000099"' "$T/out" && ! grep -q '"story_id":"bench-0000200"' "$T/out"; then ok
else fail "the shards before the killed one should be written, none after"; fi

# dictionary error on the workers: exit 4, named
expect_rc 4 "dictionary error" -- $LC --dicts "$T/no-such-dicts" "$T/bad.jsonl"
expect_err "first story bench-0000000): herodote code exited 4 (dictionary error)" "dictionary error named"

# usage and set-up errors
expect_rc 2 "missing binary" -- $D --herodote "$T/no-such-herodote" "$T/corpus.jsonl"
expect_err "cannot run .*no-such-herodote: no such file" "missing binary message"
expect_rc 2 "--dedup day is refused" -- $LC --dedup day "$T/corpus.jsonl"
expect_err "use --dedup story" "--dedup day message"
expect_rc 3 "unreachable scheduler" -- $D --scheduler tcp://127.0.0.1:9 --connect-timeout 1 "$T/corpus.jsonl"
expect_err "cannot reach the Dask scheduler at tcp://127.0.0.1:9" "unreachable scheduler message"

# --db: coded on this machine by herodote code --db; the same database
expect_rc 1 "--db" -- $D --herodote "$H" --db "$T/dask.sqlite" "$T/bad.jsonl"
"$H" code --db "$T/ref.sqlite" "$T/bad.jsonl" 2>/dev/null
"$H" query "$T/ref.sqlite" events > "$T/ref-db.jsonl" 2>/dev/null
"$H" query "$T/dask.sqlite" events > "$T/dask-db.jsonl" 2>/dev/null
same "$T/ref-db.jsonl" "$T/dask-db.jsonl" "--db events vs herodote code --db"

# the multi-machine set-up on one host: dask-scheduler and dask-worker processes
dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file "$T/sched.json" > "$T/sched.log" 2>&1 &
pids="$pids $!"
i=0; while [ ! -s "$T/sched.json" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
dask-worker --scheduler-file "$T/sched.json" --host 127.0.0.1 --nworkers 2 --nthreads 1 --no-dashboard > "$T/worker.log" 2>&1 &
pids="$! $pids"
addr=$($PY -c 'import json, sys; print(json.load(open(sys.argv[1]))["address"])' "$T/sched.json" 2>/dev/null)
expect_rc 0 "dask-scheduler + dask-worker run" -- $D --scheduler "$addr" --shard-size 100 --herodote "$H" "$T/corpus.jsonl"
cp "$T/out" "$T/remote.jsonl"
"$H" code -j 1 "$T/corpus.jsonl" > "$T/ref.jsonl" 2>/dev/null
same "$T/ref.jsonl" "$T/remote.jsonl" "dask-scheduler + dask-worker output vs herodote code -j 1"

echo "dask tests: $n checks, $fails failed, $(( $(date +%s) - start )) s"
[ "$fails" = 0 ]
