/* test_dict.c — dictionary loader: formats, errors with file:line, dated codes. */
#include "util.h"
#include <sys/stat.h>
#include <unistd.h>

static char diag_log[8192];
static void diag(void *ctx, const char *msg) {
    (void)ctx;
    size_t n = strlen(diag_log);
    snprintf(diag_log + n, sizeof diag_log - n, "%s\n", msg);
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

/* A small dictionary tree in a temporary folder. */
static const char *make_tree(const char *actors_fr, const char *verbs_fr) {
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/hd-dict-test-%d", (int)getpid());
    char p[512];
    snprintf(p, sizeof p, "mkdir -p %s/dict/common %s/dict/fr %s/dict/en %s/cameo", dir, dir, dir, dir);
    if (system(p) != 0) return NULL;
    snprintf(p, sizeof p, "%s/cameo/codes.tsv", dir);
    write_file(p, "# test table\n041\tDiscuss by telephone\t1\t1\tCONSULT\tphone\n"
                  "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\n111\tCriticize\t-2\t3\tACCUSE\t\n");
    snprintf(p, sizeof p, "%s/dict/fr/test.actors", dir);
    write_file(p, actors_fr);
    snprintf(p, sizeof p, "%s/dict/fr/verbs.txt", dir);
    write_file(p, verbs_fr);
    static char out[128];
    snprintf(out, sizeof out, "%s/dict", dir);
    return out;
}

static void rm_tree(void) {
    char p[256];
    snprintf(p, sizeof p, "rm -rf /tmp/hd-dict-test-%d", (int)getpid());
    if (system(p) != 0) fprintf(stderr, "cleanup failed\n");
}

TEST(dict_bad_lines_are_reported_with_file_line) {
    diag_log[0] = 0;
    const char *dir = make_tree(
        "[country]\n"
        "IRN : Iran | République islamique d'Iran\n"
        "irn : lowercase code\n"                /* 3: bad code */
        "KAZ Kazakhstan\n"                      /* 4: no ':' */
        "[planet]\n"                            /* 5: unknown section */
        "MAR : Mars\n"                          /* 6: under an unknown section: skipped silently */
        "[person]\n"
        "IRNELI, IRNGOV 2024-13-01.. : Bad Date\n"   /* 8: bad date */
        "IRNELI, IRNGOV 2024-07-06.. : Massoud Pezeshkian | Pezeshkian\n",
        "041 : s'entretenir par téléphone avec +\n"
        "9999 : bad code\n"                     /* 2: unknown CAMEO code (reported, kept) */
        "ab : x\n"                              /* 3: not a code */
        "042 : + visiter\n");                   /* 4: starts with a target */
    hd_dicts *d = hd_dicts_load(dir, 0, diag, NULL, NULL, 0);
    CHECK(d != NULL);
    CHECK(strstr(diag_log, "fr/test.actors:3: bad code 'irn'") != NULL);
    CHECK(strstr(diag_log, "fr/test.actors:4: expected 'CODES : name | name'") != NULL);
    CHECK(strstr(diag_log, "fr/test.actors:5: unknown section [planet]") != NULL);
    CHECK(strstr(diag_log, "fr/test.actors:8: bad date") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:2: unknown CAMEO code 9999") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:3: bad CAMEO code 'ab'") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:4: a pattern must start with a word") != NULL);
    CHECK_EQ_INT(hd_dicts_count(d, "fr", "country"), 2);
    CHECK_EQ_INT(hd_dicts_count(d, "fr", "people"), 2);
    CHECK_EQ_INT(hd_dicts_count(d, "fr", "patterns"), 2);
    CHECK_EQ_INT(hd_dicts_errors(d), 7);
    hd_dicts_free(d);
    /* --strict: the first bad line is fatal */
    char err[256] = "";
    d = hd_dicts_load(dir, HD_DICT_STRICT, NULL, NULL, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, "strict") != NULL);
    rm_tree();
}

TEST(dict_word_sets) {
    diag_log[0] = 0;
    const char *dir = make_tree(
        "[country]\nIRN : Iran\nFRA : France\n",
        "@mauvais = inacceptable|illégal\n"
        "111 : qualifier * @mauvais\n"
        "111 : juger * @inconnu\n"              /* 3: unknown set */
        "@mauvais = autre\n"                    /* 4: defined twice */
        "@ = x\n"                               /* 5: no name */
        "@vide\n"                               /* 6: no '=' */
        "@deux = a b\n");                       /* 7: a space */
    hd_dicts *d = hd_dicts_load(dir, 0, diag, NULL, NULL, 0);
    CHECK(d != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:3: unknown word set '@inconnu'") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:4: word set @mauvais defined twice") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:5: bad word set name") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:6: expected '@name = word|word") != NULL);
    CHECK(strstr(diag_log, "fr/verbs.txt:7: word set @deux") != NULL);
    CHECK_EQ_INT(hd_dicts_count(d, "fr", "patterns"), 1);
    CHECK_EQ_INT(hd_dicts_errors(d), 5);
    /* the set's words are the pattern's alternatives, lemmas included */
    hd_coder *c = hd_coder_new(d, NULL, NULL, 0);
    hd_story s = {0};
    s.id = "x"; s.lang = "fr"; s.title = s.source = s.url = s.meta = "";
    s.text = "L'Iran a qualifié d'illégale la visite de la France.";
    s.len = strlen(s.text);
    s.date = "2024-07-09";
    CHECK_EQ_INT(hd_code_story(c, &s), HD_OK);
    CHECK_EQ_INT(hd_coder_nevents(c), 1);
    if (hd_coder_nevents(c) == 1) CHECK_EQ_STR(hd_coder_event(c, 0)->code, "111");
    hd_coder_free(c);
    hd_dicts_free(d);
    rm_tree();
}

TEST(dict_missing_folder) {
    char err[256] = "";
    hd_dicts *d = hd_dicts_load("/nonexistent/dict", 0, NULL, NULL, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, "/nonexistent/dict") != NULL);
}

TEST(dict_dated_codes_follow_the_story_date) {
    const char *dir = make_tree(
        "[person]\nIRNELI, IRNGOV 2024-07-06.. : Massoud Pezeshkian | Pezeshkian\n"
        "IRNELI, IRNGOV 2021-08-03..2024-05-19 : Ebrahim Raïssi | Raïssi\n", "041 : conversation téléphonique\n");
    hd_dicts *d = hd_dicts_load(dir, 0, NULL, NULL, NULL, 0);
    CHECK(d != NULL);
    hd_coder *c = hd_coder_new(d, NULL, NULL, 0);
    hd_story s = {0};
    s.id = "x"; s.lang = "fr"; s.title = s.source = s.url = s.meta = "";
    s.text = "Massoud Pezeshkian et Ebrahim Raïssi.";
    s.len = strlen(s.text);
    s.date = "2024-07-09";
    CHECK_EQ_INT(hd_code_story(c, &s), HD_OK);
    CHECK_EQ_INT(hd_coder_nmentions(c), 2);
    CHECK_EQ_STR(hd_coder_mention(c, 0)->code, "IRNGOV");
    CHECK_EQ_STR(hd_coder_mention(c, 1)->code, "IRNELI");
    s.date = "2023-01-10";
    CHECK_EQ_INT(hd_code_story(c, &s), HD_OK);
    CHECK_EQ_STR(hd_coder_mention(c, 0)->code, "IRNELI");
    CHECK_EQ_STR(hd_coder_mention(c, 1)->code, "IRNGOV");
    hd_coder_free(c);
    hd_dicts_free(d);
    rm_tree();
}

TEST(code_table) {
    hd_dicts *d = hd_dicts_load("data/dict", 0, NULL, NULL, NULL, 0);
    CHECK(d != NULL);
    if (!d) return;
    const hd_code_info *ci = hd_code_lookup(d, "041");
    CHECK(ci && ci->quad == 1 && !strcmp(ci->plover, "CONSULT"));
    ci = hd_code_lookup(d, "195");
    CHECK(ci && ci->quad == 4 && ci->goldstein == -10);
    CHECK(hd_code_lookup(d, "999") == NULL);
    hd_dicts_free(d);
}
