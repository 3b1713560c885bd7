/* test_geo.c — the gazetteer (data/geo) and where a sentence says something happened. */
#include "util.h"
#include <math.h>

static hd_gazetteer *gaz_;

static void cleanup(void) { hd_gazetteer_free(gaz_); }

static hd_gazetteer *gaz(void) {
    if (!gaz_) {
        char err[256];
        gaz_ = hd_gazetteer_load("data/geo", err, sizeof err);
        if (!gaz_) { fprintf(stderr, "cannot load data/geo: %s\n", err); exit(2); }
        atexit(cleanup);
    }
    return gaz_;
}

static char span_[256];

/* The place of the first sentence of `text`, nearest to the word `near` (or the
** sentence start); span_ gets the place phrase. */
static const hd_place *where(const char *text, const char *lang, const char *near) {
    hd_doc *d = test_analyze(text, lang);
    const char *at = near ? strstr(text, near) : NULL;
    uint32_t s = 0, e = 0;
    const hd_place *p = hd_geo_find(gaz(), d, 0, at ? (uint32_t)(at - text) : 0, &s, &e);
    snprintf(span_, sizeof span_, "%.*s", p ? (int)(e - s) : 0, text + s);
    return p;
}

TEST(gazetteer_loads_countries_divisions_cities) {
    hd_gazetteer *g = gaz();
    CHECK(hd_gazetteer_count(g, 1) > 240);
    CHECK(hd_gazetteer_count(g, 5) > 2000);
    CHECK(hd_gazetteer_count(g, 4) > 20000);
    const hd_place *p = hd_gazetteer_lookup(g, "fr", "Pékin", strlen("Pékin"));
    CHECK(p != NULL);
    if (!p) return;
    CHECK_EQ_STR(p->country, "CHN");
    CHECK_EQ_STR(p->country2, "CN");
    CHECK_EQ_INT(p->type, 4);
    CHECK(fabs(p->lat - 39.9) < 0.2 && fabs(p->lon - 116.4) < 0.2);
    CHECK(strncmp(p->name, "Beijing, ", 9) == 0 && strstr(p->name, ", China") != NULL);
    CHECK_EQ_STR(p->feature, "1816670");   /* the GeoNames id */
    /* English exonyms and French ones are per language */
    p = hd_gazetteer_lookup(g, "en", "Moscow", 6);
    CHECK(p && !strcmp(p->country, "RUS") && p->type == 4);
    p = hd_gazetteer_lookup(g, "fr", "Moscou", 6);
    CHECK(p && !strcmp(p->country, "RUS"));
    CHECK(hd_gazetteer_lookup(g, "en", "Moscou", 6) == NULL);
    /* a country is a country, at its population centre */
    p = hd_gazetteer_lookup(g, "en", "Lebanon", 7);
    CHECK(p && p->type == 1 && !strcmp(p->country, "LBN") && !strcmp(p->name, "Lebanon") && !strcmp(p->adm1, ""));
    CHECK(p && p->lat > 33 && p->lat < 35 && p->lon > 35 && p->lon < 37);
    CHECK(hd_gazetteer_lookup(g, "en", "Xyzzyville", 10) == NULL);
}

TEST(gazetteer_other_names_of_divisions_and_cities) {
    hd_gazetteer *g = gaz();
    /* "Tigré" is the Ethiopian region, not Tigre (Argentina), whose key is the same */
    const hd_place *p = hd_gazetteer_lookup(g, "fr", "Tigré", strlen("Tigré"));
    CHECK(p != NULL);
    if (p) { CHECK_EQ_INT(p->type, 5); CHECK_EQ_STR(p->country, "ETH"); }
    p = hd_gazetteer_lookup(g, "en", "North Darfur", 12);
    CHECK(p != NULL && !strcmp(p->country, "SDN") && p->type == 5);
    p = hd_gazetteer_lookup(g, "en", "El Fasher", 9);
    CHECK(p != NULL && !strcmp(p->country, "SDN") && p->type == 4);
    /* the English name of the Argentine city is still that city */
    p = hd_gazetteer_lookup(g, "en", "Tigre", 5);
    CHECK(p != NULL && !strcmp(p->country, "ARG"));
}

TEST(gazetteer_errors_name_the_file) {
    char err[256] = "";
    CHECK(hd_gazetteer_load("/nonexistent", err, sizeof err) == NULL);
    CHECK(strstr(err, "/nonexistent/countries.tsv") != NULL);
    hd_gazetteer_free(NULL);
}

TEST(place_after_a_french_locative) {
    const hd_place *p = where("Le président iranien a été reçu à Pékin par son homologue.", "fr", "reçu");
    CHECK(p && !strcmp(p->country, "CHN") && p->type == 4);
    CHECK_EQ_STR(span_, "Pékin");
    p = where("Israël a mené des frappes dans le sud du Liban mardi.", "fr", "frappes");
    CHECK(p && !strcmp(p->country, "LBN") && p->type == 1);
    CHECK_EQ_STR(span_, "le sud du Liban");
    p = where("Le président a été reçu au Vatican par le pape.", "fr", "reçu");
    CHECK(p && !strcmp(p->country, "VAT"));
    CHECK_EQ_STR(span_, "Vatican");
    p = where("Les deux ministres se sont rencontrés aux États-Unis.", "fr", NULL);
    CHECK(p && !strcmp(p->country, "USA") && p->type == 1);
    p = where("Un accord a été signé en Côte d'Ivoire.", "fr", NULL);
    CHECK(p && !strcmp(p->country, "CIV"));
    p = where("Des combats ont eu lieu à Saint-Pétersbourg.", "fr", NULL);
    CHECK(p && !strcmp(p->country, "RUS") && p->type == 4);
    /* names of several tokens; the words after a place begin no longer name */
    p = where("Le sommet s'est tenu à Rio de Janeiro, a indiqué le porte-parole du ministère des Affaires étrangères.",
              "fr", NULL);
    CHECK(p && !strcmp(p->country, "BRA") && p->type == 4);
    CHECK_EQ_STR(span_, "Rio de Janeiro");
    p = where("Il a été reçu à New York, a indiqué le porte-parole.", "fr", NULL);
    CHECK(p && !strcmp(p->country, "USA"));
    CHECK_EQ_STR(span_, "New York");
    /* "Mexico" is the capital in French, the country in English */
    p = where("Il a été arrêté à Mexico.", "fr", NULL);
    CHECK(p && p->type == 4 && !strcmp(p->country, "MEX"));
    p = where("He was arrested in Mexico.", "en", NULL);
    CHECK(p && p->type == 1 && !strcmp(p->country, "MEX"));
}

TEST(place_after_an_english_locative) {
    const hd_place *p = where("Israeli jets struck targets in southern Lebanon on Tuesday.", "en", "struck");
    CHECK(p && !strcmp(p->country, "LBN") && p->type == 1);
    CHECK_EQ_STR(span_, "southern Lebanon");
    p = where("The ministers met in Tokyo on Monday.", "en", "met");
    CHECK(p && !strcmp(p->country, "JPN") && p->type == 4);
    p = where("Protesters gathered outside the parliament in Texas.", "en", NULL);
    CHECK(p && p->type == 2 && !strcmp(p->adm1, "USTX") && !strcmp(p->country, "USA"));
    p = where("Shelling was reported in Houston.", "en", NULL);
    CHECK(p && p->type == 3 && !strcmp(p->country, "USA"));
    /* "region" after the name asks for the division; alone the name is the city */
    p = where("Ukrainian troops advanced in the Kursk region.", "en", NULL);
    CHECK(p && p->type == 5 && !strcmp(p->adm1, "RU41"));
    p = where("Ukrainian drones hit a depot in Kursk.", "en", NULL);
    CHECK(p && p->type == 4 && !strcmp(p->country, "RUS"));
    /* namesakes: the most populous, unless the sentence names the country */
    p = where("Clashes broke out in Tripoli.", "en", NULL);
    CHECK(p && !strcmp(p->country, "LBY"));
    p = where("Clashes broke out in Tripoli, Lebanon's second city.", "en", NULL);
    CHECK(p && !strcmp(p->country, "LBN"));
}

TEST(no_place_without_a_locative_or_a_capital) {
    CHECK(where("Le président a appelé Paris à la retenue.", "fr", NULL) == NULL);
    CHECK(where("Le ministre a Paris en ligne de mire.", "fr", NULL) == NULL);   /* the verb "a" */
    CHECK(where("They arrived in time for the vote.", "en", NULL) == NULL);
    CHECK(where("Washington condemned the attack.", "en", NULL) == NULL);
    CHECK(where("The talks were held in reading rooms.", "en", NULL) == NULL);  /* Reading, lower case */
}

TEST(nearest_place_to_the_verb) {
    const char *t = "After talks in Paris, the minister flew to Berlin and signed the deal in Warsaw.";
    const hd_place *p = where(t, "en", "signed");
    CHECK(p && !strcmp(p->country, "POL"));
    p = where(t, "en", "talks");
    CHECK(p && !strcmp(p->country, "FRA"));
}
