/*
** engine.h — private layout of the dictionaries and the coder.
**
** A phrase (actor name, agent, pattern word sequence) is stored as a sequence of
** interned normalized keys; comparing a token with a key is a pointer comparison once
** the token's key has been interned through the same pool (see coder_intern_keys()).
** Phrases are indexed by their first key in a hash table of buckets, longest first.
*/
#ifndef HD_ENGINE_H
#define HD_ENGINE_H
#include "doc.h"

enum { K_COUNTRY = 1, K_ADJ, K_PLACE, K_IGO, K_GROUP, K_PERSON, K_AGENT };
#define LANG_FR 0
#define LANG_EN 1
#define NLANG 2

typedef struct {
    const char *code;     /* interned */
    int from, to;         /* days since 1970; INT32_MIN/INT32_MAX when open */
} dated_code;

typedef struct {
    const char **keys;    /* interned keys */
    uint64_t stem;        /* peers' dictionaries: bit k set = key k matches as a prefix */
    uint64_t endings;     /* peers': bit k set = key k also takes regular endings */
    uint64_t gaps;        /* peers': bit k set = other words may come before key k */
    uint16_t n;
    uint8_t kind;
    uint8_t cap;          /* first token must be capitalised */
    uint8_t allcaps;      /* an acronym: text must be all capitals too */
    uint32_t ncodes;
    dated_code *codes;    /* for agents: one undated role code */
    const char *file;
    int line;
} phrase;

/* Pattern elements. */
enum { PE_WORD = 1, PE_GAP, PE_TARGET, PE_NOTARGET, PE_SOURCE, PE_COMPOUND, PE_SKIP };
/* A target slot's restriction: "+" any actor, "+igo" an international organisation, "+state"
** a country named as such ("suspended Niger"), "+place" that or a place ("seized Kabul"). */
enum { SLOT_ANY = 0, SLOT_IGO, SLOT_STATE, SLOT_PLACE, SLOT_PERSON };
typedef struct {
    uint8_t type;
    uint8_t nalt;
    uint8_t slot;         /* PE_TARGET: which actor the slot takes (SLOT_*) */
    const char **alt;     /* interned keys (alternatives) */
    uint64_t stem;        /* peers' dictionaries: bit a set = alternative a is a prefix */
    uint64_t endings;     /* peers': bit a set = alternative a also takes regular endings */
} pelem;

typedef struct {
    const char *code;     /* interned CAMEO code */
    pelem *el;
    uint16_t nel;
    uint8_t reflexive;    /* French s'/se prefix */
    uint8_t has_target;   /* '+' present */
    uint8_t no_target;    /* '-' present */
    uint8_t nwords;       /* number of PE_WORD elements (specificity) */
    uint8_t discard;      /* a discard pattern */
    uint8_t reversed;     /* '$' in place of '+': that actor is the source, the subject the target */
    const char *topic;    /* discard topic */
    const char *file;
    int line;
    /* peers' dictionaries (TABARI, PETRARCH): el[0..npre) come before the verb,
       el[npre] is the verb; code2 is the paired code (target → source, "[032:033]");
       chars is TABARI's pattern length (letters of the fixed words) */
    uint8_t npre;
    uint8_t has_source;   /* '$' present */
    uint8_t compound;     /* '%' present */
    uint8_t special;      /* 0, or PS_NULL "[---]", PS_DISCARD "[###]", PS_COMPLEX "[+++]" */
    uint8_t root;         /* the verb alone, with the verb's own code */
    uint8_t code2_passive;   /* PETRARCH-2: code2 is the passive voice's code, not a paired event */
    uint16_t chars;
    const char *code2;
} pattern;
enum { PS_NULL = 1, PS_DISCARD, PS_COMPLEX };

typedef struct {
    const char *key;
    uint32_t *idx;        /* indexes into a phrase/pattern array */
    uint32_t n, cap;
} bucket;

typedef struct {
    bucket *b;
    size_t cap, n;
} index_t;

typedef struct {
    HD_VEC(phrase) phrases;   /* actors and agents */
    HD_VEC(pattern) patterns; /* verb patterns and discards */
    index_t phrase_ix, pattern_ix;
    size_t counts[8];         /* per kind */
    size_t npatterns, ndiscards;
    index_t noun_ix, adj_ix;  /* peers': words listed as nouns, as adjectives (never verbs) */
} lang_dict;

/* Which dictionary family a hd_dicts holds: herodote's own, or a peer's read as is. */
enum { DIALECT_HERODOTE = 0, DIALECT_TABARI, DIALECT_PETRARCH };

struct hd_dicts {
    hd_strpool *pool;
    lang_dict lang[NLANG];
    hd_code_info *codes;
    size_t ncodes;
    size_t errors;
    size_t bytes;             /* dictionary text read, for reports */
    size_t files;
    hd_code_info unknown;
    char dir[1024];
    int dialect;              /* DIALECT_* */
    /* peers' options (TABARI .options, PETRARCH config) that change coding */
    bool require_dyad;        /* an event needs a target (default true) */
    int min_words;            /* TABARI MINIMUM WORDS: shorter sentences are not coded */
    int comma_min, comma_max, comma_emin, comma_emax;   /* comma clauses deleted (TABARI COMMA:) */
    int complex_verbs, complex_conj;   /* COMPLEX: VERBS[n] CONJ[n] (0 = off) */
    bool complex_noactprior;           /* COMPLEX: NOACTPRIOR */
    int code_by;              /* 0 clause (default), 1 sentence, 2 all */
    char def_src[16], def_tgt[16];     /* DEFAULT: SOURCE [c] PRIOR TARGET [c] AFTER */
    bool def_prior, def_after;
    bool convert_agents;      /* SET: CONVERT AGENTS: a lone agent is an actor "~ROLE" */
    bool time_shift;          /* <TIME> phrases move the event date */
    void *image;              /* a mapped image (dictimg.c): the arrays live in it */
    size_t image_len;
};

HD_PRIVATE const bucket *hd_index_get(const index_t *ix, const char *key);
HD_PRIVATE int hd_index_add(index_t *ix, const char *key, uint32_t idx);
HD_PRIVATE void hd_index_free(index_t *ix);
/* After loading: sort phrase buckets longest first and read the CAMEO code table. */
HD_PRIVATE int hd_dicts_finish(hd_dicts *d, const char *codes_tsv, char *err, size_t errlen);
HD_PRIVATE int hd_dict_date_days(const char *date);   /* "YYYY-MM-DD" → days */
/* Recompute a dictionary image's checksum after changing it (tests, fuzzing). */
HD_PRIVATE void hd_dictimg_reseal(void *img, size_t len);

#endif
