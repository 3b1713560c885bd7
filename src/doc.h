/*
** doc.h — the analysed story (private layout of hd_doc).
*/
#ifndef HD_DOC_H
#define HD_DOC_H
#include "internal.h"

struct hd_doc {
    const char *text;        /* borrowed story text */
    size_t len;
    char lang[4];
    HD_VEC(hd_token) toks;
    HD_VEC(hd_sentence) sents;
    HD_VEC(uint32_t) keyoff; /* key offsets while tokenizing (keys buffer may move) */
    hd_buf keys;             /* NUL-separated normalized keys */
    HD_VEC(hd_lex *) lex;    /* per token: its morphology cache entry (stable) */
    HD_VEC(uint64_t) hash;   /* per token: its morphology cache hash (hd_analyze) */
};

#endif
