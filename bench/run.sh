#!/bin/sh
# make bench: build the corpus from our own sample text and print throughput and
# memory figures.  Nothing is asserted: figures are printed for the notes.
# BENCH_MB sets the corpus size (default 100); BENCH_JOBS the thread counts (default
# "1 N" with N the number of cores).
set -eu
H=$1
MB=${BENCH_MB:-100}
NCPU=$(nproc 2>/dev/null || echo 1)
JOBS=${BENCH_JOBS:-"1 $NCPU"}
C=build/bench-corpus-${MB}mb.jsonl
[ -f "$C" ] || /usr/bin/python3 bench/make_corpus.py "$C" "$MB"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { d = e - s; printf "%.0f", (d > 0 ? n / d : 0) }'; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }
bytes=$(wc -c < "$C")
echo "corpus: $C, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB"

echo "== text pipeline only (read, segment, tokenize, normalize, lemmatize), 1 thread"
"$H" stats "$C"
sents=$("$H" stats -q "$C" | sed 's/.*"sentences":\([0-9]*\).*/\1/')

echo "== floor: wc -w on the same file"
s=$(now); wc -w "$C" >/dev/null; e=$(now)
tw=$(secs "$s" "$e")
echo "wc -w: ${tw} s"

# bench_set NAME [herodote code options…]: one dictionary set, every thread count.
bench_set() {
  name=$1; shift
  echo "== dictionaries '$name': load time (compiled image when fresh, then the text)"
  "$H" dict-check "$@" | tail -1
  HERODOTE_DICT_IMAGE= "$H" dict-check "$@" | tail -1
  t1=
  for j in $JOBS; do
    echo "== herodote code -j $j ($name)"
    s=$(now)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%M" -o build/bench-rss "$H" code -q -j "$j" "$@" "$C" > build/bench-events.jsonl
      rss=$(awk '{ printf "%.1f", $1 / 1024 }' build/bench-rss)
    else
      "$H" code -q -j "$j" "$@" "$C" > build/bench-events.jsonl; rss="?"
    fi
    e=$(now)
    ev=$(wc -l < build/bench-events.jsonl)
    t=$(secs "$s" "$e")
    [ -z "$t1" ] && t1=$t
    echo "time ${t} s, $(awk -v b="$bytes" -v t="$t" 'BEGIN { printf "%.1f", b / 1048576 / t }') MB/s," \
         "$(rate "$sents" "$s" "$e") sentences/s, $(rate "$ev" "$s" "$e") events/s, $ev events, peak RSS ${rss} MB," \
         "speed-up $(awk -v a="$t1" -v b="$t" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')x"
  done
  echo "herodote code -j 1 / wc -w time ratio ($name): $(awk -v a="$t1" -v b="$tw" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')"
}

bench_set herodote

# The corpus repeats a few thousand stories' words: after its first megabytes every
# word form is in the morphology cache.  Fresh news is not like that: each new form
# costs a Hunspell analysis (docs/dictionaries.md).  Every gold story once, for the
# rate on text whose vocabulary is new to the run.
F=build/bench-fresh.jsonl
cat tests/gold/*.jsonl > "$F"
fb=$(wc -c < "$F")
fs=$("$H" stats -q "$F" | sed 's/.*"sentences":\([0-9]*\).*/\1/')
echo "== fresh text: every gold story once ($(awk -v b="$fb" 'BEGIN { printf "%.1f", b / 1048576 }') MB, $fs sentences), herodote code -j 1"
s=$(now); "$H" code -q -j 1 "$F" > /dev/null; e=$(now)
t=$(secs "$s" "$e")
echo "time ${t} s, $(awk -v b="$fb" -v t="$t" 'BEGIN { printf "%.1f", b / 1048576 / t }') MB/s, $(rate "$fs" "$s" "$e") sentences/s"
rm -f "$F"
# The full Phoenix set (CAMEO.2.0.txt, the three Phoenix.*.actors.txt, agents, discards)
# read as it is (docs/peers.md).  Its dictionaries are English: the French stories of the
# corpus are coded with them too, as PETRARCH would.
if [ -d ../shared/peers/petrarch2 ]; then
  bench_set phoenix --dicts petrarch:../shared/peers/petrarch2
fi
rm -f build/bench-events.jsonl build/bench-rss
