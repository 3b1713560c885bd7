#!/bin/sh
# make bench: build the corpus from our own sample text and print throughput and
# memory figures.  Nothing is asserted: figures are printed for the notes.
# BENCH_MB sets the corpus size (default 20).
set -eu
H=$1
MB=${BENCH_MB:-20}
C=build/bench-corpus-${MB}mb.jsonl
[ -f "$C" ] || /usr/bin/python3 bench/make_corpus.py "$C" "$MB"
echo "== text pipeline (read, segment, tokenize, normalize, lemmatize), 1 thread"
"$H" stats "$C"
echo "== floor: wc -w on the same file"
s=$(date +%s.%N); wc -w "$C" >/dev/null; e=$(date +%s.%N)
awk -v s="$s" -v e="$e" 'BEGIN { printf "wc -w: %.3f s\n", e - s }'
