/* util.c — helpers shared by the unit tests. */
#include "util.h"

static hd_pipeline *pipe_;
static hd_doc *doc_;
static char *text_;

static void cleanup(void) {
    hd_doc_free(doc_);
    hd_pipeline_free(pipe_);
    free(text_);
}

hd_pipeline *test_pipeline(void) {
    if (!pipe_) {
        char err[256];
        pipe_ = hd_pipeline_new(NULL, err, sizeof err);
        if (!pipe_) { fprintf(stderr, "cannot create pipeline: %s\n", err); exit(2); }
        doc_ = hd_doc_new();
        atexit(cleanup);
    }
    return pipe_;
}

hd_doc *test_analyze(const char *text, const char *lang) {
    hd_pipeline *p = test_pipeline();
    free(text_);
    text_ = strdup(text);
    hd_story s = {0};
    s.id = "t"; s.date = "2024-07-09"; s.lang = lang ? lang : "";
    s.text = text_; s.len = strlen(text_);
    if (hd_analyze(p, &s, doc_) != HD_OK) { fprintf(stderr, "analyze failed\n"); exit(2); }
    return doc_;
}

static char buf_[4096];

const char *tok_text(hd_doc *d, size_t i) {
    const hd_token *t = hd_doc_token(d, i);
    if (!t) return "(none)";
    snprintf(buf_, sizeof buf_, "%.*s", (int)t->len, hd_doc_text(d) + t->off);
    return buf_;
}

const char *sent_text(hd_doc *d, size_t i) {
    const hd_sentence *s = hd_doc_sentence(d, i);
    if (!s) return "(none)";
    snprintf(buf_, sizeof buf_, "%.*s", (int)s->len, hd_doc_text(d) + s->off);
    return buf_;
}

static hd_dicts *dicts_;
static hd_coder *coder_;
static char *ctext_;

static void coder_cleanup(void) {
    hd_coder_free(coder_);
    hd_dicts_free(dicts_);
    free(ctext_);
}

hd_coder *test_coder(void) {
    if (!coder_) {
        char err[256];
        dicts_ = hd_dicts_load("data/dict", 0, NULL, NULL, err, sizeof err);
        if (!dicts_) { fprintf(stderr, "cannot load data/dict: %s\n", err); exit(2); }
        coder_ = hd_coder_new(dicts_, NULL, err, sizeof err);
        if (!coder_) { fprintf(stderr, "cannot create a coder: %s\n", err); exit(2); }
        atexit(coder_cleanup);
    }
    return coder_;
}

hd_coder *test_code(const char *text, const char *date, const char *lang) {
    hd_coder *c = test_coder();
    free(ctext_);
    ctext_ = strdup(text);
    hd_story s = {0};
    s.id = "t"; s.date = date; s.lang = lang; s.title = s.source = s.url = s.meta = "";
    s.text = ctext_; s.len = strlen(ctext_);
    if (hd_code_story(c, &s) != HD_OK) { fprintf(stderr, "coding failed\n"); exit(2); }
    return c;
}

const char *test_text(void) { return ctext_; }

const char *test_seed_story(void) {
    static char buf[16384];
    FILE *f = fopen("../shared/seed/article-fr.txt", "rb");
    if (!f) { fprintf(stderr, "skip: ../shared/seed/article-fr.txt not found\n"); return NULL; }
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}
