#!/bin/sh
# CLI tests: exit codes, messages naming file:line or story id, --strict, --help.
# Usage: tests/cli/run.sh path/to/herodote
set -u
H=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/lib.sh

# good input
expect_rc 0 "sentences on the French sample" -- "$H" sentences examples/sample-fr.jsonl
expect_out '"story_id":"exemple-fr-1","sentence":0,"lang":"fr"' "sentences JSONL fields"
expect_rc 0 "tokens on the English sample" -- "$H" tokens examples/sample-en.jsonl
expect_out '"key":"ishiba"' "tokens keys"
expect_out '"lemma":"hold"' "tokens lemmas"
expect_rc 0 "stdin JSONL" -- sh -c "\"$H\" sentences < examples/sample-en.jsonl"
expect_out '"story_id":"example-en-1"' "stdin JSONL output"

# bad stories: reported with file:line and story id, skipped, exit 1 at the end
cat > "$T/bad.jsonl" <<'J'
{"id":"good-1","date":"2024-07-09","text":"Le président a parlé."}
{"id":"no-date","text":"x"}
{"id":"bad-date","date":"2024-13-40","text":"x"}
this is not json
{"id":"empty","date":"2024-07-09","text":""}
{"id":"good-2","date":"2024-07-09","text":"The president spoke."}
J
expect_rc 1 "bad stories exit 1" -- "$H" sentences "$T/bad.jsonl"
expect_err "bad.jsonl:2: story no-date: missing \"date\"" "missing date message"
expect_err "bad.jsonl:3: story bad-date: malformed date" "malformed date message"
expect_err "bad.jsonl:4: malformed JSON" "malformed JSON message"
expect_err "story empty: empty text" "empty text message"
expect_err "4 stories skipped" "summary line"
expect_out '"story_id":"good-2"' "the run goes on after bad stories"
expect_rc 1 "--strict stops at the first bad story" -- "$H" sentences --strict "$T/bad.jsonl"
if grep -q good-2 "$T/out"; then fail "--strict went on"; else ok; fi
expect_err "stopping: --strict" "--strict message"

# invalid UTF-8 in plain text: replaced, warned once, exit 0
printf 'Le pr\351sident a parl\351.' > "$T/latin1.txt"
expect_rc 0 "invalid UTF-8 is replaced" -- "$H" sentences --date 2024-07-09 "$T/latin1.txt"
expect_err "latin1.txt:1: story latin1.txt: 2 invalid UTF-8" "invalid UTF-8 warning"
expect_rc 0 "--quiet silences warnings" -- "$H" sentences -q --date 2024-07-09 "$T/latin1.txt"
if [ -s "$T/err" ]; then fail "--quiet printed warnings"; else ok; fi
expect_rc 1 "plain text without --date" -- "$H" sentences "$T/latin1.txt"
expect_err "give one with --date" "no date message"

# I/O and usage errors
expect_rc 3 "nonexistent file" -- "$H" sentences /nonexistent/x.jsonl
expect_err "/nonexistent/x.jsonl: cannot open" "nonexistent file message"
expect_rc 2 "unknown command" -- "$H" frobnicate
expect_rc 2 "unknown option" -- "$H" sentences --frob x
expect_rc 2 "bad --date" -- "$H" sentences --date 2024-02-30 x
expect_rc 2 "bad --input-format" -- "$H" tokens --input-format yaml x
expect_rc 2 "no command" -- "$H"

# readers through the CLI
# TABARI's own suite has two malformed record headers: reported with file:line, skipped
expect_rc 1 "TABARI records" -- "$H" sentences ../shared/peers/tabari/Validate.text
expect_out '"story_id":"DEMO-01"' "TABARI ids"
expect_err 'Validate.text:1060: story ACTORSYN-01: bad TABARI record header' "TABARI bad header message"
expect_rc 0 "PETRARCH XML" -- "$H" sentences ../shared/peers/petrarch2/PETR.UnitTest.records.xml
expect_out '"story_id":"DEMO-00"' "PETRARCH ids"

# coding commands
expect_rc 0 "actors on the French sample" -- "$H" actors examples/sample-fr.jsonl
expect_out '"text":"Quai d.Orsay","code":"FRAGOV"' "actors: a seat of the executive is its government"
expect_out '"code":"DZAGOV"' "actors: agent composed with an adjective"
expect_rc 0 "code --format tsv" -- "$H" code --format tsv examples/sample-en.jsonl
expect_out '^story_id	sentence	date	source	target	code' "tsv header"
expect_rc 2 "code --format xml" -- "$H" code --format xml examples/sample-en.jsonl
expect_rc 0 "dict-check" -- "$H" dict-check
expect_out 'cameo codes=' "dict-check counts"
expect_rc 4 "missing dictionary folder" -- "$H" code --dicts /nonexistent examples/sample-en.jsonl
expect_err "/nonexistent: dictionary folder not found" "missing dictionary message"
expect_rc 0 "evaluate" -- "$H" evaluate tests/gold/actors_fr.jsonl
expect_out '^actors F1=' "evaluate prints F1"
expect_rc 3 "evaluate a missing file" -- "$H" evaluate /nonexistent.jsonl
# --explain prints a story's first 300 bytes: cut before a multi-byte character, not inside it
printf '{"id":"u8","date":"2024-07-09","text":"%0299dé. La France a condamné la Russie.","gold":[["DEU","RUS","111"]]}\n' 0 > "$T/u8.jsonl"
expect_rc 0 "evaluate --explain" -- "$H" evaluate --explain "$T/u8.jsonl"
expect_out '^    text: 0*$' "--explain cuts the text at a character boundary"
if iconv -f UTF-8 -t UTF-8 "$T/out" >/dev/null 2>&1; then ok; else fail "--explain printed invalid UTF-8"; fi

# compiled dictionary image: same events as the text; a stale or damaged image is
# reported and the text is loaded (same events again)
mkdir -p "$T/data" && cp -r data/dict data/cameo "$T/data/"
expect_rc 0 "dict compile" -- "$H" dict compile -o "$T/d.img" "$T/data/dict"
HERODOTE_DICT_IMAGE= "$H" code -q --dicts "$T/data/dict" examples/sample-fr.jsonl > "$T/text.out"
expect_rc 0 "code with an image" -- env HERODOTE_DICT_IMAGE="$T/d.img" "$H" code --dicts "$T/data/dict" examples/sample-fr.jsonl
if cmp -s "$T/out" "$T/text.out" && [ -s "$T/out" ]; then ok; else fail "image and text code differently"; fi
expect_rc 0 "dict-check with an image" -- env HERODOTE_DICT_IMAGE="$T/d.img" "$H" dict-check "$T/data/dict"
expect_out 'load [0-9.]* s (image)' "dict-check says image"
expect_rc 0 "dict-check without an image" -- env HERODOTE_DICT_IMAGE= "$H" dict-check "$T/data/dict"
expect_out 'load [0-9.]* s (text)' "dict-check says text"
echo "# a comment" >> "$T/data/dict/fr/verbs.txt"
expect_rc 0 "code with a stale image" -- env HERODOTE_DICT_IMAGE="$T/d.img" "$H" code --dicts "$T/data/dict" examples/sample-fr.jsonl
expect_err "dictionary image not used: .*d.img: stale: .*fr/verbs.txt changed" "stale image message"
if cmp -s "$T/out" "$T/text.out"; then ok; else fail "stale image: text output differs"; fi
head -c 1000 "$T/d.img" > "$T/t.img"
expect_rc 0 "code with a truncated image" -- env HERODOTE_DICT_IMAGE="$T/t.img" "$H" code --dicts "$T/data/dict" examples/sample-fr.jsonl
expect_err "dictionary image not used: .*truncated" "truncated image message"
if cmp -s "$T/out" "$T/text.out"; then ok; else fail "truncated image: text output differs"; fi
expect_rc 2 "dict without compile" -- "$H" dict
expect_rc 0 "dict compile --help" -- "$H" dict compile --help

# threads: the same bytes whatever -j is
/usr/bin/python3 bench/make_corpus.py "$T/corpus.jsonl" 1 >/dev/null
"$H" code -j 1 "$T/corpus.jsonl" > "$T/j1" 2>/dev/null
"$H" code -j 2 "$T/corpus.jsonl" > "$T/j2" 2>/dev/null
if cmp -s "$T/j1" "$T/j2" && [ -s "$T/j1" ]; then ok; else fail "code -j 1 and -j 2 differ (or are empty)"; fi
"$H" actors -j 1 "$T/corpus.jsonl" > "$T/a1" 2>/dev/null
"$H" actors -j 2 "$T/corpus.jsonl" > "$T/a2" 2>/dev/null
if cmp -s "$T/a1" "$T/a2" && [ -s "$T/a1" ]; then ok; else fail "actors -j 1 and -j 2 differ (or are empty)"; fi
expect_rc 2 "bad --jobs" -- "$H" code -j 0 examples/sample-en.jsonl
# datelines (the gazetteer): a claim is aimed at the dateline's country, even a city that
# names an institution; a protest at an international institution's seat at it; an
# attack by no named actor at the country of the city it strikes
cat > "$T/dateline.jsonl" <<'EOF'
{"id":"d1","date":"2016-03-22","lang":"fr","text":"BRUXELLES - Deux explosions ont frappé mardi l'aéroport. Le groupe État islamique a revendiqué ces attentats."}
{"id":"d2","date":"2024-02-01","lang":"en","text":"BRUSSELS - Farmers blocked streets around the European Parliament with hundreds of tractors on Thursday."}
{"id":"d3","date":"2023-01-30","lang":"fr","text":"Un kamikaze s'est fait exploser lundi dans un commissariat à Quetta, tuant une dizaine de personnes, pour la plupart des policiers."}
EOF
expect_rc 0 "code: datelines" -- "$H" code -q "$T/dateline.jsonl"
expect_out '"story_id":"d1".*"source":"IMGMUSISI","target":"BEL","code":"015"' "a claim is aimed at the dateline's country"
expect_out '"story_id":"d2".*"source":"BELAGR","target":"IGOEUREEC","code":"144"' "a protest at an institution's seat is aimed at it"
expect_out '"story_id":"d3".*"source":"","target":"PAKCOP","code":"1831"' "an attack by no named actor strikes the gazetteer city's country"
# a town of the gazetteer that starts a longer capitalised name is not that town ("San" of
# "San Ysidro", a town of Mali), unless the next word names a division ("Kharkiv Region")
cat > "$T/place.jsonl" <<'EOF'
{"id":"p1","date":"2018-11-25","lang":"en","text":"Authorities closed the busy San Ysidro crossing for several hours."}
{"id":"p2","date":"2024-05-10","lang":"en","text":"Russian troops shelled Kharkiv Region overnight."}
EOF
expect_rc 0 "code: places" -- "$H" code -q "$T/place.jsonl"
if grep -q '"story_id":"p1"' "$T/out"; then fail "a town is not the start of a longer name"; else ok; fi
expect_out '"story_id":"p2".*"source":"RUSMIL","target":"UKR","code":"194"' "a gazetteer region before 'Region'"

# progress: a line on stderr about once a second when stderr is a terminal (script(1)
# gives it a pty), never otherwise.  The reader of stdout sleeps, so the run lasts
# more than a second whatever the machine's speed.
if command -v script >/dev/null 2>&1; then
  slow_out() { script -q -e -c "\"$H\" code -j 1 $1 \"$T/corpus.jsonl\" $2 | (head -c 1 >/dev/null; sleep 1.5; cat >/dev/null)" /dev/null </dev/null; }
  slow_out "" "" > "$T/tty" 2>&1
  if grep -q "herodote code: [0-9]* stories, .*/1.0 MB (.*%), .* MB/s, ETA" "$T/tty"; then ok; else fail "no progress line on a terminal"; cat -v "$T/tty" | head -3; fi
  if grep -q "herodote code: [0-9]* stories, 1.0/1.0 MB (100%), .* s" "$T/tty"; then ok; else fail "no final progress line"; fi
  slow_out "--quiet" "" > "$T/tty" 2>&1
  if grep -q "stories" "$T/tty"; then fail "progress printed with --quiet"; else ok; fi
  slow_out "" "2>\"$T/err\"" > "$T/tty" 2>&1
  if [ -s "$T/err" ]; then fail "progress printed when stderr is not a terminal"; cat -v "$T/err" | head -3; else ok; fi
  # events on the terminal itself: no progress line among them; with --db (nothing on
  # stdout) a line without ETA, as the size of a pipe is unknown
  slow_in() { script -q -e -c "(head -c 200000 \"$T/corpus.jsonl\"; sleep 2; tail -c +200001 \"$T/corpus.jsonl\") | \"$H\" code -j 1 $1" /dev/null </dev/null; }
  slow_in "" > "$T/tty" 2>&1
  if grep -q "herodote code: [0-9]* stories" "$T/tty"; then fail "progress printed while events go to the terminal"; else ok; fi
  slow_in "--db \"$T/progress.sqlite\"" > "$T/tty" 2>&1
  if grep -q "herodote code: [0-9]* stories, [0-9.]* MB, [0-9.]* MB/s" "$T/tty" && ! grep -q ETA "$T/tty"; then ok; else fail "no progress line (without ETA) for --db from a pipe"; cat -v "$T/tty" | head -3; fi
fi

# the seed story codes what an analyst would code, and nothing else
if [ -f ../shared/seed/article-fr.txt ]; then
  "$H" code -i text --date 2024-07-09 --format tsv ../shared/seed/article-fr.txt 2>/dev/null \
    | awk -F'\t' 'NR > 1 { print $2 "\t" $4 "\t" $5 "\t" $6 }' | sort > "$T/seed.got"
  grep -v '^#' tests/golden/seed-fr.expected | cut -f1-4 | sort > "$T/seed.want"
  if cmp -s "$T/seed.got" "$T/seed.want"; then ok; else fail "seed story events differ"; diff "$T/seed.want" "$T/seed.got" | sed 's/^/  | /'; fi
  "$H" code -i text --date 2024-07-09 ../shared/seed/article-fr.txt 2>/dev/null | grep -q '"sentence":1,"date":"2024-07-08"' && ok || fail "seed: 'lundi' should resolve to 2024-07-08"
fi

# help for every subcommand
for c in sentences tokens lemma stats code actors evaluate dict-check help; do
  expect_rc 0 "$c --help" -- "$H" $c --help
  expect_out "usage: herodote" "$c --help text"
done
expect_rc 0 "lemma" -- "$H" lemma appelé discutent
expect_out "appelé	appeler" "lemma output"

echo "cli tests: $n checks, $fails failed"
[ "$fails" = 0 ]
