# herodote — build, test, bench.  `make` builds build/herodote; `make check` runs
# every test (plain build, ASan+UBSan build, the Dask scale-out script, fuzz replay +
# short libFuzzer runs, the accuracy ratchet, the peers' validation suites);
# `make demo` installs missing Debian packages, builds and codes the sample story.
CC      ?= cc
PKGS    := libutf8proc hunspell jansson sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -Iinclude -Isrc $(PKG_CFLAGS) -fvisibility=hidden
LIBS    := $(PKG_LIBS) -lpthread -lm

SRC     := $(wildcard src/*.c)
CLI     := $(wildcard cli/*.c)
UNIT    := $(wildcard tests/unit/*.c)

B       := build
OBJ     := $(SRC:src/%.c=$(B)/obj/%.o)
CLIOBJ  := $(CLI:cli/%.c=$(B)/obj/cli_%.o)

SAN     := $(B)/asan
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SANOBJ  := $(SRC:src/%.c=$(SAN)/obj/%.o)
TSAN    := $(B)/tsan
TSANFLAGS := -O1 -g -fsanitize=thread
TSANOBJ := $(SRC:src/%.c=$(TSAN)/obj/%.o)

.PHONY: all check unit unit-asan threads cli-tests store-tests dask-tests fuzz eval peers bench demo clean deps

all: $(B)/herodote $(B)/herodote.dicts.img

deps:
	scripts/install-deps

$(B)/obj/%.o: src/%.c src/*.h include/herodote.h | $(B)/obj
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(B)/obj/cli_%.o: cli/%.c src/*.h include/herodote.h | $(B)/obj
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(B)/libherodote.a: $(OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/herodote: $(CLIOBJ) $(B)/libherodote.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)
$(B)/obj $(SAN)/obj $(TSAN)/obj:
	mkdir -p $@

# The compiled dictionary image the CLI maps at start (docs/dictionaries.md): rebuilt
# when a dictionary, the code table or the binary changes.
DICTSRC := $(wildcard data/dict/*/*.actors data/dict/*/*.txt) data/cameo/codes.tsv
$(B)/herodote.dicts.img: $(B)/herodote $(DICTSRC)
	$(B)/herodote dict compile -o $@

# Unit tests: a tiny harness (tests/unit/harness.h), one binary.
$(B)/test_unit: $(UNIT) tests/unit/harness.h $(B)/libherodote.a
	$(CC) $(ALL_CFLAGS) -o $@ $(UNIT) $(B)/libherodote.a $(LIBS)

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
$(SAN)/obj/%.o: src/%.c src/*.h include/herodote.h | $(SAN)/obj
	$(CC) $(ALL_CFLAGS) $(SANFLAGS) -c $< -o $@
$(SAN)/libherodote.a: $(SANOBJ)
	rm -f $@ && ar rcs $@ $^
$(SAN)/test_unit: $(UNIT) tests/unit/harness.h $(SAN)/libherodote.a
	$(CC) $(ALL_CFLAGS) $(SANFLAGS) -o $@ $(UNIT) $(SAN)/libherodote.a $(LIBS)
$(SAN)/herodote: $(CLI) $(SAN)/libherodote.a
	$(CC) $(ALL_CFLAGS) $(SANFLAGS) -o $@ $(CLI) $(SAN)/libherodote.a $(LIBS)

# The CLI under ThreadSanitizer: `threads` codes the gold stories with 2 and 4 threads
# (threads share the morphology's analyses and its Hunspell analysers, src/morph.c).
$(TSAN)/obj/%.o: src/%.c src/*.h include/herodote.h | $(TSAN)/obj
	$(CC) $(ALL_CFLAGS) $(TSANFLAGS) -c $< -o $@
$(TSAN)/libherodote.a: $(TSANOBJ)
	rm -f $@ && ar rcs $@ $^
$(TSAN)/herodote: $(CLI) $(TSAN)/libherodote.a
	$(CC) $(ALL_CFLAGS) $(TSANFLAGS) -o $@ $(CLI) $(TSAN)/libherodote.a $(LIBS)

# Fuzz targets: replay build (any compiler) and libFuzzer build (clang).
FUZZ    := $(wildcard tests/fuzz/fuzz_*.c)
FUZZBIN := $(FUZZ:tests/fuzz/%.c=$(B)/fuzz/%)
$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c $(SAN)/libherodote.a
	@mkdir -p $(B)/fuzz
	$(CC) $(ALL_CFLAGS) $(SANFLAGS) -o $@ $< tests/fuzz/replay.c $(SAN)/libherodote.a $(LIBS)
$(B)/libfuzzer/%: tests/fuzz/%.c $(SRC) src/*.h
	@mkdir -p $(B)/libfuzzer
	clang -std=c11 -D_GNU_SOURCE -O1 -g -Iinclude -Isrc $(PKG_CFLAGS) -fsanitize=fuzzer,address,undefined \
	  -o $@ $< $(SRC) $(LIBS)

unit: $(B)/test_unit
	$(B)/test_unit
unit-asan: $(SAN)/test_unit
	ASAN_OPTIONS=detect_leaks=1 $(SAN)/test_unit
threads: $(B)/herodote $(B)/herodote.dicts.img $(TSAN)/herodote
	tests/cli/threads.sh $(B)/herodote $(TSAN)/herodote
cli-tests: $(B)/herodote $(B)/herodote.dicts.img $(SAN)/herodote
	tests/cli/run.sh $(B)/herodote
	ASAN_OPTIONS=detect_leaks=1 tests/cli/run.sh $(SAN)/herodote

# The SQLite store, exports and queries (tests/store/run.sh); the ASan run skips the
# kill -9 test.
$(B)/mkfixture: tests/store/mkfixture.c $(B)/libherodote.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libherodote.a $(LIBS)
$(SAN)/mkfixture: tests/store/mkfixture.c $(SAN)/libherodote.a
	$(CC) $(ALL_CFLAGS) $(SANFLAGS) -o $@ $< $(SAN)/libherodote.a $(LIBS)
store-tests: $(B)/herodote $(B)/mkfixture $(SAN)/herodote $(SAN)/mkfixture
	tests/store/run.sh $(B)/herodote $(B)/mkfixture
	STORE_QUICK=1 ASAN_OPTIONS=detect_leaks=1 tests/store/run.sh $(SAN)/herodote $(SAN)/mkfixture
# scripts/herodote-dask on a LocalCluster of 2 workers and on dask-scheduler +
# dask-worker, all on 127.0.0.1: the same bytes as herodote code -j 1; failures.
dask-tests: $(B)/herodote
	tests/dask/run.sh $(B)/herodote
fuzz: $(FUZZBIN)
	tests/fuzz/run.sh $(B) $(FUZZ:tests/fuzz/%.c=%)

# Accuracy on our gold sets, against the floors of tests/eval/ratchet.txt.
eval: $(B)/herodote $(B)/herodote.dicts.img
	tests/eval/run.sh $(B)/herodote

# The peers' validation suites (TABARI, PETRARCH) with their floors; the same runs under
# ASan+UBSan for memory errors.
peers: $(B)/herodote $(SAN)/herodote
	tests/peers/run.sh $(B)/herodote
	if [ -d ../shared/peers ]; then \
	  ASAN_OPTIONS=detect_leaks=1 $(SAN)/herodote validate -q ../shared/peers/tabari/Validate.project && \
	  ASAN_OPTIONS=detect_leaks=1 $(SAN)/herodote validate -q ../shared/peers/petrarch2/PETR.UnitTest.records.xml; fi

check: unit unit-asan threads cli-tests store-tests dask-tests fuzz eval peers
	@echo "make check: all tests passed"

bench: $(B)/herodote $(B)/herodote.dicts.img
	bench/run.sh $(B)/herodote

demo: deps
	$(MAKE) --no-print-directory all
	@echo "== build/herodote code examples/sample-fr.jsonl"
	@$(B)/herodote code examples/sample-fr.jsonl
	@echo "== build/herodote code --format tsv examples/sample-en.jsonl"
	@$(B)/herodote code --format tsv examples/sample-en.jsonl | cut -f1-9

clean:
	rm -rf $(B)
