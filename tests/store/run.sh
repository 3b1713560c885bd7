#!/bin/sh
# Store tests: the SQLite event store through the CLI — schema and idempotent re-runs,
# SIGKILL-and-rerun equivalence (real kill -9), one-a-day de-duplication, dates and
# places, every export format (GDELT columns against docs/store.md), every query on a
# fixture database (tests/store/expected/), and bad databases (read-only, corrupt,
# full disk): clear messages, nothing stored is lost.
# Usage: tests/store/run.sh path/to/herodote path/to/mkfixture
#   STORE_QUICK=1 skips the kill test (the ASan run);  UPDATE=1 rewrites expected/.
set -u
H=$1
FIX=$2
E=tests/store/expected
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fails=0; n=0
ok()   { n=$((n+1)); }
fail() { n=$((n+1)); fails=$((fails+1)); echo "FAIL: $*"; }
run()  { "$@" >"$T/out" 2>"$T/err"; rc=$?; }
expect_rc() { if [ "$rc" = "$1" ]; then ok; else fail "$2: exit $rc, expected $1"; sed 's/^/  | /' "$T/err" | head -5; fi; }
expect_err() { if grep -q -- "$1" "$T/err"; then ok; else fail "$2: stderr lacks '$1'"; sed 's/^/  | /' "$T/err" | head -5; fi; }
same() {        # same FILE EXPECTED DESCRIPTION
  if [ "${UPDATE:-0}" = 1 ]; then cp "$1" "$2"; ok; return; fi
  if cmp -s "$1" "$2"; then ok; else fail "$3 differs from $2"; diff "$2" "$1" | head -10 | sed 's/^/  | /'; fi
}
dump() { "$H" query "$1" dump > "$2" 2>"$T/dump.err" || { echo "dump of $1 failed:"; cat "$T/dump.err"; }; }
py() { /usr/bin/python3 "$@"; }

# ---------------------------------------------------------------- queries on a fixture
"$FIX" "$T/fx.sqlite" none || fail "mkfixture none"
"$FIX" "$T/fxd.sqlite" day || fail "mkfixture day"
q() {   # q NAME DB ARGS... : the answer must be expected/NAME
  name=$1; db=$2; shift 2
  run "$H" query "$db" "$@"
  expect_rc 0 "query $name"
  same "$T/out" "$E/$name" "query $name"
}
q info.tsv "$T/fx.sqlite" info
q top-dyads.tsv "$T/fx.sqlite" top-dyads
q top-dyads-day.tsv "$T/fxd.sqlite" top-dyads
q top-dyads-code.tsv "$T/fx.sqlite" top-dyads --level code --limit 3
q counts-week.tsv "$T/fx.sqlite" counts --by week
q counts-day-from.tsv "$T/fx.sqlite" counts --from 2024-07-03 --to 2024-07-09
q series-irn-kaz.tsv "$T/fx.sqlite" series --dyad IRN,KAZ
q series-irn-kaz-week.tsv "$T/fx.sqlite" series --dyad irn,kaz --by week
q series-irn-isr-directed.jsonl "$T/fx.sqlite" series --dyad IRN,ISR --directed --json
q partners-irn.tsv "$T/fx.sqlite" partners --actor IRN
q partners-irn.jsonl "$T/fx.sqlite" partners --actor IRN --json
q network.csv "$T/fx.sqlite" network
q network.graphml "$T/fx.sqlite" network --format graphml --min 2
q events-day.tsv "$T/fxd.sqlite" events --format tsv
q events-day.jsonl "$T/fxd.sqlite" events --dyad IRN,KAZ
q events-day.gdelt "$T/fxd.sqlite" events --format gdelt
q sql.tsv "$T/fxd.sqlite" sql "SELECT date, source, target, num_mentions, num_articles, num_sources FROM events ORDER BY date, source"
# GraphML and JSON are well-formed
py -c 'import sys, xml.dom.minidom; d = xml.dom.minidom.parse(sys.argv[1]); assert len(d.getElementsByTagName("edge")) == 2' "$E/network.graphml" && ok || fail "GraphML does not parse"
py -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]' "$E/partners-irn.jsonl" && ok || fail "partners --json is not JSON lines"

# the plot: an SVG with one bar per period with a non-zero Goldstein sum
run "$H" query "$T/fx.sqlite" series --dyad IRN,KAZ --plot "$T/irn-kaz.svg"
expect_rc 0 "series --plot"
py - "$T/irn-kaz.svg" <<'PY' && ok || fail "the plot is not the expected SVG"
import sys, xml.dom.minidom
d = xml.dom.minidom.parse(sys.argv[1])
svg = d.documentElement
assert svg.tagName == "svg", svg.tagName
bars = [r for r in d.getElementsByTagName("rect") if r.getElementsByTagName("title")]
assert len(bars) == 4, len(bars)          # 07-01, 07-03, 07-09, 07-15
text = " ".join(t.firstChild.data for t in d.getElementsByTagName("text") if t.firstChild)
assert "IRN" in text and "KAZ" in text and "2024-07-01" in text, text
PY

# unknown dyad, unknown actor, bad questions
run "$H" query "$T/fx.sqlite" series --dyad IRN,XYZ
expect_rc 1 "series with an unknown actor"
expect_err "no events with actor 'XYZ'" "unknown actor message"
run "$H" query "$T/fx.sqlite" series --dyad KAZ,ISR
expect_rc 1 "series of a dyad without events"
expect_err "no events between KAZ and ISR" "empty dyad message"
run "$H" query "$T/fx.sqlite" partners --actor QQQ
expect_rc 1 "partners of an unknown actor"
expect_err "no events with actor 'QQQ'" "unknown partner message"
run "$H" query "$T/fx.sqlite" series
expect_rc 2 "series without --dyad"
run "$H" query "$T/fx.sqlite" series --dyad IRN
expect_rc 2 "--dyad with one actor"
run "$H" query "$T/fx.sqlite" frobnicate
expect_rc 2 "unknown question"
run "$H" query --help
expect_rc 0 "query --help"
grep -q "usage: herodote query DB.sqlite WHAT" "$T/out" && ok || fail "query --help text"
run "$H" query "$T/nonexistent.sqlite" info
expect_rc 3 "query a missing database"
expect_err "nonexistent.sqlite: no such database" "missing database message"
run "$H" query "$T/fx.sqlite" sql "DELETE FROM events"
expect_rc 3 "sql cannot write"
run "$H" query "$T/fx.sqlite" info
if grep -q "	11	11	" "$T/out"; then ok; else fail "a query changed the database"; fi

# ---------------------------------------------------------------- code --db: schema, re-runs
in="examples/sample-fr.jsonl examples/sample-en.jsonl"
run "$H" code --db "$T/a.sqlite" $in
expect_rc 0 "code --db"
expect_err "stories, .* coded events stored" "code --db summary"
run "$H" query "$T/a.sqlite" sql "SELECT name FROM pragma_table_info('events') ORDER BY cid"
tr '\n' ' ' < "$T/out" > "$T/cols"
for c in story_id sentence date source target code root quad goldstein plover plover_mode lang source_text verb_text \
         target_text source_start source_end verb_start verb_end target_start target_end flags event_id \
         num_mentions num_sources num_articles geo_type geo_name geo_country geo_lat geo_lon; do
  if grep -q " $c " "$T/cols"; then ok; else fail "events table lacks column $c"; fi
done
# the events table holds what the JSONL output says, field by field
"$H" code $in > "$T/a.jsonl"
"$H" query "$T/a.sqlite" events > "$T/a-db.jsonl"
py - "$T/a.jsonl" "$T/a-db.jsonl" <<'PY' && ok || fail "events in the database differ from the JSONL output"
import json, sys
key = lambda e: (e["date"], e["source"], e["target"], e["code"], e["event_id"])
a = sorted((json.loads(l) for l in open(sys.argv[1])), key=key)
b = sorted((json.loads(l) for l in open(sys.argv[2])), key=key)
assert len(a) == len(b) and a, (len(a), len(b))
for x, y in zip(a, b):
    for k, v in x.items():
        assert y.get(k) == v, (k, v, y.get(k))
PY
dump "$T/a.sqlite" "$T/a1.dump"
run "$H" code --db "$T/a.sqlite" $in
expect_rc 0 "re-run into the same database"
dump "$T/a.sqlite" "$T/a2.dump"
if cmp -s "$T/a1.dump" "$T/a2.dump"; then ok; else fail "a re-run changed the database"; diff "$T/a1.dump" "$T/a2.dump" | head -5; fi
run "$H" code --db "$T/a.sqlite" -j 1 examples/sample-en.jsonl
dump "$T/a.sqlite" "$T/a3.dump"
if cmp -s "$T/a1.dump" "$T/a3.dump"; then ok; else fail "re-coding part of the input changed the database"; fi
# the same id twice in one input: reported, the later one wins
cat examples/sample-en.jsonl examples/sample-en.jsonl > "$T/twice.jsonl"
run "$H" code --db "$T/twice.sqlite" "$T/twice.jsonl"
expect_rc 0 "duplicate story ids"
expect_err "was already stored in this run; this one replaces it" "duplicate story id warning"
run "$H" code --db "$T/a.sqlite" --dedup day $in
expect_rc 2 "another --dedup on an existing database"
expect_err "created with --dedup none" "dedup mismatch message"
run "$H" code --db "$T/a.sqlite" --format tsv $in
expect_rc 2 "--db with --format"

# ---------------------------------------------------------------- one-a-day from the CLI
# the same wire story under three ids (two sources): one event a day, counted three times
py - "$T/wire.jsonl" <<'PY'
import json, sys
text = "Le président iranien Massoud Pezeshkian s'est entretenu lundi par téléphone avec le président kazakh Kassym-Jomart Tokaïev."
with open(sys.argv[1], "w") as f:
    for i, src in enumerate(["AFP", "Reuters", "AFP"]):
        f.write(json.dumps({"id": "wire-%d" % i, "date": "2024-07-09", "lang": "fr", "source": src, "text": text},
                           ensure_ascii=False) + "\n")
PY
run "$H" code --db "$T/day.sqlite" --dedup day "$T/wire.jsonl"
expect_rc 0 "code --dedup day"
run "$H" query "$T/day.sqlite" sql "SELECT count(*), min(num_mentions), min(num_articles), min(num_sources), min(date) FROM events"
if grep -q "^1	3	3	2	2024-07-08$" "$T/out"; then ok; else fail "one-a-day: expected one event (3 mentions, 3 stories, 2 sources) on 2024-07-08"; cat "$T/out"; fi
run "$H" code --dedup day "$T/wire.jsonl"
expect_rc 0 "--dedup day on standard output"
if [ "$(grep -c . "$T/out")" = 1 ] && grep -q '"num_mentions":3,"num_sources":2,"num_articles":3' "$T/out"; then ok
else fail "--dedup day without --db: one event with its counts"; head -3 "$T/out"; fi
run "$H" code --dedup story "$T/wire.jsonl"
if [ "$(grep -c . "$T/out")" = 3 ]; then ok; else fail "--dedup story keeps one event per story"; fi

# ---------------------------------------------------------------- dates and places
cat > "$T/places.jsonl" <<'J'
{"id":"p1","date":"2024-07-10","lang":"fr","text":"Le président iranien a été reçu lundi à Pékin par le président chinois Xi Jinping."}
{"id":"p2","date":"2024-07-10","lang":"en","text":"Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday."}
{"id":"p3","date":"2024-07-10","lang":"en","text":"Pope Francis received the Iranian president at the Vatican on Monday."}
J
run "$H" code --db "$T/places.sqlite" "$T/places.jsonl"
expect_rc 0 "code places"
run "$H" query "$T/places.sqlite" sql "SELECT story_id, date, geo_type, geo_country, geo_adm1, round(geo_lat), round(geo_lon), place_text FROM events ORDER BY story_id"
cat > "$T/places.want" <<'W'
story_id	date	geo_type	geo_country	geo_adm1	round(geo_lat)	round(geo_lon)	place_text
p1	2024-07-08	4	CHN	CN22	40.0	116.0	Pékin
p2	2024-07-09	1	LBN		34.0	36.0	southern Lebanon
p3	2024-07-08	1	VAT		42.0	12.0	the Vatican
W
if cmp -s "$T/out" "$T/places.want"; then ok; else fail "dates and places"; diff "$T/places.want" "$T/out" | sed 's/^/  | /'; fi
run "$H" code --no-geo "$T/places.jsonl"
if grep -q geo_type "$T/out"; then fail "--no-geo still finds places"; else ok; fi
run "$H" code --geo "$T/nowhere" "$T/places.jsonl"
expect_rc 4 "missing gazetteer"
expect_err "nowhere/countries.tsv: cannot open" "missing gazetteer message"

# ---------------------------------------------------------------- export formats
# GDELT: the documented list of docs/store.md is the header, 61 GDELT columns + 2
sed -n 's/^| \([0-9][0-9]*\) | \([A-Za-z0-9_]*\) |.*/\1 \2/p' docs/store.md > "$T/doc.cols"
if [ "$(wc -l < "$T/doc.cols")" = 63 ] && [ "$(sed -n '61p' "$T/doc.cols")" = "61 SOURCEURL" ]; then ok
else fail "docs/store.md should list 63 columns, SOURCEURL 61st"; fi
run "$H" code --format gdelt --header "$T/places.jsonl"
expect_rc 0 "code --format gdelt"
head -1 "$T/out" | tr '\t' '\n' | awk '{print NR " " $0}' > "$T/hdr.cols"
if cmp -s "$T/doc.cols" "$T/hdr.cols"; then ok; else fail "GDELT header differs from docs/store.md"; diff "$T/doc.cols" "$T/hdr.cols" | head; fi
if awk -F'\t' 'NF != 63 { bad = 1 } END { exit bad }' "$T/out"; then ok; else fail "a GDELT line has not 63 fields"; fi
awk -F'\t' 'NR > 1 && $1 ~ /^[0-9]+$/ && $2 ~ /^2024070[89]$/ && $3 == "202407" && $4 == "2024" && $27 ~ /^[0-9]+$/ \
    && $29 == substr($27, 1, 2) && $30 ~ /^[1-4]$/ && $62 != "" { good++ } END { exit good != 3 }' "$T/out" && ok \
  || fail "GDELT ids, dates, codes, quad and PLOVER columns"
awk -F'\t' '$1 !~ /^GlobalEventID/ && $52 == 4 && $53 ~ /^Beijing, / && $54 == "CN" && $55 == "CN22" && $57 ~ /^39\.9/ && $59 == "1816670" { f = 1 } END { exit !f }' "$T/out" \
  && ok || fail "GDELT ActionGeo columns for Pékin"
"$H" code --format gdelt "$T/places.jsonl" | head -1 | grep -q '^GlobalEventID' && fail "gdelt has a header without --header" || ok
# TSV: one header, as many fields on every line; JSONL: JSON with plover in every event
run "$H" code --format tsv $in
if awk -F'\t' 'NR == 1 { n = NF } NF != n { bad = 1 } END { exit bad || n != 37 }' "$T/out"; then ok; else fail "TSV lines have the header's 37 fields"; fi
head -1 "$T/out" | grep -q '	plover	plover_mode	' && ok || fail "TSV has plover columns"
"$H" code $in > "$T/all.jsonl"
py -c '
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
assert ev and all("plover" in e and "plover_mode" in e and isinstance(e["event_id"], int) for e in ev)
' "$T/all.jsonl" && ok || fail "JSONL events carry plover, plover_mode, event_id"

# ---------------------------------------------------------------- bad databases
# corrupt: refused, not touched
head -c 8192 /dev/urandom > "$T/corrupt.sqlite"
cp "$T/corrupt.sqlite" "$T/corrupt.orig"
run "$H" code --db "$T/corrupt.sqlite" $in
expect_rc 3 "corrupt database"
expect_err "corrupt.sqlite: .*not a usable SQLite database" "corrupt database message"
cmp -s "$T/corrupt.sqlite" "$T/corrupt.orig" && ok || fail "the corrupt file was changed"
run "$H" query "$T/corrupt.sqlite" top-dyads
expect_rc 3 "query a corrupt database"
# read-only (refused even as root), nothing changed
cp "$T/a.sqlite" "$T/ro.sqlite"; chmod 444 "$T/ro.sqlite"
run "$H" code --db "$T/ro.sqlite" "$T/places.jsonl"
expect_rc 3 "read-only database"
expect_err "ro.sqlite: cannot write: the file is read-only" "read-only message"
dump "$T/ro.sqlite" "$T/ro.dump"
if cmp -s "$T/ro.dump" "$T/a1.dump"; then ok; else fail "the read-only database changed"; fi
# full disk: a file-size limit makes the writes fail mid-run
/usr/bin/python3 bench/make_corpus.py "$T/big.jsonl" 1.5 >/dev/null
cp "$T/a.sqlite" "$T/full.sqlite"
size=$(( ($(stat -c %s "$T/full.sqlite") + 4096) / 1024 + 64 ))
( trap '' XFSZ; ulimit -f "$size"; exec "$H" code --db "$T/full.sqlite" -j 2 "$T/big.jsonl" ) >"$T/out" 2>"$T/err"; rc=$?
expect_rc 3 "a full disk"
expect_err "full.sqlite: " "full disk message names the database"
expect_err "were not stored; the [0-9]* stored before are intact" "full disk says what was not stored"
run "$H" query "$T/full.sqlite" sql "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"
if grep -qx 1 "$T/out"; then ok; else fail "the database is not intact after a full disk"; cat "$T/err"; fi
dump "$T/full.sqlite" "$T/full.dump"
# every row stored before is still there, unchanged
if [ -s "$T/full.dump" ] && ! grep -v '^## ' "$T/a1.dump" | grep -vxF -f "$T/full.dump" | grep -q .; then ok
else fail "rows stored before the full disk were lost"; fi

# ---------------------------------------------------------------- kill -9 and re-run
if [ "${STORE_QUICK:-0}" != 1 ]; then
  /usr/bin/python3 bench/make_corpus.py "$T/kill.jsonl" 3 >/dev/null
  "$H" code --db "$T/clean.sqlite" -q -j 2 "$T/kill.jsonl" || fail "clean run"
  dump "$T/clean.sqlite" "$T/clean.dump"
  kills=0
  for i in 1 2 3 4 5; do
    "$H" code --db "$T/killed.sqlite" -q -j 2 "$T/kill.jsonl" 2>/dev/null &
    pid=$!
    # a random moment: 30-900 ms; meanwhile a reader queries the database (WAL)
    ms=$(awk -v s="$$$i" 'BEGIN { srand(s); print int(30 + rand() * 870) }')
    sleep "$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')"
    if [ -f "$T/killed.sqlite" ]; then
      "$H" query "$T/killed.sqlite" info >/dev/null 2>"$T/reader.err" || { grep -q "empty database" "$T/reader.err" || fail "a reader failed while coding: $(cat "$T/reader.err")"; }
    fi
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills+1)); fi
    wait "$pid" 2>/dev/null
    if [ -f "$T/killed.sqlite" ]; then
      "$H" query "$T/killed.sqlite" sql "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'" > "$T/ic" 2>"$T/ic.err"
      if grep -qx 1 "$T/ic" || grep -q "empty database" "$T/ic.err"; then ok; else fail "inconsistent database after kill -9 #$i"; cat "$T/ic.err"; fi
    fi
  done
  [ "$kills" -ge 1 ] && ok || fail "no run was killed (the corpus codes too fast?)"
  "$H" code --db "$T/killed.sqlite" -q -j 2 "$T/kill.jsonl" || fail "the re-run after kill -9 failed"
  dump "$T/killed.sqlite" "$T/killed.dump"
  if cmp -s "$T/clean.dump" "$T/killed.dump"; then
    ok; echo "store tests: $kills runs killed with kill -9, then re-run: the same database as a clean run"
  else fail "after $kills kill -9 and a re-run, the database differs from a clean run"; diff "$T/clean.dump" "$T/killed.dump" | head -5; fi
fi

echo "store tests: $n checks, $fails failed"
[ "$fails" = 0 ]
