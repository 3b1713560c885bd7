/* test_dictimg.c — compiled dictionary images: the same coding as the text, staleness,
** and a reader that refuses truncated or corrupt images without crashing. */
#include "util.h"
#include "engine.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static char *read_all(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)len + 1);
    if (p && fread(p, 1, (size_t)len, f) != (size_t)len) { free(p); p = NULL; }
    fclose(f);
    *n = (size_t)len;
    return p;
}

static void write_all(const char *path, const void *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(p, 1, n, f);
    fclose(f);
}

/* Every event of every story of a JSONL file, one line each, with its evidence spans. */
static char *code_file(hd_dicts *d, const char *path) {
    char err[256];
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    hd_reader_opts ro = {0};
    int rst;
    hd_reader *r = hd_reader_open(path, &ro, &rst, err, sizeof err);
    if (!c || !r) { hd_coder_free(c); hd_reader_free(r); return NULL; }
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    out[0] = 0;
    hd_story story, *s = &story;
    while (hd_reader_next(r, s) == HD_OK) {
        if (hd_code_story(c, s) != HD_OK) continue;
        for (size_t i = 0; i < hd_coder_nevents(c); i++) {
            const hd_event *e = hd_coder_event(c, i);
            if (n + 512 > cap) out = realloc(out, cap *= 2);
            n += (size_t)snprintf(out + n, cap - n, "%s %u %s %s>%s:%s %u-%u %u-%u %u-%u %s\n", s->id, e->sentence, e->date,
                                  e->source, e->target, e->code, e->src_start, e->src_end, e->verb_start, e->verb_end,
                                  e->tgt_start, e->tgt_end, e->flags);
        }
    }
    hd_reader_free(r);
    hd_coder_free(c);
    return out;
}

TEST(dict_image_codes_like_the_text) {
    char img[64], err[512];
    snprintf(img, sizeof img, "/tmp/hd-img-test-%d.img", (int)getpid());
    CHECK_EQ_INT(hd_dicts_compile("data/dict", img, 0, NULL, NULL, err, sizeof err), HD_OK);
    int st = 0;
    hd_dicts *di = hd_dicts_load_image(img, "data/dict", NULL, NULL, &st, err, sizeof err);
    hd_dicts *dt = hd_dicts_load("data/dict", 0, NULL, NULL, err, sizeof err);
    CHECK(di != NULL);
    CHECK(dt != NULL);
    CHECK_EQ_INT(st, HD_OK);
    CHECK(hd_dicts_is_image(di));
    CHECK(!hd_dicts_is_image(dt));
    if (di && dt) {
        static const char *const kinds[] = {"country", "adjective", "place", "igo", "group", "people", "agents",
                                            "patterns", "discards", "codes", "files", "bytes"};
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
            CHECK_EQ_INT(hd_dicts_count(di, "fr", kinds[k]), hd_dicts_count(dt, "fr", kinds[k]));
            CHECK_EQ_INT(hd_dicts_count(di, "en", kinds[k]), hd_dicts_count(dt, "en", kinds[k]));
        }
        const char *files[] = {"examples/sample-fr.jsonl", "examples/sample-en.jsonl", "tests/gold/fr_dev.jsonl",
                               "tests/gold/en_dev.jsonl"};
        for (size_t f = 0; f < 4; f++) {
            char *a = code_file(di, files[f]), *b = code_file(dt, files[f]);
            CHECK(a && b && *b);
            if (a && b && strcmp(a, b)) { hd_test_failures++; fprintf(stderr, "%s: image and text coding differ\n", files[f]); }
            free(a);
            free(b);
        }
        const hd_code_info *ci = hd_code_lookup(di, "041");
        CHECK(ci && !strcmp(ci->plover, "CONSULT"));
    }
    hd_dicts_free(di);
    hd_dicts_free(dt);
    /* an image of another folder is not an error: just not used */
    di = hd_dicts_load_image(img, "tests", NULL, NULL, &st, err, sizeof err);
    CHECK(di == NULL);
    CHECK_EQ_INT(st, HD_EIO);
    unlink(img);
}

static void put_file(const char *path, const char *text) { write_all(path, text, strlen(text)); }

/* A small tree: dict/{common,fr,en}, cameo/codes.tsv. */
static const char *small_tree(char *root, size_t n) {
    snprintf(root, n, "/tmp/hd-img-tree-%d", (int)getpid());
    char p[512];
    snprintf(p, sizeof p, "mkdir -p %s/dict/common %s/dict/fr %s/dict/en %s/cameo", root, root, root, root);
    if (system(p) != 0) return NULL;
    snprintf(p, sizeof p, "%s/cameo/codes.tsv", root);
    put_file(p, "041\tDiscuss by telephone\t1\t1\tCONSULT\tphone\n111\tCriticize\t-2\t3\tACCUSE\t\n");
    snprintf(p, sizeof p, "%s/dict/fr/test.actors", root);
    put_file(p, "[country]\nIRN : Iran\nKAZ : Kazakhstan\n[person]\nIRNELI, IRNGOV 2024-07-06.. : Massoud Pezeshkian\n");
    snprintf(p, sizeof p, "%s/dict/fr/verbs.txt", root);
    put_file(p, "041 : s'entretenir * avec +\n111 : condamner +\n999 : bad code here\n");
    snprintf(p, sizeof p, "%s/dict/en/verbs.txt", root);
    put_file(p, "111 : condemn +\n041 : hold * talks|call with +\n");
    /* tiny Hunspell files: a coder over them starts in no time */
    static const char *const hs[] = {"fr_FR.aff", "en_US.aff", "fr_FR.dic", "en_US.dic"};
    for (int i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/%s", root, hs[i]);
        put_file(p, i < 2 ? "SET UTF-8\n" : "2\nIran\ncondamner\n");
    }
    static char dict[600];
    snprintf(dict, sizeof dict, "%s/dict", root);
    return dict;
}

static int nmsgs;
static void count_msg(void *ctx, const char *m) { (void)ctx; (void)m; nmsgs++; }

TEST(dict_image_staleness) {
    char root[128], img[256], p[512], err[1024];
    const char *dir = small_tree(root, sizeof root);
    CHECK(dir != NULL);
    if (!dir) return;
    snprintf(img, sizeof img, "%s/dicts.img", root);
    nmsgs = 0;
    CHECK_EQ_INT(hd_dicts_compile(dir, img, 0, count_msg, NULL, err, sizeof err), HD_OK);
    int compiled_msgs = nmsgs;
    CHECK(compiled_msgs >= 1);   /* the bad line, reported at compile time */
    int st;
    nmsgs = 0;
    hd_dicts *d = hd_dicts_load_image(img, dir, count_msg, NULL, &st, err, sizeof err);
    CHECK(d != NULL);
    CHECK_EQ_INT(nmsgs, compiled_msgs);   /* and again at each load */
    CHECK_EQ_INT(hd_dicts_errors(d), compiled_msgs);
    hd_dicts_free(d);
    /* touched, same content: still fresh */
    snprintf(p, sizeof p, "%s/fr/verbs.txt", dir);
    struct timespec ts[2] = {{0, UTIME_NOW}, {1000000000, 0}};
    CHECK_EQ_INT(utimensat(AT_FDCWD, p, ts, 0), 0);
    d = hd_dicts_load_image(img, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d != NULL);
    hd_dicts_free(d);
    /* a changed file */
    put_file(p, "041 : s'entretenir * avec +\n111 : condamner +\n111 : critiquer +\n");
    d = hd_dicts_load_image(img, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d == NULL);
    CHECK_EQ_INT(st, HD_EDICT);
    CHECK(strstr(err, "stale") && strstr(err, "fr/verbs.txt"));
    /* recompiled: fresh; then a new file in a folder */
    CHECK_EQ_INT(hd_dicts_compile(dir, img, 0, NULL, NULL, err, sizeof err), HD_OK);
    d = hd_dicts_load_image(img, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d != NULL);
    hd_dicts_free(d);
    snprintf(p, sizeof p, "%s/en/extra.actors", dir);
    put_file(p, "[country]\nJPN : Japan\n");
    d = hd_dicts_load_image(img, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, "stale") != NULL);
    /* a removed source */
    CHECK_EQ_INT(hd_dicts_compile(dir, img, 0, NULL, NULL, err, sizeof err), HD_OK);
    unlink(p);
    d = hd_dicts_load_image(img, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, "stale") != NULL);
    snprintf(p, sizeof p, "rm -rf %s", root);
    if (system(p) != 0) fprintf(stderr, "cleanup failed\n");
}

/* Load a mutated image: it must be refused with a message, or load and code without
** a memory error (the ASan run checks that). */
static int try_image(const char *path, const char *dir, const void *bytes, size_t n, const char *hunspell) {
    write_all(path, bytes, n);
    char err[1024];
    int st;
    hd_dicts *d = hd_dicts_load_image(path, dir, NULL, NULL, &st, err, sizeof err);
    if (!d) { CHECK(st != HD_OK && err[0]); return 0; }
    char e2[256];
    hd_pipeline_opts po = {hunspell};
    hd_coder *c = hd_coder_new(d, &po, e2, sizeof e2);
    if (c) {
        hd_story s = {0};
        s.id = "x"; s.date = "2024-07-09"; s.lang = "fr"; s.title = s.source = s.url = s.meta = ""; s.origin = "-";
        s.text = "Massoud Pezeshkian s'est entretenu avec le Kazakhstan. L'Iran a condamné le Kazakhstan.";
        s.len = strlen(s.text);
        hd_code_story(c, &s);
        s.lang = "en";
        s.text = "Iran condemned Kazakhstan. Iran held talks with Kazakhstan.";
        s.len = strlen(s.text);
        hd_code_story(c, &s);
        hd_coder_free(c);
    }
    hd_dicts_free(d);
    return 1;
}

TEST(dict_image_truncated_or_corrupt_is_refused) {
    char root[128], img[256], bad[300], err[1024];
    bad[0] = 0;
    const char *dir = small_tree(root, sizeof root);
    if (!dir) { CHECK(0); return; }
    snprintf(img, sizeof img, "%s/dicts.img", root);
    /* the mutated copies are written thousands of times: memory, when there is some */
    if (access("/dev/shm", W_OK) == 0) snprintf(bad, sizeof bad, "/dev/shm/hd-img-bad-%d.img", (int)getpid());
    else snprintf(bad, sizeof bad, "%s/bad.img", root);
    CHECK_EQ_INT(hd_dicts_compile(dir, img, 0, NULL, NULL, err, sizeof err), HD_OK);
    size_t n;
    char *orig = read_all(img, &n);
    CHECK(orig != NULL && n > 512);
    if (!orig) return;
    char *m = malloc(n);
    /* truncations: always refused */
    int loaded = 0;
    for (size_t len = 0; len < n; len += len < 256 ? 7 : 97) loaded += try_image(bad, dir, orig, len, root);
    CHECK_EQ_INT(loaded, 0);
    /* random byte changes: refused by the checksum */
    unsigned seed = 12345;
    loaded = 0;
    for (int i = 0; i < 200; i++) {
        memcpy(m, orig, n);
        seed = seed * 1103515245u + 12345u;
        size_t at = (seed >> 8) % n;
        m[at] = (char)(m[at] ^ (1 + (seed >> 3) % 255));
        loaded += try_image(bad, dir, m, n, root);
    }
    CHECK_EQ_INT(loaded, 0);
    /* the same changes with the checksum made right again: the structure checks must
       refuse what would be followed out of bounds (or load something harmless) */
    int refused = 0;
    for (int i = 0; i < 1500; i++) {
        memcpy(m, orig, n);
        for (int k = 0; k < 1 + i % 4; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % n;
            seed = seed * 1103515245u + 12345u;
            m[at] = (char)(i % 3 == 0 ? (seed >> 16) : m[at] ^ (1u << ((seed >> 16) % 8)));
        }
        hd_dictimg_reseal(m, n);
        refused += !try_image(bad, dir, m, n, root);
    }
    CHECK(refused > 0);
    /* a version from another build */
    memcpy(m, orig, n);
    m[16] ^= 1;
    hd_dictimg_reseal(m, n);
    write_all(bad, m, n);
    int st;
    hd_dicts *d = hd_dicts_load_image(bad, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d == NULL && strstr(err, "another version"));
    /* not an image at all */
    d = hd_dicts_load_image(dir, dir, NULL, NULL, &st, err, sizeof err);
    CHECK(d == NULL);
    free(m);
    free(orig);
    unlink(bad);
    char p[300];
    snprintf(p, sizeof p, "rm -rf %s", root);
    if (system(p) != 0) fprintf(stderr, "cleanup failed\n");
}
