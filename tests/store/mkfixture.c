/*
** mkfixture.c — write the fixture event database that tests/store/run.sh queries.
** Usage: mkfixture OUT.sqlite none|story|day
**
** The events are written through the library's store API (hd_store_story) with fixed
** records, so the expected answers of every query (tests/store/expected/) depend on
** the store and the queries only, not on what the coder finds in some text.
*/
#include "herodote.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const hd_code_info c020 = {"020", "Make an appeal or request", "REQUEST", "", 3.0, 1};
static const hd_code_info c030 = {"030", "Express intent to cooperate", "COOPERATE", "", 4.0, 1};
static const hd_code_info c041 = {"041", "Discuss by telephone", "CONSULT", "phone", 1.0, 1};
static const hd_code_info c051 = {"051", "Praise or endorse", "SUPPORT", "", 3.4, 1};
static const hd_code_info c163 = {"163", "Impose embargo, boycott, or sanctions", "SANCTION", "", -8.0, 4};
static const hd_code_info c190 = {"190", "Use conventional military force", "ASSAULT", "", -10.0, 4};

static const hd_place beijing = {4, "Beijing, Beijing Municipality, China", "CHN", "CN", "CN22", "1816670", 39.9075, 116.39723};
static const hd_place lebanon = {1, "Lebanon", "LBN", "LB", "", "LB", 33.8456, 35.5263};

typedef struct { const char *date, *src, *tgt; const hd_code_info *info; const hd_place *place; } ev;
typedef struct { const char *id, *date, *source, *url, *text; ev e[3]; } st;

/* Each story's text holds the evidence: "SRC verb TGT at PLACE." with fixed spans. */
static const st stories[] = {
    {"s01", "2024-07-01", "wire-a", "https://example.org/s01", "Tehran phoned Astana twice.",
     {{"2024-07-01", "IRNGOV", "KAZGOV", &c041, NULL}, {"2024-07-01", "IRNGOV", "KAZGOV", &c041, NULL}}},
    {"s02", "2024-07-01", "wire-b", "", "Tehran phoned Astana from Beijing.",
     {{"2024-07-01", "IRNGOV", "KAZGOV", &c041, &beijing}}},
    {"s03", "2024-07-04", "wire-a", "", "Astana wants cooperation; Tehran strikes Israel.",
     {{"2024-07-03", "KAZGOV", "IRNGOV", &c030, NULL}, {"2024-07-03", "IRN", "ISR", &c190, NULL}}},
    {"s04", "2024-07-08", "wire-a", "", "Iran strikes Israel in Lebanon; Israel strikes back.",
     {{"2024-07-08", "IRN", "ISR", &c190, &lebanon}, {"2024-07-08", "ISR", "IRN", &c190, NULL}}},
    {"s05", "2024-07-09", "wire-b", "", "The UN appeals to Iran; Iran praises Kazakhstan.",
     {{"2024-07-09", "IGOUNO", "IRN", &c020, NULL}, {"2024-07-09", "IRNGOV", "KAZ", &c051, NULL}}},
    {"s06", "2024-07-15", "wire-a", "", "Iran praises Kazakhstan; the US sanctions Iran.",
     {{"2024-07-15", "IRN", "KAZ", &c051, NULL}, {"2024-07-15", "USA", "IRN", &c163, NULL}}},
};

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: mkfixture OUT.sqlite none|story|day\n"); return 2; }
    hd_dedup mode = !strcmp(argv[2], "day") ? HD_DEDUP_DAY : !strcmp(argv[2], "story") ? HD_DEDUP_STORY : HD_DEDUP_NONE;
    char err[512];
    int status;
    remove(argv[1]);
    hd_store *db = hd_store_open(argv[1], 0, mode, &status, err, sizeof err);
    if (!db) { fprintf(stderr, "mkfixture: %s\n", err); return 3; }
    if (hd_store_begin(db) != HD_OK) goto bad;
    for (size_t i = 0; i < sizeof stories / sizeof *stories; i++) {
        const st *s = &stories[i];
        hd_story story = {0};
        story.id = s->id; story.date = s->date; story.lang = "en"; story.title = ""; story.source = s->source;
        story.url = s->url; story.text = s->text; story.len = strlen(s->text); story.origin = "fixture";
        story.line = (long)i + 1; story.meta = "";
        hd_record r[3];
        size_t n = 0;
        for (; n < 3 && s->e[n].date; n++) {
            const ev *e = &s->e[n];
            memset(&r[n], 0, sizeof r[n]);
            snprintf(r[n].ev.date, sizeof r[n].ev.date, "%s", e->date);
            r[n].ev.source = e->src; r[n].ev.target = e->tgt; r[n].ev.code = e->info->code; r[n].ev.info = e->info;
            r[n].ev.flags = "";
            r[n].ev.src_start = 0; r[n].ev.src_end = 6;
            r[n].ev.verb_start = 7; r[n].ev.verb_end = 13;
            r[n].place = e->place;
            if (e->place) { r[n].place_start = (uint32_t)(strlen(s->text) - 8); r[n].place_end = (uint32_t)strlen(s->text) - 1; }
            r[n].sent_end = (uint32_t)strlen(s->text);
            r[n].is_root = n == 0;
        }
        if (hd_store_story(db, &story, "en", 1, r, n, NULL, 0) < 0) goto bad;
    }
    if (hd_store_commit(db) != HD_OK) goto bad;
    hd_store_close(db);
    return 0;
bad:
    fprintf(stderr, "mkfixture: %s\n", hd_store_error(db));
    hd_store_close(db);
    return 3;
}
