/* test_text.c — segmenter, tokenizer, normalizer, language detection. */
#include "util.h"
#include "doc.h"

size_t hd_normalize_ref(const char *s, size_t n, char *out, size_t outlen);

/* Token keys of the document joined by '|'. */
static const char *keys(hd_doc *d) {
    static char b[4096];
    size_t w = 0;
    for (size_t i = 0; i < hd_doc_ntokens(d); i++) {
        const hd_token *t = hd_doc_token(d, i);
        w += (size_t)snprintf(b + w, sizeof b - w, "%s%s", i ? "|" : "", t->key);
        if (w >= sizeof b) break;
    }
    return b;
}

TEST(normalize_basic) {
    char out[64];
    hd_normalize("États-Unis", strlen("États-Unis"), out, sizeof out);
    CHECK_EQ_STR(out, "etats-unis");
    hd_normalize("Tokaïev", strlen("Tokaïev"), out, sizeof out);
    CHECK_EQ_STR(out, "tokaiev");
    hd_normalize("d\xe2\x80\x99Isra\xc3\xabl", strlen("d\xe2\x80\x99Isra\xc3\xabl"), out, sizeof out);
    CHECK_EQ_STR(out, "d'israel");
    hd_normalize("\xc5\x92uvre c\xc5\x93ur", strlen("\xc5\x92uvre c\xc5\x93ur"), out, sizeof out);
    CHECK_EQ_STR(out, "oeuvre coeur");
    hd_normalize("ÇA ÉTÉ", strlen("ÇA ÉTÉ"), out, sizeof out);
    CHECK_EQ_STR(out, "ca ete");
    /* truncation is bounded and NUL-terminated */
    char small[4];
    hd_normalize("abcdef", 6, small, sizeof small);
    CHECK_EQ_STR(small, "abc");
}

TEST(normalize_table_matches_utf8proc) {
    /* the fast table must agree with the utf8proc reference on every code point it
       covers (U+0001..U+07FF) and on a sample beyond */
    int mismatches = 0;
    for (int cp = 1; cp < 0x3000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000) continue;
        char in[8], a[32], b[32];
        int n;
        if (cp < 0x80) { in[0] = (char)cp; n = 1; }
        else if (cp < 0x800) { in[0] = (char)(0xC0 | (cp >> 6)); in[1] = (char)(0x80 | (cp & 63)); n = 2; }
        else { in[0] = (char)(0xE0 | (cp >> 12)); in[1] = (char)(0x80 | ((cp >> 6) & 63)); in[2] = (char)(0x80 | (cp & 63)); n = 3; }
        hd_normalize(in, (size_t)n, a, sizeof a);
        hd_normalize_ref(in, (size_t)n, b, sizeof b);
        if (strcmp(a, b) && cp >= 'A') mismatches++;
    }
    CHECK_EQ_INT(mismatches, 0);
}

/* The tokenizer's one-pass paths (plain ASCII and Latin-1 words, elisions, ASCII marks)
** give the tokens the general path gives, on random text made of the characters that
** decide where words end (broken UTF-8 included). */
TEST(tokens_ascii_fast_path_agrees_with_general_path) {
    static const char *const pieces[] = {"a", "B", "z", "Q", "1", "0", ".", ",", "-", "'", " ", " ", "\n",
        "\xc3\xa9", "\xe2\x80\x99", "\xc2\xab", "\"", "(", "`", "U.S.", "M.", "l'", "-t-il", "'s", "%",
        "\xe2\x80\x91", "...", "\xc3\x89", "\xc3\x97", "\xc3\x9f", "\xc3", "\xca\xbc", "qu", "L", "jusqu",
        "\xc3\x80", "\xc3\xa7" "a"};
    unsigned seed = 12345;
    int differ = 0;
    for (int round = 0; round < 20000; round++) {
        char text[256];
        size_t n = 0;
        int np = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40;
        for (int k = 0; k < np; k++) {
            const char *pc = pieces[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(pc);
            if (n + pl >= sizeof text) break;
            memcpy(text + n, pc, pl);
            n += pl;
        }
        text[n] = 0;
        hd_doc *a = hd_doc_new(), *b = hd_doc_new();
        a->text = b->text = text;
        a->len = b->len = n;
        hd_tokenize_general_only = false;
        int ra = hd_tokenize(a, text, n, 0);
        hd_tokenize_general_only = true;
        int rb = hd_tokenize(b, text, n, 0);
        hd_tokenize_general_only = false;
        bool same = ra == rb && a->toks.n == b->toks.n;
        for (size_t i = 0; same && i < a->toks.n; i++) {
            const hd_token *x = &a->toks.v[i], *y = &b->toks.v[i];
            same = x->off == y->off && x->len == y->len && x->kind == y->kind && x->flags == y->flags &&
                   x->ws == y->ws && x->klen == y->klen &&
                   !strcmp(a->keys.p + a->keyoff.v[i], b->keys.p + b->keyoff.v[i]);
        }
        if (!same && differ++ < 3) fprintf(stderr, "tokenizer paths differ on \"%s\"\n", text);
        hd_doc_free(a);
        hd_doc_free(b);
    }
    CHECK_EQ_INT(differ, 0);
}

TEST(tokens_french_elision) {
    hd_doc *d = test_analyze("L’Iran et l'ONU jusqu'à lorsqu’il s'est entretenu d’Astana qu'aujourd'hui.", "fr");
    CHECK_EQ_STR(keys(d), "l'|iran|et|l'|onu|jusqu'|a|lorsqu'|il|s'|est|entretenu|d'|astana|qu'|aujourd'hui|.");
    CHECK(hd_doc_token(d, 0)->flags & HD_TF_ELISION);
    CHECK_EQ_STR(tok_text(d, 0), "L’");
    CHECK_EQ_STR(tok_text(d, 1), "Iran");
}

TEST(tokens_hyphens_and_inversion) {
    hd_doc *d = test_analyze("Kassym-Jomart Tokaïev a-t-il rencontré le porte-parole sud-coréen ? Peut-être, dit-elle.", "fr");
    CHECK_EQ_STR(keys(d), "kassym-jomart|tokaiev|a|il|rencontre|le|porte-parole|sud-coreen|?|peut-etre|,|dit|elle|.");
    CHECK(hd_doc_token(d, 3)->flags & HD_TF_INVERTED);
    CHECK(hd_doc_token(d, 12)->flags & HD_TF_INVERTED);
}

TEST(tokens_numbers_percent_dates) {
    hd_doc *d = test_analyze("Il a gagné 3,5 % le 10 mai 2024, soit 1.25 milliard et 143 voix.", "fr");
    CHECK_EQ_STR(keys(d), "il|a|gagne|3,5|%|le|10|mai|2024|,|soit|1.25|milliard|et|143|voix|.");
    CHECK_EQ_INT(hd_doc_token(d, 3)->kind, HD_TOK_NUM);
    CHECK(hd_doc_token(d, 3)->flags & HD_TF_PERCENT);
}

TEST(tokens_guillemets_and_quotes) {
    hd_doc *d = test_analyze("« Les deux pays », a-t-il dit. “Yes,” he said.", "fr");
    CHECK_EQ_INT(hd_doc_token(d, 0)->kind, HD_TOK_QUOTE_OPEN);
    CHECK_EQ_INT(hd_doc_token(d, 4)->kind, HD_TOK_QUOTE_CLOSE);
}

TEST(tokens_english_possessive_and_acronyms) {
    hd_doc *d = test_analyze("Iran's envoy met U.S. officials and the U.N. chief.", "en");
    CHECK_EQ_STR(keys(d), "iran|'s|envoy|met|u.s.|officials|and|the|u.n.|chief|.");
}

TEST(segment_abbreviations) {
    hd_doc *d = test_analyze("M. Macron a reçu Mme Merkel et le Dr. Tedros à Paris. Ils ont parlé de l'Ukraine.", "fr");
    CHECK_EQ_INT(hd_doc_nsentences(d), 2);
    CHECK_EQ_STR(sent_text(d, 1), "Ils ont parlé de l'Ukraine.");
    d = test_analyze("George W. Bush met U.N. officials in St. Louis on Monday. They talked.", "en");
    CHECK_EQ_INT(hd_doc_nsentences(d), 2);
    d = test_analyze("Sanctions were imposed by the U.S. The next day, Russia replied.", "en");
    CHECK_EQ_INT(hd_doc_nsentences(d), 2);
}

TEST(segment_quotes_ellipses_decimals) {
    hd_doc *d = test_analyze("« Nous condamnons cette attaque. » Le ministre est parti... Puis il est revenu. Le taux est de 3.5 pour cent.", "fr");
    CHECK_EQ_INT(hd_doc_nsentences(d), 4);
    CHECK_EQ_STR(sent_text(d, 0), "« Nous condamnons cette attaque. »");
    d = test_analyze("« Nous condamnons cette attaque », a déclaré le ministre. Il est parti.", "fr");
    CHECK_EQ_INT(hd_doc_nsentences(d), 2);
    d = test_analyze("\"We will respond,\" he said. \"Soon.\" Then he left!", "en");
    CHECK_EQ_INT(hd_doc_nsentences(d), 3);
}

TEST(segment_lines_and_headlines) {
    hd_doc *d = test_analyze("Le président discute des relations\nToujours lundi, il a appelé.\n\nNouveau paragraphe", "fr");
    CHECK_EQ_INT(hd_doc_nsentences(d), 3);
    /* a line wrapped before a lower-case word does not end the sentence */
    d = test_analyze("Arnor is about to restore full diplomatic ties with\ngondor almost five years later.", "en");
    CHECK_EQ_INT(hd_doc_nsentences(d), 1);
}

TEST(segment_seed_story) {
    const char *buf = test_seed_story();
    if (!buf) return;
    hd_doc *d = test_analyze(buf, NULL);
    CHECK_EQ_STR(hd_doc_lang(d), "fr");
    CHECK_EQ_INT(hd_doc_nsentences(d), 13);
    CHECK(strncmp(sent_text(d, 9), "Le président élu iranien et le Premier ministre japonais discutent", 60) == 0);
}

TEST(language_detection) {
    CHECK_EQ_STR(hd_detect_lang("Le président a rencontré les ministres de la région.", 52), "fr");
    const char *en = "The president met the ministers of the region on Monday.";
    CHECK_EQ_STR(hd_detect_lang(en, strlen(en)), "en");
    CHECK_EQ_STR(hd_detect_lang("", 0), "en");
}

TEST(long_sentence_is_split_at_the_limit) {
    static char big[20000];
    size_t w = 0;
    for (int i = 0; i < 1000; i++) w += (size_t)snprintf(big + w, sizeof big - w, "mot ");
    hd_doc *d = test_analyze(big, "fr");
    CHECK(hd_doc_nsentences(d) >= 3);
    for (size_t i = 0; i < hd_doc_nsentences(d); i++) CHECK(hd_doc_sentence(d, i)->ntok <= 400);
}

TEST(tokens_possessive_stem_keeps_its_case_flags) {
    hd_doc *d = test_analyze("NATO's chief met Iran's envoy.", "en");
    CHECK(hd_doc_token(d, 0)->flags & HD_TF_ALLCAPS);
    CHECK(hd_doc_token(d, 0)->flags & HD_TF_CAP);
    CHECK(!(hd_doc_token(d, 4)->flags & HD_TF_ALLCAPS));
}
