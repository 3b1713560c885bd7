/* fuzz_dict.c — fuzz target: the dictionary loader on arbitrary bytes.  The input is
** split at its first NUL-free "\n%%\n" into an actor file and a pattern file, written
** to a private folder with a minimal CAMEO table, then loaded and used to code a
** sentence.  Every problem must be reported, never crash. */
#include "herodote.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void put(const char *path, const char *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (n) fwrite(p, 1, n, f);
    fclose(f);
}

static void diag(void *ctx, const char *msg) { (void)ctx; if (!msg || !*msg) abort(); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char p[128];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/hd-fuzz-dict-%d", (int)getpid());
        snprintf(p, sizeof p, "%s/dict/fr", dir); mkdir(dir, 0700); snprintf(p, sizeof p, "%s/dict", dir); mkdir(p, 0700);
        snprintf(p, sizeof p, "%s/dict/fr", dir); mkdir(p, 0700);
        snprintf(p, sizeof p, "%s/cameo", dir); mkdir(p, 0700);
        snprintf(p, sizeof p, "%s/cameo/codes.tsv", dir);
        put(p, "041\tDiscuss by telephone\t1\t1\tCONSULT\tphone\n111\tCriticize\t-2\t3\tACCUSE\t\n", 70);
    }
    const char *s = (const char *)data, *sep = NULL;
    for (size_t i = 0; i + 4 <= size; i++)
        if (!memcmp(s + i, "\n%%\n", 4)) { sep = s + i; break; }
    size_t a = sep ? (size_t)(sep - s) : size;
    snprintf(p, sizeof p, "%s/dict/fr/test.actors", dir);
    put(p, s, a);
    snprintf(p, sizeof p, "%s/dict/fr/verbs.txt", dir);
    put(p, sep ? sep + 4 : "", sep ? size - a - 4 : 0);
    snprintf(p, sizeof p, "%s/dict", dir);
    char err[256];
    hd_dicts *d = hd_dicts_load(p, 0, diag, NULL, err, sizeof err);
    if (!d) return 0;
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    if (c) {
        hd_story st = {0};
        st.id = "f"; st.date = "2024-07-09"; st.lang = "fr"; st.title = st.source = st.url = st.meta = "";
        st.text = "Le président iranien a critiqué l'Iran et s'est entretenu par téléphone avec le Kazakhstan.";
        st.len = strlen(st.text);
        if (hd_code_story(c, &st) != HD_OK) abort();
        hd_coder_free(c);
    }
    hd_dicts_free(d);
    return 0;
}
