/*
** cmd_code.c — `herodote code` (stories → events), `herodote actors` (recognised
** actors), `herodote dict-check` (load and report dictionaries).
*/
#include "cli.h"
#include <pthread.h>
#include <unistd.h>

typedef struct {
    const char *dicts;
    int tsv;
    int jobs;
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
    case 'j': {
        char *e;
        long v = strtol(arg, &e, 10);
        if (*e || v < 1 || v > 64) return -1;
        o->jobs = (int)v;
        return 0;
    }
    }
    return -1;
}

static const struct option code_options[] = {
    {"dicts", required_argument, 0, 2001},
    {"format", required_argument, 0, 'f'},
    {"strict-dicts", no_argument, 0, 2002},
    {"jobs", required_argument, 0, 'j'},
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

/* Stories are coded in batches: the main thread reads a batch (copying each story),
** N worker threads code it, each story into its own output buffer, and the buffers
** are written in input order — so the output is the same bytes whatever N is. */
#define BATCH 512

typedef struct {
    hd_story s;
    char *mem;          /* one block holding the story's strings */
    hd_buf out;
    int status;
} job;

typedef struct {
    hd_coder **coders;
    int nthreads;
    job jobs[BATCH];
    int njobs;
    int next;           /* next job to take (atomic) */
    int tsv;
    bool actors;
    hd_buf out;
} code_ctx;

static void story_json_actors(hd_buf *b, hd_coder *c, const hd_story *s) {
    for (size_t i = 0; i < hd_coder_nmentions(c); i++) {
        const hd_mention *m = hd_coder_mention(c, i);
        hd_buf_puts(b, "{\"story_id\":\"");
        hd_buf_json(b, s->id, strlen(s->id));
        hd_buf_printf(b, "\",\"sentence\":%u,\"start\":%u,\"end\":%u,\"text\":\"", m->sentence, m->start, m->end);
        hd_buf_json(b, s->text + m->start, m->end - m->start);
        hd_buf_printf(b, "\",\"code\":\"%s\",\"kind\":\"%s\"", m->code, m->kind);
        if (m->ncodes > 1) {
            hd_buf_puts(b, ",\"codes\":[");
            for (int k = 0; k < m->ncodes; k++) hd_buf_printf(b, "%s\"%s\"", k ? "," : "", m->codes[k]);
            hd_buf_putc(b, ']');
        }
        hd_buf_puts(b, "}\n");
    }
}

static void code_job(code_ctx *c, hd_coder *coder, job *j) {
    j->out.n = 0;
    j->status = hd_code_story(coder, &j->s);
    if (j->status != HD_OK) return;
    const char *lang = hd_doc_lang(hd_coder_doc(coder));
    if (c->actors) { story_json_actors(&j->out, coder, &j->s); return; }
    for (size_t i = 0; i < hd_coder_nevents(coder); i++) {
        const hd_event *e = hd_coder_event(coder, i);
        if (c->tsv) event_tsv(&j->out, &j->s, e, lang);
        else hd_cli_event_json(&j->out, &j->s, e, lang);
    }
}

typedef struct { code_ctx *c; int t; } worker_arg;

static void *worker(void *va) {
    worker_arg *a = va;
    code_ctx *c = a->c;
    for (;;) {
        int k = __atomic_fetch_add(&c->next, 1, __ATOMIC_RELAXED);
        if (k >= c->njobs) break;
        code_job(c, c->coders[a->t], &c->jobs[k]);
    }
    return NULL;
}

static int run_batch(code_ctx *c) {
    c->next = 0;
    pthread_t th[64];
    worker_arg args[64];
    int started = 0;
    for (int t = 1; t < c->nthreads && t < 64 && c->njobs > 1; t++) {
        args[t].c = c;
        args[t].t = t;
        if (pthread_create(&th[t], NULL, worker, &args[t]) == 0) started = t;
        else break;
    }
    args[0].c = c;
    args[0].t = 0;
    worker(&args[0]);
    for (int t = 1; t <= started; t++) pthread_join(th[t], NULL);
    int rc = 0;
    for (int k = 0; k < c->njobs; k++) {
        job *j = &c->jobs[k];
        if (j->status != HD_OK) {
            fprintf(stderr, "herodote: %s:%ld: story %s: %s\n", j->s.origin, j->s.line, j->s.id, hd_strerror(j->status));
            rc = HD_EXIT_INTERNAL;
        }
        hd_buf_put(&c->out, j->out.p ? j->out.p : "", j->out.n);
        int f = hd_cli_flush(&c->out, false);
        if (f && !rc) rc = f;
        free(j->mem);
        j->mem = NULL;
    }
    c->njobs = 0;
    return rc;
}

static char *dupcat(char **w, const char *s, size_t n) {
    char *r = *w;
    memcpy(r, s, n);
    r[n] = 0;
    *w += n + 1;
    return r;
}

static int on_code(const hd_story *s, void *vctx) {
    code_ctx *c = vctx;
    job *j = &c->jobs[c->njobs];
    const char *parts[] = {s->id, s->date, s->lang, s->title, s->source, s->url, s->origin, s->meta};
    size_t need = s->len + 1;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) need += strlen(parts[i]) + 1;
    j->mem = malloc(need);
    if (!j->mem) { fprintf(stderr, "herodote: out of memory\n"); return HD_EXIT_INTERNAL; }
    char *w = j->mem;
    j->s = *s;
    j->s.id = dupcat(&w, s->id, strlen(s->id));
    j->s.date = dupcat(&w, s->date, strlen(s->date));
    j->s.lang = dupcat(&w, s->lang, strlen(s->lang));
    j->s.title = dupcat(&w, s->title, strlen(s->title));
    j->s.source = dupcat(&w, s->source, strlen(s->source));
    j->s.url = dupcat(&w, s->url, strlen(s->url));
    j->s.origin = dupcat(&w, s->origin, strlen(s->origin));
    j->s.meta = dupcat(&w, s->meta, strlen(s->meta));
    j->s.text = dupcat(&w, s->text, s->len);
    if (++c->njobs == BATCH) return run_batch(c);
    return 0;
}

static int default_threads(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static int run_code(int argc, char **argv, bool actors) {
    const char *name = actors ? "actors" : "code";
    const char *usage = actors
        ? "usage: herodote actors [options] [FILE...]\n\n"
          "Print each recognised actor mention as one JSON object per line: story_id,\n"
          "sentence, start/end byte offsets, text, code (resolved at the story date),\n"
          "kind (country, place, igo, group, person, agent, people, coref), and codes for\n"
          "compound mentions (\"les deux pays\").\n\n"
          "  -j, --jobs N        threads (default: all cores); output order is input order\n\n"
        : "usage: herodote code [options] [FILE...]\n\n"
          "Code stories into CAMEO events: one JSON object per event per line with\n"
          "story_id, sentence, date, source, target, code, root, quad, goldstein, plover,\n"
          "plover_mode, lang, and the evidence (source/verb/target text and byte spans).\n"
          "  -f, --format F      jsonl (default) or tsv (with a header line)\n"
          "  -j, --jobs N        threads (default: all cores); the output is the same\n"
          "                      bytes in the same order whatever N is\n\n";
    hd_cli_input in;
    code_opts o = {0};
    o.jobs = default_threads();
    char usage_full[4096];
    snprintf(usage_full, sizeof usage_full, "%s%s", usage, dict_help);
    int rc = hd_cli_parse_input(argc, argv, &in, name, usage_full, code_options, code_extra, &o);
    if (rc) return rc;
    hd_dicts *d = hd_cli_dicts(name, o.dicts, o.strict_dicts, in.quiet);
    if (!d) return HD_EXIT_DICT;
    char err[512];
    code_ctx *c = calloc(1, sizeof *c);
    c->nthreads = o.jobs;
    c->coders = calloc((size_t)o.jobs, sizeof *c->coders);
    for (int t = 0; t < o.jobs; t++) {
        c->coders[t] = hd_coder_new(d, NULL, err, sizeof err);
        if (!c->coders[t]) {
            fprintf(stderr, "herodote %s: %s\n", name, err);
            for (int k = 0; k < t; k++) hd_coder_free(c->coders[k]);
            free(c->coders);
            free(c);
            hd_dicts_free(d);
            return HD_EXIT_DICT;
        }
    }
    c->tsv = o.tsv;
    c->actors = actors;
    if (c->tsv && !actors) hd_buf_puts(&c->out, tsv_header);
    rc = hd_cli_each_story(&in, name, on_code, c);
    int r2 = c->njobs ? run_batch(c) : 0;
    if (r2 && (!rc || rc == HD_EXIT_BADINPUT)) rc = r2;
    int f = hd_cli_flush(&c->out, true);
    if (f && !rc) rc = f;
    hd_buf_free(&c->out);
    for (int k = 0; k < BATCH; k++) { hd_buf_free(&c->jobs[k].out); free(c->jobs[k].mem); }
    for (int t = 0; t < o.jobs; t++) hd_coder_free(c->coders[t]);
    free(c->coders);
    free(c);
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
