/* test_peers.c — the peers' dictionaries (TABARI, PETRARCH) read as they are
** (src/peers.c) and coded with the peers' rules (src/coder.c).  Every dictionary here
** is a small invented one written to a private temporary folder; the actors (Xland,
** Brovia, Quenmark, …) and their codes are fictional. */
#include "util.h"
#include <unistd.h>

/* ------------------------------------------------------------------ helpers */

static char peer_dir[64];

static void peer_cleanup(void) {
    if (!peer_dir[0]) return;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", peer_dir);
    if (system(cmd) != 0) fprintf(stderr, "cleanup of %s failed\n", peer_dir);
}

/* Write `text` to NAME in the private folder; the path stays valid until exit. */
static const char *peer_file(const char *name, const char *text) {
    if (!peer_dir[0]) {
        snprintf(peer_dir, sizeof peer_dir, "/tmp/hd-peers-XXXXXX");
        if (!mkdtemp(peer_dir)) { perror("mkdtemp"); exit(2); }
        atexit(peer_cleanup);
    }
    static char paths[48][128];
    static int np;
    char *p = paths[np++ % 48];
    snprintf(p, 128, "%s/%s", peer_dir, name);
    FILE *f = fopen(p, "w");
    if (!f) { perror(p); exit(2); }
    fputs(text, f);
    fclose(f);
    return p;
}

static char diag_log[8192];
static void diag(void *ctx, const char *msg) {
    (void)ctx;
    size_t n = strlen(diag_log);
    snprintf(diag_log + n, sizeof diag_log - n, "%s\n", msg);
}

/* Code `text` (one story, English) and describe the events: "SRC TGT CODE; …", or
** "note:discard" / "note:complex" when the story was set aside. */
static const char *peer_code(hd_coder *c, const char *text, const char *date) {
    static char out[1024];
    hd_story s = {0};
    s.id = "p";
    s.date = date ? date : "2024-07-09";
    s.lang = "en";
    s.title = s.source = s.url = s.meta = "";
    s.text = text;
    s.len = strlen(text);
    if (hd_code_story(c, &s) != HD_OK) return "(coding failed)";
    out[0] = 0;
    const char *note = hd_coder_story_note(c);
    if (note) {
        snprintf(out, sizeof out, "note:%s", note);
        if (hd_coder_nevents(c)) strcat(out, " (with events!)");
        return out;
    }
    for (size_t i = 0; i < hd_coder_nevents(c); i++) {
        const hd_event *e = hd_coder_event(c, i);
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s %s %s", i ? "; " : "", e->source, e->target, e->code);
    }
    return out;
}

/* The codes of the actor mentions of the last coded story, in order: "XLD BRV". */
static const char *peer_mentions(hd_coder *c) {
    static char out[512];
    out[0] = 0;
    for (size_t i = 0; i < hd_coder_nmentions(c); i++) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s", i ? " " : "", hd_coder_mention(c, i)->code);
    }
    return out;
}

/* ------------------------------------------------------------ TABARI set */

static const char tabari_actors[] =
    "; herodote unit tests: invented actors (TABARI format)\n"
    "<NOUN>\n"
    "SHEEP_\n"
    "</NOUN>\n"
    "XLAND [XLD]                 ; a stem: Xland, Xlandian, Xlanders\n"
    "+XAVONIA_                   ; a synonym with the same code\n"
    "BROVIA_ [BRV]               ; whole word, regular endings: Brovia, Brovias, Brovia's\n"
    "QUENMARK= [QNM]             ; whole word, no endings\n"
    "TALOR [TAL]\n"
    "MARLO_VANTE_\n"
    "+VANTE_\n"
    "\t[XLDREB <100101]\n"
    "\t[XLDGOV 100101-151231]\n"
    "  [XLDELI > 151231]         ; blanks inside the block are allowed\n"
    "KEPLAR [---]                ; a null actor: a noun\n"
    "ZEMBRA REPUBLIC [ZEM]       ; other words may come between\n"
    "DUKE_ALBO_ [ALB 100101-151231] [ALR >151231]\n"
    "WHITE_TOWER_ [XLDGOV]\n"
    "ARGOVIA_ [AGOVX]\n"
    "THE_TWIN_CITIES [XLD/BRV]   ; a coded compound\n"
    "GRIMSBY_CUP [###]\n"
    "ORLOK_ [+++]\n"
    "~~FINISH\n"
    "NOTANACTOR [NOT]\n";

static const char tabari_agents[] =
    "PRESIDENT_ [~GOV]\n"
    "FOREIGN_MINISTER_ [  ~GOV]\n"
    "HUMAN_RIGHTS_GROUP_ [NGO~]\n";

static const char tabari_verbs[] =
    "<SYNSETS>\n"
    "&AIDTYPE\n"
    "+FOOD_\n"
    "+MEDICINE\n"
    "+MILITARY_EQUIPMENT\n"
    "</SYNSETS>\n"
    "\n"
    "ACCUS [112]\n"
    "- * + OF_SPYING [1125]\n"
    "\n"
    "ATTACK_ [190]\n"
    "- + * BY $ [193]\n"
    "\n"
    "CONDEMN_ [111]\n"
    "\n"
    "DEPLORE_ [111]\n"
    "\n"
    "DEMAND_ [100]\n"
    "- * { AN_APOLOGY | REPARATIONS_ } [104]\n"
    "\n"
    "OPEN_ [010]\n"
    "- *_TALKS [046]\n"
    "- * BORDER [081]\n"
    "\n"
    "PROMIS [050]\n"
    "- * AID [070]\n"
    "\n"
    "SAID_ [010?]                ; subordinate\n"
    "\n"
    "SEND_ [---]\n"
    "{ SENT_ }\n"
    "- * &AIDTYPE [070]\n"
    "- * TROOPS [150]\n"
    "\n"
    "SUPPORT_ [051]\n"
    "- NO_LONGER_* [161]\n"
    "\n"
    "VISIT_ [042:043]\n";

static hd_dicts *tabari_d;
static hd_coder *tabari_c;

static void tabari_cleanup(void) {
    hd_coder_free(tabari_c);
    hd_dicts_free(tabari_d);
}

/* The shared TABARI set, loaded through hd_dicts_load_spec("tabari:A,B,C"). */
static hd_coder *tabari(void) {
    if (tabari_c) return tabari_c;
    char spec[512];
    const char *a = peer_file("test.actors", tabari_actors);
    const char *v = peer_file("test.verbs", tabari_verbs);
    const char *g = peer_file("test.agents", tabari_agents);
    snprintf(spec, sizeof spec, "tabari:%s,%s,%s", a, v, g);
    char err[256] = "";
    diag_log[0] = 0;
    tabari_d = hd_dicts_load_spec(spec, 0, diag, NULL, err, sizeof err);
    if (!tabari_d) { fprintf(stderr, "cannot load %s: %s\n", spec, err); exit(2); }
    if (diag_log[0]) fprintf(stderr, "unexpected problems in the TABARI test set:\n%s", diag_log);
    tabari_c = hd_coder_new(tabari_d, NULL, err, sizeof err);
    if (!tabari_c) { fprintf(stderr, "cannot create a coder: %s\n", err); exit(2); }
    atexit(tabari_cleanup);
    return tabari_c;
}

TEST(peers_tabari_loads_clean) {
    hd_coder *c = tabari();
    (void)c;
    CHECK_EQ_INT(hd_dicts_errors(tabari_d), 0);
    CHECK(hd_dicts_count(tabari_d, "en", "patterns") > 0);
}

/* ------------------------------------------------------------------- actors */

TEST(peers_tabari_actor_stem_exact_and_equal) {
    hd_coder *c = tabari();
    /* XLAND is a stem: "Xlandian" is Xland */
    CHECK_EQ_STR(peer_code(c, "Xlandian troops condemned Brovia on Monday for the raid.", NULL), "XLD BRV 111");
    /* BROVIA_ is a whole word with regular endings: "Brovia's", "Brovias" */
    peer_code(c, "The Brovias condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "BRV XLD");
    peer_code(c, "Brovia's leaders condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "BRV XLD");
    /* … but not another word that begins with it */
    peer_code(c, "Brovian leaders condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "XLD");
    /* QUENMARK= matches only the word itself */
    peer_code(c, "Quenmark condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "QNM XLD");
    peer_code(c, "The Quenmarks condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "XLD");
    /* lines after ~~FINISH are not read */
    peer_code(c, "Notanactor condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "XLD");
}

TEST(peers_tabari_actor_synonyms) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xavonia condemned Brovia on Monday for the border raid.", NULL), "XLD BRV 111");
    /* +VANTE_ shares the indented code lines of MARLO_VANTE_ */
    CHECK_EQ_STR(peer_code(c, "Vante condemned Brovia on Monday for the border raid.", "2012-05-01"), "XLDGOV BRV 111");
    CHECK_EQ_STR(peer_code(c, "Marlo Vante condemned Brovia on Monday for the border raid.", "2012-05-01"), "XLDGOV BRV 111");
}

TEST(peers_tabari_actor_dates) {
    hd_coder *c = tabari();
    const char *s = "Marlo Vante condemned Brovia on Monday for the border raid.";
    CHECK_EQ_STR(peer_code(c, s, "2005-06-01"), "XLDREB BRV 111");    /* [XLDREB <100101] */
    CHECK_EQ_STR(peer_code(c, s, "2009-12-31"), "XLDREB BRV 111");
    CHECK_EQ_STR(peer_code(c, s, "2010-01-01"), "XLDGOV BRV 111");    /* '<' is strict; the range includes its ends */
    CHECK_EQ_STR(peer_code(c, s, "2015-12-31"), "XLDGOV BRV 111");
    CHECK_EQ_STR(peer_code(c, s, "2016-01-01"), "XLDELI BRV 111");    /* [XLDELI >151231] */
    CHECK_EQ_STR(peer_code(c, s, "2024-07-09"), "XLDELI BRV 111");
}

TEST(peers_tabari_actor_gaps_and_blocks) {
    hd_coder *c = tabari();
    /* "ZEMBRA REPUBLIC": a blank lets other words come between */
    peer_code(c, "The Zembra People's Republic condemned Xland on Monday for the raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "ZEM XLD");
    peer_code(c, "Zembra condemned Xland on Monday for the border raid.", NULL);
    CHECK_EQ_STR(peer_mentions(c), "XLD");
    /* several dated blocks on one line */
    const char *s = "Duke Albo condemned Xland on Monday for the border raid.";
    CHECK_EQ_STR(peer_code(c, s, "2012-01-01"), "ALB XLD 111");
    CHECK_EQ_STR(peer_code(c, s, "2017-01-01"), "ALR XLD 111");
}

TEST(peers_tabari_null_actor) {
    hd_coder *c = tabari();
    /* KEPLAR [---] is a noun: the source is the first actor of the clause */
    CHECK_EQ_STR(peer_code(c, "Keplar accused Brovia of helping Xland on Monday night.", NULL), "BRV XLD 112");
    CHECK_EQ_STR(peer_mentions(c), "BRV XLD");
}

TEST(peers_tabari_coded_compound) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "The Twin Cities condemned Quenmark on Monday for the border raid.", NULL),
                 "XLD QNM 111; BRV QNM 111");
}

/* ------------------------------------------------------------------- agents */

TEST(peers_tabari_agents) {
    hd_coder *c = tabari();
    /* [~GOV] after the actor, and before it with "of" */
    CHECK_EQ_STR(peer_code(c, "Xland's president condemned Brovia on Monday for the raid.", NULL), "XLDGOV BRV 111");
    CHECK_EQ_STR(peer_code(c, "The president of Xland condemned Brovia on Monday for the raid.", NULL), "XLDGOV BRV 111");
    CHECK_EQ_STR(peer_code(c, "Xland condemned the foreign minister of Brovia on Monday for the raid.", NULL), "XLD BRVGOV 111");
    /* [NGO~] goes before the actor's code */
    CHECK_EQ_STR(peer_code(c, "A Brovia human rights group accused Xland on Monday of torture.", NULL), "NGOBRV XLD 112");
    /* FORMER: the agent's code becomes ELI */
    CHECK_EQ_STR(peer_code(c, "The former president of Xland condemned Brovia on Monday for the raid.", NULL),
                 "XLDELI BRV 111");
    /* a role already in the actor's code (at a multiple of 3) is not added again */
    CHECK_EQ_STR(peer_code(c, "The White Tower president condemned Brovia on Monday for the raid.", NULL),
                 "XLDGOV BRV 111");
    CHECK_EQ_STR(peer_code(c, "Argovia's president condemned Brovia on Monday for the raid.", NULL), "AGOVXGOV BRV 111");
    /* an agent with no actor next to it is not an actor */
    CHECK_EQ_STR(peer_code(c, "The president condemned Brovia on Monday for the border raid.", NULL), "");
}

/* -------------------------------------------------------------------- verbs */

TEST(peers_tabari_verb_root_and_patterns) {
    hd_coder *c = tabari();
    /* the root's code */
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia on Monday for the border raid.", NULL), "XLD BRV 111");
    CHECK_EQ_STR(peer_code(c, "Xland promised Brovia on Monday a quick end to the dispute.", NULL), "XLD BRV 050");
    /* a pattern that matches beats the root */
    CHECK_EQ_STR(peer_code(c, "Xland promised aid to Brovia on Monday after the floods.", NULL), "XLD BRV 070");
    /* ACCUS is a stem: "accused"; '+' after the verb takes the target */
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of spying on Monday in a long statement.", NULL), "XLD BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of lying on Monday in a long statement.", NULL), "XLD BRV 112");
}

TEST(peers_tabari_verb_endings_and_passive) {
    hd_coder *c = tabari();
    /* DEPLORE_: "deplored" (-d after a final e), "deploring" is not a listed ending */
    CHECK_EQ_STR(peer_code(c, "Xland deplored Brovia on Monday for the border raid.", NULL), "XLD BRV 111");
    CHECK_EQ_STR(peer_code(c, "Xland deplores Brovia on Monday for the border raid.", NULL), "XLD BRV 111");
    CHECK_EQ_STR(peer_code(c, "Xland deploration of Brovia on Monday for the border raid.", NULL), "");
    /* "was … by X": source and target swap */
    CHECK_EQ_STR(peer_code(c, "Brovia was condemned by Xland on Monday for the border raid.", NULL), "XLD BRV 111");
    /* a verb after a determiner is a noun */
    CHECK_EQ_STR(peer_code(c, "Xland and the condemned men of Brovia met on Monday at noon.", NULL), "");
}

TEST(peers_tabari_subordinate_codes) {
    hd_coder *c = tabari();
    /* SAID [010?] is dropped when another event is coded … */
    CHECK_EQ_STR(peer_code(c, "Xland said Brovia condemned Quenmark on Monday for the raid.", NULL), "XLD QNM 111");
    /* … and kept when it is the only one */
    CHECK_EQ_STR(peer_code(c, "Xland said on Monday that Brovia was wrong about the raid.", NULL), "XLD BRV 010");
}

TEST(peers_tabari_pattern_adjacency) {
    hd_coder *c = tabari();
    /* '*_TALKS': TALKS right after the verb */
    CHECK_EQ_STR(peer_code(c, "Xland opened talks with Brovia on Monday in the capital.", NULL), "XLD BRV 046");
    CHECK_EQ_STR(peer_code(c, "Xland opened secret talks with Brovia on Monday in the capital.", NULL), "XLD BRV 010");
    /* '* BORDER': other words may come between */
    CHECK_EQ_STR(peer_code(c, "Xland opened its long northern border to Brovia on Monday morning.", NULL), "XLD BRV 081");
}

TEST(peers_tabari_words_before_the_verb) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xland no longer supports Brovia in its dispute with the north.", NULL), "XLD BRV 161");
    CHECK_EQ_STR(peer_code(c, "Xland strongly supports Brovia in its dispute with the north.", NULL), "XLD BRV 051");
    /* NO_LONGER_*: the words must come right before the verb */
    CHECK_EQ_STR(peer_code(c, "Xland no longer openly supports Brovia in its dispute with the north.", NULL), "XLD BRV 051");
}

TEST(peers_tabari_source_and_target_placed) {
    hd_coder *c = tabari();
    /* '- + * BY $': the target before the verb, the source after BY */
    CHECK_EQ_STR(peer_code(c, "Brovia was attacked by Xland on Monday near the border town.", NULL), "XLD BRV 193");
    CHECK_EQ_STR(peer_code(c, "Xland attacked Brovia on Monday near the border town of Vell.", NULL), "XLD BRV 190");
}

TEST(peers_tabari_paired_codes) {
    hd_coder *c = tabari();
    /* [042:043]: the second event has the actors the other way round */
    CHECK_EQ_STR(peer_code(c, "The Xland foreign minister visited Brovia on Monday for two days.", NULL),
                 "XLDGOV BRV 042; BRV XLDGOV 043");
}

TEST(peers_tabari_synsets_and_forms) {
    hd_coder *c = tabari();
    /* "{ SENT_ }": an irregular form with the verb's patterns; &AIDTYPE from <SYNSETS> */
    CHECK_EQ_STR(peer_code(c, "Xland sent food to Brovia on Monday after the floods.", NULL), "XLD BRV 070");
    CHECK_EQ_STR(peer_code(c, "Xland sent medicines to Brovia on Monday after the floods.", NULL), "XLD BRV 070");
    CHECK_EQ_STR(peer_code(c, "Xland sent military equipment to Brovia on Monday after the floods.", NULL), "XLD BRV 070");
    CHECK_EQ_STR(peer_code(c, "Xland sends troops to Brovia on Monday after the border raid.", NULL), "XLD BRV 150");
    /* the root is [---]: no event without a pattern */
    CHECK_EQ_STR(peer_code(c, "Xland sent a letter to Brovia on Monday after the floods.", NULL), "");
    /* FOOD_ is a whole word: "foodstuffs" is not food */
    CHECK_EQ_STR(peer_code(c, "Xland sent foodstuffs to Brovia on Monday after the floods.", NULL), "");
}

TEST(peers_tabari_alternatives) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xland demanded an apology from Brovia on Monday over the raid.", NULL), "XLD BRV 104");
    CHECK_EQ_STR(peer_code(c, "Xland demanded reparations from Brovia on Monday over the raid.", NULL), "XLD BRV 104");
    CHECK_EQ_STR(peer_code(c, "Xland demanded answers from Brovia on Monday over the raid.", NULL), "XLD BRV 100");
}

/* ------------------------------------------------------------- coding rules */

TEST(peers_tabari_comma_clause) {
    hd_coder *c = tabari();
    /* the terminal clause ", a senior Brovia official said on Saturday" is deleted with
       its actor: no target is left */
    const char *s = "Xland condemned the raid on the border town, a senior Brovia official said on Saturday.";
    CHECK_EQ_STR(peer_code(c, s, NULL), "");
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "COMMA: OFF"), 0);
    CHECK_EQ_STR(peer_code(c, s, NULL), "XLD BRV 111");
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10"), 0);
    CHECK_EQ_STR(peer_code(c, s, NULL), "");
    /* a clause between commas goes too: Quenmark is not the target */
    CHECK_EQ_STR(peer_code(c, "Xland condemned, as Quenmark did last week, Brovia for the raid on Monday.", NULL),
                 "XLD BRV 111");
}

TEST(peers_tabari_compound_source) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xland and Brovia condemned Quenmark on Monday for the border raid.", NULL),
                 "XLD QNM 111; BRV QNM 111");
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia and Quenmark on Monday for the border raid.", NULL),
                 "XLD BRV 111; XLD QNM 111");
}

TEST(peers_tabari_minimum_words) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia.", NULL), "");   /* 3 words < 8 */
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "SET: MINIMUM WORDS = 3"), 0);
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia.", NULL), "XLD BRV 111");
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "SET: MINIMUM WORDS = 4"), 0);
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia.", NULL), "");
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia today.", NULL), "XLD BRV 111");
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "SET: MINIMUM WORDS = 8"), 0);
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia today.", NULL), "");
    CHECK_EQ_INT(hd_dicts_option(tabari_d, "SET: NO SUCH THING"), -1);
}

TEST(peers_tabari_discard_and_complex) {
    hd_coder *c = tabari();
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia after the Grimsby Cup final on Sunday evening.", NULL), "note:discard");
    CHECK_EQ_INT(hd_coder_nevents(c), 0);
    CHECK_EQ_STR(peer_code(c, "Orlok condemned Brovia on Monday for the border raid at Vell.", NULL), "note:complex");
    CHECK_EQ_INT(hd_coder_nevents(c), 0);
    /* the note does not stick to the next story */
    CHECK_EQ_STR(peer_code(c, "Xland condemned Brovia on Monday for the border raid.", NULL), "XLD BRV 111");
    CHECK(hd_coder_story_note(c) == NULL);
}

/* .project and .options: the files named relative to the project's folder */
TEST(peers_tabari_project_and_options) {
    tabari();   /* writes the dictionary files */
    const char *opt = peer_file("test.options", "SET: MINIMUM WORDS = 3\nOUTPUT: ID STORY\n");
    (void)opt;
    const char *proj = peer_file("test.project",
                                 "# a project of the unit tests\n"
                                 "<actorsfile> test.actors </actorsfile>\n"
                                 "<verbsfile> test.verbs\n"
                                 "<agentsfile> test.agents\n"
                                 "<optionsfile> test.options\n"
                                 "<textfile> none.text\n");
    char spec[256], err[256] = "";
    snprintf(spec, sizeof spec, "tabari:%s", proj);
    hd_dicts *d = hd_dicts_load_spec(spec, 0, NULL, NULL, err, sizeof err);
    CHECK(d != NULL);
    if (!d) { fprintf(stderr, "%s\n", err); return; }
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    CHECK(c != NULL);
    if (c) {
        CHECK_EQ_STR(peer_code(c, "Xland's president condemned Brovia.", NULL), "XLDGOV BRV 111");
        hd_coder_free(c);
    }
    hd_dicts_free(d);
}

/* --------------------------------------------------------- error reporting */

TEST(peers_tabari_errors_reported_with_file_line) {
    hd_peer_files pf = {0};
    pf.format = "tabari";
    pf.actors[0] = peer_file("bad.actors",
                             "ALPHA [ALP]\n"
                             "BETA [b$d]                ; 2: a bad code\n"
                             "GAMMA [GAM 991340-000101] ; 3: a bad date\n"
                             "EPSILON [EPS 000101\n"    /* 4: no ']' */
                             "DELTA [DEL]\n"
                             "- - [MNS]                 ; 6: no word in the name\n");
    pf.verbs[0] = peer_file("bad.verbs",
                            "- * NOTHING [010]          ; 1: no verb yet\n"
                            "CONDEMN_ [111]\n"
                            "- * FOR_THE_RAID          ; 3: no code\n"
                            "- * &NOSUCHSET [112]       ; 4: unknown synset\n");
    char err[256] = "";
    diag_log[0] = 0;
    hd_dicts *d = hd_dicts_load_files(&pf, 0, diag, NULL, err, sizeof err);
    CHECK(d != NULL);
    char want[256];
    snprintf(want, sizeof want, "%s:2: bad code", pf.actors[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:3: bad date", pf.actors[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:4: unterminated code block", pf.actors[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:6: '- -': no word in the name", pf.actors[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:1: pattern before any verb", pf.verbs[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:3: pattern without [code]", pf.verbs[0]);
    CHECK(strstr(diag_log, want) != NULL);
    snprintf(want, sizeof want, "%s:4: unknown synset", pf.verbs[0]);
    CHECK(strstr(diag_log, want) != NULL);
    if (!d) { fprintf(stderr, "%s\n%s", err, diag_log); return; }
    CHECK_EQ_INT(hd_dicts_errors(d), 7);
    /* the rest was read */
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    CHECK_EQ_STR(peer_code(c, "Alpha condemned Delta on Monday for the border raid.", NULL), "ALP DEL 111");
    CHECK_EQ_STR(peer_code(c, "Beta condemned Gamma on Monday for the border raid.", NULL), "");
    CHECK_EQ_INT(hd_coder_nmentions(c), 0);
    hd_coder_free(c);
    hd_dicts_free(d);
    /* HD_DICT_STRICT: the first bad line is fatal */
    err[0] = 0;
    diag_log[0] = 0;
    d = hd_dicts_load_files(&pf, HD_DICT_STRICT, diag, NULL, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, "strict") != NULL);
    snprintf(want, sizeof want, "%s:2: bad code", pf.actors[0]);
    CHECK(strstr(diag_log, want) != NULL);
    hd_dicts_free(d);
}

TEST(peers_load_errors) {
    char err[256] = "";
    hd_peer_files pf = {0};
    pf.format = "cobol";
    CHECK(hd_dicts_load_files(&pf, 0, NULL, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "cobol") != NULL);
    pf.format = "tabari";
    pf.actors[0] = "/nonexistent/x.actors";
    err[0] = 0;
    CHECK(hd_dicts_load_files(&pf, 0, NULL, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "/nonexistent/x.actors") != NULL);
    err[0] = 0;
    CHECK(hd_dicts_load_spec("tabari:/tmp/x.txt", 0, NULL, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "x.txt") != NULL);
    err[0] = 0;
    CHECK(hd_dicts_load_spec("petrarch:/nonexistent/dir", 0, NULL, NULL, err, sizeof err) == NULL);
    CHECK(err[0] != 0);
}

/* ----------------------------------------------------------------- PETRARCH */

static hd_dicts *petrarch_load(hd_diag_fn fn, char *err, size_t errlen) {
    hd_peer_files pf = {0};
    pf.format = "petrarch";
    pf.actors[0] = peer_file("petr.actors.txt",
                             "# invented actors (PETRARCH format)\n"
                             "<!-- a header comment\n"
                             "     over two lines -->\n"
                             "XLAND_ [XLD]\n"
                             "BROVIA [BRV]    # a comment\n"
                             "+BROVIAN\n"
                             "QUENMARK\n"
                             "\t[QNMGOV 20100101-20151231]\n"
                             "\t[QNMREB >20151231]\n");
    pf.agents[0] = peer_file("petr.agents.txt",
                             "!PERSON! = MAN, MEN, WOMAN\n"
                             "SPOKES!PERSON! [~GOV]\n"
                             "REBEL_ [~REB]\n");
    pf.verbs[0] = peer_file("petr.verbs.txt",
                            "# invented verbs (PETRARCH-1 format)\n"
                            "--- ACCUSE [112] ---\n"
                            "ACCUSE\n"
                            "BLAME {BLAMES BLAMED BLAMING}\n"
                            "- * + OF_SPYING [1125]   # both verbs\n"
                            "\n"
                            "--- VISIT [042:043] ---\n"
                            "VISIT\n");
    pf.discards[0] = peer_file("petr.discards.txt",
                               "# discards\n"
                               "+TYPHOON\n"
                               "FOOTBALL_MATCH\n");
    return hd_dicts_load_files(&pf, 0, fn, NULL, err, errlen);
}

TEST(peers_petrarch_groups_agents_discards) {
    char err[256] = "";
    diag_log[0] = 0;
    hd_dicts *d = petrarch_load(diag, err, sizeof err);
    CHECK(d != NULL);
    if (!d) { fprintf(stderr, "%s\n", err); return; }
    CHECK_EQ_STR(diag_log, "");
    CHECK_EQ_INT(hd_dicts_errors(d), 0);
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    CHECK(c != NULL);
    if (!c) { hd_dicts_free(d); return; }
    /* two verbs of one group share its code and its pattern */
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of spying.", NULL), "XLD BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland blamed Brovia of spying.", NULL), "XLD BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia over the floods.", NULL), "XLD BRV 112");
    CHECK_EQ_STR(peer_code(c, "Xland blamed Brovia for the floods.", NULL), "XLD BRV 112");
    /* +BROVIAN: a synonym */
    CHECK_EQ_STR(peer_code(c, "Brovian troops accused Xland of spying.", NULL), "BRV XLD 1125");
    /* dated code lines */
    CHECK_EQ_STR(peer_code(c, "Quenmark accused Xland of spying.", "2012-03-04"), "QNMGOV XLD 1125");
    CHECK_EQ_STR(peer_code(c, "Quenmark accused Xland of spying.", "2019-03-04"), "QNMREB XLD 1125");
    /* the !PERSON! macro: SPOKESMAN, SPOKESMEN, SPOKESWOMAN */
    CHECK_EQ_STR(peer_code(c, "A Xland spokesman accused Brovia of spying.", NULL), "XLDGOV BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland spokeswoman accused Brovia of spying.", NULL), "XLDGOV BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland spokesmen accused Brovia of spying.", NULL), "XLDGOV BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovian rebels of spying.", NULL), "XLD BRVREB 1125");
    /* "+TYPHOON" discards the whole story */
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of spying. The typhoon hit the coast.", NULL), "note:discard");
    /* a plain discard phrase drops its sentence only */
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of spying after the football match.", NULL), "");
    CHECK_EQ_STR(peer_code(c, "The football match was cancelled. Xland accused Brovia of spying.", NULL), "XLD BRV 1125");
    CHECK_EQ_STR(peer_code(c, "Xland accused Brovia of spying after the football game.", NULL), "XLD BRV 1125");
    hd_coder_free(c);
    hd_dicts_free(d);
}

TEST(peers_petrarch_config_ini) {
    char err[256] = "";
    hd_dicts *d0 = petrarch_load(NULL, err, sizeof err);   /* writes the files */
    hd_dicts_free(d0);
    const char *ini = peer_file("PETR_config.ini",
                                "[Dictionaries]\n"
                                "verbfile_name = petr.verbs.txt\n"
                                "actorfile_list = petr.actors.txt\n"
                                "agentfile_name = petr.agents.txt\n"
                                "discardfile_name = petr.discards.txt\n"
                                "[Options]\n"
                                "require_dyad = True\n");
    char spec[256];
    snprintf(spec, sizeof spec, "petrarch:%s", peer_dir);
    hd_dicts *d = hd_dicts_load_spec(spec, 0, NULL, NULL, err, sizeof err);
    CHECK(d != NULL);
    if (!d) { fprintf(stderr, "%s: %s\n", ini, err); return; }
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    /* PETRARCH's [a:b] in a PETRARCH-1 verbs file pairs the events like TABARI's */
    CHECK_EQ_STR(peer_code(c, "Xland spokesman visited Brovia.", NULL), "XLDGOV BRV 042; BRV XLDGOV 043");
    /* require_dyad = false: a missing side is "---" */
    CHECK_EQ_STR(peer_code(c, "Xland accused nobody of spying.", NULL), "");
    CHECK_EQ_INT(hd_dicts_option(d, "require_dyad = false"), 0);
    CHECK_EQ_STR(peer_code(c, "Xland accused nobody of spying.", NULL), "XLD --- 112");
    hd_coder_free(c);
    hd_dicts_free(d);
}

/* Hostile dictionaries and long records stay bounded: a line of ten {…|…} sets and a
** synset that holds itself are cut and reported; a pattern of many gaps does not
** backtrack for ever; a pattern does not run across a sentence's full stop. */
TEST(peers_bounded_expansion_and_matching) {
    char words[2048] = "ATTACK [190]\n- *";
    for (int g = 0; g < 10; g++) {
        strcat(words, " { ");
        for (int w = 0; w < 10; w++) { char x[32]; snprintf(x, sizeof x, "%sW%d%d", w ? " | " : "", g % 10, w % 10); strcat(words, x); }
        strcat(words, " }");
    }
    strcat(words, " [191]\n- * FOO FOO FOO FOO FOO FOO FOO FOO FOO FOO FOO FOO BAR [192]\nBURN DOWN [180]\n");
    strcat(words, "<SYNSETS>\n&LOOP\n+&LOOP\n+&LOOP\n</SYNSETS>\nHIT [193]\n- * &LOOP [194]\n");
    const char *a = peer_file("bound.actors", "XLAND_ [XLD]\nBROVIA_ [BRV]\n");
    const char *v = peer_file("bound.verbs", words);
    char spec[512], err[256] = "";
    snprintf(spec, sizeof spec, "tabari:%s,%s", a, v);
    diag_log[0] = 0;
    hd_dicts *d = hd_dicts_load_spec(spec, 0, diag, NULL, err, sizeof err);
    CHECK(d != NULL);
    if (!d) return;
    CHECK(strstr(diag_log, "bound.verbs:2: more than 512 patterns") != NULL);
    CHECK(hd_dicts_option(d, "SET: MINIMUM WORDS = 3") == 0);
    hd_coder *c = hd_coder_new(d, NULL, err, sizeof err);
    CHECK(c != NULL);
    if (c) {
        char text[1024] = "Xland attacked";
        for (int k = 0; k < 40; k++) strcat(text, " foo");
        strcat(text, " Brovia.");
        CHECK_EQ_STR(peer_code(c, text, NULL), "XLD BRV 190");
        /* BURN … DOWN must not join "burn Brovia." and "fell down" */
        CHECK_EQ_STR(peer_code(c, "Xland will burn Brovia. The house fell down in Brovia.", NULL), "");
        hd_coder_free(c);
    }
    hd_dicts_free(d);
}
