/* util.h — helpers shared by the unit tests. */
#ifndef HD_TEST_UTIL_H
#define HD_TEST_UTIL_H
#include "harness.h"
#include "herodote.h"
#include <stdlib.h>

hd_pipeline *test_pipeline(void);
/* Analyse `text` as a story in `lang` ("fr", "en" or NULL to detect); the document is
** shared and reused by the next call. */
hd_doc *test_analyze(const char *text, const char *lang);
/* The text of token i / sentence i of the last analysed document, in a static buffer. */
const char *tok_text(hd_doc *d, size_t i);
const char *sent_text(hd_doc *d, size_t i);
/* A coder over herodote's own dictionaries (data/dict), shared by the tests. */
hd_coder *test_coder(void);
/* Code `text` as one story; the text is kept until the next call (test_text()). */
hd_coder *test_code(const char *text, const char *date, const char *lang);
const char *test_text(void);
/* The seed story ../shared/seed/article-fr.txt in a static buffer, or NULL (with a
** "skip" message) when ../shared is not there. */
const char *test_seed_story(void);
#endif
