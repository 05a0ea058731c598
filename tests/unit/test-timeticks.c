/* tests/unit/test-timeticks.c — dates in cells (data/date), calendar ticks
 * (layouts/timeticks) over spans from seconds to centuries, and the
 * number ticks of a continuous x axis from 10^-3 to 10^13, both signs. */
#include "data/date.h"
#include "layouts/ticks.h"
#include "layouts/timeticks.h"

#include <math.h>
#include <string.h>

static double
day(int y, int m, int d)
{
    return (double)tj_date_days(y, m, d);
}

static void
test_parse(void)
{
    double v = 0;
    g_assert_cmpint(tj_date_parse_days("1970-01-01", &v), ==, TJ_DATE_DAY);
    g_assert_cmpfloat(v, ==, 0);
    g_assert_cmpint(tj_date_parse_days("2021", &v), ==, TJ_DATE_YEAR);
    g_assert_cmpfloat(v, ==, day(2021, 1, 1));
    g_assert_cmpint(tj_date_parse_days("2021年", &v), ==, TJ_DATE_YEAR);
    g_assert_cmpint(tj_date_parse_days("2021-03", &v), ==, TJ_DATE_MONTH);
    g_assert_cmpfloat(v, ==, day(2021, 3, 1));
    g_assert_cmpint(tj_date_parse_days("2021年3月", &v), ==, TJ_DATE_MONTH);
    g_assert_cmpint(tj_date_parse_days("2021.3", &v), ==, TJ_DATE_MONTH);
    g_assert_cmpint(tj_date_parse_days("2021/3/7", &v), ==, TJ_DATE_DAY);
    g_assert_cmpfloat(v, ==, day(2021, 3, 7));
    g_assert_cmpint(tj_date_parse_days("2021年3月7日", &v), ==, TJ_DATE_DAY);
    g_assert_cmpint(tj_date_parse_days("2021-03-07 12:00", &v), ==, TJ_DATE_TIME);
    g_assert_cmpfloat(v, ==, day(2021, 3, 7) + 0.5);
    g_assert_cmpint(tj_date_parse_days("2021-03-07T06:00:00", &v), ==, TJ_DATE_TIME);
    g_assert_cmpfloat(v, ==, day(2021, 3, 7) + 0.25);
    g_assert_cmpint(tj_date_parse_days("1900-02-28", &v), ==, TJ_DATE_DAY);
    g_assert_cmpfloat(v, <, 0);
    /* not dates */
    const char *bad[] = { "2021-13", "2021-02-29", "2020-02-30", "202", "20210",
                          "2021年目标", "2021-03-07 25:00", "2021-3/7", "2021.123", "abc",
                          "2021E", "" };
    for (gsize i = 0; i < G_N_ELEMENTS(bad); i++)
        g_assert_cmpint(tj_date_parse_days(bad[i], NULL), ==, TJ_DATE_NONE);
    g_assert_cmpint(tj_date_parse_days("2020-02-29", NULL), ==, TJ_DATE_DAY);
    /* forms only tj_date_parse reads: full-width digits, 号 */
    g_assert_cmpint(tj_date_parse_days("２０２１年３月", &v), ==, TJ_DATE_MONTH);
    g_assert_cmpfloat(v, ==, day(2021, 3, 1));
    g_assert_cmpint(tj_date_parse_days("2021年3月7号", &v), ==, TJ_DATE_DAY);
    g_assert_cmpfloat(v, ==, day(2021, 3, 7));
}

static void
test_civil_round_trip(void)
{
    for (gint64 d = -800000; d <= 800000; d += 997) {
        int y, m, dd;
        tj_date_civil(d, &y, &m, &dd);
        g_assert_cmpint(tj_date_days(y, m, dd), ==, d);
    }
}

/* All labels of ticks over [lo, hi] joined by "|". (transfer full) */
static char *
time_labels(double lo, double hi, int m, TjTimeUnit finest)
{
    TjTimeTicks t;
    g_assert_true(tj_time_ticks(lo, hi, m, finest, &t));
    GString *s = g_string_new(NULL);
    for (int i = 0; i < t.n; i++) {
        char *l = tj_time_ticks_label(&t, i);
        g_string_append_printf(s, "%s%s", i ? "|" : "", l);
        g_free(l);
        g_assert_cmpfloat(t.at[i], >=, lo - 1e-9);
        g_assert_cmpfloat(t.at[i], <=, hi + 1e-9);
        if (i > 0)
            g_assert_cmpfloat(t.at[i], >, t.at[i - 1]);
    }
    g_assert_cmpint(t.n, <=, MAX(m, 2));
    return g_string_free(s, FALSE);
}

static void
check_time(double lo, double hi, int m, TjTimeUnit finest, const char *want)
{
    char *got = time_labels(lo, hi, m, finest);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
}

static void
test_spans(void)
{
    double d0 = day(2021, 3, 7);
    double s = 1 / 86400.0;
    /* 10 seconds */
    check_time(d0 + 8 * 3600 * s, d0 + (8 * 3600 + 10) * s, 6, TJ_TIME_SECOND,
               "3月7日 08:00:00|08:00:02|08:00:04|08:00:06|08:00:08|08:00:10");
    /* 5 minutes */
    check_time(d0 + 8 / 24.0, d0 + 8 / 24.0 + 300 * s, 6, TJ_TIME_SECOND,
               "3月7日 08:00|08:01|08:02|08:03|08:04|08:05");
    /* a day and a half: every 6 hours, the new day named */
    check_time(d0, d0 + 1.5, 7, TJ_TIME_SECOND,
               "3月7日 00:00|06:00|12:00|18:00|3月8日 00:00|06:00|12:00");
    check_time(d0, d0 + 1.5, 6, TJ_TIME_SECOND, "3月7日 00:00|12:00|3月8日 00:00|12:00");
    /* three weeks: Mondays */
    check_time(d0, d0 + 21, 4, TJ_TIME_DAY, "2021年3月8日|3月15日|3月22日");
    /* five months, at most 6: monthly, the year once */
    check_time(day(2021, 1, 15), day(2021, 6, 15), 6, TJ_TIME_DAY,
               "2021年2月|3月|4月|5月|6月");
    /* two years: quarters, the year where it changes */
    check_time(day(2020, 1, 1), day(2021, 12, 31), 8, TJ_TIME_DAY,
               "2020年1月|4月|7月|10月|2021年1月|4月|7月|10月");
    /* 30 years: every 5 */
    check_time(day(1991, 1, 1), day(2021, 1, 1), 7, TJ_TIME_YEAR,
               "1995年|2000年|2005年|2010年|2015年|2020年");
    /* three centuries */
    check_time(day(1750, 6, 1), day(2050, 1, 1), 4, TJ_TIME_YEAR, "1800年|1900年|2000年");
    /* data written as years never gets month ticks */
    check_time(day(2019, 1, 1), day(2021, 1, 1), 12, TJ_TIME_YEAR, "2019年|2020年|2021年");
}

static void
test_time_bad(void)
{
    TjTimeTicks t;
    g_assert_false(tj_time_ticks(NAN, 1, 5, TJ_TIME_SECOND, &t));
    g_assert_false(tj_time_ticks(0, INFINITY, 5, TJ_TIME_SECOND, &t));
    /* a span of no time: at most one tick, never a loop */
    g_assert_true(tj_time_ticks(day(2021, 1, 1), day(2021, 1, 1), 5, TJ_TIME_SECOND, &t));
    g_assert_cmpint(t.n, <=, 1);
}

/* The number ticks of an x axis: inside the data, exact labels. */
static void
check_numbers(double lo, double hi)
{
    TjTicks tk;
    g_assert_true(tj_ticks_extended(lo, hi, 6, &tk));
    int inside = 0;
    for (int i = 0; i < tk.n; i++) {
        double v = tj_ticks_value(&tk, i);
        char *l = tj_ticks_label(&tk, i, TJ_MAG_NONE);
        g_assert_null(strstr(l, "e"));
        g_assert_null(strstr(l, "0000000001"));
        g_assert_cmpfloat(fabs(g_ascii_strtod(l, NULL) - v), <=, fabs(v) * 1e-12);
        if (v >= lo && v <= hi)
            inside++;
        g_free(l);
    }
    g_assert_cmpint(inside, >=, 2);
}

static void
test_number_spans(void)
{
    for (int e = -3; e <= 13; e++) {
        double a = pow(10, e);
        check_numbers(0, a);
        check_numbers(-a, 0);
        check_numbers(-a, a);
        check_numbers(a, 7 * a);
        check_numbers(-7 * a, -a);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/date/parse", test_parse);
    g_test_add_func("/date/civil", test_civil_round_trip);
    g_test_add_func("/timeticks/spans", test_spans);
    g_test_add_func("/timeticks/bad", test_time_bad);
    g_test_add_func("/xticks/numbers", test_number_spans);
    return g_test_run();
}
