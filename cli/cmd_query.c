/*
** cmd_query.c — `herodote query DB WHAT`: the analyst's questions on an event store
** written by `herodote code --db`.  Every answer is one SQL statement over the events
** table (docs/store.md shows them, so they can be run and adapted in any SQLite
** client), printed as TSV with a header or, with --json, as JSON lines.  The database
** is opened read-only: a query never changes it, and runs while `code` writes (WAL).
*/
#include "cli.h"
#include <math.h>
#include <sqlite3.h>
#include <unistd.h>

typedef struct {
    const char *db, *what;
    bool json, directed;
    const char *from, *to, *plot, *actor, *sql;
    char dyad[2][64];
    bool has_dyad;
    int by;              /* 0 day, 1 week, 2 month */
    int level;           /* 0 country, 1 full code */
    long limit, min;
    int format;          /* events: HD_OUT_*; network: 0 csv, 1 graphml */
    bool format_set, header;
} qopts;

static const char *usage =
    "usage: herodote query DB.sqlite WHAT [options]\n\n"
    "Ask an event database (written by herodote code --db) a question; the answer is\n"
    "TSV with a header line (--json: one JSON object per line).\n\n"
    "WHAT:\n"
    "  top-dyads           the dyads with the most events (source, target, events,\n"
    "                      mentions, goldstein_sum, goldstein_mean, first, last)\n"
    "  counts              events per day/week/month and quad class (quad1..quad4)\n"
    "  series --dyad A,B   the Goldstein cooperation-conflict series of a dyad, every\n"
    "                      period from the first event to the last; --plot FILE.svg\n"
    "  partners --actor A  an actor's partners (events out, in, Goldstein mean)\n"
    "  network             the dyads as edges: CSV (--format csv) or GraphML\n"
    "                      (--format graphml)\n"
    "  events              the events (--format jsonl|tsv|gdelt, --header for gdelt)\n"
    "  info                counts, dates and the de-duplication mode\n"
    "  sql 'SELECT …'      any read-only SQL\n"
    "  dump                every table in a canonical order (for comparing databases)\n\n"
    "options:\n"
    "      --from DATE, --to DATE   only events in [FROM, TO] (YYYY-MM-DD)\n"
    "      --dyad A,B      two actors (a code matches itself and longer codes: IRN\n"
    "                      matches IRNGOV); both directions unless --directed\n"
    "      --actor A       an actor (same matching)\n"
    "      --by P          day (default), week (Monday-based) or month\n"
    "      --level L       country (default: IRNGOV counts as IRN; IGO codes stay\n"
    "                      whole) or code\n"
    "      --limit N       rows for top-dyads and partners (default 20; 0 = all)\n"
    "      --min N         network: edges with at least N events (default 1)\n"
    "      --plot FILE     series: also draw the series as an SVG picture\n"
    "  -f, --format F      events: jsonl, tsv, gdelt; network: csv, graphml\n"
    "      --json          JSON lines instead of TSV\n"
    "  -h, --help          this help\n\n"
    "Exit status: 0 ok, 1 nothing matches (unknown actor or dyad), 2 usage,\n"
    "3 the database cannot be read (missing, corrupt, not a herodote database).\n";

/* ------------------------------------------------------------ output */

/* Print every row of a prepared statement: TSV with a header, or JSON lines (numbers
** stay numbers).  Returns the number of rows, or -1 on a database error. */
static long print_rows(sqlite3_stmt *s, bool json, const char *cmd, const char *db) {
    hd_buf out = {0};
    int nc = sqlite3_column_count(s);
    if (!json) {
        for (int i = 0; i < nc; i++) hd_buf_printf(&out, "%s%s", i ? "\t" : "", sqlite3_column_name(s, i));
        hd_buf_putc(&out, '\n');
    }
    long n = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        n++;
        if (json) hd_buf_putc(&out, '{');
        for (int i = 0; i < nc; i++) {
            int t = sqlite3_column_type(s, i);
            const char *v = (const char *)sqlite3_column_text(s, i);
            size_t len = (size_t)sqlite3_column_bytes(s, i);
            if (json) {
                hd_buf_printf(&out, "%s\"", i ? "," : "");
                const char *name = sqlite3_column_name(s, i);
                hd_buf_json(&out, name, strlen(name));
                hd_buf_puts(&out, "\":");
                if (t == SQLITE_NULL) hd_buf_puts(&out, "null");
                else if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) hd_buf_put(&out, v, len);
                else { hd_buf_putc(&out, '"'); hd_buf_json(&out, v ? v : "", v ? len : 0); hd_buf_putc(&out, '"'); }
            } else {
                if (i) hd_buf_putc(&out, '\t');
                for (size_t k = 0; v && k < len; k++)
                    hd_buf_putc(&out, v[k] == '\t' || v[k] == '\n' || v[k] == '\r' ? ' ' : v[k]);
            }
        }
        hd_buf_puts(&out, json ? "}\n" : "\n");
        if (hd_cli_flush(&out, false)) { n = -2; break; }
    }
    if (n >= 0 && rc != SQLITE_DONE) {
        fprintf(stderr, "herodote %s: %s: %s\n", cmd, db, sqlite3_errmsg(sqlite3_db_handle(s)));
        n = -1;
    }
    if (n >= 0 && hd_cli_flush(&out, true)) n = -2;
    hd_buf_free(&out);
    return n;
}

/* ------------------------------------------------------------ SQL pieces */

/* actor_key(code, level): the country part of a code (IRNGOV → IRN), non-state codes
** whole (IGOUNO), or the code itself at level 1. */
static void fn_actor_key(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    const char *c = (const char *)sqlite3_value_text(argv[0]);
    int level = argc > 1 ? sqlite3_value_int(argv[1]) : 0;
    if (!c) { sqlite3_result_null(ctx); return; }
    size_t n = strlen(c);
    static const char *const groups[] = {"IGO", "NGO", "IMG", "MNC", "UIS", NULL};
    bool group = false;
    for (int i = 0; groups[i]; i++) group |= !strncmp(c, groups[i], 3);
    if (level == 1 || group || n <= 3) sqlite3_result_text(ctx, c, (int)n, SQLITE_TRANSIENT);
    else sqlite3_result_text(ctx, c, 3, SQLITE_TRANSIENT);
}

static const char *period_sql(int by, const char *col) {
    static char buf[128];
    if (by == 1) snprintf(buf, sizeof buf, "date(%s, '-6 days', 'weekday 1')", col);
    else if (by == 2) snprintf(buf, sizeof buf, "strftime('%%Y-%%m-01', %s)", col);
    else snprintf(buf, sizeof buf, "%s", col);
    return buf;
}

/* The filters every query shares, as SQL over `e` with named parameters. */
static void filters(hd_buf *b, const qopts *o) {
    hd_buf_puts(b, " WHERE 1");
    if (o->from) hd_buf_puts(b, " AND e.date >= :from");
    if (o->to) hd_buf_puts(b, " AND e.date <= :to");
    if (o->has_dyad) {
        hd_buf_puts(b, " AND ((substr(e.source, 1, length(:a)) = :a AND substr(e.target, 1, length(:b)) = :b)");
        if (!o->directed) hd_buf_puts(b, " OR (substr(e.source, 1, length(:b)) = :b AND substr(e.target, 1, length(:a)) = :a)");
        hd_buf_puts(b, ")");
    }
}

static int bind_all(sqlite3_stmt *s, const qopts *o) {
    struct { const char *name, *value; } p[] = {{":from", o->from}, {":to", o->to}, {":a", o->dyad[0]},
                                                {":b", o->dyad[1]}, {":actor", o->actor}};
    for (size_t i = 0; i < sizeof p / sizeof *p; i++) {
        int k = sqlite3_bind_parameter_index(s, p[i].name);
        if (k && sqlite3_bind_text(s, k, p[i].value ? p[i].value : "", -1, SQLITE_STATIC) != SQLITE_OK) return -1;
    }
    int k = sqlite3_bind_parameter_index(s, ":level");
    if (k) sqlite3_bind_int(s, k, o->level);
    k = sqlite3_bind_parameter_index(s, ":limit");
    if (k) sqlite3_bind_int64(s, k, o->limit > 0 ? o->limit : -1);
    k = sqlite3_bind_parameter_index(s, ":min");
    if (k) sqlite3_bind_int64(s, k, o->min);
    return 0;
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql, const qopts *o) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
        fprintf(stderr, "herodote query: %s: %s\n", o->db, sqlite3_errmsg(db));
        return NULL;
    }
    bind_all(s, o);
    return s;
}

/* Run one statement and print it.  Returns an exit code. */
static int run_print(sqlite3 *db, const char *sql, const qopts *o, long *rows) {
    sqlite3_stmt *s = prepare(db, sql, o);
    if (!s) return HD_EXIT_IO;
    long n = print_rows(s, o->json, "query", o->db);
    sqlite3_finalize(s);
    if (rows) *rows = n;
    return n == -1 ? HD_EXIT_IO : n == -2 ? HD_EXIT_IO : HD_EXIT_OK;
}

static long count_of(sqlite3 *db, const char *sql, const qopts *o) {
    sqlite3_stmt *s = prepare(db, sql, o);
    if (!s) return -1;
    long n = sqlite3_step(s) == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    return n;
}

/* "No events between IRN and XYZ": say which side is unknown, and what is near. */
static int explain_empty(sqlite3 *db, const qopts *o, const char *side[], int nside) {
    for (int i = 0; i < nside; i++) {
        qopts q = *o;
        q.actor = side[i];
        long n = count_of(db, "SELECT count(*) FROM events e WHERE substr(e.source, 1, length(:actor)) = :actor "
                              "OR substr(e.target, 1, length(:actor)) = :actor", &q);
        if (n == 0) {
            hd_buf b = {0};
            sqlite3_stmt *s = prepare(db, "SELECT DISTINCT actor_key(x, 0) k FROM (SELECT source x FROM events UNION "
                                          "SELECT target FROM events) WHERE k <> '' AND substr(k, 1, 1) = substr(:actor, 1, 1) "
                                          "ORDER BY k LIMIT 12", &q);
            while (s && sqlite3_step(s) == SQLITE_ROW) hd_buf_printf(&b, "%s%s", b.n ? ", " : "", sqlite3_column_text(s, 0));
            sqlite3_finalize(s);
            fprintf(stderr, "herodote query: %s: no events with actor '%s'%s%s%s\n", o->db, side[i],
                    b.n ? " (actors starting with the same letter: " : "", b.n ? b.p : "", b.n ? ")" : "");
            hd_buf_free(&b);
            return HD_EXIT_BADINPUT;
        }
    }
    if (nside == 2)
        fprintf(stderr, "herodote query: %s: no events between %s and %s%s%s%s%s\n", o->db, side[0], side[1],
                o->directed ? " in that direction" : "", o->from || o->to ? " in " : "", o->from ? o->from : "…",
                o->from || o->to ? (o->to ? "" : "") : "");
    else
        fprintf(stderr, "herodote query: %s: no events match\n", o->db);
    return HD_EXIT_BADINPUT;
}

/* ------------------------------------------------------------ the questions */

static int q_top_dyads(sqlite3 *db, const qopts *o) {
    hd_buf b = {0};
    hd_buf_puts(&b, "SELECT actor_key(e.source, :level) AS source, actor_key(e.target, :level) AS target, "
                    "count(*) AS events, sum(e.num_mentions) AS mentions, round(sum(e.goldstein), 1) AS goldstein_sum, "
                    "round(avg(e.goldstein), 2) AS goldstein_mean, min(e.date) AS first, max(e.date) AS last "
                    "FROM events e");
    filters(&b, o);
    hd_buf_puts(&b, " AND e.source <> '' AND e.target <> '' GROUP BY 1, 2 ORDER BY events DESC, mentions DESC, "
                    "source, target LIMIT :limit");
    int rc = run_print(db, b.p, o, NULL);
    hd_buf_free(&b);
    return rc;
}

static int q_counts(sqlite3 *db, const qopts *o) {
    hd_buf b = {0};
    hd_buf_printf(&b, "SELECT %s AS period, sum(e.quad = 1) AS quad1, sum(e.quad = 2) AS quad2, sum(e.quad = 3) AS quad3, "
                      "sum(e.quad = 4) AS quad4, count(*) AS events FROM events e", period_sql(o->by, "e.date"));
    filters(&b, o);
    hd_buf_puts(&b, " GROUP BY 1 ORDER BY 1");
    int rc = run_print(db, b.p, o, NULL);
    hd_buf_free(&b);
    return rc;
}

/* The series fills every period between the first and the last event with zeros:
** a plot of only the periods with events would hide the silences. */
static void series_sql(hd_buf *b, const qopts *o) {
    hd_buf_puts(b, "WITH ev AS (SELECT e.* FROM events e");
    filters(b, o);
    hd_buf_printf(b, "), days(day) AS (SELECT min(date) FROM ev UNION ALL SELECT date(day, '+1 day') FROM days "
                     "WHERE day < (SELECT max(date) FROM ev)), periods AS (SELECT DISTINCT %s AS period FROM days "
                     "WHERE day IS NOT NULL), agg AS (SELECT ",
                  period_sql(o->by, "day"));
    hd_buf_printf(b, "%s AS period, count(*) AS events, sum(num_mentions) AS mentions, sum(goldstein) AS gs, "
                     "sum(quad <= 2) AS coop, sum(quad >= 3) AS conf FROM ev GROUP BY 1) "
                     "SELECT p.period, ifnull(a.events, 0) AS events, ifnull(a.mentions, 0) AS mentions, "
                     "round(ifnull(a.gs, 0), 1) AS goldstein_sum, round(ifnull(a.gs / a.events, 0), 2) AS goldstein_mean, "
                     "ifnull(a.coop, 0) AS cooperation, ifnull(a.conf, 0) AS conflict "
                     "FROM periods p LEFT JOIN agg a ON a.period = p.period ORDER BY p.period",
                  period_sql(o->by, "date"));
}

typedef struct { char period[11]; long events; double gs; long coop, conf; } point;

static void svg_text(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '<') fputs("&lt;", f);
        else if (*s == '>') fputs("&gt;", f);
        else if (*s == '&') fputs("&amp;", f);
        else if (*s == '"') fputs("&quot;", f);
        else fputc(*s, f);
    }
}

static double nice_step(double range) {
    double raw = range / 5, mag = pow(10, floor(log10(raw > 0 ? raw : 1)));
    double f = raw / mag;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/* An SVG picture of the series: Goldstein sum per period as bars (cooperation above
** the axis, conflict below), the number of events as a line on the right axis. */
static int plot_svg(const char *path, const point *p, size_t n, const qopts *o) {
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "herodote query: %s: cannot write: %s\n", path, strerror(errno)); return HD_EXIT_IO; }
    const double W = 960, H = 480, L = 70, R = 60, T = 56, B = 70;
    double pw = W - L - R, ph = H - T - B;
    double lo = 0, hi = 0;
    long maxev = 1, total = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i].gs < lo) lo = p[i].gs;
        if (p[i].gs > hi) hi = p[i].gs;
        if (p[i].events > maxev) maxev = p[i].events;
        total += p[i].events;
    }
    if (hi - lo < 1) { hi += 1; lo -= lo < 0 ? 1 : 0; }
    double step = nice_step(hi - lo);
    lo = floor(lo / step) * step;
    hi = ceil(hi / step) * step;
#define Y(v) (T + ph * (hi - (v)) / (hi - lo))
    const char *byname = o->by == 1 ? "week" : o->by == 2 ? "month" : "day";
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
               "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n"
               "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, H, W, H);
    fprintf(f, "<text x=\"%.0f\" y=\"24\" font-size=\"17\" font-weight=\"bold\">", L);
    svg_text(f, o->dyad[0]);
    fputs(o->directed ? " → " : " ↔ ", f);
    svg_text(f, o->dyad[1]);
    fprintf(f, ": Goldstein score per %s</text>\n", byname);
    fprintf(f, "<text x=\"%.0f\" y=\"42\" fill=\"#555\">%ld events, %s to %s; bars: sum of Goldstein weights "
               "(green cooperation, red conflict); line: number of events</text>\n",
            L, total, n ? p[0].period : "", n ? p[n - 1].period : "");
    /* grid and left axis */
    for (double v = lo; v <= hi + step / 2; v += step) {
        fprintf(f, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", L, L + pw, Y(v), Y(v),
                fabs(v) < step / 1000 ? "#333" : "#e4e4e4");
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n", L - 6, Y(v) + 4, fabs(v) < step / 1000 ? 0 : v);
    }
    fprintf(f, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">Goldstein sum</text>\n", T + ph / 2);
    /* right axis: events */
    double estep = nice_step((double)maxev);
    if (estep < 1) estep = 1;   /* events are whole */
    double emax = ceil((double)maxev / estep) * estep;
    for (double v = 0; v <= emax + estep / 2; v += estep)
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#1f4e9c\">%g</text>\n", L + pw + 6, T + ph - ph * v / emax + 4, v);
    fprintf(f, "<text transform=\"translate(%.1f %.1f) rotate(90)\" text-anchor=\"middle\" fill=\"#1f4e9c\">events</text>\n",
            W - 14, T + ph / 2);
    /* bars */
    double bw = n ? pw / (double)n : pw;
    for (size_t i = 0; i < n; i++) {
        if (p[i].gs == 0) continue;
        double y0 = Y(0), y1 = Y(p[i].gs);
        fprintf(f, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"><title>%s: %ld events, "
                   "Goldstein %.1f</title></rect>\n",
                L + bw * (double)i + bw * 0.1, y1 < y0 ? y1 : y0, bw * 0.8 > 0.5 ? bw * 0.8 : 0.5, fabs(y1 - y0),
                p[i].gs > 0 ? "#2e8b57" : "#c0392b", p[i].period, p[i].events, p[i].gs);
    }
    /* events line */
    fputs("<polyline fill=\"none\" stroke=\"#1f4e9c\" stroke-width=\"1.5\" points=\"", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%.2f,%.2f ", L + bw * ((double)i + 0.5), T + ph - ph * (double)p[i].events / emax);
    fputs("\"/>\n", f);
    /* x labels: at most 8 */
    size_t every = n > 8 ? (n + 7) / 8 : 1;
    for (size_t i = 0; i < n; i += every)
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", L + bw * ((double)i + 0.5),
                T + ph + 18, p[i].period);
    fprintf(f, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>\n", L, L, T, T + ph);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#555\">%s (herodote query series)</text>\n",
            L + pw / 2, H - 16, byname);
    fputs("</svg>\n", f);
#undef Y
    if (fclose(f) != 0) { fprintf(stderr, "herodote query: %s: cannot write: %s\n", path, strerror(errno)); return HD_EXIT_IO; }
    return HD_EXIT_OK;
}

static int q_series(sqlite3 *db, const qopts *o) {
    if (!o->has_dyad) { fprintf(stderr, "herodote query: series needs --dyad A,B (e.g. --dyad IRN,KAZ)\n"); return HD_EXIT_USAGE; }
    hd_buf b = {0};
    series_sql(&b, o);
    sqlite3_stmt *s = prepare(db, b.p, o);
    hd_buf_free(&b);
    if (!s) return HD_EXIT_IO;
    /* read the points once: they are printed and, with --plot, drawn */
    HD_VEC(point) pts = {0};
    int k;
    long total = 0;
    while ((k = sqlite3_step(s)) == SQLITE_ROW) {
        point p = {{0}, 0, 0, 0, 0};
        snprintf(p.period, sizeof p.period, "%s", sqlite3_column_text(s, 0));
        p.events = (long)sqlite3_column_int64(s, 1);
        p.gs = sqlite3_column_double(s, 3);
        p.coop = (long)sqlite3_column_int64(s, 5);
        p.conf = (long)sqlite3_column_int64(s, 6);
        total += p.events;
        if (hd_vec_push(pts, p)) { k = SQLITE_NOMEM; break; }
    }
    int rc = HD_EXIT_OK;
    if (k != SQLITE_DONE) {
        fprintf(stderr, "herodote query: %s: %s\n", o->db, sqlite3_errmsg(db));
        rc = HD_EXIT_IO;
    } else if (total == 0) {
        const char *side[2] = {o->dyad[0], o->dyad[1]};
        rc = explain_empty(db, o, side, 2);
    } else {
        /* the picture first: a reader that stops reading (| head) must not cost it */
        if (o->plot) rc = plot_svg(o->plot, pts.v, pts.n, o);
        sqlite3_reset(s);
        if (!rc && print_rows(s, o->json, "query", o->db) < 0) rc = HD_EXIT_IO;
    }
    free(pts.v);
    sqlite3_finalize(s);
    return rc;
}

static int q_partners(sqlite3 *db, const qopts *o) {
    if (!o->actor) { fprintf(stderr, "herodote query: partners needs --actor A (e.g. --actor IRN)\n"); return HD_EXIT_USAGE; }
    hd_buf b = {0};
    hd_buf_puts(&b, "WITH ev AS (SELECT e.* FROM events e");
    filters(&b, o);
    hd_buf_puts(&b, "), sides AS (SELECT actor_key(target, :level) AS partner, 1 AS out, 0 AS inn, goldstein, num_mentions "
                    "FROM ev WHERE substr(source, 1, length(:actor)) = :actor AND target <> '' "
                    "UNION ALL SELECT actor_key(source, :level), 0, 1, goldstein, num_mentions FROM ev "
                    "WHERE substr(target, 1, length(:actor)) = :actor AND source <> '') "
                    "SELECT partner, sum(out) + sum(inn) AS events, sum(out) AS events_out, sum(inn) AS events_in, "
                    "sum(num_mentions) AS mentions, round(avg(goldstein), 2) AS goldstein_mean FROM sides "
                    "GROUP BY partner ORDER BY events DESC, partner LIMIT :limit");
    long n = 0;
    int rc = run_print(db, b.p, o, &n);
    hd_buf_free(&b);
    if (rc == HD_EXIT_OK && n == 0) {
        const char *side[1] = {o->actor};
        return explain_empty(db, o, side, 1);
    }
    return rc;
}

static void xml_text(hd_buf *b, const char *s) {
    for (; s && *s; s++) {
        if (*s == '<') hd_buf_puts(b, "&lt;");
        else if (*s == '>') hd_buf_puts(b, "&gt;");
        else if (*s == '&') hd_buf_puts(b, "&amp;");
        else if (*s == '"') hd_buf_puts(b, "&quot;");
        else hd_buf_putc(b, *s);
    }
}

static int q_network(sqlite3 *db, const qopts *o) {
    hd_buf b = {0};
    hd_buf_puts(&b, "SELECT actor_key(e.source, :level) AS source, actor_key(e.target, :level) AS target, count(*) AS events, "
                    "round(avg(e.goldstein), 2) AS goldstein_mean, sum(e.quad <= 2) AS cooperation, "
                    "sum(e.quad >= 3) AS conflict FROM events e");
    filters(&b, o);
    hd_buf_puts(&b, " AND e.source <> '' AND e.target <> '' GROUP BY 1, 2 HAVING count(*) >= :min ORDER BY 1, 2");
    sqlite3_stmt *s = prepare(db, b.p, o);
    hd_buf_free(&b);
    if (!s) return HD_EXIT_IO;
    hd_buf out = {0};
    int rc = HD_EXIT_OK, k;
    if (o->format == 1) {
        /* GraphML: nodes first (collected from the edges), then edges */
        hd_buf_puts(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                          "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
                          "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein_mean\" attr.type=\"double\"/>\n"
                          "  <key id=\"coop\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"int\"/>\n"
                          "  <key id=\"conf\" for=\"edge\" attr.name=\"conflict\" attr.type=\"int\"/>\n"
                          "  <graph id=\"herodote\" edgedefault=\"directed\">\n");
        sqlite3_stmt *nodes = prepare(db, "SELECT DISTINCT k FROM (SELECT actor_key(e.source, :level) k FROM events e "
                                          "WHERE e.target <> '' UNION SELECT actor_key(e.target, :level) FROM events e "
                                          "WHERE e.source <> '') WHERE k <> '' ORDER BY k", o);
        /* only nodes that have an edge after the filters: collect edges first */
        hd_buf edges = {0};
        hd_strpool *seen = hd_strpool_new();
        while ((k = sqlite3_step(s)) == SQLITE_ROW) {
            for (int i = 0; i < 2; i++) hd_intern(seen, (const char *)sqlite3_column_text(s, i), (size_t)sqlite3_column_bytes(s, i));
            hd_buf_puts(&edges, "    <edge source=\"");
            xml_text(&edges, (const char *)sqlite3_column_text(s, 0));
            hd_buf_puts(&edges, "\" target=\"");
            xml_text(&edges, (const char *)sqlite3_column_text(s, 1));
            hd_buf_printf(&edges, "\"><data key=\"events\">%lld</data><data key=\"goldstein\">%s</data>"
                                  "<data key=\"coop\">%lld</data><data key=\"conf\">%lld</data></edge>\n",
                          (long long)sqlite3_column_int64(s, 2), sqlite3_column_text(s, 3),
                          (long long)sqlite3_column_int64(s, 4), (long long)sqlite3_column_int64(s, 5));
        }
        while (nodes && sqlite3_step(nodes) == SQLITE_ROW) {
            const char *id = (const char *)sqlite3_column_text(nodes, 0);
            if (!hd_strpool_find(seen, id, strlen(id))) continue;
            hd_buf_puts(&out, "    <node id=\"");
            xml_text(&out, id);
            hd_buf_puts(&out, "\"/>\n");
        }
        sqlite3_finalize(nodes);
        hd_strpool_free(seen);
        hd_buf_put(&out, edges.p ? edges.p : "", edges.n);
        hd_buf_free(&edges);
        hd_buf_puts(&out, "  </graph>\n</graphml>\n");
    } else {
        hd_buf_puts(&out, "source,target,events,goldstein_mean,cooperation,conflict\n");
        while ((k = sqlite3_step(s)) == SQLITE_ROW) {
            /* actor codes are [A-Z0-9]: no CSV quoting needed, but be safe */
            for (int i = 0; i < 6; i++) {
                const char *v = (const char *)sqlite3_column_text(s, i);
                bool q = v && strpbrk(v, ",\"\n");
                if (i) hd_buf_putc(&out, ',');
                if (q) { hd_buf_putc(&out, '"'); for (; *v; v++) { if (*v == '"') hd_buf_putc(&out, '"'); hd_buf_putc(&out, *v); } hd_buf_putc(&out, '"'); }
                else hd_buf_puts(&out, v ? v : "");
            }
            hd_buf_putc(&out, '\n');
            if (hd_cli_flush(&out, false)) { rc = HD_EXIT_IO; break; }
        }
    }
    if (!rc && k != SQLITE_DONE) { fprintf(stderr, "herodote query: %s: %s\n", o->db, sqlite3_errmsg(db)); rc = HD_EXIT_IO; }
    if (!rc) rc = hd_cli_flush(&out, true);
    hd_buf_free(&out);
    sqlite3_finalize(s);
    return rc;
}

static int q_events(sqlite3 *db, const qopts *o) {
    hd_buf b = {0};
    filters(&b, o);
    /* hd_cli_export binds positional parameters: rewrite the named ones */
    const char *args[4];
    int n = 0;
    hd_buf w = {0};
    hd_buf_puts(&w, "1");
    if (o->from) { hd_buf_printf(&w, " AND e.date >= ?%d", ++n); args[n - 1] = o->from; }
    if (o->to) { hd_buf_printf(&w, " AND e.date <= ?%d", ++n); args[n - 1] = o->to; }
    if (o->has_dyad) {
        int a = ++n, c = ++n;
        args[a - 1] = o->dyad[0];
        args[c - 1] = o->dyad[1];
        hd_buf_printf(&w, " AND ((substr(e.source, 1, length(?%d)) = ?%d AND substr(e.target, 1, length(?%d)) = ?%d)", a, a, c, c);
        if (!o->directed)
            hd_buf_printf(&w, " OR (substr(e.source, 1, length(?%d)) = ?%d AND substr(e.target, 1, length(?%d)) = ?%d)", c, c, a, a);
        hd_buf_puts(&w, ")");
    }
    int rc = hd_cli_export(db, w.p, args, n, o->format, o->format == HD_OUT_TSV || o->header, "query");
    hd_buf_free(&b);
    hd_buf_free(&w);
    return rc;
}

static int q_info(sqlite3 *db, const qopts *o) {
    return run_print(db, "SELECT (SELECT value FROM meta WHERE key = 'dedup') AS dedup, "
                         "(SELECT value FROM meta WHERE key = 'schema_version') AS schema_version, "
                         "(SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM mentions) AS mentions, "
                         "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM actors) AS actor_mentions, "
                         "(SELECT count(*) FROM events WHERE geo_type > 0) AS events_with_place, "
                         "(SELECT min(date) FROM events) AS first, (SELECT max(date) FROM events) AS last",
                     o, NULL);
}

/* Every table, every column, ordered by primary key: two databases are the same
** store when their dumps are the same bytes. */
static int q_dump(sqlite3 *db, const qopts *o) {
    static const char *const tables[][2] = {
        {"meta", "key"}, {"stories", "story_id"}, {"sentences", "story_id, sentence"},
        {"actors", "story_id, seq"}, {"mentions", "story_id, seq"}, {"events", "event_id"}};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
        char sql[256];
        snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY %s", tables[i][0], tables[i][1]);
        printf("## %s\n", tables[i][0]);
        fflush(stdout);
        int rc = run_print(db, sql, o, NULL);
        if (rc) return rc;
    }
    return HD_EXIT_OK;
}

/* ------------------------------------------------------------ options */

static int parse_dyad(qopts *o, const char *arg) {
    const char *comma = strchr(arg, ',');
    if (!comma || comma == arg || !comma[1] || strchr(comma + 1, ',')) return -1;
    size_t a = (size_t)(comma - arg), b = strlen(comma + 1);
    if (a >= sizeof o->dyad[0] || b >= sizeof o->dyad[1]) return -1;
    memcpy(o->dyad[0], arg, a);
    o->dyad[0][a] = 0;
    memcpy(o->dyad[1], comma + 1, b + 1);
    for (int i = 0; i < 2; i++)
        for (char *c = o->dyad[i]; *c; c++)
            if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
            else if (!((*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'))) return -1;
    o->has_dyad = true;
    return 0;
}

int hd_cmd_query(int argc, char **argv) {
    static const struct option opts[] = {
        {"json", no_argument, 0, 'J'}, {"from", required_argument, 0, 'F'}, {"to", required_argument, 0, 'T'},
        {"dyad", required_argument, 0, 'D'}, {"actor", required_argument, 0, 'A'}, {"by", required_argument, 0, 'B'},
        {"level", required_argument, 0, 'L'}, {"limit", required_argument, 0, 'N'}, {"min", required_argument, 0, 'M'},
        {"plot", required_argument, 0, 'P'}, {"format", required_argument, 0, 'f'}, {"directed", no_argument, 0, 'd'},
        {"header", no_argument, 0, 'H'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    qopts o;
    memset(&o, 0, sizeof o);
    o.limit = 20;
    o.min = 1;
    char fromb[11], tob[11], actorb[64];
    optind = 1;
    opterr = 0;
    int c;
    /* options may come before or after DB and WHAT (GNU getopt permutes) */
    while ((c = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'J': o.json = true; break;
        case 'd': o.directed = true; break;
        case 'H': o.header = true; break;
        case 'F': case 'T': {
            char *dst = c == 'F' ? fromb : tob;
            if (hd_date_parse(optarg, strlen(optarg), dst) != HD_OK) {
                fprintf(stderr, "herodote query: bad --%s '%s' (expected YYYY-MM-DD)\n", c == 'F' ? "from" : "to", optarg);
                return HD_EXIT_USAGE;
            }
            if (c == 'F') o.from = fromb; else o.to = tob;
            break;
        }
        case 'D':
            if (parse_dyad(&o, optarg)) {
                fprintf(stderr, "herodote query: bad --dyad '%s' (two actor codes: --dyad IRN,KAZ)\n", optarg);
                return HD_EXIT_USAGE;
            }
            break;
        case 'A': {
            size_t n = strlen(optarg);
            if (!n || n >= sizeof actorb) { fprintf(stderr, "herodote query: bad --actor '%s'\n", optarg); return HD_EXIT_USAGE; }
            for (size_t i = 0; i <= n; i++) actorb[i] = (char)(optarg[i] >= 'a' && optarg[i] <= 'z' ? optarg[i] - 32 : optarg[i]);
            o.actor = actorb;
            break;
        }
        case 'B':
            if (!strcmp(optarg, "day")) o.by = 0;
            else if (!strcmp(optarg, "week")) o.by = 1;
            else if (!strcmp(optarg, "month")) o.by = 2;
            else { fprintf(stderr, "herodote query: bad --by '%s' (day, week, month)\n", optarg); return HD_EXIT_USAGE; }
            break;
        case 'L':
            if (!strcmp(optarg, "country")) o.level = 0;
            else if (!strcmp(optarg, "code")) o.level = 1;
            else { fprintf(stderr, "herodote query: bad --level '%s' (country, code)\n", optarg); return HD_EXIT_USAGE; }
            break;
        case 'N': case 'M': {
            char *e;
            long v = strtol(optarg, &e, 10);
            if (*e || v < 0) { fprintf(stderr, "herodote query: bad number '%s'\n", optarg); return HD_EXIT_USAGE; }
            if (c == 'N') o.limit = v; else o.min = v;
            break;
        }
        case 'P': o.plot = optarg; break;
        case 'f':
            if (!strcmp(optarg, "jsonl")) o.format = HD_OUT_JSONL;
            else if (!strcmp(optarg, "tsv")) o.format = HD_OUT_TSV;
            else if (!strcmp(optarg, "gdelt")) o.format = HD_OUT_GDELT;
            else if (!strcmp(optarg, "csv")) o.format = 0;
            else if (!strcmp(optarg, "graphml")) o.format = 1;
            else { fprintf(stderr, "herodote query: bad --format '%s'\n", optarg); return HD_EXIT_USAGE; }
            o.format_set = true;
            break;
        case 'h': fputs(usage, stdout); return HD_EXIT_HELP;
        default:
            fprintf(stderr, "herodote query: unknown or incomplete option '%s' (try --help)\n", argv[optind - 1]);
            return HD_EXIT_USAGE;
        }
    }
    if (argc - optind < 2) { fprintf(stderr, "herodote query: give a database and a question (try --help)\n"); return HD_EXIT_USAGE; }
    o.db = argv[optind];
    o.what = argv[optind + 1];
    bool is_sql = !strcmp(o.what, "sql");
    if (is_sql) {
        if (argc - optind != 3) { fprintf(stderr, "herodote query: sql takes one statement: sql 'SELECT …'\n"); return HD_EXIT_USAGE; }
        o.sql = argv[optind + 2];
    } else if (argc - optind > 2) {
        fprintf(stderr, "herodote query: unexpected argument '%s'\n", argv[optind + 2]);
        return HD_EXIT_USAGE;
    }
    static const char *const whats[] = {"top-dyads", "counts", "series", "partners", "network", "events", "info", "sql", "dump", NULL};
    int w = -1;
    for (int i = 0; whats[i]; i++)
        if (!strcmp(o.what, whats[i])) w = i;
    if (w < 0) { fprintf(stderr, "herodote query: unknown question '%s' (try --help)\n", o.what); return HD_EXIT_USAGE; }
    if (o.format_set && w != 4 && w != 5) { fprintf(stderr, "herodote query: --format goes with events or network\n"); return HD_EXIT_USAGE; }
    if (w == 4 && o.format_set && o.format > 1) { fprintf(stderr, "herodote query: network writes csv or graphml\n"); return HD_EXIT_USAGE; }
    if (w == 5 && o.format_set && o.format > HD_OUT_GDELT) { fprintf(stderr, "herodote query: events writes jsonl, tsv or gdelt\n"); return HD_EXIT_USAGE; }
    if (o.plot && w != 2) { fprintf(stderr, "herodote query: --plot goes with series\n"); return HD_EXIT_USAGE; }
    if (access(o.db, F_OK) != 0) { fprintf(stderr, "herodote query: %s: no such database\n", o.db); return HD_EXIT_IO; }
    char err[1024];
    int st;
    hd_store *store = hd_store_open(o.db, HD_STORE_READONLY, HD_DEDUP_KEEP, &st, err, sizeof err);
    if (!store) { fprintf(stderr, "herodote query: %s\n", err); return HD_EXIT_IO; }
    sqlite3 *db = hd_store_db(store);
    sqlite3_create_function(db, "actor_key", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, fn_actor_key, NULL, NULL);
    sqlite3_create_function(db, "actor_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, fn_actor_key, NULL, NULL);
    int rc;
    switch (w) {
    case 0: rc = q_top_dyads(db, &o); break;
    case 1: rc = q_counts(db, &o); break;
    case 2: rc = q_series(db, &o); break;
    case 3: rc = q_partners(db, &o); break;
    case 4: rc = q_network(db, &o); break;
    case 5: rc = q_events(db, &o); break;
    case 6: rc = q_info(db, &o); break;
    case 7: rc = run_print(db, o.sql, &o, NULL); break;
    default: rc = q_dump(db, &o); break;
    }
    hd_store_close(store);
    return rc;
}
