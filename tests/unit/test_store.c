/* test_store.c — the SQLite event store: schema, replacement by story id, de-duplication
** counts, deterministic ids, and bad databases (read-only, corrupt, foreign, full). */
#include "util.h"
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

static const hd_code_info consult = {"042", "Make a visit", "CONSULT", "visit", 1.9, 1};
static const hd_code_info attack = {"190", "Use conventional military force", "ASSAULT", "", -10.0, 4};

static char dir_[64];

static const char *tmp_path(const char *name) {
    static char buf[8][128];
    static int k;
    if (!*dir_) {
        snprintf(dir_, sizeof dir_, "/tmp/hd-store-XXXXXX");
        if (!mkdtemp(dir_)) { perror("mkdtemp"); exit(2); }
    }
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir_, name);
    return buf[k];
}

static hd_story story(const char *id, const char *date, const char *source, const char *text) {
    hd_story s;
    memset(&s, 0, sizeof s);
    s.id = id; s.date = date; s.lang = "en"; s.title = ""; s.source = source; s.url = ""; s.meta = "";
    s.origin = "test"; s.line = 1; s.text = text; s.len = strlen(text);
    return s;
}

static hd_record rec(const char *date, const char *src, const char *tgt, const hd_code_info *info, const hd_place *p) {
    hd_record r;
    memset(&r, 0, sizeof r);
    snprintf(r.ev.date, sizeof r.ev.date, "%s", date);
    r.ev.source = src; r.ev.target = tgt; r.ev.code = info->code; r.ev.info = info; r.ev.flags = "";
    r.ev.src_start = 0; r.ev.src_end = 4; r.ev.verb_start = 5; r.ev.verb_end = 10;
    r.place = p;
    r.place_start = p ? 11 : 0; r.place_end = p ? 16 : 0;
    r.sent_end = 17;
    return r;
}

static long q1(hd_store *st, const char *sql) {
    sqlite3_stmt *s;
    long v = -1;
    if (sqlite3_prepare_v2(hd_store_db(st), sql, -1, &s, NULL) != SQLITE_OK) return -2;
    if (sqlite3_step(s) == SQLITE_ROW) v = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

static int put(hd_store *st, const hd_story *s, const hd_record *r, size_t n) {
    int rc = hd_store_begin(st);
    if (rc == HD_OK) rc = hd_store_story(st, s, "en", 1, r, n, NULL, 0);
    if (rc >= 0 && hd_store_commit(st) != HD_OK) rc = HD_EIO;
    if (rc < 0) hd_store_rollback(st);
    return rc;
}

static hd_store *open_new(const char *name, hd_dedup dedup) {
    char err[512];
    int status;
    unlink(tmp_path(name));
    hd_store *st = hd_store_open(tmp_path(name), 0, dedup, &status, err, sizeof err);
    if (!st) fprintf(stderr, "open %s: %s\n", name, err);
    return st;
}

static const char *text_ = "Iran visits Kazakhstan";

TEST(store_schema_has_the_jsonl_fields) {
    hd_store *st = open_new("schema.sqlite", HD_DEDUP_NONE);
    CHECK(st != NULL);
    if (!st) return;
    static const char *const cols[] = {"story_id", "sentence", "date", "source", "target", "code", "root", "quad",
        "goldstein", "plover", "plover_mode", "lang", "source_text", "verb_text", "target_text", "source_start",
        "source_end", "verb_start", "verb_end", "target_start", "target_end", "flags", "event_id", "num_mentions",
        "num_sources", "num_articles", "geo_type", "geo_name", "geo_country", "geo_lat", "geo_lon", NULL};
    for (int i = 0; cols[i]; i++) {
        char sql[160];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM pragma_table_info('events') WHERE name = '%s'", cols[i]);
        long n = q1(st, sql);
        if (n != 1) fprintf(stderr, "events lacks column %s\n", cols[i]);
        CHECK_EQ_INT(n, 1);
    }
    static const char *const tables[] = {"meta", "stories", "sentences", "actors", "mentions", "events", NULL};
    for (int i = 0; tables[i]; i++) {
        char sql[160];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'", tables[i]);
        CHECK_EQ_INT(q1(st, sql), 1);
    }
    CHECK_EQ_INT(q1(st, "PRAGMA application_id"), 0x48524F44);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
    CHECK_EQ_INT(hd_store_dedup(st), HD_DEDUP_NONE);
    hd_store_close(st);
    hd_store_close(NULL);
}

TEST(store_recoding_a_story_replaces_it) {
    hd_store *st = open_new("replace.sqlite", HD_DEDUP_NONE);
    if (!st) { CHECK(0); return; }
    hd_story s = story("s1", "2024-07-09", "wire", text_);
    hd_record r[2] = {rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL), rec("2024-07-09", "IRN", "ISR", &attack, NULL)};
    CHECK_EQ_INT(put(st, &s, r, 2), HD_OK);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 2);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM stories"), 1);
    /* the same story again (another run, or later in the same run): replaced, and this
       handle says it had already stored it */
    CHECK_EQ_INT(put(st, &s, r, 1), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM mentions"), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events WHERE code = '190'"), 0);
    CHECK_EQ_INT(q1(st, "SELECT nevents FROM stories WHERE story_id = 's1'"), 1);
    /* evidence text comes from the story's spans; root from the code */
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events WHERE source_text = 'Iran' AND verb_text = 'visit' AND root = '04'"), 1);
    hd_store_close(st);
    /* a new handle: re-coding is normal, not reported */
    char err[256];
    int status;
    st = hd_store_open(tmp_path("replace.sqlite"), 0, HD_DEDUP_KEEP, &status, err, sizeof err);
    CHECK(st != NULL);
    if (!st) return;
    CHECK_EQ_INT(put(st, &s, r, 2), HD_OK);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 2);
    hd_store_close(st);
}

TEST(store_one_a_day_counts_mentions_and_stories) {
    hd_store *st = open_new("day.sqlite", HD_DEDUP_DAY);
    if (!st) { CHECK(0); return; }
    hd_place beijing = {4, "Beijing, Beijing Municipality, China", "CHN", "CN", "CN22", "1816670", 39.9, 116.4};
    hd_story a = story("a", "2024-07-09", "wire-1", text_), b = story("b", "2024-07-09", "wire-2", text_),
             c = story("c", "2024-07-09", "wire-1", text_);
    hd_record ra[2] = {rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL), rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL)};
    hd_record rb[1] = {rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, &beijing)};
    hd_record rc_[2] = {rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL), rec("2024-07-09", "IRNGOV", "KAZGOV", &consult, NULL)};
    CHECK_EQ_INT(put(st, &a, ra, 2), HD_OK);
    CHECK_EQ_INT(put(st, &b, rb, 1), HD_OK);
    CHECK_EQ_INT(put(st, &c, rc_, 2), HD_OK);
    /* one event per date, dyad and code: 07-08 (4 mentions, 3 stories, 2 sources) and 07-09 */
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 2);
    CHECK_EQ_INT(q1(st, "SELECT num_mentions FROM events WHERE date = '2024-07-08'"), 4);
    CHECK_EQ_INT(q1(st, "SELECT num_articles FROM events WHERE date = '2024-07-08'"), 3);
    CHECK_EQ_INT(q1(st, "SELECT num_sources FROM events WHERE date = '2024-07-08'"), 2);
    /* the mention that names a place speaks for the event */
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events WHERE date = '2024-07-08' AND story_id = 'b' AND geo_country = 'CHN' "
                        "AND geo_type = 4 AND geo_feature_id = '1816670'"), 1);
    int64_t id = hd_event_id(HD_DEDUP_DAY, "whatever", 0, &rb[0].ev);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM events WHERE event_id = %lld AND date = '2024-07-08'", (long long)id);
    CHECK_EQ_INT(q1(st, sql), 1);
    /* story b re-coded without events: its mention goes, the event stays with the others */
    CHECK_EQ_INT(put(st, &b, NULL, 0), 1);   /* 1: this handle stored b before */
    CHECK_EQ_INT(q1(st, "SELECT num_mentions FROM events WHERE date = '2024-07-08'"), 3);
    CHECK_EQ_INT(q1(st, "SELECT num_articles FROM events WHERE date = '2024-07-08'"), 2);
    CHECK_EQ_INT(q1(st, "SELECT geo_type FROM events WHERE date = '2024-07-08'"), 0);
    /* and when the last mention goes, the event goes */
    CHECK_EQ_INT(put(st, &c, rc_, 1), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 1);
    hd_store_close(st);
    /* the mode belongs to the database */
    char err[256];
    int status = 0;
    CHECK(hd_store_open(tmp_path("day.sqlite"), 0, HD_DEDUP_NONE, &status, err, sizeof err) == NULL);
    CHECK_EQ_INT(status, HD_EUSAGE);
    CHECK(strstr(err, "--dedup day") != NULL);
}

TEST(store_per_story_dedup) {
    hd_store *st = open_new("story.sqlite", HD_DEDUP_STORY);
    if (!st) { CHECK(0); return; }
    hd_story a = story("a", "2024-07-09", "", text_), b = story("b", "2024-07-09", "", text_);
    hd_record r[3] = {rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL), rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL),
                      rec("2024-07-08", "KAZGOV", "IRNGOV", &consult, NULL)};
    CHECK_EQ_INT(put(st, &a, r, 3), HD_OK);
    CHECK_EQ_INT(put(st, &b, r, 1), HD_OK);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 3);   /* a: 2 (one twice), b: 1 */
    CHECK_EQ_INT(q1(st, "SELECT num_mentions FROM events WHERE story_id = 'a' AND source = 'IRNGOV'"), 2);
    CHECK_EQ_INT(q1(st, "SELECT max(num_articles) FROM events"), 1);
    hd_store_close(st);
}

TEST(store_event_ids_are_stable) {
    hd_record r = rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL);
    int64_t a = hd_event_id(HD_DEDUP_NONE, "s1", 0, &r.ev), b = hd_event_id(HD_DEDUP_NONE, "s1", 1, &r.ev);
    CHECK(a > 0 && b > 0 && a != b);
    CHECK(a == hd_event_id(HD_DEDUP_NONE, "s1", 0, &r.ev));
    CHECK(hd_event_id(HD_DEDUP_DAY, "s1", 0, &r.ev) == hd_event_id(HD_DEDUP_DAY, "s2", 5, &r.ev));
    CHECK(hd_event_id(HD_DEDUP_STORY, "s1", 0, &r.ev) != hd_event_id(HD_DEDUP_STORY, "s2", 0, &r.ev));
    CHECK(hd_event_id(HD_DEDUP_STORY, "s1", 0, &r.ev) == hd_event_id(HD_DEDUP_STORY, "s1", 7, &r.ev));
}

static int file_bytes(const char *path, char *buf, size_t n) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    int k = (int)fread(buf, 1, n, f);
    fclose(f);
    return k;
}

TEST(store_refuses_bad_databases_and_changes_nothing) {
    char err[512];
    int status;
    /* a corrupt file */
    const char *bad = tmp_path("corrupt.sqlite");
    FILE *f = fopen(bad, "wb");
    for (int i = 0; i < 300; i++) fputs("this is not a database. ", f);
    fclose(f);
    char before[8192], after[8192];
    int nb = file_bytes(bad, before, sizeof before);
    CHECK(hd_store_open(bad, 0, HD_DEDUP_NONE, &status, err, sizeof err) == NULL);
    CHECK_EQ_INT(status, HD_EIO);
    CHECK(strstr(err, bad) != NULL && strstr(err, "not a usable SQLite database") != NULL);
    CHECK(file_bytes(bad, after, sizeof after) == nb && memcmp(before, after, (size_t)nb) == 0);
    /* another program's database */
    const char *other = tmp_path("other.sqlite");
    unlink(other);
    sqlite3 *db;
    sqlite3_open(other, &db);
    sqlite3_exec(db, "CREATE TABLE precious(x); INSERT INTO precious VALUES(42)", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK(hd_store_open(other, 0, HD_DEDUP_NONE, &status, err, sizeof err) == NULL);
    CHECK(strstr(err, "not a herodote database") != NULL);
    sqlite3_open(other, &db);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &s, NULL);
    CHECK(sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
    /* a write-protected herodote database (refused even for root) */
    hd_store *st = open_new("ro.sqlite", HD_DEDUP_NONE);
    hd_story a = story("a", "2024-07-09", "", text_);
    hd_record r = rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL);
    CHECK_EQ_INT(put(st, &a, &r, 1), HD_OK);
    hd_store_close(st);
    chmod(tmp_path("ro.sqlite"), 0444);
    CHECK(hd_store_open(tmp_path("ro.sqlite"), 0, HD_DEDUP_NONE, &status, err, sizeof err) == NULL);
    CHECK(strstr(err, "read-only") != NULL);
    st = hd_store_open(tmp_path("ro.sqlite"), HD_STORE_READONLY, HD_DEDUP_KEEP, &status, err, sizeof err);
    CHECK(st != NULL);
    if (st) CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events"), 1);
    hd_store_close(st);
    chmod(tmp_path("ro.sqlite"), 0644);
    /* querying an empty file */
    const char *empty = tmp_path("empty.sqlite");
    fclose(fopen(empty, "wb"));
    CHECK(hd_store_open(empty, HD_STORE_READONLY, HD_DEDUP_KEEP, &status, err, sizeof err) == NULL);
    CHECK(strstr(err, "empty database") != NULL);
}

TEST(store_full_disk_keeps_what_was_committed) {
    hd_store *st = open_new("full.sqlite", HD_DEDUP_NONE);
    if (!st) { CHECK(0); return; }
    hd_story a = story("a", "2024-07-09", "", text_);
    hd_record r = rec("2024-07-08", "IRNGOV", "KAZGOV", &consult, NULL);
    CHECK_EQ_INT(put(st, &a, &r, 1), HD_OK);
    /* SQLite's own limit on the file size behaves as a full disk (SQLITE_FULL) */
    long pages = q1(st, "PRAGMA page_count");
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", pages + 2);
    q1(st, sql);
    static char big[200000];
    memset(big, 'x', sizeof big - 1);
    int rc = HD_OK;
    char ids[50][16];
    CHECK_EQ_INT(hd_store_begin(st), HD_OK);
    for (int i = 0; i < 50 && rc >= 0; i++) {
        snprintf(ids[i], sizeof ids[i], "big-%d", i);
        hd_story b = story(ids[i], "2024-07-09", "", big);
        rc = hd_store_story(st, &b, "en", 1, &r, 1, NULL, 0);
    }
    if (rc >= 0) rc = hd_store_commit(st);
    CHECK_EQ_INT(rc, HD_EIO);
    CHECK(strstr(hd_store_error(st), "full") != NULL);
    CHECK(strstr(hd_store_error(st), tmp_path("full.sqlite")) != NULL);
    hd_store_rollback(st);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM stories"), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM events WHERE story_id = 'a'"), 1);
    CHECK_EQ_INT(q1(st, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
    hd_store_close(st);
}
