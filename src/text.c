/*
** text.c — tokenizer and sentence segmenter for French and English news text.
**
** Tokens are byte spans into the story text plus a normalized key.  Words keep their
** internal hyphens (Kassym-Jomart, sud-coréen, porte-parole: one token each), except
** French inverted subject pronouns (a-t-il → "a" + "il").  Elided French articles and
** pronouns are their own tokens ending in an apostrophe (l'Iran → "l'" + "Iran"), and
** English possessives split off ("Iran's" → "Iran" + "'s").  Abbreviations and
** initials keep their dot (M., Mme, Dr., U.S., J.), so the segmenter never breaks
** after them.  Dictionary phrases are tokenized by this same code, so whatever it
** does, text and dictionaries agree.
*/
#include "doc.h"

/* French elision prefixes (normalized, without the apostrophe). */
static const char *const elisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu",
                                       "jusqu", "lorsqu", "puisqu", "quoiqu", NULL};
/* Abbreviations that keep their final dot (normalized, without the dot), by first
** letter: every word before a period is looked up, and one short list is a tenth of
** the scan of them all. */
#define L (const char *const[])
static const char *const *const abbrevs[26] = {
    ['a' - 'a'] = L{"av", "adm", "art", "al", "apr", "aug", "avr", NULL},
    ['b' - 'a'] = L{"bd", "brig", NULL},
    ['c' - 'a'] = L{"col", "cdt", "capt", "cpt", "cf", "corp", "co", "ca", NULL},
    ['d' - 'a'] = L{"dr", "dept", "dec", NULL},
    ['e' - 'a'] = L{"etc", "env", NULL},
    ['f' - 'a'] = L{"fig", "ft", "feb", "fev", NULL},
    ['g' - 'a'] = L{"gen", "gal", "gov", NULL},
    ['h' - 'a'] = L{"hon", NULL},
    ['i' - 'a'] = L{"inc", NULL},
    ['j' - 'a'] = L{"jr", "jan", "jun", "jul", "janv", "juil", NULL},
    ['l' - 'a'] = L{"lt", "ltd", NULL},
    ['m' - 'a'] = L{"m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "mr", "mrs", "ms", "maj",
                   "messrs", "mt", "mar", "min", NULL},
    ['n' - 'a'] = L{"no", "nos", "nov", NULL},
    ['o' - 'a'] = L{"oct", NULL},
    ['p' - 'a'] = L{"pr", "prof", "p", "pp", NULL},
    ['r' - 'a'] = L{"rep", "rev", NULL},
    ['s' - 'a'] = L{"st", "ste", "sgt", "sen", "sr", "sep", "sept", NULL},
    ['v' - 'a'] = L{"vs", "vol", NULL},
};
#undef L
static const char *const inv_pronouns[] = {"il", "elle", "ils", "elles", "on", "je", "tu",
                                           "nous", "vous", "ce", NULL};

/* s has n bytes, and at least one (s[0] is read even when n is 0: s[n] is then a NUL).
** A word of the list is s when their bytes agree up to n and the word ends there: the
** comparison stops at the word's NUL, so no strlen of it per word. */
static bool in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++) {
        const char *w = *list;
        if (w[0] != s[0]) continue;
        size_t k = 0;
        while (k < n && w[k] && w[k] == s[k]) k++;
        if (k == n && !w[n]) return true;
    }
    return false;
}

/* key (NUL-terminated, n bytes) is an abbreviation of the list above */
static bool is_abbrev(const char *key, size_t n) {
    unsigned l = (unsigned char)key[0] - 'a';
    return l < 26 && abbrevs[l] && in_list(abbrevs[l], key, n);
}

/* ASCII first: most text is, and these are called for every character. */
static inline bool is_alpha(int32_t c) { return c < 128 ? (unsigned)((c | 32) - 'a') < 26 : hd_is_alpha_cp(c); }
static inline bool is_digit(int32_t c) { return c < 128 ? (unsigned)(c - '0') < 10 : hd_is_digit_cp(c); }
static inline bool is_upper(int32_t c) { return c < 128 ? (unsigned)(c - 'A') < 26 : hd_is_upper_cp(c); }

static bool is_space_cp(int32_t cp) {
    if (cp > ' ' && cp < 0x80) return false;   /* visible ASCII */
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x200B || cp == 0x2007 ||
           cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0xFEFF;
}

static bool is_apos_cp(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
static bool is_hyphen_cp(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static inline int32_t cp_at(const unsigned char *s, size_t n, size_t i, int *k) {
    if (i >= n) { *k = 0; return -1; }
    if (s[i] < 0x80) { *k = 1; return s[i]; }
    int32_t cp;
    int m = hd_utf8_decode(s + i, n - i, &cp);
    if (m <= 0) { *k = 1; return 0xFFFD; }
    *k = m;
    return cp;
}

/* Room at the keys buffer's end for the longest key and 8 bytes more (the ASCII
** copies write whole words): a key is normalized straight into it. */
static inline int key_room(hd_doc *d) {
    return d->keys.n + HD_MAX_KEY + 10 > d->keys.cap && hd_buf_reserve(&d->keys, HD_MAX_KEY + 9) != 0 ? -1 : 0;
}

/* The token whose key (kl bytes) is at the keys buffer's end, after key_room.  Every
** field of d is read before the first store: a store of a byte (a key's, a token's
** kind) may alias any of them, and the compiler would read each again after it. */
static inline __attribute__((always_inline)) int push_keyed(hd_doc *d, uint32_t off, uint32_t len, size_t kl, uint8_t kind,
                                                             uint8_t flags, uint8_t ws) {
    size_t tn = d->toks.n, on = d->keyoff.n;
    if ((tn == d->toks.cap && hd_grow((void **)&d->toks.v, &d->toks.cap, sizeof *d->toks.v, tn + 1)) ||
        (on == d->keyoff.cap && hd_grow((void **)&d->keyoff.v, &d->keyoff.cap, sizeof *d->keyoff.v, on + 1)))
        return -1;
    char *kp = d->keys.p;
    size_t ko = d->keys.n;
    hd_token *tv = d->toks.v;
    uint32_t *ov = d->keyoff.v;
    d->keys.n = ko + kl + 1;
    d->toks.n = tn + 1;
    d->keyoff.n = on + 1;
    kp[ko + kl] = '\0';
    kp[ko + kl + 1] = '\0';
    /* written in place: a token made on the stack and pushed costs a copy */
    tv[tn] = (hd_token){.off = off, .len = len, .klen = (uint16_t)kl, .kind = kind, .flags = flags, .ws = ws};
    ov[on] = (uint32_t)ko;
    return 0;
}

/* ascii: the token is ASCII letters and digits only, whose key is its lower case.
** Inlined where the fast paths push (a call costs its registers' saves per token). */
static inline __attribute__((always_inline)) int push_tok_as(hd_doc *d, uint32_t off, uint32_t len, uint8_t kind, uint8_t flags, uint8_t ws, bool ascii) {
    if (key_room(d)) return -1;
    const char *text = d->text;
    size_t tlen = d->len;   /* (read once: the copy's stores may alias d->len) */
    char *o = d->keys.p + d->keys.n;
    size_t kl;
    if (ascii && len <= HD_MAX_KEY) {
        const unsigned char *t = (const unsigned char *)text + off;
        uint32_t q = 0;
        /* lower case eight bytes a step: 'A'-'Z' get 0x20; a last word may read text
           past the token (not past the story) and write past the key (its NUL and the
           next key overwrite that) */
        for (; HD_SWAR && q < len && off + q + 8 <= tlen; q += 8) {
            uint64_t x = hd_load8(t + q);
            x |= hd_range8(x & ~HD_HIGH, 'A', 'Z') >> 2;
            memcpy(o + q, &x, 8);
        }
        for (; q < len; q++) o[q] = (char)(t[q] | ((unsigned)(t[q] - 'A') < 26 ? 32 : 0));
        kl = len;
    } else {
        kl = hd_normalize(text + off, len, o, HD_MAX_KEY + 1);
    }
    return push_keyed(d, off, len, kl, kind, flags, ws);
}

static __attribute__((noinline)) int push_tok(hd_doc *d, uint32_t off, uint32_t len, uint8_t kind, uint8_t flags,
                                              uint8_t ws) {
    return push_tok_as(d, off, len, kind, flags, ws, false);
}

/* The common case in one pass: a word of ASCII letters and digits and of the Latin-1
** letters (U+00C0-U+00FF but the signs x and /, two bytes each: é, À, ç) that nothing can
** join or split (it ends at a space, a punctuation mark other than - ' ` . , or the
** end of the text, and is not a number or a one-letter segment before a dot).  Returns its
** end and sets *fl, *numeric and *plain (ASCII only: its key is its lower case); 0 when
** the general path must decide.  It writes the word's lower case to o as it goes (room
** for HD_MAX_KEY + 9 bytes, after key_room): a plain word's key, made in the same pass
** (a longer word's bytes past HD_MAX_KEY are not written; its key is normalized). */
bool hd_tokenize_general_only;   /* tests: every word through the general path */

static inline bool latin1_letter(const unsigned char *s, size_t n, size_t j) {
    return j + 1 < n && s[j] == 0xC3 && (s[j + 1] & 0xC0) == 0x80 && s[j + 1] != 0x97 && s[j + 1] != 0xB7;
}

static size_t fast_word(const unsigned char *s, size_t n, size_t i, char *o, uint8_t *fl, bool *numeric, bool *plain) {
    size_t j = i;
    int letters = 0;   /* only 0, 1 and "2 or more" matter: a step adds at most 2 */
    bool allcaps = true, ascii = true;
    for (;;) {
        /* eight bytes a step: the letters and digits up to the first other byte (the
           byte loop then stops on it at once, or finishes the last few) */
        while (HD_SWAR && n - j >= 8) {
            uint64_t x = hd_load8(s + j), low = x & ~HD_HIGH;
            uint64_t up = hd_range8(low, 'A', 'Z'), lo = hd_range8(low, 'a', 'z');
            uint64_t stop = (~(up | lo | hd_range8(low, '0', '9')) | x) & HD_HIGH;
            uint64_t keep = (stop & (0 - stop)) - 1;   /* the bits before the first stop (all without one) */
            uint64_t let = (up | lo) & keep;
            /* all eight, lower-cased ('A'-'Z' get 0x20): what follows the word is
               overwritten by its key's NUL and the next key */
            if (j - i < HD_MAX_KEY) { uint64_t y = x | up >> 2; memcpy(o + (j - i), &y, 8); }
            letters += (let != 0) + ((let & (let - 1)) != 0);
            if (lo & keep) allcaps = false;
            if (stop) { j += hd_first8(stop); break; }
            j += 8;
        }
        for (; j < n; j++) {
            unsigned b = s[j];
            if ((b | 32) - 'a' < 26) { letters++; if (b >= 'a') allcaps = false; }
            else if (b - '0' >= 10) break;
            if (j - i < HD_MAX_KEY) o[j - i] = (char)(b | ((b - 'A') < 26 ? 32 : 0));
        }
        if (!latin1_letter(s, n, j)) break;
        letters++;
        if (s[j + 1] >= 0x9F) allcaps = false;   /* U+00DF-U+00FF are lower case */
        ascii = false;
        j += 2;
    }
    unsigned stop = j < n ? s[j] : ' ';
    if (stop >= 0x80 || stop == '-' || stop == '\'' || stop == '`') return 0;
    /* 1,5 / 3.2 / U.S. / É.-U. */
    if ((stop == '.' || stop == ',') && (!letters || j - i == 1 || (!ascii && j - i == 2))) return 0;
    *numeric = letters == 0;
    *plain = ascii;
    bool cap = (unsigned)(s[i] - 'A') < 26 || (s[i] == 0xC3 && s[i + 1] < 0x9F);
    *fl = (uint8_t)((cap ? HD_TF_CAP : 0) | (allcaps && letters >= 2 ? HD_TF_ALLCAPS : 0));
    return j;
}

/* A French elided article or pronoun at i (l', d', qu', jusqu'…: the ASCII letters of
** the list, an apostrophe, then a letter or digit, which the general path would join
** into one word and split again).  Returns its length, apostrophe included, and sets
** *apos to the apostrophe's; 0 when there is none. */
static size_t elision_at(const unsigned char *s, size_t n, size_t i, size_t *apos) {
    size_t j = i;
    while (j < n && j - i < 7 && (unsigned)((s[j] | 32) - 'a') < 26) j++;
    if (j == i || j - i > 6 || j >= n) return 0;
    size_t a = s[j] == '\'' ? 1
             : j + 2 < n && s[j] == 0xE2 && s[j + 1] == 0x80 && s[j + 2] == 0x99 ? 3
             : j + 1 < n && s[j] == 0xCA && s[j + 1] == 0xBC ? 2 : 0;
    if (!a) return 0;
    int k;
    int32_t nx = cp_at(s, n, j + a, &k);
    if (nx < 0 || !(is_alpha(nx) || is_digit(nx))) return 0;
    char pre[8];
    for (size_t q = i; q < j; q++) pre[q - i] = (char)(s[q] | 32);
    pre[j - i] = 0;
    if (!in_list(elisions, pre, j - i)) return 0;
    *apos = a;
    return j + a - i;
}

/* HD_TF_CAP when the word [st, e) starts with a capital, HD_TF_ALLCAPS when it has two
** letters or more, all capitals ("NATO" in "NATO's" as well as alone). */
static uint8_t case_flags(const unsigned char *s, size_t len, size_t st, size_t e) {
    int k;
    uint8_t fl = is_upper(cp_at(s, len, st, &k)) ? HD_TF_CAP : 0;
    bool allc = true;
    int letters = 0;
    for (size_t q = st; q < e;) {
        int kq;
        int32_t cq = cp_at(s, len, q, &kq);
        if (is_alpha(cq)) { letters++; if (!is_upper(cq)) { allc = false; break; } }
        q += (size_t)kq;
    }
    if (allc && letters >= 2) fl |= HD_TF_ALLCAPS;
    return fl;
}

/* Scan a word starting at i; returns its end.  Internal hyphens, apostrophes and
** acronym dots are kept; digits with internal . or , make one number. */
static size_t scan_word(const unsigned char *s, size_t n, size_t i, bool *numeric) {
    int k;
    size_t j = i;
    bool digits_only = true;
    while (j < n) {
        int32_t c = cp_at(s, n, j, &k);
        if (is_alpha(c) || is_digit(c)) {
            if (!is_digit(c)) digits_only = false;
            j += (size_t)k;
            continue;
        }
        /* joiners: must be followed by a letter/digit */
        int k2;
        int32_t nx = cp_at(s, n, j + (size_t)k, &k2);
        bool nx_al = nx >= 0 && (is_alpha(nx) || is_digit(nx));
        if ((is_hyphen_cp(c) || is_apos_cp(c)) && nx_al && j > i) { j += (size_t)k; digits_only = false; continue; }
        if ((c == '.' || c == ',') && digits_only && nx >= 0 && is_digit(nx) && j > i) { j += (size_t)k; continue; }
        /* acronym dots: U.S. U.N. — single letters separated by dots */
        if (c == '.' && nx_al && !digits_only) {
            size_t seg = j;   /* start of the last segment */
            while (seg > i && s[seg - 1] != '.') seg--;
            int kk;
            int32_t a = cp_at(s, n, seg, &kk);
            if (seg + (size_t)kk == j && is_upper(a) && is_upper(nx)) {
                /* next segment must be one letter too */
                int32_t after = cp_at(s, n, j + (size_t)k + (size_t)k2, &kk);
                if (after == '.' ) { j += (size_t)k; continue; }
            }
        }
        break;
    }
    *numeric = digits_only;
    return j;
}

int hd_tokenize(hd_doc *d, const char *text, size_t len, int lang) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    uint8_t ws = 3;
    int nl = 0;
    HD_UNUSED(lang);
    while (i < len) {
        int k;
        int32_t c = cp_at(s, len, i, &k);
        if (is_space_cp(c)) {
            if (c == '\n') nl++;
            ws = nl >= 2 ? 3 : nl == 1 ? 2 : (ws > 1 ? ws : 1);
            i += (size_t)k;
            continue;
        }
        uint8_t tws = ws;
        ws = 0;
        nl = 0;
        if (is_alpha(c) || is_digit(c)) {
            bool numeric;
            uint8_t fl = 0;
            bool plain = true;
            if (key_room(d)) return -1;
            size_t e = c < 0x100 && !hd_tokenize_general_only
                           ? fast_word(s, len, i, d->keys.p + d->keys.n, &fl, &numeric, &plain) : 0;
            size_t st = i;
            /* fast_word's lower case at the keys' end is the word's key (plain ASCII) */
            bool keyed = e && plain && e - st <= HD_MAX_KEY;
            if (e) {   /* a plain word: only the abbreviation test below applies */
                if (!(e < len && s[e] == '.' && !numeric)) {
                    uint8_t kind = numeric ? HD_TOK_NUM : HD_TOK_WORD;
                    if (keyed ? push_keyed(d, (uint32_t)st, (uint32_t)(e - st), e - st, kind, fl, tws)
                              : push_tok_as(d, (uint32_t)st, (uint32_t)(e - st), kind, fl, tws, false))
                        return -1;
                    i = e;
                    /* the space that usually follows, taken here rather than by another
                       round of the loop: what its space case makes of it (ws is 0, nl 0) */
                    if (i < len && s[i] == ' ') { ws = 1; i++; }
                    continue;
                }
                goto abbrev;
            }
            size_t apos, el = c < 0x80 && !hd_tokenize_general_only ? elision_at(s, len, i, &apos) : 0;
            if (el) {   /* l'Iran: "l'", then "Iran" is a word of its own, scanned afresh */
                if (push_tok_as(d, (uint32_t)i, (uint32_t)el, HD_TOK_WORD, HD_TF_ELISION | (is_upper(c) ? HD_TF_CAP : 0),
                                tws, apos == 1))
                    return -1;
                i += el;
                continue;
            }
            e = scan_word(s, len, i, &numeric);
            /* split elisions and possessives at apostrophes */
            for (;;) {
                size_t a = st;
                int ka = 0;
                while (a < e) {
                    int32_t ca = cp_at(s, len, a, &ka);
                    if (is_apos_cp(ca)) break;
                    a += (size_t)ka;
                }
                if (a >= e) break;
                char pre[16];
                size_t pl = hd_normalize(text + st, a - st, pre, sizeof pre);
                if (in_list(elisions, pre, pl)) {
                    if (push_tok(d, (uint32_t)st, (uint32_t)(a + (size_t)ka - st), HD_TOK_WORD, HD_TF_ELISION |
                                 (is_upper(cp_at(s, len, st, &k)) ? HD_TF_CAP : 0), tws)) return -1;
                    /* the rest is a word of its own, scanned afresh (as elision_at's) */
                    i = a + (size_t)ka;
                    goto next;
                }
                /* English possessive 's at the end */
                if (e - (a + (size_t)ka) == 1 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
                    size_t we = a;
                    if (push_tok(d, (uint32_t)st, (uint32_t)(we - st), HD_TOK_WORD, case_flags(s, len, st, we), tws)) return -1;
                    tws = 0;
                    if (push_tok(d, (uint32_t)we, (uint32_t)(e - we), HD_TOK_WORD, 0, 0)) return -1;
                    st = e;
                }
                break;
            }
            if (st >= e) { i = e; continue; }
            fl |= case_flags(s, len, st, e);
            /* inverted pronoun: a-t-il, dit-elle, pourra-t-on */
            size_t we = e;
            size_t pron = 0;
            {
                size_t h = e;
                while (h > st && s[h - 1] != '-') h--;
                if (h > st + 1) {
                    char suf[8];
                    size_t sl = hd_normalize(text + h, e - h, suf, sizeof suf);
                    if (in_list(inv_pronouns, suf, sl)) {
                        pron = h;
                        we = h - 1;
                        if (we >= st + 2 && s[we - 1] == 't' && s[we - 2] == '-') we -= 2;  /* -t- */
                    }
                }
            }
            if (pron && we > st) {
                if (push_tok(d, (uint32_t)st, (uint32_t)(we - st), HD_TOK_WORD, fl, tws)) return -1;
                if (push_tok(d, (uint32_t)pron, (uint32_t)(e - pron), HD_TOK_WORD, HD_TF_INVERTED, 0)) return -1;
                i = e;
                continue;
            }
            /* abbreviation or initial keeping its dot */
        abbrev:
            if (e < len && s[e] == '.' && !numeric) {
                char key[16];
                size_t kl;
                bool acronym;
                if (keyed) {   /* hd_normalize's key, cut as it cuts it; fast_word took no dot */
                    kl = e - st < sizeof key - 1 ? e - st : sizeof key - 1;
                    memcpy(key, d->keys.p + d->keys.n, kl);
                    key[kl] = 0;
                    acronym = false;
                } else {
                    kl = hd_normalize(text + st, e - st, key, sizeof key);
                    acronym = memchr(text + st, '.', e - st) != NULL;
                }
                bool initial = (e - st) <= 2 && (fl & HD_TF_CAP) && kl == 1;
                if (acronym || initial || (kl < sizeof key - 1 && is_abbrev(key, kl) &&
                                           !(kl == 1 && !(fl & HD_TF_CAP)))) {
                    if (push_tok(d, (uint32_t)st, (uint32_t)(e + 1 - st), HD_TOK_WORD, fl | HD_TF_ABBREV, tws)) return -1;
                    i = e + 1;
                    continue;
                }
            }
            if (keyed ? push_keyed(d, (uint32_t)st, (uint32_t)(e - st), e - st, HD_TOK_WORD, fl, tws)   /* not numeric */
                      : push_tok(d, (uint32_t)st, (uint32_t)(e - st), numeric ? HD_TOK_NUM : HD_TOK_WORD, fl, tws))
                return -1;
            i = e;
            continue;
        }
        /* punctuation and symbols */
        uint8_t kind = HD_TOK_PUNCT;
        size_t e = i + (size_t)k;
        if (c == 0xAB || c == 0x201C || c == 0x201E || c == 0x2039) kind = HD_TOK_QUOTE_OPEN;
        else if (c == 0xBB || c == 0x201D || c == 0x203A) kind = HD_TOK_QUOTE_CLOSE;
        else if (c == '"') kind = HD_TOK_QUOTE;
        else if (c == 0x2018 || c == 0x2019 || c == '\'') kind = HD_TOK_QUOTE;
        else if (c == '.') { while (e < len && s[e] == '.') e++; }
        else if (c == '%' && d->toks.n && d->toks.v[d->toks.n - 1].kind == HD_TOK_NUM)
            d->toks.v[d->toks.n - 1].flags |= HD_TF_PERCENT;
        /* an ASCII mark is its own key ('`' is not: it reads as an apostrophe) */
        if (push_tok_as(d, (uint32_t)i, (uint32_t)(e - i), kind, 0, tws, c < 0x80 && c != '`')) return -1;
        i = e;
        if (i < len && s[i] == ' ') { ws = 1; i++; }   /* as after a word, above */
    next:;
    }
    return 0;
}

/* --------------------------------------------------------------- segmenter */

/* Is token i's key the literal s?  (A macro, so the literal's length is a constant
** and the comparison is a few instructions: the segmenter asks this of most tokens.) */
static inline bool tok_is_n(const hd_doc *d, size_t i, const char *s, size_t n) {
    return d->toks.v[i].klen == n && !memcmp(d->keys.p + d->keyoff.v[i], s, n);
}
#define tok_is(d, i, s) tok_is_n((d), (i), "" s, sizeof(s) - 1)

static bool starts_sentence(const hd_doc *d, size_t i) {
    const hd_token *t = &d->toks.v[i];
    if (t->kind == HD_TOK_QUOTE_OPEN || t->kind == HD_TOK_QUOTE || t->kind == HD_TOK_NUM) return true;
    if (t->kind == HD_TOK_PUNCT) {
        return tok_is(d, i, "-") || tok_is(d, i, "(") || tok_is(d, i, "[") ||
               (t->len >= 3 && (unsigned char)d->text[t->off] == 0xE2);  /* – — */
    }
    return (t->flags & HD_TF_CAP) != 0;
}

/* Words that, capitalised after an acronym like "U.S.", show a new sentence. */
static const char *const openers[] = {"the", "he", "she", "it", "they", "we", "i", "a", "an", "in",
                                      "on", "but", "and", "this", "that", "there", "le", "la", "les",
                                      "il", "elle", "ils", "elles", "un", "une", "des", "en", "mais",
                                      "selon", "according", "after", "apres", NULL};

static int end_sentence(hd_doc *d, size_t from, size_t to) {
    while (from < to) {
        size_t n = to - from;
        if (n > HD_MAX_TOKENS_PER_SENTENCE) n = HD_MAX_TOKENS_PER_SENTENCE;
        hd_sentence s;
        s.tok = (uint32_t)from;
        s.ntok = (uint32_t)n;
        s.off = d->toks.v[from].off;
        s.len = d->toks.v[from + n - 1].off + d->toks.v[from + n - 1].len - s.off;
        if (hd_vec_push(d->sents, s) != 0) return -1;
        from += n;
    }
    return 0;
}

/* A line that ends with a word no headline ends with (a preposition, an article, a
** conjunction, a comma) goes on on the next line: "ties with\nOsgiliath". */
static bool continues_line(const hd_doc *d, size_t i) {
    static const char *const cont[] = {",", "with", "of", "the", "an", "and", "or", "to", "for", "in", "on", "at", "by",
        "from", "de", "du", "des", "la", "le", "les", "et", "ou", "a", "en", "avec", "pour", "par", "sur", "dans", "au",
        "aux", NULL};
    return in_list(cont, d->keys.p + d->keyoff.v[i], d->toks.v[i].klen);
}

int hd_segment(hd_doc *d) {
    size_t n = d->toks.n, start = 0;
    for (size_t i = 0; i < n; i++) {
        const hd_token *t = &d->toks.v[i];
        bool brk = false;
        size_t last = i;   /* last token of the sentence if it breaks here */
        if (i + 1 < n && d->toks.v[i + 1].ws >= 3) brk = true;               /* paragraph */
        else if (t->kind == HD_TOK_PUNCT && (tok_is(d, i, ".") || tok_is(d, i, "!") || tok_is(d, i, "?") ||
                                             tok_is(d, i, "...") || tok_is(d, i, "\xe2\x80\xa6") ||
                                             tok_is(d, i, ";") )) {
            if (tok_is(d, i, ";")) {
                brk = false;
            } else {
                size_t j = i + 1;
                while (j < n && (d->toks.v[j].kind == HD_TOK_QUOTE_CLOSE || tok_is(d, j, ")") ||
                                 (d->toks.v[j].kind == HD_TOK_QUOTE && d->toks.v[j].ws == 0)))
                    j++;
                last = j - 1;
                brk = j >= n || starts_sentence(d, j);
                /* "…", a déclaré X  /  "…," he said: not a break */
                if (j < n && d->toks.v[j].kind == HD_TOK_PUNCT && tok_is(d, j, ",")) brk = false;
            }
        } else if (t->flags & HD_TF_ABBREV && i + 1 < n && memchr(d->text + t->off, '.', t->len - 1)) {
            /* acronym at a sentence end: "… the U.S. The next day …" */
            const hd_token *nx = &d->toks.v[i + 1];
            if ((nx->flags & HD_TF_CAP) && nx->ws == 1) {
                char key[16];
                size_t kl = nx->klen < 15 ? nx->klen : 15;
                memcpy(key, d->keys.p + d->keyoff.v[i + 1], kl);
                key[kl] = 0;
                brk = in_list(openers, key, kl);
            }
        } else if (i + 1 < n && d->toks.v[i + 1].ws == 2 && starts_sentence(d, i + 1) && !continues_line(d, i)) {
            brk = true;   /* a line break before a capital: a headline or paragraph */
        }
        if (brk) {
            if (end_sentence(d, start, last + 1)) return -1;
            i = last;
            start = last + 1;
        }
    }
    if (start < n && end_sentence(d, start, n)) return -1;
    return 0;
}
