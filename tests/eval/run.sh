#!/bin/sh
# Run `herodote evaluate` on every gold set named in tests/eval/ratchet.txt and fail when
# a figure is below its floor.  Prints every figure (they go into the issue notes).
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
[ ! -s "$tmp" ]
