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
int hd_cmd_evaluate(int argc, char **argv);
hd_dicts *hd_cli_dicts(const char *cmd, const char *dir, bool strict, bool quiet);
void hd_cli_event_json(hd_buf *b, const hd_story *s, const hd_event *e, const char *lang);
double hd_cli_peak_rss_mb(void);
#endif
