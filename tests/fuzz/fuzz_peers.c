/* fuzz_peers.c — fuzz target: the peers' dictionary loaders (src/peers.c) and the
** peers' coding rules (src/coder.c) on arbitrary bytes.  The first byte picks the
** format (even: TABARI, odd: PETRARCH; the seeds start with '0' or '1'); the rest is
** split at "\n%%\n" into an actors file, an agents file, a verbs file and a fourth
** file (TABARI: .options, PETRARCH: discards), written to a private folder and loaded
** with hd_dicts_load_files().  When they load, two short stories are coded at two
** dates.  Every problem must be reported, never crash; the results must hold
** together (spans inside the text, a note means no events). */
#include "herodote.h"
#include <stdbool.h>
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

static const char *const tnames[] = {"t.actors", "t.agents", "t.verbs", "t.options"};
static const char *const pnames[] = {"actors.txt", "agents.txt", "verbs.txt", "discards.txt"};

/* the private folder goes at exit */
static void cleanup(void) {
    char p[128];
    for (int k = 0; k < 4; k++) {
        snprintf(p, sizeof p, "%s/%s", dir, tnames[k]); unlink(p);
        snprintf(p, sizeof p, "%s/%s", dir, pnames[k]); unlink(p);
    }
    rmdir(dir);
}

static void diag(void *ctx, const char *msg) { (void)ctx; if (!msg || !*msg) abort(); }

static const char *const stories[] = {
    "Xland's president accused Brovia of spying on Monday, a senior official said on Saturday. "
    "The foreign minister of Quenmark and Brovia condemned Xland and sent food to the north.",
    "Brovia was attacked by Xland troops near the border, and Xland opened talks with the Brovian "
    "rebels after the typhoon. They said it was a grave mistake.",
};

static void code_all(hd_coder *c) {
    static const char *const dates[] = {"2012-07-09", "1995-01-01"};
    for (size_t k = 0; k < 2; k++) {
        hd_story st = {0};
        st.id = "f";
        st.date = dates[k];
        st.lang = "en";
        st.title = st.source = st.url = st.meta = "";
        st.text = stories[k];
        st.len = strlen(st.text);
        if (hd_code_story(c, &st) != HD_OK) abort();
        const char *note = hd_coder_story_note(c);
        if (note && strcmp(note, "discard") && strcmp(note, "complex")) abort();
        if (note && hd_coder_nevents(c)) abort();   /* a discard or complex story codes nothing */
#ifdef FUZZ_PEERS_VERBOSE
        fprintf(stderr, "story %zu: %zu mentions, %zu events%s%s\n", k, hd_coder_nmentions(c), hd_coder_nevents(c),
                note ? ", note " : "", note ? note : "");
        for (size_t i = 0; i < hd_coder_nevents(c); i++)
            fprintf(stderr, "  %s %s %s\n", hd_coder_event(c, i)->source, hd_coder_event(c, i)->target, hd_coder_event(c, i)->code);
#endif
        for (size_t i = 0; i < hd_coder_nevents(c); i++) {
            const hd_event *e = hd_coder_event(c, i);
            if (!e || !e->source || !e->target || !e->code || !*e->code || !e->info || !e->flags) abort();
            if (e->verb_start > e->verb_end || e->verb_end > st.len || e->src_end > st.len || e->tgt_end > st.len) abort();
        }
        for (size_t i = 0; i < hd_coder_nmentions(c); i++) {
            const hd_mention *m = hd_coder_mention(c, i);
            if (!m || m->start > m->end || m->end > st.len || !m->code) abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    char p[5][128];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/hd-fuzz-peers-%d", (int)getpid());
        mkdir(dir, 0700);
        atexit(cleanup);
        /* the CAMEO table is found beside the executable's build folder; run from the
           source tree (make fuzz), data/dict serves wherever the binary is */
        if (!getenv("HERODOTE_DICT") && access("data/dict", R_OK) == 0) setenv("HERODOTE_DICT", "data/dict", 0);
    }
    bool tabari = (data[0] & 1) == 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    /* up to four parts separated by "\n%%\n" */
    const char *part[4] = {s, "", "", ""};
    size_t plen[4] = {0, 0, 0, 0};
    int np = 0;
    for (;;) {
        size_t rest = n - (size_t)(part[np] - s);
        const char *sep = np < 3 ? memmem(part[np], rest, "\n%%\n", 4) : NULL;
        if (!sep) { plen[np++] = rest; break; }
        plen[np] = (size_t)(sep - part[np]);
        part[np + 1] = sep + 4;
        np++;
    }
    for (int k = 0; k < 4; k++) {
        snprintf(p[k], sizeof p[k], "%s/%s", dir, tabari ? tnames[k] : pnames[k]);
        put(p[k], part[k], plen[k]);
    }
    hd_peer_files pf = {0};
    pf.format = tabari ? "tabari" : "petrarch";
    pf.actors[0] = p[0];
    if (np > 1) pf.agents[0] = p[1];
    pf.verbs[0] = p[2];               /* always there (may be empty) */
    if (np > 3) {
        if (tabari) pf.options = p[3];
        else pf.discards[0] = p[3];
    }
    char err[256];
    hd_dicts *d = hd_dicts_load_files(&pf, 0, diag, NULL, err, sizeof err);
#ifdef FUZZ_PEERS_VERBOSE
    fprintf(stderr, "%s: %s, %zu errors\n", pf.format, d ? "loaded" : err, d ? hd_dicts_errors(d) : 0);
#endif
    if (!d) return 0;
    (void)hd_dicts_count(d, "en", "patterns");
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    if (c) {
        code_all(c);
        /* the options the CLI and validate pass on, then the same stories again */
        hd_dicts_option(d, "SET: MINIMUM WORDS = 3");
        hd_dicts_option(d, "require_dyad = false");
        hd_dicts_option(d, "COMMA: OFF");
        code_all(c);
        hd_coder_free(c);
    }
    hd_dicts_free(d);
    /* strict mode: either it loads or it says why */
    err[0] = 0;
    d = hd_dicts_load_files(&pf, HD_DICT_STRICT, diag, NULL, err, sizeof err);
    if (!d && !err[0]) abort();
    hd_dicts_free(d);
    return 0;
}
