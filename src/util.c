/*
** util.c — buffers, arrays, string interning, UTF-8 and calendar helpers.
*/
#include "internal.h"
#include <utf8proc.h>

const char *hd_strerror(int status) {
    switch (status) {
    case HD_OK: return "ok";
    case HD_EOF: return "end of input";
    case HD_EBADINPUT: return "bad input";
    case HD_ENOMEM: return "out of memory";
    case HD_EIO: return "input/output error";
    case HD_EUSAGE: return "bad usage";
    case HD_EDICT: return "dictionary error";
    case HD_ELIMIT: return "limit exceeded";
    default: return "unknown error";
    }
}

void hd_set_err(char *buf, size_t len, const char *fmt, ...) {
    if (!buf || !len) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, len, fmt, ap);
    va_end(ap);
}

int hd_grow(void **p, size_t *cap, size_t elem, size_t need) {
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) {
        if (nc > SIZE_MAX / 2 / elem) return -1;
        nc *= 2;
    }
    void *q = realloc(*p, nc * elem);
    if (!q) return -1;
    *p = q;
    *cap = nc;
    return 0;
}

int hd_buf_reserve(hd_buf *b, size_t extra) {
    if (b->n + extra + 1 <= b->cap) return 0;
    if (extra > SIZE_MAX - b->n - 1) return -1;
    size_t need = b->n + extra + 1, cap = b->cap;
    void *p = b->p;
    if (hd_grow(&p, &cap, 1, need) != 0) return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

int hd_buf_printf(hd_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0) return -1;
    if ((size_t)k < sizeof tmp) return hd_buf_put(b, tmp, (size_t)k);
    if (hd_buf_reserve(b, (size_t)k) != 0) return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
    return 0;
}

void hd_buf_free(hd_buf *b) {
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

int hd_buf_json(hd_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    if (hd_buf_reserve(b, n + 8) != 0) return -1;
    size_t i = 0;
    while (i < n) {
        /* runs that need no escape are copied whole */
        size_t j = i;
        while (HD_SWAR && n - j >= 8) {   /* eight bytes a step (internal.h) */
            uint64_t m = hd_json_special8(hd_load8(s + j), false);
            if (m) { j += hd_first8(m); break; }
            j += 8;
        }
        while (j < n && (unsigned char)s[j] >= 0x20 && s[j] != '"' && s[j] != '\\') j++;
        if (j > i && hd_buf_put(b, s + i, j - i)) return -1;
        if (j == n) break;
        unsigned char c = (unsigned char)s[j];
        i = j + 1;
        char u[7];
        const char *esc;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
            u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
            esc = u;
        }
        if (hd_buf_puts(b, esc)) return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ string pool */
struct hd_strpool {
    char **slot;
    size_t cap, n;
    bool borrowed;      /* slots and strings belong to a mapped image: read-only */
};

hd_strpool *hd_strpool_new(void) {
    hd_strpool *sp = calloc(1, sizeof *sp);
    if (!sp) return NULL;
    sp->cap = 1024;
    sp->slot = calloc(sp->cap, sizeof *sp->slot);
    if (!sp->slot) { free(sp); return NULL; }
    return sp;
}

void hd_strpool_free(hd_strpool *sp) {
    if (!sp) return;
    if (sp->borrowed) { free(sp); return; }
    for (size_t i = 0; i < sp->cap; i++) free(sp->slot[i]);
    free(sp->slot);
    free(sp);
}

static int strpool_rehash(hd_strpool *sp) {
    size_t nc = sp->cap * 2;
    char **ns = calloc(nc, sizeof *ns);
    if (!ns) return -1;
    for (size_t i = 0; i < sp->cap; i++) {
        char *s = sp->slot[i];
        if (!s) continue;
        size_t j = hd_hash(s, strlen(s)) & (nc - 1);
        while (ns[j]) j = (j + 1) & (nc - 1);
        ns[j] = s;
    }
    free(sp->slot);
    sp->slot = ns;
    sp->cap = nc;
    return 0;
}

const char *hd_strpool_find(const hd_strpool *sp, const char *s, size_t n) {
    size_t j = hd_hash(s, n) & (sp->cap - 1);
    while (sp->slot[j]) {
        if (strncmp(sp->slot[j], s, n) == 0 && sp->slot[j][n] == '\0') return sp->slot[j];
        j = (j + 1) & (sp->cap - 1);
    }
    return NULL;
}

char *const *hd_strpool_slots(const hd_strpool *sp, size_t *cap, size_t *n) {
    *cap = sp->cap;
    *n = sp->n;
    return sp->slot;
}

hd_strpool *hd_strpool_borrow(char **slots, size_t cap, size_t n) {
    hd_strpool *sp = calloc(1, sizeof *sp);
    if (!sp) return NULL;
    sp->slot = slots;
    sp->cap = cap;
    sp->n = n;
    sp->borrowed = true;
    return sp;
}

const char *hd_intern(hd_strpool *sp, const char *s, size_t n) {
    if (sp->borrowed) return hd_strpool_find(sp, s, n);
    if (sp->n * 2 >= sp->cap && strpool_rehash(sp) != 0) return NULL;
    size_t j = hd_hash(s, n) & (sp->cap - 1);
    while (sp->slot[j]) {
        if (strncmp(sp->slot[j], s, n) == 0 && sp->slot[j][n] == '\0') return sp->slot[j];
        j = (j + 1) & (sp->cap - 1);
    }
    char *c = malloc(n + 1);
    if (!c) return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    sp->slot[j] = c;
    sp->n++;
    return c;
}

/* ------------------------------------------------------------------ UTF-8 */
int hd_utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
    if (n == 0) return 0;
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
    if (k <= 0) return -1;
    *cp = c;
    return (int)k;
}

int hd_utf8_encode(int32_t cp, char out[4]) {
    return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

bool hd_is_upper_cp(int32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool hd_is_alpha_cp(int32_t cp) {
    if (cp < 128) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;  /* letters and marks */
}

bool hd_is_digit_cp(int32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int hd_utf8_clean(const char *s, size_t n, hd_buf *out, unsigned *bad, unsigned *nul) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) i = 3;  /* BOM */
    if (hd_buf_reserve(out, n) != 0) return -1;
    while (i < n) {
        size_t j = i;
        while (j < n && u[j] >= 0x20 && u[j] < 0x80) j++;  /* ASCII run */
        if (j > i) { if (hd_buf_put(out, s + i, j - i)) return -1; i = j; continue; }
        unsigned char c = u[i];
        if (c == 0) { (*nul)++; if (hd_buf_putc(out, ' ')) return -1; i++; continue; }
        if (c == '\r') { if (i + 1 >= n || u[i + 1] != '\n') { if (hd_buf_putc(out, '\n')) return -1; } i++; continue; }
        if (c < 0x80) { if (hd_buf_putc(out, c)) return -1; i++; continue; }
        int32_t cp;
        int k = hd_utf8_decode(u + i, n - i, &cp);
        if (k <= 0) {
            (*bad)++;
            if (hd_buf_put(out, "\xEF\xBF\xBD", 3)) return -1;
            i++;
            while (i < n && (u[i] & 0xC0) == 0x80) i++;  /* resync */
            continue;
        }
        if (hd_buf_put(out, s + i, (size_t)k)) return -1;
        i += (size_t)k;
    }
    return 0;
}

/* ------------------------------------------------------------------ dates */
/* Howard Hinnant's days_from_civil algorithm (public domain description). */
int hd_days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int)doe - 719468;
}

void hd_civil_from_days(int z, int *y, int *m, int *d) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}

bool hd_date_valid(int y, int m, int d) {
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
    int md = mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    return d <= md;
}

static int digits(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int hd_date_parse(const char *s, size_t n, char out[11]) {
    int y, m, d;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4); m = digits(s + 5, 2); d = digits(s + 8, 2);
    } else if (n == 8) {
        y = digits(s, 4); m = digits(s + 4, 2); d = digits(s + 6, 2);
    } else if (n == 6) {   /* TABARI YYMMDD: 00-49 -> 20xx, 50-99 -> 19xx */
        y = digits(s, 2); m = digits(s + 2, 2); d = digits(s + 4, 2);
        if (y >= 0) y += y < 50 ? 2000 : 1900;
    } else {
        return HD_EBADINPUT;
    }
    if (y < 0 || m < 0 || d < 0 || !hd_date_valid(y, m, d)) return HD_EBADINPUT;
    out[0] = (char)('0' + y / 1000); out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10); out[3] = (char)('0' + y % 10); out[4] = '-';
    out[5] = (char)('0' + m / 10); out[6] = (char)('0' + m % 10); out[7] = '-';
    out[8] = (char)('0' + d / 10); out[9] = (char)('0' + d % 10); out[10] = '\0';
    return HD_OK;
}
