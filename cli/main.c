/*
** herodote — command-line front end.  Subcommands: sentences, tokens, lemma (debug
** views of the text pipeline), and the coding commands added by later modules.
**
** Exit codes (documented in herodote(1)):
**   0 ok · 1 bad input (some stories were skipped; each was reported) · 2 usage ·
**   3 I/O error (a file cannot be opened or read) · 4 dictionary error · 5 internal
*/
#include "cli.h"
#include <getopt.h>
#include <sys/resource.h>
#include <time.h>

static const char *prog = "herodote";

static void usage_main(FILE *f) {
    fprintf(f,
            "usage: herodote COMMAND [options] [FILE...]\n"
            "\n"
            "Turn news text (French, English) into CAMEO event data.\n"
            "\n"
            "commands:\n"
            "  code        code stories into CAMEO events (JSONL, TSV, GDELT, or a SQLite --db)\n"
            "  query       ask an event database: top dyads, counts, a dyad's series (--plot),\n"
            "              partners, the network (CSV, GraphML), events, SQL\n"
            "  actors      print the actors recognised in each story (JSONL)\n"
            "  evaluate    code a gold file and print precision, recall, F1\n"
            "  dict-check  load the dictionaries, report problems, print counts\n"
            "  validate    run a TABARI or PETRARCH validation suite with its own dictionaries\n"
            "  dict compile  compile the dictionaries into the image herodote maps at start\n"
            "  sentences   print the sentences the segmenter finds (JSONL)\n"
            "  tokens      print tokens, normalized keys, lemmas and parts of speech (JSONL)\n"
            "  lemma       print the lemma of each word given on the command line\n"
            "  stats       run the text pipeline and print counts and rates (JSON)\n"
            "  help        this help; `herodote COMMAND --help` for a command's options\n"
            "\n"
            "Input formats (--input-format, else by file name): jsonl (.jsonl: {\"id\",\"date\",\"text\"}),\n"
            "text (a whole file is one story; needs --date), tabari (.text), petrarch (.xml).\n"
            "FILE '-' or no FILE reads JSONL from standard input.\n"
            "Exit codes: 0 ok, 1 bad input (stories skipped and reported), 2 usage,\n"
            "3 I/O error, 4 dictionary error, 5 internal error.  See herodote(1).\n");
}

static const char *input_help =
    "input options:\n"
    "  -i, --input-format F  jsonl | text | tabari | petrarch (default: by file name)\n"
    "  -d, --date DATE     story date for plain text (YYYY-MM-DD or YYYYMMDD)\n"
    "  -l, --lang LANG     fr | en: language of stories without a \"lang\" field\n"
    "                      (default: detected per story)\n"
    "      --strict        stop at the first bad story (default: skip it, report it,\n"
    "                      and exit 1 at the end)\n"
    "      --max-story N   skip stories longer than N bytes (default 64 MiB)\n"
    "  -q, --quiet         no warnings on stderr (errors are still printed)\n"
    "  -h, --help          this help\n";

int hd_cli_parse_input(int argc, char **argv, hd_cli_input *in, const char *cmd,
                       const char *cmd_usage, const struct option *extra,
                       int (*on_extra)(int opt, const char *arg, void *ctx), void *ctx) {
    static const struct option base[] = {
        {"input-format", required_argument, 0, 'i'}, {"date", required_argument, 0, 'd'},
        {"lang", required_argument, 0, 'l'},   {"strict", no_argument, 0, 1001},
        {"max-story", required_argument, 0, 1002}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},         {0, 0, 0, 0}};
    struct option opts[64];
    size_t n = 0;
    for (const struct option *o = base; o->name; o++) opts[n++] = *o;
    for (const struct option *o = extra; o && o->name && n < 62; o++) opts[n++] = *o;
    memset(&opts[n], 0, sizeof opts[n]);
    memset(in, 0, sizeof *in);
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+i:d:l:qhf:j:", opts, NULL)) != -1) {
        switch (c) {
        case 'i':
            if (!strcmp(optarg, "jsonl")) in->ropts.format = HD_FMT_JSONL;
            else if (!strcmp(optarg, "text")) in->ropts.format = HD_FMT_TEXT;
            else if (!strcmp(optarg, "tabari")) in->ropts.format = HD_FMT_TABARI;
            else if (!strcmp(optarg, "petrarch")) in->ropts.format = HD_FMT_PETRARCH;
            else { fprintf(stderr, "%s %s: unknown --input-format '%s' (jsonl, text, tabari, petrarch)\n", prog, cmd, optarg); return HD_EXIT_USAGE; }
            break;
        case 'd': {
            char tmp[11];
            if (hd_date_parse(optarg, strlen(optarg), tmp) != HD_OK) {
                fprintf(stderr, "%s %s: bad --date '%s' (expected YYYY-MM-DD or YYYYMMDD)\n", prog, cmd, optarg);
                return HD_EXIT_USAGE;
            }
            memcpy(in->date, tmp, sizeof tmp);
            in->ropts.date = in->date;
            break;
        }
        case 'l':
            if (strcmp(optarg, "fr") && strcmp(optarg, "en")) {
                fprintf(stderr, "%s %s: unsupported --lang '%s' (fr or en)\n", prog, cmd, optarg);
                return HD_EXIT_USAGE;
            }
            in->ropts.lang = optarg;
            break;
        case 1001: in->strict = true; break;
        case 1002: {
            char *e;
            unsigned long long v = strtoull(optarg, &e, 10);
            if (*e || v == 0) { fprintf(stderr, "%s %s: bad --max-story '%s'\n", prog, cmd, optarg); return HD_EXIT_USAGE; }
            in->ropts.max_story = (size_t)v;
            break;
        }
        case 'q': in->quiet = true; break;
        case 'h':
            printf("%s%s", cmd_usage, input_help);
            return HD_EXIT_HELP;
        case '?':
            fprintf(stderr, "%s %s: unknown or incomplete option '%s' (try --help)\n", prog, cmd, argv[optind - 1]);
            return HD_EXIT_USAGE;
        default:
            if (on_extra && on_extra(c, optarg, ctx) == 0) break;
            fprintf(stderr, "%s %s: bad option value '%s' (try --help)\n", prog, cmd, optarg ? optarg : "");
            return HD_EXIT_USAGE;
        }
    }
    in->files = argv + optind;
    in->nfiles = argc - optind;
    return 0;
}

/* Iterate over every story of every input; `fn` returns 0 to go on, nonzero to stop
** with that exit code.  Bad stories are reported and skipped (or stop with --strict). */
int hd_cli_each_story(hd_cli_input *in, const char *cmd,
                      int (*fn)(const hd_story *s, void *ctx), void *ctx) {
    static char *stdin_only[] = {"-"};
    char **files = in->nfiles ? in->files : stdin_only;
    int nfiles = in->nfiles ? in->nfiles : 1;
    int rc = HD_EXIT_OK;
    uint64_t base = 0;      /* bytes of the files already read */
    for (int f = 0; f < nfiles; f++) {
        char err[512];
        int st;
        hd_reader *r = hd_reader_open(files[f], &in->ropts, &st, err, sizeof err);
        if (!r) {
            fprintf(stderr, "%s %s: %s\n", prog, cmd, err);
            if (st == HD_EUSAGE) return HD_EXIT_USAGE;
            rc = HD_EXIT_IO;
            if (in->strict) return rc;
            continue;
        }
        hd_story s;
        for (;;) {
            int k = hd_reader_next(r, &s);
            if (k == HD_EOF) break;
            if (k == HD_EIO) {
                fprintf(stderr, "%s %s: %s\n", prog, cmd, hd_reader_error(r));
                rc = HD_EXIT_IO;
                break;
            }
            if (k == HD_EBADINPUT) {
                fprintf(stderr, "%s %s: %s%s\n", prog, cmd, hd_reader_error(r),
                        in->strict ? " (stopping: --strict)" : "; story skipped");
                in->bad++;
                if (rc == HD_EXIT_OK) rc = HD_EXIT_BADINPUT;
                if (in->strict) { hd_reader_free(r); return rc; }
                continue;
            }
            const char *w = hd_reader_warning(r);
            if (w && !in->quiet) fprintf(stderr, "%s %s: warning: %s\n", prog, cmd, w);
            in->stories++;
            in->bytes = base + hd_reader_offset(r);
            int x = fn(&s, ctx);
            if (x) { hd_reader_free(r); return x; }
        }
        base += hd_reader_offset(r);
        in->bytes = base;
        hd_reader_free(r);
        if (rc == HD_EXIT_IO && in->strict) return rc;
    }
    if (in->bad && !in->quiet)
        fprintf(stderr, "%s %s: %ld stor%s skipped for bad input (see above); exit status 1\n", prog, cmd,
                in->bad, in->bad == 1 ? "y" : "ies");
    return rc;
}

int hd_cli_flush(hd_buf *out, bool force) {
    if (out->n && (force || out->n > (1u << 16))) {
        if (fwrite(out->p, 1, out->n, stdout) != out->n) {
            fprintf(stderr, "%s: cannot write output: %s\n", prog, strerror(errno));
            return HD_EXIT_IO;
        }
        out->n = 0;
    }
    if (force && fflush(stdout) != 0) {
        fprintf(stderr, "%s: cannot write output: %s\n", prog, strerror(errno));
        return HD_EXIT_IO;
    }
    return 0;
}

double hd_cli_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double hd_cli_peak_rss_mb(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;   /* Linux reports KiB */
}

hd_pipeline *hd_cli_pipeline(const char *cmd) {
    char err[512];
    hd_pipeline *p = hd_pipeline_new(NULL, err, sizeof err);
    if (!p) fprintf(stderr, "%s %s: %s\n", prog, cmd, err);
    return p;
}

int main(int argc, char **argv) {
    if (argc < 2) { usage_main(stderr); return HD_EXIT_USAGE; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) { usage_main(stdout); return 0; }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("herodote %s\n", HD_VERSION); return 0; }
    int rc;
    if (!strcmp(cmd, "sentences")) rc = hd_cmd_sentences(argc - 1, argv + 1);
    else if (!strcmp(cmd, "tokens")) rc = hd_cmd_tokens(argc - 1, argv + 1);
    else if (!strcmp(cmd, "lemma")) rc = hd_cmd_lemma(argc - 1, argv + 1);
    else if (!strcmp(cmd, "stats")) rc = hd_cmd_stats(argc - 1, argv + 1);
    else if (!strcmp(cmd, "code")) rc = hd_cmd_code(argc - 1, argv + 1);
    else if (!strcmp(cmd, "actors")) rc = hd_cmd_actors(argc - 1, argv + 1);
    else if (!strcmp(cmd, "dict-check")) rc = hd_cmd_dict_check(argc - 1, argv + 1);
    else if (!strcmp(cmd, "dict")) rc = hd_cmd_dict(argc - 1, argv + 1);
    else if (!strcmp(cmd, "evaluate")) rc = hd_cmd_evaluate(argc - 1, argv + 1);
    else if (!strcmp(cmd, "query")) rc = hd_cmd_query(argc - 1, argv + 1);
    else if (!strcmp(cmd, "validate")) rc = hd_cmd_validate(argc - 1, argv + 1);
    else {
        fprintf(stderr, "%s: unknown command '%s'\n\n", prog, cmd);
        usage_main(stderr);
        return HD_EXIT_USAGE;
    }
    return rc == HD_EXIT_HELP ? 0 : rc;
}
