/* tests/unit/test-ticks.c — layouts/ticks: the extended Wilkinson search.
 * Known outputs were cross-checked against a transcription of the R
 * package labeling's extended() restricted to starts that are multiples of
 * the step (see layouts/ticks.c). */
#include "layouts/ticks.h"
#include "layouts/combo.h"

#include <math.h>
#include <string.h>

/* All labels of @t joined by spaces. (transfer full) */
static char *
labels(const TjTicks *t, TjMagnitude mag)
{
    GString *s = g_string_new(NULL);
    for (int i = 0; i < t->n; i++) {
        char *l = tj_ticks_label(t, i, mag);
        if (i > 0)
            g_string_append_c(s, ' ');
        g_string_append(s, l);
        g_free(l);
    }
    return g_string_free(s, FALSE);
}

static void
check_ticks(double dmin, double dmax, int m, const char *want)
{
    TjTicks t;
    g_assert_true(tj_ticks_extended(dmin, dmax, m, &t));
    char *got = labels(&t, TJ_MAG_NONE);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
}

static gboolean
step_mant_ok(gint64 mant)
{
    /* j·q with q in {1, 5, 2, 2.5 (25), 4, 3}, j ≥ 1, no factor 10 */
    if (mant <= 0 || mant % 10 == 0)
        return FALSE;
    static const int q[] = { 1, 5, 2, 25, 4, 3 };
    for (guint i = 0; i < G_N_ELEMENTS(q); i++)
        for (gint64 p = q[i]; p <= mant * 10; p *= 10)
            for (int j = 1; j <= 10; j++)
                if ((gint64)j * p == mant || (gint64)j * p == mant * 10)
                    return TRUE;
    return FALSE;
}

/* Digits of @label without sign, point, leading and trailing zeros. */
static int
significant_digits(const char *label)
{
    GString *d = g_string_new(NULL);
    for (const char *p = label; *p; p++)
        if (g_ascii_isdigit(*p) && (d->len > 0 || *p != '0'))
            g_string_append_c(d, *p);
    while (d->len > 0 && d->str[d->len - 1] == '0')
        g_string_truncate(d, d->len - 1);
    int n = (int)d->len;
    g_string_free(d, TRUE);
    return n;
}

/* Properties every result must have for data [dmin, dmax]. */
static void
check_properties(double dmin, double dmax, int m, const TjTicks *t)
{
    double range = dmax - dmin;
    double tol = 1e-9 * range + 1e-14 * fmax(fabs(dmin), fabs(dmax));
    g_assert_cmpint(t->n, >=, 2);
    g_assert_cmpint(t->n, <=, CLAMP(m, 2, 30) + 8);  /* about m */
    g_assert_cmpfloat(t->lo, <=, dmin + tol);   /* loose: covers the data */
    g_assert_cmpfloat(t->hi, >=, dmax - tol);
    g_assert_true(step_mant_ok(t->step_mant));
    g_assert_cmpfloat(t->lo, ==, tj_ticks_value(t, 0));
    g_assert_cmpfloat(t->hi, ==, tj_ticks_value(t, t->n - 1));
    for (int i = 0; i < t->n; i++) {
        char *l = tj_ticks_label(t, i, TJ_MAG_NONE);
        /* exact: the label reads back as the tick value, and is short */
        g_assert_cmpfloat(g_ascii_strtod(l, NULL), ==, tj_ticks_value(t, i));
        g_assert_cmpint(significant_digits(l), <=, 15);  /* no binary noise */
        g_assert_false(g_str_has_prefix(l, "-0") && g_ascii_strtod(l, NULL) == 0);
        g_free(l);
        if (i > 0)
            g_assert_cmpfloat(tj_ticks_value(t, i), >, tj_ticks_value(t, i - 1));
    }
}

static void
test_report_ranges(void)
{
    /* 地区生产总值 2954.7亿元 */
    check_ticks(0, 2954.7, 5, "0 1000 2000 3000");
    /* 区级一般公共预算收入 181.4亿元 */
    check_ticks(0, 181.4, 5, "0 50 100 150 200");
    /* 家庭厨余垃圾分出率 21.8%; 绿地服务半径覆盖率 93% */
    check_ticks(0, 21.8, 5, "0 5 10 15 20 25");
    check_ticks(0, 93, 5, "0 25 50 75 100");
    check_ticks(0, 100, 5, "0 25 50 75 100");
    /* 交通指数 5.03 vs 登记失业率 2.16 */
    check_ticks(2.16, 5.03, 5, "2.0 2.5 3.0 3.5 4.0 4.5 5.0 5.5");
    /* years */
    check_ticks(2016, 2021, 6, "2016 2017 2018 2019 2020 2021");
}

static void
test_magnitude_labels(void)
{
    TjTicks t;
    g_assert_true(tj_ticks_extended(0, 295470000000.0, 5, &t));
    char *got = labels(&t, TJ_MAG_YI);
    g_assert_cmpstr(got, ==, "0 1000 2000 3000");
    g_free(got);
    got = labels(&t, TJ_MAG_WANYI);
    g_assert_cmpstr(got, ==, "0.0 0.1 0.2 0.3");  /* one precision per axis */
    g_free(got);
}

static void
test_negative(void)
{
    /* 同比: +0.2% and -4.4% on one axis */
    check_ticks(-4.4, 0.2, 5, "-5 -4 -3 -2 -1 0 1");
    check_ticks(-18.2, -4.4, 5, "-20 -16 -12 -8 -4");
    check_ticks(-200, -1, 5, "-200 -150 -100 -50 0");
    TjTicks t;
    g_assert_true(tj_ticks_extended(-4.4, 0.2, 5, &t));
    check_properties(-4.4, 0.2, 5, &t);
    /* reversed arguments are accepted */
    TjTicks u;
    g_assert_true(tj_ticks_extended(0.2, -4.4, 5, &u));
    g_assert_cmpint(u.n, ==, t.n);
    g_assert_cmpfloat(u.lo, ==, t.lo);
}

static void
test_exact_decimals(void)
{
    check_ticks(0.1, 0.3, 5, "0.10 0.15 0.20 0.25 0.30");
    check_ticks(0.1, 0.1 + 0.2, 5, "0.10 0.15 0.20 0.25 0.30");
    TjTicks t;
    g_assert_true(tj_ticks_extended(0.1, 0.3, 5, &t));
    check_properties(0.1, 0.3, 5, &t);
    g_assert_true(tj_ticks_extended(1e-9, 3e-9, 5, &t));
    check_properties(1e-9, 3e-9, 5, &t);
    char *got = labels(&t, TJ_MAG_NONE);
    g_assert_cmpstr(got, ==, "0.0000000010 0.0000000015 0.0000000020 "
                             "0.0000000025 0.0000000030");
    g_free(got);
}

static void
test_degenerate(void)
{
    TjTicks t;
    check_ticks(0, 0, 5, "0.00 0.25 0.50 0.75 1.00");
    g_assert_true(tj_ticks_extended(5.03, 5.03, 5, &t));
    check_properties(5.03, 5.03, 5, &t);
    g_assert_cmpfloat(t.lo, ==, 0);
    g_assert_true(tj_ticks_extended(-3, -3, 5, &t));
    check_properties(-3, -3, 5, &t);
    g_assert_cmpfloat(t.hi, ==, 0);
    g_assert_true(tj_ticks_extended(155762, 155762, 5, &t));
    check_properties(155762, 155762, 5, &t);
    /* too thin to label exactly: widened to include zero */
    g_assert_true(tj_ticks_extended(1e15, 1e15 + 1, 5, &t));
    check_properties(1e15, 1e15 + 1, 5, &t);
    /* m out of range is clamped */
    g_assert_true(tj_ticks_extended(0, 10, 0, &t));
    check_properties(0, 10, 0, &t);
    g_assert_true(tj_ticks_extended(0, 10, 1000, &t));
    check_properties(0, 10, 1000, &t);
}

static void
test_nonfinite(void)
{
    TjTicks t;
    g_assert_false(tj_ticks_extended(NAN, 1, 5, &t));
    g_assert_false(tj_ticks_extended(0, NAN, 5, &t));
    g_assert_false(tj_ticks_extended(0, INFINITY, 5, &t));
    g_assert_false(tj_ticks_extended(-INFINITY, 0, 5, &t));
}

static void
test_extreme(void)
{
    TjTicks t;
    g_assert_true(tj_ticks_extended(0, 1e15, 5, &t));
    check_properties(0, 1e15, 5, &t);
    g_assert_true(tj_ticks_extended(-1e308, 1e308, 5, &t));
    check_properties(-1e308, 1e308, 5, &t);
    g_assert_true(tj_ticks_extended(1e-300, 3e-300, 5, &t));
    check_properties(1e-300, 3e-300, 5, &t);
    g_assert_true(tj_ticks_extended(4.9e-324, 1e-323, 5, &t));
    /* an axis end beyond DBL_MAX cannot be a double */
    g_assert_false(tj_ticks_extended(0, 1.7e308, 5, &t));
}

/* 10,000 random ranges: every result covers, is exact, and ends quickly. */
static void
test_random_property(void)
{
    GRand *r = g_rand_new_with_seed(155762);
    gint64 t0 = g_get_monotonic_time();
    for (int i = 0; i < 10000; i++) {
        int e = g_rand_int_range(r, -12, 16);
        double a = g_rand_double_range(r, -1, 1) * pow(10, e);
        double w = g_rand_double(r) * pow(10, e + g_rand_int_range(r, -4, 2));
        if (g_rand_int_range(r, 0, 10) == 0)
            w = 0;
        if (g_rand_int_range(r, 0, 10) == 0)
            a = round(a);
        int m = g_rand_int_range(r, 2, 12);
        TjTicks t;
        g_assert_true(tj_ticks_extended(a, a + w, m, &t));
        if (w > 1e-10 * fmax(fabs(a), fabs(a + w)))
            check_properties(a, a + w, m, &t);
        else
            g_assert_cmpint(t.n, >=, 2);
    }
    double secs = (g_get_monotonic_time() - t0) / 1e6;
    g_test_message("10000 ranges in %.3f s", secs);
    g_assert_cmpfloat(secs, <, 30.0);  /* generous: ASan builds are slow */
    g_rand_free(r);
}

/* Tick labels too close for their height: the first stays, each next one
 * only when it stands clear of the last kept (either direction). */
static void
test_spaced(void)
{
    const double down[] = { 300, 280, 262, 240, 238, 200 };   /* y grows downwards */
    gboolean keep[G_N_ELEMENTS(down)];
    g_assert_cmpint(tj_ticks_spaced(down, G_N_ELEMENTS(down), 25, keep), ==, 3);
    const gboolean want[] = { TRUE, FALSE, TRUE, FALSE, FALSE, TRUE };
    for (gsize i = 0; i < G_N_ELEMENTS(down); i++)
        g_assert_cmpint(keep[i], ==, want[i]);
    const double up[] = { 10, 35, 59.9, 60, 200 };   /* exactly @extent apart is clear */
    gboolean k2[G_N_ELEMENTS(up)];
    g_assert_cmpint(tj_ticks_spaced(up, G_N_ELEMENTS(up), 25, k2), ==, 4);
    g_assert_true(k2[0] && k2[1] && !k2[2] && k2[3] && k2[4]);
    g_assert_cmpint(tj_ticks_spaced(up, 0, 25, k2), ==, 0);
}

/* A combo chart's two axes: zero at the same tick, each axis covering its
 * data (layouts/combo-ticks.c). */
static void
assert_aligned(double lo1, double hi1, double lo2, double hi2, int max)
{
    TjTicks a, b;
    g_assert_true(tj_combo_ticks(lo1, hi1, lo2, hi2, max, &a, &b));
    g_assert_cmpint(a.n, ==, b.n);
    g_assert_cmpint(a.first, ==, b.first);          /* zero at the same index */
    g_assert_cmpint(a.n - 1, <=, max);
    g_assert_cmpfloat(a.lo, <=, MIN(lo1, 0));
    g_assert_cmpfloat(a.hi, >=, hi1);
    g_assert_cmpfloat(b.lo, <=, MIN(lo2, 0));
    g_assert_cmpfloat(b.hi, >=, hi2);
    g_assert_cmpfloat(tj_ticks_value(&a, (int)-a.first), ==, 0);
    g_assert_cmpfloat(tj_ticks_value(&b, (int)-b.first), ==, 0);
}

static void
test_combo_ticks(void)
{
    assert_aligned(0, 553977, 0, 3.0, 7);           /* 三次产业: values and growth */
    assert_aligned(0, 2954.7, -8, 0.2, 7);          /* 东城区: growth below zero */
    assert_aligned(-0.5, 2.2, -6.8, 6.5, 5);
    assert_aligned(0, 0, 0, 1, 4);                  /* all zero */
    GRand *r = g_rand_new_with_seed(16);
    for (int k = 0; k < 500; k++) {
        double s1 = pow(10, g_rand_double_range(r, -3, 8)), s2 = pow(10, g_rand_double_range(r, -3, 3));
        double lo1 = g_rand_boolean(r) ? -g_rand_double(r) * s1 : 0, lo2 = -g_rand_double(r) * s2;
        assert_aligned(lo1, g_rand_double(r) * s1, lo2, g_rand_double(r) * s2,
                       g_rand_int_range(r, 3, 10));
    }
    g_rand_free(r);
    /* the worse-filled axis still uses a good part of its height */
    TjTicks a, b;
    tj_combo_ticks(0, 2954.7, -8, 0.2, 8, &a, &b);
    g_assert_cmpfloat(2954.7 / (a.hi - a.lo), >, 0.3);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/ticks/report-ranges", test_report_ranges);
    g_test_add_func("/ticks/magnitude-labels", test_magnitude_labels);
    g_test_add_func("/ticks/negative", test_negative);
    g_test_add_func("/ticks/exact-decimals", test_exact_decimals);
    g_test_add_func("/ticks/degenerate", test_degenerate);
    g_test_add_func("/ticks/nonfinite", test_nonfinite);
    g_test_add_func("/ticks/extreme", test_extreme);
    g_test_add_func("/ticks/random-property", test_random_property);
    g_test_add_func("/ticks/spaced", test_spaced);
    g_test_add_func("/ticks/combo-aligned", test_combo_ticks);
    return g_test_run();
}
