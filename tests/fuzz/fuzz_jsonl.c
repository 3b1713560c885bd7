/* fuzz_jsonl.c — fuzz target: the jsonl reader and the text pipeline on arbitrary bytes;
** and the reader's fast JSONL path against jansson alone (the parser of record): the
** same stories, fields and messages. */
#include "fuzz_common.h"
#include "internal.h"
#include <stdio.h>

extern bool hd_reader_fast_json;

/* Every story or message of the input, as text. */
static void read_all(const char *data, size_t size, hd_buf *out) {
    hd_reader_opts o = {0};
    o.format = HD_FMT_JSONL;
    o.max_story = 1 << 20;
    hd_reader *r = hd_reader_mem(data, size, "fuzz", &o);
    hd_story s;
    int k, guard = 0;
    while ((k = hd_reader_next(r, &s)) != HD_EOF && k != HD_EIO && guard++ < 100000) {
        if (k != HD_OK) { hd_buf_printf(out, "%d %s\n", k, hd_reader_error(r)); continue; }
        const char *w = hd_reader_warning(r);
        hd_buf_printf(out, "ok %s|%s|%s|%s|%s|%s|%ld|%u|%u|%s|%zu:", s.id, s.date, s.lang, s.title, s.source,
                      s.url, s.line, s.bad_utf8, s.nul_bytes, w ? w : "", s.len);
        hd_buf_put(out, s.text, s.len);
        hd_buf_putc(out, '\n');
    }
    hd_buf_printf(out, "end %d\n", k);
    hd_reader_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    hd_buf fast = {0}, slow = {0};
    hd_reader_fast_json = false;
    read_all((const char *)data, size, &slow);
    hd_reader_fast_json = true;
    read_all((const char *)data, size, &fast);
    if (fast.n != slow.n || memcmp(fast.p, slow.p, fast.n)) {
        fprintf(stderr, "fuzz_jsonl: the fast JSONL path differs from jansson\n--- jansson\n%s--- fast\n%s", slow.p, fast.p);
        abort();
    }
    hd_buf_free(&fast);
    hd_buf_free(&slow);
    return fuzz_read((const char *)data, size, HD_FMT_JSONL);
}
