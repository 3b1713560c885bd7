/*
** export.c — one event row, three output formats (JSONL, TSV, GDELT 2.0 events), from
** the coder (herodote code) or from the events table (herodote query DB events).
** docs/store.md documents every column; tests/store/run.sh checks the GDELT column
** list against it.
*/
#include "cli.h"
#include <math.h>
#include <sqlite3.h>

/* ------------------------------------------------------------ helpers */

static void tsv_text(hd_buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) hd_buf_putc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}
static void tsv_str(hd_buf *b, const char *s) { tsv_text(b, s ? s : "", s ? strlen(s) : 0); }

/* Numbers without printf: a row has a dozen of them and printf was a tenth of the
** coding time.  w_u/w_i (below) are "%llu"/"%lld".  fixed_fast is "%.Nf" (N = 1..6)
** for values that have at most N decimals, as Goldstein scores and the gazetteer's
** coordinates do: the value times 10^N is then within 1e-6 of an integer, whose digits
** are what printf's exact rounding prints.  It writes that text to out and returns its
** length, or returns 0: anything else goes to printf (w_fixed). */
static size_t fixed_fast(char out[32], double v, int decimals) {
    static const double scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    static const unsigned long long iscale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (!isfinite(v) || decimals < 1 || decimals > 6) return 0;
    double t = v * scale[decimals];
    if (fabs(t) > 1e12) return 0;
    long long r = llround(t);
    if (fabs(t - (double)r) > 1e-6) return 0;
    size_t n = 0;
    if (r < 0 || (r == 0 && signbit(v))) out[n++] = '-';
    unsigned long long a = r < 0 ? (unsigned long long)-r : (unsigned long long)r;
    char d[24];
    int k = 0;
    unsigned long long ip = a / iscale[decimals];
    do { d[k++] = (char)('0' + ip % 10); ip /= 10; } while (ip);
    while (k) out[n++] = d[--k];
    out[n++] = '.';
    unsigned long long f = a % iscale[decimals];
    for (int q = decimals - 1; q >= 0; q--) { out[n + (size_t)q] = (char)('0' + f % 10); f /= 10; }
    return n + (size_t)decimals;
}

/* ------------------------------------------------------------ JSONL */

/* A JSONL row is written through a cursor into room reserved once for its longest
** form (every text escaped to \u00XX, every number at its longest): a row is some
** sixty short pieces, and a check per piece was most of its cost.  The writers below
** return the cursor past what they wrote. */
#define W_LIT(o, lit) (memcpy((o), (lit), sizeof(lit) - 1), (o) + sizeof(lit) - 1)
static inline char *w_str(char *o, const char *s, size_t n) {
    memcpy(o, s, n);
    return o + n;
}
/* "%llu" (20 bytes at most): its length first, then two digits a step from the end.
** The length from the bit length (digits = bits * log10(2), 1233 / 4096, less one when
** under that power of ten), not a loop over the powers: ids have up to 20 digits. */
static char *w_u(char *o, unsigned long long v) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    static const unsigned long long pow10[20] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
        1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
        1000000000000000000ull, 10000000000000000000ull};
    unsigned long long u = v | 1;   /* 0 has one digit; no power of ten >= 10 is odd */
    unsigned t = (unsigned)(64 - __builtin_clzll(u)) * 1233 >> 12;
    size_t n = t + 1 - (u < pow10[t]);
    char *e = o + n;
    while (v >= 100) {
        unsigned k = (unsigned)(v % 100) * 2;
        v /= 100;
        *--e = pairs[k + 1];
        *--e = pairs[k];
    }
    if (v >= 10) {
        *--e = pairs[v * 2 + 1];
        *--e = pairs[v * 2];
    } else {
        *--e = (char)('0' + v);
    }
    return o + n;
}
/* "%lld" (21 bytes at most) */
static char *w_i(char *o, long long v) {
    if (v < 0) { *o++ = '-'; return w_u(o, 0ull - (unsigned long long)v); }
    return w_u(o, (unsigned long long)v);
}
/* put_fixed's text, for decimals 1 to 6 (the longest, printf's "%.6f" of the largest
** double, is 317 bytes) */
#define W_FIXED_MAX 400
static char *w_fixed(char *o, double v, int decimals) {
    size_t n = fixed_fast(o, v, decimals);
    if (!n) {
        int k = snprintf(o, W_FIXED_MAX, "%.*f", decimals, v);
        n = k < 0 ? 0 : k < W_FIXED_MAX ? (size_t)k : W_FIXED_MAX - 1;
    }
    return o + n;
}
/* hd_buf_json's escapes (6 bytes per byte at most) */
static char *w_json(char *o, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        bool found = false;
        while (HD_SWAR && n - j >= 8) {
            uint64_t m = hd_json_special8(hd_load8(s + j), false);
            if (m) { j += hd_first8(m); found = true; break; }
            j += 8;
        }
        /* the last bytes (fewer than eight) in one step too, from the word that ends a
           text of eight bytes or more, the bytes before j shifted out: most texts
           ("reconnu mardi l'État de Palestine") have no escape, and this was a byte
           loop's work */
        if (HD_SWAR && !found && j < n && n >= 8) {
            uint64_t m = hd_json_special8(hd_load8(s + n - 8), false) >> (8 * (8 - (n - j)));
            j = m ? j + hd_first8(m) : n;
        }
        while (j < n && (unsigned char)s[j] >= 0x20 && s[j] != '"' && s[j] != '\\') j++;
        o = w_str(o, s + i, j - i);
        if (j == n) break;
        unsigned char c = (unsigned char)s[j];
        i = j + 1;
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
            o = W_LIT(o, "u00");
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    return o;
}

/* a span's numbers, "12,34]" */
static char *w_span(char *o, const hd_row *r, int i) {
    o = w_u(o, r->span[2 * i]);
    *o++ = ',';
    o = w_u(o, r->span[2 * i + 1]);
    *o++ = ']';
    return o;
}

void hd_row_jsonl(hd_buf *b, const hd_row *r) {
    size_t id_n = strlen(r->story_id), date_n = strlen(r->date), src_n = strlen(r->source),
           tgt_n = strlen(r->target), code_n = strlen(r->code), plv_n = strlen(r->plover),
           mode_n = strlen(r->plover_mode), lang_n = strlen(r->lang), flags_n = r->flags ? strlen(r->flags) : 0;
    size_t gname_n = 0, gctry_n = 0, gadm_n = 0, gfeat_n = 0;
    if (r->geo_type) {
        gname_n = strlen(r->geo_name);
        gctry_n = strlen(r->geo_country);
        gadm_n = strlen(r->geo_adm1);
        gfeat_n = strlen(r->geo_feature);
    }
    /* the longest row: escaped texts 6 bytes a byte, plain strings as they are, and
       1024 for the names, the punctuation and the numbers (sixteen of 21 bytes at
       most, three put_fixed texts of W_FIXED_MAX) */
    size_t esc = id_n + src_n + tgt_n + r->text_len[0] + r->text_len[1] + r->text_len[2] +
                 (r->geo_type ? gname_n + r->place_len : 0);
    size_t need = 6 * esc + date_n + code_n + plv_n + mode_n + lang_n + flags_n + gctry_n + gadm_n + gfeat_n +
                  1024 + 3 * W_FIXED_MAX;
    if (hd_buf_reserve(b, need) != 0) return;
    char *o = b->p + b->n;
    o = W_LIT(o, "{\"story_id\":\"");
    o = w_json(o, r->story_id, id_n);
    o = W_LIT(o, "\",\"sentence\":");
    o = w_u(o, r->sentence);
    o = W_LIT(o, ",\"date\":\"");
    o = w_str(o, r->date, date_n);
    o = W_LIT(o, "\",\"source\":\"");
    o = w_json(o, r->source, src_n);
    o = W_LIT(o, "\",\"target\":\"");
    o = w_json(o, r->target, tgt_n);
    o = W_LIT(o, "\",\"code\":\"");
    o = w_str(o, r->code, code_n);
    o = W_LIT(o, "\",\"root\":\"");
    o = w_str(o, r->code, code_n < 2 ? code_n : 2);
    o = W_LIT(o, "\",\"quad\":");
    o = w_i(o, r->quad);
    o = W_LIT(o, ",\"goldstein\":");
    o = w_fixed(o, r->goldstein, 1);
    o = W_LIT(o, ",\"plover\":\"");
    o = w_str(o, r->plover, plv_n);
    o = W_LIT(o, "\",\"plover_mode\":\"");
    o = w_str(o, r->plover_mode, mode_n);
    o = W_LIT(o, "\",\"lang\":\"");
    o = w_str(o, r->lang, lang_n);
    *o++ = '"';
    /* (the names as literals: their lengths are constants, not strlen's per row) */
    o = W_LIT(o, ",\"source_text\":\"");
    o = w_json(o, r->text[0], r->text_len[0]);
    o = W_LIT(o, "\",\"source_span\":[");
    o = w_span(o, r, 0);
    o = W_LIT(o, ",\"verb_text\":\"");
    o = w_json(o, r->text[1], r->text_len[1]);
    o = W_LIT(o, "\",\"verb_span\":[");
    o = w_span(o, r, 1);
    o = W_LIT(o, ",\"target_text\":\"");
    o = w_json(o, r->text[2], r->text_len[2]);
    o = W_LIT(o, "\",\"target_span\":[");
    o = w_span(o, r, 2);
    if (flags_n) {
        o = W_LIT(o, ",\"flags\":\"");
        o = w_str(o, r->flags, flags_n);
        *o++ = '"';
    }
    o = W_LIT(o, ",\"event_id\":");
    o = w_i(o, (long long)r->event_id);
    if (r->geo_type) {
        o = W_LIT(o, ",\"geo_type\":");
        o = w_i(o, r->geo_type);
        o = W_LIT(o, ",\"geo_name\":\"");
        o = w_json(o, r->geo_name, gname_n);
        o = W_LIT(o, "\",\"geo_country\":\"");
        o = w_str(o, r->geo_country, gctry_n);
        o = W_LIT(o, "\",\"geo_adm1\":\"");
        o = w_str(o, r->geo_adm1, gadm_n);
        o = W_LIT(o, "\",\"geo_lat\":");
        o = w_fixed(o, r->geo_lat, 5);
        o = W_LIT(o, ",\"geo_lon\":");
        o = w_fixed(o, r->geo_lon, 5);
        o = W_LIT(o, ",\"geo_feature_id\":\"");
        o = w_str(o, r->geo_feature, gfeat_n);
        o = W_LIT(o, "\",\"place_text\":\"");
        o = w_json(o, r->place_text, r->place_len);
        o = W_LIT(o, "\",\"place_span\":[");
        o = w_u(o, r->place_start);
        *o++ = ',';
        o = w_u(o, r->place_end);
        *o++ = ']';
    }
    if (r->counts) {
        o = W_LIT(o, ",\"num_mentions\":");
        o = w_i(o, r->num_mentions);
        o = W_LIT(o, ",\"num_sources\":");
        o = w_i(o, r->num_sources);
        o = W_LIT(o, ",\"num_articles\":");
        o = w_i(o, r->num_articles);
    }
    o = W_LIT(o, "}\n");
    b->n = (size_t)(o - b->p);
    b->p[b->n] = '\0';
}

/* ------------------------------------------------------------ TSV */

const char *const hd_tsv_header =
    "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\tplover_mode\tlang\t"
    "source_text\tverb_text\ttarget_text\tsource_start\tsource_end\tverb_start\tverb_end\ttarget_start\ttarget_end\t"
    "flags\tevent_id\tis_root\tnum_mentions\tnum_sources\tnum_articles\tgeo_type\tgeo_name\tgeo_country\tgeo_adm1\t"
    "geo_lat\tgeo_lon\tgeo_feature_id\tplace_text\tplace_start\tplace_end\n";

void hd_row_tsv(hd_buf *b, const hd_row *r) {
    tsv_str(b, r->story_id);
    hd_buf_printf(b, "\t%u\t%s\t", r->sentence, r->date);
    tsv_str(b, r->source);
    hd_buf_putc(b, '\t');
    tsv_str(b, r->target);
    hd_buf_printf(b, "\t%s\t%.2s\t%d\t%.1f\t%s\t%s\t%s", r->code, r->code, r->quad, r->goldstein, r->plover,
                  r->plover_mode, r->lang);
    for (int i = 0; i < 3; i++) {
        hd_buf_putc(b, '\t');
        tsv_text(b, r->text[i], r->text_len[i]);
    }
    for (int i = 0; i < 6; i++) hd_buf_printf(b, "\t%u", r->span[i]);
    hd_buf_putc(b, '\t');
    tsv_str(b, r->flags);
    hd_buf_printf(b, "\t%lld\t%d\t%ld\t%ld\t%ld\t%d\t", (long long)r->event_id, r->is_root, r->num_mentions,
                  r->num_sources, r->num_articles, r->geo_type);
    if (r->geo_type) {
        tsv_str(b, r->geo_name);
        hd_buf_printf(b, "\t%s\t%s\t%.5f\t%.5f\t%s\t", r->geo_country, r->geo_adm1, r->geo_lat, r->geo_lon, r->geo_feature);
        tsv_text(b, r->place_text, r->place_len);
        hd_buf_printf(b, "\t%u\t%u\n", r->place_start, r->place_end);
    } else {
        hd_buf_puts(b, "\t\t\t\t\t\t\t\t\n");
    }
}

/* ------------------------------------------------------------ GDELT 2.0 */

const char *const hd_gdelt_columns[HD_GDELT_NCOLS + 2] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL", "PLOVERType", "PLOVERMode"};

void hd_gdelt_header(hd_buf *b) {
    for (int i = 0; i < HD_GDELT_NCOLS + 2; i++) hd_buf_printf(b, "%s%s", i ? "\t" : "", hd_gdelt_columns[i]);
    hd_buf_putc(b, '\n');
}

/* Non-state prefixes of CAMEO actor codes: the next three letters are the group
** ("IGOUNO" → UNO; "IGOWSTNAT" → NAT, "IGOEUREEC" → EEC: the last three). */
static bool group_prefix(const char *c) {
    static const char *const p[] = {"IGO", "NGO", "IMG", "MNC", "UIS", NULL};
    for (int i = 0; p[i]; i++)
        if (!strncmp(c, p[i], 3)) return true;
    return false;
}

/* Actor code, name, country, known group, ethnic, religion 1-2, type 1-3 (10 columns). */
static void gdelt_actor(hd_buf *b, const char *code, const char *name, size_t nlen) {
    size_t n = strlen(code);
    tsv_str(b, code);
    hd_buf_putc(b, '\t');
    tsv_text(b, name, nlen);
    hd_buf_putc(b, '\t');
    const char *types[3] = {"", "", ""};
    char tb[3][4] = {{0}};
    if (n >= 3 && group_prefix(code)) {
        hd_buf_puts(b, "\t");                                   /* no country */
        if (n >= 6) hd_buf_put(b, code + n - 3, 3);             /* known group */
        hd_buf_puts(b, "\t\t\t\t");                             /* ethnic, religion 1-2 */
        memcpy(tb[0], code, 3);
        types[0] = tb[0];
    } else {
        if (n >= 3) hd_buf_put(b, code, 3);
        hd_buf_puts(b, "\t\t\t\t\t");
        int k = 0;
        for (size_t i = 3; i + 3 <= n && k < 3; i += 3, k++) {
            memcpy(tb[k], code + i, 3);
            types[k] = tb[k];
        }
    }
    hd_buf_printf(b, "%s\t%s\t%s", types[0], types[1], types[2]);
}

static double fraction_date(const char *date, int *y, int *m, int *d) {
    *y = atoi(date);
    *m = atoi(date + 5);
    *d = atoi(date + 8);
    int doy = hd_days_from_civil(*y, *m, *d) - hd_days_from_civil(*y, 1, 1);
    int len = hd_days_from_civil(*y + 1, 1, 1) - hd_days_from_civil(*y, 1, 1);
    return *y + (double)doy / len;
}

void hd_row_gdelt(hd_buf *b, const hd_row *r) {
    int y, m, d;
    double frac = strlen(r->date) == 10 ? fraction_date(r->date, &y, &m, &d) : (y = m = d = 0);
    hd_buf_printf(b, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", (long long)r->event_id, y, m, d, y, m, y, frac);
    gdelt_actor(b, r->source, r->text[0], r->text_len[0]);
    hd_buf_putc(b, '\t');
    gdelt_actor(b, r->target, r->text[2], r->text_len[2]);
    size_t cl = strlen(r->code);
    hd_buf_printf(b, "\t%d\t%s\t%.*s\t%.2s\t%d\t%.1f\t%ld\t%ld\t%ld\t\t", r->is_root, r->code, (int)(cl > 3 ? 3 : cl),
                  r->code, r->code, r->quad, r->goldstein, r->num_mentions, r->num_sources, r->num_articles);
    hd_buf_puts(b, "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t");       /* Actor1Geo_*, Actor2Geo_* */
    if (r->geo_type) {
        hd_buf_printf(b, "%d\t", r->geo_type);
        tsv_str(b, r->geo_name);
        hd_buf_printf(b, "\t%s\t%s\t\t%.5f\t%.5f\t%s\t", r->geo_country2, r->geo_adm1, r->geo_lat, r->geo_lon,
                      r->geo_feature);
    } else {
        hd_buf_puts(b, "0\t\t\t\t\t\t\t\t");
    }
    hd_buf_printf(b, "%04d%02d%02d000000\t", y, m, d);
    tsv_str(b, *r->url ? r->url : *r->story_source ? r->story_source : r->story_id);
    hd_buf_printf(b, "\t%s\t%s\n", r->plover, r->plover_mode);
}

void hd_row_write(hd_buf *b, const hd_row *r, int format) {
    if (format == HD_OUT_TSV) hd_row_tsv(b, r);
    else if (format == HD_OUT_GDELT) hd_row_gdelt(b, r);
    else hd_row_jsonl(b, r);
}

/* ------------------------------------------------------------ from the database */

const char *const hd_row_select =
    "SELECT e.event_id, e.story_id, e.sentence, e.date, e.source, e.target, e.code, e.quad, e.goldstein, e.plover, "
    "e.plover_mode, e.lang, e.source_text, e.verb_text, e.target_text, e.source_start, e.source_end, e.verb_start, "
    "e.verb_end, e.target_start, e.target_end, e.flags, e.is_root, e.num_mentions, e.num_sources, e.num_articles, "
    "e.geo_type, e.geo_name, e.geo_country, e.geo_country2, e.geo_adm1, ifnull(e.geo_lat, 0), ifnull(e.geo_lon, 0), "
    "e.geo_feature_id, e.place_text, e.place_start, e.place_end, ifnull(s.url, ''), ifnull(s.source, '') "
    "FROM events e LEFT JOIN stories s ON s.story_id = e.story_id";

static const char *col(sqlite3_stmt *s, int i) {
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

void hd_row_from_stmt(hd_row *r, void *stmt) {
    sqlite3_stmt *s = stmt;
    memset(r, 0, sizeof *r);
    r->event_id = sqlite3_column_int64(s, 0);
    r->story_id = col(s, 1);
    r->sentence = (unsigned)sqlite3_column_int64(s, 2);
    r->date = col(s, 3);
    r->source = col(s, 4);
    r->target = col(s, 5);
    r->code = col(s, 6);
    r->quad = sqlite3_column_int(s, 7);
    r->goldstein = sqlite3_column_double(s, 8);
    r->plover = col(s, 9);
    r->plover_mode = col(s, 10);
    r->lang = col(s, 11);
    for (int i = 0; i < 3; i++) {
        r->text[i] = col(s, 12 + i);
        r->text_len[i] = (size_t)sqlite3_column_bytes(s, 12 + i);
    }
    for (int i = 0; i < 6; i++) r->span[i] = (uint32_t)sqlite3_column_int64(s, 15 + i);
    r->flags = col(s, 21);
    r->is_root = sqlite3_column_int(s, 22);
    r->num_mentions = (long)sqlite3_column_int64(s, 23);
    r->num_sources = (long)sqlite3_column_int64(s, 24);
    r->num_articles = (long)sqlite3_column_int64(s, 25);
    r->counts = true;
    r->geo_type = sqlite3_column_int(s, 26);
    r->geo_name = col(s, 27);
    r->geo_country = col(s, 28);
    r->geo_country2 = col(s, 29);
    r->geo_adm1 = col(s, 30);
    r->geo_lat = sqlite3_column_double(s, 31);
    r->geo_lon = sqlite3_column_double(s, 32);
    r->geo_feature = col(s, 33);
    r->place_text = col(s, 34);
    r->place_len = (size_t)sqlite3_column_bytes(s, 34);
    r->place_start = (uint32_t)sqlite3_column_int64(s, 35);
    r->place_end = (uint32_t)sqlite3_column_int64(s, 36);
    r->url = col(s, 37);
    r->story_source = col(s, 38);
}

/* Write every event matching `where` (SQL after WHERE, may be NULL; binds ?1..?n from
** args) in `format`, sorted by date, source, target, code, event id. */
int hd_cli_export(void *db, const char *where, const char *const *args, int nargs, int format, bool header,
                  const char *cmd) {
    hd_buf sql = {0}, out = {0};
    hd_buf_puts(&sql, hd_row_select);
    if (where && *where) hd_buf_printf(&sql, " WHERE %s", where);
    hd_buf_puts(&sql, " ORDER BY e.date, e.source, e.target, e.code, e.event_id");
    sqlite3_stmt *s = NULL;
    int rc = HD_EXIT_OK;
    if (!sql.p || sqlite3_prepare_v2(db, sql.p, -1, &s, NULL) != SQLITE_OK) {
        fprintf(stderr, "herodote %s: %s: %s\n", cmd, sqlite3_db_filename(db, "main"), sqlite3_errmsg(db));
        hd_buf_free(&sql);
        return HD_EXIT_IO;
    }
    for (int i = 0; i < nargs; i++) sqlite3_bind_text(s, i + 1, args[i], -1, SQLITE_STATIC);
    if (header && format == HD_OUT_TSV) hd_buf_puts(&out, hd_tsv_header);
    if (header && format == HD_OUT_GDELT) hd_gdelt_header(&out);
    int k;
    hd_row r;
    while ((k = sqlite3_step(s)) == SQLITE_ROW) {
        hd_row_from_stmt(&r, s);
        hd_row_write(&out, &r, format);
        if ((rc = hd_cli_flush(&out, false))) break;
    }
    if (!rc && k != SQLITE_DONE) {
        fprintf(stderr, "herodote %s: %s: %s\n", cmd, sqlite3_db_filename(db, "main"), sqlite3_errmsg(db));
        rc = HD_EXIT_IO;
    }
    if (!rc) rc = hd_cli_flush(&out, true);
    sqlite3_finalize(s);
    hd_buf_free(&sql);
    hd_buf_free(&out);
    return rc;
}
