#!/bin/sh
# make bench: build the corpus from our own sample text and print throughput and
# memory figures.  Nothing is asserted: figures are printed for the notes.
# BENCH_MB sets the corpus size (default 20).
set -eu
H=$1
MB=${BENCH_MB:-20}
C=build/bench-corpus-${MB}mb.jsonl
[ -f "$C" ] || /usr/bin/python3 bench/make_corpus.py "$C" "$MB"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { d = e - s; printf "%.0f", (d > 0 ? n / d : 0) }'; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }
bytes=$(wc -c < "$C")

echo "== dictionaries: load time, entries, memory"
"$H" dict-check | tail -3

echo "== text pipeline only (read, segment, tokenize, normalize, lemmatize), 1 thread"
"$H" stats "$C"
sents=$("$H" stats -q "$C" | sed 's/.*"sentences":\([0-9]*\).*/\1/')

for j in 1 2; do
  echo "== herodote code -j $j (our dictionaries)"
  s=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o build/bench-rss "$H" code -q -j "$j" "$C" > build/bench-events.jsonl
    rss=$(awk '{ printf "%.1f", $1 / 1024 }' build/bench-rss)
  else
    "$H" code -q -j "$j" "$C" > build/bench-events.jsonl; rss="?"
  fi
  e=$(now)
  ev=$(wc -l < build/bench-events.jsonl)
  t=$(secs "$s" "$e")
  echo "time ${t} s, $(awk -v b="$bytes" -v t="$t" 'BEGIN { printf "%.1f", b / 1048576 / t }') MB/s, $(rate "$sents" "$s" "$e") sentences/s, $(rate "$ev" "$s" "$e") events/s, $ev events, peak RSS ${rss} MB"
  [ "$j" = 1 ] && t1=$t
done

echo "== floor: wc -w on the same file"
s=$(now); wc -w "$C" >/dev/null; e=$(now)
tw=$(secs "$s" "$e")
echo "wc -w: ${tw} s; herodote code -j 1 / wc -w time ratio: $(awk -v a="$t1" -v b="$tw" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')"
rm -f build/bench-events.jsonl build/bench-rss
