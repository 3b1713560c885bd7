/*
** peers.c — TABARI and PETRARCH dictionaries read as they are (docs/peers.md).
**
** Both families share one phrase syntax: words in capitals joined by '_' (must be
** consecutive, and the word before must match whole) or '~' (consecutive, stem) or a
** blank (other words may come between, stem).  A word that does not end in '_' is a
** stem: it matches any word that begins with it (TABARI manual §5.2.2); a word ending
** in '_' matches whole or with a regular ending (-s, -'s, -ed, -es, -en, -ing) when it
** is the last word of the phrase (§5.2.3), and '=' turns the endings off.
**
** Everything is mapped onto herodote's own structures (engine.h): actors and agents
** become phrases, verbs and their patterns become patterns whose elements before the
** verb (npre) are matched backwards.  The coder's peer path (coder.c) applies the
** peers' rules for source and target.  Every line that cannot be read is reported as
** file:line and skipped.
*/
#include "engine.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct synset {
    char *name;
    HD_VEC(char *) members;
    int simple;           /* -1 unknown, 0 no, 1: ≤ 64 single-word members, no synset inside */
} synset;

typedef struct {
    char *name;      /* "!PERSON!" */
    HD_VEC(char *) values;
} macro;

typedef struct {
    hd_dicts *d;
    hd_diag_fn diag;
    void *ctx;
    unsigned flags;
    bool fatal;
    bool tabari;     /* comment character ';' (TABARI) or '#' (PETRARCH) */
    hd_doc *tmp;
    HD_VEC(synset) syn;
    HD_VEC(macro) mac;
    const char *file;
    int cut_line;    /* the last line reported for too many expansions */
    int calls;       /* expand(): calls left for the current pattern line */
    bool petrarch2;  /* the verbs file is PETRARCH-2's ("####### VERB PATTERNS"): [a:b] is active:passive */
} ploader;

static void preport(ploader *L, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void preport(ploader *L, int line, const char *fmt, ...) {
    char msg[512], full[1100];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "%s:%d: %s", L->file, line, msg);
    L->d->errors++;
    if (L->flags & HD_DICT_STRICT) L->fatal = true;
    if (L->diag) L->diag(L->ctx, full);
}

static char *ptrim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) *--e = 0;
    return s;
}

/* Strip a comment: ';' for TABARI, '#' for PETRARCH (and XML-style <!-- --> lines). */
static void pstrip(ploader *L, char *s) {
    if (L->tabari) {
        char *p = strchr(s, ';');
        if (p) *p = 0;
        return;
    }
    /* PETRARCH: '#' starts a comment, except inside a code block ("[###]") */
    int depth = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[') depth++;
        else if (*p == ']' && depth) depth--;
        else if (*p == '#' && !depth) { *p = 0; return; }
    }
}

/* ------------------------------------------------------------ dates, codes */

/* YYMMDD (years < 30 are 20xx) or YYYYMMDD → days since 1970; INT_MIN on error. */
static int peer_day(const char *s, size_t n) {
    int y, m, d;
    if (n == 6) {
        for (size_t i = 0; i < 6; i++) if (!isdigit((unsigned char)s[i])) return INT_MIN;
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y < 30 ? 2000 : 1900;
        m = (s[2] - '0') * 10 + (s[3] - '0');
        d = (s[4] - '0') * 10 + (s[5] - '0');
    } else if (n == 8) {
        for (size_t i = 0; i < 8; i++) if (!isdigit((unsigned char)s[i])) return INT_MIN;
        y = atoi((char[]){s[0], s[1], s[2], s[3], 0});
        m = (s[4] - '0') * 10 + (s[5] - '0');
        d = (s[6] - '0') * 10 + (s[7] - '0');
    } else {
        return INT_MIN;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return INT_MIN;
    return hd_days_from_civil(y, m, d);
}

static bool peer_code_ok(const char *c) {
    if (!*c) return false;
    /* '/' joins the members of a coded compound actor: [ELR/GAL] */
    for (; *c; c++) if (!isalnum((unsigned char)*c) && *c != '~' && *c != '?' && *c != '!' && *c != ':' && *c != '/') return false;
    return true;
}

static int parse_range(ploader *L, int ln, char *range, const char *b, dated_code *px) {
    dated_code x = *px;
    {
        if (*range == '<' || *range == '>') {
            int day = peer_day(range + 1, strlen(range + 1));
            if (day == INT_MIN) { preport(L, ln, "bad date '%s' in [%s …] (YYMMDD or YYYYMMDD)", range, b); return -1; }
            /* < and > are strict (TABARI; the PETRARCH unit tests agree) */
            if (*range == '<') x.to = day - 1; else x.from = day + 1;
        } else {
            char *dash = strchr(range, '-');
            if (!dash) { preport(L, ln, "bad date restriction '%s' in [%s …]", range, b); return -1; }
            size_t fl = (size_t)(dash - range);
            const char *to = dash + 1;
            if (fl && (x.from = peer_day(range, fl)) == INT_MIN) { preport(L, ln, "bad date '%.*s' in [%s …]", (int)fl, range, b); return -1; }
            if (*to && (x.to = peer_day(to, strlen(to))) == INT_MIN) { preport(L, ln, "bad date '%s' in [%s …]", to, b); return -1; }
            if (!fl) x.from = INT_MIN;
            if (!*to) x.to = INT_MAX;
            if (x.from > x.to) { preport(L, ln, "date restriction '%s' ends before it starts", range); return -1; }
        }
    }
    *px = x;
    return 0;
}

/* One code block "[CODE]", "[CODE 991201-010114]", "[CODE <011214]", "[CODE >930206]",
** "[CODE 240728-]", "[---]", "[~GOV]".  Appends to *dc.  0 ok, -1 bad. */
static int parse_block(ploader *L, int ln, char *b, dated_code *dc, uint32_t *nc, uint32_t max) {
    b = ptrim(b);
    if (*nc == max) { preport(L, ln, "too many code blocks (limit is %u)", max); return -1; }
    dated_code x = {NULL, INT_MIN, INT_MAX};
    if (!strcmp(b, "- - -")) b[1] = b[2] = '-', b[3] = 0;
    char *sp = strpbrk(b, " \t<>");
    char *range = NULL;
    char codebuf[64];
    if (sp) {
        /* "[--- <950630]": the restriction may follow the code without a blank;
           "950601 - 990815", "< 950601": blanks inside it go */
        snprintf(codebuf, sizeof codebuf, "%.*s", (int)(sp - b), b);
        range = *sp == '<' || *sp == '>' ? sp : sp + 1;
        char *w = range;
        for (char *r = range; *r; r++) if (*r != ' ' && *r != '\t') *w++ = *r;
        *w = 0;
        b = codebuf;
    }
    if (!strcmp(b, "###") || !strcmp(b, "+++") || !strcmp(b, "---")) {
        /* an actor that makes the story a discard or a complex record */
        x.code = hd_intern(L->d->pool, b, 3);
        if (range && *range && parse_range(L, ln, range, b, &x) != 0) return -1;
        dc[(*nc)++] = x;
        return 0;
    }
    if (!peer_code_ok(b)) { preport(L, ln, "bad code '[%s]'", b); return -1; }
    x.code = hd_intern(L->d->pool, b, strlen(b));
    if (range && *range && parse_range(L, ln, range, b, &x) != 0) return -1;
    dc[(*nc)++] = x;
    return 0;
}

/* Split "TEXT [A] [B …]" into the text and its code blocks (text is cut at the first
** '[').  Returns the number of blocks or -1. */
static int split_blocks(ploader *L, int ln, char *s, dated_code *dc, uint32_t *nc, uint32_t max) {
    char *b = strchr(s, '[');
    if (!b) return 0;
    *b = 0;
    int n = 0;
    while (b) {
        char *e = strchr(b + 1, ']');
        if (!e) { preport(L, ln, "unterminated code block '[%s'", b + 1); return -1; }
        *e = 0;
        if (parse_block(L, ln, b + 1, dc, nc, max) != 0) return -1;
        n++;
        b = strchr(e + 1, '[');
    }
    return n;
}

/* ------------------------------------------------------------- phrase words */

/* A parsed phrase item. */
enum { IT_WORD = 1, IT_VERB, IT_TARGET, IT_SOURCE, IT_COMPOUND, IT_SKIP };
typedef struct {
    uint8_t type;
    uint8_t gap_before;   /* a blank before this item: other words may come between */
    uint8_t stem;         /* word matches as a prefix */
    uint8_t endings;      /* word takes regular endings */
    char word[96];
    const struct synset *syn;   /* a synset of single words, kept as one element */
} item;

static const synset *find_synset(ploader *L, const char *name, size_t n) {
    for (size_t i = 0; i < L->syn.n; i++)
        if (strlen(L->syn.v[i].name) == n && !strncmp(L->syn.v[i].name, name, n)) return &L->syn.v[i];
    /* "&PREPOSIT1" for the synset defined as "&PREPOSIT1_" */
    for (size_t i = 0; i < L->syn.n; i++)
        if (strlen(L->syn.v[i].name) == n + 1 && !strncmp(L->syn.v[i].name, name, n) && L->syn.v[i].name[n] == '_') return &L->syn.v[i];
    return NULL;
}

/* A synset of single plain words (no blank, '_' inside, no synset) can stay one
** pattern element with alternatives instead of one pattern per member. */
static bool synset_simple(ploader *L, const synset *sy) {
    synset *w = (synset *)sy;
    if (w->simple >= 0) return w->simple;
    w->simple = sy->members.n <= 64;
    for (size_t m = 0; m < sy->members.n && w->simple; m++) {
        const char *t = sy->members.v[m];
        size_t n = strlen(t);
        if (n && t[n - 1] == '_') n--;
        for (size_t i = 0; i < n; i++)
            if (!(isalnum((unsigned char)t[i]) || t[i] == '\'' || t[i] == '.')) { w->simple = 0; break; }
    }
    (void)L;
    return w->simple;
}

/* Parse a phrase into items.  Returns the count or -1. */
static int parse_items(ploader *L, int ln, const char *s, item *it, int max) {
    int n = 0;
    bool gap = false, first = true;
    const char *p = s;
    while (*p) {
        if (*p == ' ' || *p == '\t') { gap = true; p++; continue; }
        if (*p == '_' || *p == '~' || *p == '(' || *p == ')' || *p == '{' || *p == '}') { p++; continue; }
        if (n == max) { preport(L, ln, "phrase too long (limit is %d elements)", max); return -1; }
        item x = {0};
        x.gap_before = gap && !first;
        gap = false;
        first = false;
        if (*p == '*' || *p == '+' || *p == '$' || *p == '%' || *p == '^') {
            x.type = *p == '*' ? IT_VERB : *p == '+' ? IT_TARGET : *p == '$' ? IT_SOURCE : *p == '%' ? IT_COMPOUND : IT_SKIP;
            p++;
            it[n++] = x;
            continue;
        }
        if (*p == '&') {
            const char *e = p + 1;
            while (*e && (isalnum((unsigned char)*e) || *e == '-')) e++;
            const synset *sy = NULL;
            if (*e == '_') sy = find_synset(L, p, (size_t)(e - p) + 1);
            if (sy) e++;
            else sy = find_synset(L, p, (size_t)(e - p));
            if (!sy || !synset_simple(L, sy)) { preport(L, ln, "unknown synset in '%s'", s); return -1; }
            x.type = IT_WORD;
            x.syn = sy;
            snprintf(x.word, sizeof x.word, "%.*s", (int)(e - p), p);
            p = e;
            it[n++] = x;
            continue;
        }
        const char *w = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '_' && *p != '~' && *p != '=' && *p != '*' && *p != '(' &&
               *p != ')' && *p != '{' && *p != '}' && !(p > w && (*p == '+' || *p == '$' || *p == '%')))
            p++;
        size_t wl = (size_t)(p - w);
        if (wl == 0 || wl >= sizeof x.word) { preport(L, ln, "cannot read word in '%s'", s); return -1; }
        x.type = IT_WORD;
        memcpy(x.word, w, wl);
        /* TreeBank contractions "DID N'T", "WO N'T": one word in the text ("didn't") */
        if (wl == 3 && !strncasecmp(w, "N'T", 3) && n > 0 && it[n - 1].type == IT_WORD && !it[n - 1].syn &&
            strlen(it[n - 1].word) + 3 < sizeof x.word) {
            strcat(it[n - 1].word, x.word);
            it[n - 1].stem = 0;
            it[n - 1].endings = 0;
            continue;
        }
        /* TABARI: hyphens in dictionaries stand for blanks */
        if (*p == '=') { x.stem = 0; x.endings = 0; p++; }
        else if (*p == '_') { x.stem = 0; x.endings = 1; }
        else if (*p == '~') { x.stem = 1; }
        else { x.stem = 1; }
        /* PETRARCH matches whole words (its plurals and verb forms are the regular
           endings here): "PLA" is not "plan" */
        if (!L->tabari) { x.stem = 0; if (*p != '=' && p[-1] != '=') x.endings = 1; }
        it[n++] = x;
    }
    return n;
}

/* Tokenize one dictionary word into interned keys (usually one). */
static int word_keys(ploader *L, const char *w, const char **out, int max) {
    char low[128];
    size_t n = strlen(w);
    if (n >= sizeof low) return -1;
    for (size_t i = 0; i <= n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    hd_doc *t = L->tmp;
    t->toks.n = t->keyoff.n = 0;
    t->keys.n = 0;
    t->text = low;
    t->len = n;
    if (hd_tokenize(t, low, n, LANG_EN) != 0 || t->toks.n == 0) return -1;
    int k = 0;
    for (size_t i = 0; i < t->toks.n; i++) {
        if (t->toks.v[i].kind == HD_TOK_PUNCT && t->toks.v[i].klen == 1 && t->keys.p[t->keyoff.v[i]] == '-') continue;
        if (k == max) return -1;
        out[k++] = hd_intern(L->d->pool, t->keys.p + t->keyoff.v[i], t->toks.v[i].klen);
    }
    return k;
}

/* A <NOUN> or <ADJECTIVE> entry: one word (a phrase of several is not a single word's
** reading and is left out). */
static void add_listed(ploader *L, const char *line, int which) {
    char w[128];
    snprintf(w, sizeof w, "%s", line);
    char *u = strpbrk(w, " \t[");
    if (u) *u = 0;
    size_t n = strlen(w);
    if (n && (w[n - 1] == '_' || w[n - 1] == '=')) w[--n] = 0;
    if (!n || strchr(w, '_')) return;
    const char *k[4];
    if (word_keys(L, w, k, 4) == 1)
        hd_index_add(which == 2 ? &L->d->lang[LANG_EN].adj_ix : &L->d->lang[LANG_EN].noun_ix, k[0], 0);
}

/* ---------------------------------------------------------------- actors */

typedef struct {
    HD_VEC(char *) names;
    dated_code codes[32];
    uint32_t nc;
    int line;
    int kind;
} entry;

static void entry_clear(entry *e) {
    for (size_t i = 0; i < e->names.n; i++) free(e->names.v[i]);
    e->names.n = 0;
    e->nc = 0;
}

/* Expand "!PERSON!" macros of the agents file: CATTLE!PERSON! → CATTLEMAN, … */
static int expand_macros(ploader *L, const char *name, char **out, int max) {
    const char *b = strchr(name, '!');
    if (!b) { out[0] = strdup(name); return out[0] ? 1 : 0; }
    const char *e = strchr(b + 1, '!');
    if (!e) { out[0] = strdup(name); return out[0] ? 1 : 0; }
    for (size_t m = 0; m < L->mac.n; m++) {
        const macro *mc = &L->mac.v[m];
        if (strlen(mc->name) != (size_t)(e - b + 1) || strncmp(mc->name, b, (size_t)(e - b + 1))) continue;
        int k = 0;
        for (size_t v = 0; v < mc->values.n && k < max; v++) {
            char buf[256];
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(b - name), name, mc->values.v[v], e + 1);
            k += expand_macros(L, buf, out + k, max - k);
        }
        return k;
    }
    return -1;
}

static int add_phrase(ploader *L, lang_dict *ld, const char *name, const entry *e, dated_code *codes) {
    item it[32];
    int ni = parse_items(L, e->line, name, it, 32);
    if (ni <= 0) { if (ni == 0) preport(L, e->line, "empty name"); return 0; }
    const char *keys[64];
    uint64_t stem = 0, endings = 0, gaps = 0;
    int nk = 0;
    for (int i = 0; i < ni; i++) {
        if (it[i].type != IT_WORD) { preport(L, e->line, "'%s': only words in an actor name", name); return 0; }
        if (strspn(it[i].word, "-") == strlen(it[i].word)) continue;   /* "NUCLEI_-_COMBATANT": a blank */
        int k = word_keys(L, it[i].word, keys + nk, 64 - nk);
        if (k <= 0) { preport(L, e->line, "cannot read word '%s'", it[i].word); return 0; }
        if (it[i].gap_before && nk > 0) gaps |= 1ull << nk;
        nk += k;
        if (it[i].stem) stem |= 1ull << (nk - 1);
        if (it[i].endings && i == ni - 1) endings |= 1ull << (nk - 1);
    }
    if (nk == 0) { preport(L, e->line, "'%s': no word in the name", name); return 0; }   /* "-", "- -" */
    phrase p = {0};
    p.keys = malloc((size_t)nk * sizeof *p.keys);
    if (!p.keys) return -1;
    memcpy(p.keys, keys, (size_t)nk * sizeof *keys);
    p.n = (uint16_t)nk;
    p.stem = stem;
    p.endings = endings;
    p.gaps = gaps;
    p.kind = (uint8_t)e->kind;
    p.ncodes = e->nc;
    p.codes = codes;
    p.file = L->file;
    p.line = e->line;
    if (hd_vec_push(ld->phrases, p) != 0) { free(p.keys); return -1; }
    if (hd_index_add(&ld->phrase_ix, p.keys[0], (uint32_t)(ld->phrases.n - 1)) != 0) return -1;
    ld->counts[e->kind]++;
    return 1;
}

static int flush_entry(ploader *L, entry *e) {
    if (!e->names.n) { e->nc = 0; return 0; }
    if (!e->nc) {
        preport(L, e->line, "'%s' has no [code]", e->names.v[0]);
        entry_clear(e);
        return 0;
    }
    lang_dict *ld = &L->d->lang[LANG_EN];
    dated_code *codes = malloc(e->nc * sizeof *codes);
    if (!codes) return -1;
    memcpy(codes, e->codes, e->nc * sizeof *codes);
    /* agents: "~GOV" is a role added after the actor's code, "NGM~" before it */
    if (e->kind == K_AGENT)
        for (uint32_t i = 0; i < e->nc; i++) {
            const char *c = codes[i].code;
            size_t n = strlen(c);
            if (c[0] == '~') codes[i].code = hd_intern(L->d->pool, c + 1, n - 1);
            else if (n && c[n - 1] == '~') {
                char buf[64];
                snprintf(buf, sizeof buf, "%.*s", (int)(n - 1), c);
                codes[i].code = hd_intern(L->d->pool, buf, strlen(buf));
                codes[i].from = INT_MIN + 1;   /* marks a prefix role (see coder.c) */
            }
        }
    bool used = false;
    for (size_t i = 0; i < e->names.n; i++) {
        char *exp[64];
        int ne = expand_macros(L, e->names.v[i], exp, 64);
        if (ne < 0) { preport(L, e->line, "unknown macro in '%s'", e->names.v[i]); continue; }
        for (int k = 0; k < ne; k++) {
            int rc = add_phrase(L, ld, exp[k], e, codes);
            free(exp[k]);
            if (rc < 0) { for (int q = k + 1; q < ne; q++) free(exp[q]); if (!used) free(codes); return -1; }
            if (rc > 0) used = true;
        }
    }
    if (!used) free(codes);
    entry_clear(e);
    return 0;
}

/* Actors and agents files (both families):
**   NAME [CODE] [CODE DATE-DATE]     one line
**   NAME                             or a head line,
**   +SYNONYM                         synonyms,
**       [CODE DATE-DATE]             and indented code blocks
**   !MACRO! = A, B, C                (agents) */
static int load_actors(ploader *L, const char *path, int kind) {
    FILE *f = fopen(path, "r");
    if (!f) { preport(L, 0, "cannot open: %s", strerror(errno)); return 0; }
    entry e = {0};
    e.kind = kind;
    char *line = NULL;
    size_t cap = 0;
    int ln = 0, rc = 0;
    bool in_comment = false;
    int nouns = 0;
    while (getline(&line, &cap, f) > 0 && !L->fatal && rc == 0) {
        ln++;
        char *s = line;
        if (in_comment) { if (strstr(s, "-->")) in_comment = false; continue; }
        if (!strncmp(ptrim(s), "<!--", 4)) { if (!strstr(s, "-->")) in_comment = true; continue; }
        if (*s == '#' || *s == '/') continue;
        pstrip(L, s);
        bool indented = *s == ' ' || *s == '\t';
        s = ptrim(s);
        if (!*s) continue;
        if (*s == '~' && strstr(s, "FINISH")) break;
        if (*s == '<') {
            /* <NOUN> … </NOUN>, <ADJECTIVE> …: words that are never verbs */
            rc = flush_entry(L, &e);
            nouns = s[1] == '/' ? 0 : !strncasecmp(s + 1, "NOUN", 4) ? 1 : !strncasecmp(s + 1, "ADJ", 3) ? 2 : 0;
            continue;
        }
        if (nouns) { add_listed(L, s, nouns); continue; }
        if (kind == K_AGENT && *s == '!' && strchr(s, '=')) {
            char *eq = strchr(s, '=');
            *eq = 0;
            macro m = {0};
            m.name = strdup(ptrim(s));
            for (char *sv = NULL, *v = strtok_r(eq + 1, ",", &sv); v; v = strtok_r(NULL, ",", &sv)) {
                v = ptrim(v);
                if (*v) { char *dv = strdup(v); if (dv) hd_vec_push(m.values, dv); }
            }
            if (m.name) hd_vec_push(L->mac, m);
            continue;
        }
        if (*s == '[') {
            if (!e.names.n) { preport(L, ln, "code block without a name before it"); continue; }
            char *b = s;
            while ((b = strchr(b, '['))) {
                char *end = strchr(b, ']');
                if (!end) { preport(L, ln, "unterminated code block"); break; }
                *end = 0;
                parse_block(L, ln, b + 1, e.codes, &e.nc, 32);
                b = end + 1;
            }
            continue;
        }
        if (*s == '+') {
            if (!e.names.n) { preport(L, ln, "synonym '%s' without a head name", s); continue; }
            char *nm = ptrim(s + 1);
            if (split_blocks(L, ln, nm, e.codes, &e.nc, 32) < 0) continue;
            nm = ptrim(nm);
            if (*nm) { char *d = strdup(nm); if (!d || hd_vec_push(e.names, d) != 0) { free(d); rc = -1; } }
            continue;
        }
        (void)indented;
        /* a name line while the entry above still waits for its codes: Phoenix files
           list a person's names one a line, then the code lines ("LEONID_BREZHNEV_",
           "SECRETARY_BREZHNEV", then "\t[RUSGOV 641014-821110]") */
        if (e.names.n && !e.nc && !strchr(s, '[')) {
            char *d = strdup(s);
            if (!d || hd_vec_push(e.names, d) != 0) { free(d); rc = -1; }
            continue;
        }
        rc = flush_entry(L, &e);
        if (rc) break;
        e.line = ln;
        if (split_blocks(L, ln, s, e.codes, &e.nc, 32) < 0) { e.nc = 0; continue; }
        s = ptrim(s);
        if (!*s) { preport(L, ln, "code block without a name"); e.nc = 0; continue; }
        char *d = strdup(s);
        if (!d || hd_vec_push(e.names, d) != 0) { free(d); rc = -1; }
    }
    if (rc == 0) rc = flush_entry(L, &e);
    entry_clear(&e);
    free(e.names.v);
    free(line);
    fclose(f);
    return rc;
}

/* ----------------------------------------------------------------- verbs */

typedef struct {
    char *text;           /* pattern text, synsets and alternatives expanded later */
    char code[32];
    int line;
} rawpat;

typedef struct {
    char *word;           /* the verb as written: ACCUSE, LEFT_, CALLED_FOR */
    HD_VEC(char *) forms; /* irregular forms {…} */
    char code[32];        /* the verb's own code, or "" (the group's) */
    int line;
} rawverb;

typedef struct {
    HD_VEC(rawverb) verbs;
    HD_VEC(rawpat) pats;
    char code[32];        /* group code (PETRARCH "--- NAME [code] ---") */
} group;


/* Expand the first synset or { a | b } alternative of s; calls back on each complete
** expansion.  Stops after `budget` expansions (reported by the caller). */
typedef int (*exp_fn)(ploader *L, const char *text, void *arg);
static int expand(ploader *L, int ln, const char *s, int depth, int *budget, exp_fn fn, void *arg) {
    /* every call counts (a line of ten {A|…|J} sets, a synset that holds itself) */
    if (*budget <= 0 || --L->calls < 0) { *budget = 0; return 0; }
    if (depth > 12) { preport(L, ln, "synsets nested too deeply (a synset that holds itself?)"); *budget = 0; return 0; }
    /* the first synset that must be spelled out (simple ones stay elements) */
    const char *amp = NULL;
    for (const char *q = strchr(s, '&'); q; q = strchr(q + 1, '&')) {
        const char *e = q + 1;
        while (*e && (isalnum((unsigned char)*e) || *e == '-')) e++;
        const synset *sy = *e == '_' ? find_synset(L, q, (size_t)(e - q) + 1) : NULL;
        if (!sy) sy = find_synset(L, q, (size_t)(e - q));
        if (!sy || !synset_simple(L, sy)) { amp = q; break; }
    }
    const char *br = NULL;
    /* a TABARI alternative set contains '|' */
    for (const char *q = strchr(s, '{'); q; q = strchr(q + 1, '{')) {
        const char *e = strchr(q, '}');
        if (e && memchr(q, '|', (size_t)(e - q))) { br = q; break; }
    }
    if (br && (!amp || br < amp)) {
        const char *e = strchr(br, '}');
        const char *a = br + 1;
        while (a <= e) {
            const char *bar = a;
            while (bar < e && *bar != '|') bar++;
            char buf[2048];
            /* "DEMAND_{ GENEVA_ | X }_CONVENTIONS": the blanks inside the braces go */
            const char *as = a, *ae = bar;
            while (as < ae && (*as == ' ' || *as == '\t')) as++;
            while (ae > as && (ae[-1] == ' ' || ae[-1] == '\t')) ae--;
            size_t plen = (size_t)(br - s);
            const char *rest = e + 1;
            /* an underscore on both sides would double: DEMAND_ + GENEVA_ + _CONVENTIONS */
            bool trail_us = ae > as && ae[-1] == '_';
            if (trail_us && *rest == '_') rest++;
            snprintf(buf, sizeof buf, "%.*s%.*s%s", (int)plen, s, (int)(ae - as), as, rest);
            int rc = expand(L, ln, buf, depth + 1, budget, fn, arg);
            if (rc) return rc;
            a = bar + 1;
        }
        return 0;
    }
    if (amp) {
        const char *e = amp + 1;
        while (*e && (isalnum((unsigned char)*e) || *e == '-')) e++;
        /* a synset name may end with '_' as part of its name (&AUXVERB1_) */
        const synset *sy = NULL;
        size_t n = (size_t)(e - amp);
        if (*e == '_') sy = find_synset(L, amp, n + 1);
        if (sy) e++;
        else sy = find_synset(L, amp, n);
        if (!sy) { preport(L, ln, "unknown synset '%.*s'", (int)n, amp); return 0; }
        for (size_t m = 0; m < sy->members.n; m++) {
            if (*budget <= 0) return 0;
            char buf[2048];
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(amp - s), s, sy->members.v[m], e);
            int rc = expand(L, ln, buf, depth + 1, budget, fn, arg);
            if (rc) return rc;
        }
        return 0;
    }
    if (*budget <= 0) return 0;
    (*budget)--;
    return fn(L, s, arg);
}

typedef struct {
    const rawverb *verb;  /* verbs[0 .. nverbs): the '*' of the pattern */
    size_t nverbs;
    const char *code;     /* "[…]" contents */
    int line;
    lang_dict *ld;
    bool root;            /* the verb alone */
} pat_ctx;

static int letters(const char *s) {
    int n = 0;
    for (; *s; s++) n += isalnum((unsigned char)*s) != 0;
    return n;
}

/* An irregular form "{ BROKE_ BROKEN_ ACTUALITY }" as one more alternative of the verb
** element: stem unless it ends with '_', exact (with endings) if it does, no endings
** with '='.  A form of several words is left out. */
static void add_form(ploader *L, pelem *w, const char *form) {
    char f[128];
    snprintf(f, sizeof f, "%s", form);
    size_t n = strlen(f);
    bool exact = n && (f[n - 1] == '_' || f[n - 1] == '=');
    bool noend = n && f[n - 1] == '=';
    if (exact) f[--n] = 0;
    if (!n || strchr(f, '_') || w->nalt >= 64) return;
    const char *k[2];
    if (word_keys(L, f, k, 2) != 1) return;
    if (!exact && L->tabari) w->stem |= 1ull << w->nalt;   /* PETRARCH lists whole forms */
    else if (exact && !noend) w->endings |= 1ull << w->nalt;
    w->alt[w->nalt++] = k[0];
}

/* Build one pattern from an expanded text "PRE * POST". */
static int build_pattern(ploader *L, const char *text, void *arg) {
    pat_ctx *pc = arg;
    item it[48];
    int ni = parse_items(L, pc->line, text, it, 48);
    if (ni < 0) return 0;
    int verb_at = -1;
    for (int i = 0; i < ni; i++) if (it[i].type == IT_VERB) { verb_at = i; break; }
    if (verb_at < 0) {
        /* no '*': the verb comes first */
        if (ni == 48) { preport(L, pc->line, "pattern too long"); return 0; }
        memmove(it + 1, it, (size_t)ni * sizeof *it);
        memset(&it[0], 0, sizeof it[0]);
        it[0].type = IT_VERB;
        if (ni > 0) it[1].gap_before = 1;
        ni++;
        verb_at = 0;
    }
    HD_VEC(pelem) els = {0};
    pattern pt = {0};
    pt.file = L->file;
    pt.line = pc->line;
    pt.root = pc->root;
    pt.code2_passive = L->petrarch2;
    /* code: "064", "032:033", ":1243", "---", "###", "+++" */
    char code[32];
    snprintf(code, sizeof code, "%s", pc->code);
    char *cd = ptrim(code);
    if (!strcmp(cd, "---") || !strcmp(cd, "- - -")) pt.special = PS_NULL;
    else if (!strcmp(cd, "###") || !strcmp(cd, "# # #")) pt.special = PS_DISCARD;
    else if (!strcmp(cd, "+++") || !strcmp(cd, "+ + +")) pt.special = PS_COMPLEX;
    char *colon = strchr(cd, ':');
    if (colon) {
        *colon = 0;
        char *c2 = ptrim(colon + 1);
        if (*c2) pt.code2 = hd_intern(L->d->pool, c2, strlen(c2));
    }
    cd = ptrim(cd);
    if (!pt.special && !*cd && pt.code2) {
        /* PETRARCH-2 "[:1243]": only the paired code */
        pt.special = PS_NULL;
    }
    pt.code = hd_intern(L->d->pool, pt.special ? "---" : cd, strlen(pt.special ? "---" : cd));
    int chars = 0;
    for (int i = 0; i < ni; i++) {
        const item *x = &it[i];
        if (x->gap_before && i > 0) {
            pelem g = {.type = PE_GAP, .nalt = 0};
            if (hd_vec_push(els, g) != 0) goto bad;
        }
        if (i == verb_at) pt.npre = (uint8_t)els.n;
        pelem e = {0};
        switch (x->type) {
        case IT_VERB: {
            const rawverb *v = pc->verb;
            if (pc->nverbs > 1) {
                /* single-word verbs of one group: one element, every verb and form */
                pelem w = {.type = PE_WORD, .nalt = 0};
                w.alt = malloc(64 * sizeof *w.alt);
                if (!w.alt) goto bad;
                for (size_t q = 0; q < pc->nverbs; q++) {
                    const char *ks[2];
                    char vw[128];
                    snprintf(vw, sizeof vw, "%s", v[q].word);
                    size_t vl = strlen(vw);
                    if (vl && vw[vl - 1] == '_') vw[--vl] = 0;
                    bool vexact = strlen(v[q].word) > vl;
                    if (word_keys(L, vw, ks, 2) != 1 || w.nalt == 64) continue;
                    /* (PETRARCH: whole words; its verb forms are the regular endings) */
                    if (vexact || !L->tabari) w.endings |= 1ull << w.nalt; else w.stem |= 1ull << w.nalt;
                    w.alt[w.nalt++] = ks[0];
                    for (size_t f = 0; f < v[q].forms.n; f++) add_form(L, &w, v[q].forms.v[f]);
                }
                if (hd_vec_push(els, w) != 0) { free(w.alt); goto bad; }
                pt.nwords++;   /* (the verb does not count in the length, TABARI §5.7.1) */
                continue;
            }
            item vi[8];
            int nv = parse_items(L, v->line, v->word, vi, 8);
            if (nv <= 0) goto bad;
            /* "WIRE_+TAP": the words before '+' come right before the verb */
            int plus = -1;
            for (int k = 0; k < nv; k++) if (vi[k].type == IT_TARGET) { plus = k; break; }
            if (plus >= 0) {
                for (int k = 0; k < plus; k++) {
                    const char *ks[4];
                    if (vi[k].type != IT_WORD || word_keys(L, vi[k].word, ks, 4) != 1) { preport(L, v->line, "cannot read verb '%s'", v->word); goto bad; }
                    pelem w = {.type = PE_WORD, .nalt = 1};
                    w.alt = malloc(sizeof *w.alt);
                    if (!w.alt) goto bad;
                    w.alt[0] = ks[0];
                    if (hd_vec_push(els, w) != 0) { free(w.alt); goto bad; }
                    pt.nwords++;
                }
                pt.npre = (uint8_t)els.n;
                memmove(vi, vi + plus + 1, (size_t)(nv - plus - 1) * sizeof *vi);
                nv -= plus + 1;
                if (nv <= 0) { preport(L, v->line, "cannot read verb '%s'", v->word); goto bad; }
                vi[0].gap_before = 0;
            }
            /* a multi-word verb ("CALLED_FOR"): the first word anchors, the rest follow */
            for (int k = 0; k < nv; k++) {
                const char *ks[4];
                if (vi[k].type != IT_WORD || word_keys(L, vi[k].word, ks, 4) != 1) {
                    preport(L, v->line, "cannot read verb '%s'", v->word);
                    goto bad;
                }
                pelem w = {.type = PE_WORD, .nalt = 1};
                size_t nf = k == 0 ? v->forms.n : 0;
                w.alt = malloc((1 + nf) * sizeof *w.alt);
                if (!w.alt) goto bad;
                w.alt[0] = ks[0];
                /* a verb is a stem unless it ends with '_' (then: regular endings) */
                if (vi[k].stem) w.stem = 1; else if (vi[k].endings) w.endings = 1;   /* BAN= : ban only */
                for (size_t f = 0; f < nf; f++) add_form(L, &w, v->forms.v[f]);
                if (k > 0 && vi[k].gap_before) {
                    pelem g = {.type = PE_GAP, .nalt = 0};
                    if (hd_vec_push(els, g) != 0) { free(w.alt); goto bad; }
                }
                if (hd_vec_push(els, w) != 0) { free(w.alt); goto bad; }
                pt.nwords++;
                /* (the verb does not count in the length) */
            }
            continue;
        }
        case IT_TARGET: e.type = PE_TARGET; pt.has_target = 1; break;
        case IT_SOURCE: e.type = PE_SOURCE; pt.has_source = 1; break;
        case IT_COMPOUND: e.type = PE_COMPOUND; pt.compound = 1; break;
        case IT_SKIP: e.type = PE_SKIP; break;
        case IT_WORD: {
            if (x->syn) {
                pelem w = {.type = PE_WORD, .nalt = 0};
                w.alt = malloc(x->syn->members.n * sizeof *w.alt);
                if (!w.alt) goto bad;
                int longest = 0;
                for (size_t m = 0; m < x->syn->members.n; m++) {
                    char mw[128];
                    snprintf(mw, sizeof mw, "%s", x->syn->members.v[m]);
                    size_t ml = strlen(mw);
                    bool exact = ml && mw[ml - 1] == '_';
                    if (exact) mw[--ml] = 0;
                    const char *ks[2];
                    if (word_keys(L, mw, ks, 2) != 1) continue;
                    if (!exact) w.stem |= 1ull << w.nalt; else w.endings |= 1ull << w.nalt;
                    w.alt[w.nalt++] = ks[0];
                    if (letters(mw) > longest) longest = letters(mw);
                }
                if (!w.nalt) { free(w.alt); preport(L, pc->line, "empty synset %s", x->word); goto bad; }
                if (hd_vec_push(els, w) != 0) { free(w.alt); goto bad; }
                pt.nwords++;
                chars += longest;
                continue;
            }
            const char *ks[8];
            int nk = word_keys(L, x->word, ks, 8);
            if (nk <= 0) { preport(L, pc->line, "cannot read word '%s'", x->word); goto bad; }
            for (int k = 0; k < nk; k++) {
                pelem w = {.type = PE_WORD, .nalt = 1};
                w.alt = malloc(sizeof *w.alt);
                if (!w.alt) goto bad;
                w.alt[0] = ks[k];
                if (k == nk - 1) { w.stem = x->stem; w.endings = x->endings; }
                if (hd_vec_push(els, w) != 0) { free(w.alt); goto bad; }
                pt.nwords++;
            }
            chars += letters(x->word);
            continue;
        }
        }
        if (hd_vec_push(els, e) != 0) goto bad;
    }
    if (els.n > 48) { preport(L, pc->line, "pattern too long"); goto bad; }
    pt.el = els.v;
    pt.nel = (uint16_t)els.n;
    pt.chars = (uint16_t)chars;
    lang_dict *ld = pc->ld;
    if (hd_vec_push(ld->patterns, pt) != 0) goto bad;
    const pelem *anchor = &els.v[pt.npre];
    for (int a = 0; a < anchor->nalt; a++)
        if (hd_index_add(&ld->pattern_ix, anchor->alt[a], (uint32_t)(ld->patterns.n - 1)) != 0) return -1;
    ld->npatterns++;
    return 0;
bad:
    for (size_t i = 0; i < els.n; i++) free(els.v[i].alt);
    free(els.v);
    return 0;
}

static bool single_word(const char *w) {
    size_t n = strlen(w);
    if (n && w[n - 1] == '_') n--;
    for (size_t i = 0; i < n; i++) if (w[i] == '_' || w[i] == ' ' || w[i] == '~') return false;
    return true;
}

static int flush_group(ploader *L, group *g) {
    lang_dict *ld = &L->d->lang[LANG_EN];
    int rc = 0;
    /* the verbs alone, with their own (or the group's) code */
    for (size_t v = 0; v < g->verbs.n && rc == 0; v++) {
        rawverb *rv = &g->verbs.v[v];
        const char *vcode = rv->code[0] ? rv->code : g->code;
        int budget = 1;
        L->calls = 8192;
        if (*vcode) {
            pat_ctx pc = {rv, 1, vcode, rv->line, ld, true};
            rc = expand(L, rv->line, "*", 0, &budget, build_pattern, &pc);
        }
    }
    /* the patterns: single-word verbs share them in runs of at most 64 forms (one
       element), a multi-word verb has its own */
    size_t v = 0;
    while (v < g->verbs.n && rc == 0) {
        size_t end = v + 1;
        if (single_word(g->verbs.v[v].word)) {
            size_t forms = 1 + g->verbs.v[v].forms.n;
            while (end < g->verbs.n && single_word(g->verbs.v[end].word) && forms + 1 + g->verbs.v[end].forms.n <= 64) {
                forms += 1 + g->verbs.v[end].forms.n;
                end++;
            }
        }
        for (size_t p = 0; p < g->pats.n && rc == 0; p++) {
            pat_ctx pc = {&g->verbs.v[v], end - v, g->pats.v[p].code, g->pats.v[p].line, ld, false};
            int budget = 512;
            L->calls = 8192;
            rc = expand(L, pc.line, g->pats.v[p].text, 0, &budget, build_pattern, &pc);
            if (budget <= 0 && L->cut_line != pc.line) {
                L->cut_line = pc.line;
                preport(L, pc.line, "more than 512 patterns (or 8192 steps) from one line of synsets and alternatives; the rest skipped");
            }
        }
        v = end;
    }
    for (v = 0; v < g->verbs.n; v++) {
        free(g->verbs.v[v].word);
        for (size_t f = 0; f < g->verbs.v[v].forms.n; f++) free(g->verbs.v[v].forms.v[f]);
        free(g->verbs.v[v].forms.v);
    }
    for (size_t p = 0; p < g->pats.n; p++) free(g->pats.v[p].text);
    g->verbs.n = g->pats.n = 0;
    g->code[0] = 0;
    return rc;
}

/* Take the code "[…]" at the end of s (cut from s).  Returns 0 if found. */
static int take_code(char *s, char *code, size_t cap) {
    char *b = strrchr(s, '[');
    if (!b) return -1;
    char *e = strchr(b, ']');
    if (!e) return -1;
    *e = 0;
    snprintf(code, cap, "%s", b + 1);
    *b = 0;
    return 0;
}

static int add_phrase_pattern(ploader *L, int ln, const char *text, int kind, const char *topic);

/* Two passes: synsets first (PETRARCH uses some before defining them), then verbs. */
static int load_verbs(ploader *L, const char *path, bool syn_only) {
    FILE *f = fopen(path, "r");
    if (!f) { preport(L, 0, "cannot open: %s", strerror(errno)); return 0; }
    group g = {0};
    synset *cur_syn = NULL;
    char *line = NULL;
    size_t cap = 0;
    int ln = 0, rc = 0;
    bool in_comment = false, last_was_pattern = false, in_syn = false, in_time = false;
    int nouns = 0;
    while (getline(&line, &cap, f) > 0 && !L->fatal && rc == 0) {
        ln++;
        char *s = line;
        if (in_comment) { if (strstr(s, "-->")) in_comment = false; continue; }
        if (!strncmp(ptrim(s), "<!--", 4)) { if (!strstr(s, "-->")) in_comment = true; continue; }
        if (*s == '#' || *s == '/') {
            /* PETRARCH-2's section markers: its [a:b] codes are active:passive */
            if (!strncmp(s, "#######", 7) && strstr(s, "VERB PATTERNS")) L->petrarch2 = true;
            continue;
        }
        /* PETRARCH group headers "--- NAME [code] ---" hold a '#' only in comments */
        pstrip(L, s);
        s = ptrim(s);
        if (!*s) { cur_syn = NULL; in_syn = false; continue; }   /* a blank line ends a synset */
        if (*s == '~' && strstr(s, "FINISH")) break;
        if (*s == '<') {
            bool close = s[1] == '/';
            const char *tag = s + (close ? 2 : 1);
            cur_syn = NULL;
            in_syn = false;
            if (!strncasecmp(tag, "SYNSET", 6)) { nouns = 0; continue; }
            if (!strncasecmp(tag, "TIME", 4)) {
                /* <TIME>: phrases that move the date ([-1], [+30]) or make the record a
                   discard or complex; their patterns ("- * AND A WEEK") are not read */
                in_time = !close;
                if (in_time && !syn_only) L->d->time_shift = true;
                continue;
            }
            if (!strncasecmp(tag, "NOUN", 4)) { nouns = close ? 0 : 1; continue; }
            if (!strncasecmp(tag, "ADJ", 3)) { nouns = close ? 0 : 2; continue; }
            preport(L, ln, "unknown section %s", s);
            continue;
        }
        if (in_time) {
            char code[32];
            if (syn_only || *s == '-' || take_code(s, code, sizeof code) != 0) continue;
            char *cd = ptrim(code);
            if (!strcmp(cd, "- - -")) cd = "---";
            rc = add_phrase_pattern(L, ln, ptrim(s), 2, cd);
            continue;
        }
        if (nouns && syn_only) continue;
        if (nouns) { add_listed(L, s, nouns); continue; }
        if (*s == '&') {
            if (!syn_only) { rc = flush_group(L, &g); last_was_pattern = false; in_syn = true; continue; }
            char *nm = s;
            char *sp = strpbrk(nm, " \t");
            if (sp) *sp = 0;
            if (find_synset(L, nm, strlen(nm))) { preport(L, ln, "synset %s defined twice (first kept)", nm); cur_syn = NULL; continue; }
            synset sy = {0};
            sy.simple = -1;
            sy.name = strdup(nm);
            if (!sy.name || hd_vec_push(L->syn, sy) != 0) { free(sy.name); rc = -1; break; }
            cur_syn = &L->syn.v[L->syn.n - 1];
            continue;
        }
        if (*s == '+' && cur_syn) {
            char *m = strdup(ptrim(s + 1));
            if (!m || hd_vec_push(cur_syn->members, m) != 0) { free(m); rc = -1; }
            continue;
        }
        if (*s == '+' && in_syn) continue;
        cur_syn = NULL;
        in_syn = false;
        if (syn_only) continue;
        if (!strncmp(s, "---", 3) && strlen(s) > 6 && strstr(s + 3, "---")) {
            /* PETRARCH "---  NAME   [code]  ---" */
            rc = flush_group(L, &g);
            last_was_pattern = false;
            char *inner = s + 3;
            char *end = strstr(inner, "---");
            if (end) *end = 0;
            char code[32] = "";
            if (take_code(inner, code, sizeof code) == 0) snprintf(g.code, sizeof g.code, "%s", ptrim(code));
            continue;
        }
        if (*s == '-') {
            if (!g.verbs.n) { preport(L, ln, "pattern before any verb"); continue; }
            char code[32];
            char *body = ptrim(s + 1);
            if (take_code(body, code, sizeof code) != 0) { preport(L, ln, "pattern without [code]"); continue; }
            rawpat rp = {0};
            rp.text = strdup(ptrim(body));
            snprintf(rp.code, sizeof rp.code, "%s", code);
            rp.line = ln;
            if (!rp.text || hd_vec_push(g.pats, rp) != 0) { free(rp.text); rc = -1; }
            last_was_pattern = true;
            continue;
        }
        if (*s == '{' && g.verbs.n && !last_was_pattern) {
            /* TABARI: the irregular forms on the line after the verb */
            rawverb *lv = &g.verbs.v[g.verbs.n - 1];
            char *e = strchr(s, '}');
            if (e) *e = 0;
            for (char *sv = NULL, *w = strtok_r(s + 1, " \t", &sv); w; w = strtok_r(NULL, " \t", &sv)) {
                char *dw = strdup(w);
                if (!dw || hd_vec_push(lv->forms, dw) != 0) { free(dw); rc = -1; }
            }
            continue;
        }
        bool phrasal = false;
        if (*s == '+') {
            /* PETRARCH phrasal verbs "+PULL_OUT", "+GO_TO {+GOES_TO +WENT_TO}": the
               first word is the verb, the rest must follow it */
            s = ptrim(s + 1);
            phrasal = true;
        }
        /* a verb line: "ACCUSE [112]", "FLEE {FLEES FLEEING FLED}", "LEFT_ [032:033]" */
        if (L->tabari || last_was_pattern) { rc = flush_group(L, &g); }
        last_was_pattern = false;
        rawverb rv = {0};
        rv.line = ln;
        char code[32] = "";
        if (take_code(s, code, sizeof code) == 0) snprintf(rv.code, sizeof rv.code, "%s", ptrim(code));
        char *br = strchr(s, '{');
        if (br) {
            char *e = strchr(br, '}');
            if (e) *e = 0;
            for (char *sv = NULL, *w = strtok_r(br + 1, " \t", &sv); w; w = strtok_r(NULL, " \t", &sv)) {
                if (phrasal || strchr(w, '+')) {
                    /* "+GOES_TO", "WIRE_+TAPS": the form of the verb word */
                    char *pl = strchr(w, '+');
                    if (pl) w = pl + 1;
                    char *us = strchr(w, '_');
                    if (us) *us = 0;
                }
                char *dw = strdup(w);
                if (!dw || hd_vec_push(rv.forms, dw) != 0) { free(dw); rc = -1; }
            }
            *br = 0;
        }
        s = ptrim(s);
        rv.word = *s ? strdup(s) : NULL;
        if (!rv.word || hd_vec_push(g.verbs, rv) != 0) {
            /* a line of forms only ("{ A B }" with no verb before it): its forms go */
            for (size_t q = 0; q < rv.forms.n; q++) free(rv.forms.v[q]);
            free(rv.forms.v);
            free(rv.word);
            if (!*s) preport(L, ln, "verb line without a verb");
            else rc = -1;
        }
    }
    if (rc == 0) rc = flush_group(L, &g);
    free(g.verbs.v);
    free(g.pats.v);
    free(line);
    fclose(f);
    return rc;
}

/* -------------------------------------------------------------- discards */

/* A phrase that is not a verb pattern: a discard (kind 1) or a TABARI <TIME> phrase
** (kind 2); topic says what it does ("story", "sentence"; "-7", "###" …). */
static int add_phrase_pattern(ploader *L, int ln, const char *text, int kind, const char *topic) {
    lang_dict *ld = &L->d->lang[LANG_EN];
    item it[32];
    int ni = parse_items(L, ln, text, it, 32);
    if (ni <= 0) return 0;
    HD_VEC(pelem) els = {0};
    bool ok = true;
    for (int i = 0; i < ni && ok; i++) {
        if (it[i].type != IT_WORD) { ok = false; break; }
        const char *ks[8];
        int nk = word_keys(L, it[i].word, ks, 8);
        if (nk <= 0) { ok = false; break; }
        for (int k = 0; k < nk; k++) {
            pelem w = {.type = PE_WORD, .nalt = 1};
            w.alt = malloc(sizeof *w.alt);
            if (!w.alt) { ok = false; break; }
            w.alt[0] = ks[k];
            if (k == nk - 1) { w.stem = it[i].stem; w.endings = it[i].endings; }
            if (hd_vec_push(els, w) != 0) { free(w.alt); ok = false; break; }
        }
    }
    if (!ok || !els.n) {
        preport(L, ln, "cannot read %s '%s'", kind == 1 ? "discard" : "time phrase", text);
        for (size_t i = 0; i < els.n; i++) free(els.v[i].alt);
        free(els.v);
        return 0;
    }
    pattern pt = {0};
    pt.el = els.v;
    pt.nel = (uint16_t)els.n;
    pt.nwords = (uint8_t)(els.n > 255 ? 255 : els.n);
    pt.discard = (uint8_t)kind;
    pt.topic = hd_intern(L->d->pool, topic, strlen(topic));
    pt.code = hd_intern(L->d->pool, "###", 3);
    pt.special = kind == 1 ? PS_DISCARD : 0;
    pt.file = L->file;
    pt.line = ln;
    if (hd_vec_push(ld->patterns, pt) != 0) return -1;
    if (hd_index_add(&ld->pattern_ix, els.v[0].alt[0], (uint32_t)(ld->patterns.n - 1)) != 0) return -1;
    if (kind == 1) ld->ndiscards++;
    return 0;
}

/* PETRARCH discards: one phrase a line ("+PHRASE" discards the whole story). */
static int load_discards(ploader *L, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { preport(L, 0, "cannot open: %s", strerror(errno)); return 0; }
    char *line = NULL;
    size_t cap = 0;
    int ln = 0, rc = 0;
    while (getline(&line, &cap, f) > 0 && !L->fatal && rc == 0) {
        ln++;
        if (line[0] == '#') continue;
        pstrip(L, line);
        char *s = ptrim(line);
        if (!*s || *s == '<') continue;
        bool story = *s == '+';
        if (story) s = ptrim(s + 1);
        char code[32];
        if (take_code(s, code, sizeof code) == 0) s = ptrim(s);
        rc = add_phrase_pattern(L, ln, s, 1, story ? "story" : "sentence");
    }
    free(line);
    fclose(f);
    return rc;
}

/* --------------------------------------------------------------- options */

/* "KEY[n]" in a COMPLEX: line → n, or 0. */
static int bracket_num(const char *s, const char *key) {
    const char *p = strstr(s, key);
    if (!p) return 0;
    p = strchr(p, '[');
    return p ? atoi(p + 1) : 0;
}

/* "KEY = n" in a COMMA: line; keeps *v when absent. */
static void comma_num(const char *s, const char *key, int *v) {
    for (const char *p = strstr(s, key); p; p = strstr(p + 1, key)) {
        if (p > s && p[-1] != ' ') continue;   /* MIN is not EMIN */
        const char *q = p + strlen(key);
        while (*q == ' ') q++;
        if (*q != '=') continue;
        *v = atoi(q + 1);
        return;
    }
}

int hd_dicts_option(hd_dicts *d, const char *line) {
    if (!d) return -1;
    char buf[256];
    size_t n = 0;
    /* upper-case, blanks squeezed, so "SET: MINIMUM WORDS = 5" and "require_dyad=false"
       compare alike */
    for (const char *p = line; *p && n + 1 < sizeof buf; p++) {
        char ch = (char)toupper((unsigned char)*p);
        if (ch == '_') ch = ' ';
        if (ch == ' ' || ch == '\t') { if (n && buf[n - 1] != ' ') buf[n++] = ' '; continue; }
        buf[n++] = ch;
    }
    while (n && buf[n - 1] == ' ') n--;
    buf[n] = 0;
    char *s = buf;
    if (!strncmp(s, "COMPLEX:", 8)) {
        /* each COMPLEX: line replaces the previous settings (TABARI §8.7) */
        d->complex_verbs = bracket_num(s, "VERBS");
        d->complex_conj = bracket_num(s, "CONJ");
        d->complex_noactprior = strstr(s, "NOACTPRIOR") != NULL;
        return 0;
    }
    if (!strncmp(s, "COMMA:", 6)) {
        if (strstr(s, "OFF")) { d->comma_min = d->comma_emin = 1000; d->comma_max = d->comma_emax = 0; return 0; }
        comma_num(s, "MIN", &d->comma_min);
        comma_num(s, "MAX", &d->comma_max);
        comma_num(s, "EMIN", &d->comma_emin);
        comma_num(s, "EMAX", &d->comma_emax);
        return 0;
    }
    if (!strncmp(s, "DEFAULT:", 8)) {
        /* default actors when the sentence has none where one is needed (TABARI §8.5) */
        s = ptrim(s + 8);
        d->def_src[0] = d->def_tgt[0] = 0;
        d->def_prior = d->def_after = false;
        if (!strncmp(s, "OFF", 3)) return 0;
        for (int w = 0; w < 2; w++) {
            const char *k = strstr(s, w ? "TARGET" : "SOURCE");
            const char *b = k ? strchr(k, '[') : NULL, *e = b ? strchr(b, ']') : NULL;
            if (!e) continue;
            char *out = w ? d->def_tgt : d->def_src;
            snprintf(out, 16, "%.*s", (int)(e - b - 1), b + 1);
            char *t = ptrim(out);
            memmove(out, t, strlen(t) + 1);
        }
        d->def_prior = strstr(s, "PRIOR") != NULL;
        d->def_after = strstr(s, "AFTER") != NULL;
        return d->def_src[0] || d->def_tgt[0] ? 0 : -1;
    }
    /* options about the output only (fields, labels, non-events): no effect on events */
    if (!strncmp(s, "OUTPUT:", 7) || !strncmp(s, "LABEL", 5) || !strncmp(s, "NONEVENTS:", 10)) return 0;
    if (!strncmp(s, "SET:", 4)) {
        s = ptrim(s + 4);
        if (strstr(s, "CODE")) { d->code_by = strstr(s, "SEN") ? 1 : strstr(s, "ALL") ? 2 : 0; return 0; }
        const char *eqv = strchr(s, '=');
        bool t = eqv && strchr(eqv, 'T') && (!strchr(eqv, 'F') || strchr(eqv, 'T') < strchr(eqv, 'F'));
        if (strstr(s, "CONV")) { d->convert_agents = t; return 0; }
        if (strstr(s, "TIME")) { d->time_shift = t; return 0; }
        if (strstr(s, "LABEL") || strstr(s, "DUP ") || strstr(s, "SKIP ") || strstr(s, "HAIKU") || strstr(s, "USAGE")) return 0;
    }
    char *eq = strchr(s, '=');
    if (!eq) return -1;
    *eq = 0;
    char *key = ptrim(s), *val = ptrim(eq + 1);
    bool yes = !strcmp(val, "TRUE") || !strcmp(val, "ON") || !strcmp(val, "1");
    bool no = !strcmp(val, "FALSE") || !strcmp(val, "OFF") || !strcmp(val, "0");
    if (!strcmp(key, "REQUIRE DYAD") && (yes || no)) { d->require_dyad = yes; return 0; }
    if (!strncmp(key, "MINIMUM WORD", 12)) { d->min_words = atoi(val); return 0; }
    /* PETRARCH options that do not change what is coded */
    if (!strcmp(key, "STOP ON ERROR")) return 0;
    /* PETRARCH's config keys */
    if (!strcmp(key, "COMMA MIN")) { d->comma_min = atoi(val); return 0; }
    if (!strcmp(key, "COMMA MAX")) { d->comma_max = atoi(val); return 0; }
    if (!strcmp(key, "COMMA EMIN")) { d->comma_emin = atoi(val); return 0; }
    if (!strcmp(key, "COMMA EMAX")) { d->comma_emax = atoi(val); return 0; }
    /* not implemented: the initial comma clause and new actors; their "off" values are
       what herodote does */
    if (!strcmp(key, "COMMA BMAX") && atoi(val) == 0) return 0;
    if (!strcmp(key, "COMMA BMIN") && atoi(val) == 0) return 0;
    if (!strcmp(key, "NEW ACTOR LENGTH") && atoi(val) == 0) return 0;
    return -1;
}

static void load_options(ploader *L, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { preport(L, 0, "cannot open: %s", strerror(errno)); return; }
    char *line = NULL;
    size_t cap = 0;
    int ln = 0;
    bool ini = !L->tabari, in_options = false;
    while (getline(&line, &cap, f) > 0) {
        ln++;
        pstrip(L, line);
        char *s = ptrim(line);
        if (!*s || *s == '#' || *s == '/') continue;
        if (*s == '~') break;
        if (ini) {
            /* PETRARCH's config: the [Options] section; its input, output and parser
               settings (textfile_list, write_actor_text, stanford_dir …) do not concern
               coding */
            if (*s == '[') { in_options = !strncasecmp(s, "[Options]", 9); continue; }
            if (!in_options) continue;
            static const char *const coding[] = {"require_dyad", "comma_", "new_actor_length", NULL};
            bool wanted = false;
            for (int k = 0; coding[k]; k++) wanted |= !strncmp(s, coding[k], strlen(coding[k]));
            if (!wanted) continue;
        }
        if (hd_dicts_option(L->d, s) != 0) preport(L, ln, "option not applied: %s", s);
    }
    free(line);
    fclose(f);
}

/* ---------------------------------------------------------------- public */

static const char *codes_tsv(char *buf, size_t cap) {
    snprintf(buf, cap, "%s/../cameo/codes.tsv", hd_default_dict_dir());
    return buf;
}

hd_dicts *hd_dicts_load_files(const hd_peer_files *pf, unsigned flags, hd_diag_fn diag, void *ctx, char *err, size_t errlen) {
    if (!pf || !pf->format) { hd_set_err(err, errlen, "no dictionary format"); return NULL; }
    int dialect = !strcmp(pf->format, "tabari") ? DIALECT_TABARI : !strcmp(pf->format, "petrarch") ? DIALECT_PETRARCH : -1;
    if (dialect < 0) { hd_set_err(err, errlen, "unknown dictionary format '%s' (tabari or petrarch)", pf->format); return NULL; }
    hd_dicts *d = calloc(1, sizeof *d);
    if (!d) { hd_set_err(err, errlen, "out of memory"); return NULL; }
    d->dialect = dialect;
    d->require_dyad = true;
    /* the peers' defaults: TABARI MINIMUM WORDS 8, COMMA 2/10/2/10; PETRARCH 2/8/2/8 */
    d->min_words = dialect == DIALECT_TABARI ? 8 : 0;
    d->comma_min = d->comma_emin = 2;
    d->comma_max = d->comma_emax = dialect == DIALECT_TABARI ? 10 : 8;
    d->pool = hd_strpool_new();
    ploader L = {0};
    L.d = d;
    L.diag = diag;
    L.ctx = ctx;
    L.flags = flags;
    L.tabari = dialect == DIALECT_TABARI;
    L.tmp = hd_doc_new();
    if (!d->pool || !L.tmp) { hd_doc_free(L.tmp); hd_dicts_free(d); hd_set_err(err, errlen, "out of memory"); return NULL; }
    int rc = 0;
    struct { const char *const *v; int n; int what; } sets[] = {
        {pf->actors, 8, 1}, {pf->agents, 4, 2}, {pf->verbs, 4, 3}, {pf->discards, 4, 4}};
    for (size_t s = 0; s < sizeof sets / sizeof *sets && rc == 0 && !L.fatal; s++)
        for (int i = 0; i < sets[s].n && sets[s].v[i] && rc == 0 && !L.fatal; i++) {
            const char *path = sets[s].v[i];
            if (access(path, R_OK) != 0) {
                hd_set_err(err, errlen, "%s: %s", path, strerror(errno));
                rc = -2;
                break;
            }
            L.file = hd_intern(d->pool, path, strlen(path));
            struct stat st;
            if (stat(path, &st) == 0) { d->files++; d->bytes += (size_t)st.st_size; }
            switch (sets[s].what) {
            case 1: rc = load_actors(&L, path, K_COUNTRY); break;
            case 2: rc = load_actors(&L, path, K_AGENT); break;
            case 3:
                L.petrarch2 = false;
                rc = load_verbs(&L, path, true);
                if (rc == 0) rc = load_verbs(&L, path, false);
                break;
            case 4: rc = load_discards(&L, path); break;
            }
        }
    if (rc == 0 && pf->options) { L.file = hd_intern(d->pool, pf->options, strlen(pf->options)); load_options(&L, pf->options); }
    for (size_t i = 0; i < L.syn.n; i++) {
        free(L.syn.v[i].name);
        for (size_t m = 0; m < L.syn.v[i].members.n; m++) free(L.syn.v[i].members.v[m]);
        free(L.syn.v[i].members.v);
    }
    free(L.syn.v);
    for (size_t i = 0; i < L.mac.n; i++) {
        free(L.mac.v[i].name);
        for (size_t m = 0; m < L.mac.v[i].values.n; m++) free(L.mac.v[i].values.v[m]);
        free(L.mac.v[i].values.v);
    }
    free(L.mac.v);
    hd_doc_free(L.tmp);
    if (rc != 0 || L.fatal) {
        if (rc == -1) hd_set_err(err, errlen, "out of memory loading dictionaries");
        else if (rc == 0) hd_set_err(err, errlen, "dictionary errors (--strict)");
        hd_dicts_free(d);
        return NULL;
    }
    char cp[PATH_MAX];
    if (hd_dicts_finish(d, codes_tsv(cp, sizeof cp), err, errlen) != 0) { hd_dicts_free(d); return NULL; }
    snprintf(d->dir, sizeof d->dir, "%s", pf->format);
    return d;
}

/* Open a file that names other files relative to its own folder: dir gets that folder
** ("" or ending in '/'), pf is cleared for the format. */
static FILE *open_listing(const char *path, char dir[PATH_MAX], hd_peer_files *pf, const char *format, char *err, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) { hd_set_err(err, errlen, "%s: %s", path, strerror(errno)); return NULL; }
    snprintf(dir, PATH_MAX, "%s", path);
    char *sl = strrchr(dir, '/');
    if (sl) sl[1] = 0; else dir[0] = 0;
    memset(pf, 0, sizeof *pf);
    pf->format = format;
    return f;
}

/* Read "<tag> value" lines of a TABARI .project. */
static int project_files(const char *project, hd_peer_files *pf, char store[][PATH_MAX], char *err, size_t errlen) {
    char dir[PATH_MAX];
    FILE *f = open_listing(project, dir, pf, "tabari", err, errlen);
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    int ns = 0;
    while (getline(&line, &cap, f) > 0) {
        char *s = ptrim(line);
        if (*s != '<') continue;
        char *e = strchr(s, '>');
        if (!e) continue;
        *e = 0;
        char *tag = s + 1, *val = ptrim(e + 1);
        char *sp = strpbrk(val, " \t;");
        if (sp) *sp = 0;
        if (!*val || ns >= 15) continue;
        const char **slot = NULL;
        if (!strcmp(tag, "actorsfile")) { for (int i = 0; i < 8; i++) if (!pf->actors[i]) { slot = &pf->actors[i]; break; } }
        else if (!strcmp(tag, "verbsfile")) slot = &pf->verbs[0];
        else if (!strcmp(tag, "agentsfile")) slot = &pf->agents[0];
        else if (!strcmp(tag, "optionsfile")) slot = &pf->options;
        if (!slot) continue;
        snprintf(store[ns], PATH_MAX, "%s%s", *val == '/' ? "" : dir, val);
        *slot = store[ns++];
    }
    free(line);
    fclose(f);
    return 0;
}

/* PETRARCH config: "verbfile_name = …", "actorfile_list = a, b, c", … */
static int petrarch_files(const char *ini, hd_peer_files *pf, char store[][PATH_MAX], char *err, size_t errlen) {
    char dir[PATH_MAX];
    FILE *f = open_listing(ini, dir, pf, "petrarch", err, errlen);
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    int ns = 0;
    while (getline(&line, &cap, f) > 0) {
        char *s = ptrim(line);
        char *eq = strchr(s, '=');
        if (!eq || *s == '#' || *s == '[') continue;
        *eq = 0;
        char *key = ptrim(s), *val = ptrim(eq + 1);
        const char **slots = NULL;
        int nslots = 0;
        if (!strcmp(key, "verbfile_name")) { slots = pf->verbs; nslots = 1; }
        else if (!strcmp(key, "actorfile_list")) { slots = pf->actors; nslots = 8; }
        else if (!strcmp(key, "agentfile_name")) { slots = pf->agents; nslots = 1; }
        else if (!strcmp(key, "discardfile_name")) { slots = pf->discards; nslots = 1; }
        if (!slots) continue;
        int k = 0;
        for (char *sv = NULL, *v = strtok_r(val, ",", &sv); v && k < nslots && ns < 15; v = strtok_r(NULL, ",", &sv)) {
            v = ptrim(v);
            if (!*v) continue;
            snprintf(store[ns], PATH_MAX, "%s%s", *v == '/' ? "" : dir, v);
            slots[k++] = store[ns++];
        }
    }
    free(line);
    fclose(f);
    if (!pf->verbs[0] && !pf->actors[0]) { hd_set_err(err, errlen, "%s: names no dictionary files", ini); return -1; }
    if (ns < 16) { snprintf(store[ns], PATH_MAX, "%s", ini); pf->options = store[ns]; }   /* its [Options] */
    return 0;
}

/* PETRARCH: the dictionaries named by <Environment>, relative to the XML's folder. */
static int petrarch_env(const char *xml, hd_peer_files *pf, char store[][PATH_MAX], char *err, size_t errlen) {
    char dir[PATH_MAX];
    FILE *f = open_listing(xml, dir, pf, "petrarch", err, errlen);
    if (!f) return -1;
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    const char *env = strstr(buf, "<Environment>");
    const char *end = env ? strstr(env, "</Environment>") : NULL;
    if (!env || !end) { hd_set_err(err, errlen, "%s: no <Environment> naming the dictionaries", xml); return -1; }
    static const char *tags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
    int ns = 0;
    for (int t = 0; t < 4; t++) {
        char open[32], close[32];
        snprintf(open, sizeof open, "<%s>", tags[t]);
        snprintf(close, sizeof close, "</%s>", tags[t]);
        for (const char *p = strstr(env, open); p && p < end; p = strstr(p + 1, open)) {
            const char *v = p + strlen(open), *ve = strstr(v, close);
            if (!ve || ve > end || ns >= 15) break;
            char name[PATH_MAX];
            snprintf(name, sizeof name, "%.*s", (int)(ve - v), v);
            char *nm = ptrim(name);
            snprintf(store[ns], PATH_MAX, "%.*s%.*s", nm[0] == '/' ? 0 : (int)strlen(dir), dir, (int)(PATH_MAX / 2), nm);
            const char **slot = t == 0 ? &pf->verbs[0] : t == 1 ? &pf->actors[0] : t == 2 ? &pf->agents[0] : &pf->discards[0];
            for (int k = 0; k < (t == 1 ? 8 : 4); k++) if (!slot[k]) { slot[k] = store[ns++]; break; }
        }
    }
    if (!pf->verbs[0]) { hd_set_err(err, errlen, "%s: <Environment> names no <Verbfile>", xml); return -1; }
    return 0;
}

hd_dicts *hd_dicts_load_spec(const char *spec, unsigned flags, hd_diag_fn diag, void *ctx, char *err, size_t errlen) {
    if (!spec || (strncmp(spec, "tabari:", 7) && strncmp(spec, "petrarch:", 9))) return hd_dicts_load(spec, flags, diag, ctx, err, errlen);
    static __thread char store[16][PATH_MAX];
    hd_peer_files pf;
    size_t sl = strlen(spec);
    if (!strncmp(spec, "tabari:", 7) && sl > 8 && !strcmp(spec + sl - 8, ".project")) {
        if (project_files(spec + 7, &pf, store, err, errlen) != 0) return NULL;
    } else if (!strncmp(spec, "tabari:", 7)) {
        /* "tabari:A.actors,B.verbs,C.agents": files by their extension */
        memset(&pf, 0, sizeof pf);
        pf.format = "tabari";
        char list[PATH_MAX];
        snprintf(list, sizeof list, "%s", spec + 7);
        int ns = 0, na = 0;
        for (char *sv = NULL, *f = strtok_r(list, ",", &sv); f && ns < 15; f = strtok_r(NULL, ",", &sv)) {
            const char *dot = strrchr(f, '.');
            snprintf(store[ns], PATH_MAX, "%s", f);
            if (dot && !strcmp(dot, ".verbs")) pf.verbs[0] = store[ns++];
            else if (dot && !strcmp(dot, ".agents")) pf.agents[0] = store[ns++];
            else if (dot && !strcmp(dot, ".options")) pf.options = store[ns++];
            else if (dot && !strcmp(dot, ".actors") && na < 8) pf.actors[na++] = store[ns++];
            else { hd_set_err(err, errlen, "%s: not a .project, .actors, .agents, .verbs or .options file", f); return NULL; }
        }
    } else {
        const char *p = spec + 9;
        char ini[PATH_MAX];
        struct stat st;
        size_t pl = strlen(p);
        if (pl > 4 && !strcmp(p + pl - 4, ".xml")) {
            /* a PETRARCH validation file: its <Environment> names the dictionaries */
            if (petrarch_env(p, &pf, store, err, errlen) != 0) return NULL;
            return hd_dicts_load_files(&pf, flags, diag, ctx, err, errlen);
        }
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) snprintf(ini, sizeof ini, "%s/PETR_config.ini", p);
        else snprintf(ini, sizeof ini, "%s", p);
        if (petrarch_files(ini, &pf, store, err, errlen) != 0) return NULL;
    }
    return hd_dicts_load_files(&pf, flags, diag, ctx, err, errlen);
}
