/* fuzz_tabari.c — fuzz target: the tabari reader and the text pipeline on arbitrary bytes. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_read((const char *)data, size, HD_FMT_TABARI);
}
