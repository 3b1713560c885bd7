/* fuzz_common.h — shared body of the reader fuzz targets: read every story of the
** input, analyse each with the text pipeline, and touch every token. */
#ifndef HD_FUZZ_COMMON_H
#define HD_FUZZ_COMMON_H
#include "herodote.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static hd_pipeline *fuzz_pipe;
static hd_doc *fuzz_doc;

static void fuzz_cleanup(void) { hd_doc_free(fuzz_doc); hd_pipeline_free(fuzz_pipe); }

static inline int fuzz_read(const char *data, size_t size, hd_format fmt) {
    if (!fuzz_pipe) {
        char err[256];
        fuzz_pipe = hd_pipeline_new(NULL, err, sizeof err);
        if (!fuzz_pipe) abort();
        fuzz_doc = hd_doc_new();
        atexit(fuzz_cleanup);
    }
    hd_reader_opts o = {0};
    o.format = fmt;
    o.date = "2024-07-09";
    o.max_story = 1 << 20;
    hd_reader *r = hd_reader_mem(data, size, "fuzz", &o);
    hd_story s;
    int k, guard = 0;
    while ((k = hd_reader_next(r, &s)) != HD_EOF && k != HD_EIO && guard++ < 100000) {
        if (k != HD_OK) { if (!hd_reader_error(r)[0]) abort(); continue; }   /* every skip has a message */
        if (strlen(s.text) != s.len) abort();                                  /* no NUL inside */
        if (hd_analyze(fuzz_pipe, &s, fuzz_doc) != HD_OK) abort();
        size_t last = 0;
        for (size_t i = 0; i < hd_doc_ntokens(fuzz_doc); i++) {
            const hd_token *t = hd_doc_token(fuzz_doc, i);
            if (t->off + t->len > s.len || t->off < last) abort();            /* spans in order, in bounds */
            last = t->off;
        }
    }
    hd_reader_free(r);
    return 0;
}
#endif
