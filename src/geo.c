/*
** geo.c — the gazetteer and "where did it happen" for a sentence.
**
** The gazetteer is three generated tables (data/geo/, tools/gen_gazetteer.py):
** countries, first-level divisions (ADM1) and cities of 15,000 people or more, from
** Debian's GeoNames, iso-codes and tzdata data.  Each file is read whole into one
** block; fields are cut in place (NUL-terminated), so loading allocates a handful of
** arrays, not one string per name.  Names are indexed by their normalized key
** (hd_normalize, spaces collapsed) in one open-addressing table whose slots chain
** candidates: "Tripoli" has two, "Georgia" a country and a US state.
**
** A place is found in a sentence only after a locative preposition — à, au, aux, en,
** dans, près de; in, at, near, outside — optionally followed by articles, a direction
** ("le sud du", "southern") or a kind of place ("la région de", "the city of"), and
** the name must be capitalised as the gazetteer writes it.  Among candidates for one
** name: a city or alias named by an override first, then a country, then (when the
** text says "région", "region", "oblast", "province") a division, then the most
** populous city, in a country the sentence names when it names one ("Tripoli,
** Lebanon").
*/
#include "doc.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <unistd.h>

#define GEO_MAX_NAME_TOKENS 8
#define GEO_MAX_KEY 160

enum { K_COUNTRY = 1, K_ADM1, K_CITY };
enum { L_FR = 1, L_EN = 2, L_ALL = 3 };
enum { C_NAME = 0, C_SHORT = 1, C_ALIAS = 2, C_OVERRIDE = 3 };

typedef struct {
    uint32_t place;     /* index into places */
    uint32_t next;      /* next candidate for the same key, UINT32_MAX at the end */
    uint8_t lang;       /* L_* */
    uint8_t how;        /* C_* */
    uint8_t cap;        /* the name starts with a capital: the text must too */
} cand;

typedef struct {
    uint64_t hash;
    uint32_t key;       /* offset in keys */
    uint32_t first;     /* first candidate */
} slot;

struct hd_gazetteer {
    char *file[4];
    hd_place *places;
    uint8_t *kind;
    uint32_t *pop;
    size_t nplaces, cap_places;
    HD_VEC(cand) cands;
    slot *slots;
    size_t nslots, used;
    hd_buf keys;        /* normalized names, NUL-terminated */
    hd_buf names;       /* GDELT-style full names, NUL-terminated */
    uint32_t *sorted;   /* the keys' offsets, keys in strcmp order (prefix tests) */
    size_t nsorted;
    uint64_t *pfx;      /* the hashes of the names' beginnings that end where a token may (build_prefixes) */
    size_t npfx;        /* its size (a power of 2, at least twice its number of hashes) */
    size_t ncountry, nadm1, ncity;
    int16_t iso3[26 * 26 * 26];   /* country index + 1 of an ISO 3166 alpha-3 code (A-Z only), 0 = none */
};

/* ------------------------------------------------------------ loading */

static char *slurp(const char *path, size_t *len, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) { hd_set_err(err, errlen, "%s: cannot open gazetteer file: %s", path, strerror(errno)); return NULL; }
    hd_buf b = {0};
    char tmp[1 << 16];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (hd_buf_put(&b, tmp, n)) { fclose(f); hd_buf_free(&b); hd_set_err(err, errlen, "out of memory"); return NULL; }
    int bad = ferror(f);
    fclose(f);
    if (bad) { hd_buf_free(&b); hd_set_err(err, errlen, "%s: read error", path); return NULL; }
    if (hd_buf_putc(&b, 0)) { hd_buf_free(&b); hd_set_err(err, errlen, "out of memory"); return NULL; }
    *len = b.n - 1;
    return b.p;
}

/* Split the next line of *p into at most max tab-separated fields (in place).
** Returns the number of fields, 0 for a comment or blank line, -1 at the end. */
static int next_line(char **p, char **f, int max) {
    char *s = *p;
    if (!*s) return -1;
    char *e = strchr(s, '\n');
    if (e) { *e = 0; *p = e + 1; } else *p = s + strlen(s);
    if (*s == '#' || !*s) return 0;
    int n = 0;
    f[n++] = s;
    for (char *c = s; *c; c++)
        if (*c == '\t') {
            *c = 0;
            if (n == max) return max + 1;
            f[n++] = c + 1;
        }
    return n;
}

static int key_of(const char *name, char *out, size_t outlen) {
    char tmp[GEO_MAX_KEY * 2];
    hd_normalize(name, strlen(name), tmp, sizeof tmp);
    size_t o = 0;
    bool sp = false;
    for (const char *s = tmp; *s; s++) {
        if (*s == ' ' || *s == '\t') { sp = o > 0; continue; }
        if (sp) { if (o + 1 >= outlen) return -1; out[o++] = ' '; sp = false; }
        if (o + 1 >= outlen) return -1;
        out[o++] = *s;
    }
    out[o] = 0;
    return o ? 0 : -1;
}

static int rehash(hd_gazetteer *g) {
    size_t n = g->nslots ? g->nslots * 2 : 1u << 15;
    slot *s = calloc(n, sizeof *s);
    if (!s) return -1;
    for (size_t i = 0; i < g->nslots; i++) {
        if (!g->slots[i].hash) continue;
        size_t k = g->slots[i].hash & (n - 1);
        while (s[k].hash) k = (k + 1) & (n - 1);
        s[k] = g->slots[i];
    }
    free(g->slots);
    g->slots = s;
    g->nslots = n;
    return 0;
}

static slot *find_slot(const hd_gazetteer *g, const char *key, uint64_t h) {
    if (!g->nslots) return NULL;
    size_t k = h & (g->nslots - 1);
    while (g->slots[k].hash) {
        if (g->slots[k].hash == h && !strcmp(g->keys.p + g->slots[k].key, key)) return &g->slots[k];
        k = (k + 1) & (g->nslots - 1);
    }
    return NULL;
}

/* A key's hash in the gazetteer's tables (never 0: 0 marks an empty slot). */
static uint64_t key_hash_n(const char *key, size_t n) {
    uint64_t h = hd_hash(key, n);
    return h ? h : 1;
}

static uint64_t key_hash(const char *key) { return key_hash_n(key, strlen(key)); }

static int add_name(hd_gazetteer *g, const char *name, uint32_t place, int lang, int how) {
    char key[GEO_MAX_KEY];
    while (*name == ' ') name++;
    if (!*name || key_of(name, key, sizeof key)) return 0;   /* too long or empty: not indexed */
    uint64_t h = key_hash(key);
    slot *s = find_slot(g, key, h);
    if (!s) {
        if ((g->used + 1) * 2 > g->nslots && rehash(g)) return -1;
        size_t k = h & (g->nslots - 1);
        while (g->slots[k].hash) k = (k + 1) & (g->nslots - 1);
        s = &g->slots[k];
        s->hash = h;
        s->key = (uint32_t)g->keys.n;
        s->first = UINT32_MAX;
        if (hd_buf_put(&g->keys, key, strlen(key) + 1)) return -1;
        g->used++;
    }
    /* the same place under the same key twice (name and short name): keep one */
    for (uint32_t c = s->first; c != UINT32_MAX; c = g->cands.v[c].next)
        if (g->cands.v[c].place == place) {
            g->cands.v[c].lang |= (uint8_t)lang;
            if (how > g->cands.v[c].how) g->cands.v[c].how = (uint8_t)how;
            return 0;
        }
    int32_t cp = 0;
    hd_utf8_decode((const unsigned char *)name, strlen(name), &cp);
    cand c = {place, s->first, (uint8_t)lang, (uint8_t)how, (uint8_t)hd_is_upper_cp(cp)};
    if (hd_vec_push(g->cands, c)) return -1;
    s->first = (uint32_t)(g->cands.n - 1);
    return 0;
}

/* Names separated by " | ". */
static int add_names(hd_gazetteer *g, char *list, uint32_t place, int lang) {
    while (list && *list) {
        char *bar = strstr(list, " | ");
        if (bar) *bar = 0;
        if (add_name(g, list, place, lang, C_NAME)) return -1;
        list = bar ? bar + 3 : NULL;
    }
    return 0;
}

static hd_place *new_place(hd_gazetteer *g, int kind, uint32_t pop) {
    if (g->nplaces == g->cap_places) {
        size_t n = g->cap_places ? g->cap_places * 2 : 32768;
        hd_place *p = realloc(g->places, n * sizeof *p);
        if (!p) return NULL;
        g->places = p;
        uint8_t *k = realloc(g->kind, n);
        if (!k) return NULL;
        g->kind = k;
        uint32_t *q = realloc(g->pop, n * sizeof *q);
        if (!q) return NULL;
        g->pop = q;
        g->cap_places = n;
    }
    hd_place *p = &g->places[g->nplaces];
    memset(p, 0, sizeof *p);
    g->kind[g->nplaces] = (uint8_t)kind;
    g->pop[g->nplaces] = pop;
    g->nplaces++;
    return p;
}

static bool parse_coord(const char *s, double lim, double *out) {
    char *e;
    double v = strtod(s, &e);
    if (e == s || *e || !(v >= -lim && v <= lim)) return false;
    *out = v;
    return true;
}

/* Full names are built into g->names; pointers are fixed up once it stops moving, so
** until then `name` holds an offset (stored in a pointer-sized integer). */
#define OFF(x) ((const char *)(uintptr_t)(x))
#define UNOFF(p) ((size_t)(uintptr_t)(p))

/* The table slot of a three-capital-letter code, or -1. */
static int iso3_slot(const char *c) {
    if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] < 'A' || c[2] > 'Z' || c[3]) return -1;
    return ((c[0] - 'A') * 26 + (c[1] - 'A')) * 26 + (c[2] - 'A');
}

static int find_iso3(const hd_gazetteer *g, const char *iso3) {
    /* every city names its country: a table for the usual codes (the first country
       with a code wins, as the scan below would have it), a scan for the others */
    int k = iso3_slot(iso3);
    if (k >= 0 && g->iso3[k]) return g->iso3[k] - 1;
    for (size_t i = 0; i < g->ncountry; i++)
        if (!strcmp(g->places[i].country, iso3)) return (int)i;
    return -1;
}

static int bad_line(char *err, size_t errlen, const char *path, long line, const char *what) {
    hd_set_err(err, errlen, "%s:%ld: %s", path, line, what);
    return -1;
}

static int load_countries(hd_gazetteer *g, const char *path, char *err, size_t errlen) {
    size_t len;
    char *p = g->file[0] = slurp(path, &len, err, errlen);
    if (!p) return -1;
    char *f[8];
    int n;
    long line = 0;
    while (line++, (n = next_line(&p, f, 7)) >= 0) {
        if (n == 0) continue;
        if (n != 7) return bad_line(err, errlen, path, line, "expected 7 tab-separated fields");
        hd_place *pl = new_place(g, K_COUNTRY, UINT32_MAX);
        if (!pl) goto oom;
        pl->type = 1;
        pl->country = f[0];
        pl->country2 = f[1];
        pl->adm1 = "";
        pl->feature = f[1];
        if (strlen(f[0]) != 3 || strlen(f[1]) != 2 || !parse_coord(f[3], 90, &pl->lat) || !parse_coord(f[4], 180, &pl->lon))
            return bad_line(err, errlen, path, line, "bad country code or coordinates");
        pl->name = OFF(g->names.n);
        if (hd_buf_put(&g->names, f[2], strlen(f[2]) + 1)) goto oom;
        int k = iso3_slot(f[0]);
        if (k >= 0 && !g->iso3[k] && g->ncountry < INT16_MAX - 1) g->iso3[k] = (int16_t)(g->ncountry + 1);
        g->ncountry++;
        uint32_t id = (uint32_t)(g->nplaces - 1);
        if (add_names(g, f[5], id, L_EN) || add_names(g, f[6], id, L_FR)) goto oom;
    }
    return 0;
oom:
    hd_set_err(err, errlen, "out of memory loading the gazetteer");
    return -1;
}

static int load_adm1(hd_gazetteer *g, const char *path, char *err, size_t errlen) {
    size_t len;
    char *p = g->file[1] = slurp(path, &len, err, errlen);
    if (!p) return -1;
    char *f[8];
    int n;
    long line = 0;
    while (line++, (n = next_line(&p, f, 6)) >= 0) {
        if (n == 0) continue;
        if (n != 6) return bad_line(err, errlen, path, line, "expected 6 tab-separated fields");
        int c = find_iso3(g, f[1]);
        if (c < 0) return bad_line(err, errlen, path, line, "unknown country code");
        hd_place *pl = new_place(g, K_ADM1, 0);
        if (!pl) goto oom;
        const hd_place *cp = &g->places[c];
        pl->type = strcmp(f[1], "USA") ? 5 : 2;
        pl->country = cp->country;
        pl->country2 = cp->country2;
        pl->adm1 = f[0];
        pl->feature = f[0];
        if (!parse_coord(f[4], 90, &pl->lat) || !parse_coord(f[5], 180, &pl->lon))
            return bad_line(err, errlen, path, line, "bad coordinates");
        pl->name = OFF(g->names.n);
        if (hd_buf_printf(&g->names, "%s, %s", f[2], g->names.p + UNOFF(cp->name)) || hd_buf_putc(&g->names, 0)) goto oom;
        g->nadm1++;
        uint32_t id = (uint32_t)(g->nplaces - 1);
        if (add_name(g, f[2], id, L_ALL, C_NAME) || (*f[3] && add_name(g, f[3], id, L_ALL, C_SHORT))) goto oom;
    }
    return 0;
oom:
    hd_set_err(err, errlen, "out of memory loading the gazetteer");
    return -1;
}

static int cmp_adm1(const void *a, const void *b) {
    return strcmp(((const hd_place *)a)->adm1, ((const hd_place *)b)->adm1);
}

/* Candidates point at places by index, so divisions are not re-sorted: the generator
** writes them sorted by code, and that is checked here. */
static bool adm1_sorted(const hd_gazetteer *g) {
    for (size_t i = g->ncountry + 1; i < g->ncountry + g->nadm1; i++)
        if (cmp_adm1(&g->places[i - 1], &g->places[i]) >= 0) return false;
    return true;
}

static int load_cities(hd_gazetteer *g, const char *path, char *err, size_t errlen) {
    size_t len;
    char *p = g->file[2] = slurp(path, &len, err, errlen);
    if (!p) return -1;
    hd_place *adm = g->places + g->ncountry;
    if (!adm1_sorted(g)) { hd_set_err(err, errlen, "%s: admin1.tsv must be sorted by code (re-run tools/gen_gazetteer.py)", path); return -1; }
    char *f[9];
    int n;
    long line = 0;
    while (line++, (n = next_line(&p, f, 8)) >= 0) {
        if (n == 0) continue;
        if (n != 8) return bad_line(err, errlen, path, line, "expected 8 tab-separated fields");
        int c = find_iso3(g, f[1]);
        if (c < 0) return bad_line(err, errlen, path, line, "unknown country code");
        char *e;
        unsigned long pop = strtoul(f[7], &e, 10);
        if (*e) return bad_line(err, errlen, path, line, "bad population");
        hd_place *pl = new_place(g, K_CITY, pop > UINT32_MAX - 1 ? UINT32_MAX - 1 : (uint32_t)pop);
        if (!pl) goto oom;
        adm = g->places + g->ncountry;   /* new_place may have moved the array */
        const hd_place *cp = &g->places[c];
        pl->type = strcmp(f[1], "USA") ? 4 : 3;
        pl->country = cp->country;
        pl->country2 = cp->country2;
        pl->adm1 = f[2];
        pl->feature = f[0];
        if (!parse_coord(f[5], 90, &pl->lat) || !parse_coord(f[6], 180, &pl->lon))
            return bad_line(err, errlen, path, line, "bad coordinates");
        hd_place k = {.adm1 = f[2]};
        const hd_place *a = *f[2] ? bsearch(&k, adm, g->nadm1, sizeof *adm, cmp_adm1) : NULL;
        pl->name = OFF(g->names.n);
        /* GDELT's shape: "City, Division, Country" ("Beijing, Beijing Municipality, China") */
        if (a) {
            const char *an = g->names.p + UNOFF(a->name);     /* "Division, Country" */
            if (hd_buf_printf(&g->names, "%s, %s", f[3], an)) goto oom;
        } else if (hd_buf_printf(&g->names, "%s, %s", f[3], g->names.p + UNOFF(cp->name))) goto oom;
        if (hd_buf_putc(&g->names, 0)) goto oom;
        g->ncity++;
        uint32_t id = (uint32_t)(g->nplaces - 1);
        if (add_name(g, f[3], id, L_ALL, C_NAME) || (*f[4] && add_name(g, f[4], id, L_FR, C_NAME))) goto oom;
    }
    return 0;
oom:
    hd_set_err(err, errlen, "out of memory loading the gazetteer");
    return -1;
}

static int load_aliases(hd_gazetteer *g, const char *path, char *err, size_t errlen) {
    size_t len;
    char *p = g->file[3] = slurp(path, &len, err, errlen);
    if (!p) return -1;
    char *f[4];
    int n;
    long line = 0;
    while (line++, (n = next_line(&p, f, 3)) >= 0) {
        if (n == 0) continue;
        if (n != 3) return bad_line(err, errlen, path, line, "expected 3 tab-separated fields");
        size_t i;   /* a city's GeoNames id, or a division's code */
        for (i = g->ncountry; i < g->nplaces; i++)
            if (!strcmp(g->places[i].feature, f[2])) break;
        if (i == g->nplaces) return bad_line(err, errlen, path, line, "no city with this GeoNames id, nor division with this code");
        int lang = !strcmp(f[0], "fr") ? L_FR : !strcmp(f[0], "en") ? L_EN : L_ALL;
        if (add_name(g, f[1], (uint32_t)i, lang, lang == L_ALL ? C_OVERRIDE : C_ALIAS)) {
            hd_set_err(err, errlen, "out of memory loading the gazetteer");
            return -1;
        }
    }
    return 0;
}

const char *hd_default_geo_dir(void) {
    static char buf[PATH_MAX];
    const char *env = getenv("HERODOTE_GEO");
    if (env && *env) return env;
    snprintf(buf, sizeof buf, "%.*s/../geo", (int)(sizeof buf - 16), hd_default_dict_dir());
    return buf;
}

static const char *sort_keys;   /* the keys being sorted (loading is single-threaded) */
static int cmp_key(const void *a, const void *b) {
    return strcmp(sort_keys + *(const uint32_t *)a, sort_keys + *(const uint32_t *)b);
}

/* Is `key` a proper prefix (as a string) of some name's key?  A name of several
** tokens starting at a token has that token's key as a prefix. */
static bool key_has_longer(const hd_gazetteer *g, const char *key) {
    size_t lo = 0, hi = g->nsorted, n = strlen(key);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(g->keys.p + g->sorted[mid], key) < 0) lo = mid + 1; else hi = mid;
    }
    if (lo < g->nsorted && !strcmp(g->keys.p + g->sorted[lo], key)) lo++;
    return lo < g->nsorted && !strncmp(g->keys.p + g->sorted[lo], key, n);
}

/* The beginnings of the names of several tokens, for match_at to stop as soon as the
** words it has read begin no name ("Jenin, the Palestinian health ministry said":
** nothing after "jenin,").  A key read from the text ends where a token does: before a
** space, or at a change between a letter or digit and a mark (d' + ivoire, gaza + .).
** Only hashes are kept: a false "yes" costs a lookup, as before this table. */
static bool pfx_has(const hd_gazetteer *g, const char *key, size_t n) {
    if (!g->npfx) return true;
    uint64_t h = key_hash_n(key, n);
    for (size_t k = h & (g->npfx - 1); g->pfx[k]; k = (k + 1) & (g->npfx - 1))
        if (g->pfx[k] == h) return true;
    return false;
}

static bool word_byte(unsigned char b) { return b >= 0x80 || (unsigned)((b | 32) - 'a') < 26u || (unsigned)(b - '0') < 10u; }

static int build_prefixes(hd_gazetteer *g) {
    size_t n = 0;   /* an upper bound of the number of prefixes: the boundaries */
    for (size_t i = 0; i < g->nsorted; i++)
        for (const unsigned char *q = (const unsigned char *)g->keys.p + g->sorted[i]; q[0] && q[1]; q++)
            n += word_byte(q[0]) != word_byte(q[1]) || q[1] == ' ';
    size_t cap = 1024;
    while (cap < 2 * n) cap *= 2;
    g->pfx = calloc(cap, sizeof *g->pfx);
    if (!g->pfx) return -1;
    g->npfx = cap;
    for (size_t i = 0; i < g->nsorted; i++) {
        const unsigned char *key = (const unsigned char *)g->keys.p + g->sorted[i];
        for (size_t p = 1; key[p]; p++) {
            if (!(key[p] == ' ' || word_byte(key[p - 1]) != word_byte(key[p]))) continue;
            size_t len = key[p - 1] == ' ' ? p - 1 : p;   /* "x y": "x" (the space is no token's) */
            uint64_t h = key_hash_n((const char *)key, len);
            size_t k = h & (cap - 1);
            while (g->pfx[k] && g->pfx[k] != h) k = (k + 1) & (cap - 1);
            g->pfx[k] = h;
        }
    }
    return 0;
}

hd_gazetteer *hd_gazetteer_load(const char *dir, char *err, size_t errlen) {
    if (!dir) dir = hd_default_geo_dir();
    hd_gazetteer *g = calloc(1, sizeof *g);
    if (!g) { hd_set_err(err, errlen, "out of memory"); return NULL; }
    static const char *files[] = {"countries.tsv", "admin1.tsv", "cities.tsv", "aliases.tsv"};
    int (*load[])(hd_gazetteer *, const char *, char *, size_t) = {load_countries, load_adm1, load_cities, load_aliases};
    for (int i = 0; i < 4; i++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%.*s/%s", (int)(sizeof path - 32), dir, files[i]);
        if (load[i](g, path, err, errlen)) { hd_gazetteer_free(g); return NULL; }
    }
    for (size_t i = 0; i < g->nplaces; i++) g->places[i].name = g->names.p + UNOFF(g->places[i].name);
    g->sorted = malloc((g->used + 1) * sizeof *g->sorted);
    if (!g->sorted) { hd_set_err(err, errlen, "out of memory"); hd_gazetteer_free(g); return NULL; }
    for (size_t i = 0; i < g->nslots; i++)
        if (g->slots[i].hash) g->sorted[g->nsorted++] = g->slots[i].key;
    sort_keys = g->keys.p;
    qsort(g->sorted, g->nsorted, sizeof *g->sorted, cmp_key);
    if (build_prefixes(g)) { hd_set_err(err, errlen, "out of memory"); hd_gazetteer_free(g); return NULL; }
    return g;
}

void hd_gazetteer_free(hd_gazetteer *g) {
    if (!g) return;
    for (int i = 0; i < 4; i++) free(g->file[i]);
    free(g->places);
    free(g->kind);
    free(g->pop);
    free(g->cands.v);
    free(g->slots);
    free(g->sorted);
    free(g->pfx);
    hd_buf_free(&g->keys);
    hd_buf_free(&g->names);
    free(g);
}

size_t hd_gazetteer_count(const hd_gazetteer *g, int type) {
    if (!g) return 0;
    switch (type) {
    case 1: return g->ncountry;
    case 5: return g->nadm1;
    case 4: return g->ncity;
    default: return g->nplaces;
    }
}

/* ------------------------------------------------------------ matching */

#define WANT_REGION 0x1u
#define WANT_CITY 0x2u

/* The best candidate of a key for a language, given what the text says around the
** name and the countries the sentence names (may be NULL). */
static const hd_place *best(const hd_gazetteer *g, const slot *s, int lang, bool capital, unsigned want,
                            const char *const *named, int nnamed) {
    const hd_place *b = NULL;
    double bs = -1;
    for (uint32_t c = s->first; c != UINT32_MAX; c = g->cands.v[c].next) {
        const cand *k = &g->cands.v[c];
        if (!(k->lang & lang) || (k->cap && !capital)) continue;
        /* "Sahel" is a Burkinabè region only when the text says "région du Sahel" */
        if (k->how == C_SHORT && !(want & WANT_REGION)) continue;
        int kind = g->kind[k->place];
        double sc;
        if (k->how == C_OVERRIDE) sc = 9e9;
        else if (kind == K_COUNTRY) sc = (want & (WANT_REGION | WANT_CITY)) ? 1e9 : 6e9;
        /* a division's other name ("Tigré") is that division, not a city spelt alike
           elsewhere (Tigre, Argentina) */
        else if (kind == K_ADM1) sc = (want & WANT_REGION) || k->how == C_ALIAS ? 7e9 : 1;
        else sc = 2e9 + (double)g->pop[k->place] + (k->how == C_ALIAS ? 1e8 : 0) + ((want & WANT_CITY) ? 5e9 : 0);
        for (int i = 0; i < nnamed && kind != K_COUNTRY; i++)
            if (named[i] == g->places[k->place].country) { sc += 1.5e9; break; }
        if (sc > bs) { bs = sc; b = &g->places[k->place]; }
    }
    return b;
}

const hd_place *hd_gazetteer_lookup(const hd_gazetteer *g, const char *lang, const char *name, size_t n) {
    if (!g || !name) return NULL;
    char tmp[GEO_MAX_KEY], key[GEO_MAX_KEY];
    if (n >= sizeof tmp) return NULL;
    memcpy(tmp, name, n);
    tmp[n] = 0;
    if (key_of(tmp, key, sizeof key)) return NULL;
    const slot *s = find_slot(g, key, key_hash(key));
    if (!s) return NULL;
    int l = lang && !strcmp(lang, "fr") ? L_FR : lang && !strcmp(lang, "en") ? L_EN : L_ALL;
    return best(g, s, l, true, 0, NULL, 0);
}

static bool in(const char *key, const char *const *set) {
    /* the first two bytes inline: most keys that share a word's first ("la" and
       "large", "de" and "des") differ by the second */
    for (; *set; set++)
        if (**set == *key && (!*key || ((*set)[1] == key[1] && (!key[1] || !strcmp(key + 2, *set + 2))))) return true;
    return false;
}

static const char *const loc_fr[] = {"a", "au", "aux", "en", "dans", "pres", "vers", NULL};
static const char *const loc_en[] = {"in", "at", "near", "outside", "inside", "across", NULL};
static const char *const skip_fr[] = {"le", "la", "l'", "les", "du", "de", "d'", "des", "-", "nord", "sud", "est",
                                      "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                                      "banlieue", "environs", "alentours", "large", "pres", NULL};
static const char *const skip_en[] = {"the", "of", "-", "north", "south", "east", "west", "northern", "southern",
                                      "eastern", "western", "central", "northeastern", "northwestern",
                                      "southeastern", "southwestern", "northeast", "northwest", "southeast",
                                      "southwest", "outskirts", "suburbs", "centre", "center", NULL};
static const char *const region_fr[] = {"region", "province", "oblast", "gouvernorat", "etat", "prefecture",
                                        "departement", NULL};
static const char *const region_en[] = {"region", "province", "oblast", "governorate", "state", "prefecture",
                                        "district", NULL};
static const char *const city_fr[] = {"ville", "capitale", "cite", NULL};
static const char *const city_en[] = {"city", "town", "capital", "village", NULL};

/* "à" and the verb "a" share the key "a": only the accented form is a preposition. */
static bool locative(const hd_token *t, int lang) {
    if (lang == L_FR) {
        if (!strcmp(t->key, "a")) return t->len == 2;   /* à / À are two bytes in UTF-8 */
        return in(t->key, loc_fr);
    }
    return in(t->key, loc_en);
}

/* Is token i a locative?  Every token of a sentence is asked, so with `memo` the
** answer is kept in the token's morphology cache entry (per language: bit lang says
** it is known, bit lang << 2 holds it), as token_slot keeps its slot.  The entry is
** one surface form of a word, whose key and length are the token's. */
static bool is_locative(const hd_doc *d, size_t i, int lang, bool memo) {
    const hd_token *t = &d->toks.v[i];
    if (t->kind != HD_TOK_WORD) return false;
    hd_lex *x = memo && i < d->lex.n ? d->lex.v[i] : NULL;
    if (x && (x->gloc & lang)) return (x->gloc & lang << 2) != 0;
    bool r = locative(t, lang);
    if (x) x->gloc |= (uint8_t)(lang | (r ? lang << 2 : 0));
    return r;
}

/* The slot of token i's key.  `memo`: kept in the token's morphology cache entry, so
** each surface form is looked up once (only for the thread that owns the entry). */
static const slot *token_slot(const hd_gazetteer *g, const hd_doc *d, size_t i, bool memo) {
    const hd_token *t = &d->toks.v[i];
    hd_lex *x = memo && i < d->lex.n ? d->lex.v[i] : NULL;
    if (x && x->gz == g) return x->gslot;
    const slot *sl = find_slot(g, t->key, key_hash(t->key));
    if (x) { x->gz = g; x->gslot = sl; x->gmore = key_has_longer(g, t->key); }
    return sl;
}

/* May a name of several tokens start at token i?  (Only known from the morphology
** cache: without it, yes.) */
static bool token_may_start_longer(const hd_gazetteer *g, const hd_doc *d, size_t i, bool memo) {
    hd_lex *x = memo && i < d->lex.n ? d->lex.v[i] : NULL;
    if (!x) return true;
    token_slot(g, d, i, memo);
    return x->gmore;
}

/* The countries a sentence [b, e) names anywhere (up to 8), to choose between
** namesakes. */
static int named_countries(const hd_gazetteer *g, const hd_doc *d, size_t b, size_t e, int lang, const char *named[8],
                           bool memo) {
    int nnamed = 0;
    for (size_t i = b; i < e && nnamed < 8; i++) {
        const hd_token *t = &d->toks.v[i];   /* (i < e: no hd_doc_token bounds test) */
        if (!(t->flags & HD_TF_CAP)) continue;
        const slot *sl = token_slot(g, d, i, memo);
        if (!sl) continue;
        for (uint32_t c = sl->first; c != UINT32_MAX; c = g->cands.v[c].next)
            if (g->kind[g->cands.v[c].place] == K_COUNTRY && (g->cands.v[c].lang & lang)) {
                named[nnamed++] = g->places[g->cands.v[c].place].country;
                break;
            }
    }
    return nnamed;
}

/* A sentence's named countries, gathered when first needed: best reads them only for
** a name the gazetteer has as some place other than a country, and most sentences
** scanned have none (20 MB corpus: 77,872 scans of every capitalised word, its
** morphology entry and gazetteer slot, 20,867 now). */
typedef struct {
    size_t b, e;                /* the sentence */
    int n;                      /* -1 until gathered */
    const char *v[8];
} named_set;

static int named_get(const hd_gazetteer *g, const hd_doc *d, int lang, bool memo, named_set *ns) {
    if (ns->n < 0) ns->n = named_countries(g, d, ns->b, ns->e, lang, ns->v, memo);
    return ns->n;
}

/* Longest gazetteer name starting at token j (< end); returns tokens used, 0 when none. */
static size_t match_at(const hd_gazetteer *g, const hd_doc *d, size_t j, size_t end, int lang, unsigned want,
                       named_set *named, const hd_place **out, bool memo) {
    char key[GEO_MAX_KEY];
    size_t klen = 0, used = 0;
    const hd_token *t0 = hd_doc_token(d, j);
    bool capital = (t0->flags & HD_TF_CAP) != 0;
    *out = NULL;
    for (size_t k = j; k < end && k - j < GEO_MAX_NAME_TOKENS; k++) {
        if (k == j + 1 && !token_may_start_longer(g, d, j, memo)) break;
        const hd_token *t = &d->toks.v[k];
        if (t->kind == HD_TOK_QUOTE_OPEN || t->kind == HD_TOK_QUOTE_CLOSE || t->kind == HD_TOK_QUOTE) break;
        if (t->kind == HD_TOK_PUNCT && strcmp(t->key, "-") && strcmp(t->key, ".") && strcmp(t->key, ",")) break;
        size_t need = klen + (k > j && t->ws ? 1 : 0) + t->klen;
        if (need + 1 > sizeof key) break;
        if (k > j && t->ws) key[klen++] = ' ';
        memcpy(key + klen, t->key, t->klen);
        klen += t->klen;
        key[klen] = 0;
        const slot *s = k == j ? token_slot(g, d, j, memo) : find_slot(g, key, key_hash(key));   /* one token: its key */
        if (!s) {
            if (k > j && !pfx_has(g, key, klen)) break;   /* no longer name begins so */
            continue;
        }
        unsigned w = want;
        /* "the Kursk region", "Donetsk oblast": a division */
        if (k + 1 < end && in(d->toks.v[k + 1].key, lang == L_FR ? region_fr : region_en)) w |= WANT_REGION;
        /* (best reads the named countries for places other than countries only) */
        bool other = false;
        for (uint32_t c = s->first; c != UINT32_MAX && !other; c = g->cands.v[c].next)
            other = g->kind[g->cands.v[c].place] != K_COUNTRY;
        int nnamed = other ? named_get(g, d, lang, memo, named) : 0;
        const hd_place *p = best(g, s, lang, capital, w, named->v, nnamed);
        if (p) { *out = p; used = k - j + 1; }
    }
    return used;
}

/* Every place a sentence names after a locative, in text order (hd_geo_find() picks
** the one nearest the verb): a story's events of one sentence share one scan. */
static int geo_sentence(const hd_gazetteer *g, const hd_doc *d, size_t sentence, hd_geo_hits *out, bool memo) {
    out->n = 0;
    if (!g || !d || sentence >= hd_doc_nsentences(d)) return 0;
    const hd_sentence *s = hd_doc_sentence(d, sentence);
    int lang = !strcmp(hd_doc_lang(d), "fr") ? L_FR : L_EN;
    size_t e = (size_t)s->tok + s->ntok;
    named_set named = {s->tok, e, -1, {NULL}};
    for (size_t i = s->tok; i + 1 < e; i++) {
        if (!is_locative(d, i, lang, memo)) continue;
        size_t j = i + 1;
        unsigned want = 0;
        int skipped = 0;
        for (; j < e && skipped < 5; j++, skipped++) {
            const char *k = d->toks.v[j].key;
            if (in(k, lang == L_FR ? region_fr : region_en)) want |= WANT_REGION;
            else if (in(k, lang == L_FR ? city_fr : city_en)) want |= WANT_CITY;
            else if (!in(k, lang == L_FR ? skip_fr : skip_en)) break;
        }
        if (j >= e) continue;
        const hd_place *p;
        size_t used = match_at(g, d, j, e, lang, want, &named, &p, memo);
        if (!used) continue;
        const hd_token *a = hd_doc_token(d, j), *b = hd_doc_token(d, j + used - 1);
        hd_geo_hit h = {p, hd_doc_token(d, i + 1)->off, b->off + b->len, a->off};
        if (hd_vec_push(*out, h) != 0) return -1;
        i = j + used - 1;
    }
    return 0;
}

/* The city or division named at token i of a sentence (a capitalized word), and its
** number of tokens; 0 when none.  For the thread coding the document (memo). */
size_t hd_geo_place_at(const hd_gazetteer *g, const hd_doc *d, size_t sentence, size_t i, const hd_place **out) {
    *out = NULL;
    if (!g || !d || sentence >= hd_doc_nsentences(d)) return 0;
    const hd_sentence *s = hd_doc_sentence(d, sentence);
    size_t e = (size_t)s->tok + s->ntok;
    if (i < s->tok || i >= e) return 0;
    const hd_token *t = &d->toks.v[i];
    if (t->kind != HD_TOK_WORD || !(t->flags & HD_TF_CAP)) return 0;
    /* most capitalized words name no place, nor start one: known from the token's
       memo, before the sentence's countries are gathered */
    if (!token_slot(g, d, i, true) && !token_may_start_longer(g, d, i, true)) return 0;
    int lang = !strcmp(hd_doc_lang(d), "fr") ? L_FR : L_EN;
    named_set named = {s->tok, e, -1, {NULL}};
    const hd_place *p;
    size_t used = match_at(g, d, i, e, lang, 0, &named, &p, true);
    if (!used || p->type == 1) return 0;
    *out = p;
    return used;
}

/* The thread coding the document may keep the lookups in its morphology cache. */
int hd_geo_sentence(const hd_gazetteer *g, const hd_doc *d, size_t sentence, hd_geo_hits *out) {
    return geo_sentence(g, d, sentence, out, true);
}

/* The hit nearest to byte `near` (the first of equals). */
const hd_place *hd_geo_pick(const hd_geo_hits *h, uint32_t near, uint32_t *start, uint32_t *end) {
    const hd_geo_hit *best = NULL;
    uint32_t bestdist = UINT32_MAX;
    for (size_t k = 0; k < h->n; k++) {
        const hd_geo_hit *x = &h->v[k];
        uint32_t dist = x->at > near ? x->at - near : near - x->at;
        if (dist < bestdist) { bestdist = dist; best = x; }
    }
    if (!best) return NULL;
    if (start) *start = best->start;
    if (end) *end = best->end;
    return best->place;
}

const hd_place *hd_geo_find(const hd_gazetteer *g, const hd_doc *d, size_t sentence, uint32_t near,
                            uint32_t *start, uint32_t *end) {
    hd_geo_hits h = {0};
    const hd_place *p = geo_sentence(g, d, sentence, &h, false) == 0 ? hd_geo_pick(&h, near, start, end) : NULL;
    free(h.v);
    return p;
}
