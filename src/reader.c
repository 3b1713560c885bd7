/*
** reader.c — story readers: JSONL, plain text, TABARI text records, PETRARCH XML.
**
** All readers stream: the input is read in 64 KiB chunks into one buffer that holds
** the current record only, so memory is bounded by the largest story (plus the
** explicit limit `max_story`).  A bad record is skipped with a message naming the
** file and line (or record); the caller decides whether to go on (the CLI's default)
** or stop (--strict).  Never a silent skip: every skipped record is reported.
*/
#include "internal.h"
#include <errno.h>
#include <jansson.h>

#define CHUNK 65536

struct hd_reader {
    hd_format fmt;
    FILE *fp;            /* NULL for memory readers */
    bool own_fp;
    const char *mem;     /* memory input */
    size_t memlen, mempos;
    char *name;
    hd_buf in;           /* unconsumed input is in.p[pos .. in.n) */
    size_t pos;
    uint64_t nread;      /* bytes read from the input so far (in.p holds the last ones) */
    bool eof;
    long line;           /* line number of in.p[pos] (1-based) */
    long record;         /* record counter (TABARI, PETRARCH) */
    size_t max_story;
    char defdate[11];
    char deflang[8];
    bool text_done;
    /* the current story's storage */
    hd_buf text, meta;
    char id[512], date[11], lang[8];
    hd_buf title, source, url;
    char err[768], warn[512];
    bool has_warn;
    hd_buf unesc[7];     /* JSONL fast path: a field's value when it had escapes */
};

/* Off only to compare the two JSONL paths (the fuzzer does). */
bool hd_reader_fast_json = true;

static int fill(hd_reader *r) {
    if (r->eof) return 0;
    if (r->pos > 0) {   /* compact */
        memmove(r->in.p, r->in.p + r->pos, r->in.n - r->pos);
        r->in.n -= r->pos;
        r->pos = 0;
    }
    if (hd_buf_reserve(&r->in, CHUNK) != 0) return -1;
    size_t k;
    if (r->fp) {
        k = fread(r->in.p + r->in.n, 1, CHUNK, r->fp);
        if (k < CHUNK) {
            if (ferror(r->fp)) return -1;
            r->eof = true;
        }
    } else {
        k = r->memlen - r->mempos;
        if (k > CHUNK) k = CHUNK;
        memcpy(r->in.p + r->in.n, r->mem + r->mempos, k);
        r->mempos += k;
        if (r->mempos >= r->memlen) r->eof = true;
    }
    r->in.n += k;
    r->nread += k;
    r->in.p[r->in.n] = '\0';
    return 1;
}

static hd_format guess_format(const char *path) {
    const char *dot = strrchr(path, '.');
    if (!dot) return HD_FMT_TEXT;
    if (!strcmp(dot, ".jsonl") || !strcmp(dot, ".json") || !strcmp(dot, ".ndjson")) return HD_FMT_JSONL;
    if (!strcmp(dot, ".xml")) return HD_FMT_PETRARCH;
    if (!strcmp(dot, ".text")) return HD_FMT_TABARI;
    return HD_FMT_TEXT;
}

static hd_reader *reader_alloc(const char *name, const hd_reader_opts *o) {
    hd_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->name = strdup(name ? name : "-");
    if (!r->name) { free(r); return NULL; }
    r->fmt = o ? o->format : HD_FMT_AUTO;
    if (r->fmt == HD_FMT_AUTO) r->fmt = guess_format(r->name);
    r->max_story = o && o->max_story ? o->max_story : HD_MAX_STORY_DEFAULT;
    if (o && o->date) snprintf(r->defdate, sizeof r->defdate, "%s", o->date);
    if (o && o->lang) snprintf(r->deflang, sizeof r->deflang, "%s", o->lang);
    r->line = 1;
    return r;
}

hd_reader *hd_reader_open(const char *path, const hd_reader_opts *o, int *status,
                          char *errbuf, size_t errlen) {
    int st = HD_OK;
    if (!path) { st = HD_EUSAGE; hd_set_err(errbuf, errlen, "no input file"); goto fail; }
    if (o && o->date) {
        char tmp[11];
        if (hd_date_parse(o->date, strlen(o->date), tmp) != HD_OK) {
            st = HD_EUSAGE;
            hd_set_err(errbuf, errlen, "bad --date '%s' (expected YYYY-MM-DD)", o->date);
            goto fail;
        }
    }
    hd_reader *r = reader_alloc(path, o);
    if (!r) { st = HD_ENOMEM; hd_set_err(errbuf, errlen, "out of memory"); goto fail; }
    if (o && o->date) hd_date_parse(o->date, strlen(o->date), r->defdate);
    if (!strcmp(path, "-")) {
        r->fp = stdin;
        if (r->fmt == HD_FMT_TEXT && !(o && o->format == HD_FMT_TEXT)) r->fmt = HD_FMT_JSONL;
    } else {
        r->fp = fopen(path, "rb");
        if (!r->fp) {
            st = HD_EIO;
            hd_set_err(errbuf, errlen, "%s: cannot open: %s", path, strerror(errno));
            hd_reader_free(r);
            goto fail;
        }
        r->own_fp = true;
    }
    if (status) *status = HD_OK;
    return r;
fail:
    if (status) *status = st;
    return NULL;
}

hd_reader *hd_reader_mem(const char *buf, size_t len, const char *name, const hd_reader_opts *o) {
    hd_reader *r = reader_alloc(name, o);
    if (!r) return NULL;
    if (o && o->date) hd_date_parse(o->date, strlen(o->date), r->defdate);
    r->mem = buf ? buf : "";
    r->memlen = buf ? len : 0;
    if (r->memlen == 0) r->eof = true;
    return r;
}

void hd_reader_free(hd_reader *r) {
    if (!r) return;
    if (r->own_fp && r->fp) fclose(r->fp);
    hd_buf_free(&r->in);
    hd_buf_free(&r->text);
    hd_buf_free(&r->meta);
    hd_buf_free(&r->title);
    hd_buf_free(&r->source);
    hd_buf_free(&r->url);
    for (int k = 0; k < 7; k++) hd_buf_free(&r->unesc[k]);
    free(r->name);
    free(r);
}

const char *hd_reader_error(const hd_reader *r) { return r ? r->err : ""; }
uint64_t hd_reader_offset(const hd_reader *r) { return r ? r->nread - (r->in.n - r->pos) : 0; }
const char *hd_reader_warning(const hd_reader *r) { return r && r->has_warn ? r->warn : NULL; }

static int bad(hd_reader *r, long line, const char *id, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int bad(hd_reader *r, long line, const char *id, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (id && *id)
        snprintf(r->err, sizeof r->err, "%s:%ld: story %.200s: %s", r->name, line, id, msg);
    else
        snprintf(r->err, sizeof r->err, "%s:%ld: %s", r->name, line, msg);
    return HD_EBADINPUT;
}

/* Put cleaned text into r->text and fill the story; warn on replaced bytes. */
static int finish_story_v(hd_reader *r, hd_story *s, const char *text, size_t n, long line, bool valid) {
    unsigned badc = 0, nul = 0;
    r->text.n = 0;
    /* text known to be valid UTF-8 without NUL (the JSONL fast path checked it) needs
       no cleaning unless it has a CR or opens with a BOM */
    if (valid && !memchr(text, '\r', n) && !(n >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))) {
        if (hd_buf_put(&r->text, text, n) != 0) return bad(r, line, r->id, "out of memory for a story of %zu bytes", n);
    } else if (hd_buf_reserve(&r->text, n) != 0 || hd_utf8_clean(text, n, &r->text, &badc, &nul) != 0)
        return bad(r, line, r->id, "out of memory for a story of %zu bytes", n);
    if (!r->text.p) hd_buf_put(&r->text, "", 0);
    /* an empty or blank text is a bad story: nothing to code, and it usually means
       the wrong field or a broken export */
    size_t i = 0;
    while (i < r->text.n && (r->text.p[i] == ' ' || r->text.p[i] == '\n' || r->text.p[i] == '\t')) i++;
    if (i == r->text.n) return bad(r, line, r->id, "empty text");
    memset(s, 0, sizeof *s);
    s->id = r->id;
    s->date = r->date;
    s->lang = r->lang;
    s->title = r->title.p ? r->title.p : "";
    s->source = r->source.p ? r->source.p : "";
    s->url = r->url.p ? r->url.p : "";
    s->text = r->text.p;
    s->len = r->text.n;
    s->origin = r->name;
    s->line = line;
    s->bad_utf8 = badc;
    s->nul_bytes = nul;
    s->meta = r->meta.p ? r->meta.p : "";
    r->has_warn = false;
    if (badc || nul) {
        r->has_warn = true;
        char what[128];
        if (badc && nul) snprintf(what, sizeof what, "%u invalid UTF-8 sequence(s) replaced by U+FFFD, %u NUL byte(s) replaced by spaces", badc, nul);
        else if (badc) snprintf(what, sizeof what, "%u invalid UTF-8 sequence(s) replaced by U+FFFD", badc);
        else snprintf(what, sizeof what, "%u NUL byte(s) replaced by spaces", nul);
        snprintf(r->warn, sizeof r->warn, "%s:%ld: story %.200s: %s", r->name, line, r->id, what);
    }
    return HD_OK;
}

static int finish_story(hd_reader *r, hd_story *s, const char *text, size_t n, long line) {
    return finish_story_v(r, s, text, n, line, false);
}

/* ------------------------------------------------------------------ JSONL */

/* A story line's fields, from either parser: a field is a string value (bytes, length;
** jansson's strings may hold NULs), or absent / of another type (p == NULL).  An
** integer id is given as its decimal text. */
enum { F_ID, F_DATE, F_TEXT, F_LANG, F_TITLE, F_SOURCE, F_URL, F_N };
static const char *const field_names[F_N] = {"id", "date", "text", "lang", "title", "source", "url"};
typedef struct {
    const char *p[F_N];
    size_t n[F_N];
    bool clean;          /* fast path: every string is valid UTF-8 without NUL */
} jfields;

/* A field's value into out (cap bytes): up to its first NUL (jansson's strings may
** hold one), cut to cap - 1 bytes; snprintf's "%.*s" without its cost per story. */
static void copy_field(char *out, size_t cap, const char *p, size_t n) {
    size_t k = strnlen(p, n < cap - 1 ? n : cap - 1);
    memcpy(out, p, k);
    out[k] = 0;
}

/* The story of a line's fields: what is checked, and in which order, is the same for
** both parsers. */
static int jsonl_story(hd_reader *r, hd_story *s, const jfields *f, long line) {
    r->id[0] = 0;
    if (f->p[F_ID]) copy_field(r->id, sizeof r->id, f->p[F_ID], f->n[F_ID]);
    const char *date = f->p[F_DATE], *text = f->p[F_TEXT], *lang = f->p[F_LANG];
    size_t dn = f->n[F_DATE], tn = f->n[F_TEXT];
    int rc = HD_OK;
    if (!r->id[0]) rc = bad(r, line, NULL, "missing \"id\" (a string or an integer)");
    else if (!text) rc = bad(r, line, r->id, "missing \"text\" (a string)");
    else if (!date && !r->defdate[0]) rc = bad(r, line, r->id, "missing \"date\" (YYYY-MM-DD or YYYYMMDD)");
    else if (date && hd_date_parse(date, dn, r->date) != HD_OK)
        rc = bad(r, line, r->id, "malformed date \"%.*s\" (expected YYYY-MM-DD or YYYYMMDD)", (int)(dn < 40 ? dn : 40), date);
    else if (tn > r->max_story)
        rc = bad(r, line, r->id, "text of %zu bytes exceeds the story limit (%zu)", tn, r->max_story);
    if (rc == HD_OK) {
        if (!date) memcpy(r->date, r->defdate, sizeof r->date);
        r->lang[0] = 0;
        if (lang) copy_field(r->lang, sizeof r->lang, lang, f->n[F_LANG]);
        else if (r->deflang[0]) memcpy(r->lang, r->deflang, sizeof r->lang);
        if (r->lang[0] && strcmp(r->lang, "fr") && strcmp(r->lang, "en")) {
            rc = bad(r, line, r->id, "unsupported \"lang\" \"%s\" (herodote codes fr and en)", r->lang);
        }
    }
    if (rc == HD_OK) {
        hd_buf *out[] = {&r->title, &r->source, &r->url};
        for (int k = 0; k < 3; k++) {
            out[k]->n = 0;
            hd_buf_put(out[k], f->p[F_TITLE + k] ? f->p[F_TITLE + k] : "", f->p[F_TITLE + k] ? f->n[F_TITLE + k] : 0);
        }
        r->meta.n = 0;
        hd_buf_put(&r->meta, "", 0);
        rc = finish_story_v(r, s, text, tn, line, f->clean);
    }
    return rc;
}

/* Bytes of the valid UTF-8 sequence (RFC 3629: no overlong form, no surrogate, at most
** U+10FFFF) at s (s < e, *s >= 0x80), or 0. */
static size_t utf8_seq(const unsigned char *s, const unsigned char *e) {
    unsigned char c = s[0];
    size_t k = e - s;
    if (c >= 0xC2 && c <= 0xDF) return k >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (k < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;   /* overlong */
        if (c == 0xED && s[1] > 0x9F) return 0;   /* surrogates */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (k < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;   /* overlong */
        if (c == 0xF4 && s[1] > 0x8F) return 0;   /* above U+10FFFF */
        return 4;
    }
    return 0;
}

/* A JSON string at *pp (just after its opening quote) up to its closing quote: its
** span, and whether it has escapes.  Only what jansson surely reads the same way is
** taken: valid UTF-8, no control character, the one-character escapes (no \u).
** Returns false for anything else. */
static bool fast_string(const unsigned char **pp, const unsigned char *e, const unsigned char **sp, size_t *sn,
                        bool *esc) {
    const unsigned char *p = *pp;
    *sp = p;
    *esc = false;
    for (;;) {
        /* the plain ASCII run, eight bytes a step; the byte loop stops at once on the
           byte a step found, or finishes the last few */
        while (HD_SWAR && e - p >= 8) {
            uint64_t m = hd_json_special8(hd_load8(p), true);
            if (m) { p += hd_first8(m); break; }
            p += 8;
        }
        while (p < e && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
        if (p >= e) return false;
        unsigned char c = *p;
        if (c == '"') break;
        if (c < 0x20) return false;
        if (c == '\\') {
            if (p + 1 >= e || !strchr("\"\\/bfnrt", p[1]) || !p[1]) return false;
            *esc = true;
            p += 2;
            continue;
        }
        size_t k = utf8_seq(p, e);
        if (!k) return false;
        p += k;
    }
    *sn = (size_t)(p - *sp);
    *pp = p + 1;
    return true;
}

/* The value of a string fast_string took (its one-character escapes, each followed by
** its letter).  The runs between escapes are copied whole: a story's text with a few
** quotes in it was a byte loop's work. */
static int unescape(hd_buf *b, const unsigned char *s, size_t n) {
    b->n = 0;
    if (hd_buf_reserve(b, n) != 0) return -1;
    char *o = b->p;
    const unsigned char *e = s + n;
    while (s < e) {
        const unsigned char *bs = memchr(s, '\\', (size_t)(e - s));
        size_t run = (size_t)((bs ? bs : e) - s);
        memcpy(o, s, run);
        o += run;
        if (!bs) break;
        char c;
        switch (bs[1]) {
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: c = (char)bs[1];   /* " \ / */
        }
        *o++ = c;
        s = bs + 2;
    }
    b->n = (size_t)(o - b->p);
    b->p[b->n] = 0;
    return 0;
}

static inline const unsigned char *json_ws(const unsigned char *p, const unsigned char *e) {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

/* The fast path for the usual line: one flat object of string values with distinct
** keys.  Returns false, having decided nothing, for anything else (numbers, nested
** values, \u escapes, duplicate keys, bad UTF-8, malformed JSON): jansson, the parser
** of record, then reads the line and gives its verdict. */
#define FAST_MAX_KEYS 32
static bool jsonl_fast(hd_reader *r, const char *line, size_t n, jfields *f) {
    const unsigned char *p = (const unsigned char *)line, *e = p + n;
    const unsigned char *ks[FAST_MAX_KEYS];
    size_t kn[FAST_MAX_KEYS];
    int nk = 0;
    memset(f, 0, sizeof *f);
    f->clean = true;
    p = json_ws(p, e);
    if (p >= e || *p++ != '{') return false;
    p = json_ws(p, e);
    if (p < e && *p == '}') { p++; goto end; }
    for (;;) {
        if (p >= e || *p++ != '"') return false;
        const unsigned char *k, *v;
        size_t kl, vl;
        bool esc;
        if (!fast_string(&p, e, &k, &kl, &esc) || esc) return false;
        if (nk == FAST_MAX_KEYS) return false;
        for (int i = 0; i < nk; i++)
            if (kn[i] == kl && !memcmp(ks[i], k, kl)) return false;   /* a duplicate: jansson says so */
        ks[nk] = k;
        kn[nk++] = kl;
        p = json_ws(p, e);
        if (p >= e || *p++ != ':') return false;
        p = json_ws(p, e);
        if (p >= e || *p++ != '"') return false;
        if (!fast_string(&p, e, &v, &vl, &esc)) return false;
        for (int fi = 0; fi < F_N; fi++) {
            if (strlen(field_names[fi]) != kl || memcmp(field_names[fi], k, kl)) continue;
            if (esc) {
                if (unescape(&r->unesc[fi], v, vl) != 0) return false;
                f->p[fi] = r->unesc[fi].p;
            } else {
                f->p[fi] = (const char *)v;
            }
            f->n[fi] = vl;
            if (esc) f->n[fi] = r->unesc[fi].n;
            break;
        }
        p = json_ws(p, e);
        if (p >= e) return false;
        if (*p == ',') { p = json_ws(p + 1, e); continue; }
        if (*p++ != '}') return false;
        break;
    }
end:
    return json_ws(p, e) == e;
}

static int jsonl_next(hd_reader *r, hd_story *s) {
    for (;;) {
        /* find a complete line */
        char *nl;
        for (;;) {
            nl = r->in.p ? memchr(r->in.p + r->pos, '\n', r->in.n - r->pos) : NULL;
            if (nl || r->eof) break;
            if (r->in.n - r->pos > r->max_story + 4096) {
                /* too long: skip to the end of the line, keeping memory bounded */
                long line = r->line;
                for (;;) {
                    r->pos = r->in.n;
                    if (fill(r) < 0) return bad(r, line, NULL, "read error");
                    nl = memchr(r->in.p + r->pos, '\n', r->in.n - r->pos);
                    if (nl || r->eof) break;
                }
                r->pos = nl ? (size_t)(nl - r->in.p) + 1 : r->in.n;
                r->line++;
                return bad(r, line, NULL, "line longer than the story limit (%zu bytes); skipped", r->max_story);
            }
            int k = fill(r);
            if (k < 0) { snprintf(r->err, sizeof r->err, "%s: read error: %s", r->name, strerror(errno)); return HD_EIO; }
        }
        size_t start = r->pos;
        size_t end = nl ? (size_t)(nl - r->in.p) : r->in.n;
        if (start == end && !nl) return HD_EOF;
        long line = r->line;
        r->pos = nl ? end + 1 : end;
        r->line++;
        const char *p = r->in.p + start;
        size_t n = end - start;
        if (n && p[n - 1] == '\r') n--;
        if (line == 1 && n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) { p += 3; n -= 3; }  /* BOM */
        size_t i = 0;
        while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
        if (i == n) continue;   /* blank lines separate nothing and are not stories */
        jfields f;
        if (hd_reader_fast_json && jsonl_fast(r, p, n, &f)) return jsonl_story(r, s, &f, line);
        json_error_t je;
        json_t *o = json_loadb(p, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
        if (!o) {
            if (!nl) return bad(r, line, NULL, "truncated last line: %s", je.text);
            return bad(r, line, NULL, "malformed JSON at column %d: %s", je.column, je.text);
        }
        if (!json_is_object(o)) { json_decref(o); return bad(r, line, NULL, "a story must be a JSON object"); }
        memset(&f, 0, sizeof f);
        for (int fi = 0; fi < F_N; fi++) {
            json_t *v = json_object_get(o, field_names[fi]);
            if (json_is_string(v)) { f.p[fi] = json_string_value(v); f.n[fi] = json_string_length(v); }
        }
        char idnum[32];
        json_t *id = json_object_get(o, "id");
        if (json_is_integer(id)) {
            snprintf(idnum, sizeof idnum, "%lld", (long long)json_integer_value(id));
            f.p[F_ID] = idnum;
            f.n[F_ID] = strlen(idnum);
        }
        int rc = jsonl_story(r, s, &f, line);
        json_decref(o);
        return rc;
    }
}

/* ------------------------------------------------------------- plain text */

static int text_next(hd_reader *r, hd_story *s) {
    if (r->text_done) return HD_EOF;
    r->text_done = true;
    while (!r->eof) {
        if (r->in.n - r->pos > r->max_story) {
            while (!r->eof) { r->pos = r->in.n; if (fill(r) < 0) break; }
            return bad(r, 1, NULL, "file larger than the story limit (%zu bytes); skipped", r->max_story);
        }
        if (fill(r) < 0) { snprintf(r->err, sizeof r->err, "%s: read error: %s", r->name, strerror(errno)); return HD_EIO; }
    }
    const char *base = strrchr(r->name, '/');
    snprintf(r->id, sizeof r->id, "%s", base ? base + 1 : r->name);
    if (!r->defdate[0]) return bad(r, 1, r->id, "plain text has no date: give one with --date YYYY-MM-DD");
    memcpy(r->date, r->defdate, sizeof r->date);
    memcpy(r->lang, r->deflang, sizeof r->lang);
    r->title.n = r->source.n = r->url.n = r->meta.n = 0;
    hd_buf_put(&r->title, "", 0); hd_buf_put(&r->source, "", 0); hd_buf_put(&r->url, "", 0); hd_buf_put(&r->meta, "", 0);
    return finish_story(r, s, r->in.p ? r->in.p + r->pos : "", r->in.n - r->pos, 1);
}

/* ------------------------------------------------------------------- TABARI
** A record is a header line "YYMMDD ID" (date in TABARI's 6 digits or 8), then the text
** lines, optionally a comment (slash-star … star-slash, kept as meta), ended by a blank line.  Lines
** starting with '#' between records are comments. */

/* Take the next line from the buffer: returns its span, false at EOF. */
static bool next_line(hd_reader *r, const char **p, size_t *n, bool *io) {
    *io = false;
    for (;;) {
        char *nl = r->in.p ? memchr(r->in.p + r->pos, '\n', r->in.n - r->pos) : NULL;
        if (nl || r->eof) {
            if (!nl && r->pos >= r->in.n) return false;
            size_t end = nl ? (size_t)(nl - r->in.p) : r->in.n;
            *p = r->in.p + r->pos;
            *n = end - r->pos;
            if (*n && (*p)[*n - 1] == '\r') (*n)--;
            r->pos = nl ? end + 1 : end;
            r->line++;
            return true;
        }
        if (fill(r) < 0) { *io = true; return false; }
    }
}

static bool blank(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) if (p[i] != ' ' && p[i] != '\t') return false;
    return true;
}

static int tabari_next(hd_reader *r, hd_story *s) {
    const char *p;
    size_t n;
    bool io;
    long line;
    /* skip blank and comment lines up to a header */
    for (;;) {
        if (!next_line(r, &p, &n, &io)) {
            if (io) { snprintf(r->err, sizeof r->err, "%s: read error", r->name); return HD_EIO; }
            return HD_EOF;
        }
        if (blank(p, n) || p[0] == '#') continue;
        break;
    }
    line = r->line - 1;
    r->record++;
    /* header: date, spaces, id */
    size_t i = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') i++;
    size_t dlen = i;
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    size_t idstart = i;
    while (i < n && p[i] != ' ' && p[i] != '\t') i++;
    snprintf(r->id, sizeof r->id, "%.*s", (int)(i - idstart), p + idstart);
    int hdr_ok = (dlen == 6 || dlen == 8) && hd_date_parse(p, dlen, r->date) == HD_OK;
    char hdr[64];
    snprintf(hdr, sizeof hdr, "%.*s", (int)(n < 60 ? n : 60), p);
    /* body and comment until a blank line (outside a comment) */
    r->meta.n = 0;
    hd_buf_put(&r->meta, "", 0);
    hd_buf body = {0};
    bool in_comment = false;
    int rc = HD_OK;
    while (next_line(r, &p, &n, &io)) {
        if (!in_comment && blank(p, n)) break;
        if (body.n + r->meta.n > r->max_story) {
            rc = bad(r, line, r->id, "record larger than the story limit; skipped");
            in_comment = false;
            continue;
        }
        const char *c = in_comment ? p : memmem(p, n, "/*", 2);
        if (c) {
            if (!in_comment) {
                if (c > p) { hd_buf_put(&body, p, (size_t)(c - p)); hd_buf_putc(&body, '\n'); }
                c += 2;
            }
            const char *e = memmem(c, n - (size_t)(c - p), "*/", 2);
            hd_buf_put(&r->meta, c, e ? (size_t)(e - c) : n - (size_t)(c - p));
            hd_buf_putc(&r->meta, '\n');
            in_comment = e == NULL;
            continue;
        }
        hd_buf_put(&body, p, n);
        hd_buf_putc(&body, '\n');
    }
    if (io) { hd_buf_free(&body); snprintf(r->err, sizeof r->err, "%s: read error", r->name); return HD_EIO; }
    if (rc == HD_OK && !hdr_ok)
        rc = bad(r, line, r->id[0] ? r->id : NULL, "bad TABARI record header \"%s\" (expected YYMMDD ID)", hdr);
    if (rc == HD_OK && !r->id[0]) rc = bad(r, line, NULL, "TABARI record header without an id");
    if (rc == HD_OK) {
        snprintf(r->lang, sizeof r->lang, "%s", r->deflang[0] ? r->deflang : "en");
        r->title.n = r->source.n = r->url.n = 0;
        hd_buf_put(&r->title, "", 0); hd_buf_put(&r->source, "", 0); hd_buf_put(&r->url, "", 0);
        rc = finish_story(r, s, body.p ? body.p : "", body.n, line);
    }
    hd_buf_free(&body);
    return rc;
}

/* ----------------------------------------------------------------- PETRARCH
** <Sentence date="YYYYMMDD" id="…" …> … <Text> … </Text> … </Sentence>; comments
** <!-- --> are skipped; <EventCoding …> elements are kept as meta; <Parse> ignored. */

static int xml_unescape(hd_buf *out, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '&') { if (hd_buf_putc(out, p[i])) return -1; continue; }
        const char *semi = memchr(p + i, ';', n - i < 12 ? n - i : 12);
        if (!semi) { hd_buf_putc(out, '&'); continue; }
        size_t k = (size_t)(semi - (p + i));
        const char *e = p + i + 1;
        if (k == 4 && !memcmp(e, "amp", 3)) hd_buf_putc(out, '&');
        else if (k == 3 && !memcmp(e, "lt", 2)) hd_buf_putc(out, '<');
        else if (k == 3 && !memcmp(e, "gt", 2)) hd_buf_putc(out, '>');
        else if (k == 5 && !memcmp(e, "quot", 4)) hd_buf_putc(out, '"');
        else if (k == 5 && !memcmp(e, "apos", 4)) hd_buf_putc(out, '\'');
        else if (k >= 3 && e[0] == '#') {
            long cp = e[1] == 'x' || e[1] == 'X' ? strtol(e + 2, NULL, 16) : strtol(e + 1, NULL, 10);
            char u[4];
            if (cp > 0 && cp < 0x110000 && !(cp >= 0xD800 && cp < 0xE000)) hd_buf_put(out, u, (size_t)hd_utf8_encode((int32_t)cp, u));
        } else { hd_buf_put(out, p + i, k + 1); }
        i += k;
    }
    return 0;
}

static bool xml_attr(const char *tag, size_t n, const char *name, char *out, size_t outlen) {
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl < n; i++) {
        if (memcmp(tag + i, name, nl) || (i && tag[i - 1] != ' ' && tag[i - 1] != '\t' && tag[i - 1] != '\n')) continue;
        size_t j = i + nl;
        while (j < n && (tag[j] == ' ' || tag[j] == '\t')) j++;
        if (j >= n || tag[j] != '=') continue;
        j++;
        while (j < n && (tag[j] == ' ' || tag[j] == '\t')) j++;
        if (j >= n || (tag[j] != '"' && tag[j] != '\'')) continue;
        char q = tag[j++];
        size_t k = j;
        while (k < n && tag[k] != q) k++;
        snprintf(out, outlen, "%.*s", (int)(k - j), tag + j);
        return true;
    }
    return false;
}

static long count_nl(const char *p, size_t n) {
    long c = 0;
    for (size_t i = 0; i < n; i++) c += p[i] == '\n';
    return c;
}

static int petrarch_next(hd_reader *r, hd_story *s) {
    for (;;) {
        /* find "<Sentence" outside comments */
        char *st = NULL;
        for (;;) {
            char *base = r->in.p ? r->in.p + r->pos : NULL;
            size_t avail = r->in.n - r->pos;
            char *cm = base ? memmem(base, avail, "<!--", 4) : NULL;
            st = base ? memmem(base, avail, "<Sentence", 9) : NULL;
            if (cm && (!st || cm < st)) {
                char *ce = memmem(cm, avail - (size_t)(cm - base), "-->", 3);
                if (ce) { r->line += count_nl(base, (size_t)(ce + 3 - base)); r->pos += (size_t)(ce + 3 - base); continue; }
                st = NULL;
            } else if (st && (st[9] == ' ' || st[9] == '>' || st[9] == '\n' || st[9] == '\t')) {
                char *se = memmem(st, avail - (size_t)(st - base), "</Sentence>", 11);
                if (se) break;
                if (avail > r->max_story + 65536) {
                    r->line += count_nl(base, avail);
                    r->pos = r->in.n;
                    return bad(r, r->line, NULL, "<Sentence> record larger than the story limit; skipped");
                }
            } else if (st) {   /* <Sentences> etc.: skip past it */
                r->line += count_nl(base, (size_t)(st + 9 - base));
                r->pos += (size_t)(st + 9 - base);
                continue;
            }
            if (r->eof) {
                if (st) {
                    r->line += count_nl(base, (size_t)(st - base));
                    long line = r->line;
                    r->pos = r->in.n;
                    return bad(r, line, NULL, "unterminated <Sentence> at end of file");
                }
                r->pos = r->in.n;
                return HD_EOF;
            }
            /* keep a tail that may hold a split "<Sentence" or "<!--" */
            if (!st && !cm && avail > 16) {
                r->line += count_nl(base, avail - 16);
                r->pos = r->in.n - 16;
            }
            if (fill(r) < 0) { snprintf(r->err, sizeof r->err, "%s: read error", r->name); return HD_EIO; }
        }
        char *base = r->in.p + r->pos;
        r->line += count_nl(base, (size_t)(st - base));
        long line = r->line;
        r->record++;
        size_t avail = r->in.n - (size_t)(st - r->in.p);
        char *se = memmem(st, avail, "</Sentence>", 11);
        size_t reclen = (size_t)(se + 11 - st);
        char *gt = memchr(st, '>', reclen);
        size_t taglen = gt ? (size_t)(gt - st) : reclen;
        char dbuf[32] = "";
        r->id[0] = 0;
        xml_attr(st, taglen, "id", r->id, sizeof r->id);
        bool has_date = xml_attr(st, taglen, "date", dbuf, sizeof dbuf);
        char *t0 = memmem(st, reclen, "<Text>", 6);
        char *t1 = t0 ? memmem(t0, reclen - (size_t)(t0 - st), "</Text>", 7) : NULL;
        /* meta: the EventCoding elements, verbatim */
        r->meta.n = 0;
        hd_buf_put(&r->meta, "", 0);
        for (char *ec = st; (ec = memmem(ec, reclen - (size_t)(ec - st), "<EventCoding", 12)) != NULL;) {
            char *ee = memchr(ec, '>', reclen - (size_t)(ec - st));
            if (!ee) break;
            hd_buf_put(&r->meta, ec, (size_t)(ee + 1 - ec));
            hd_buf_putc(&r->meta, '\n');
            ec = ee;
        }
        r->line += count_nl(st, reclen);
        r->pos = (size_t)(se + 11 - r->in.p);
        int rc = HD_OK;
        if (!r->id[0]) rc = bad(r, line, NULL, "<Sentence> without an id attribute");
        else if (!has_date && !r->defdate[0]) rc = bad(r, line, r->id, "<Sentence> without a date attribute");
        else if (has_date && hd_date_parse(dbuf, strlen(dbuf), r->date) != HD_OK)
            rc = bad(r, line, r->id, "malformed date \"%s\"", dbuf);
        else if (!t0 || !t1) rc = bad(r, line, r->id, "<Sentence> without <Text>…</Text>");
        if (rc != HD_OK) return rc;
        if (!has_date) memcpy(r->date, r->defdate, sizeof r->date);
        hd_buf raw = {0};
        xml_unescape(&raw, t0 + 6, (size_t)(t1 - t0 - 6));
        snprintf(r->lang, sizeof r->lang, "%s", r->deflang[0] ? r->deflang : "en");
        r->title.n = r->url.n = 0;
        hd_buf_put(&r->title, "", 0); hd_buf_put(&r->url, "", 0);
        char src[128] = "";
        xml_attr(st, taglen, "source", src, sizeof src);
        r->source.n = 0;
        hd_buf_puts(&r->source, src);
        rc = finish_story(r, s, raw.p ? raw.p : "", raw.n, line);
        hd_buf_free(&raw);
        return rc;
    }
}

int hd_reader_next(hd_reader *r, hd_story *s) {
    if (!r || !s) return HD_EUSAGE;
    r->err[0] = 0;
    r->has_warn = false;
    switch (r->fmt) {
    case HD_FMT_JSONL: return jsonl_next(r, s);
    case HD_FMT_TEXT: return text_next(r, s);
    case HD_FMT_TABARI: return tabari_next(r, s);
    case HD_FMT_PETRARCH: return petrarch_next(r, s);
    default: return HD_EUSAGE;
    }
}
