#!/bin/sh
# Run the peers' validation suites from ../shared with their own dictionaries
# (herodote validate) and fail when a figure is below its floor in tests/peers/floors.txt.
# Also checks that the full Phoenix set and TABARI's master verbs load without a fatal
# error.  Usage: tests/peers/run.sh path/to/herodote
set -u
H=$1
fails=0
# The suites and dictionaries are the peers' files in ../shared (never copied here); a
# checkout without them skips this test and says so.
if [ ! -d ../shared/peers ]; then echo "peers: SKIPPED: ../shared/peers not found"; exit 0; fi
while read -r suite floor; do
  case "$suite" in ''|'#'*) continue ;; esac
  line=$("$H" validate -q "$suite" 2>/dev/null | tail -1)
  pct=$(echo "$line" | sed -n 's/.*(\([0-9.]*\)%).*/\1/p')
  if [ -z "$pct" ]; then echo "peers: FAIL $suite: no summary line ($line)"; fails=1; continue; fi
  if awk -v v="$pct" -v f="$floor" 'BEGIN { exit !(v + 1e-9 < f) }'; then
    echo "peers: FAIL $suite: $line, below the floor $floor%"; fails=1
  else
    echo "peers: ok   $suite: $line (floor $floor%)"
  fi
done < tests/peers/floors.txt
for spec in petrarch:../shared/peers/petrarch2 tabari:../shared/peers/tabari/CAMEO.091003.master.verbs; do
  if out=$("$H" dict-check "$spec" 2>/dev/null | tail -1) && echo "$out" | grep -q 'load'; then
    echo "peers: ok   $spec loads: $out"
  else
    echo "peers: FAIL $spec does not load"; fails=1
  fi
done
exit $fails
