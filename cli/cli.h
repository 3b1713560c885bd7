/*
** cli.h — shared pieces of the herodote command (input loop, exit codes).
*/
#ifndef HD_CLI_H
#define HD_CLI_H
#include "internal.h"
#include <errno.h>
#include <getopt.h>

enum { HD_EXIT_OK = 0, HD_EXIT_BADINPUT = 1, HD_EXIT_USAGE = 2, HD_EXIT_IO = 3,
       HD_EXIT_DICT = 4, HD_EXIT_INTERNAL = 5, HD_EXIT_HELP = 100 };

typedef struct hd_cli_input {
    hd_reader_opts ropts;
    char date[11];
    bool strict, quiet;
    char **files;
    int nfiles;
    long stories, bad;
    uint64_t bytes;         /* input consumed so far, all files (hd_cli_each_story) */
} hd_cli_input;

int hd_cli_parse_input(int argc, char **argv, hd_cli_input *in, const char *cmd,
                       const char *cmd_usage, const struct option *extra,
                       int (*on_extra)(int opt, const char *arg, void *ctx), void *ctx);
int hd_cli_each_story(hd_cli_input *in, const char *cmd,
                      int (*fn)(const hd_story *s, void *ctx), void *ctx);
int hd_cli_flush(hd_buf *out, bool force);
hd_pipeline *hd_cli_pipeline(const char *cmd);

int hd_cmd_sentences(int argc, char **argv);
int hd_cmd_tokens(int argc, char **argv);
int hd_cmd_lemma(int argc, char **argv);
int hd_cmd_stats(int argc, char **argv);
double hd_cli_now(void);
int hd_cmd_code(int argc, char **argv);
int hd_cmd_actors(int argc, char **argv);
int hd_cmd_dict_check(int argc, char **argv);
int hd_cmd_dict(int argc, char **argv);
const char *hd_cli_dict_image(void);
int hd_cmd_evaluate(int argc, char **argv);
int hd_cmd_validate(int argc, char **argv);
hd_dicts *hd_cli_dicts(const char *cmd, const char *dir, bool strict, bool quiet);
double hd_cli_peak_rss_mb(void);

/* Event rows and output formats (export.c, docs/store.md). */
enum { HD_OUT_JSONL = 0, HD_OUT_TSV, HD_OUT_GDELT };
#define HD_GDELT_NCOLS 61   /* GDELT 2.0's event table; herodote appends PLOVER type and mode */

/* One output row: an event with its counts and place; strings borrowed. */
typedef struct hd_row {
    int64_t event_id;
    const char *story_id, *date, *source, *target, *code, *plover, *plover_mode, *lang, *flags;
    unsigned sentence;
    int quad, is_root, geo_type;
    double goldstein, geo_lat, geo_lon;
    const char *text[3];          /* source, verb, target evidence */
    size_t text_len[3];
    uint32_t span[6];
    long num_mentions, num_sources, num_articles;
    bool counts;                  /* JSONL: print the num_* fields */
    const char *geo_name, *geo_country, *geo_country2, *geo_adm1, *geo_feature, *place_text;
    size_t place_len;
    uint32_t place_start, place_end;
    const char *url, *story_source; /* the story's, for GDELT's SOURCEURL */
} hd_row;

extern const char *const hd_tsv_header;
extern const char *const hd_gdelt_columns[HD_GDELT_NCOLS + 2];
extern const char *const hd_row_select;   /* SELECT … FROM events e LEFT JOIN stories s */
void hd_gdelt_header(hd_buf *b);
void hd_row_jsonl(hd_buf *b, const hd_row *r);
void hd_row_tsv(hd_buf *b, const hd_row *r);
void hd_row_gdelt(hd_buf *b, const hd_row *r);
void hd_row_write(hd_buf *b, const hd_row *r, int format);
void hd_row_from_stmt(hd_row *r, void *stmt);
int hd_cli_export(void *db, const char *where, const char *const *args, int nargs, int format, bool header,
                  const char *cmd);
int hd_cmd_query(int argc, char **argv);
#endif
