/*
** cmd_text.c — `herodote sentences`, `herodote tokens`, `herodote lemma`: what the
** text pipeline sees, as JSONL, so a user can debug a miscoded story.
*/
#include "cli.h"

typedef struct {
    hd_pipeline *p;
    hd_doc *doc;
    hd_buf out;
    bool tokens;
} text_ctx;

static void pos_names(hd_buf *b, unsigned pos) {
    static const char *names[] = {"NOUN", "VERB", "ADJ", "PPAS", "INF", "PROPER", "FUNC", "ING"};
    bool first = true;
    hd_buf_putc(b, '[');
    for (int i = 0; i < 8; i++)
        if (pos & (1u << i)) { hd_buf_printf(b, "%s\"%s\"", first ? "" : ",", names[i]); first = false; }
    hd_buf_putc(b, ']');
}

static int on_story(const hd_story *s, void *vctx) {
    text_ctx *c = vctx;
    int st = hd_analyze(c->p, s, c->doc);
    if (st != HD_OK) {
        fprintf(stderr, "herodote: story %s: %s\n", s->id, hd_strerror(st));
        return HD_EXIT_INTERNAL;
    }
    const char *lang = hd_doc_lang(c->doc);
    static const char *kinds[] = {"", "word", "number", "punct", "quote_open", "quote_close", "quote"};
    for (size_t i = 0; i < hd_doc_nsentences(c->doc); i++) {
        const hd_sentence *se = hd_doc_sentence(c->doc, i);
        if (!c->tokens) {
            hd_buf_puts(&c->out, "{\"story_id\":\"");
            hd_buf_json(&c->out, s->id, strlen(s->id));
            hd_buf_printf(&c->out, "\",\"sentence\":%zu,\"lang\":\"%s\",\"start\":%u,\"end\":%u,\"text\":\"", i, lang,
                          se->off, se->off + se->len);
            hd_buf_json(&c->out, s->text + se->off, se->len);
            hd_buf_puts(&c->out, "\"}\n");
        } else {
            for (uint32_t k = se->tok; k < se->tok + se->ntok; k++) {
                const hd_token *t = hd_doc_token(c->doc, k);
                hd_buf_puts(&c->out, "{\"story_id\":\"");
                hd_buf_json(&c->out, s->id, strlen(s->id));
                hd_buf_printf(&c->out, "\",\"sentence\":%zu,\"token\":%u,\"start\":%u,\"end\":%u,\"text\":\"", i,
                              k - se->tok, t->off, t->off + t->len);
                hd_buf_json(&c->out, s->text + t->off, t->len);
                hd_buf_puts(&c->out, "\",\"key\":\"");
                hd_buf_json(&c->out, t->key, t->klen);
                hd_buf_puts(&c->out, "\",\"lemma\":\"");
                hd_buf_json(&c->out, t->lemma, strlen(t->lemma));
                hd_buf_putc(&c->out, '"');
                if (t->lemma2) {
                    hd_buf_puts(&c->out, ",\"lemma2\":\"");
                    hd_buf_json(&c->out, t->lemma2, strlen(t->lemma2));
                    hd_buf_putc(&c->out, '"');
                }
                hd_buf_printf(&c->out, ",\"kind\":\"%s\",\"pos\":", kinds[t->kind < 7 ? t->kind : 0]);
                pos_names(&c->out, t->pos);
                if (t->flags & HD_TF_ELISION) hd_buf_puts(&c->out, ",\"elision\":true");
                if (t->flags & HD_TF_INVERTED) hd_buf_puts(&c->out, ",\"inverted\":true");
                if (t->flags & HD_TF_ABBREV) hd_buf_puts(&c->out, ",\"abbrev\":true");
                if (t->flags & HD_TF_PERCENT) hd_buf_puts(&c->out, ",\"percent\":true");
                hd_buf_puts(&c->out, "}\n");
            }
        }
        int x = hd_cli_flush(&c->out, false);
        if (x) return x;
    }
    return 0;
}

static int run(int argc, char **argv, bool tokens) {
    const char *name = tokens ? "tokens" : "sentences";
    const char *usage = tokens
        ? "usage: herodote tokens [options] [FILE...]\n\n"
          "Print every token as one JSON object per line: story_id, sentence, token index,\n"
          "start/end byte offsets in the story text, text, normalized key, lemma (lemma2\n"
          "when the form has a second reading), kind and coarse parts of speech.\n\n"
        : "usage: herodote sentences [options] [FILE...]\n\n"
          "Print every sentence as one JSON object per line: story_id, sentence index,\n"
          "language, start/end byte offsets in the story text and the text.\n\n";
    hd_cli_input in;
    int rc = hd_cli_parse_input(argc, argv, &in, name, usage, NULL, NULL, NULL);
    if (rc) return rc;
    text_ctx c = {0};
    c.tokens = tokens;
    c.p = hd_cli_pipeline(name);
    if (!c.p) return HD_EXIT_DICT;
    c.doc = hd_doc_new();
    rc = hd_cli_each_story(&in, name, on_story, &c);
    int f = hd_cli_flush(&c.out, true);
    if (f && !rc) rc = f;
    hd_buf_free(&c.out);
    hd_doc_free(c.doc);
    hd_pipeline_free(c.p);
    return rc;
}

int hd_cmd_sentences(int argc, char **argv) { return run(argc, argv, false); }
int hd_cmd_tokens(int argc, char **argv) { return run(argc, argv, true); }

int hd_cmd_lemma(int argc, char **argv) {
    const char *lang = "fr";
    int i = 1;
    if (i < argc && (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))) {
        printf("usage: herodote lemma [--lang fr|en] WORD...\n\nPrint each word, its lemma and parts of speech.\n");
        return 0;
    }
    if (i + 1 < argc && (!strcmp(argv[i], "--lang") || !strcmp(argv[i], "-l"))) { lang = argv[i + 1]; i += 2; }
    if (strcmp(lang, "fr") && strcmp(lang, "en")) { fprintf(stderr, "herodote lemma: --lang fr or en\n"); return HD_EXIT_USAGE; }
    if (i >= argc) { fprintf(stderr, "usage: herodote lemma [--lang fr|en] WORD...\n"); return HD_EXIT_USAGE; }
    hd_pipeline *p = hd_cli_pipeline("lemma");
    if (!p) return HD_EXIT_DICT;
    hd_buf b = {0};
    for (; i < argc; i++) {
        unsigned pos;
        const char *l = hd_lemma(p, lang, argv[i], strlen(argv[i]), &pos);
        b.n = 0;
        pos_names(&b, pos);
        printf("%s\t%s\t%s\n", argv[i], l ? l : "", b.p);
    }
    hd_buf_free(&b);
    hd_pipeline_free(p);
    return 0;
}

/* `herodote stats`: run the text pipeline, print totals and rates (for make bench). */
typedef struct { hd_pipeline *p; hd_doc *doc; long sents, toks; size_t bytes; } stats_ctx;

static int on_stats(const hd_story *s, void *vctx) {
    stats_ctx *c = vctx;
    if (hd_analyze(c->p, s, c->doc) != HD_OK) return HD_EXIT_INTERNAL;
    c->sents += (long)hd_doc_nsentences(c->doc);
    c->toks += (long)hd_doc_ntokens(c->doc);
    c->bytes += s->len;
    return 0;
}

int hd_cmd_stats(int argc, char **argv) {
    hd_cli_input in;
    int rc = hd_cli_parse_input(argc, argv, &in, "stats",
        "usage: herodote stats [options] [FILE...]\n\n"
        "Run the text pipeline over the input and print one JSON object: stories,\n"
        "sentences, tokens, text bytes, seconds, tokens/s, MB/s and peak RSS.\n\n", NULL, NULL, NULL);
    if (rc) return rc;
    stats_ctx c = {0};
    double t0 = hd_cli_now();
    c.p = hd_cli_pipeline("stats");
    if (!c.p) return HD_EXIT_DICT;
    double t1 = hd_cli_now();
    c.doc = hd_doc_new();
    rc = hd_cli_each_story(&in, "stats", on_stats, &c);
    double t2 = hd_cli_now(), secs = t2 - t1;
    printf("{\"stories\":%ld,\"sentences\":%ld,\"tokens\":%ld,\"bytes\":%zu,\"load_seconds\":%.3f,"
           "\"seconds\":%.3f,\"tokens_per_s\":%.0f,\"sentences_per_s\":%.0f,\"mb_per_s\":%.2f,\"peak_rss_mb\":%.1f}\n",
           in.stories, c.sents, c.toks, c.bytes, t1 - t0, secs, secs > 0 ? c.toks / secs : 0,
           secs > 0 ? c.sents / secs : 0, secs > 0 ? c.bytes / 1048576.0 / secs : 0, hd_cli_peak_rss_mb());
    hd_doc_free(c.doc);
    hd_pipeline_free(c.p);
    return rc;
}
