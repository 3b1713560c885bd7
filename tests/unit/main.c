/* main.c — runs every registered unit test. */
#include "harness.h"
#include <stdlib.h>

#define MAX_TESTS 512
static struct { const char *name; hd_test_fn fn; } tests[MAX_TESTS];
static int ntests;
int hd_test_failures, hd_test_checks;

void hd_test_register(const char *name, hd_test_fn fn) {
    if (ntests < MAX_TESTS) { tests[ntests].name = name; tests[ntests].fn = fn; ntests++; }
}

int main(int argc, char **argv) {
    int failed_tests = 0;
    for (int i = 0; i < ntests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1])) continue;
        int before = hd_test_failures;
        tests[i].fn();
        if (hd_test_failures != before) { failed_tests++; fprintf(stderr, "FAIL %s\n", tests[i].name); }
    }
    printf("unit tests: %d tests, %d checks, %d failed checks\n", ntests, hd_test_checks, hd_test_failures);
    return hd_test_failures ? 1 : 0;
}
