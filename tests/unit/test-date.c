/* tests/unit/test-date.c — dates as Chinese reports write them (data/date.h):
 * every accepted form, its precision kept, days checked against the
 * calendar, comparison and the Chinese form they are drawn in. */
#include "data/date.h"

static void
expect(const char *text, int y, int m, int d)
{
    TjDate date;
    if (!tj_date_parse(text, &date))
        g_error("“%s” did not parse", text);
    if (date.year != y || date.month != m || date.day != d)
        g_error("“%s” gave %d-%d-%d, want %d-%d-%d", text, date.year, date.month, date.day, y,
                m, d);
}

static void
test_forms(void)
{
    expect("2021年1月10日", 2021, 1, 10);
    expect("2021年1月10号", 2021, 1, 10);
    expect("2021年1月", 2021, 1, 0);
    expect("2021年", 2021, 0, 0);
    expect("2021-01-10", 2021, 1, 10);
    expect("2021-1", 2021, 1, 0);
    expect("2021/1/10", 2021, 1, 10);
    expect("2021.1", 2021, 1, 0);
    expect("2021.10", 2021, 10, 0);
    expect("2021.2.28", 2021, 2, 28);
    expect("2020", 2020, 0, 0);
    expect("  2021年12月31日 ", 2021, 12, 31);
    expect("２０２１年１月１０日", 2021, 1, 10);  /* full-width digits */
    expect("2021．1", 2021, 1, 0);
    expect("\u30002035年", 2035, 0, 0);
    expect("2020-02-29", 2020, 2, 29);              /* a leap day */
}

static void
test_bad(void)
{
    static const char *const bad[] = {
        "", "2021年13月", "2021-02-30", "2021-02-29", "2021.13", "21.1", "2021-1/10",
        "2021年1月10", "2021年1月10日前后", "一月", "2021-001-01", "20210", "2021.",
        "2021年0月", "2021-00-10", "12/31/2021", "2021-1-1-1", "abc", NULL
    };
    for (const char *const *b = bad; *b; b++) {
        TjDate d = { 7, 7, 7 };
        if (tj_date_parse(*b, &d))
            g_error("“%s” parsed as %d-%d-%d", *b, d.year, d.month, d.day);
        g_assert_cmpint(d.year, ==, 0);
    }
    g_assert_false(tj_date_parse(NULL, NULL));
}

static void
test_compare_format(void)
{
    TjDate a, b, c, y;
    g_assert_true(tj_date_parse("2021年2月", &a));
    g_assert_true(tj_date_parse("2021-02-20", &b));
    g_assert_true(tj_date_parse("2021.2.28", &c));
    g_assert_true(tj_date_parse("2021", &y));
    g_assert_cmpint(tj_date_compare(&y, &a), <, 0);
    g_assert_cmpint(tj_date_compare(&a, &b), <, 0);  /* a month before its days */
    g_assert_cmpint(tj_date_compare(&b, &c), <, 0);
    g_assert_cmpint(tj_date_compare(&c, &b), >, 0);
    g_assert_cmpint(tj_date_compare(&c, &c), ==, 0);
    char *s = tj_date_format(&b);
    g_assert_cmpstr(s, ==, "2021年2月20日");
    g_free(s);
    s = tj_date_format(&a);
    g_assert_cmpstr(s, ==, "2021年2月");
    g_free(s);
    s = tj_date_format(&y);
    g_assert_cmpstr(s, ==, "2021年");
    g_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/date/forms", test_forms);
    g_test_add_func("/date/bad", test_bad);
    g_test_add_func("/date/compare-format", test_compare_format);
    return g_test_run();
}
