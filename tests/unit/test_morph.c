/* test_morph.c — French (Hunspell fr) and English (Hunspell en_US + irregulars) lemmas. */
#include "util.h"

static const char *lem(const char *lang, const char *w) {
    return hd_lemma(test_pipeline(), lang, w, strlen(w), NULL);
}

TEST(french_lemmas) {
    CHECK_EQ_STR(lem("fr", "appelé"), "appeler");
    CHECK_EQ_STR(lem("fr", "discutent"), "discuter");
    CHECK_EQ_STR(lem("fr", "ont"), "avoir");
    CHECK_EQ_STR(lem("fr", "entretenu"), "entretenir");
    CHECK_EQ_STR(lem("fr", "annoncé"), "annoncer");
    CHECK_EQ_STR(lem("fr", "sanctions"), "sanction");
    CHECK_EQ_STR(lem("fr", "Appelé"), "appeler");   /* capitalised at sentence start */
    CHECK_EQ_STR(lem("fr", "l'"), "le");
}

TEST(french_parts_of_speech) {
    unsigned pos = 0;
    hd_lemma(test_pipeline(), "fr", "entretenu", 9, &pos);
    CHECK(pos & HD_POS_PPAS);
    hd_lemma(test_pipeline(), "fr", "approuver", 9, &pos);
    CHECK(pos & HD_POS_INF);
    hd_lemma(test_pipeline(), "fr", "résolution", strlen("résolution"), &pos);
    CHECK(pos & HD_POS_NOUN);
}

TEST(french_reflexive_in_context) {
    /* s'est entretenu → reflexive "s'" + auxiliary + entretenir: the clause analysis
       builds s'entretenir from these tokens */
    hd_doc *d = test_analyze("Le ministre s'est entretenu avec son homologue.", "fr");
    CHECK_EQ_STR(hd_doc_token(d, 2)->lemma, "se");
    CHECK_EQ_STR(hd_doc_token(d, 3)->lemma, "etre");
    CHECK_EQ_STR(hd_doc_token(d, 4)->lemma, "entretenir");
}

TEST(english_lemmas) {
    /* (Hunspell's en_US stems "fired" as fir + ed; a compound inflects its last part) */
    CHECK_EQ_STR(lem("en", "fired"), "fire");
    CHECK_EQ_STR(lem("en", "test-fired"), "test-fire");
    CHECK_EQ_STR(lem("en", "bombed"), "bomb");
    CHECK_EQ_STR(lem("en", "severed"), "sever");
    CHECK_EQ_STR(lem("en", "met"), "meet");
    CHECK_EQ_STR(lem("en", "has"), "have");
    CHECK_EQ_STR(lem("en", "held"), "hold");
    CHECK_EQ_STR(lem("en", "visited"), "visit");
    CHECK_EQ_STR(lem("en", "talked"), "talk");
    CHECK_EQ_STR(lem("en", "stopped"), "stop");
    CHECK_EQ_STR(lem("en", "sanctions"), "sanction");
    CHECK_EQ_STR(lem("en", "accused"), "accuse");
    CHECK_EQ_STR(lem("en", "Met"), "meet");
    CHECK_EQ_STR(lem("en", "news"), "news");
    /* Hunspell stems these through their prefix (re + call): the -s is taken off */
    CHECK_EQ_STR(lem("en", "recalls"), "recall");
    CHECK_EQ_STR(lem("en", "reopens"), "reopen");
    CHECK_EQ_STR(lem("en", "crisis"), "crisis");
}

TEST(lemma_cache_is_stable) {
    const char *a = lem("fr", "discutent"), *b = lem("fr", "discutent");
    CHECK(a == b);   /* same interned pointer: the second call hit the cache */
}
