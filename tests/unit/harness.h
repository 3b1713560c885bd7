/*
** harness.h — a tiny unit-test harness: TEST(name) registers a test, CHECK* report
** file:line on failure and keep going, main() runs everything and exits 1 on failure.
*/
#ifndef HD_HARNESS_H
#define HD_HARNESS_H
#include <stdio.h>
#include <string.h>

typedef void (*hd_test_fn)(void);
void hd_test_register(const char *name, hd_test_fn fn);
extern int hd_test_failures;
extern int hd_test_checks;

#define TEST(name) \
    static void test_##name(void); \
    __attribute__((constructor)) static void reg_##name(void) { hd_test_register(#name, test_##name); } \
    static void test_##name(void)

#define CHECK(cond) do { hd_test_checks++; if (!(cond)) { hd_test_failures++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_EQ_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); hd_test_checks++; \
    if (a_ != b_) { hd_test_failures++; fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", \
    __FILE__, __LINE__, #a, a_, b_); } } while (0)
#define CHECK_EQ_STR(a, b) do { const char *a_ = (a), *b_ = (b); hd_test_checks++; \
    if (!a_ || !b_ || strcmp(a_, b_)) { hd_test_failures++; fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", \
    __FILE__, __LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)
#endif
