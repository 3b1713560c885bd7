/*
** dict.c — herodote's own dictionaries: actors, agents, verb patterns, discards, and
** the CAMEO code table.  Formats: docs/dictionaries.md.
**
** Names and pattern words are tokenized by the same tokenizer as the text, so both
** sides agree on elisions, hyphens and abbreviations.  Every bad line is reported as
** file:line and skipped (fatal with HD_DICT_STRICT).
*/
#include "engine.h"
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef HD_DATADIR
#define HD_DATADIR "/usr/local/share/herodote/dict"
#endif

struct wordset {
    char *name, *words;
};

typedef struct {
    hd_dicts *d;
    hd_diag_fn diag;
    void *ctx;
    unsigned flags;
    hd_doc *tmp;
    hd_morph *morph;
    bool fatal;
    /* the word sets of the pattern file being read ("@name = a|b|c"), by name */
    HD_VEC(struct wordset) sets;
} loader;

static void report(loader *L, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void report(loader *L, const char *file, int line, const char *fmt, ...) {
    char msg[512], full[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "%s:%d: %s", file, line, msg);
    L->d->errors++;
    if (L->flags & HD_DICT_STRICT) L->fatal = true;
    if (L->diag) L->diag(L->ctx, full);
}

/* ------------------------------------------------------------------ index */

static bucket *index_slot(index_t *ix, const char *key) {
    size_t j = ((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ull >> 20;
    j &= ix->cap - 1;
    while (ix->b[j].key && ix->b[j].key != key) j = (j + 1) & (ix->cap - 1);
    return &ix->b[j];
}

int hd_index_add(index_t *ix, const char *key, uint32_t idx) {
    if (!ix->cap || (ix->n + 1) * 2 > ix->cap) {
        index_t nx = {calloc(ix->cap ? ix->cap * 2 : 1024, sizeof(bucket)), ix->cap ? ix->cap * 2 : 1024, 0};
        if (!nx.b) return -1;
        for (size_t i = 0; i < ix->cap; i++)
            if (ix->b[i].key) { *index_slot(&nx, ix->b[i].key) = ix->b[i]; nx.n++; }
        free(ix->b);
        *ix = nx;
    }
    bucket *b = index_slot(ix, key);
    if (!b->key) { b->key = key; ix->n++; }
    for (uint32_t i = 0; i < b->n; i++) if (b->idx[i] == idx) return 0;
    if (b->n == b->cap) {
        uint32_t nc = b->cap ? b->cap * 2 : 4;
        uint32_t *p = realloc(b->idx, nc * sizeof *p);
        if (!p) return -1;
        b->idx = p;
        b->cap = nc;
    }
    b->idx[b->n++] = idx;
    return 0;
}

const bucket *hd_index_get(const index_t *ix, const char *key) {
    if (!ix->cap || !key) return NULL;
    size_t j = ((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ull >> 20;
    j &= ix->cap - 1;
    while (ix->b[j].key) {
        if (ix->b[j].key == key) return &ix->b[j];
        j = (j + 1) & (ix->cap - 1);
    }
    return NULL;
}

void hd_index_free(index_t *ix) {
    for (size_t i = 0; i < ix->cap; i++) free(ix->b[i].idx);
    free(ix->b);
}

/* ------------------------------------------------------------------ dates */

int hd_dict_date_days(const char *s) {
    char out[11];
    if (hd_date_parse(s, strlen(s), out) != HD_OK) return INT_MIN;
    return hd_days_from_civil(atoi(out), atoi(out + 5), atoi(out + 8));
}

static int parse_day(const char *s, size_t n, int *out) {
    char out10[11];
    if (hd_date_parse(s, n, out10) != HD_OK) return -1;
    *out = hd_days_from_civil(atoi(out10), atoi(out10 + 5), atoi(out10 + 8));
    return 0;
}

/* ---------------------------------------------------------------- helpers */

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) *--e = 0;
    return s;
}

static void strip_comment(char *s) {
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t')) { *p = 0; return; }
}

/* Tokenize a phrase into interned keys; returns the count (0 on failure). */
static size_t phrase_keys(loader *L, const char *text, int lang, const char ***keys, uint8_t *cap, uint8_t *allcaps) {
    hd_doc *t = L->tmp;
    t->toks.n = t->keyoff.n = 0;
    t->keys.n = 0;
    t->text = text;
    t->len = strlen(text);
    if (hd_tokenize(t, text, t->len, lang) != 0 || t->toks.n == 0) return 0;
    const char **k = malloc(t->toks.n * sizeof *k);
    if (!k) return 0;
    for (size_t i = 0; i < t->toks.n; i++) {
        k[i] = hd_intern(L->d->pool, t->keys.p + t->keyoff.v[i], t->toks.v[i].klen);
        if (!k[i]) { free(k); return 0; }
    }
    *cap = (t->toks.v[0].flags & HD_TF_CAP) != 0;
    *allcaps = t->toks.n == 1 && (t->toks.v[0].flags & HD_TF_ALLCAPS) && t->toks.v[0].klen <= 6;
    *keys = k;
    return t->toks.n;
}

static int kind_of(const char *s) {
    static const char *names[] = {"", "country", "adjective", "place", "igo", "group", "person", "agent"};
    for (int i = 1; i < 8; i++) if (!strcmp(s, names[i])) return i;
    return 0;
}

static bool valid_code(const char *c) {
    size_t n = strlen(c);
    if (n < 3 || n > 15) return false;
    for (size_t i = 0; i < n; i++) if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9'))) return false;
    return true;
}

/* ---------------------------------------------------------- actor files */

static int load_actor_line(loader *L, lang_dict *ld, int lang, int kind, char *line, const char *file, int ln) {
    char *colon = strchr(line, ':');
    if (!colon) { report(L, file, ln, "expected 'CODES : name | name' (no ':')"); return 0; }
    *colon = 0;
    char *codes = trim(line), *names = trim(colon + 1);
    if (!*names) { report(L, file, ln, "no names after ':'"); return 0; }
    /* codes: CODE [FROM..TO], CODE … */
    dated_code dc[16];
    uint32_t nc = 0;
    for (char *save = NULL, *c = strtok_r(codes, ",", &save); c; c = strtok_r(NULL, ",", &save)) {
        c = trim(c);
        char *sp = strpbrk(c, " \t");
        char *range = NULL;
        if (sp) { *sp = 0; range = trim(sp + 1); }
        if (kind == K_AGENT ? !(strlen(c) >= 3 && strlen(c) <= 9 && valid_code(c)) : !valid_code(c)) {
            report(L, file, ln, "bad code '%s'", c);
            return 0;
        }
        if (nc == 16) { report(L, file, ln, "too many codes (limit is 16)"); return 0; }
        dc[nc].code = hd_intern(L->d->pool, c, strlen(c));
        dc[nc].from = INT_MIN;
        dc[nc].to = INT_MAX;
        if (range && *range) {
            char *dots = strstr(range, "..");
            if (!dots) { report(L, file, ln, "bad date range '%s' (expected FROM..TO)", range); return 0; }
            size_t fl = (size_t)(dots - range);
            const char *to = dots + 2;
            if ((fl && parse_day(range, fl, &dc[nc].from)) || (*to && parse_day(to, strlen(to), &dc[nc].to))) {
                report(L, file, ln, "bad date in range '%s' (ISO dates YYYY-MM-DD)", range);
                return 0;
            }
            if (dc[nc].from > dc[nc].to) { report(L, file, ln, "date range '%s' ends before it starts", range); return 0; }
        }
        nc++;
    }
    if (!nc) { report(L, file, ln, "no code before ':'"); return 0; }
    dated_code *codes_copy = malloc(nc * sizeof *codes_copy);
    if (!codes_copy) return -1;
    memcpy(codes_copy, dc, nc * sizeof *dc);
    bool owned = false;
    for (char *save = NULL, *nm = strtok_r(names, "|", &save); nm; nm = strtok_r(NULL, "|", &save)) {
        nm = trim(nm);
        if (!*nm) continue;
        phrase p = {0};
        p.n = (uint16_t)phrase_keys(L, nm, lang, &p.keys, &p.cap, &p.allcaps);
        if (!p.n) { report(L, file, ln, "cannot read name '%s'", nm); continue; }
        p.kind = (uint8_t)kind;
        p.ncodes = nc;
        p.codes = codes_copy;
        p.file = file;
        p.line = ln;
        if (hd_vec_push(ld->phrases, p) != 0) return -1;
        if (hd_index_add(&ld->phrase_ix, p.keys[0], (uint32_t)(ld->phrases.n - 1)) != 0) return -1;
        ld->counts[kind]++;
        owned = true;
        /* English compounds of a one-word country or adjective that say whose a thing
           is ("a British-flagged tanker", "an Israel-linked ship"): the adjective */
        static const char *const owner_suffixes[] = {"based", "flagged", "linked", "owned", "registered", NULL};
        if (lang == LANG_EN && (kind == K_ADJ || kind == K_COUNTRY) && p.n == 1 && !strchr(nm, '-')) {
            for (int s = 0; owner_suffixes[s]; s++) {
                char compound[128];
                if (snprintf(compound, sizeof compound, "%s-%s", nm, owner_suffixes[s]) >= (int)sizeof compound) continue;
                phrase q = p;
                q.keys = NULL;   /* (phrase_keys sets it only when it succeeds) */
                q.n = (uint16_t)phrase_keys(L, compound, lang, &q.keys, &q.cap, &q.allcaps);
                /* (one token, or three after an abbreviation: "U.S." "-" "based") */
                if (q.n != 1 && !(q.n == 3 && nm[strlen(nm) - 1] == '.')) { free(q.keys); continue; }
                q.kind = K_ADJ;
                if (hd_vec_push(ld->phrases, q) != 0) { free(q.keys); return -1; }
                if (hd_index_add(&ld->phrase_ix, q.keys[0], (uint32_t)(ld->phrases.n - 1)) != 0) return -1;
                ld->counts[K_ADJ]++;
            }
        }
    }
    if (!owned) free(codes_copy);
    return 0;
}

/* --------------------------------------------------------- pattern files */

static const char *lemma_alt(loader *L, int lang, const char *word, size_t n) {
    char key[HD_MAX_KEY + 1];
    size_t kl = hd_normalize(word, n, key, sizeof key);
    const hd_lex *lx = hd_morph_lookup(L->morph, lang, word, n, key, kl);
    if (!lx) return NULL;
    /* the non-verb reading's lemma (adjective/noun base form): "aériennes" → "aerien" */
    const char *l = (lx->pos & HD_POS_VERB) ? lx->lemma2 : lx->lemma;
    if (!l || !strcmp(l, key)) return NULL;
    return hd_intern(L->d->pool, l, strlen(l));
}

/* A word set ("@negative = unacceptable|illegal|…"): a line of its own in a pattern
** file, usable as an alternative by the patterns after it in that file.  Returns 0, or
** -1 when out of memory. */
static int load_wordset(loader *L, char *s, const char *file, int ln) {
    char *eq = strchr(s, '=');
    if (!eq) { report(L, file, ln, "expected '@name = word|word…' (no '=')"); return 0; }
    *eq = 0;
    char *name = trim(s + 1), *words = trim(eq + 1);
    bool ok = *name;
    for (char *q = name; *q; q++) ok = ok && (isalnum((unsigned char)*q) || *q == '_');
    if (!ok) { report(L, file, ln, "bad word set name '@%s' (letters, digits, _)", name); return 0; }
    if (!*words || strchr(words, ' ') || strchr(words, '\t') || strchr(words, '@')) {
        report(L, file, ln, "word set @%s: one word or a|b|c, no spaces, no other set", name);
        return 0;
    }
    for (size_t i = 0; i < L->sets.n; i++)
        if (!strcmp(L->sets.v[i].name, name)) { report(L, file, ln, "word set @%s defined twice", name); return 0; }
    struct wordset w = {strdup(name), strdup(words)};
    if (!w.name || !w.words || hd_vec_push(L->sets, w) != 0) { free(w.name); free(w.words); return -1; }
    return 0;
}

/* The pattern body with each "@name" alternative replaced by its set's words, in a
** buffer of out's size; false (reported) for an unknown set or a body too long. */
static bool expand_sets(loader *L, const char *body, char *out, size_t cap, const char *file, int ln) {
    size_t o = 0;
    for (const char *p = body; *p;) {
        if (*p == '@' && (p == body || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '|')) {
            const char *e = p + 1;
            while (isalnum((unsigned char)*e) || *e == '_') e++;
            const char *words = NULL;
            for (size_t i = 0; i < L->sets.n && !words; i++)
                if (strlen(L->sets.v[i].name) == (size_t)(e - p - 1) && !memcmp(L->sets.v[i].name, p + 1, (size_t)(e - p - 1)))
                    words = L->sets.v[i].words;
            if (!words) { report(L, file, ln, "unknown word set '%.*s'", (int)(e - p), p); return false; }
            size_t n = strlen(words);
            if (o + n >= cap) { report(L, file, ln, "pattern too long once its word sets are expanded"); return false; }
            memcpy(out + o, words, n);
            o += n;
            p = e;
            continue;
        }
        if (o + 1 >= cap) { report(L, file, ln, "pattern too long once its word sets are expanded"); return false; }
        out[o++] = *p++;
    }
    out[o] = 0;
    return true;
}

static int load_pattern_line(loader *L, lang_dict *ld, int lang, char *line, const char *file, int ln, bool discard) {
    char *colon = strchr(line, ':');
    if (!colon) { report(L, file, ln, "expected '%s : pattern' (no ':')", discard ? "TOPIC" : "CODE"); return 0; }
    *colon = 0;
    char *head = trim(line), *body = trim(colon + 1);
    pattern pt = {0};
    pt.file = file;
    pt.line = ln;
    pt.discard = discard;
    if (discard) {
        pt.topic = hd_intern(L->d->pool, head, strlen(head));
    } else {
        size_t hl = strlen(head);
        bool digits = hl >= 2 && hl <= 4;
        for (size_t i = 0; i < hl; i++) digits = digits && head[i] >= '0' && head[i] <= '9';
        if (!digits || hl == 2) { report(L, file, ln, "bad CAMEO code '%s'", head); return 0; }
        pt.code = hd_intern(L->d->pool, head, hl);
    }
    HD_VEC(pelem) els = {0};
    bool first = true;
    char expanded[8192];
    if (strchr(body, '@')) {
        if (!expand_sets(L, body, expanded, sizeof expanded, file, ln)) return 0;
        body = expanded;
    }
    for (char *save = NULL, *w = strtok_r(body, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        pelem e = {0};
        if (!strcmp(w, "*")) e.type = PE_GAP;
        else if (!strcmp(w, "+")) { e.type = PE_TARGET; pt.has_target = 1; }
        else if (!strcmp(w, "$")) { e.type = PE_TARGET; pt.has_target = 1; pt.reversed = 1; }
        else if (!strcmp(w, "+igo")) { e.type = PE_TARGET; e.slot = SLOT_IGO; pt.has_target = 1; }
        else if (!strcmp(w, "+state")) { e.type = PE_TARGET; e.slot = SLOT_STATE; pt.has_target = 1; }
        else if (!strcmp(w, "+place")) { e.type = PE_TARGET; e.slot = SLOT_PLACE; pt.has_target = 1; }
        else if (!strcmp(w, "+person")) { e.type = PE_TARGET; e.slot = SLOT_PERSON; pt.has_target = 1; }
        else if (!strcmp(w, "-")) { e.type = PE_NOTARGET; pt.no_target = 1; }
        else {
            /* reflexive prefix on the first word: s'entretenir, se rendre */
            if (first && lang == LANG_FR) {
                if (!strncmp(w, "s'", 2) || !strncmp(w, "s\xe2\x80\x99", 4)) { pt.reflexive = 1; w += w[1] == '\'' ? 2 : 4; }
                else if (!strcmp(w, "se")) { pt.reflexive = 1; first = false; continue; }
            }
            if (!*w) continue;
            /* a word may tokenize into several (l'embargo → l' embargo): expand */
            /* (each word and its lemma: at most 240 alternatives, pelem.nalt is a byte) */
            enum { MAX_ALTS = 120 };
            char *alts[MAX_ALTS];
            int na = 0;
            bool too_many = false;
            for (char *s2 = NULL, *a = strtok_r(w, "|", &s2); a; a = strtok_r(NULL, "|", &s2)) {
                if (na == MAX_ALTS) { too_many = true; break; }
                alts[na++] = a;
            }
            if (too_many) { report(L, file, ln, "too many alternatives in one word (limit is %d)", MAX_ALTS); goto bad; }
            if (na == 1) {
                const char **k;
                uint8_t cap, ac;
                size_t nk = phrase_keys(L, alts[0], lang, &k, &cap, &ac);
                if (!nk) { report(L, file, ln, "cannot read word '%s'", alts[0]); goto bad; }
                for (size_t i = 0; i < nk; i++) {
                    pelem we = {.type = PE_WORD, .nalt = 1};
                    const char *la = nk == 1 ? lemma_alt(L, lang, alts[0], strlen(alts[0])) : NULL;
                    we.nalt = la ? 2 : 1;
                    we.alt = malloc(we.nalt * sizeof *we.alt);
                    if (!we.alt) { free(k); goto bad; }
                    we.alt[0] = k[i];
                    if (la) we.alt[1] = la;
                    if (hd_vec_push(els, we) != 0) { free(k); goto bad; }
                    pt.nwords++;
                }
                free(k);
            } else {
                e.type = PE_WORD;
                e.alt = malloc((size_t)na * 2 * sizeof *e.alt);
                if (!e.alt) goto bad;
                for (int i = 0; i < na; i++) {
                    char key[HD_MAX_KEY + 1];
                    size_t kl = hd_normalize(alts[i], strlen(alts[i]), key, sizeof key);
                    e.alt[e.nalt++] = hd_intern(L->d->pool, key, kl);
                    const char *la = lemma_alt(L, lang, alts[i], strlen(alts[i]));
                    if (la) e.alt[e.nalt++] = la;
                }
                if (hd_vec_push(els, e) != 0) goto bad;
                pt.nwords++;
            }
            first = false;
            continue;
        }
        if (first) { report(L, file, ln, "a pattern must start with a word (its anchor)"); goto bad; }
        if (hd_vec_push(els, e) != 0) goto bad;
    }
    if (!els.n || els.v[0].type != PE_WORD) { report(L, file, ln, "empty pattern"); goto bad; }
    if (els.n > 24) { report(L, file, ln, "pattern too long (limit is 24 elements)"); goto bad; }
    if (discard && pt.has_target) { report(L, file, ln, "a discard pattern cannot have a '+' target"); goto bad; }
    pt.el = els.v;
    pt.nel = (uint16_t)els.n;
    if (hd_vec_push(ld->patterns, pt) != 0) goto bad;
    for (int a = 0; a < els.v[0].nalt; a++)
        if (hd_index_add(&ld->pattern_ix, els.v[0].alt[a], (uint32_t)(ld->patterns.n - 1)) != 0) return -1;
    if (discard) ld->ndiscards++; else ld->npatterns++;
    return 0;
bad:
    for (size_t i = 0; i < els.n; i++) free(els.v[i].alt);
    free(els.v);
    return 0;
}

/* ------------------------------------------------------------ file loop */

static int load_file(loader *L, const char *path, const char *shortname, int lang) {
    FILE *f = fopen(path, "r");
    if (!f) { report(L, shortname, 0, "cannot open: %s", strerror(errno)); return 0; }
    const char *file = hd_intern(L->d->pool, shortname, strlen(shortname));
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    int mode = strstr(base, ".actors") ? 1 : !strncmp(base, "agents", 6) ? 2 : !strncmp(base, "verbs", 5) ? 3
             : !strncmp(base, "discards", 8) ? 4 : 0;
    lang_dict *ld = &L->d->lang[lang];
    int kind = mode == 2 ? K_AGENT : 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int ln = 0, rc = 0;
    while ((got = getline(&line, &cap, f)) > 0 && !L->fatal) {
        ln++;
        if (memchr(line, 0, (size_t)got)) { report(L, file, ln, "NUL byte in line"); continue; }
        strip_comment(line);
        char *s = trim(line);
        if (!*s) continue;
        if (*s == '[') {
            char *e = strchr(s, ']');
            if (!e) { report(L, file, ln, "unterminated section header"); continue; }
            *e = 0;
            int k = kind_of(trim(s + 1));
            if (!k) { report(L, file, ln, "unknown section [%s]", s + 1); kind = -1; continue; }
            kind = k;
            continue;
        }
        if (mode == 1 || mode == 2) {
            if (kind <= 0) { if (kind == 0) report(L, file, ln, "entry before any [section] header"); continue; }
            rc = load_actor_line(L, ld, lang, kind, s, file, ln);
        } else if ((mode == 3 || mode == 4) && *s == '@') {
            rc = load_wordset(L, s, file, ln);
        } else if (mode == 3 || mode == 4) {
            rc = load_pattern_line(L, ld, lang, s, file, ln, mode == 4);
        }
        if (rc < 0) break;
    }
    /* (a file's sets are its own) */
    for (size_t i = 0; i < L->sets.n; i++) { free(L->sets.v[i].name); free(L->sets.v[i].words); }
    free(L->sets.v);
    L->sets.v = NULL;
    L->sets.n = L->sets.cap = 0;
    free(line);
    fclose(f);
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int load_dir(loader *L, const char *dir, const char *sub, int lang) {
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    DIR *dp = opendir(path);
    if (!dp) return 0;   /* a language folder may be absent */
    HD_VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        const char *n = e->d_name;
        size_t l = strlen(n);
        if (n[0] == '.') continue;
        if ((l > 7 && !strcmp(n + l - 7, ".actors")) || (l > 4 && !strcmp(n + l - 4, ".txt"))) {
            char *c = strdup(n);
            if (!c || hd_vec_push(names, c) != 0) { free(c); break; }
        }
    }
    closedir(dp);
    if (names.n) qsort(names.v, names.n, sizeof *names.v, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < names.n; i++) {
        char full[4096], shortn[1024];
        snprintf(full, sizeof full, "%s/%s", path, names.v[i]);
        snprintf(shortn, sizeof shortn, "%s/%s", sub, names.v[i]);
        struct stat stt;
        if (stat(full, &stt) == 0) { L->d->files++; L->d->bytes += (size_t)stt.st_size; }
        if (rc == 0 && !L->fatal) {
            if (!strcmp(sub, "common")) {
                /* common entries apply to both languages */
                rc = load_file(L, full, shortn, LANG_FR);
                if (rc == 0) rc = load_file(L, full, shortn, LANG_EN);
            } else {
                rc = load_file(L, full, shortn, lang);
            }
        }
        free(names.v[i]);
    }
    free(names.v);
    return rc;
}

/* Sort each phrase bucket longest first (stable on load order).  qsort_r keeps the
** loader free of globals, so two threads may load dictionaries at once. */
static int cmp_len(const void *a, const void *b, void *arg) {
    const lang_dict *ld = arg;
    const phrase *pa = &ld->phrases.v[*(const uint32_t *)a], *pb = &ld->phrases.v[*(const uint32_t *)b];
    if (pa->n != pb->n) return pb->n - pa->n;
    return (*(const uint32_t *)a > *(const uint32_t *)b) - (*(const uint32_t *)a < *(const uint32_t *)b);
}

static int load_codes(loader *L, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { report(L, path, 0, "cannot open the CAMEO code table: %s", strerror(errno)); return 0; }
    char *line = NULL;
    size_t cap = 0;
    int ln = 0;
    HD_VEC(hd_code_info) v = {0};
    while (getline(&line, &cap, f) > 0) {
        ln++;
        if (line[0] == '#' || line[0] == '\n') continue;
        char *fields[6] = {0};
        int nf = 0;
        char *save = NULL;
        for (char *t = strtok_r(line, "\t\n", &save); t && nf < 6; t = strtok_r(NULL, "\t\n", &save)) fields[nf++] = t;
        if (nf < 4) { report(L, path, ln, "expected code, name, goldstein, quad"); continue; }
        hd_code_info ci = {0};
        ci.code = hd_intern(L->d->pool, fields[0], strlen(fields[0]));
        ci.name = hd_intern(L->d->pool, fields[1], strlen(fields[1]));
        ci.goldstein = atof(fields[2]);
        ci.quad = atoi(fields[3]);
        ci.plover = hd_intern(L->d->pool, nf > 4 ? fields[4] : "", nf > 4 ? strlen(fields[4]) : 0);
        ci.plover_mode = hd_intern(L->d->pool, nf > 5 ? fields[5] : "", nf > 5 ? strlen(fields[5]) : 0);
        if (hd_vec_push(v, ci) != 0) break;
    }
    free(line);
    fclose(f);
    L->d->codes = v.v;
    L->d->ncodes = v.n;
    return 0;
}

static int cmp_code(const void *a, const void *b) {
    return strcmp(((const hd_code_info *)a)->code, ((const hd_code_info *)b)->code);
}

/* Shared by the peers' loaders (peers.c): buckets longest first, CAMEO code table. */
int hd_dicts_finish(hd_dicts *d, const char *codes_tsv, char *err, size_t errlen) {
    loader L = {.d = d};
    load_codes(&L, codes_tsv);
    if (!d->ncodes) { hd_set_err(err, errlen, "%s: no CAMEO code table", codes_tsv); return -1; }
    qsort(d->codes, d->ncodes, sizeof *d->codes, cmp_code);
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        for (size_t i = 0; i < ld->phrase_ix.cap; i++)
            if (ld->phrase_ix.b[i].key) qsort_r(ld->phrase_ix.b[i].idx, ld->phrase_ix.b[i].n, sizeof(uint32_t), cmp_len, ld);
    }
    d->unknown.code = "";
    d->unknown.name = "unknown code";
    d->unknown.plover = d->unknown.plover_mode = "";
    return 0;
}

const hd_code_info *hd_code_lookup(const hd_dicts *d, const char *code) {
    if (!d || !code) return NULL;
    hd_code_info key = {.code = code};
    return bsearch(&key, d->codes, d->ncodes, sizeof key, cmp_code);
}

const char *hd_default_dict_dir(void) {
    static char buf[PATH_MAX];
    const char *env = getenv("HERODOTE_DICT");
    if (env && *env) return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        /* build/herodote → ./data/dict; build/asan/herodote → ../../data/dict */
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = 0;
            if (up == 0) continue;
            snprintf(buf, sizeof buf, "%.*s/data/dict", (int)(sizeof buf - 16), exe);
            if (access(buf, R_OK) == 0) return buf;
        }
    }
    return HD_DATADIR;
}

hd_dicts *hd_dicts_load(const char *dir, unsigned flags, hd_diag_fn diag, void *ctx, char *err, size_t errlen) {
    if (!dir) dir = hd_default_dict_dir();
    if (access(dir, R_OK) != 0) { hd_set_err(err, errlen, "%s: dictionary folder not found", dir); return NULL; }
    hd_dicts *d = calloc(1, sizeof *d);
    if (!d) { hd_set_err(err, errlen, "out of memory"); return NULL; }
    snprintf(d->dir, sizeof d->dir, "%s", dir);
    d->pool = hd_strpool_new();
    loader L = {.d = d, .diag = diag, .ctx = ctx, .flags = flags, .tmp = hd_doc_new(), .morph = hd_morph_new(NULL, err, errlen)};
    if (!d->pool || !L.tmp || !L.morph) { hd_doc_free(L.tmp); hd_morph_free(L.morph); hd_dicts_free(d); return NULL; }
    int rc = load_dir(&L, dir, "common", -1);
    if (rc == 0) rc = load_dir(&L, dir, "fr", LANG_FR);
    if (rc == 0) rc = load_dir(&L, dir, "en", LANG_EN);
    char cp[2048];
    snprintf(cp, sizeof cp, "%s/../cameo/codes.tsv", dir);
    if (rc == 0) load_codes(&L, cp);
    if (d->ncodes) qsort(d->codes, d->ncodes, sizeof *d->codes, cmp_code);
    hd_doc_free(L.tmp);
    hd_morph_free(L.morph);
    if (rc != 0 || L.fatal) {
        hd_set_err(err, errlen, rc ? "out of memory loading dictionaries" : "dictionary errors (--strict)");
        hd_dicts_free(d);
        return NULL;
    }
    if (!d->ncodes) { hd_set_err(err, errlen, "%s: no CAMEO code table", cp); hd_dicts_free(d); return NULL; }
    /* patterns whose code is not in the table are reported (and kept: the table may
       lag behind a user's dictionary); events get an "unknown" info */
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        for (size_t i = 0; i < ld->patterns.n; i++) {
            pattern *p = &ld->patterns.v[i];
            if (!p->discard && !hd_code_lookup(d, p->code)) {
                char m[256];
                snprintf(m, sizeof m, "%s:%d: unknown CAMEO code %s", p->file, p->line, p->code);
                d->errors++;
                if (diag) diag(ctx, m);
            }
        }
        for (size_t i = 0; i < ld->phrase_ix.cap; i++)
            if (ld->phrase_ix.b[i].key) qsort_r(ld->phrase_ix.b[i].idx, ld->phrase_ix.b[i].n, sizeof(uint32_t), cmp_len, ld);
    }
    d->unknown.code = "";
    d->unknown.name = "unknown code";
    d->unknown.plover = d->unknown.plover_mode = "";
    return d;
}

void hd_dicts_free(hd_dicts *d) {
    if (!d) return;
    if (d->image) {   /* loaded by hd_dicts_load_image(): everything is in its memory */
        munmap(d->image, d->image_len);
        for (int l = 0; l < NLANG; l++) { free(d->lang[l].phrase_ix.b); free(d->lang[l].pattern_ix.b); }
        hd_strpool_free(d->pool);
        free(d);
        return;
    }
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        const dated_code *last = NULL;
        for (size_t i = 0; i < ld->phrases.n; i++) {
            free(ld->phrases.v[i].keys);
            if (ld->phrases.v[i].codes != last) { last = ld->phrases.v[i].codes; free(ld->phrases.v[i].codes); }
        }
        free(ld->phrases.v);
        for (size_t i = 0; i < ld->patterns.n; i++) {
            for (size_t j = 0; j < ld->patterns.v[i].nel; j++) free(ld->patterns.v[i].el[j].alt);
            free(ld->patterns.v[i].el);
        }
        free(ld->patterns.v);
        hd_index_free(&ld->phrase_ix);
        hd_index_free(&ld->pattern_ix);
        hd_index_free(&ld->noun_ix);
        hd_index_free(&ld->adj_ix);
    }
    free(d->codes);
    hd_strpool_free(d->pool);
    free(d);
}

size_t hd_dicts_errors(const hd_dicts *d) { return d ? d->errors : 0; }

size_t hd_dicts_count(const hd_dicts *d, const char *lang, const char *kind) {
    if (!d) return 0;
    int l = lang && !strcmp(lang, "en") ? LANG_EN : LANG_FR;
    const lang_dict *ld = &d->lang[l];
    if (!strcmp(kind, "patterns")) return ld->npatterns;
    if (!strcmp(kind, "discards")) return ld->ndiscards;
    if (!strcmp(kind, "codes")) return d->ncodes;
    if (!strcmp(kind, "bytes")) return d->bytes;
    if (!strcmp(kind, "files")) return d->files;
    int k = kind_of(kind);
    if (!strcmp(kind, "agents")) k = K_AGENT;
    if (!strcmp(kind, "people")) k = K_PERSON;
    return k ? ld->counts[k] : 0;
}
