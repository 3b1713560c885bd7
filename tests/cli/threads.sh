#!/bin/sh
# Threads under ThreadSanitizer: every gold story coded by the TSan build with 2 and 4
# threads (threads share the morphology's analyses and Hunspell analysers, src/morph.c)
# must give no race report and the same bytes as the plain build with one thread; the
# same for `herodote actors`.
# Usage: tests/cli/threads.sh path/to/herodote path/to/tsan/herodote
set -u
H=$1
TS=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/lib.sh
cat tests/gold/*.jsonl > "$T/corpus.jsonl"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
"$H" code -q -j 1 "$T/corpus.jsonl" > "$T/j1" 2>/dev/null
[ -s "$T/j1" ] && ok || fail "code -j 1 gave no events"
for j in 2 4; do
  # (the TSan build reads the text dictionaries: no image beside it)
  expect_rc 0 "TSan code -j $j" -- "$TS" code -q -j "$j" "$T/corpus.jsonl"
  if cmp -s "$T/j1" "$T/out"; then ok; else fail "TSan code -j $j differs from code -j 1"; fi
done
"$H" actors -j 1 "$T/corpus.jsonl" > "$T/a1" 2>/dev/null
expect_rc 0 "TSan actors -j 2" -- "$TS" actors -j 2 "$T/corpus.jsonl"
if cmp -s "$T/a1" "$T/out" && [ -s "$T/a1" ]; then ok; else fail "TSan actors -j 2 differs from actors -j 1"; fi
echo "threads: $n checks, $fails failed"
[ "$fails" = 0 ]
