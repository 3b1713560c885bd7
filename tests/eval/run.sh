#!/bin/sh
# Run `herodote evaluate` on every gold set named in tests/eval/ratchet.txt and fail when
# a figure is below its floor; then check that `herodote evaluate` agrees with the
# reference scorer ../shared/tools/score.py.  Prints every figure (for the notes).
# Usage: tests/eval/run.sh path/to/herodote
set -u
H=$1
fails=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
grep -v '^#' tests/eval/ratchet.txt | grep . | while read -r file split measure floor; do
  [ -f "$file" ] || { echo "ratchet: $file missing"; echo x >> "$tmp"; continue; }
  if [ "$split" = all ]; then out=$("$H" evaluate "$file" 2>&1); else out=$("$H" evaluate --split "$split" "$file" 2>&1); fi
  what=${measure%%:*}; stat=${measure##*:}
  case "$what" in
    root) line=$(echo "$out" | grep '^events level=root') ;;
    code) line=$(echo "$out" | grep '^events level=code') ;;
    actors) line=$(echo "$out" | grep '^actors') ;;
  esac
  val=$(echo "$line" | tr ' ' '\n' | grep "^$stat=" | cut -d= -f2)
  if [ -z "$val" ]; then echo "ratchet: no $measure figure for $file"; echo x >> "$tmp"; continue; fi
  if awk -v v="$val" -v f="$floor" 'BEGIN { exit !(v + 1e-9 < f) }'; then
    echo "ratchet: FAIL $file [$split] $measure = $val < floor $floor"; echo x >> "$tmp"
  else
    echo "ratchet: ok   $file [$split] $measure = $val (floor $floor)"
  fi
done
ratchet_fail=0
[ -s "$tmp" ] && ratchet_fail=1

# herodote evaluate must agree with the reference scorer ../shared/tools/score.py
agree_fail=0
if [ -f ../shared/tools/score.py ]; then
  for g in tests/gold/fr_dev.jsonl tests/gold/en_dev2.jsonl; do
    pred=$(mktemp)
    "$H" code -q "$g" > "$pred" 2>/dev/null
    for level in root code; do
      want=$(/usr/bin/python3 ../shared/tools/score.py "$g" "$pred" --level $level | tail -1 | sed 's/ level=.*//')
      got=$("$H" evaluate "$g" 2>/dev/null | grep "^events level=$level" | sed 's/^events level=[a-z]* //')
      if [ "$want" = "$got" ]; then echo "agree: ok   $g $level: $got"
      else echo "agree: FAIL $g $level: evaluate '$got' vs score.py '$want'"; agree_fail=1; fi
    done
    rm -f "$pred"
  done
fi
[ "$agree_fail" = 0 ] && [ "$ratchet_fail" = 0 ]
