/*
** internal.h — private helpers shared by the library's modules: growable buffers,
** an arena, string interning and hashing.  Nothing here is API.
*/
#ifndef HD_INTERNAL_H
#define HD_INTERNAL_H

#include "herodote.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HD_PRIVATE __attribute__((visibility("hidden")))
#define HD_UNUSED(x) (void)(x)

/* Explicit limits (see herodote(1), "LIMITS"). */
#define HD_MAX_STORY_DEFAULT ((size_t)64 << 20)   /* 64 MiB per story */
#define HD_MAX_TOKENS_PER_SENTENCE 400            /* longer "sentences" are split */
#define HD_MAX_KEY 255                            /* bytes of a normalized token key */

/* One growable byte buffer. */
typedef struct hd_buf {
    char *p;
    size_t n, cap;
} hd_buf;

HD_PRIVATE int hd_buf_reserve(hd_buf *b, size_t extra);
/* Appends stay NUL-terminated.  Inline: output rows are made of many short appends,
** and a literal's length is then known at compile time. */
static inline int hd_buf_put(hd_buf *b, const void *s, size_t n) {
    if (b->n + n + 1 > b->cap && hd_buf_reserve(b, n) != 0) return -1;
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    return 0;
}
static inline int hd_buf_putc(hd_buf *b, int c) {
    if (b->n + 2 > b->cap && hd_buf_reserve(b, 1) != 0) return -1;
    b->p[b->n++] = (char)c;
    b->p[b->n] = '\0';
    return 0;
}
static inline int hd_buf_puts(hd_buf *b, const char *s) { return hd_buf_put(b, s, strlen(s)); }
HD_PRIVATE int hd_buf_printf(hd_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
HD_PRIVATE void hd_buf_free(hd_buf *b);
/* JSON string body escaping (no surrounding quotes). */
HD_PRIVATE int hd_buf_json(hd_buf *b, const char *s, size_t n);

/* Growable array of fixed-size elements. */
#define HD_VEC(T) struct { T *v; size_t n, cap; }
#define hd_vec_push(vec, x) \
    (((vec).n < (vec).cap || hd_grow((void **)&(vec).v, &(vec).cap, sizeof(*(vec).v), (vec).n + 1) == 0) \
         ? ((vec).v[(vec).n++] = (x), 0) : -1)
HD_PRIVATE int hd_grow(void **p, size_t *cap, size_t elem, size_t need);

/* Interned strings: a hash set that owns copies; returns a stable pointer. */
typedef struct hd_strpool hd_strpool;
HD_PRIVATE hd_strpool *hd_strpool_new(void);
HD_PRIVATE void hd_strpool_free(hd_strpool *sp);
HD_PRIVATE const char *hd_intern(hd_strpool *sp, const char *s, size_t n);
/* Read-only lookup: the interned copy of s, or NULL (safe to share between threads). */
HD_PRIVATE const char *hd_strpool_find(const hd_strpool *sp, const char *s, size_t n);
/* The slot table (cap entries, NULL when empty) and count, for writing an image. */
HD_PRIVATE char *const *hd_strpool_slots(const hd_strpool *sp, size_t *cap, size_t *n);
/* A read-only pool over slots it does not own (a mapped dictionary image): freeing it
** frees only the pool; hd_intern() on it finds, never adds. */
HD_PRIVATE hd_strpool *hd_strpool_borrow(char **slots, size_t cap, size_t n);

static inline uint64_t hd_hash(const void *p, size_t n) {
    /* FNV-1a, 64 bit: short keys, good enough spread for open addressing. */
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) { h ^= s[i]; h *= 1099511628211ull; }
    return h ^ (h >> 29);
}

/* Word-at-a-time scanning: eight bytes per step where a loop would test one.  Each
** test below is exact per byte (no carry crosses bytes: the 7-bit values are added
** to constants that keep every sum under 0x100), and sets a byte's high bit.  Only
** little-endian machines can take the first such byte with ctz; others (HD_SWAR 0)
** keep the byte loops, which always finish what the 8-byte steps leave. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HD_SWAR 1
#else
#define HD_SWAR 0
#endif
#define HD_ONES 0x0101010101010101ull
#define HD_HIGH 0x8080808080808080ull
static inline uint64_t hd_load8(const void *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
/* Marks the bytes of low (bytes < 0x80: x & ~HD_HIGH) within [lo, hi]. */
static inline uint64_t hd_range8(uint64_t low, unsigned lo, unsigned hi) {
    return (low + HD_ONES * (0x80 - lo)) & ~(low + HD_ONES * (0x7f - hi)) & HD_HIGH;
}
/* The index of the first marked byte of a nonzero mask. */
static inline size_t hd_first8(uint64_t m) { return (size_t)__builtin_ctzll(m) >> 3; }
/* Marks the bytes a JSON string cannot hold as they are: control characters (< 0x20),
** '"' and '\\'; and, when nonascii, the bytes >= 0x80 too. */
static inline uint64_t hd_json_special8(uint64_t x, bool nonascii) {
    const uint64_t low = x & ~HD_HIGH;
    uint64_t ok = (low + HD_ONES * (0x80 - 0x20)) & ((low ^ HD_ONES * '"') + ~HD_HIGH) &
                  ((low ^ HD_ONES * '\\') + ~HD_HIGH);   /* low >= 0x20, != '"', != '\\' */
    return (nonascii ? ~ok | x : ~ok & ~x) & HD_HIGH;
}

/* UTF-8 */
HD_PRIVATE int hd_utf8_decode(const unsigned char *s, size_t n, int32_t *cp); /* bytes used, <=0 bad */
HD_PRIVATE int hd_utf8_encode(int32_t cp, char out[4]);
HD_PRIVATE bool hd_is_upper_cp(int32_t cp);
HD_PRIVATE bool hd_is_alpha_cp(int32_t cp);
HD_PRIVATE bool hd_is_digit_cp(int32_t cp);
/* Sanitize in place into `out`: invalid sequences -> U+FFFD, NUL -> ' ', BOM dropped
** at offset 0, CRLF -> LF.  Counts in *bad and *nul. */
HD_PRIVATE int hd_utf8_clean(const char *s, size_t n, hd_buf *out, unsigned *bad, unsigned *nul);

/* Morphology (morph.c) */
typedef struct hd_morph hd_morph;
/* A surface form's analysis, which is also the morphology cache's entry for it.  The
** coder owning the morphology fills the fields from `ann` on at the form's first token
** (annotated for the dictionaries `ann`), so each later token of that form costs no
** lookup at all.  An entry is three cache lines, in the order a token reads them: the
** cache's lookup, the lemmas and the coder's test `ann` in the first; what the coder
** copies for every token in the first two; what some tokens need in the third. */
#define HD_LEX_INLINE 16
typedef struct hd_lex {
    /* line 0: morph.c's lookup (surface bytes, inline when shorter than HD_LEX_INLINE,
       else interned; their length; the language, 2 for a non-word) */
    _Alignas(64) union { char inl[HD_LEX_INLINE]; const char *ext; } surface;
    uint32_t slen;
    uint8_t lang;
    uint8_t pos;
    bool gmore;                 /* geo.c: the key is a proper prefix of a longer name's key */
    uint8_t gloc;               /* geo.c: per language, is_locative known (bit lang) and its answer (lang << 2) */
    const char *lemma, *lemma2;
    const void *ann;            /* the coder the fields below were computed for */
    const char *dk, *dl;        /* the dictionaries' interned key, lemma, */
    /* line 1 */
    const char *dl2;            /*   and lemma2, or NULL */
    uint64_t km, lm;            /* word-list bits (coder.c) of the key and of the lemma */
    uint64_t kh;                /* hd_hash of the key (coder.c: the story's aliases) */
    uint64_t kb;                /* the bits of dk, dl, dl2 of 64 (coder.c: a test before matching) */
    uint64_t fb;                /* the filter bits of dk, dl, dl2 (coder.c: the sentence's filter) without
                                   repeats, 16 bits each from bit 0, their number in bits 48-49, and
                                   in bit 63 whether the word anchors verb patterns (npat) */
    const struct hd_phslot *phr[2];   /* per language: the phrases starting with the key (the coder's slot) */
    /* line 2 */
    const void *pat[3];         /* a word's verb patterns anchored on dk, dl, dl2 (its language's): */
    uint32_t npat[3];           /*   the coder's first filter entry for each, and their number (0 for
                                     a key the word does not anchor through) */
    const char *ck;             /* the key interned in the coder's pool, or NULL until needed */
    const void *gz, *gslot;     /* geo.c: the gazetteer, and its slot for the key (or NULL) */
} hd_lex;
HD_PRIVATE hd_morph *hd_morph_new(const char *dir, char *err, size_t errlen);
HD_PRIVATE void hd_morph_free(hd_morph *m);
/* Wait for the threads loading Hunspell's dictionaries in the background (before a
** process exits without freeing its morphology objects). */
HD_PRIVATE void hd_morph_settle(void);
/* surface is the exact token text; key its normalized form. lang 0=fr 1=en */
HD_PRIVATE hd_lex *hd_morph_lookup(hd_morph *m, int lang, const char *surface, size_t n,
                                         const char *key, size_t klen);
/* The cache entry of a non-word token (punctuation, number): no analysis, lemma = key. */
HD_PRIVATE hd_lex *hd_morph_plain(hd_morph *m, const char *surface, size_t n, const char *key, size_t klen);
/* The morphology cache's hash of (language, surface).  Every token is hashed, so
** inline and eight bytes a step rather than FNV's one (the cache lives in memory
** only; hd_hash, which the dictionary image stores, is not this).  A tail of 1-7
** bytes is read by two overlapping loads, never past the surface; the length and the
** language go in first, so "ab" and "ab\0" or a French and an English "a" differ. */
static inline uint64_t hd_morph_hash(int lang, const char *s, size_t n) {
    const uint64_t mul = 0x9E3779B97F4A7C15ull;
    uint64_t h = ((uint64_t)n << 2 | (uint64_t)lang) * mul;
    const unsigned char *p = (const unsigned char *)s;
    for (; n >= 8; p += 8, n -= 8) {
        h = (h ^ hd_load8(p)) * mul;
        h ^= h >> 32;
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        h = (h ^ ((uint64_t)a << 32 | b)) * mul;
    } else if (n) {
        h = (h ^ ((uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1])) * mul;
    }
    /* the table takes the low bits: fold the high ones (the products' best) down */
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}
/* The same two with the form's hash given (hd_morph_hash; lang 2 for a non-word), and
** a prefetch of what a lookup of that hash reads: its table slot (entry false), then
** the entry the slot holds (entry true, once the slot has had time to arrive).  A
** document's lookups are pipelined this way: the cache is larger than the CPU's.
** The prefetch is inline, called twice per token: hence the cache's table, the head
** of every hd_morph (its first member), is declared here; a slot is a form's hash and
** its entry (NULL when free); of an entry (hd_lex), HD_MORPH_ENT_LINES cache lines
** are prefetched: a lookup reads the first, a token's coding the first two.
** always_inline: GCC 12 (-O2) took the function, only loads and prefetches, for one
** without effects and deleted its calls before inlining it; hd_analyze had no
** prefetch at all, and its lookups waited for most slots and entries. */
typedef struct { uint64_t h; struct hd_lex *e; } hd_morph_slot;
typedef struct { hd_morph_slot *tab; size_t cap; } hd_morph_head;
#define HD_MORPH_ENT_LINES 2
static inline __attribute__((always_inline)) void hd_morph_prefetch(const hd_morph *m, uint64_t h, bool entry) {
    const hd_morph_head *mh = (const hd_morph_head *)(const void *)m;
    const hd_morph_slot *sl = &mh->tab[h & (mh->cap - 1)];
    if (!entry) { __builtin_prefetch(sl); return; }
    const char *e = (const char *)sl->e;
    if (!e) return;
    for (size_t k = 0; k < HD_MORPH_ENT_LINES; k++) __builtin_prefetch(e + 64 * k);
}
HD_PRIVATE hd_lex *hd_morph_lookup_h(hd_morph *m, int lang, const char *surface, size_t n, const char *key,
                                     size_t klen, uint64_t h);
/* memcmp(a, b, n) == 0 for the short surfaces of words, without a call: eight bytes
** a step, the last step (or the 4-byte one) overlapping the one before, never past n. */
static inline bool hd_same_bytes(const char *a, const char *b, size_t n) {
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (hd_load8(a + i) != hd_load8(b + i)) return false;
        return hd_load8(a + n - 8) == hd_load8(b + n - 8);
    }
    if (n >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, a, 4), memcpy(&y, b, 4), memcpy(&u, a + n - 4, 4), memcpy(&v, b + n - 4, 4);
        return x == y && u == v;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}
static inline const char *hd_lex_surface(const hd_lex *e) {
    return e->slen < HD_LEX_INLINE ? e->surface.inl : e->surface.ext;
}
/* The entry in the hash's own slot when it is this form's, else NULL (then
** hd_morph_lookup_h probes on, or makes it): most of a document's lookups, inline
** where hd_analyze makes them, without the two calls of a lookup. */
static inline hd_lex *hd_morph_hit(const hd_morph *m, int lang, const char *s, size_t n, uint64_t h) {
    const hd_morph_head *mh = (const hd_morph_head *)(const void *)m;
    const hd_morph_slot *sl = &mh->tab[h & (mh->cap - 1)];
    hd_lex *e = sl->e;
    return e && sl->h == h && e->lang == lang && e->slen == n && hd_same_bytes(hd_lex_surface(e), s, n) ? e : NULL;
}
HD_PRIVATE hd_lex *hd_morph_plain_h(hd_morph *m, const char *surface, size_t n, const char *key, size_t klen,
                                    uint64_t h);

/* Tokenizer/segmenter (text.c) */
struct hd_doc_priv;
/* d->text and d->len must be text and len (the ASCII key copy reads up to d->len). */
HD_PRIVATE int hd_tokenize(hd_doc *d, const char *text, size_t len, int lang);
HD_PRIVATE extern bool hd_tokenize_general_only;   /* tests: no ASCII fast path */
HD_PRIVATE int hd_segment(hd_doc *d);

/* hd_analyze with a coder's per-token copies made in its lookup loop (the coder's
** hd_code_story): a token whose entry is annotated for `owner` (hd_lex.ann) has the
** fields below copied while hd_analyze holds its entry, which a later pass would read
** again from the cache (or memory: a story's entries are scattered); the others'
** indexes go to `pend`, for the coder to annotate and copy.  `grow` makes room for n
** tokens (and n pending) once the story is tokenized, and sets the arrays. */
typedef struct hd_lex_sink {
    const void *owner;
    int lang;                   /* the coder's language: which phr[] is copied */
    int (*grow)(struct hd_lex_sink *k, size_t n);
    void *ctx;                  /* grow's */
    const char **tk, **tl, **tl2;
    uint64_t *wm, *lm, *kh, *kb, *fb;
    const struct hd_phslot **ph;
    uint32_t *pend;
    size_t npend;
} hd_lex_sink;
HD_PRIVATE int hd_analyze_sink(hd_pipeline *p, const hd_story *s, hd_doc *d, hd_lex_sink *k);

/* Date helpers (date.c) */
HD_PRIVATE int hd_days_from_civil(int y, int m, int d);          /* days since 1970-01-01 */
HD_PRIVATE void hd_civil_from_days(int z, int *y, int *m, int *d);
HD_PRIVATE bool hd_date_valid(int y, int m, int d);

/* Geography (geo.c): the places a sentence names after a locative, then the one
** nearest a byte offset (hd_geo_find() is the two in one). */
typedef struct hd_geo_hit { const hd_place *place; uint32_t start, end, at; } hd_geo_hit;
typedef HD_VEC(hd_geo_hit) hd_geo_hits;
HD_PRIVATE int hd_geo_sentence(const hd_gazetteer *g, const hd_doc *d, size_t sentence, hd_geo_hits *out);
HD_PRIVATE const hd_place *hd_geo_pick(const hd_geo_hits *h, uint32_t near, uint32_t *start, uint32_t *end);
HD_PRIVATE size_t hd_geo_place_at(const hd_gazetteer *g, const hd_doc *d, size_t sentence, size_t i,
                                  const hd_place **out);

HD_PRIVATE size_t hd_normalize_ref(const char *s, size_t n, char *out, size_t outlen);
HD_PRIVATE void hd_set_err(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
