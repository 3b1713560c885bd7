/*
** pipeline.c — the text pipeline: language, tokens, sentences, lemmas.
*/
#include "doc.h"

struct hd_pipeline {
    hd_morph *morph;
};

hd_pipeline *hd_pipeline_new(const hd_pipeline_opts *o, char *err, size_t errlen) {
    hd_pipeline *p = calloc(1, sizeof *p);
    if (!p) { hd_set_err(err, errlen, "out of memory"); return NULL; }
    p->morph = hd_morph_new(o ? o->hunspell_dir : NULL, err, errlen);
    if (!p->morph) { free(p); return NULL; }
    return p;
}

void hd_pipeline_free(hd_pipeline *p) {
    if (!p) return;
    hd_morph_free(p->morph);
    free(p);
}

hd_doc *hd_doc_new(void) { return calloc(1, sizeof(hd_doc)); }

void hd_doc_free(hd_doc *d) {
    if (!d) return;
    free(d->toks.v);
    free(d->sents.v);
    free(d->keyoff.v);
    free(d->lex.v);
    free(d->hash.v);
    hd_buf_free(&d->keys);
    free(d);
}

/* Function words that tell French from English; a story is French when it has more
** of the French ones.  Counting stops after 2,000 words: enough for any decision. */
static const char *const fr_words[] = {"le", "la", "les", "des", "du", "et", "est", "une", "dans",
    "pour", "que", "qui", "avec", "sur", "par", "au", "aux", "il", "elle", "ont", "a", "ce", "pas",
    "sont", "mais", "selon", "lors", "entre", "deux", "leur", NULL};
static const char *const en_words[] = {"the", "of", "and", "to", "in", "is", "that", "for", "with",
    "was", "on", "by", "he", "she", "it", "has", "have", "said", "are", "were", "from", "at",
    "an", "not", "but", "after", "which", "their", "its", "two", NULL};

static bool word_in(const char *const *l, const char *w, size_t n) {
    for (; *l; l++) if (strlen(*l) == n && !memcmp(*l, w, n)) return true;
    return false;
}

const char *hd_detect_lang(const char *text, size_t len) {
    int fr = 0, en = 0, words = 0;
    size_t i = 0;
    while (i < len && words < 2000) {
        while (i < len && !((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')) i++;
        size_t s = i;
        while (i < len && (((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z') || (unsigned char)text[i] >= 0x80)) i++;
        size_t n = i - s;
        if (!n || n > 6) { words += n > 0; continue; }
        char w[8];
        for (size_t k = 0; k < n; k++) w[k] = (char)((unsigned char)text[s + k] | 32);
        fr += word_in(fr_words, w, n);
        en += word_in(en_words, w, n);
        words++;
    }
    return fr > en ? "fr" : "en";
}

int hd_analyze(hd_pipeline *p, const hd_story *s, hd_doc *d) { return hd_analyze_sink(p, s, d, NULL); }

/* A token's copies for the coder whose annotations its entry holds (hd_lex_sink). */
static inline void sink_copy(hd_lex_sink *k, size_t i, const hd_lex *lx) {
    k->tk[i] = lx->dk;
    k->tl[i] = lx->dl;
    k->tl2[i] = lx->dl2;
    k->wm[i] = lx->km;
    k->lm[i] = lx->lm;
    k->ph[i] = lx->phr[k->lang];
    /* (and the token's phrase slot, which the coder reads at each sentence's tokens:
       scattered, in no cache yet either) */
    __builtin_prefetch(lx->phr[k->lang]);
    k->kh[i] = lx->kh;
    k->kb[i] = lx->kb;
    k->fb[i] = lx->fb;
    /* an anchor's patterns (fb's bit 63) are in its entry's third line, not fetched:
       on its way now, it is there when find_candidates reads it */
    if (lx->fb >> 63) __builtin_prefetch(&lx->pat[0]);
}

int hd_analyze_sink(hd_pipeline *p, const hd_story *s, hd_doc *d, hd_lex_sink *k) {
    if (!p || !s || !d) return HD_EUSAGE;
    d->text = s->text;
    d->len = s->len;
    d->toks.n = d->sents.n = d->keyoff.n = 0;
    d->keys.n = 0;
    const char *lang = s->lang && (!strcmp(s->lang, "fr") || !strcmp(s->lang, "en")) ? s->lang
                                                                                      : hd_detect_lang(s->text, s->len);
    snprintf(d->lang, sizeof d->lang, "%s", lang);
    int li = strcmp(lang, "fr") ? 1 : 0;
    if (hd_tokenize(d, s->text, s->len, li) != 0) return HD_ENOMEM;
    if (hd_segment(d) != 0) return HD_ENOMEM;
    size_t n = d->toks.n;
    if (hd_grow((void **)&d->lex.v, &d->lex.cap, sizeof *d->lex.v, n + 1) ||
        hd_grow((void **)&d->hash.v, &d->hash.cap, sizeof *d->hash.v, n + 1))
        return HD_ENOMEM;
    d->lex.n = d->hash.n = n;
    if (k && k->grow(k, n)) return HD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const hd_token *t = &d->toks.v[i];
        d->hash.v[i] = hd_morph_hash(t->kind == HD_TOK_WORD ? li : 2, s->text + t->off, t->len);
    }
    /* lookups pipelined: token i+16's table slot and token i+8's entry are on their way
       while token i is looked up (the cache outgrows the CPU's, each lookup would wait;
       a lookup that finds its entry is short, and 8 and 4 tokens ahead left a third of
       find's time, the 100 MB corpus, on the entry's first line; 32 and 16 gain no more) */
    enum { AHEAD_SLOT = 16, AHEAD_ENTRY = 8 };
    /* the vectors' addresses in locals: a token's stores (its pos, a byte) may alias
       any field of d, which the compiler would read again for the next token */
    hd_morph *m = p->morph;
    hd_token *tv = d->toks.v;
    hd_lex **lv = d->lex.v;
    const uint64_t *hv = d->hash.v;
    const uint32_t *ko = d->keyoff.v;
    const char *keys = d->keys.p, *text = s->text;
    /* (the sink's fields in locals too, for the same reason) */
    hd_lex_sink ks = k ? *k : (hd_lex_sink){0};
    ks.lang = li;   /* (morph.c's 0 French, 1 English: the coder's LANG_FR and LANG_EN) */
    const void *owner = k ? k->owner : &ks;   /* (no entry's ann is a local's address) */
    size_t np = 0;
    for (size_t i = 0; i < n && i < AHEAD_SLOT; i++) hd_morph_prefetch(m, hv[i], false);
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD_SLOT < n) hd_morph_prefetch(m, hv[i + AHEAD_SLOT], false);
        if (i + AHEAD_ENTRY < n) hd_morph_prefetch(m, hv[i + AHEAD_ENTRY], true);
        hd_token *t = &tv[i];
        t->key = keys + ko[i];
        t->lemma = t->key;
        t->lemma2 = NULL;
        t->pos = 0;
        int tl = t->kind == HD_TOK_WORD ? li : 2;
        hd_lex *lx = hd_morph_hit(m, tl, text + t->off, t->len, hv[i]);
        if (!lx && !(lx = tl == 2 ? hd_morph_plain_h(m, text + t->off, t->len, t->key, t->klen, hv[i])
                                  : hd_morph_lookup_h(m, li, text + t->off, t->len, t->key, t->klen, hv[i])))
            return HD_ENOMEM;
        lv[i] = lx;
        if (tl != 2) {
            t->lemma = lx->lemma;
            t->lemma2 = lx->lemma2;
            t->pos = lx->pos;
        }
        if (lx->ann == owner) sink_copy(&ks, i, lx);
        else if (k) ks.pend[np++] = (uint32_t)i;
    }
    if (k) k->npend = np;
    return HD_OK;
}

const char *hd_doc_lang(const hd_doc *d) { return d->lang; }
size_t hd_doc_nsentences(const hd_doc *d) { return d->sents.n; }
const hd_sentence *hd_doc_sentence(const hd_doc *d, size_t i) { return i < d->sents.n ? &d->sents.v[i] : NULL; }
size_t hd_doc_ntokens(const hd_doc *d) { return d->toks.n; }
const hd_token *hd_doc_token(const hd_doc *d, size_t i) { return i < d->toks.n ? &d->toks.v[i] : NULL; }
const char *hd_doc_text(const hd_doc *d) { return d->text; }

const char *hd_lemma(hd_pipeline *p, const char *lang, const char *word, size_t n, unsigned *pos) {
    char key[HD_MAX_KEY + 1];
    size_t kl = hd_normalize(word, n, key, sizeof key);
    const hd_lex *lx = hd_morph_lookup(p->morph, lang && !strcmp(lang, "en") ? 1 : 0, word, n, key, kl);
    if (pos) *pos = lx ? lx->pos : 0;
    return lx ? lx->lemma : NULL;
}
