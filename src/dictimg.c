/*
** dictimg.c — compiled dictionary images.
**
** hd_dicts_compile() loads the text dictionaries and writes them as one file: the
** same structures as in memory (engine.h), with every pointer replaced by its offset
** in the file.  hd_dicts_load_image() reads the file into private memory (read_image)
** and relocates it (adds the memory's address to each offset) while checking every
** offset, count and index against the file's bounds, so a truncated, corrupt or hostile
** image is refused with a message, never followed.  Parsing 0.9 MB of dictionaries and
** asking Hunspell for the lemmas of the pattern words takes about 0.3 s; loading the
** 7 MB image, about 0.01 s.
**
** Staleness: the header records every source the text loader reads (dictionary files,
** the CAMEO code table, the Hunspell files that give pattern words their lemmas) with
** size, modification time and a content hash.  An image is used only if the dictionary
** folders list the same files and each has the same size and either the same time or
** the same content.
**
** Layout: header | sources | strings | string pool slots | sections of arrays.  All
** offsets are from the start of the file; 0 is NULL.  The header holds a signature of
** the structures' layout, so an image from another build is refused, not misread.
*/
#include "engine.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define IMG_MAGIC "herodote-dicts\n"   /* 16 bytes with its NUL */
/* Also raised when loading the same text gives other dictionaries (2: English
** "British-flagged" compounds derived from the adjectives; 3: a pattern's '$' slot; 4: a
** pattern's '+igo' slot; 5: '+state'; 6: '+place'), so an older image is not used */
#define IMG_VERSION 6u

typedef struct {
    uint64_t phrases, nphrases, patterns, npatterns;
    uint64_t pix, pix_cap, pix_n, tix, tix_cap, tix_n;   /* phrase and pattern indexes */
    uint64_t counts[8], npat, ndisc;
} img_lang;

typedef struct {
    char magic[16];
    uint32_t version, layout;
    uint64_t size;              /* bytes of the whole file */
    uint64_t checksum;          /* of bytes [sizeof(img_header), size) */
    uint64_t dir;               /* the source folder (real path) */
    uint64_t sources, nsources; /* img_source array */
    uint64_t str0, str1;        /* string area; its last byte is NUL */
    uint64_t sec[5][2];         /* sections: [begin, end) */
    uint64_t pool, pool_cap, pool_n;
    uint64_t msgs, nmsgs;       /* messages of the text load, replayed to diag */
    uint64_t codes, ncodes;
    uint64_t errors, bytes, files;
    img_lang lang[NLANG];
} img_header;

/* Sections: arrays of one type, each relocated once as a whole. */
enum { S_KEYS, S_DC, S_IDX, S_PELEM, S_MISC };

typedef struct { uint64_t path, size, mtime_ns, hash; } img_source;

/* A signature of everything whose layout the file copies. */
static uint32_t layout_sig(void) {
    const size_t v[] = {sizeof(void *), sizeof(phrase), offsetof(phrase, keys), offsetof(phrase, codes),
        offsetof(phrase, file), offsetof(phrase, line), sizeof(pattern), offsetof(pattern, el), offsetof(pattern, topic),
        offsetof(pattern, file), sizeof(pelem), offsetof(pelem, alt), sizeof(bucket), offsetof(bucket, idx),
        sizeof(dated_code), sizeof(hd_code_info), offsetof(hd_code_info, goldstein), sizeof(img_header), IMG_VERSION};
    return (uint32_t)hd_hash(v, sizeof v);
}

/* A 64-bit checksum read 8 bytes at a time (the image is a few MB: FNV byte by byte
** would cost more than the rest of the load). */
static uint64_t checksum(const unsigned char *p, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    return h ^ (h >> 29);
}

/* --------------------------------------------------------------- sources */

typedef HD_VEC(char *) strvec;

static int cmp_strp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The files hd_dicts_load() reads, as it finds them (same folders, same filter), as
** paths relative to dir; then the code table and the Hunspell files. */
static int list_sources(const char *dir, strvec *out) {
    static const char *const subs[] = {"common", "fr", "en"};
    for (int s = 0; s < 3; s++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, subs[s]);
        DIR *dp = opendir(path);
        if (!dp) continue;
        size_t first = out->n;
        struct dirent *e;
        while ((e = readdir(dp)) != NULL) {
            const char *n = e->d_name;
            size_t l = strlen(n);
            if (n[0] == '.') continue;
            if ((l > 7 && !strcmp(n + l - 7, ".actors")) || (l > 4 && !strcmp(n + l - 4, ".txt"))) {
                char rel[PATH_MAX];
                snprintf(rel, sizeof rel, "%s/%s", subs[s], n);
                char *c = strdup(rel);
                if (!c || hd_vec_push(*out, c) != 0) { free(c); closedir(dp); return -1; }
            }
        }
        closedir(dp);
        if (out->n > first) qsort(out->v + first, out->n - first, sizeof *out->v, cmp_strp);
    }
    static const char *const fixed[] = {"../cameo/codes.tsv", "/usr/share/hunspell/fr_FR.aff",
        "/usr/share/hunspell/fr_FR.dic", "/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic"};
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
        char *c = strdup(fixed[i]);
        if (!c || hd_vec_push(*out, c) != 0) { free(c); return -1; }
    }
    return 0;
}

static void free_strvec(strvec *v) {
    for (size_t i = 0; i < v->n; i++) free(v->v[i]);
    free(v->v);
}

static void source_path(const char *dir, const char *rel, char *out, size_t n) {
    if (rel[0] == '/') snprintf(out, n, "%s", rel);
    else snprintf(out, n, "%s/%s", dir, rel);
}

static int file_hash(const char *path, uint64_t *h) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    uint64_t x = 1469598103934665603ull;
    unsigned char buf[65536];
    ssize_t k;
    while ((k = read(fd, buf, sizeof buf)) > 0)
        for (ssize_t i = 0; i < k; i++) { x ^= buf[i]; x *= 1099511628211ull; }
    close(fd);
    if (k < 0) return -1;
    *h = x;
    return 0;
}

static uint64_t mtime_ns(const struct stat *st) {
    return (uint64_t)st->st_mtim.tv_sec * 1000000000ull + (uint64_t)st->st_mtim.tv_nsec;
}

/* ---------------------------------------------------------------- writer */

/* Pointer → offset of what the writer put there (strings, dated_code arrays). */
typedef struct { const void *k; uint64_t off; } pm_slot;
typedef struct { pm_slot *t; size_t cap, n; } ptrmap;

static size_t pm_pos(const ptrmap *m, const void *k) {
    size_t j = (size_t)(((uintptr_t)k >> 3) * 0x9E3779B97F4A7C15ull >> 17) & (m->cap - 1);
    while (m->t[j].k && m->t[j].k != k) j = (j + 1) & (m->cap - 1);
    return j;
}

static int pm_put(ptrmap *m, const void *k, uint64_t off) {
    if ((m->n + 1) * 2 > m->cap) {
        ptrmap nm = {calloc(m->cap ? m->cap * 2 : 4096, sizeof(pm_slot)), m->cap ? m->cap * 2 : 4096, 0};
        if (!nm.t) return -1;
        for (size_t i = 0; i < m->cap; i++)
            if (m->t[i].k) { nm.t[pm_pos(&nm, m->t[i].k)] = m->t[i]; nm.n++; }
        free(m->t);
        *m = nm;
    }
    size_t j = pm_pos(m, k);
    if (!m->t[j].k) m->n++;
    m->t[j].k = k;
    m->t[j].off = off;
    return 0;
}

static uint64_t pm_get(const ptrmap *m, const void *k, bool *bad) {
    if (!k) return 0;
    if (!m->cap) { *bad = true; return 0; }
    size_t j = pm_pos(m, k);
    if (!m->t[j].k) { *bad = true; return 0; }
    return m->t[j].off;
}

typedef struct {
    hd_buf b;
    ptrmap strs, dcs;
    bool bad;
} writer;

/* Append n bytes aligned to 8; returns their offset (0 for n == 0). */
static uint64_t put(writer *w, const void *p, size_t n) {
    if (!n) return 0;
    while (w->b.n % 8) if (hd_buf_putc(&w->b, 0)) w->bad = true;
    uint64_t off = w->b.n;
    if (hd_buf_put(&w->b, p, n)) w->bad = true;
    return off;
}

#define OFF(x) ((void *)(uintptr_t)(x))
/* Pad to 8 bytes: where the next section starts. */
static uint64_t align8(writer *w) {
    while (w->b.n % 8) if (hd_buf_putc(&w->b, 0)) { w->bad = true; break; }
    return w->b.n;
}
static uint64_t str_off(writer *w, const char *s) { return pm_get(&w->strs, s, &w->bad); }

/* An array of interned strings as offsets (in section S_KEYS). */
static uint64_t put_keys(writer *w, const char *const *k, size_t n) {
    if (!n) return 0;
    uint64_t *o = malloc(n * sizeof *o);
    if (!o) { w->bad = true; return 0; }
    for (size_t i = 0; i < n; i++) o[i] = str_off(w, k[i]);
    uint64_t off = put(w, o, n * sizeof *o);
    free(o);
    return off;
}

static void collect_msg(void *ctx, const char *msg) {
    strvec *v = ctx;
    char *c = strdup(msg);
    if (!c || hd_vec_push(*v, c) != 0) free(c);
}

int hd_dicts_compile(const char *dir, const char *out, unsigned flags, hd_diag_fn diag, void *ctx, char *err,
                     size_t errlen) {
    if (!dir) dir = hd_default_dict_dir();
    strvec msgs = {0}, srcs = {0};
    hd_dicts *d = hd_dicts_load(dir, flags, collect_msg, &msgs, err, errlen);
    for (size_t i = 0; i < msgs.n && diag; i++) diag(ctx, msgs.v[i]);
    if (!d) { free_strvec(&msgs); return HD_EDICT; }
    writer w = {0};
    int rc = HD_ENOMEM;
    char real[PATH_MAX];
    if (!realpath(dir, real)) snprintf(real, sizeof real, "%s", dir);
    if (list_sources(dir, &srcs) != 0) goto done;
    img_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMG_MAGIC, sizeof h.magic);
    h.version = IMG_VERSION;
    h.layout = layout_sig();
    if (hd_buf_put(&w.b, &h, sizeof h)) goto done;

    /* strings: the pool's, then the folder, source paths and messages */
    size_t cap, n;
    char *const *slots = hd_strpool_slots(d->pool, &cap, &n);
    h.str0 = w.b.n;
    for (size_t i = 0; i < cap; i++)
        if (slots[i]) {
            if (pm_put(&w.strs, slots[i], w.b.n) || hd_buf_put(&w.b, slots[i], strlen(slots[i]) + 1)) goto done;
        }
    if (pm_put(&w.strs, real, w.b.n) || hd_buf_put(&w.b, real, strlen(real) + 1)) goto done;
    for (size_t i = 0; i < srcs.n; i++)
        if (pm_put(&w.strs, srcs.v[i], w.b.n) || hd_buf_put(&w.b, srcs.v[i], strlen(srcs.v[i]) + 1)) goto done;
    for (size_t i = 0; i < msgs.n; i++)
        if (pm_put(&w.strs, msgs.v[i], w.b.n) || hd_buf_put(&w.b, msgs.v[i], strlen(msgs.v[i]) + 1)) goto done;
    if (hd_buf_putc(&w.b, 0)) goto done;
    h.str1 = w.b.n;
    h.dir = str_off(&w, real);

    /* sources */
    HD_VEC(img_source) sv = {0};
    for (size_t i = 0; i < srcs.n; i++) {
        char p[PATH_MAX];
        source_path(dir, srcs.v[i], p, sizeof p);
        struct stat st;
        img_source s = {str_off(&w, srcs.v[i]), 0, 0, 0};
        if (stat(p, &st) != 0 || file_hash(p, &s.hash) != 0) {
            hd_set_err(err, errlen, "%s: %s", p, strerror(errno));
            free(sv.v);
            rc = HD_EIO;
            goto done;
        }
        s.size = (uint64_t)st.st_size;
        s.mtime_ns = mtime_ns(&st);
        if (hd_vec_push(sv, s) != 0) { free(sv.v); goto done; }
    }
    h.sources = put(&w, sv.v, sv.n * sizeof *sv.v);
    h.nsources = sv.n;
    free(sv.v);

    /* pool slots */
    {
        uint64_t *o = calloc(cap, sizeof *o);
        if (!o) goto done;
        for (size_t i = 0; i < cap; i++) o[i] = slots[i] ? str_off(&w, slots[i]) : 0;
        h.pool = put(&w, o, cap * sizeof *o);
        h.pool_cap = cap;
        h.pool_n = n;
        free(o);
    }
    /* messages */
    {
        uint64_t *o = calloc(msgs.n + 1, sizeof *o);
        if (!o) goto done;
        for (size_t i = 0; i < msgs.n; i++) o[i] = str_off(&w, msgs.v[i]);
        h.msgs = put(&w, o, msgs.n * sizeof *o);
        h.nmsgs = msgs.n;
        free(o);
    }

    /* S_KEYS: phrase keys and pattern alternatives */
    HD_VEC(uint64_t) koff[NLANG] = {{0}}, aoff[NLANG] = {{0}};
    h.sec[S_KEYS][0] = align8(&w);
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        for (size_t i = 0; i < ld->phrases.n; i++)
            if (hd_vec_push(koff[l], put_keys(&w, ld->phrases.v[i].keys, ld->phrases.v[i].n))) w.bad = true;
        for (size_t i = 0; i < ld->patterns.n; i++)
            for (size_t e = 0; e < ld->patterns.v[i].nel; e++) {
                const pelem *pe = &ld->patterns.v[i].el[e];
                if (hd_vec_push(aoff[l], put_keys(&w, pe->alt, pe->nalt))) w.bad = true;
            }
    }
    h.sec[S_KEYS][1] = w.b.n;
    /* S_DC: dated codes (an actor line's codes are shared by its names) */
    h.sec[S_DC][0] = align8(&w);
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        for (size_t i = 0; i < ld->phrases.n; i++) {
            const phrase *p = &ld->phrases.v[i];
            bool miss = false;
            pm_get(&w.dcs, p->codes, &miss);
            if (!miss) continue;
            dated_code *dc = malloc(p->ncodes * sizeof *dc);
            if (!dc) goto done;
            for (uint32_t k = 0; k < p->ncodes; k++) {
                dc[k] = p->codes[k];
                dc[k].code = OFF(str_off(&w, p->codes[k].code));
            }
            if (pm_put(&w.dcs, p->codes, put(&w, dc, p->ncodes * sizeof *dc))) w.bad = true;
            free(dc);
        }
    }
    h.sec[S_DC][1] = w.b.n;
    /* S_IDX: bucket index arrays */
    HD_VEC(uint64_t) ioff[NLANG][2] = {{{0}}};
    h.sec[S_IDX][0] = align8(&w);
    for (int l = 0; l < NLANG; l++)
        for (int x = 0; x < 2; x++) {
            const index_t *ix = x ? &d->lang[l].pattern_ix : &d->lang[l].phrase_ix;
            for (size_t s = 0; s < ix->cap; s++)
                if (hd_vec_push(ioff[l][x], ix->b[s].key ? put(&w, ix->b[s].idx, ix->b[s].n * sizeof(uint32_t)) : 0)) w.bad = true;
        }
    h.sec[S_IDX][1] = w.b.n;
    /* S_PELEM: pattern elements */
    HD_VEC(uint64_t) eoff[NLANG] = {{0}};
    h.sec[S_PELEM][0] = align8(&w);
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        size_t a = 0;
        for (size_t i = 0; i < ld->patterns.n; i++) {
            const pattern *p = &ld->patterns.v[i];
            pelem *el = malloc((p->nel + 1) * sizeof *el);
            if (!el) goto done;
            for (size_t e = 0; e < p->nel; e++, a++) {
                el[e] = p->el[e];
                el[e].alt = OFF(a < aoff[l].n ? aoff[l].v[a] : 0);
            }
            if (hd_vec_push(eoff[l], put(&w, el, p->nel * sizeof *el))) w.bad = true;
            free(el);
        }
    }
    h.sec[S_PELEM][1] = w.b.n;
    /* S_MISC: phrases, patterns, buckets, codes */
    h.sec[S_MISC][0] = align8(&w);
    for (int l = 0; l < NLANG; l++) {
        lang_dict *ld = &d->lang[l];
        img_lang *il = &h.lang[l];
        phrase *ph = malloc((ld->phrases.n + 1) * sizeof *ph);
        pattern *pt = malloc((ld->patterns.n + 1) * sizeof *pt);
        if (!ph || !pt) { free(ph); free(pt); goto done; }
        for (size_t i = 0; i < ld->phrases.n; i++) {
            ph[i] = ld->phrases.v[i];
            ph[i].keys = OFF(koff[l].v[i]);
            ph[i].codes = OFF(pm_get(&w.dcs, ld->phrases.v[i].codes, &w.bad));
            ph[i].file = OFF(str_off(&w, ld->phrases.v[i].file));
        }
        for (size_t i = 0; i < ld->patterns.n; i++) {
            const pattern *p = &ld->patterns.v[i];
            pt[i] = *p;
            pt[i].code = OFF(str_off(&w, p->code));
            pt[i].el = OFF(eoff[l].v[i]);
            pt[i].topic = OFF(str_off(&w, p->topic));
            pt[i].file = OFF(str_off(&w, p->file));
        }
        il->phrases = put(&w, ph, ld->phrases.n * sizeof *ph);
        il->nphrases = ld->phrases.n;
        il->patterns = put(&w, pt, ld->patterns.n * sizeof *pt);
        il->npatterns = ld->patterns.n;
        free(ph);
        free(pt);
        for (int x = 0; x < 2; x++) {
            const index_t *ix = x ? &ld->pattern_ix : &ld->phrase_ix;
            bucket *bk = calloc(ix->cap + 1, sizeof *bk);
            if (!bk) goto done;
            for (size_t s = 0; s < ix->cap; s++) {
                if (!ix->b[s].key) continue;
                bk[s].key = OFF(str_off(&w, ix->b[s].key));
                bk[s].idx = OFF(ioff[l][x].v[s]);
                bk[s].n = bk[s].cap = ix->b[s].n;
            }
            uint64_t off = put(&w, bk, ix->cap * sizeof *bk);
            free(bk);
            if (x) { il->tix = off; il->tix_cap = ix->cap; il->tix_n = ix->n; }
            else { il->pix = off; il->pix_cap = ix->cap; il->pix_n = ix->n; }
        }
        memcpy(il->counts, ld->counts, sizeof il->counts);
        il->npat = ld->npatterns;
        il->ndisc = ld->ndiscards;
    }
    {
        hd_code_info *ci = malloc((d->ncodes + 1) * sizeof *ci);
        if (!ci) goto done;
        for (size_t i = 0; i < d->ncodes; i++) {
            ci[i] = d->codes[i];
            ci[i].code = OFF(str_off(&w, d->codes[i].code));
            ci[i].name = OFF(str_off(&w, d->codes[i].name));
            ci[i].plover = OFF(str_off(&w, d->codes[i].plover));
            ci[i].plover_mode = OFF(str_off(&w, d->codes[i].plover_mode));
        }
        h.codes = put(&w, ci, d->ncodes * sizeof *ci);
        h.ncodes = d->ncodes;
        free(ci);
    }
    h.sec[S_MISC][1] = w.b.n;
    h.errors = d->errors;
    h.bytes = d->bytes;
    h.files = d->files;
    for (int l = 0; l < NLANG; l++) { free(koff[l].v); free(aoff[l].v); free(eoff[l].v); free(ioff[l][0].v); free(ioff[l][1].v); }
    if (w.bad) { hd_set_err(err, errlen, "cannot compile the dictionaries (out of memory or a string outside the pool)"); rc = HD_EDICT; goto done; }
    h.size = w.b.n;
    h.checksum = checksum((const unsigned char *)w.b.p + sizeof h, w.b.n - sizeof h);
    memcpy(w.b.p, &h, sizeof h);
    /* written beside the target and renamed over it: a reader sees the old image or
       the new one, never half of one */
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", out, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) { hd_set_err(err, errlen, "%s: %s", tmp, strerror(errno)); rc = HD_EIO; goto done; }
    bool ok = fwrite(w.b.p, 1, w.b.n, f) == w.b.n;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, out) != 0) {
        hd_set_err(err, errlen, "%s: %s", out, strerror(errno));
        unlink(tmp);
        rc = HD_EIO;
        goto done;
    }
    rc = HD_OK;
done:
    if (rc == HD_ENOMEM) hd_set_err(err, errlen, "out of memory compiling the dictionaries");
    hd_buf_free(&w.b);
    free(w.strs.t);
    free(w.dcs.t);
    free_strvec(&msgs);
    free_strvec(&srcs);
    hd_dicts_free(d);
    return rc;
}

/* ---------------------------------------------------------------- reader */

typedef struct {
    char *base;
    size_t len;
    const img_header *h;
    const char *why;            /* the first problem found */
} rel;

static bool bad(rel *r, const char *why) { if (!r->why) r->why = why; return false; }

/* A relocated string field: inside the string area (which ends with a NUL). */
static bool fix_str(rel *r, const char **p, bool required) {
    uint64_t o = (uint64_t)(uintptr_t)*p;
    if (!o) { *p = NULL; return !required || bad(r, "a required string is missing"); }
    if (o < r->h->str0 || o >= r->h->str1) return bad(r, "a string offset is out of bounds");
    *p = r->base + o;
    return true;
}

/* A relocated array field: n elements of `size` inside section sec (or anywhere after
** the header when sec < 0), aligned. */
static bool fix_arr(rel *r, void *field, size_t size, uint64_t n, int sec) {
    uint64_t o;
    memcpy(&o, field, sizeof o);
    void *np = NULL;
    if (n == 0) { memcpy(field, &np, sizeof np); return true; }
    uint64_t lo = sec >= 0 ? r->h->sec[sec][0] : sizeof(img_header), hi = sec >= 0 ? r->h->sec[sec][1] : r->len;
    if (o < lo || o % 8 || n > (hi - lo) / size || o + n * size > hi) return bad(r, "an array is out of bounds");
    np = r->base + o;
    memcpy(field, &np, sizeof np);
    return true;
}

/* The indexes hash their keys' addresses (engine.h): in a new mapping the keys have
** new addresses, so the buckets are placed again in a table of their own (freed by
** hd_dicts_free), the same walk as dict.c's index_slot(). */
static int rehash_index(index_t *ix, const bucket *tb, size_t cap, size_t used) {
    if (!cap) return 0;
    bucket *nb = calloc(cap, sizeof *nb);
    if (!nb) return -1;
    for (size_t s = 0; s < cap; s++) {
        const bucket *b = &tb[s];
        if (!b->key) continue;
        size_t j = ((uintptr_t)b->key >> 4) * 0x9E3779B97F4A7C15ull >> 20;
        j &= cap - 1;
        while (nb[j].key) j = (j + 1) & (cap - 1);
        nb[j] = *b;
    }
    ix->b = nb;
    ix->cap = cap;
    ix->n = used;
    return 0;
}

/* Relocate and check the whole image into d.  Every pointer the coder follows is
** checked here: counts against their arrays, indexes against their targets. */
static bool relocate(rel *r, hd_dicts *d) {
    const img_header *h = r->h;
    if (h->str1 <= h->str0 || h->str1 > r->len || h->str0 < sizeof *h || r->base[h->str1 - 1] != 0)
        return bad(r, "bad string area");
    uint64_t prev = h->str1;
    for (int s = 0; s < 5; s++) {
        if (h->sec[s][0] > h->sec[s][1] || h->sec[s][1] > r->len || h->sec[s][0] < prev || h->sec[s][0] % 8)
            return bad(r, "bad section bounds");
        prev = h->sec[s][1];
    }
    /* S_KEYS: string offsets */
    for (uint64_t o = h->sec[S_KEYS][0]; o + 8 <= h->sec[S_KEYS][1]; o += 8)
        if (!fix_str(r, (const char **)(void *)(r->base + o), false)) return false;
    /* S_DC: dated codes */
    for (uint64_t o = h->sec[S_DC][0]; o + sizeof(dated_code) <= h->sec[S_DC][1]; o += sizeof(dated_code))
        if (!fix_str(r, &((dated_code *)(void *)(r->base + o))->code, true)) return false;
    /* S_PELEM */
    for (uint64_t o = h->sec[S_PELEM][0]; o + sizeof(pelem) <= h->sec[S_PELEM][1]; o += sizeof(pelem)) {
        pelem *e = (pelem *)(void *)(r->base + o);
        if (e->type < PE_WORD || e->type > PE_NOTARGET) return bad(r, "bad pattern element");
        if (e->type == PE_WORD && !e->nalt) return bad(r, "a pattern word without alternatives");
        if (!fix_arr(r, &e->alt, sizeof(char *), e->nalt, S_KEYS)) return false;
        for (int a = 0; a < e->nalt; a++) if (!e->alt[a]) return bad(r, "a pattern word is missing");
    }
    /* the string pool */
    if (h->pool_cap < 2 || (h->pool_cap & (h->pool_cap - 1)) || h->pool_n >= h->pool_cap) return bad(r, "bad string pool");
    uint64_t po = h->pool;
    if (!fix_arr(r, &po, sizeof(char *), h->pool_cap, -1)) return false;
    char **slots = (char **)(void *)(uintptr_t)po;
    for (uint64_t i = 0; i < h->pool_cap; i++)
        if (!fix_str(r, (const char **)&slots[i], false)) return false;
    if (!(d->pool = hd_strpool_borrow(slots, h->pool_cap, h->pool_n))) return bad(r, "out of memory");
    for (int l = 0; l < NLANG; l++) {
        const img_lang *il = &h->lang[l];
        lang_dict *ld = &d->lang[l];
        uint64_t o = il->phrases;
        if (!fix_arr(r, &o, sizeof(phrase), il->nphrases, S_MISC)) return false;
        ld->phrases.v = (phrase *)(uintptr_t)o;
        ld->phrases.n = ld->phrases.cap = il->nphrases;
        for (size_t i = 0; i < ld->phrases.n; i++) {
            phrase *p = &ld->phrases.v[i];
            if (!p->n || !p->ncodes || p->kind < K_COUNTRY || p->kind > K_AGENT) return bad(r, "bad phrase");
            if (!fix_arr(r, &p->keys, sizeof(char *), p->n, S_KEYS) || !fix_arr(r, &p->codes, sizeof(dated_code), p->ncodes, S_DC) ||
                !fix_str(r, &p->file, false))
                return false;
            if ((uint64_t)((char *)p->codes - r->base - h->sec[S_DC][0]) % sizeof(dated_code)) return bad(r, "misaligned codes");
            for (uint16_t k = 0; k < p->n; k++) if (!p->keys[k]) return bad(r, "a phrase key is missing");
        }
        o = il->patterns;
        if (!fix_arr(r, &o, sizeof(pattern), il->npatterns, S_MISC)) return false;
        ld->patterns.v = (pattern *)(uintptr_t)o;
        ld->patterns.n = ld->patterns.cap = il->npatterns;
        for (size_t i = 0; i < ld->patterns.n; i++) {
            pattern *p = &ld->patterns.v[i];
            if (!p->nel || !fix_arr(r, &p->el, sizeof(pelem), p->nel, S_PELEM)) return bad(r, "bad pattern");
            if ((uint64_t)((char *)p->el - r->base - h->sec[S_PELEM][0]) % sizeof(pelem)) return bad(r, "misaligned pattern");
            if (p->el[0].type != PE_WORD) return bad(r, "a pattern without an anchor");
            if (!fix_str(r, &p->code, !p->discard) || !fix_str(r, &p->topic, p->discard) || !fix_str(r, &p->file, false))
                return false;
            if (!p->discard && (strlen(p->code) < 3 || strlen(p->code) > 4)) return bad(r, "bad event code");
        }
        for (int x = 0; x < 2; x++) {
            index_t *ix = x ? &ld->pattern_ix : &ld->phrase_ix;
            uint64_t cap = x ? il->tix_cap : il->pix_cap, n = x ? il->tix_n : il->pix_n;
            size_t target = x ? ld->patterns.n : ld->phrases.n;
            o = x ? il->tix : il->pix;
            if (cap && ((cap & (cap - 1)) || n >= cap)) return bad(r, "bad index");
            if (!fix_arr(r, &o, sizeof(bucket), cap, S_MISC)) return false;
            bucket *tb = (bucket *)(uintptr_t)o;   /* in the mapping until rehashed */
            size_t used = 0;
            for (size_t s = 0; s < cap; s++) {
                bucket *b = &tb[s];
                if (!fix_str(r, &b->key, false)) return false;
                if (!b->key) { b->idx = NULL; b->n = b->cap = 0; continue; }
                used++;
                if (!fix_arr(r, &b->idx, sizeof(uint32_t), b->n, S_IDX)) return false;
                for (uint32_t j = 0; j < b->n; j++) if (b->idx[j] >= target) return bad(r, "an index entry is out of bounds");
            }
            if (cap && used >= cap) return bad(r, "a full index");
            if (rehash_index(ix, tb, cap, used) != 0) return bad(r, "out of memory");
        }
        memcpy(ld->counts, il->counts, sizeof ld->counts);
        ld->npatterns = il->npat;
        ld->ndiscards = il->ndisc;
    }
    uint64_t co = h->codes;
    if (!h->ncodes || !fix_arr(r, &co, sizeof(hd_code_info), h->ncodes, S_MISC)) return bad(r, "no code table");
    d->codes = (hd_code_info *)(uintptr_t)co;
    d->ncodes = h->ncodes;
    for (size_t i = 0; i < d->ncodes; i++) {
        hd_code_info *c = &d->codes[i];
        if (!fix_str(r, &c->code, true) || !fix_str(r, &c->name, true) || !fix_str(r, &c->plover, true) ||
            !fix_str(r, &c->plover_mode, true))
            return false;
    }
    d->errors = h->errors;
    d->bytes = h->bytes;
    d->files = h->files;
    return true;
}

/* Is every recorded source unchanged?  On no, why names the first that is not. */
static bool fresh(rel *r, const char *dir, char *why, size_t whylen) {
    const img_header *h = r->h;
    uint64_t so = h->sources;
    if (!fix_arr(r, &so, sizeof(img_source), h->nsources, -1)) { snprintf(why, whylen, "corrupt (%s)", r->why); return false; }
    const img_source *src = (const img_source *)(uintptr_t)so;
    strvec now = {0};
    if (list_sources(dir, &now) != 0) { snprintf(why, whylen, "out of memory"); return false; }
    bool ok = now.n == h->nsources;
    for (size_t i = 0; ok && i < now.n; i++) {
        const char *rp = (const char *)(uintptr_t)src[i].path;
        if (!fix_str(r, &rp, true)) { snprintf(why, whylen, "corrupt (%s)", r->why); free_strvec(&now); return false; }
        if (strcmp(rp, now.v[i])) ok = false;
    }
    if (!ok) {
        snprintf(why, whylen, "stale: the dictionary folders do not hold the same files");
        free_strvec(&now);
        return false;
    }
    for (size_t i = 0; i < now.n; i++) {
        char p[PATH_MAX];
        source_path(dir, now.v[i], p, sizeof p);
        struct stat st;
        uint64_t hh;
        if (stat(p, &st) != 0) { snprintf(why, whylen, "stale: %s is missing", p); ok = false; break; }
        if ((uint64_t)st.st_size != src[i].size) { snprintf(why, whylen, "stale: %s changed", p); ok = false; break; }
        if (mtime_ns(&st) == src[i].mtime_ns) continue;
        /* same size, another time (a checkout, a copy): the content decides */
        if (file_hash(p, &hh) != 0 || hh != src[i].hash) { snprintf(why, whylen, "stale: %s changed", p); ok = false; break; }
    }
    free_strvec(&now);
    return ok;
}

/* The image's bytes in private anonymous memory, 2 MB-aligned and marked for huge pages:
** relocation writes every page, and a file mapping (MAP_PRIVATE) took one copy-on-write
** fault per 4 KB page — some 1,800 for our 7 MB image, most of the load time on a
** virtual machine (0.037 s of 0.045 s there); a read into huge pages takes a handful.
** Without huge pages (the kernel's choice) it is one zero-fill fault a page, as before.
** NULL with errno set on failure; *maplen is the mapping's length (for munmap). */
static char *read_image(int fd, size_t len, size_t *maplen) {
    const size_t huge = (size_t)2 << 20;
    size_t want = (len + huge - 1) & ~(huge - 1), raw = want + huge;
    char *p = mmap(NULL, raw, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(uintptr_t)(huge - 1);
    size_t head = a - (uintptr_t)p, tail = raw - head - want;
    if (head) munmap(p, head);
    if (tail) munmap((char *)a + want, tail);
    char *base = (char *)a;
#ifdef MADV_HUGEPAGE
    (void)madvise(base, want, MADV_HUGEPAGE);   /* advice only: fine if refused */
#endif
    for (size_t off = 0; off < len;) {
        ssize_t k = pread(fd, base + off, len - off, (off_t)off);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) {
            int e = k < 0 ? errno : EIO;
            munmap(base, want);
            errno = e;
            return NULL;
        }
        off += (size_t)k;
    }
    *maplen = want;
    return base;
}

hd_dicts *hd_dicts_load_image(const char *path, const char *dir, hd_diag_fn diag, void *ctx, int *status, char *err,
                              size_t errlen) {
    int st_dummy;
    if (!status) status = &st_dummy;
    *status = HD_EIO;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) { hd_set_err(err, errlen, "%s: %s", path, strerror(errno)); return NULL; }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); hd_set_err(err, errlen, "%s: not a file", path); return NULL; }
    *status = HD_EDICT;
    size_t len = (size_t)st.st_size;
    if (len < sizeof(img_header)) { close(fd); hd_set_err(err, errlen, "%s: truncated image", path); return NULL; }
    /* read into private memory that relocation then writes, never the file */
    size_t maplen = 0;
    char *base = read_image(fd, len, &maplen);
    close(fd);
    if (!base) { *status = HD_EIO; hd_set_err(err, errlen, "%s: %s", path, strerror(errno)); return NULL; }
    img_header h;
    memcpy(&h, base, sizeof h);
    rel r = {base, len, (const img_header *)(void *)base, NULL};
    hd_dicts *d = NULL;
    char why[PATH_MAX + 128] = "";
    if (memcmp(h.magic, IMG_MAGIC, sizeof h.magic)) snprintf(why, sizeof why, "not a herodote dictionary image");
    else if (h.version != IMG_VERSION || h.layout != layout_sig())
        snprintf(why, sizeof why, "made by another version of herodote (recompile it: herodote dict compile)");
    else if (h.size != len) snprintf(why, sizeof why, "truncated or extended (%zu bytes, %llu expected)", len, (unsigned long long)h.size);
    else if (checksum((const unsigned char *)base + sizeof h, len - sizeof h) != h.checksum) snprintf(why, sizeof why, "corrupt (checksum)");
    else {
        const char *src_dir = (const char *)(uintptr_t)h.dir;
        char real[PATH_MAX];
        if (!fix_str(&r, &src_dir, true)) snprintf(why, sizeof why, "corrupt (%s)", r.why);
        else if (dir && (!realpath(dir, real) || strcmp(real, src_dir))) {
            /* an image of another folder: not an error, just not this one's */
            *status = HD_EIO;
            snprintf(why, sizeof why, "compiled from %s, not %s", src_dir, dir);
        } else if (fresh(&r, src_dir, why, sizeof why)) {
            if (!(d = calloc(1, sizeof *d))) snprintf(why, sizeof why, "out of memory");
            else if (!relocate(&r, d)) {
                snprintf(why, sizeof why, "corrupt (%s)", r.why);
                for (int l = 0; l < NLANG; l++) { free(d->lang[l].phrase_ix.b); free(d->lang[l].pattern_ix.b); }
                hd_strpool_free(d->pool);
                free(d);
                d = NULL;
            } else {
                snprintf(d->dir, sizeof d->dir, "%s", src_dir);
                d->image = base;
                d->image_len = maplen;
                d->unknown.code = "";
                d->unknown.name = "unknown code";
                d->unknown.plover = d->unknown.plover_mode = "";
            }
        }
    }
    if (!d) {
        munmap(base, maplen);
        hd_set_err(err, errlen, "%s: %s", path, why);
        return NULL;
    }
    /* the text load's messages, as it gave them */
    uint64_t mo = h.msgs;
    if (fix_arr(&r, &mo, sizeof(char *), h.nmsgs, -1)) {
        const uint64_t *m = (const uint64_t *)(uintptr_t)mo;
        for (uint64_t i = 0; i < h.nmsgs && diag; i++) {
            const char *s = (const char *)(uintptr_t)m[i];
            if (fix_str(&r, &s, true)) diag(ctx, s);
        }
    }
    *status = HD_OK;
    return d;
}

int hd_dicts_is_image(const hd_dicts *d) { return d && d->image; }

void hd_dictimg_reseal(void *img, size_t len) {
    if (len < sizeof(img_header)) return;
    img_header h;
    memcpy(&h, img, sizeof h);
    h.checksum = checksum((const unsigned char *)img + sizeof h, len - sizeof h);
    memcpy(img, &h, sizeof h);
}
