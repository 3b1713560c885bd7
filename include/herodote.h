/*
** herodote.h — the one public header of libherodote.
**
** herodote turns news stories into CAMEO event data.  The pipeline is
**   reader -> segmenter -> tokenizer/normalizer -> morphology -> actors -> events
** Everything not declared here is private.  Conventions:
**   - functions return an int status (HD_OK == 0, negative on error) unless noted;
**   - every *_free() accepts NULL;
**   - pointers returned by the library are BORROWED unless the comment says the
**     caller frees them; borrowed pointers stay valid until the documented call.
*/
#ifndef HERODOTE_H
#define HERODOTE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define HD_API __attribute__((visibility("default")))
#else
#define HD_API
#endif

#define HD_VERSION "0.1.0"

/* Status codes.  The CLI maps them to exit codes (see herodote(1)). */
enum {
    HD_OK = 0,
    HD_EOF = 1,          /* reader: no more stories */
    HD_EBADINPUT = -1,   /* a story or record is malformed; the message says where */
    HD_ENOMEM = -2,
    HD_EIO = -3,         /* a file cannot be opened or read */
    HD_EUSAGE = -4,      /* a bad argument from the caller */
    HD_EDICT = -5,       /* a dictionary cannot be loaded */
    HD_ELIMIT = -6       /* an explicit limit was exceeded (story size, tokens) */
};

/* A short English description of a status code (static string). */
HD_API const char *hd_strerror(int status);

/* ---------------------------------------------------------------- stories */

/* One story.  All strings are NUL-terminated UTF-8, borrowed from the reader and
** valid until the next hd_reader_next() or hd_reader_free().  `text` is always valid
** UTF-8 (invalid sequences were replaced by U+FFFD; `bad_utf8` counts them) and never
** contains NUL bytes (replaced by spaces). */
typedef struct hd_story {
    const char *id;
    const char *date;      /* YYYY-MM-DD */
    const char *lang;      /* "fr", "en", or "" when unknown (detect later) */
    const char *title, *source, *url;   /* "" when absent */
    const char *text;
    size_t len;            /* bytes in text */
    const char *origin;    /* file name the story came from ("-" for stdin) */
    long line;             /* line (JSONL, text) or record number where it starts */
    unsigned bad_utf8;     /* invalid UTF-8 sequences replaced in this story */
    unsigned nul_bytes;    /* NUL bytes replaced in this story */
    const char *meta;      /* format-specific extra text, "" when none: the TABARI
                              record's comment, PETRARCH's <EventCoding> elements */
} hd_story;

typedef enum {
    HD_FMT_AUTO = 0,   /* by file name: .jsonl/.json, .xml, .text (TABARI), else text */
    HD_FMT_JSONL,      /* {"id","date","text"} + optional lang, title, source, url */
    HD_FMT_TEXT,       /* the whole file is one story; id = file name; date given */
    HD_FMT_TABARI,     /* TABARI text records: "YYMMDD ID" line, text, blank line */
    HD_FMT_PETRARCH    /* PETRARCH XML <Sentence date= id=><Text>…</Text> */
} hd_format;

typedef struct hd_reader hd_reader;

typedef struct hd_reader_opts {
    hd_format format;
    const char *date;        /* default date for formats without one (YYYY-MM-DD) */
    const char *lang;        /* default language, or NULL */
    size_t max_story;        /* bytes; 0 = default (64 MiB) */
} hd_reader_opts;

/* Open `path` ("-" = stdin).  Returns NULL and sets *status (HD_EIO, HD_EUSAGE) with a
** message in errbuf on failure.  The caller frees with hd_reader_free(). */
HD_API hd_reader *hd_reader_open(const char *path, const hd_reader_opts *opts,
                                 int *status, char *errbuf, size_t errlen);
/* Read from memory (the buffer is borrowed for the reader's life); `name` is used in
** messages. */
HD_API hd_reader *hd_reader_mem(const char *buf, size_t len, const char *name,
                                const hd_reader_opts *opts);
/* Next story: HD_OK (story filled), HD_EOF, HD_EBADINPUT (this story/record was
** skipped; hd_reader_error() says why and where; call again to go on), or HD_EIO
** (stop).  Warnings that do not skip the story (invalid UTF-8 replaced, NUL bytes)
** are reported through hd_reader_warning() after HD_OK, or NULL when none. */
HD_API int hd_reader_next(hd_reader *r, hd_story *out);
HD_API const char *hd_reader_error(const hd_reader *r);
HD_API const char *hd_reader_warning(const hd_reader *r);
/* Bytes of the input consumed so far: up to the end of the last story or record
** returned or skipped (for progress displays). */
HD_API uint64_t hd_reader_offset(const hd_reader *r);
HD_API void hd_reader_free(hd_reader *r);

/* Parse a date "YYYY-MM-DD" or "YYYYMMDD" (or TABARI's "YYMMDD") into out[11]
** ("YYYY-MM-DD").  Returns HD_OK or HD_EBADINPUT (calendar-checked). */
HD_API int hd_date_parse(const char *s, size_t n, char out[11]);

/* ----------------------------------------------------------- text pipeline */

enum hd_tok_kind { HD_TOK_WORD = 1, HD_TOK_NUM, HD_TOK_PUNCT, HD_TOK_QUOTE_OPEN,
                   HD_TOK_QUOTE_CLOSE, HD_TOK_QUOTE };

/* Token flags. */
#define HD_TF_CAP      0x01u  /* first letter is upper case */
#define HD_TF_ELISION  0x02u  /* French elided form ending in ' (l', d', qu'…) */
#define HD_TF_INVERTED 0x04u  /* inverted subject pronoun (a-t-il → "il") */
#define HD_TF_ABBREV   0x08u  /* abbreviation or initial ending in '.' (M., U.S.) */
#define HD_TF_PERCENT  0x10u  /* number followed by % */
#define HD_TF_ALLCAPS  0x20u

/* Coarse parts of speech (bit set: a form may have several). */
#define HD_POS_NOUN  0x01u
#define HD_POS_VERB  0x02u
#define HD_POS_ADJ   0x04u
#define HD_POS_PPAS  0x08u   /* past participle */
#define HD_POS_INF   0x10u   /* infinitive */
#define HD_POS_PROPER 0x20u
#define HD_POS_FUNC  0x40u   /* determiner, preposition, pronoun, conjunction */
#define HD_POS_ING   0x80u   /* English -ing form */

/* A token: a byte span into the story text (never copied) plus its normalized key
** (case-folded, accents stripped, ’→', œ→oe) and lemmas, borrowed from the document
** (keys) or the morphology cache (lemmas); valid until the document is reused. */
typedef struct hd_token {
    uint32_t off, len;       /* span in the story text */
    const char *key;         /* normalized form, NUL-terminated */
    const char *lemma;       /* normalized lemma (verb reading first), never NULL */
    const char *lemma2;      /* a second lemma (e.g. noun reading), or NULL */
    uint16_t klen;
    uint8_t kind, flags;
    uint8_t pos;             /* HD_POS_* bits */
    uint8_t ws;              /* before the token: 0 nothing, 1 blank, 2 line break,
                                3 paragraph break (empty line) */
    uint8_t reserved_[2];
} hd_token;

typedef struct hd_sentence {
    uint32_t off, len;       /* byte span in the story text */
    uint32_t tok, ntok;      /* tokens [tok, tok+ntok) of the document */
} hd_sentence;

typedef struct hd_doc hd_doc;          /* an analysed story (arena-backed) */
typedef struct hd_pipeline hd_pipeline; /* tokenizer + morphology for fr/en */

typedef struct hd_pipeline_opts {
    const char *hunspell_dir;  /* folder with fr_FR.{aff,dic}, en_US.{aff,dic};
                                  NULL = /usr/share/hunspell */
} hd_pipeline_opts;

/* Create the text pipeline.  NULL on error with a message in errbuf.  A pipeline is not
** thread-safe: use one per thread.  The first pipeline of a process (for a Hunspell
** folder) starts a thread that loads the Hunspell dictionaries (about 70 ms) while the
** caller goes on; hd_pipeline_free() of the last one waits for it.  A process that
** forks should do so before creating a pipeline or coder, or after that thread is done
** (after the first story is analysed). */
HD_API hd_pipeline *hd_pipeline_new(const hd_pipeline_opts *opts, char *errbuf, size_t errlen);
HD_API void hd_pipeline_free(hd_pipeline *p);

HD_API hd_doc *hd_doc_new(void);
HD_API void hd_doc_free(hd_doc *d);

/* Analyse a story: language (story->lang or detected), sentences, tokens, lemmas.
** The story text is borrowed: it must outlive the use of the document. */
HD_API int hd_analyze(hd_pipeline *p, const hd_story *story, hd_doc *d);

HD_API const char *hd_doc_lang(const hd_doc *d);
HD_API size_t hd_doc_nsentences(const hd_doc *d);
HD_API const hd_sentence *hd_doc_sentence(const hd_doc *d, size_t i);
HD_API size_t hd_doc_ntokens(const hd_doc *d);
HD_API const hd_token *hd_doc_token(const hd_doc *d, size_t i);
HD_API const char *hd_doc_text(const hd_doc *d);

/* Detect the language of a text ("fr" or "en"; "en" when undecided). */
HD_API const char *hd_detect_lang(const char *text, size_t len);

/* Normalize UTF-8 `s` into `out` (case fold, strip accents, ’→', œ→oe).  Returns the
** number of bytes written (at most outlen-1; always NUL-terminated). */
HD_API size_t hd_normalize(const char *s, size_t n, char *out, size_t outlen);

/* Lemma of one word through the pipeline's morphology ("appelé" → "appeler",
** "met" → "meet"), normalized.  Borrowed from the cache; valid for the pipeline's
** life.  lang is "fr" or "en". */
HD_API const char *hd_lemma(hd_pipeline *p, const char *lang, const char *word, size_t n,
                            unsigned *pos);


/* ------------------------------------------------------------- dictionaries */

typedef struct hd_dicts hd_dicts;

/* Called for each problem found while loading (file:line: message). */
typedef void (*hd_diag_fn)(void *ctx, const char *message);

#define HD_DICT_STRICT 0x1u   /* a bad line is fatal (default: reported and skipped) */

/* Load herodote's dictionaries from `dir` (the folder holding common/, fr/, en/ and
** ../cameo/codes.tsv; NULL = the installed default, see hd_default_dict_dir()).
** Problems go to `diag` (may be NULL).  NULL on a fatal error, message in errbuf.
** The dictionaries are immutable once loaded and may be shared by threads.  The
** caller frees with hd_dicts_free(). */
HD_API hd_dicts *hd_dicts_load(const char *dir, unsigned flags, hd_diag_fn diag, void *ctx,
                               char *errbuf, size_t errlen);
HD_API void hd_dicts_free(hd_dicts *d);
/* Compile the dictionaries of `dir` (NULL: the default), as hd_dicts_load() reads
** them, into one binary image written to `out` (replaced atomically).  Load problems
** go to `diag` and are stored in the image, which gives them again at each load.
** HD_OK, or a status with the message in errbuf. */
HD_API int hd_dicts_compile(const char *dir, const char *out, unsigned flags, hd_diag_fn diag, void *ctx,
                            char *errbuf, size_t errlen);
/* Map a compiled image (a millisecond, against ~0.15 s for the text).  NULL when it
** cannot be used, with *status HD_EIO (no such file, or an image of another folder
** than `dir`: not an error) or HD_EDICT (truncated, corrupt, from another version, or
** stale: a source changed since it was compiled), and the reason in errbuf; the
** caller then loads the text with hd_dicts_load().  `dir` NULL accepts the folder the
** image records.  Freed with hd_dicts_free(). */
HD_API hd_dicts *hd_dicts_load_image(const char *path, const char *dir, hd_diag_fn diag, void *ctx, int *status,
                                     char *errbuf, size_t errlen);
/* 1 when d was mapped from an image. */
HD_API int hd_dicts_is_image(const hd_dicts *d);
/* Counts for reports: entries of each kind ("country", "people", "agents", "patterns",
** "discards", …; lang "fr" or "en"), or "codes", "files", "bytes" (lang ignored). */
HD_API size_t hd_dicts_count(const hd_dicts *d, const char *lang, const char *kind);
HD_API size_t hd_dicts_errors(const hd_dicts *d);
/* The default dictionary folder: $HERODOTE_DICT, else data/dict next to the
** executable's parent folder, else the compiled-in HD_DATADIR.  Static string. */
HD_API const char *hd_default_dict_dir(void);

/* Peers' dictionaries read as they are, coded by the same engine (docs/peers.md).
** The files of one set; NULL entries are absent.  format is "tabari" (TABARI
** .actors/.agents/.verbs/.options, comments after ';') or "petrarch" (PETRARCH /
** Phoenix files, comments after '#').  Problems are reported through diag as
** file:line: message and the entry is skipped (fatal with HD_DICT_STRICT). */
typedef struct hd_peer_files {
    const char *format;
    const char *verbs[4];
    const char *actors[8];
    const char *agents[4];
    const char *discards[4];
    const char *options;
} hd_peer_files;
HD_API hd_dicts *hd_dicts_load_files(const hd_peer_files *f, unsigned flags, hd_diag_fn diag, void *ctx,
                                     char *errbuf, size_t errlen);
/* "tabari:FILE.project" (the files it names, relative to its folder), "petrarch:DIR"
** or "petrarch:FILE.ini" (PETRARCH's config naming the files; DIR/PETR_config.ini),
** or a herodote dictionary folder (anything else, as hd_dicts_load). */
HD_API hd_dicts *hd_dicts_load_spec(const char *spec, unsigned flags, hd_diag_fn diag, void *ctx,
                                    char *errbuf, size_t errlen);
/* Change a coding option of a peer's set, as a TABARI .options line would
** ("SET: MINIMUM WORDS = 5", "require_dyad = false").  0 if understood, -1 if not.
** Not thread-safe: call before sharing the dictionaries. */
HD_API int hd_dicts_option(hd_dicts *d, const char *line);

/* CAMEO code facts (data/cameo/codes.tsv).  NULL when unknown. */
typedef struct hd_code_info {
    const char *code, *name, *plover, *plover_mode;
    double goldstein;
    int quad;
} hd_code_info;
HD_API const hd_code_info *hd_code_lookup(const hd_dicts *d, const char *code);

/* --------------------------------------------------------------- coding */

/* A recognised actor mention.  Strings are borrowed from the coder until the next
** hd_code_story() call.  A compound mention has up to HD_MENTION_CODES members. */
#define HD_MENTION_CODES 8
typedef struct hd_mention {
    uint32_t sentence;
    uint32_t start, end;        /* byte span in the story text */
    const char *code;           /* resolved CAMEO actor code (first member) */
    const char *codes[HD_MENTION_CODES]; /* members of a compound mention ("les deux pays") */
    int ncodes;
    const char *kind;           /* country, place, igo, group, person, agent, coref … */
} hd_mention;

/* A coded event.  Strings are borrowed from the coder until the next call. */
typedef struct hd_event {
    uint32_t sentence;
    char date[11];
    const char *source, *target;     /* "" when absent */
    const char *code;                /* CAMEO event code */
    const hd_code_info *info;        /* name, Goldstein, quad, PLOVER; never NULL */
    uint32_t src_start, src_end, verb_start, verb_end, tgt_start, tgt_end; /* byte spans */
    const char *flags;               /* "", or notes such as "passive", "intent", "quote" */
} hd_event;

typedef struct hd_coder hd_coder;

/* A coder: per-thread state (pipeline, document, scratch) over shared dictionaries.
** The caller frees with hd_coder_free(); the dictionaries must outlive it. */
HD_API hd_coder *hd_coder_new(const hd_dicts *d, const hd_pipeline_opts *o, char *errbuf, size_t errlen);
HD_API void hd_coder_free(hd_coder *c);
/* Let the coder resolve a city or a region of the gazetteer named as an attack's
** object ("shelled Kherson") to its country, as the target (NULL, the default: it does
** not; docs/coding.md).  Set it once, before coding: the coder keeps its lookups, so
** the gazetteer (see below) must outlive the coder. */
struct hd_gazetteer;
HD_API void hd_coder_set_gazetteer(hd_coder *c, const struct hd_gazetteer *g);
/* Analyse and code one story.  The story must stay valid while the results are used. */
HD_API int hd_code_story(hd_coder *c, const hd_story *s);
HD_API size_t hd_coder_nevents(const hd_coder *c);
HD_API const hd_event *hd_coder_event(const hd_coder *c, size_t i);
HD_API size_t hd_coder_nmentions(const hd_coder *c);
/* Peers' dictionaries: "discard" or "complex" when a [###] or [+++] entry matched the
** story (it then has no events), else NULL. */
HD_API const char *hd_coder_story_note(const hd_coder *c);
HD_API const hd_mention *hd_coder_mention(const hd_coder *c, size_t i);
HD_API const hd_doc *hd_coder_doc(const hd_coder *c);
/* Why a sentence produced nothing, for --explain: NULL or a short reason. */
HD_API const char *hd_coder_discard(const hd_coder *c, size_t sentence);


/* ---------------------------------------------------- geography (geo.c) */

/* A place of the gazetteer (data/geo/, generated by tools/gen_gazetteer.py from
** Debian's GeoNames, iso-codes and tzdata data).  Borrowed from the gazetteer for its
** life.  The fields follow GDELT's ActionGeo_* columns (docs/store.md). */
typedef struct hd_place {
    int type;              /* 1 country, 2 US state, 3 US city, 4 world city,
                              5 world state (first-level division) */
    const char *name;      /* full name: "Beijing, Beijing Municipality, China",
                              "Texas, United States", "Lebanon" */
    const char *country;   /* ISO 3166-1 alpha-3 (CAMEO's country code) */
    const char *country2;  /* ISO 3166-1 alpha-2 */
    const char *adm1;      /* alpha-2 + division code ("CN22"), "" for a country */
    const char *feature;   /* GeoNames id of a city, division code, or alpha-2 */
    double lat, lon;       /* cities: their own; countries and divisions: the
                              population-weighted centre of their cities */
} hd_place;

typedef struct hd_gazetteer hd_gazetteer;

/* Load the gazetteer from `dir` (NULL = hd_default_geo_dir()).  NULL on error with
** file:line in errbuf.  Immutable once loaded: threads may share it.  The caller
** frees with hd_gazetteer_free(). */
HD_API hd_gazetteer *hd_gazetteer_load(const char *dir, char *errbuf, size_t errlen);
HD_API void hd_gazetteer_free(hd_gazetteer *g);
/* $HERODOTE_GEO, else the folder geo/ beside the dictionary folder (static string). */
HD_API const char *hd_default_geo_dir(void);
/* Number of places of a type (1 countries, 5 divisions, 4 cities, 0 all). */
HD_API size_t hd_gazetteer_count(const hd_gazetteer *g, int type);
/* The place a name means on its own ("Pékin", "Lebanon"), in `lang` ("fr", "en", or
** NULL for either); NULL when unknown. */
HD_API const hd_place *hd_gazetteer_lookup(const hd_gazetteer *g, const char *lang, const char *name, size_t n);
/* Where sentence `sentence` of `d` says something happened: the place after a
** locative ("à Pékin", "dans le sud du Liban", "in southern Lebanon", "au Vatican")
** nearest to byte offset `near` (an event's verb), or NULL.  [*start, *end) is the
** phrase after the preposition ("le sud du Liban"). */
HD_API const hd_place *hd_geo_find(const hd_gazetteer *g, const hd_doc *d, size_t sentence, uint32_t near,
                                   uint32_t *start, uint32_t *end);

/* ---------------------------------------------------- event store (store.c) */

/* De-duplication: what one row of the events table stands for. */
typedef enum {
    HD_DEDUP_KEEP = -1,  /* hd_store_open: an existing database's mode (new: none) */
    HD_DEDUP_NONE = 0,   /* every coded event */
    HD_DEDUP_STORY,      /* one per story, date, source, target and code */
    HD_DEDUP_DAY         /* Phoenix's one-a-day: one per date, source, target, code */
} hd_dedup;

/* One coded event with what the store adds to it.  Strings are borrowed for the
** call that takes the record. */
typedef struct hd_record {
    hd_event ev;
    const hd_place *place;           /* where it happened, or NULL */
    uint32_t place_start, place_end; /* the place phrase in the story text */
    uint32_t sent_start, sent_end;   /* the sentence in the story text */
    int is_root;                     /* 1 when the sentence is in the story's lead */
} hd_record;

/* The event id: a positive 63-bit number derived from what identifies the event
** under `dedup` (story id and index; story, date, dyad and code; or date, dyad and
** code), so that the same input gives the same ids in every run. */
HD_API int64_t hd_event_id(hd_dedup dedup, const char *story_id, unsigned index, const hd_event *e);

typedef struct hd_store hd_store;

#define HD_STORE_READONLY 0x1u   /* open for queries only */

/* Open (creating it when missing) a SQLite event store; the schema is in
** docs/store.md.  A new database takes `dedup`; an existing one keeps its own, and a
** different `dedup` is HD_EUSAGE.  NULL on error with *status (HD_EIO: cannot open,
** read-only, corrupt or not a herodote database; HD_EUSAGE) and a message naming
** the file in errbuf.  Nothing is written to a file that is not a herodote database.
** The caller closes with hd_store_close(). */
HD_API hd_store *hd_store_open(const char *path, unsigned flags, hd_dedup dedup, int *status,
                               char *errbuf, size_t errlen);
HD_API void hd_store_close(hd_store *st);
/* Writes happen inside a transaction: begin, any number of stories, commit.  On any
** error the caller rolls back; the database then holds exactly what the last commit
** left. */
HD_API int hd_store_begin(hd_store *st);
HD_API int hd_store_commit(hd_store *st);
HD_API int hd_store_rollback(hd_store *st);
/* Replace everything stored for story `s` (its row, sentences, actors, events) by
** these records and actor mentions: re-coding a story never duplicates it.  Returns
** HD_OK, 1 when this handle already stored a story with this id (the new one
** replaced it: worth a warning), or HD_EIO (see hd_store_error()). */
HD_API int hd_store_story(hd_store *st, const hd_story *s, const char *lang, size_t nsentences,
                          const hd_record *r, size_t n, const hd_mention *m, size_t nm);
/* The last error (names the file and, for a story, its id).  Borrowed. */
HD_API const char *hd_store_error(const hd_store *st);
HD_API hd_dedup hd_store_dedup(const hd_store *st);
/* The underlying sqlite3 handle (for queries); borrowed. */
HD_API void *hd_store_db(hd_store *st);

#ifdef __cplusplus
}
#endif
#endif
