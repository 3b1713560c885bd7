#!/bin/sh
# Replay each fuzz target's corpus (ASan+UBSan, any compiler), then, when clang's
# libFuzzer is available, fuzz each target for FUZZ_SECONDS (default 5) seconds.
set -eu
B=$1; shift
secs=${FUZZ_SECONDS:-5}
for t in "$@"; do
  name=${t#fuzz_}
  "$B/fuzz/$t" "tests/fuzz/corpus/$name"
done
if command -v clang >/dev/null 2>&1 && [ "${FUZZ_SECONDS:-5}" != 0 ]; then
  for t in "$@"; do
    name=${t#fuzz_}
    make --no-print-directory -s "$B/libfuzzer/$t" >/dev/null
    work=$(mktemp -d)
    cp tests/fuzz/corpus/"$name"/* "$work"/
    "$B/libfuzzer/$t" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=0 "$work" >"$work.log" 2>&1 || { cat "$work.log"; echo "fuzz: $t FAILED"; exit 1; }
    echo "fuzz: $t: $(grep -c . "$work.log" >/dev/null; ls "$work" | wc -l) corpus inputs after ${secs}s, no crash"
    rm -rf "$work" "$work.log"
  done
else
  echo "fuzz: corpus replay only (clang missing or FUZZ_SECONDS=0)"
fi
