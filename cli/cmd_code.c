/*
** cmd_code.c — `herodote code` (stories → events), `herodote actors` (recognised
** actors), `herodote dict-check` (load and report dictionaries).
*/
#include "cli.h"

typedef struct {
    const char *dicts;
    int tsv;
    bool strict_dicts;
} code_opts;

static int code_extra(int opt, const char *arg, void *ctx) {
    code_opts *o = ctx;
    switch (opt) {
    case 2001: o->dicts = arg; return 0;
    case 'f':
        if (!strcmp(arg, "jsonl")) o->tsv = 0;
        else if (!strcmp(arg, "tsv")) o->tsv = 1;
        else return -1;
        return 0;
    case 2002: o->strict_dicts = true; return 0;
    }
    return -1;
}

static const struct option code_options[] = {
    {"dicts", required_argument, 0, 2001},
    {"format", required_argument, 0, 'f'},
    {"strict-dicts", no_argument, 0, 2002},
    {0, 0, 0, 0}};

static const char *dict_help =
    "dictionary options:\n"
    "      --dicts DIR     herodote dictionaries (default: $HERODOTE_DICT, else data/dict\n"
    "                      next to the build folder)\n"
    "      --strict-dicts  a bad dictionary line is fatal (default: reported, skipped)\n";

static void diag_print(void *ctx, const char *msg) {
    bool *quiet = ctx;
    if (!*quiet) fprintf(stderr, "herodote: dictionary: %s\n", msg);
}

hd_dicts *hd_cli_dicts(const char *cmd, const char *dir, bool strict, bool quiet) {
    char err[512];
    static bool q;
    q = quiet;
    hd_dicts *d = hd_dicts_load(dir, strict ? HD_DICT_STRICT : 0, diag_print, &q, err, sizeof err);
    if (!d) fprintf(stderr, "herodote %s: %s\n", cmd, err);
    return d;
}

static void put_span(hd_buf *b, const char *name, const char *text, uint32_t s, uint32_t e) {
    hd_buf_printf(b, ",\"%s_text\":\"", name);
    if (e > s) hd_buf_json(b, text + s, e - s);
    hd_buf_printf(b, "\",\"%s_span\":[%u,%u]", name, s, e);
}

void hd_cli_event_json(hd_buf *b, const hd_story *s, const hd_event *e, const char *lang) {
    hd_buf_puts(b, "{\"story_id\":\"");
    hd_buf_json(b, s->id, strlen(s->id));
    hd_buf_printf(b, "\",\"sentence\":%u,\"date\":\"%s\",\"source\":\"", e->sentence, e->date);
    hd_buf_json(b, e->source, strlen(e->source));
    hd_buf_puts(b, "\",\"target\":\"");
    hd_buf_json(b, e->target, strlen(e->target));
    hd_buf_printf(b, "\",\"code\":\"%s\",\"root\":\"%.2s\",\"quad\":%d,\"goldstein\":%.1f,\"plover\":\"%s\","
                     "\"plover_mode\":\"%s\",\"lang\":\"%s\"",
                  e->code, e->code, e->info->quad, e->info->goldstein, e->info->plover, e->info->plover_mode, lang);
    put_span(b, "source", s->text, e->src_start, e->src_end);
    put_span(b, "verb", s->text, e->verb_start, e->verb_end);
    put_span(b, "target", s->text, e->tgt_start, e->tgt_end);
    if (e->flags && *e->flags) hd_buf_printf(b, ",\"flags\":\"%s\"", e->flags);
    hd_buf_puts(b, "}\n");
}

static void tsv_field(hd_buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) hd_buf_putc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static const char *tsv_header =
    "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\tplover_mode\tlang\t"
    "source_text\tverb_text\ttarget_text\tsource_start\tsource_end\tverb_start\tverb_end\ttarget_start\ttarget_end\n";

static void event_tsv(hd_buf *b, const hd_story *s, const hd_event *e, const char *lang) {
    tsv_field(b, s->id, strlen(s->id));
    hd_buf_printf(b, "\t%u\t%s\t%s\t%s\t%s\t%.2s\t%d\t%.1f\t%s\t%s\t%s\t", e->sentence, e->date, e->source, e->target,
                  e->code, e->code, e->info->quad, e->info->goldstein, e->info->plover, e->info->plover_mode, lang);
    tsv_field(b, s->text + e->src_start, e->src_end - e->src_start);
    hd_buf_putc(b, '\t');
    tsv_field(b, s->text + e->verb_start, e->verb_end - e->verb_start);
    hd_buf_putc(b, '\t');
    tsv_field(b, s->text + e->tgt_start, e->tgt_end - e->tgt_start);
    hd_buf_printf(b, "\t%u\t%u\t%u\t%u\t%u\t%u\n", e->src_start, e->src_end, e->verb_start, e->verb_end, e->tgt_start, e->tgt_end);
}

typedef struct {
    hd_coder *coder;
    hd_buf out;
    int tsv;
    bool actors;
    long events;
} code_ctx;

static int on_code(const hd_story *s, void *vctx) {
    code_ctx *c = vctx;
    int st = hd_code_story(c->coder, s);
    if (st != HD_OK) {
        fprintf(stderr, "herodote: %s:%ld: story %s: %s\n", s->origin, s->line, s->id, hd_strerror(st));
        return HD_EXIT_INTERNAL;
    }
    const char *lang = hd_doc_lang(hd_coder_doc(c->coder));
    if (c->actors) {
        for (size_t i = 0; i < hd_coder_nmentions(c->coder); i++) {
            const hd_mention *m = hd_coder_mention(c->coder, i);
            hd_buf_puts(&c->out, "{\"story_id\":\"");
            hd_buf_json(&c->out, s->id, strlen(s->id));
            hd_buf_printf(&c->out, "\",\"sentence\":%u,\"start\":%u,\"end\":%u,\"text\":\"", m->sentence, m->start, m->end);
            hd_buf_json(&c->out, s->text + m->start, m->end - m->start);
            hd_buf_printf(&c->out, "\",\"code\":\"%s\",\"kind\":\"%s\"", m->code, m->kind);
            if (m->ncodes > 1) {
                hd_buf_puts(&c->out, ",\"codes\":[");
                for (int k = 0; k < m->ncodes; k++) hd_buf_printf(&c->out, "%s\"%s\"", k ? "," : "", m->codes[k]);
                hd_buf_putc(&c->out, ']');
            }
            hd_buf_puts(&c->out, "}\n");
        }
    } else {
        for (size_t i = 0; i < hd_coder_nevents(c->coder); i++) {
            const hd_event *e = hd_coder_event(c->coder, i);
            if (c->tsv) event_tsv(&c->out, s, e, lang);
            else hd_cli_event_json(&c->out, s, e, lang);
            c->events++;
        }
    }
    return hd_cli_flush(&c->out, false);
}

static int run_code(int argc, char **argv, bool actors) {
    const char *name = actors ? "actors" : "code";
    const char *usage = actors
        ? "usage: herodote actors [options] [FILE...]\n\n"
          "Print each recognised actor mention as one JSON object per line: story_id,\n"
          "sentence, start/end byte offsets, text, code (resolved at the story date),\n"
          "kind (country, place, igo, group, person, agent, people, coref), and codes for\n"
          "compound mentions (\"les deux pays\").\n\n"
        : "usage: herodote code [options] [FILE...]\n\n"
          "Code stories into CAMEO events: one JSON object per event per line with\n"
          "story_id, sentence, date, source, target, code, root, quad, goldstein, plover,\n"
          "plover_mode, lang, and the evidence (source/verb/target text and byte spans).\n"
          "  -f, --format F      jsonl (default) or tsv (with a header line)\n\n";
    hd_cli_input in;
    code_opts o = {0};
    char usage_full[4096];
    snprintf(usage_full, sizeof usage_full, "%s%s", usage, dict_help);
    int rc = hd_cli_parse_input(argc, argv, &in, name, usage_full, code_options, code_extra, &o);
    if (rc) return rc;
    hd_dicts *d = hd_cli_dicts(name, o.dicts, o.strict_dicts, in.quiet);
    if (!d) return HD_EXIT_DICT;
    char err[512];
    code_ctx c = {0};
    c.coder = hd_coder_new(d, NULL, err, sizeof err);
    if (!c.coder) { fprintf(stderr, "herodote %s: %s\n", name, err); hd_dicts_free(d); return HD_EXIT_DICT; }
    c.tsv = o.tsv;
    c.actors = actors;
    if (c.tsv && !actors) hd_buf_puts(&c.out, tsv_header);
    rc = hd_cli_each_story(&in, name, on_code, &c);
    int f = hd_cli_flush(&c.out, true);
    if (f && !rc) rc = f;
    hd_buf_free(&c.out);
    hd_coder_free(c.coder);
    hd_dicts_free(d);
    return rc;
}

int hd_cmd_code(int argc, char **argv) { return run_code(argc, argv, false); }
int hd_cmd_actors(int argc, char **argv) { return run_code(argc, argv, true); }

int hd_cmd_dict_check(int argc, char **argv) {
    const char *dir = NULL;
    bool strict = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: herodote dict-check [--strict] [DIR]\n\n"
                   "Load herodote's dictionaries (default folder: see --dicts in herodote code\n"
                   "--help), report every problem as file:line, print entry counts and the load\n"
                   "time.  Exit 0 when clean, 4 when a line was rejected.\n");
            return 0;
        }
        if (!strcmp(argv[i], "--strict")) strict = true;
        else dir = argv[i];
    }
    double t0 = hd_cli_now();
    hd_dicts *d = hd_cli_dicts("dict-check", dir, strict, false);
    double t1 = hd_cli_now();
    if (!d) return HD_EXIT_DICT;
    static const char *kinds[] = {"country", "adjective", "place", "igo", "group", "people", "agents", "patterns", "discards"};
    for (int l = 0; l < 2; l++) {
        const char *lang = l ? "en" : "fr";
        printf("%s:", lang);
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) printf(" %s=%zu", kinds[k], hd_dicts_count(d, lang, kinds[k]));
        printf("\n");
    }
    printf("cameo codes=%zu; load %.3f s; peak RSS %.1f MB; %zu problem(s)\n", hd_dicts_count(d, "fr", "codes"), t1 - t0,
           hd_cli_peak_rss_mb(), hd_dicts_errors(d));
    size_t errs = hd_dicts_errors(d);
    hd_dicts_free(d);
    return errs ? HD_EXIT_DICT : 0;
}
