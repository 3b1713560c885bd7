/*
** normalize.c — the matching key of a token: case-folded, accents stripped,
** typographic apostrophes to ', ligatures split (œ → oe, æ → ae).
**
** utf8proc is the reference (CASEFOLD | DECOMPOSE | STRIPMARK | COMPAT).  Because it
** allocates per call, code points below 0x800 (Latin, Greek, Cyrillic, Hebrew,
** Arabic: everything our news text is mostly made of) are mapped once into a table
** at first use; the rest go through utf8proc one code point at a time.  A unit test
** checks the table against utf8proc for every code point it covers.
*/
#include "internal.h"
#include <pthread.h>
#include <utf8proc.h>

#define TAB_MAX 0x800
typedef struct { unsigned char len; char s[7]; } mapent;
static mapent tab[TAB_MAX];
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;

static size_t special(int32_t cp, char *out) {
    switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: case 0x0060: case 0x00B4:
        out[0] = '\''; return 1;
    case 0x0153: case 0x0152: memcpy(out, "oe", 2); return 2;
    case 0x00E6: case 0x00C6: memcpy(out, "ae", 2); return 2;
    case 0x2010: case 0x2011: out[0] = '-'; return 1;   /* Unicode hyphens */
    default: return 0;
    }
}

/* Reference mapping of one code point through utf8proc; returns bytes (<= 6). */
static size_t map_ref(int32_t cp, char *out) {
    size_t k = special(cp, out);
    if (k) return k;
    utf8proc_int32_t buf[8];
    int lbc = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 8,
        UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT, &lbc);
    if (n < 0 || n > 8) n = 0;
    size_t w = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        char e[4];
        int m = hd_utf8_encode(buf[i], e);
        if (w + (size_t)m > 6) break;
        memcpy(out + w, e, (size_t)m);
        w += (size_t)m;
    }
    return w;
}

static void tab_init(void) {
    for (int32_t cp = 0; cp < TAB_MAX; cp++) {
        char o[8];
        size_t k = map_ref(cp, o);
        tab[cp].len = (unsigned char)k;
        memcpy(tab[cp].s, o, k);
    }
}

size_t hd_normalize_ref(const char *s, size_t n, char *out, size_t outlen) {
    size_t w = 0, i = 0;
    if (!outlen) return 0;
    while (i < n) {
        int32_t cp;
        int k = hd_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k <= 0) { i++; continue; }
        i += (size_t)k;
        char o[8];
        size_t m = map_ref(cp, o);
        if (w + m >= outlen) break;
        memcpy(out + w, o, m);
        w += m;
    }
    out[w] = '\0';
    return w;
}

static bool tab_ready;   /* set (release) once tab_init has run: no pthread_once call per key */

static void tab_init_once(void) {
    tab_init();
    __atomic_store_n(&tab_ready, true, __ATOMIC_RELEASE);
}

size_t hd_normalize(const char *s, size_t n, char *out, size_t outlen) {
    if (!__atomic_load_n(&tab_ready, __ATOMIC_ACQUIRE)) pthread_once(&tab_once, tab_init_once);
    size_t w = 0, i = 0;
    if (!outlen) return 0;
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        /* eight ASCII bytes a step up to the first other byte or '`' (most of a key is
           ASCII even when its word is not): 'A'-'Z' get 0x20.  All eight are written but
           only the run is kept; the byte path below takes the byte that stopped it. */
        if (HD_SWAR && n - i >= 8 && w + 8 < outlen) {
            uint64_t x = hd_load8(u + i), low = x & ~HD_HIGH;
            uint64_t stop = (x & HD_HIGH) | hd_range8(low, '`', '`');
            uint64_t y = x | hd_range8(low, 'A', 'Z') >> 2;
            memcpy(out + w, &y, 8);
            size_t k = stop ? hd_first8(stop) : 8;
            i += k;
            w += k;
            if (k == 8) continue;
        }
        unsigned char c = u[i];
        if (c < 0x80) {
            if (w + 1 >= outlen) break;
            out[w++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '`' ? '\'' : c);
            i++;
            continue;
        }
        int32_t cp;
        int k;
        /* a well-formed two-byte sequence (U+0080-U+07FF: accented Latin and the like,
           nearly all of our non-ASCII) decoded here, without a call to utf8proc */
        if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (u[i + 1] & 0xC0) == 0x80) {
            cp = (int32_t)(c & 0x1F) << 6 | (u[i + 1] & 0x3F);
            k = 2;
        } else {
            k = hd_utf8_decode(u + i, n - i, &cp);
            if (k <= 0) { i++; continue; }
        }
        i += (size_t)k;
        size_t m;
        if (cp < TAB_MAX) {
            /* the table's seven bytes in one fixed copy (a copy of m bytes was a call to
               memcpy) when they fit, as the eight-byte steps above write past w */
            m = tab[cp].len;
            if (w + m >= outlen) break;
            if (w + sizeof tab[cp].s < outlen) memcpy(out + w, tab[cp].s, sizeof tab[cp].s);
            else memcpy(out + w, tab[cp].s, m);
        } else {
            char o[8];
            m = map_ref(cp, o);
            if (w + m >= outlen) break;
            memcpy(out + w, o, m);
        }
        w += m;
    }
    out[w] = '\0';
    return w;
}
