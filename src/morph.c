/*
** morph.c — lemma and coarse part of speech, cached by surface form.
**
** French: Hunspell with Debian's French dictionary (hunspell-fr, Grammalecte's
** "classique" variant), whose analyses carry `st:` (lemma) and `po:` (tags).
** English: Hunspell en_US stemming (`Hunspell_stem`: suffix rules of the .aff file,
** so "visited" → visit, "sanctions" → sanction), checked candidates for the forms the
** .dic lists whole ("stopped"), and our table of irregular verbs (met → meet).
**
** Every surface form is analysed once per pipeline: an open-addressing table maps
** (language, exact surface) to an interned hd_lex.  Hunspell is not thread-safe, so
** a morphology object (and its pipeline) belongs to one thread.  The analyses
** themselves are shared: the morphology objects of a process (with the same Hunspell
** folder) ask one shared object, under its lock, for a form their own cache lacks, so
** each form is analysed once; a form no thread has seen is analysed by one of the
** shared object's Hunspell analysers (each under its own lock: new forms are analysed
** in parallel, and a single thread loads Hunspell once).
*/
#include "internal.h"
#include <hunspell.h>
#include <pthread.h>
#include <unistd.h>
#include <utf8proc.h>

/* A cache entry (an hd_lex, internal.h) never moves once made (entries live in blocks;
** the table holds pointers), so a document may keep a pointer to its tokens' entries,
** and the coder may annotate them (hd_lex's coder fields).  Blocks are aligned to the
** entries' cache lines. */
typedef hd_lex cache_ent;
typedef hd_morph_slot cache_slot;
_Static_assert(sizeof(cache_ent) == 192 && _Alignof(cache_ent) == 64, "hd_lex: three cache lines");
_Static_assert(offsetof(hd_lex, dl2) == 64 && offsetof(hd_lex, pat) == 128, "hd_lex: the lines' fields");

#define ENT_BLOCK 1024
typedef struct ent_block { cache_ent e[ENT_BLOCK]; struct ent_block *next; size_t n; } ent_block;

typedef struct shared_morph shared_morph;

struct hd_morph {
    hd_morph_head head;    /* the cache's table: first, for hd_morph_prefetch (internal.h) */
    shared_morph *sh;      /* the analyses of every object with this Hunspell folder */
    Hunhandle *fr, *en;    /* the shared object's: loaded by its loader thread (or at first need) */
    bool fr_tried, en_tried;
    char fr_aff[1024], fr_dic[1024], en_aff[1024], en_dic[1024];
    hd_strpool *pool;
    size_t n;
    ent_block *blocks;
};

/* English regular forms Hunspell's en_US stems wrongly: base form, then the forms to
** store with it (their stems are not the base's: "fired" is fir + ed there). */
static const char *const en_stem_fixes[] = {"fire fired", NULL};

/* English irregular verbs: base form followed by its irregular forms.  Written for
** herodote from general knowledge of English grammar. */
static const char *const en_irregular[] = {
    "be am is are was were been being", "have has had having", "do does did done doing",
    "go goes went gone", "say says said", "make made", "take took taken", "come came",
    "see saw seen", "know knew known", "get got gotten", "give gave given", "find found",
    "think thought", "tell told", "become became", "leave left", "feel felt", "bring brought",
    "begin began begun", "keep kept", "hold held", "write wrote written", "stand stood",
    "hear heard", "let", "mean meant", "set", "meet met", "run ran", "pay paid", "sit sat",
    "speak spoke spoken", "lie lay lain", "lead led", "read", "grow grew grown", "lose lost",
    "fall fell fallen", "send sent", "build built", "understand understood", "draw drew drawn",
    "break broke broken", "spend spent", "cut", "rise rose risen", "drive drove driven",
    "buy bought", "wear wore worn", "choose chose chosen", "seek sought", "throw threw thrown",
    "catch caught", "deal dealt", "win won", "forgive forgave forgiven", "hide hid hidden",
    "fight fought", "flee fled", "shoot shot", "strike struck stricken", "sell sold",
    "teach taught", "swear swore sworn", "bear bore borne", "beat beaten", "bite bit bitten",
    "blow blew blown", "burn burnt", "dig dug", "eat ate eaten", "fly flew flown",
    "forbid forbade forbidden", "foresee foresaw foreseen", "forget forgot forgotten",
    "freeze froze frozen", "hang hung", "hit", "hurt", "lay laid", "lend lent", "light lit",
    "mislead misled", "overcome overcame", "overtake overtook overtaken", "put", "quit",
    "ride rode ridden", "ring rang rung", "shake shook shaken", "shed", "shut", "sing sang sung",
    "sink sank sunk", "slay slew slain", "slide slid", "split", "spread", "spring sprang sprung",
    "steal stole stolen", "stick stuck", "sting stung", "strive strove striven", "swing swung",
    "take took taken", "tear tore torn", "undergo underwent undergone", "undertake undertook undertaken",
    "uphold upheld", "wake woke woken", "withdraw withdrew withdrawn", "withhold withheld",
    "withstand withstood", "overthrow overthrew overthrown", "outlaw", "rebuild rebuilt",
    "arise arose arisen", "awake awoke awoken", "bid", "bind bound", "bleed bled", "breed bred",
    "broadcast", "cast", "cling clung", "cost", "creep crept", "feed fed", "forecast",
    "grind ground", "kneel knelt", "leap leapt", "mistake mistook mistaken", "offset",
    "prove proven", "shine shone", "show shown", "slit", "sow sown", "spin spun", "spit spat",
    "swell swollen", "swim swam swum", "upset", "weep wept", "wind wound", "wring wrung",
    "oversee oversaw overseen", "override overrode overridden", "outrun outran",
    "retake retook retaken", "reread", "resend resent", "foretell foretold", NULL};

/* Words whose lemma must not be guessed (the guesser would mangle them). */
static const char *const en_keep[] = {"news", "series", "species", "politics", "economics",
    "means", "headquarters", "arms", "talks", "forces", "troops", "lawmakers", "was", "has", "is",
    "us", "its", "this", "as", "his", "thus", "united", "nations", "states", "emirates", NULL};

static hd_lex *store(hd_morph *m, int lang, const char *surface, size_t n, const hd_lex *lex);

/* Analysers: Hunspell handles of both languages (an hd_morph whose cache holds only the
** irregular English verbs), each used under its own lock.  A thread whose word misses
** every cache analyses it with the first analyser free, so threads analyse new forms in
** parallel; the second and later analysers load Hunspell (~70 ms, ~25 MB) only when
** words keep finding the others busy (take_analyser): one thread never loads more than
** the first. */
#define HD_ANALYSERS 4
typedef struct { pthread_mutex_t lock; hd_morph *m; } analyser;

/* The shared analyses of one Hunspell folder: an hd_morph of its own whose cache holds
** every form analysed so far (no Hunspell handle of its own), used under `lock`, and the
** analysers; counted by its users. */
struct shared_morph {
    shared_morph *next;
    char dir[1024];
    int refs;
    pthread_mutex_t lock;
    hd_morph *m;
    analyser an[HD_ANALYSERS];
    int nan;               /* analysers made (their Hunspell is loaded at first need) */
    pthread_t loader;      /* loads the first analyser's Hunspell in the background */
    bool loading;          /* `loader` was started (joined when the object goes) */
    bool loaded;           /* the first analyser's Hunspell is loaded: others may be made */
    int busy;              /* words that found every analyser busy since the last was made */
};

static Hunhandle *hunspell(hd_morph *m, int lang);

/* Hunspell's dictionaries take ~70 ms to load (French, then English): a thread loads
** the first analyser's while the caller goes on (reading dictionaries, the gazetteer,
** the first stories).  It holds the analyser's lock meanwhile, so a word that needs an
** analysis waits for them or takes another analyser; had a word taken the lock first,
** it loads its language itself (hunspell() loads each once), and the thread the other. */
static void *load_hunspell(void *arg) {
    shared_morph *sh = arg;
    analyser *a = &sh->an[0];
    for (int lang = 0; lang < 2; lang++) {   /* a French word waits for French only */
        pthread_mutex_lock(&a->lock);
        hunspell(a->m, lang);
        pthread_mutex_unlock(&a->lock);
    }
    pthread_mutex_lock(&sh->lock);
    sh->loaded = true;
    pthread_mutex_unlock(&sh->lock);
    return NULL;
}

static pthread_mutex_t shared_list_lock = PTHREAD_MUTEX_INITIALIZER;
static shared_morph *shared_list;
void hd_morph_settle(void) {
    pthread_mutex_lock(&shared_list_lock);
    for (shared_morph *sh = shared_list; sh; sh = sh->next)
        if (sh->loading) { pthread_join(sh->loader, NULL); sh->loading = false; }
    pthread_mutex_unlock(&shared_list_lock);
}

/* Store the English verb forms of a table line ("base form form…") with the base as their
** lemma, as verbs (a form in -en a participle too, and `pos` added to each); the base
** itself too when `with_base`. */
static bool store_forms(hd_morph *m, const char *line, bool with_base, unsigned pos) {
    const char *sp = strchr(line, ' ');
    size_t bl = sp ? (size_t)(sp - line) : strlen(line);
    const char *base = hd_intern(m->pool, line, bl);
    for (const char *p = with_base ? line : line + bl; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t wl = strcspn(p, " ");
        hd_lex lex = {.lemma = base, .pos = (uint8_t)(HD_POS_VERB | pos)};
        if (wl > 2 && !memcmp(p + wl - 2, "en", 2)) lex.pos |= HD_POS_PPAS;
        if (!store(m, 1, p, wl, &lex)) return false;
        p += wl;
    }
    return true;
}

static hd_morph *morph_new(const char *dir, char *err, size_t errlen);
static void morph_free(hd_morph *m);

hd_morph *hd_morph_new(const char *dir, char *err, size_t errlen) {
    if (!dir) dir = "/usr/share/hunspell";
    hd_morph *m = morph_new(dir, err, errlen);
    if (!m) return NULL;
    pthread_mutex_lock(&shared_list_lock);
    shared_morph *sh = shared_list;
    while (sh && strcmp(sh->dir, dir)) sh = sh->next;
    if (!sh && (sh = calloc(1, sizeof *sh)) != NULL) {
        snprintf(sh->dir, sizeof sh->dir, "%s", dir);
        pthread_mutex_init(&sh->lock, NULL);
        for (int i = 0; i < HD_ANALYSERS; i++) pthread_mutex_init(&sh->an[i].lock, NULL);
        if (!(sh->m = morph_new(dir, err, errlen)) || !(sh->an[0].m = morph_new(dir, err, errlen))) {
            morph_free(sh->m);
            free(sh);
            sh = NULL;
        } else {
            sh->nan = 1;
            sh->next = shared_list;
            shared_list = sh;
            /* (without a thread, each language is loaded at its first word) */
            bool started = pthread_create(&sh->loader, NULL, load_hunspell, sh) == 0;
            sh->loading = started;
            if (!started) sh->loaded = true;
        }
    } else if (!sh) {
        hd_set_err(err, errlen, "out of memory");
    }
    if (sh) sh->refs++;
    pthread_mutex_unlock(&shared_list_lock);
    if (!sh) { morph_free(m); return NULL; }
    m->sh = sh;
    return m;
}

void hd_morph_free(hd_morph *m) {
    if (!m) return;
    shared_morph *sh = m->sh;
    if (sh) {
        pthread_mutex_lock(&shared_list_lock);
        if (--sh->refs == 0) {
            shared_morph **pp = &shared_list;
            while (*pp != sh) pp = &(*pp)->next;
            *pp = sh->next;
        } else {
            sh = NULL;
        }
        pthread_mutex_unlock(&shared_list_lock);
        if (sh) {
            if (sh->loading) pthread_join(sh->loader, NULL);
            morph_free(sh->m);
            for (int i = 0; i < HD_ANALYSERS; i++) {
                morph_free(sh->an[i].m);
                pthread_mutex_destroy(&sh->an[i].lock);
            }
            pthread_mutex_destroy(&sh->lock);
            free(sh);
        }
    }
    morph_free(m);
}

static hd_morph *morph_new(const char *dir, char *err, size_t errlen) {
    hd_morph *m = calloc(1, sizeof *m);
    if (!m) { hd_set_err(err, errlen, "out of memory"); return NULL; }
    snprintf(m->fr_aff, sizeof m->fr_aff, "%s/fr_FR.aff", dir);
    snprintf(m->fr_dic, sizeof m->fr_dic, "%s/fr_FR.dic", dir);
    snprintf(m->en_aff, sizeof m->en_aff, "%s/en_US.aff", dir);
    snprintf(m->en_dic, sizeof m->en_dic, "%s/en_US.dic", dir);
    /* the files are checked now, so a missing package is reported at start; Hunspell
       itself (70 ms for both languages) is loaded by the shared object's loader thread
       (load_hunspell), or when a word first needs it */
    if (access(m->fr_dic, R_OK) != 0) { hd_set_err(err, errlen, "%s: cannot open (install hunspell-fr: scripts/install-deps)", m->fr_dic); goto fail; }
    if (access(m->en_dic, R_OK) != 0) { hd_set_err(err, errlen, "%s: cannot open (install hunspell-en-us: scripts/install-deps)", m->en_dic); goto fail; }
    m->pool = hd_strpool_new();
    m->head.cap = 1 << 14;
    m->head.tab = calloc(m->head.cap, sizeof *m->head.tab);
    if (!m->pool || !m->head.tab) { hd_set_err(err, errlen, "out of memory"); goto fail; }
    /* irregular English verbs go into the cache first: they win over stemming; then the
       regular forms Hunspell stems wrongly (past participles, without their base) */
    for (const char *const *l = en_irregular; *l; l++)
        if (!store_forms(m, *l, true, 0)) goto fail;
    for (const char *const *l = en_stem_fixes; *l; l++)
        if (!store_forms(m, *l, false, HD_POS_PPAS)) goto fail;
    return m;
fail:
    morph_free(m);
    return NULL;
}

/* The Hunspell handle of a language, created at its first use (NULL if it cannot be:
** words are then their own lemmas). */
/* Hunspell keeps a process-wide table that its constructor and destructor count
** without a lock: handles are created and destroyed under this mutex, so coders in
** several threads may load their dictionaries at the same time. */
static pthread_mutex_t hunspell_lock = PTHREAD_MUTEX_INITIALIZER;

static Hunhandle *hunspell_create(const char *aff, const char *dic) {
    pthread_mutex_lock(&hunspell_lock);
    Hunhandle *h = Hunspell_create(aff, dic);
    pthread_mutex_unlock(&hunspell_lock);
    return h;
}

static Hunhandle *hunspell(hd_morph *m, int lang) {
    if (lang == 0) {
        if (!m->fr_tried) { m->fr_tried = true; m->fr = hunspell_create(m->fr_aff, m->fr_dic); }
        return m->fr;
    }
    if (!m->en_tried) { m->en_tried = true; m->en = hunspell_create(m->en_aff, m->en_dic); }
    return m->en;
}

static void morph_free(hd_morph *m) {
    if (!m) return;
    pthread_mutex_lock(&hunspell_lock);
    if (m->fr) Hunspell_destroy(m->fr);
    if (m->en) Hunspell_destroy(m->en);
    pthread_mutex_unlock(&hunspell_lock);
    free(m->head.tab);
    for (ent_block *b = m->blocks, *nx; b; b = nx) { nx = b->next; free(b); }
    hd_strpool_free(m->pool);
    free(m);
}

static cache_slot *find(hd_morph *m, int lang, const char *s, size_t n, uint64_t h) {
    size_t j = h & (m->head.cap - 1);
    for (;;) {
        cache_slot *sl = &m->head.tab[j];
        if (!sl->e) return sl;
        if (sl->h == h && sl->e->lang == lang && sl->e->slen == n && hd_same_bytes(hd_lex_surface(sl->e), s, n)) return sl;
        j = (j + 1) & (m->head.cap - 1);
    }
}

static int rehash(hd_morph *m) {
    size_t nc = m->head.cap * 2;
    cache_slot *nt = calloc(nc, sizeof *nt), *old = m->head.tab;
    if (!nt) return -1;
    for (size_t i = 0; i < m->head.cap; i++) {
        if (!old[i].e) continue;
        size_t j = old[i].h & (nc - 1);
        while (nt[j].e) j = (j + 1) & (nc - 1);
        nt[j] = old[i];
    }
    free(old);
    m->head.tab = nt;
    m->head.cap = nc;
    return 0;
}

static inline uint64_t ent_hash(const char *s, size_t n, int lang) { return hd_morph_hash(lang, s, n); }

static hd_lex *store(hd_morph *m, int lang, const char *surface, size_t n, const hd_lex *lex) {
    if ((m->n + 1) * 2 > m->head.cap && rehash(m) != 0) return NULL;
    uint64_t h = ent_hash(surface, n, lang);
    cache_slot *sl = find(m, lang, surface, n, h);
    if (!sl->e) {
        if (!m->blocks || m->blocks->n == ENT_BLOCK) {
            ent_block *b = aligned_alloc(_Alignof(ent_block), sizeof *b);
            if (!b) return NULL;
            b->next = m->blocks;
            b->n = 0;
            m->blocks = b;
        }
        cache_ent *e = &m->blocks->e[m->blocks->n];
        memset(e, 0, sizeof *e);   /* no coder annotation yet */
        if (n < HD_LEX_INLINE) {
            memcpy(e->surface.inl, surface, n);
        } else {
            e->surface.ext = hd_intern(m->pool, surface, n);
            if (!e->surface.ext) return NULL;
        }
        m->blocks->n++;
        e->slen = (uint32_t)n;
        e->lang = (uint8_t)lang;
        e->lemma = lex->lemma;
        e->lemma2 = lex->lemma2;
        e->pos = lex->pos;
        sl->h = h;
        sl->e = e;
        m->n++;
    }
    return sl->e;
}

static const char *norm_intern(hd_morph *m, const char *s, size_t n) {
    char buf[HD_MAX_KEY + 1];
    size_t k = hd_normalize(s, n, buf, sizeof buf);
    return hd_intern(m->pool, buf, k);
}

/* Lower-case a word keeping accents (Hunspell wants "Appelé" as "appelé"). */
static size_t lower(const char *s, size_t n, char *out, size_t outlen) {
    size_t w = 0, i = 0;
    while (i < n && w + 5 < outlen) {
        int32_t cp;
        int k = hd_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k <= 0) break;
        char e[4];
        int m = hd_utf8_encode(utf8proc_tolower(cp), e);
        memcpy(out + w, e, (size_t)m);
        w += (size_t)m;
        i += (size_t)k;
    }
    out[w] = 0;
    return w;
}

static uint8_t fr_pos(const char *a) {
    uint8_t p = 0;
    for (const char *q = a; (q = strstr(q, "po:")) != NULL; q += 3) {
        const char *t = q + 3;
        if (t[0] == 'v' && (t[1] >= '0' && t[1] <= '3')) p |= HD_POS_VERB;
        else if (!strncmp(t, "ppas", 4)) p |= HD_POS_PPAS;
        else if (!strncmp(t, "infi", 4)) p |= HD_POS_INF;
        else if (!strncmp(t, "nom", 3)) p |= HD_POS_NOUN;
        else if (!strncmp(t, "adj", 3)) p |= HD_POS_ADJ;
        else if (!strncmp(t, "npr", 3) || !strncmp(t, "prn", 3) || !strncmp(t, "patr", 4)) p |= HD_POS_PROPER;
        else if (!strncmp(t, "det", 3) || !strncmp(t, "prep", 4) || !strncmp(t, "pro", 3) ||
                 !strncmp(t, "cj", 2) || !strncmp(t, "loc", 3))
            p |= HD_POS_FUNC;
    }
    return p;
}

static hd_lex analyse_fr(hd_morph *m, const char *w, size_t n, const char *key, size_t klen) {
    hd_lex lex = {.lemma = NULL};
    static const struct { const char *el, *lemma; } elided[] = {
        {"l'", "le"}, {"d'", "de"}, {"j'", "je"}, {"m'", "me"}, {"n'", "ne"}, {"s'", "se"},
        {"t'", "te"}, {"c'", "ce"}, {"qu'", "que"}, {"jusqu'", "jusque"}, {"lorsqu'", "lorsque"},
        {"puisqu'", "puisque"}, {"quoiqu'", "quoique"}, {NULL, NULL}};
    for (int i = 0; elided[i].el; i++)
        if (!strcmp(key, elided[i].el)) {
            lex.lemma = hd_intern(m->pool, elided[i].lemma, strlen(elided[i].lemma));
            lex.pos = HD_POS_FUNC;
            return lex;
        }
    char buf[HD_MAX_KEY + 1];
    if (n > HD_MAX_KEY) n = HD_MAX_KEY;
    memcpy(buf, w, n);
    buf[n] = 0;
    char **list = NULL;
    int k = Hunspell_analyze(hunspell(m, 0), &list, buf);
    if (k <= 0) {
        /* (a word in lower case but maybe its first letter, "Mainassara", was tried in
           lower case by Hunspell itself: a second analysis, 15% of the calls on fresh
           text, found nothing in 2,117 of them on the gold stories; mixed case, as in
           "Vingt-Sept" or "PiS", is Hunspell's to miss) */
        Hunspell_free_list(hunspell(m, 0), &list, k);
        list = NULL;
        k = 0;
        int32_t cp0;
        int k0 = hd_utf8_decode((const unsigned char *)w, n, &cp0);
        char lo[HD_MAX_KEY + 8], tail[HD_MAX_KEY + 8];
        size_t tl = k0 > 0 ? lower(w + k0, n - (size_t)k0, tail, sizeof tail) : 0;
        bool initcap = k0 > 0 && tl == n - (size_t)k0 && !memcmp(tail, w + k0, tl);
        lower(w, n, lo, sizeof lo);
        if (!initcap) k = Hunspell_analyze(hunspell(m, 0), &list, lo);
    }
    const char *vlem = NULL, *olem = NULL;
    for (int i = 0; i < k; i++) {
        const char *st = strstr(list[i], "st:");
        if (!st) continue;
        st += 3;
        uint8_t p = fr_pos(list[i]);
        lex.pos |= p;
        const char *lem = norm_intern(m, st, strcspn(st, " \t"));
        if (!lem) continue;
        if (p & HD_POS_VERB) { if (!vlem) vlem = lem; }
        else if (!olem) olem = lem;
    }
    lex.lemma = vlem ? vlem : olem;
    lex.lemma2 = vlem ? olem : NULL;
    Hunspell_free_list(hunspell(m, 0), &list, k);
    if (!lex.lemma) lex.lemma = hd_intern(m->pool, key, klen);
    if (lex.lemma2 == lex.lemma) lex.lemma2 = NULL;
    return lex;
}

static bool en_word(hd_morph *m, const char *w) { return Hunspell_spell(hunspell(m, 1), w) != 0; }

/* Hunspell's en_US affixes include derivations and prefixes (resigned → sign,
** reported → port, statement → state, offer → off).  A lemma must be the word minus
** an inflection: -s, -es, -ies, -ed, -d, -ied, -ing (with a final e or y restored and
** a doubled consonant allowed). */
static bool inflection_of(const char *w, size_t wl, const char *stem, size_t sl) {
    static const char *const infl[] = {"s", "es", "ed", "d", "ing", "ies", "ied", "'s", NULL};
    size_t common = 0;
    if (sl <= wl && !memcmp(w, stem, sl)) common = sl;
    else if (sl >= 2 && sl - 1 <= wl && (stem[sl - 1] == 'e' || stem[sl - 1] == 'y') && !memcmp(w, stem, sl - 1)) common = sl - 1;
    else return false;
    const char *suf = w + common;
    if (common == sl && *suf && common > 0 && suf[0] == stem[sl - 1] && suf[1]) suf++;   /* stopped, planning */
    for (const char *const *p = infl; *p; p++) if (!strcmp(suf, *p)) return true;
    return false;
}

static hd_lex analyse_en(hd_morph *m, const char *w, size_t n, const char *key, size_t klen) {
    hd_lex lex = {.lemma = NULL};
    char lo[HD_MAX_KEY + 8];
    size_t ll = lower(w, n > HD_MAX_KEY ? HD_MAX_KEY : n, lo, sizeof lo);
    for (const char *const *p = en_keep; *p; p++)
        if (!strcmp(lo, *p)) { lex.lemma = hd_intern(m->pool, key, klen); return lex; }
    /* the irregular table was loaded into the cache under lower-case forms */
    const cache_slot *irr = find(m, 1, lo, ll, ent_hash(lo, ll, 1));
    if (irr->e) { lex.lemma = irr->e->lemma; lex.lemma2 = irr->e->lemma2; lex.pos = irr->e->pos; return lex; }
    char **list = NULL;
    int k = Hunspell_stem(hunspell(m, 1), &list, lo);
    const char *best = NULL;
    size_t bestl = 0;
    for (int i = 0; i < k; i++) {
        size_t sl = strlen(list[i]);
        if (strcmp(list[i], lo) && inflection_of(lo, ll, list[i], sl) && (!best || sl < bestl)) { best = list[i]; bestl = sl; }
    }
    char cand[HD_MAX_KEY + 8];
    cand[0] = 0;
    if (best) snprintf(cand, sizeof cand, "%s", best);
    Hunspell_free_list(hunspell(m, 1), &list, k);
    /* British -ise spellings: en_US knows the -ize forms ("criticised" → criticize) */
    if (!cand[0] && ll > 5 && ll < HD_MAX_KEY) {
        char z[HD_MAX_KEY + 8];
        memcpy(z, lo, ll + 1);
        char *is = NULL;
        for (char *q = z; (q = strstr(q, "is")) != NULL; q++) is = q;
        if (is && (is[2] == 'e' || is[2] == 'i' || is[2] == 'a')) {
            is[1] = 'z';
            char **l2 = NULL;
            int k2 = Hunspell_stem(hunspell(m, 1), &l2, z);
            for (int i = 0; i < k2 && !cand[0]; i++)
                if (strcmp(l2[i], z) && inflection_of(z, ll, l2[i], strlen(l2[i]))) snprintf(cand, sizeof cand, "%s", l2[i]);
            for (int i = 0; i < k2 && !cand[0]; i++)
                if (!strcmp(l2[i], z)) snprintf(cand, sizeof cand, "%s", l2[i]);   /* "organize" itself */
            Hunspell_free_list(hunspell(m, 1), &l2, k2);
        }
    }
    /* forms the dictionary lists whole: try the regular rules, keep a known word */
    if (!cand[0] && ll > 4) {
        char t[HD_MAX_KEY + 8];
        if (ll > 4 && !strcmp(lo + ll - 3, "ied")) { snprintf(t, sizeof t, "%.*sy", (int)(ll - 3), lo); if (en_word(m, t)) strcpy(cand, t); }
        /* "recalls": Hunspell stems it through the prefix (re + call), not the -s */
        if (!cand[0] && lo[ll - 1] == 's' && lo[ll - 2] != 's' && lo[ll - 2] != 'u' && lo[ll - 2] != 'i') {
            snprintf(t, sizeof t, "%.*s", (int)(ll - 1), lo);
            if (en_word(m, t)) strcpy(cand, t);
        }
        if (!cand[0] && ll > 4 && !strcmp(lo + ll - 2, "ed")) {
            if (lo[ll - 3] == lo[ll - 4]) { snprintf(t, sizeof t, "%.*s", (int)(ll - 3), lo); if (en_word(m, t)) strcpy(cand, t); }
            /* (a hyphenated compound as its last part: "test-fired" → test-fire, not
               test-fir, as "fired" → fire below) */
            const char *hy = strrchr(lo, '-');
            if (!cand[0] && hy && hy > lo && ll - (size_t)(hy + 1 - lo) > 3) {
                snprintf(t, sizeof t, "%.*s", (int)(ll - (size_t)(hy + 1 - lo) - 1), hy + 1);
                char **l4 = NULL;
                int k4 = Hunspell_stem(hunspell(m, 1), &l4, hy + 1);
                bool known = false;
                for (int i = 0; i < k4 && !known; i++) known = !strcmp(l4[i], t);
                Hunspell_free_list(hunspell(m, 1), &l4, k4);
                if (known || en_word(m, t)) {
                    /* (the prefix, then the part's stem: no longer than the form) */
                    size_t pl = (size_t)(hy + 1 - lo), tl = strlen(t);
                    if (pl + tl < sizeof cand) { memcpy(cand, lo, pl); memcpy(cand + pl, t, tl + 1); }
                }
            }
            if (!cand[0]) { snprintf(t, sizeof t, "%.*s", (int)(ll - 2), lo); if (en_word(m, t)) strcpy(cand, t); }
            if (!cand[0]) { snprintf(t, sizeof t, "%.*s", (int)(ll - 1), lo); if (en_word(m, t)) strcpy(cand, t); }
        }
        if (!cand[0] && ll > 5 && !strcmp(lo + ll - 3, "ing")) {
            if (lo[ll - 4] == lo[ll - 5]) { snprintf(t, sizeof t, "%.*s", (int)(ll - 4), lo); if (en_word(m, t)) strcpy(cand, t); }
            if (!cand[0]) { snprintf(t, sizeof t, "%.*s", (int)(ll - 3), lo); if (en_word(m, t)) strcpy(cand, t); }
            if (!cand[0]) { snprintf(t, sizeof t, "%.*se", (int)(ll - 3), lo); if (en_word(m, t)) strcpy(cand, t); }
        }
    }
    if (ll > 3 && !strcmp(lo + ll - 2, "ed")) lex.pos |= HD_POS_VERB | HD_POS_PPAS;
    if (ll > 4 && !strcmp(lo + ll - 3, "ing")) lex.pos |= HD_POS_ING;
    lex.lemma = cand[0] ? norm_intern(m, cand, strlen(cand)) : hd_intern(m->pool, key, klen);
    if (cand[0] && (lex.pos & HD_POS_ING)) lex.lemma2 = hd_intern(m->pool, key, klen);  /* "meeting" */
    return lex;
}

hd_lex *hd_morph_lookup(hd_morph *m, int lang, const char *surface, size_t n, const char *key, size_t klen) {
    return hd_morph_lookup_h(m, lang, surface, n, key, klen, ent_hash(surface, n, lang));
}

/* An analyser for a form no cache has, locked: the first one free, else a new one (up
** to HD_ANALYSERS, once the first is loaded and analysers were often found busy), else
** wait for the first. */
static analyser *take_analyser(shared_morph *sh) {
    pthread_mutex_lock(&sh->lock);
    int nan = sh->nan;
    bool loaded = sh->loaded;
    pthread_mutex_unlock(&sh->lock);
    for (int i = 0; i < nan; i++)
        if (pthread_mutex_trylock(&sh->an[i].lock) == 0) return &sh->an[i];
    /* (a new analyser once the first is loaded and 64 words found every analyser busy:
       a short run does not pay for one) */
    pthread_mutex_lock(&sh->lock);
    bool make = loaded && nan < HD_ANALYSERS && ++sh->busy >= 64;
    if (make) sh->busy = 0;
    pthread_mutex_unlock(&sh->lock);
    if (make) {
        hd_morph *a = morph_new(sh->dir, NULL, 0);
        pthread_mutex_lock(&sh->lock);
        if (a && sh->nan < HD_ANALYSERS) { sh->an[sh->nan++].m = a; a = NULL; nan = sh->nan; }
        pthread_mutex_unlock(&sh->lock);
        morph_free(a);   /* (another thread made one meanwhile, or none could be made) */
        for (int i = 0; i < nan; i++)
            if (pthread_mutex_trylock(&sh->an[i].lock) == 0) return &sh->an[i];
    }
    pthread_mutex_lock(&sh->an[0].lock);
    return &sh->an[0];
}

/* `got`'s lemmas interned in `m`'s pool (lemma NULL when out of memory). */
static hd_lex lex_copy(hd_morph *m, const hd_lex *got) {
    hd_lex lex = {.lemma = NULL};
    if (!got->lemma) return lex;
    lex.lemma = hd_intern(m->pool, got->lemma, strlen(got->lemma));
    lex.lemma2 = got->lemma2 ? hd_intern(m->pool, got->lemma2, strlen(got->lemma2)) : NULL;
    lex.pos = got->pos;
    if (got->lemma2 && !lex.lemma2) lex.lemma = NULL;
    return lex;
}

hd_lex *hd_morph_lookup_h(hd_morph *m, int lang, const char *surface, size_t n, const char *key, size_t klen,
                          uint64_t h) {
    cache_slot *sl = find(m, lang, surface, n, h);
    if (sl->e) return sl->e;
    /* the shared cache's analysis, else an analyser's (its lemmas interned here, then
       in the shared cache: two threads may analyse one form at once, and the second
       store finds the first's) */
    hd_lex lex = {.lemma = NULL};
    shared_morph *sh = m->sh;
    pthread_mutex_lock(&sh->lock);
    const cache_slot *ss = find(sh->m, lang, surface, n, h);
    bool known = ss->e != NULL;
    if (known) lex = lex_copy(m, ss->e);
    pthread_mutex_unlock(&sh->lock);
    if (!known) {
        analyser *an = take_analyser(sh);
        hd_morph *a = an->m;
        hd_lex got = {.lemma = NULL};
        if (!hunspell(a, lang)) got.lemma = hd_intern(a->pool, key, klen);
        else got = lang == 0 ? analyse_fr(a, surface, n, key, klen) : analyse_en(a, surface, n, key, klen);
        lex = lex_copy(m, &got);
        pthread_mutex_unlock(&an->lock);
        if (lex.lemma) {
            pthread_mutex_lock(&sh->lock);
            hd_lex sl2 = lex_copy(sh->m, &lex);
            if (sl2.lemma) store(sh->m, lang, surface, n, &sl2);   /* (a miss only costs a later analysis) */
            pthread_mutex_unlock(&sh->lock);
        }
    }
    if (!lex.lemma) return NULL;
    return store(m, lang, surface, n, &lex);
}

hd_lex *hd_morph_plain(hd_morph *m, const char *surface, size_t n, const char *key, size_t klen) {
    return hd_morph_plain_h(m, surface, n, key, klen, ent_hash(surface, n, 2));
}

hd_lex *hd_morph_plain_h(hd_morph *m, const char *surface, size_t n, const char *key, size_t klen, uint64_t h) {
    cache_slot *sl = find(m, 2, surface, n, h);
    if (sl->e) return sl->e;
    hd_lex lex = {.lemma = hd_intern(m->pool, key, klen)};
    if (!lex.lemma) return NULL;
    return store(m, 2, surface, n, &lex);
}
