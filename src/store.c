/*
** store.c — the SQLite event store (schema and rules: docs/store.md).
**
** Every coded event is a row of `mentions` (GDELT's "event mentions": one per
** sentence that states it); `events` holds one row per event under the database's
** de-duplication mode, aggregated from its mentions (NumMentions, NumSources,
** NumArticles).  A story is replaced as a whole: its old mentions are deleted, the new
** ones inserted, and every event that either touched is recomputed from the mentions
** that remain — so the tables never depend on the order or the number of runs that
** wrote them, and re-running an input (after a crash, a kill, or on purpose) gives the
** database a clean run gives.  Event ids are hashes of what identifies an event, for
** the same reason.
**
** All writes happen in the caller's transactions (the CLI: one per batch of stories);
** the database is in WAL mode, so readers may query it while it is written, and a
** killed writer leaves it as of its last commit.
*/
#include "internal.h"
#include <errno.h>
#include <sqlite3.h>
#include <sys/stat.h>

#define STORE_SCHEMA_VERSION 1
#define STORE_APP_ID 0x48524F44   /* "HROD": `file` and PRAGMA application_id show it */

static const char *const dedup_names[] = {"none", "story", "day"};

enum {
    Q_AFFECT_OLD, Q_DEL_MENTIONS, Q_DEL_ACTORS, Q_DEL_SENTENCES, Q_STORY, Q_MENTION, Q_AFFECT,
    Q_SENTENCE, Q_ACTOR, Q_COLLIDE, Q_DEL_EVENTS, Q_EVENTS, Q_CLEAR, NQ
};

static const char *const sql_q[NQ] = {
    [Q_AFFECT_OLD] = "INSERT OR IGNORE INTO temp.affected SELECT event_id FROM mentions WHERE story_id = ?1",
    [Q_DEL_MENTIONS] = "DELETE FROM mentions WHERE story_id = ?1",
    [Q_DEL_ACTORS] = "DELETE FROM actors WHERE story_id = ?1",
    [Q_DEL_SENTENCES] = "DELETE FROM sentences WHERE story_id = ?1",
    [Q_STORY] = "INSERT OR REPLACE INTO stories(story_id, date, lang, title, source, url, origin, line, "
                "nsentences, nevents) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [Q_MENTION] = "INSERT INTO mentions(story_id, seq, event_id, sentence, date, source, target, code, quad, "
                  "goldstein, plover, plover_mode, lang, source_text, verb_text, target_text, source_start, "
                  "source_end, verb_start, verb_end, target_start, target_end, flags, is_root, geo_type, "
                  "geo_name, geo_country, geo_country2, geo_adm1, geo_lat, geo_lon, geo_feature_id, place_text, "
                  "place_start, place_end) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                  "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, "
                  "?34, ?35)",
    [Q_AFFECT] = "INSERT OR IGNORE INTO temp.affected VALUES(?1)",
    [Q_SENTENCE] = "INSERT OR IGNORE INTO sentences(story_id, sentence, start, \"end\", text) VALUES(?1, ?2, ?3, ?4, ?5)",
    [Q_ACTOR] = "INSERT INTO actors(story_id, seq, sentence, start, \"end\", text, code, kind, codes) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    /* two different keys with one id: never expected (63-bit hashes), never ignored */
    [Q_COLLIDE] = "SELECT event_id FROM mentions WHERE event_id IN (SELECT event_id FROM temp.affected) "
                  "GROUP BY event_id HAVING count(DISTINCT CASE ?1 WHEN 0 THEN story_id || char(31) || seq "
                  "WHEN 1 THEN story_id || char(31) || date || char(31) || source || char(31) || target || char(31) || code "
                  "ELSE date || char(31) || source || char(31) || target || char(31) || code END) > 1 LIMIT 1",
    [Q_DEL_EVENTS] = "DELETE FROM events WHERE event_id IN (SELECT event_id FROM temp.affected)",
    /* the representative mention: the first (by story id, index) that names a place,
       else the first; counts over all mentions of the event */
    [Q_EVENTS] =
        "INSERT INTO events(event_id, story_id, sentence, date, source, target, code, root, quad, goldstein, plover, "
        "plover_mode, lang, source_text, verb_text, target_text, source_start, source_end, verb_start, verb_end, "
        "target_start, target_end, flags, is_root, num_mentions, num_sources, num_articles, geo_type, geo_name, "
        "geo_country, geo_country2, geo_adm1, geo_lat, geo_lon, geo_feature_id, place_text, place_start, place_end) "
        "SELECT r.event_id, r.story_id, r.sentence, r.date, r.source, r.target, r.code, substr(r.code, 1, 2), r.quad, "
        "r.goldstein, r.plover, r.plover_mode, r.lang, r.source_text, r.verb_text, r.target_text, r.source_start, "
        "r.source_end, r.verb_start, r.verb_end, r.target_start, r.target_end, r.flags, c.is_root, c.nm, c.ns, c.na, "
        "r.geo_type, r.geo_name, r.geo_country, r.geo_country2, r.geo_adm1, r.geo_lat, r.geo_lon, r.geo_feature_id, "
        "r.place_text, r.place_start, r.place_end "
        "FROM (SELECT m.*, row_number() OVER (PARTITION BY m.event_id ORDER BY m.geo_type = 0, m.story_id, m.seq) AS rn "
        "      FROM mentions m WHERE m.event_id IN (SELECT event_id FROM temp.affected)) r "
        "JOIN (SELECT m.event_id, count(*) AS nm, count(DISTINCT s.source) AS ns, count(DISTINCT m.story_id) AS na, "
        "      max(m.is_root) AS is_root FROM mentions m JOIN stories s ON s.story_id = m.story_id "
        "      WHERE m.event_id IN (SELECT event_id FROM temp.affected) GROUP BY m.event_id) c "
        "ON c.event_id = r.event_id WHERE r.rn = 1",
    [Q_CLEAR] = "DELETE FROM temp.affected",
};

static const char *const schema =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE stories(story_id TEXT PRIMARY KEY, date TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL,\n"
    "  source TEXT NOT NULL, url TEXT NOT NULL, origin TEXT NOT NULL, line INTEGER NOT NULL,\n"
    "  nsentences INTEGER NOT NULL, nevents INTEGER NOT NULL);\n"
    "CREATE TABLE sentences(story_id TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL,\n"
    "  \"end\" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY(story_id, sentence)) WITHOUT ROWID;\n"
    "CREATE TABLE actors(story_id TEXT NOT NULL, seq INTEGER NOT NULL, sentence INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL,\n"
    "  codes TEXT NOT NULL, PRIMARY KEY(story_id, seq)) WITHOUT ROWID;\n"
    "CREATE INDEX actors_code ON actors(code);\n"
    "CREATE TABLE mentions(story_id TEXT NOT NULL, seq INTEGER NOT NULL, event_id INTEGER NOT NULL,\n"
    "  sentence INTEGER NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,\n"
    "  quad INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT NOT NULL, plover_mode TEXT NOT NULL,\n"
    "  lang TEXT NOT NULL, source_text TEXT NOT NULL, verb_text TEXT NOT NULL, target_text TEXT NOT NULL,\n"
    "  source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, verb_start INTEGER NOT NULL,\n"
    "  verb_end INTEGER NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, flags TEXT NOT NULL,\n"
    "  is_root INTEGER NOT NULL, geo_type INTEGER NOT NULL, geo_name TEXT NOT NULL, geo_country TEXT NOT NULL,\n"
    "  geo_country2 TEXT NOT NULL, geo_adm1 TEXT NOT NULL, geo_lat REAL, geo_lon REAL, geo_feature_id TEXT NOT NULL,\n"
    "  place_text TEXT NOT NULL, place_start INTEGER NOT NULL, place_end INTEGER NOT NULL,\n"
    "  PRIMARY KEY(story_id, seq)) WITHOUT ROWID;\n"
    "CREATE INDEX mentions_event ON mentions(event_id);\n"
    "CREATE TABLE events(event_id INTEGER PRIMARY KEY, story_id TEXT NOT NULL, sentence INTEGER NOT NULL,\n"
    "  date TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL,\n"
    "  quad INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT NOT NULL, plover_mode TEXT NOT NULL,\n"
    "  lang TEXT NOT NULL, source_text TEXT NOT NULL, verb_text TEXT NOT NULL, target_text TEXT NOT NULL,\n"
    "  source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, verb_start INTEGER NOT NULL,\n"
    "  verb_end INTEGER NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, flags TEXT NOT NULL,\n"
    "  is_root INTEGER NOT NULL, num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,\n"
    "  num_articles INTEGER NOT NULL, geo_type INTEGER NOT NULL, geo_name TEXT NOT NULL, geo_country TEXT NOT NULL,\n"
    "  geo_country2 TEXT NOT NULL, geo_adm1 TEXT NOT NULL, geo_lat REAL, geo_lon REAL, geo_feature_id TEXT NOT NULL,\n"
    "  place_text TEXT NOT NULL, place_start INTEGER NOT NULL, place_end INTEGER NOT NULL);\n"
    "CREATE INDEX events_date ON events(date);\n"
    "CREATE INDEX events_dyad ON events(source, target, date);\n"
    "CREATE INDEX events_target ON events(target, date);\n";

struct hd_store {
    sqlite3 *db;
    sqlite3_stmt *q[NQ];
    hd_dedup dedup;
    bool in_tx;
    char path[1024];
    char err[1024];
    hd_strpool *seen;   /* story ids written by this handle: a repeat is reported */
    hd_buf tmp;
};

/* ------------------------------------------------------------ event ids */

/* 64-bit FNV-1a over the fields (separated by 0x1f), finished with splitmix64's
** mixer so that ids spread over the whole range; 63 bits, never 0. */
static uint64_t mix(uint64_t h, const char *s) {
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ull; }
    h ^= 0x1f;
    return h * 1099511628211ull;
}

int64_t hd_event_id(hd_dedup dedup, const char *story_id, unsigned index, const hd_event *e) {
    uint64_t h = 1469598103934665603ull;
    char num[16];
    if ((unsigned)dedup > HD_DEDUP_DAY) dedup = HD_DEDUP_NONE;
    h = mix(h, dedup_names[dedup]);
    if (dedup != HD_DEDUP_DAY) h = mix(h, story_id);
    if (dedup == HD_DEDUP_NONE) {
        char *w = num + sizeof num - 1;   /* "%u", without printf (once per event) */
        *w = 0;
        do { *--w = (char)('0' + index % 10); index /= 10; } while (index);
        h = mix(h, w);
    } else {
        h = mix(h, e->date);
        h = mix(h, e->source);
        h = mix(h, e->target);
        h = mix(h, e->code);
    }
    h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27; h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    h &= 0x7fffffffffffffffull;
    return h ? (int64_t)h : 1;
}

/* ------------------------------------------------------------ errors */

static int fail(hd_store *st, int status, const char *what) {
    const char *m = st->db ? sqlite3_errmsg(st->db) : "out of memory";
    int code = st->db ? sqlite3_extended_errcode(st->db) : SQLITE_NOMEM;
    const char *hint = "";
    if ((code & 0xff) == SQLITE_READONLY) hint = " (the file or its folder is read-only)";
    else if ((code & 0xff) == SQLITE_FULL) hint = " (no space left: free some and run again)";
    else if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) hint = " (not a usable SQLite database: nothing was written to it)";
    else if ((code & 0xff) == SQLITE_BUSY) hint = " (another program holds a write lock on it)";
    else if ((code & 0xff) == SQLITE_IOERR) hint = " (a write failed: is the disk full or the file too large?)";
    else if ((code & 0xff) == SQLITE_CANTOPEN) hint = " (cannot create or open the file or its journal: check the folder)";
    hd_set_err(st->err, sizeof st->err, "%s: %s: %s%s", st->path, what, m, hint);
    return status;
}

const char *hd_store_error(const hd_store *st) { return st ? st->err : "out of memory"; }
hd_dedup hd_store_dedup(const hd_store *st) { return st->dedup; }
void *hd_store_db(hd_store *st) { return st ? st->db : NULL; }

/* ------------------------------------------------------------ open / close */

static int exec(hd_store *st, const char *sql, const char *what) {
    if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK) return fail(st, HD_EIO, what);
    return HD_OK;
}

/* A herodote database has our application id and a meta table with our schema
** version; a fresh file has no tables at all.  Anything else is left untouched. */
static int check_or_create(hd_store *st, bool readonly, hd_dedup dedup) {
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_master", -1, &s, NULL) != SQLITE_OK)
        return fail(st, HD_EIO, "cannot read");
    int rc = sqlite3_step(s);
    int ntables = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW) return fail(st, HD_EIO, "cannot read");
    if (ntables == 0) {
        if (readonly) {
            hd_set_err(st->err, sizeof st->err, "%s: empty database (no events table): code stories into it first with herodote code --db", st->path);
            return HD_EIO;
        }
        if (dedup == HD_DEDUP_KEEP) dedup = HD_DEDUP_NONE;
        char sql[4096 + 512];
        snprintf(sql, sizeof sql,
                 "BEGIN IMMEDIATE; PRAGMA application_id = %d; PRAGMA user_version = %d; %s"
                 "INSERT INTO meta VALUES('application', 'herodote'), ('schema_version', '%d'), ('dedup', '%s'); COMMIT;",
                 STORE_APP_ID, STORE_SCHEMA_VERSION, schema, STORE_SCHEMA_VERSION, dedup_names[dedup]);
        if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
            int r = fail(st, HD_EIO, "cannot create the schema");
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return r;
        }
        st->dedup = dedup;
        return HD_OK;
    }
    int app = 0, ver = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA application_id", -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW) app = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    char mode[16] = "";
    if (app == STORE_APP_ID &&
        sqlite3_prepare_v2(st->db, "SELECT (SELECT value FROM meta WHERE key = 'schema_version'), "
                                   "(SELECT value FROM meta WHERE key = 'dedup')", -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW) {
            ver = sqlite3_column_type(s, 0) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 0);
            const unsigned char *m = sqlite3_column_text(s, 1);
            snprintf(mode, sizeof mode, "%s", m ? (const char *)m : "");
        }
        sqlite3_finalize(s);
    }
    if (app != STORE_APP_ID || ver < 0) {
        hd_set_err(st->err, sizeof st->err, "%s: not a herodote database (it has other tables); refusing to %s it", st->path,
                 readonly ? "query" : "write into");
        return HD_EIO;
    }
    if (ver != STORE_SCHEMA_VERSION) {
        hd_set_err(st->err, sizeof st->err, "%s: schema version %d, this herodote reads version %d", st->path, ver,
                 STORE_SCHEMA_VERSION);
        return HD_EIO;
    }
    int m = -1;
    for (int i = 0; i < 3; i++)
        if (!strcmp(mode, dedup_names[i])) m = i;
    if (m < 0) { hd_set_err(st->err, sizeof st->err, "%s: unknown de-duplication mode '%s' in meta", st->path, mode); return HD_EIO; }
    if (!readonly && (int)dedup != m && dedup != HD_DEDUP_KEEP) {
        hd_set_err(st->err, sizeof st->err, "%s: the database was created with --dedup %s; use the same mode, or a new database",
                 st->path, mode);
        return HD_EUSAGE;
    }
    st->dedup = (hd_dedup)m;
    return HD_OK;
}

hd_store *hd_store_open(const char *path, unsigned flags, hd_dedup dedup, int *status, char *err, size_t errlen) {
    int dummy;
    if (!status) status = &dummy;
    hd_store *st = calloc(1, sizeof *st);
    if (!st) { *status = HD_ENOMEM; hd_set_err(err, errlen, "out of memory"); return NULL; }
    snprintf(st->path, sizeof st->path, "%s", path);
    bool ro = flags & HD_STORE_READONLY;
    /* a write-protected file is not written, even by root (whom the system lets) */
    struct stat sb;
    if (!ro && stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && !(sb.st_mode & 0222)) {
        *status = HD_EIO;
        hd_set_err(err, errlen, "%s: cannot write: the file is read-only (mode %03o; nothing was changed)", path,
                   (unsigned)(sb.st_mode & 0777));
        free(st);
        return NULL;
    }
    int rc = sqlite3_open_v2(path, &st->db, ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        if (st->db) fail(st, HD_EIO, "cannot open");
        else hd_set_err(st->err, sizeof st->err, "%s: cannot open: out of memory", path);
        goto bad;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, 10000);
    if (!ro && sqlite3_db_readonly(st->db, "main") == 1) {
        hd_set_err(st->err, sizeof st->err, "%s: cannot write: the file is read-only (nothing was changed)", path);
        goto bad;
    }
    *status = check_or_create(st, ro, dedup);
    if (*status != HD_OK) goto bad2;
    if (!ro) {
        /* WAL: readers see the last commit while we write; NORMAL is durable against a
           killed process (a power cut may lose the last commits, never consistency) */
        sqlite3_stmt *s;
        if (sqlite3_prepare_v2(st->db, "PRAGMA journal_mode = WAL", -1, &s, NULL) != SQLITE_OK) { fail(st, HD_EIO, "cannot set WAL mode"); goto bad; }
        rc = sqlite3_step(s);
        sqlite3_finalize(s);
        if (rc != SQLITE_ROW) { fail(st, HD_EIO, "cannot set WAL mode"); goto bad; }
        if (exec(st, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; "
                     "CREATE TEMP TABLE affected(event_id INTEGER PRIMARY KEY)",
                 "cannot prepare") != HD_OK) goto bad;
        for (int i = 0; i < NQ; i++)
            if (sqlite3_prepare_v3(st->db, sql_q[i], -1, SQLITE_PREPARE_PERSISTENT, &st->q[i], NULL) != SQLITE_OK) {
                fail(st, HD_EIO, "cannot prepare statements (is this database from another herodote version?)");
                goto bad;
            }
        st->seen = hd_strpool_new();
        if (!st->seen) { hd_set_err(st->err, sizeof st->err, "out of memory"); goto bad; }
    }
    return st;
bad:
    *status = HD_EIO;
bad2:
    hd_set_err(err, errlen, "%s", st->err);
    hd_store_close(st);
    return NULL;
}

void hd_store_close(hd_store *st) {
    if (!st) return;
    if (st->in_tx) hd_store_rollback(st);
    for (int i = 0; i < NQ; i++) sqlite3_finalize(st->q[i]);
    if (st->db) sqlite3_close(st->db);
    hd_strpool_free(st->seen);
    hd_buf_free(&st->tmp);
    free(st);
}

int hd_store_begin(hd_store *st) {
    if (st->in_tx) return HD_OK;
    if (exec(st, "BEGIN IMMEDIATE", "cannot start a transaction") != HD_OK) return HD_EIO;
    st->in_tx = true;
    return HD_OK;
}

int hd_store_rollback(hd_store *st) {
    if (!st->in_tx) return HD_OK;
    st->in_tx = false;
    for (int i = 0; i < NQ; i++) if (st->q[i]) sqlite3_reset(st->q[i]);
    /* a failed COMMIT may already have rolled back: then this is a no-op */
    if (sqlite3_get_autocommit(st->db)) return HD_OK;
    char keep[sizeof st->err];
    memcpy(keep, st->err, sizeof keep);
    int rc = exec(st, "ROLLBACK", "cannot roll back");
    if (rc == HD_OK) memcpy(st->err, keep, sizeof keep);
    sqlite3_exec(st->db, "DELETE FROM temp.affected", NULL, NULL, NULL);
    return rc;
}

static int step(hd_store *st, sqlite3_stmt *s, const char *what) {
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return fail(st, HD_EIO, what);
    return HD_OK;
}

int hd_store_commit(hd_store *st) {
    if (!st->in_tx) return HD_OK;
    sqlite3_stmt *c = st->q[Q_COLLIDE];
    sqlite3_bind_int(c, 1, (int)st->dedup);
    int rc = sqlite3_step(c);
    if (rc == SQLITE_ROW) {
        long long id = sqlite3_column_int64(c, 0);
        sqlite3_reset(c);
        hd_set_err(st->err, sizeof st->err, "%s: two different events hash to the id %lld; please report this "
                                          "(the batch was not stored)", st->path, id);
        return HD_EIO;
    }
    sqlite3_reset(c);
    if (rc != SQLITE_DONE) return fail(st, HD_EIO, "cannot check event ids");
    if (step(st, st->q[Q_DEL_EVENTS], "cannot update events") || step(st, st->q[Q_EVENTS], "cannot update events") ||
        step(st, st->q[Q_CLEAR], "cannot update events"))
        return HD_EIO;
    if (exec(st, "COMMIT", "cannot commit") != HD_OK) return HD_EIO;
    st->in_tx = false;
    return HD_OK;
}

/* ------------------------------------------------------------ writing */

static void text(sqlite3_stmt *s, int i, const char *p, size_t n) { sqlite3_bind_text(s, i, p, (int)n, SQLITE_STATIC); }
static void str(sqlite3_stmt *s, int i, const char *p) { sqlite3_bind_text(s, i, p ? p : "", -1, SQLITE_STATIC); }

static void span(sqlite3_stmt *s, int i, const hd_story *story, uint32_t a, uint32_t b) {
    if (b > story->len) b = (uint32_t)story->len;
    if (a > b) a = b;
    text(s, i, story->text + a, b - a);
}

int hd_store_story(hd_store *st, const hd_story *s, const char *lang, size_t nsentences, const hd_record *r,
                   size_t n, const hd_mention *m, size_t nm) {
    if (!st->in_tx && hd_store_begin(st) != HD_OK) return HD_EIO;
    char what[512];
    snprintf(what, sizeof what, "cannot store story %.300s (%.100s:%ld)", s->id, s->origin ? s->origin : "-", s->line);
    for (int q = Q_AFFECT_OLD; q <= Q_DEL_SENTENCES; q++) {
        str(st->q[q], 1, s->id);
        if (step(st, st->q[q], what)) return HD_EIO;
    }
    sqlite3_stmt *q = st->q[Q_STORY];
    str(q, 1, s->id); str(q, 2, s->date); str(q, 3, lang); str(q, 4, s->title); str(q, 5, s->source);
    str(q, 6, s->url); str(q, 7, s->origin); sqlite3_bind_int64(q, 8, s->line);
    sqlite3_bind_int64(q, 9, (sqlite3_int64)nsentences); sqlite3_bind_int64(q, 10, (sqlite3_int64)n);
    if (step(st, q, what)) return HD_EIO;
    for (size_t i = 0; i < n; i++) {
        const hd_event *e = &r[i].ev;
        int64_t id = hd_event_id(st->dedup, s->id, (unsigned)i, e);
        q = st->q[Q_MENTION];
        str(q, 1, s->id); sqlite3_bind_int64(q, 2, (sqlite3_int64)i); sqlite3_bind_int64(q, 3, id);
        sqlite3_bind_int64(q, 4, e->sentence); str(q, 5, e->date); str(q, 6, e->source); str(q, 7, e->target);
        str(q, 8, e->code); sqlite3_bind_int(q, 9, e->info->quad); sqlite3_bind_double(q, 10, e->info->goldstein);
        str(q, 11, e->info->plover); str(q, 12, e->info->plover_mode); str(q, 13, lang);
        span(q, 14, s, e->src_start, e->src_end); span(q, 15, s, e->verb_start, e->verb_end);
        span(q, 16, s, e->tgt_start, e->tgt_end);
        sqlite3_bind_int64(q, 17, e->src_start); sqlite3_bind_int64(q, 18, e->src_end);
        sqlite3_bind_int64(q, 19, e->verb_start); sqlite3_bind_int64(q, 20, e->verb_end);
        sqlite3_bind_int64(q, 21, e->tgt_start); sqlite3_bind_int64(q, 22, e->tgt_end);
        str(q, 23, e->flags); sqlite3_bind_int(q, 24, r[i].is_root);
        const hd_place *p = r[i].place;
        sqlite3_bind_int(q, 25, p ? p->type : 0);
        str(q, 26, p ? p->name : ""); str(q, 27, p ? p->country : ""); str(q, 28, p ? p->country2 : "");
        str(q, 29, p ? p->adm1 : "");
        if (p) { sqlite3_bind_double(q, 30, p->lat); sqlite3_bind_double(q, 31, p->lon); }
        else { sqlite3_bind_null(q, 30); sqlite3_bind_null(q, 31); }
        str(q, 32, p ? p->feature : "");
        if (p) span(q, 33, s, r[i].place_start, r[i].place_end); else str(q, 33, "");
        sqlite3_bind_int64(q, 34, p ? r[i].place_start : 0); sqlite3_bind_int64(q, 35, p ? r[i].place_end : 0);
        if (step(st, q, what)) return HD_EIO;
        sqlite3_bind_int64(st->q[Q_AFFECT], 1, id);
        if (step(st, st->q[Q_AFFECT], what)) return HD_EIO;
        q = st->q[Q_SENTENCE];
        str(q, 1, s->id); sqlite3_bind_int64(q, 2, e->sentence);
        sqlite3_bind_int64(q, 3, r[i].sent_start); sqlite3_bind_int64(q, 4, r[i].sent_end);
        span(q, 5, s, r[i].sent_start, r[i].sent_end);
        if (step(st, q, what)) return HD_EIO;
    }
    for (size_t i = 0; i < nm; i++) {
        q = st->q[Q_ACTOR];
        st->tmp.n = 0;
        for (int k = 0; k < m[i].ncodes && k < HD_MENTION_CODES; k++) {
            if (k) hd_buf_putc(&st->tmp, ',');
            hd_buf_puts(&st->tmp, m[i].codes[k] ? m[i].codes[k] : "");
        }
        if (hd_buf_putc(&st->tmp, 0)) return fail(st, HD_ENOMEM, "out of memory");
        str(q, 1, s->id); sqlite3_bind_int64(q, 2, (sqlite3_int64)i); sqlite3_bind_int64(q, 3, m[i].sentence);
        sqlite3_bind_int64(q, 4, m[i].start); sqlite3_bind_int64(q, 5, m[i].end);
        span(q, 6, s, m[i].start, m[i].end); str(q, 7, m[i].code); str(q, 8, m[i].kind);
        str(q, 9, m[i].ncodes > 1 ? st->tmp.p : "");
        if (step(st, q, what)) return HD_EIO;
    }
    /* the same id twice in one run: the later story replaces the earlier; say so */
    size_t idn = strlen(s->id);
    if (hd_strpool_find(st->seen, s->id, idn)) return 1;
    if (!hd_intern(st->seen, s->id, idn)) return fail(st, HD_ENOMEM, "out of memory");
    return HD_OK;
}
