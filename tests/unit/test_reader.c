/* test_reader.c — every reader and every bad input of the foundation issue. */
#include "util.h"
#include <stdlib.h>

typedef struct {
    int ok, bad, warn;
    char ids[16][64];
    char err[16][256];
    char texts[4][256];
    size_t lens[16];
    char dates[16][11];
} result;

static result read_all(const char *buf, size_t len, hd_format fmt, const char *date) {
    result r;
    memset(&r, 0, sizeof r);
    hd_reader_opts o = {0};
    o.format = fmt;
    o.date = date;
    hd_reader *rd = hd_reader_mem(buf, len, "mem", &o);
    hd_story s;
    int k;
    while ((k = hd_reader_next(rd, &s)) != HD_EOF) {
        if (k == HD_EIO) break;
        if (k == HD_EBADINPUT) {
            if (r.bad < 16) snprintf(r.err[r.bad], 256, "%s", hd_reader_error(rd));
            r.bad++;
            continue;
        }
        if (hd_reader_warning(rd)) r.warn++;
        if (r.ok < 16) {
            snprintf(r.ids[r.ok], 64, "%s", s.id);
            r.lens[r.ok] = s.len;
            memcpy(r.dates[r.ok], s.date, 11);
        }
        if (r.ok < 4) snprintf(r.texts[r.ok], 256, "%s", s.text);
        r.ok++;
    }
    hd_reader_free(rd);
    return r;
}

#define J(s) s, sizeof(s) - 1

TEST(jsonl_basic_and_optional_fields) {
    result r = read_all(J("{\"id\":\"a\",\"date\":\"2024-07-09\",\"text\":\"Bonjour.\",\"lang\":\"fr\",\"title\":\"T\"}\n"
                          "\n"
                          "{\"id\":42,\"date\":\"20240710\",\"text\":\"Hello.\"}\n"), HD_FMT_JSONL, NULL);
    CHECK_EQ_INT(r.ok, 2);
    CHECK_EQ_INT(r.bad, 0);
    CHECK_EQ_STR(r.ids[1], "42");
    CHECK_EQ_STR(r.dates[1], "2024-07-10");
}

TEST(jsonl_bad_inputs_are_reported_and_skipped) {
    result r = read_all(J("{\"date\":\"2024-07-09\",\"text\":\"x\"}\n"               /* missing id */
                          "{\"id\":\"b\",\"text\":\"x\"}\n"                          /* missing date */
                          "{\"id\":\"c\",\"date\":\"2024-02-30\",\"text\":\"x\"}\n"  /* malformed date */
                          "{\"id\":\"d\",\"date\":\"2024-07-09\",\"text\":\"\"}\n"    /* empty text */
                          "{\"id\":\"e\",\"date\":\"2024-07-09\",\"text\":\"ok\"\n"   /* malformed JSON */
                          "[1,2]\n"                                                   /* not an object */
                          "{\"id\":\"f\",\"date\":\"2024-07-09\",\"text\":\"fine\"}\n"
                          "{\"id\":\"g\",\"date\":\"2024-07-09\",\"te"), HD_FMT_JSONL, NULL);  /* truncated */
    CHECK_EQ_INT(r.ok, 1);
    CHECK_EQ_STR(r.ids[0], "f");
    CHECK_EQ_INT(r.bad, 7);
    CHECK(strstr(r.err[0], "mem:1:") && strstr(r.err[0], "missing \"id\""));
    CHECK(strstr(r.err[1], "mem:2: story b:") && strstr(r.err[1], "missing \"date\""));
    CHECK(strstr(r.err[2], "mem:3: story c:") && strstr(r.err[2], "malformed date"));
    CHECK(strstr(r.err[3], "story d") && strstr(r.err[3], "empty text"));
    CHECK(strstr(r.err[4], "mem:5:") && strstr(r.err[4], "malformed JSON"));
    CHECK(strstr(r.err[5], "JSON object"));
    CHECK(strstr(r.err[6], "mem:8:") && strstr(r.err[6], "truncated"));
}

TEST(jsonl_truncated_but_complete_last_line_is_fine) {
    result r = read_all(J("{\"id\":\"a\",\"date\":\"2024-07-09\",\"text\":\"x\"}"), HD_FMT_JSONL, NULL);
    CHECK_EQ_INT(r.ok, 1);
    CHECK_EQ_INT(r.bad, 0);
}

TEST(invalid_utf8_nul_bom_crlf) {
    /* BOM at the start, CRLF line ends, an invalid byte, a NUL escaped in JSON */
    result r = read_all(J("\xEF\xBB\xBF{\"id\":\"a\",\"date\":\"2024-07-09\",\"text\":\"caf\\u00e9 \\u0000 ok\\r\\nfin\"}\r\n"), HD_FMT_JSONL, NULL);
    CHECK_EQ_INT(r.ok, 1);
    CHECK_EQ_INT(r.warn, 1);
    CHECK_EQ_STR(r.texts[0], "café   ok\nfin");
    /* raw invalid UTF-8 inside a plain text story: replaced and warned once */
    result t = read_all(J("abc \xff\xfe def \xc3 ghi"), HD_FMT_TEXT, "2024-07-09");
    CHECK_EQ_INT(t.ok, 1);
    CHECK_EQ_INT(t.warn, 1);
    /* one U+FFFD per maximal invalid subpart (Unicode's recommended practice) */
    CHECK_EQ_STR(t.texts[0], "abc \xEF\xBF\xBD\xEF\xBF\xBD def \xEF\xBF\xBD ghi");
    /* JSON with invalid UTF-8 is rejected by the JSON parser: reported, not a crash */
    result j = read_all(J("{\"id\":\"a\",\"date\":\"2024-07-09\",\"text\":\"\xff\"}\n"), HD_FMT_JSONL, NULL);
    CHECK_EQ_INT(j.ok + j.bad, 1);
}

TEST(plain_text_reader) {
    result r = read_all(J("Le président a parlé.\n"), HD_FMT_TEXT, "20240709");
    CHECK_EQ_INT(r.ok, 1);
    CHECK_EQ_STR(r.ids[0], "mem");
    CHECK_EQ_STR(r.dates[0], "2024-07-09");
    result nodate = read_all(J("Texte.\n"), HD_FMT_TEXT, NULL);
    CHECK_EQ_INT(nodate.ok, 0);
    CHECK_EQ_INT(nodate.bad, 1);
    CHECK(strstr(nodate.err[0], "--date"));
    result empty = read_all("", 0, HD_FMT_TEXT, "2024-07-09");
    CHECK_EQ_INT(empty.bad, 1);
}

TEST(huge_single_story_20mb) {
    size_t n = 20u << 20;
    char *big = malloc(n + 128);
    size_t w = (size_t)sprintf(big, "{\"id\":\"big\",\"date\":\"2024-07-09\",\"text\":\"");
    const char *phrase = "Le ministre a rencontré son homologue. ";
    size_t pl = strlen(phrase);
    while (w + pl + 4 < n) { memcpy(big + w, phrase, pl); w += pl; }
    w += (size_t)sprintf(big + w, "\"}\n");
    result r = read_all(big, w, HD_FMT_JSONL, NULL);
    CHECK_EQ_INT(r.ok, 1);
    CHECK(r.lens[0] > (19u << 20));
    /* and the same story over a small limit is skipped with a message */
    hd_reader_opts o = {0};
    o.format = HD_FMT_JSONL;
    o.max_story = 1u << 20;
    hd_reader *rd = hd_reader_mem(big, w, "big.jsonl", &o);
    hd_story s;
    CHECK_EQ_INT(hd_reader_next(rd, &s), HD_EBADINPUT);
    CHECK(strstr(hd_reader_error(rd), "limit") != NULL);
    CHECK_EQ_INT(hd_reader_next(rd, &s), HD_EOF);
    hd_reader_free(rd);
    free(big);
}

TEST(nonexistent_file) {
    int st = 0;
    char err[256] = "";
    hd_reader *r = hd_reader_open("/nonexistent/stories.jsonl", NULL, &st, err, sizeof err);
    CHECK(r == NULL);
    CHECK_EQ_INT(st, HD_EIO);
    CHECK(strstr(err, "/nonexistent/stories.jsonl") && strstr(err, "cannot open"));
}

TEST(tabari_records) {
    result r = read_all(J("# comment\n\n950101  DEMO-01\nArnor is about to restore full diplomatic ties\nwith Gondor.\n"
                          "/*\\n----\n\\n{ ARN / GON / 064 } */\n\n"
                          "9501  BAD-HEADER\nText.\n\n"
                          "080804 REC-2\nSecond record.\n"), HD_FMT_TABARI, NULL);
    CHECK_EQ_INT(r.ok, 2);
    CHECK_EQ_STR(r.ids[0], "DEMO-01");
    CHECK_EQ_STR(r.dates[0], "1995-01-01");
    CHECK_EQ_STR(r.texts[0], "Arnor is about to restore full diplomatic ties\nwith Gondor.\n");
    CHECK_EQ_STR(r.dates[1], "2008-08-04");
    CHECK_EQ_INT(r.bad, 1);
    CHECK(strstr(r.err[0], "bad TABARI record header"));
}

TEST(petrarch_records) {
    result r = read_all(J("<Validation><!-- <Sentence id=\"no\"> --><Sentences>\n"
                          "<Sentence date = \"20080804\" id =\"AFP-1\" source = \"AFP\">\n"
                          "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
                          "<Text>\nArnor &amp; Gondor &lt;met&gt;.\n</Text>\n<Parse>(ROOT (S))</Parse>\n</Sentence>\n"
                          "<Sentence id=\"NO-TEXT\" date=\"20080804\"></Sentence>\n"
                          "<Sentence date=\"2008\" id=\"BAD-DATE\"><Text>x</Text></Sentence>\n"
                          "</Sentences></Validation>\n"), HD_FMT_PETRARCH, NULL);
    CHECK_EQ_INT(r.ok, 1);
    CHECK_EQ_STR(r.ids[0], "AFP-1");
    CHECK_EQ_STR(r.texts[0], "\nArnor & Gondor <met>.\n");
    CHECK_EQ_INT(r.bad, 2);
}

static int count_file(const char *path, hd_format fmt, int *bad) {
    int st;
    char err[256];
    hd_reader_opts o = {0};
    o.format = fmt;
    hd_reader *r = hd_reader_open(path, &o, &st, err, sizeof err);
    if (!r) return -1;
    hd_story s;
    int k, n = 0;
    *bad = 0;
    while ((k = hd_reader_next(r, &s)) != HD_EOF && k != HD_EIO) {
        if (k == HD_OK) n++;
        else (*bad)++;
    }
    hd_reader_free(r);
    return n;
}

TEST(peer_suites_read_completely) {
    int bad;
    int n = count_file("../shared/peers/petrarch2/PETR.UnitTest.records.xml", HD_FMT_PETRARCH, &bad);
    if (n < 0) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    CHECK(n >= 280);
    CHECK_EQ_INT(bad, 0);
    n = count_file("../shared/peers/tabari/Validate.text", HD_FMT_TABARI, &bad);
    CHECK(n >= 200);
    n = count_file("../shared/peers/petrarch2/GigaWord.sample.PETR.xml", HD_FMT_PETRARCH, &bad);
    CHECK(n >= 5);
}

TEST(date_parsing) {
    char out[11];
    CHECK_EQ_INT(hd_date_parse("2024-07-09", 10, out), HD_OK);
    CHECK_EQ_STR(out, "2024-07-09");
    CHECK_EQ_INT(hd_date_parse("20240229", 8, out), HD_OK);
    CHECK_EQ_INT(hd_date_parse("20230229", 8, out), HD_EBADINPUT);
    CHECK_EQ_INT(hd_date_parse("950101", 6, out), HD_OK);
    CHECK_EQ_STR(out, "1995-01-01");
    CHECK_EQ_INT(hd_date_parse("2024-13-01", 10, out), HD_EBADINPUT);
    CHECK_EQ_INT(hd_date_parse("09/07/2024", 10, out), HD_EBADINPUT);
    CHECK_EQ_INT(hd_date_parse("", 0, out), HD_EBADINPUT);
}

/* hd_reader_offset: the bytes consumed up to the end of the story just returned (or
** skipped), across 64 KiB chunk boundaries, and the whole input at EOF. */
TEST(reader_offset_counts_consumed_bytes) {
    static char buf[200000];
    const char *line1 = "{\"id\":\"a\",\"date\":\"2024-07-09\",\"text\":\"Le président a parlé.\"}\n";
    const char *bad = "not json\n";
    size_t n1 = strlen(line1), nb = strlen(bad), len = 0;
    memcpy(buf, line1, n1); len += n1;
    memcpy(buf + len, bad, nb); len += nb;
    while (len + n1 < sizeof buf - 1) { memcpy(buf + len, line1, n1); len += n1; }
    hd_reader_opts o = {0};
    o.format = HD_FMT_JSONL;
    hd_reader *rd = hd_reader_mem(buf, len, "mem", &o);
    hd_story s;
    CHECK_EQ_INT(hd_reader_offset(rd), 0);
    CHECK_EQ_INT(hd_reader_next(rd, &s), HD_OK);
    CHECK_EQ_INT(hd_reader_offset(rd), n1);
    CHECK_EQ_INT(hd_reader_next(rd, &s), HD_EBADINPUT);
    CHECK_EQ_INT(hd_reader_offset(rd), n1 + nb);
    size_t k = 0;
    while (hd_reader_next(rd, &s) == HD_OK) {
        k++;
        if (hd_reader_offset(rd) != n1 + nb + k * n1) break;
    }
    CHECK_EQ_INT(hd_reader_offset(rd), len);
    CHECK_EQ_INT(n1 + nb + k * n1, len);
    hd_reader_free(rd);
    CHECK_EQ_INT(hd_reader_offset(NULL), 0);
}
