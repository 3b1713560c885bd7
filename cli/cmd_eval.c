/*
** cmd_eval.c — `herodote evaluate GOLD.jsonl`: code the gold stories and score them.
**
** Event gold (format of ../shared/tools/score.py): {"id","date","text","gold":[[src,
** tgt,"c1|c2"]],"opt":[…]} — scored at two levels exactly as score.py does: "root"
** (dyad at country level + root code) and "code" (actor prefixes as written + exact
** code).  Actor gold: {"id","date","text","actors":[{"text","code"}]} — a predicted
** mention is right when its text overlaps a gold mention's text and its code starts
** with the gold code (score.py's rule: "IRN" accepts IRNGOV, "IRNGOV" needs the role).  `--split dev|test` keeps the stories whose "split" field says so.
*/
#include "cli.h"
#include <jansson.h>

typedef struct { char s[32], t[32]; char alts[8][8]; int nalt; } gold_ev;
typedef struct { char s[32], t[32], code[8]; bool used; } pred_ev;

static void upper_norm(char *out, size_t n, const char *in) {
    size_t i = 0;
    while (*in == ' ') in++;
    for (; *in && i + 1 < n; in++) out[i++] = (char)(*in >= 'a' && *in <= 'z' ? *in - 32 : *in);
    while (i && out[i - 1] == ' ') i--;
    out[i] = 0;
    if (!strcmp(out, "---") || !strcmp(out, "NONE") || !strcmp(out, "NULL")) out[0] = 0;
}

static bool actor_ok(const char *g, const char *p, bool root) {
    if (!strcmp(g, "*")) return true;
    if (!*p) return false;
    if (!strcmp(g, "IGO")) return !strncmp(p, "IGO", 3);
    if (root && strncmp(g, "IGO", 3)) return strlen(p) >= 3 && strlen(g) >= 3 && !strncmp(p, g, 3);
    return !strncmp(p, g, strlen(g));
}

static bool undirected(const char *code) {
    return !strncmp(code, "04", 2) || !strncmp(code, "06", 2) || !strncmp(code, "057", 3);
}

static bool code_ok(const gold_ev *g, const char *code, bool root) {
    for (int i = 0; i < g->nalt; i++)
        if (root ? !strncmp(g->alts[i], code, 2) : !strcmp(g->alts[i], code)) return true;
    return false;
}

static bool ev_match(const gold_ev *g, const pred_ev *p, bool root) {
    if (!code_ok(g, p->code, root)) return false;
    if (actor_ok(g->s, p->s, root) && actor_ok(g->t, p->t, root)) return true;
    return undirected(p->code) && actor_ok(g->s, p->t, root) && actor_ok(g->t, p->s, root);
}

static int parse_gold(json_t *arr, gold_ev *out, int max) {
    int n = 0;
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        if (n == max || !json_is_array(v) || json_array_size(v) < 3) continue;
        gold_ev *g = &out[n];
        memset(g, 0, sizeof *g);
        upper_norm(g->s, sizeof g->s, json_string_value(json_array_get(v, 0)) ? json_string_value(json_array_get(v, 0)) : "");
        upper_norm(g->t, sizeof g->t, json_string_value(json_array_get(v, 1)) ? json_string_value(json_array_get(v, 1)) : "");
        const char *codes = json_string_value(json_array_get(v, 2));
        if (!codes) continue;
        char buf[128];
        snprintf(buf, sizeof buf, "%s", codes);
        char *save = NULL;
        for (char *c = strtok_r(buf, "|", &save); c && g->nalt < 8; c = strtok_r(NULL, "|", &save))
            snprintf(g->alts[g->nalt++], 8, "%s", c);
        n++;
    }
    return n;
}

static int cmp_nalt(const void *a, const void *b) { return ((const gold_ev *)a)->nalt - ((const gold_ev *)b)->nalt; }

typedef struct { long tp, fp, fn; } prf;

static void print_prf(const char *what, prf x) {
    double p = x.tp + x.fp ? (double)x.tp / (double)(x.tp + x.fp) : 0, r = x.tp + x.fn ? (double)x.tp / (double)(x.tp + x.fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%s F1=%.3f P=%.3f R=%.3f tp=%ld fp=%ld fn=%ld\n", what, f, p, r, x.tp, x.fp, x.fn);
}

/* Score one story at one level, like score.py: dedupe predictions, greedy matching in
** order of gold events with fewest alternatives first. */
static prf score_story(gold_ev *G, int ng, gold_ev *O, int no, pred_ev *P0, int np0, bool root, bool explain,
                       const char *sid) {
    gold_ev g2[64];
    memcpy(g2, G, (size_t)ng * sizeof *G);
    /* stable sort by number of alternatives (insertion sort keeps order) */
    for (int i = 1; i < ng; i++) {
        gold_ev x = g2[i];
        int j = i - 1;
        while (j >= 0 && cmp_nalt(&g2[j], &x) > 0) { g2[j + 1] = g2[j]; j--; }
        g2[j + 1] = x;
    }
    pred_ev P[128];
    int np = 0;
    for (int i = 0; i < np0 && np < 128; i++) {
        bool seen = false;
        for (int j = 0; j < np && !seen; j++) {
            bool same_code = root ? !strncmp(P[j].code, P0[i].code, 2) : !strcmp(P[j].code, P0[i].code);
            bool same_pair = undirected(P0[i].code)
                ? ((!strcmp(P[j].s, P0[i].s) && !strcmp(P[j].t, P0[i].t)) || (!strcmp(P[j].s, P0[i].t) && !strcmp(P[j].t, P0[i].s)))
                : (!strcmp(P[j].s, P0[i].s) && !strcmp(P[j].t, P0[i].t));
            seen = same_code && same_pair && undirected(P[j].code) == undirected(P0[i].code);
        }
        if (!seen) { P[np] = P0[i]; P[np].used = false; np++; }
    }
    prf r = {0, 0, 0};
    for (int g = 0; g < ng; g++) {
        bool hit = false;
        for (int i = 0; i < np && !hit; i++)
            if (!P[i].used && ev_match(&g2[g], &P[i], root)) { P[i].used = true; hit = true; }
        if (hit) r.tp++;
        else {
            r.fn++;
            if (explain) printf("  miss  %s: %s -> %s %s%s\n", sid, g2[g].s, g2[g].t, g2[g].alts[0], g2[g].nalt > 1 ? "|…" : "");
        }
    }
    for (int i = 0; i < np; i++) {
        if (P[i].used) continue;
        bool ok = false;
        for (int o = 0; o < no && !ok; o++) ok = ev_match(&O[o], &P[i], root);
        for (int g = 0; g < ng && !ok; g++) ok = ev_match(&g2[g], &P[i], root);
        if (ok) continue;
        r.fp++;
        if (explain) printf("  false %s: %s -> %s %s\n", sid, P[i].s, P[i].t, P[i].code);
    }
    return r;
}

static bool text_overlap(const char *a, size_t an, const char *b, size_t bn) {
    char x[512], y[512];
    hd_normalize(a, an, x, sizeof x);
    hd_normalize(b, bn, y, sizeof y);
    return strstr(x, y) || strstr(y, x);
}

int hd_cmd_evaluate(int argc, char **argv) {
    const char *dicts = NULL, *split = NULL, *level = "both";
    bool explain = false;
    const char *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: herodote evaluate [--split dev|test] [--level root|code] [--explain] [--dicts DIR] GOLD.jsonl\n\n"
                   "Code the stories of a gold file and print precision, recall and F1.\n"
                   "Event gold (../shared/tools/score.py's format: \"gold\" and \"opt\" lists):\n"
                   "two lines, level root (dyad at country level + root code) and level code\n"
                   "(actor prefixes as written + exact code), as score.py computes them.\n"
                   "Actor gold (\"actors\": [{\"text\",\"code\"}]): one line for mentions; a\n"
                   "mention is right when its text overlaps the gold text and its code starts\n"
                   "with the gold code.\n"
                   "  --split S    only stories whose \"split\" is S (dev or test)\n"
                   "  --explain    list every miss and false alarm\n"
                   "The gazetteer ($HERODOTE_GEO, else data/geo) is used as by herodote code.\n");
            return 0;
        }
        if (!strcmp(argv[i], "--split") && i + 1 < argc) split = argv[++i];
        else if (!strcmp(argv[i], "--level") && i + 1 < argc) level = argv[++i];
        else if (!strcmp(argv[i], "--dicts") && i + 1 < argc) dicts = argv[++i];
        else if (!strcmp(argv[i], "--explain")) explain = true;
        else if (argv[i][0] == '-') { fprintf(stderr, "herodote evaluate: unknown option '%s'\n", argv[i]); return HD_EXIT_USAGE; }
        else file = argv[i];
    }
    if (!file) { fprintf(stderr, "usage: herodote evaluate [options] GOLD.jsonl\n"); return HD_EXIT_USAGE; }
    FILE *f = fopen(file, "r");
    if (!f) { fprintf(stderr, "herodote evaluate: %s: cannot open: %s\n", file, strerror(errno)); return HD_EXIT_IO; }
    hd_dicts *d = hd_cli_dicts("evaluate", dicts, false, false);
    if (!d) { fclose(f); return HD_EXIT_DICT; }
    char err[512];
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    if (!c) { fprintf(stderr, "herodote evaluate: %s\n", err); hd_dicts_free(d); fclose(f); return HD_EXIT_DICT; }
    /* as herodote code does: a city named as an attack's object is its country */
    hd_gazetteer *gaz = hd_gazetteer_load(NULL, err, sizeof err);
    if (!gaz) fprintf(stderr, "herodote evaluate: %s (cities are not resolved to their country)\n", err);
    hd_coder_set_gazetteer(c, gaz);
    char *line = NULL;
    size_t cap = 0;
    long ln = 0, nstories = 0;
    int rc = 0;
    prf root = {0, 0, 0}, code = {0, 0, 0}, act = {0, 0, 0};
    bool has_events = false, has_actors = false;
    while (getline(&line, &cap, f) > 0) {
        ln++;
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        if (!o || !json_is_object(o)) {
            if (line[0] != '\n') { fprintf(stderr, "herodote evaluate: %s:%ld: malformed JSON: %s\n", file, ln, je.text); rc = HD_EXIT_BADINPUT; }
            json_decref(o);
            continue;
        }
        json_t *sp = json_object_get(o, "split");
        if (split && !(json_is_string(sp) && !strcmp(json_string_value(sp), split))) { json_decref(o); continue; }
        const char *id = json_string_value(json_object_get(o, "id")), *text = json_string_value(json_object_get(o, "text"));
        const char *date = json_string_value(json_object_get(o, "date"));
        char d10[11];
        if (!id || !text || !date || hd_date_parse(date, strlen(date), d10) != HD_OK) {
            fprintf(stderr, "herodote evaluate: %s:%ld: a gold story needs id, text and a valid date\n", file, ln);
            rc = HD_EXIT_BADINPUT;
            json_decref(o);
            continue;
        }
        hd_story s = {0};
        s.id = id; s.date = d10; s.text = text; s.len = strlen(text);
        const char *lang = json_string_value(json_object_get(o, "lang"));
        s.lang = lang ? lang : "";
        s.title = s.source = s.url = s.meta = "";
        s.origin = file; s.line = ln;
        if (hd_code_story(c, &s) != HD_OK) { fprintf(stderr, "herodote evaluate: story %s: coding failed\n", id); rc = HD_EXIT_INTERNAL; json_decref(o); break; }
        nstories++;
        json_t *gold = json_object_get(o, "gold"), *actors = json_object_get(o, "actors");
        if (json_is_array(gold)) {
            has_events = true;
            gold_ev G[64], O[64];
            int ng = parse_gold(gold, G, 64), no = parse_gold(json_object_get(o, "opt"), O, 64);
            pred_ev P[128];
            int np = 0;
            for (size_t i = 0; i < hd_coder_nevents(c) && np < 128; i++) {
                const hd_event *e = hd_coder_event(c, i);
                upper_norm(P[np].s, sizeof P[np].s, e->source);
                upper_norm(P[np].t, sizeof P[np].t, e->target);
                snprintf(P[np].code, sizeof P[np].code, "%s", e->code);
                np++;
            }
            bool ex_root = explain && strcmp(level, "code"), ex_code = explain && !strcmp(level, "code");
            prf r1 = score_story(G, ng, O, no, P, np, true, ex_root, id);
            prf r2 = score_story(G, ng, O, no, P, np, false, ex_code, id);
            root.tp += r1.tp; root.fp += r1.fp; root.fn += r1.fn;
            code.tp += r2.tp; code.fp += r2.fp; code.fn += r2.fn;
            if (explain && (r1.fp || r1.fn) && strcmp(level, "code")) {
                /* the story's first 300 bytes, cut before a UTF-8 character, not inside one */
                int cut = 0;
                while (text[cut] && cut < 300) cut++;
                if (text[cut]) while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80) cut--;
                printf("    text: %.*s\n", cut, text);
            }
        }
        if (json_is_array(actors)) {
            has_actors = true;
            size_t na = json_array_size(actors), nm = hd_coder_nmentions(c);
            bool *used = calloc(nm + 1, 1);
            for (size_t a = 0; a < na; a++) {
                json_t *ga = json_array_get(actors, a);
                const char *gt = json_string_value(json_object_get(ga, "text")), *gc = json_string_value(json_object_get(ga, "code"));
                if (!gt || !gc) continue;
                bool hit = false;
                for (size_t m = 0; m < nm && !hit; m++) {
                    const hd_mention *pm = hd_coder_mention(c, m);
                    if (used[m] || !text_overlap(text + pm->start, pm->end - pm->start, gt, strlen(gt))) continue;
                    /* as score.py: the prediction must start with the gold code */
                    for (int k = 0; k < pm->ncodes && !hit; k++) hit = !strncmp(pm->codes[k], gc, strlen(gc));
                    if (hit) used[m] = true;
                }
                if (hit) act.tp++;
                else { act.fn++; if (explain) printf("  miss  %s: %s = %s\n", id, gt, gc); }
            }
            for (size_t m = 0; m < nm; m++) {
                if (used[m]) continue;
                const hd_mention *pm = hd_coder_mention(c, m);
                act.fp++;
                if (explain) printf("  false %s: %.*s = %s\n", id, (int)(pm->end - pm->start), text + pm->start, pm->code);
            }
            free(used);
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
    printf("evaluate: %s%s%s: %ld stories\n", file, split ? " split=" : "", split ? split : "", nstories);
    if (has_events) { print_prf("events level=root", root); print_prf("events level=code", code); }
    if (has_actors) print_prf("actors", act);
    hd_coder_free(c);
    hd_gazetteer_free(gaz);
    hd_dicts_free(d);
    return rc;
}
