/*
** cmd_validate.c — `herodote validate FILE`: run a peer's validation suite with its
** own dictionaries (docs/peers.md).
**
**   FILE.project  TABARI: the .project names the dictionaries, the options and the text
**                 file; each record's comment holds the expected events
**                 "{ SRC / TGT / CODE }", "{---}" (no event), "{+++}" (complex),
**                 "{###}" (discard) and "{ OPTION: … }" commands.  A "-{…}" line is a
**                 disabled expectation and is ignored.
**   FILE.xml      PETRARCH: <Environment> names the dictionaries (relative to the
**                 file's folder); each <Sentence> has <EventCoding sourcecode=
**                 targetcode= eventcode=> or <EventCoding noevents="True">.
**
** A record is "as expected" when the multiset of (source, target, code) it produces
** equals the expected one (order does not matter).  Records with no expectation are
** listed and not counted.  Last line: "validate: N records, K as expected (P%)".
*/
#include "cli.h"
#include <ctype.h>
#include <limits.h>

typedef struct { char s[40], t[40], code[16]; } vev;
#define MAXEV 256   /* events compared per record (a record with more fails) */

typedef struct {
    vev ev[MAXEV];
    int n;
    bool any;          /* some expectation was given (events, none, complex, discard) */
    bool complex, discard, none, error;
    bool option;       /* a TABARI OPTION record (passes when the option is understood) */
    bool option_ok, option_bad;   /* every option understood / one was not */
    bool unchecked;    /* "-{…}": the events after this point are not checked */
} expect;

static void copy_field(char *out, size_t cap, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = 0;
}

/* TABARI record comment → expectations; OPTION commands are applied to d. */
static void tabari_expect(const char *meta, expect *x, hd_dicts *d, bool verbose, const char *id) {
    for (const char *p = strchr(meta, '{'); p; p = strchr(p + 1, '{')) {
        const char *e = strchr(p, '}');
        /* an OPTION block without its closing brace runs to the end (MINWRD-ACTIVATE) */
        if (!e && strstr(p, "OPTION:")) e = p + strlen(p);
        if (!e) break;
        /* "-{…}": what follows is not checked (TABARI §10.1) */
        const char *q = p;
        while (q > meta && (q[-1] == ' ' || q[-1] == '\t')) q--;
        if (q > meta && q[-1] == '-') { x->unchecked = x->any = true; break; }
        char in[256];
        copy_field(in, sizeof in, p + 1, (size_t)(e - p - 1));
        if (!strncmp(in, "OPTION:", 7)) {
            char *nl = strpbrk(in, "\n\r");
            if (nl) *nl = 0;
            const char *opt = in + 7;
            while (*opt == ' ') opt++;
            x->any = x->option = true;
            if (hd_dicts_option(d, opt) != 0) { if (verbose) printf("note %s: option not applied: %s\n", id, opt); x->option_bad = true; }
            else x->option_ok = true;
            if (!*e) break;
            p = e;
            continue;
        }
        char sq[256];
        size_t k = 0;
        for (const char *r = in; *r && k + 1 < sizeof sq; r++) if (*r != ' ') sq[k++] = *r;
        sq[k] = 0;
        if (!strcmp(sq, "---") || !*sq) { x->any = x->none = true; p = e; continue; }
        if (!strcmp(sq, "+++")) { x->any = x->complex = true; p = e; continue; }
        if (!strcmp(sq, "###")) { x->any = x->discard = true; p = e; continue; }
        const char *s1 = strchr(in, '/');
        const char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
        if (!s2 || x->n == MAXEV) { p = e; continue; }
        vev *v = &x->ev[x->n++];
        copy_field(v->s, sizeof v->s, in, (size_t)(s1 - in));
        copy_field(v->t, sizeof v->t, s1 + 1, (size_t)(s2 - s1 - 1));
        copy_field(v->code, sizeof v->code, s2 + 1, strlen(s2 + 1));
        char *sp = strpbrk(v->code, " \t");
        if (sp) *sp = 0;
        x->any = true;
        p = e;
    }
}

/* The value of attribute `name` inside an element's text [p, e). */
static bool xml_attr(const char *p, const char *e, const char *name, char *out, size_t cap) {
    size_t nl = strlen(name);
    for (const char *q = p; q && q + nl < e; q++) {
        q = strstr(q, name);
        if (!q || q >= e) return false;
        if (q > p && (isalnum((unsigned char)q[-1]) || q[-1] == '_')) continue;
        const char *r = q + nl;
        while (r < e && (*r == ' ' || *r == '\t')) r++;
        if (r >= e || *r != '=') continue;
        r++;
        while (r < e && (*r == ' ' || *r == '\t')) r++;
        if (r >= e || (*r != '"' && *r != '\'')) return false;
        char quote = *r++;
        const char *end = memchr(r, quote, (size_t)(e - r));
        if (!end) return false;
        copy_field(out, cap, r, (size_t)(end - r));
        return true;
    }
    return false;
}

static void petrarch_expect(const char *meta, expect *x) {
    for (const char *p = strstr(meta, "<EventCoding"); p; p = strstr(p + 1, "<EventCoding")) {
        const char *e = strchr(p, '>');
        if (!e) break;
        char v[64];
        x->any = true;
        if (xml_attr(p, e, "noevents", v, sizeof v)) { x->none = true; continue; }
        if (xml_attr(p, e, "error", v, sizeof v)) { x->error = true; continue; }
        if (x->n == MAXEV) continue;
        vev *ev = &x->ev[x->n];
        if (!xml_attr(p, e, "sourcecode", ev->s, sizeof ev->s) || !xml_attr(p, e, "targetcode", ev->t, sizeof ev->t) ||
            !xml_attr(p, e, "eventcode", ev->code, sizeof ev->code))
            continue;
        x->n++;
    }
}

static int cmp_vev(const void *a, const void *b) {
    const vev *x = a, *y = b;
    int c = strcmp(x->s, y->s);
    if (!c) c = strcmp(x->t, y->t);
    if (!c) c = strcmp(x->code, y->code);
    return c;
}

/* dir + name into out (name alone when absolute); names that do not fit are cut. */
static void join_path(char *out, size_t cap, const char *dir, const char *name) {
    if (name[0] == '/') dir = "";
    size_t dl = strlen(dir);
    if (dl >= cap) dl = cap - 1;
    memcpy(out, dir, dl);
    size_t nl = strlen(name);
    if (dl + nl >= cap) nl = cap - 1 - dl;
    memcpy(out + dl, name, nl);
    out[dl + nl] = 0;
}

static void print_evs(const vev *v, int n, const char *none) {
    if (!n) { printf("%s", none); return; }
    for (int i = 0; i < n; i++) printf("%s%s %s %s", i ? ", " : "", v[i].s, v[i].t, v[i].code);
}

/* PETRARCH: <Config option="X" value="Y"> elements between records set options for
** the records after them.  The file is scanned once (comments skipped): each option
** with the ordinal of the <Sentence> it precedes, and every sentence's id in order. */
typedef struct { size_t before; char opt[160]; } cfg_line;
typedef struct { char id[64]; } sent_id;
static cfg_line *petrarch_configs(const char *xml, size_t *n, sent_id **ids, size_t *nids) {
    *n = 0;
    *ids = NULL;
    *nids = 0;
    FILE *f = fopen(xml, "r");
    if (!f) return NULL;
    hd_buf b = {0};
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) hd_buf_put(&b, chunk, got);
    fclose(f);
    hd_buf_putc(&b, 0);
    HD_VEC(cfg_line) out = {0};
    HD_VEC(sent_id) sids = {0};
    const char *p = b.p;
    while (p && *p) {
        const char *lt = strchr(p, '<');
        if (!lt) break;
        if (!strncmp(lt, "<!--", 4)) { const char *e = strstr(lt, "-->"); p = e ? e + 3 : NULL; continue; }
        const char *gt = strchr(lt, '>');
        if (!gt) break;
        char v1[64], v2[64];
        if (!strncmp(lt, "<Config", 7) && xml_attr(lt, gt, "option", v1, sizeof v1) && xml_attr(lt, gt, "value", v2, sizeof v2)) {
            cfg_line c = {sids.n, {0}};
            snprintf(c.opt, sizeof c.opt, "%s = %s", v1, v2);
            hd_vec_push(out, c);
        } else if (!strncmp(lt, "<Sentence", 9) && (lt[9] == ' ' || lt[9] == '>')) {
            sent_id si = {{0}};
            if (!xml_attr(lt, gt, "id", si.id, sizeof si.id)) si.id[0] = 0;
            hd_vec_push(sids, si);
        }
        p = gt + 1;
    }
    hd_buf_free(&b);
    *n = out.n;
    *ids = sids.v;
    *nids = sids.n;
    return out.v;
}

static void diag_print(void *ctx, const char *msg) {
    bool *quiet = ctx;
    if (!*quiet) fprintf(stderr, "herodote: dictionary: %s\n", msg);
}

int hd_cmd_validate(int argc, char **argv) {
    static const struct option longopts[] = {
        {"dicts", required_argument, 0, 'D'}, {"failures", no_argument, 0, 'F'},
        {"quiet", no_argument, 0, 'q'}, {"strict", no_argument, 0, 'S'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *dicts = NULL;
    bool failures = false, quiet = false, strict = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': dicts = optarg; break;
        case 'F': failures = true; break;
        case 'q': quiet = true; break;
        case 'S': strict = true; break;
        case 'h':
            printf("usage: herodote validate [options] FILE\n\n"
                   "Run a peer's validation suite with its own dictionaries and print, per record,\n"
                   "the expected and produced events, then \"validate: N records, K as expected (P%%)\".\n"
                   "FILE is a TABARI .project (its text file holds the records) or a PETRARCH\n"
                   "validation XML (its <Environment> names the dictionaries).\n\n"
                   "options:\n"
                   "      --dicts SPEC  other dictionaries (tabari:FILE.project, petrarch:DIR)\n"
                   "      --failures    print only the records not as expected\n"
                   "  -q, --quiet       print only the summary line\n"
                   "      --strict      a bad dictionary line is fatal\n");
            return HD_EXIT_HELP;
        default: return HD_EXIT_USAGE;
        }
    }
    if (optind != argc - 1) { fprintf(stderr, "herodote validate: one FILE expected (see --help)\n"); return HD_EXIT_USAGE; }
    const char *file = argv[optind];
    size_t fl = strlen(file);
    bool tabari = fl > 8 && !strcmp(file + fl - 8, ".project");
    char err[512];
    hd_dicts *d = NULL;
    char text[PATH_MAX] = "";
    bool dq = quiet;
    if (tabari) {
        char spec[PATH_MAX + 8];
        snprintf(spec, sizeof spec, "tabari:%s", file);
        d = hd_dicts_load_spec(dicts ? dicts : spec, strict ? HD_DICT_STRICT : 0, diag_print, &dq, err, sizeof err);
        /* the text file named by the project */
        FILE *f = fopen(file, "r");
        char line[1024];
        while (f && fgets(line, sizeof line, f)) {
            char *t = strstr(line, "<textfile>");
            if (!t) continue;
            char name[PATH_MAX];
            if (sscanf(t + 10, " %1023s", name) != 1) continue;
            char dir[PATH_MAX];
            snprintf(dir, sizeof dir, "%s", file);
            char *sl = strrchr(dir, '/');
            if (sl) sl[1] = 0; else dir[0] = 0;
            join_path(text, sizeof text, dir, name);
            break;
        }
        if (f) fclose(f);
        if (!d) { fprintf(stderr, "herodote validate: %s\n", err); return HD_EXIT_DICT; }
        if (!*text) { fprintf(stderr, "herodote validate: %s names no <textfile>\n", file); hd_dicts_free(d); return HD_EXIT_USAGE; }
    } else {
        char spec[PATH_MAX + 10];
        snprintf(spec, sizeof spec, "petrarch:%s", file);
        d = hd_dicts_load_spec(dicts ? dicts : spec, strict ? HD_DICT_STRICT : 0, diag_print, &dq, err, sizeof err);
        snprintf(text, sizeof text, "%s", file);
    }
    if (!d) { fprintf(stderr, "herodote validate: %s\n", err); return HD_EXIT_DICT; }
    hd_coder *cd = hd_coder_new(d, NULL, err, sizeof err);
    if (!cd) { fprintf(stderr, "herodote validate: %s\n", err); hd_dicts_free(d); return HD_EXIT_INTERNAL; }
    hd_reader_opts ro = {0};
    ro.format = tabari ? HD_FMT_TABARI : HD_FMT_PETRARCH;
    ro.lang = "en";
    ro.date = "2000-01-01";
    int st;
    hd_reader *r = hd_reader_open(text, &ro, &st, err, sizeof err);
    if (!r) { fprintf(stderr, "herodote validate: %s\n", err); hd_coder_free(cd); hd_dicts_free(d); return HD_EXIT_IO; }
    long total = 0, good = 0, skipped = 0, unreadable = 0;
    size_t ncfg = 0, next_cfg = 0, nsids = 0, next_sid = 0;
    sent_id *sids = NULL;
    cfg_line *cfg = tabari ? NULL : petrarch_configs(file, &ncfg, &sids, &nsids);
    hd_story s;
    for (;;) {
        st = hd_reader_next(r, &s);
        if (st == HD_EOF) break;
        if (st == HD_EIO) {
            fprintf(stderr, "herodote validate: %s\n", hd_reader_error(r));
            hd_reader_free(r);
            hd_coder_free(cd);
            hd_dicts_free(d);
            free(cfg);
            free(sids);
            return HD_EXIT_IO;
        }
        if (st == HD_EBADINPUT) {
            /* a record the reader cannot take (a malformed header): it counts, as not
               coded as expected */
            if (!quiet) printf("FAIL (unreadable) %s\n", hd_reader_error(r));
            unreadable++;
            total++;
            continue;
        }
        expect x = {0};
        if (tabari) tabari_expect(s.meta, &x, d, !quiet, s.id);
        else petrarch_expect(s.meta, &x);
        /* this record's place in the file, then the <Config> elements before it (also
           those before records the reader skipped) */
        if (ncfg) {
            size_t at = next_sid;
            while (at < nsids && strcmp(sids[at].id, s.id)) at++;
            if (at < nsids) next_sid = at + 1;
            for (; next_cfg < ncfg && at < nsids && cfg[next_cfg].before <= at; next_cfg++)
                if (hd_dicts_option(d, cfg[next_cfg].opt) != 0 && !quiet)
                    printf("note %s: option not applied: %s\n", s.id, cfg[next_cfg].opt);
        }
        if (tabari && !strchr(s.meta, '{')) {
            /* TABARI stops at the first record with no expected events (FINAL-01) */
            if (!quiet && !failures) printf("end of the suite at %s (no expected events)\n", s.id);
            break;
        }
        if (x.option) {
            /* an OPTION record sets an option for the records after it */
            total++;
            bool oko = x.option_ok && !x.option_bad;
            good += oko;
            if (!quiet && (!failures || !oko)) printf("%s %s: option%s\n", oko ? "ok  " : "FAIL", s.id, oko ? "" : " not understood");
            continue;
        }
        if (!x.any) {
            skipped++;
            if (!quiet && !failures) printf("skip %s: no expected events given\n", s.id);
            continue;
        }
        if (hd_code_story(cd, &s) != HD_OK) { if (!quiet) printf("FAIL %s: cannot code\n", s.id); total++; continue; }
        vev got[MAXEV];
        int ng = 0;
        bool too_many = hd_coder_nevents(cd) > MAXEV;
        for (size_t i = 0; i < hd_coder_nevents(cd) && ng < MAXEV; i++) {
            const hd_event *e = hd_coder_event(cd, i);
            snprintf(got[ng].s, sizeof got[ng].s, "%s", e->source);
            snprintf(got[ng].t, sizeof got[ng].t, "%s", e->target);
            snprintf(got[ng].code, sizeof got[ng].code, "%s", e->code);
            ng++;
        }
        const char *note = hd_coder_story_note(cd);
        qsort(x.ev, (size_t)x.n, sizeof *x.ev, cmp_vev);
        qsort(got, (size_t)ng, sizeof *got, cmp_vev);
        bool ok;
        if (x.complex) ok = note && !strcmp(note, "complex");
        else if (x.discard) ok = note && !strcmp(note, "discard");
        else if (x.unchecked) {
            /* the events before "-{" must be there; the rest is not checked */
            ok = true;
            for (int i = 0; ok && i < x.n; i++) {
                bool found = false;
                for (int j = 0; j < ng && !found; j++) found = !cmp_vev(&got[j], &x.ev[i]);
                ok = found;
            }
        }
        else if (x.n) { ok = ng == x.n && !too_many; for (int i = 0; ok && i < ng; i++) ok = !cmp_vev(&got[i], &x.ev[i]); }
        else ok = ng == 0;   /* {---}, noevents, error records */
        total++;
        good += ok;
        if (quiet || (failures && ok)) continue;
        printf("%s %s: expected ", ok ? "ok  " : "FAIL", s.id);
        if (x.complex) printf("complex");
        else if (x.discard) printf("discard");
        else print_evs(x.ev, x.n, "no event");
        printf(" | produced ");
        if (note) printf("%s%s", note, ng ? " + " : "");
        if (ng || !note) print_evs(got, ng, "no event");
        printf("\n");
    }
    hd_reader_free(r);
    hd_coder_free(cd);
    hd_dicts_free(d);
    free(cfg);
    free(sids);
    if (skipped && !quiet) printf("(%ld record(s) without expectations not counted)\n", skipped);
    (void)unreadable;
    printf("validate: %ld records, %ld as expected (%.1f%%)\n", total, good, total ? 100.0 * (double)good / (double)total : 0.0);
    return HD_EXIT_OK;
}
