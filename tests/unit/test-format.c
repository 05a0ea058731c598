/* tests/unit/test-format.c — core/format: exact decimals, 万/亿, changes.
 * Figures come from the 2021 Dongcheng work report (seed/report-2021.txt). */
#include "core/format.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#define CHECK_STR(expr, want)                      \
    do {                                           \
        char *got_ = (expr);                       \
        g_assert_cmpstr(got_, ==, (want));         \
        g_free(got_);                              \
    } while (0)

static void
test_decimal_basic(void)
{
    CHECK_STR(tj_format_decimal(2954.7, -1), "2954.7");
    CHECK_STR(tj_format_decimal(2954.7, 1), "2954.7");
    CHECK_STR(tj_format_decimal(2954.7, 2), "2954.70");
    CHECK_STR(tj_format_decimal(2954.7, 0), "2955");
    CHECK_STR(tj_format_decimal(181.4, -1), "181.4");
    CHECK_STR(tj_format_decimal(1213.5, -1), "1213.5");
    CHECK_STR(tj_format_decimal(2.16, -1), "2.16");
    CHECK_STR(tj_format_decimal(5.03, -1), "5.03");
    CHECK_STR(tj_format_decimal(155762, -1), "155762");
    CHECK_STR(tj_format_decimal(91.97, 1), "92.0");
    CHECK_STR(tj_format_decimal(-4.4, -1), "-4.4");
    CHECK_STR(tj_format_decimal(0, -1), "0");
    CHECK_STR(tj_format_decimal(0, 2), "0.00");
}

static void
test_decimal_exact(void)
{
    CHECK_STR(tj_format_decimal(0.1 + 0.2, -1), "0.3");
    CHECK_STR(tj_format_decimal(0.1 + 0.2, 2), "0.30");
    CHECK_STR(tj_format_decimal(1.1 * 1.1, -1), "1.21");
    CHECK_STR(tj_format_decimal(1e-7, -1), "0");        /* ≤ 6 decimals */
    CHECK_STR(tj_format_decimal(0.000001, -1), "0.000001");
    CHECK_STR(tj_format_decimal(123456789012.0, -1), "123456789012");
    CHECK_STR(tj_format_decimal(1e21, -1), "1000000000000000000000");
    CHECK_STR(tj_format_decimal(0.5, 0), "1");
    CHECK_STR(tj_format_decimal(9.995, 2), "10.00");
    CHECK_STR(tj_format_decimal(99.96, 1), "100.0");
}

static void
test_decimal_rounding_rule(void)
{
    /* Half away from zero on the decimal as written (see format.c). */
    CHECK_STR(tj_format_decimal(1.005, 2), "1.01");
    CHECK_STR(tj_format_decimal(2.675, 2), "2.68");
    CHECK_STR(tj_format_decimal(-1.005, 2), "-1.01");
    CHECK_STR(tj_format_decimal(2.5, 0), "3");
    CHECK_STR(tj_format_decimal(-2.5, 0), "-3");
    CHECK_STR(tj_format_decimal(0.125, 2), "0.13");
    CHECK_STR(tj_format_decimal(1.0049, 2), "1.00");
}

static void
test_decimal_special(void)
{
    CHECK_STR(tj_format_decimal(-0.0, -1), "0");
    CHECK_STR(tj_format_decimal(-0.0, 1), "0.0");
    CHECK_STR(tj_format_decimal(-0.004, 2), "0.00");   /* no "-0.00" */
    CHECK_STR(tj_format_decimal(-1e-9, -1), "0");
    CHECK_STR(tj_format_decimal(NAN, 1), "—");
    CHECK_STR(tj_format_decimal(INFINITY, 1), "∞");
    CHECK_STR(tj_format_decimal(-INFINITY, 1), "-∞");
    char *big = tj_format_decimal(1e308, -1);
    g_assert_cmpuint(strlen(big), ==, 309);
    g_assert_true(g_str_has_prefix(big, "1000"));
    g_free(big);
    char *tiny = tj_format_decimal(5e-324, 2);
    g_assert_cmpstr(tiny, ==, "0.00");
    g_free(tiny);
    char *many = tj_format_decimal(1.5, 1000);         /* clamped to 64 */
    g_assert_cmpuint(strlen(many), ==, 2 + 64);
    g_free(many);
}

static void
test_magnitude_pick(void)
{
    g_assert_cmpint(tj_format_pick_magnitude(0), ==, TJ_MAG_NONE);
    g_assert_cmpint(tj_format_pick_magnitude(9999), ==, TJ_MAG_NONE);
    g_assert_cmpint(tj_format_pick_magnitude(9999.99), ==, TJ_MAG_NONE);
    g_assert_cmpint(tj_format_pick_magnitude(10000), ==, TJ_MAG_WAN);   /* 1万 and up */
    g_assert_cmpint(tj_format_pick_magnitude(99999), ==, TJ_MAG_WAN);
    g_assert_cmpint(tj_format_pick_magnitude(155762), ==, TJ_MAG_WAN);
    g_assert_cmpint(tj_format_pick_magnitude(29547000), ==, TJ_MAG_WAN);
    g_assert_cmpint(tj_format_pick_magnitude(1e8), ==, TJ_MAG_YI);
    g_assert_cmpint(tj_format_pick_magnitude(295470000000.0), ==, TJ_MAG_YI);
    g_assert_cmpint(tj_format_pick_magnitude(1e12), ==, TJ_MAG_WANYI);
    g_assert_cmpint(tj_format_pick_magnitude(-3e9), ==, TJ_MAG_YI);
    g_assert_cmpint(tj_format_pick_magnitude(NAN), ==, TJ_MAG_NONE);
    g_assert_cmpstr(tj_format_magnitude_name(TJ_MAG_NONE), ==, "");
    g_assert_cmpstr(tj_format_magnitude_name(TJ_MAG_WAN), ==, "万");
    g_assert_cmpstr(tj_format_magnitude_name(TJ_MAG_YI), ==, "亿");
    g_assert_cmpstr(tj_format_magnitude_name(TJ_MAG_WANYI), ==, "万亿");
}

/* "1" followed by @zeros zeros and @tail. */
static char *
ones_then_zeros(int zeros, const char *tail)
{
    GString *s = g_string_new("1");
    for (int i = 0; i < zeros; i++)
        g_string_append_c(s, '0');
    g_string_append(s, tail);
    return g_string_free(s, FALSE);
}

static void
test_number_magnitude(void)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    g_assert_cmpint(f.decimals, ==, -1);
    g_assert_cmpint(f.magnitude, ==, TJ_MAG_NONE);
    f.magnitude = TJ_MAG_AUTO;
    CHECK_STR(tj_format_number(29547000, &f), "2954.7万");
    CHECK_STR(tj_format_number(295470000000.0, &f), "2954.7亿");
    CHECK_STR(tj_format_number(9197000000.0, &f), "91.97亿");
    CHECK_STR(tj_format_number(155762, &f), "15.5762万");
    CHECK_STR(tj_format_number(1213.5, &f), "1213.5");
    f.unit = "元";
    CHECK_STR(tj_format_number(295470000000.0, &f), "2954.7亿元");
    CHECK_STR(tj_format_number(18140000000.0, &f), "181.4亿元");
    f.magnitude = TJ_MAG_YI;
    f.decimals = 1;
    CHECK_STR(tj_format_number(295470000000.0, &f), "2954.7亿元");
    char *want = ones_then_zeros(300, ".0亿元");        /* no overflow */
    CHECK_STR(tj_format_number(1e308, &f), want);
    g_free(want);
    f.unit = NULL;
    f.magnitude = TJ_MAG_WAN;
    f.decimals = 1;
    CHECK_STR(tj_format_number(155762, &f), "15.6万");
    f.magnitude = TJ_MAG_WANYI;
    f.decimals = -1;
    want = ones_then_zeros(296, "万亿");
    CHECK_STR(tj_format_number(1e308, &f), want);
    g_free(want);
}

static void
test_number_options(void)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    CHECK_STR(tj_format_number(155762, &f), "155762");   /* GB/T 15835: no ',' */
    f.thousands = TRUE;
    CHECK_STR(tj_format_number(155762, &f), "155,762");
    CHECK_STR(tj_format_number(1213.5, &f), "1213.5");   /* 4 digits: unbroken */
    CHECK_STR(tj_format_number(2954.7, &f), "2954.7");
    CHECK_STR(tj_format_number(9999, &f), "9999");
    CHECK_STR(tj_format_number(-9999.5, &f), "-9999.5");
    CHECK_STR(tj_format_number(10000, &f), "10,000");
    CHECK_STR(tj_format_number(12345.678, &f), "12,345.678");
    CHECK_STR(tj_format_number(-1234567.125, &f), "-1,234,567.125");
    CHECK_STR(tj_format_number(999, &f), "999");
    CHECK_STR(tj_format_number(0.5, &f), "0.5");
    f.thousands = FALSE;
    f.percent = TRUE;
    CHECK_STR(tj_format_number(21.8, &f), "21.8%");
    CHECK_STR(tj_format_number(93, &f), "93%");
    CHECK_STR(tj_format_number(2.16, &f), "2.16%");
    f.plus = TRUE;
    CHECK_STR(tj_format_number(0.2, &f), "+0.2%");
    CHECK_STR(tj_format_number(-4.4, &f), "-4.4%");
    CHECK_STR(tj_format_number(0, &f), "0%");            /* no "+0" */
    f.decimals = 1;
    CHECK_STR(tj_format_number(-0.04, &f), "0.0%");      /* no "-0.0" */
    f.percent = FALSE;
    f.plus = FALSE;
    f.decimals = -1;
    f.unit = "微克/立方米";
    CHECK_STR(tj_format_number(40, &f), "40微克/立方米");
    f.unit = "人";
    CHECK_STR(tj_format_number(155762, &f), "155762人");
    CHECK_STR(tj_format_number(NAN, &f), "—");
    CHECK_STR(tj_format_number(5.03, NULL), "5.03");
}

static void
test_infer_decimals(void)
{
    const double a[] = { 2954.7, 181.4, 1213.5, 223.7 };
    g_assert_cmpint(tj_format_infer_decimals(a, G_N_ELEMENTS(a), TJ_MAG_NONE, 6), ==, 1);
    const double b[] = { 2.16, 5.03, 21.8, 93 };
    g_assert_cmpint(tj_format_infer_decimals(b, G_N_ELEMENTS(b), TJ_MAG_NONE, 6), ==, 2);
    g_assert_cmpint(tj_format_infer_decimals(b, G_N_ELEMENTS(b), TJ_MAG_NONE, 1), ==, 1);
    const double c[] = { 295470000000.0, 18140000000.0, 9197000000.0 };
    g_assert_cmpint(tj_format_infer_decimals(c, G_N_ELEMENTS(c), TJ_MAG_YI, 6), ==, 2);
    g_assert_cmpint(tj_format_infer_decimals(c, G_N_ELEMENTS(c), TJ_MAG_NONE, 6), ==, 0);
    const double d[] = { 0.1 + 0.2, NAN, INFINITY, 155762 };
    g_assert_cmpint(tj_format_infer_decimals(d, G_N_ELEMENTS(d), TJ_MAG_NONE, 6), ==, 1);
    g_assert_cmpint(tj_format_infer_decimals(d, 0, TJ_MAG_NONE, 6), ==, 0);
    const double e[] = { 155762 };
    g_assert_cmpint(tj_format_infer_decimals(e, 1, TJ_MAG_WAN, 6), ==, 4);
}

static void
test_exact(void)
{
    CHECK_STR(tj_format_exact(25, -1, TJ_MAG_NONE), "2.5");
    CHECK_STR(tj_format_exact(3, 4, TJ_MAG_NONE), "30000");
    CHECK_STR(tj_format_exact(3, 4, TJ_MAG_WAN), "3");
    CHECK_STR(tj_format_exact(29547, 7, TJ_MAG_YI), "2954.7");
    CHECK_STR(tj_format_exact(0, 3, TJ_MAG_NONE), "0");
    CHECK_STR(tj_format_exact(0, -1, TJ_MAG_NONE), "0.0");  /* keeps the axis' precision */
    CHECK_STR(tj_format_exact(30, -1, TJ_MAG_NONE), "3.0");
    CHECK_STR(tj_format_exact(-44, -1, TJ_MAG_NONE), "-4.4");
    CHECK_STR(tj_format_exact(5, -3, TJ_MAG_NONE), "0.005");
    CHECK_STR(tj_format_exact(-5, -3, TJ_MAG_NONE), "-0.005");
    CHECK_STR(tj_format_exact(G_MININT64, 0, TJ_MAG_NONE), "-9223372036854775808");
    CHECK_STR(tj_format_exact(G_MAXINT64, -19, TJ_MAG_NONE), "0.9223372036854775807");
}

static void
test_change(void)
{
    /* 地区生产总值 同比增长0.2%, 区级一般公共预算收入 同比下降4.4% */
    CHECK_STR(tj_format_change(0.2, -1, FALSE, TJ_CHANGE_SIGN), "+0.2%");
    CHECK_STR(tj_format_change(-4.4, -1, FALSE, TJ_CHANGE_SIGN), "-4.4%");
    CHECK_STR(tj_format_change(0.2, -1, FALSE, TJ_CHANGE_ARROW), "↑0.2%");
    CHECK_STR(tj_format_change(-4.4, -1, FALSE, TJ_CHANGE_ARROW), "↓4.4%");
    CHECK_STR(tj_format_change(0.2, -1, FALSE, TJ_CHANGE_WORDS), "增长0.2%");
    CHECK_STR(tj_format_change(-4.4, -1, FALSE, TJ_CHANGE_WORDS), "下降4.4%");
    /* 细颗粒物 下降9.1%; 交通指数 同比降低18.2%; 社零 同比下降8% */
    CHECK_STR(tj_format_change(-9.1, 1, FALSE, TJ_CHANGE_WORDS), "下降9.1%");
    CHECK_STR(tj_format_change(-18.2, -1, FALSE, TJ_CHANGE_ARROW), "↓18.2%");
    CHECK_STR(tj_format_change(-8, -1, FALSE, TJ_CHANGE_WORDS), "下降8%");
    CHECK_STR(tj_format_change(2.3, 1, FALSE, TJ_CHANGE_SIGN), "+2.3%");
    /* zero and values that round to zero */
    CHECK_STR(tj_format_change(0, -1, FALSE, TJ_CHANGE_WORDS), "持平");
    CHECK_STR(tj_format_change(-0.01, 1, FALSE, TJ_CHANGE_WORDS), "持平");
    CHECK_STR(tj_format_change(-0.0, 1, FALSE, TJ_CHANGE_SIGN), "0.0%");
    CHECK_STR(tj_format_change(0.04, 1, FALSE, TJ_CHANGE_ARROW), "0.0%");
    CHECK_STR(tj_format_change(0, -1, TRUE, TJ_CHANGE_SIGN), "0个百分点");
    CHECK_STR(tj_format_change(NAN, 1, FALSE, TJ_CHANGE_SIGN), "—");
    /* exactness */
    CHECK_STR(tj_format_change(0.1 + 0.2, -1, FALSE, TJ_CHANGE_SIGN), "+0.3%");
}

static void
test_change_points(void)
{
    CHECK_STR(tj_format_change(0.5, -1, TRUE, TJ_CHANGE_SIGN), "+0.5个百分点");
    CHECK_STR(tj_format_change(-0.5, -1, TRUE, TJ_CHANGE_SIGN), "-0.5个百分点");
    CHECK_STR(tj_format_change(0.5, 1, TRUE, TJ_CHANGE_WORDS), "提高0.5个百分点");
    CHECK_STR(tj_format_change(-0.5, 1, TRUE, TJ_CHANGE_WORDS), "下降0.5个百分点");
    CHECK_STR(tj_format_change(0.5, 1, TRUE, TJ_CHANGE_ARROW), "↑0.5个百分点");
    CHECK_STR(tj_format_change(0, 1, TRUE, TJ_CHANGE_WORDS), "持平");
}

/* A locale with ',' as decimal point must not change anything. */
static void
test_locale_independent(void)
{
    const char *locs[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8" };
    char *old = g_strdup(setlocale(LC_ALL, NULL));
    gboolean any = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(locs); i++) {
        if (!setlocale(LC_ALL, locs[i]))
            continue;
        any = TRUE;
        CHECK_STR(tj_format_decimal(2954.7, -1), "2954.7");
        CHECK_STR(tj_format_change(-4.4, 1, FALSE, TJ_CHANGE_SIGN), "-4.4%");
    }
    setlocale(LC_ALL, old);
    g_free(old);
    if (!any)
        g_test_skip("no comma-decimal locale installed");
}

/* Every double that prints with ≤ 6 decimals reads back as itself. */
static void
test_roundtrip_property(void)
{
    GRand *r = g_rand_new_with_seed(20210220);
    for (int i = 0; i < 20000; i++) {
        gint64 n = g_rand_int_range(r, -2000000, 2000000);
        int dec = g_rand_int_range(r, 0, 7);
        double v = (double)n / pow(10, dec);
        char *s = tj_format_decimal(v, -1);
        g_assert_cmpfloat(g_ascii_strtod(s, NULL), ==, v);
        g_assert_null(strstr(s, "0000000"));
        g_assert_false(g_str_has_prefix(s, "-0") && g_ascii_strtod(s, NULL) == 0);
        g_free(s);
        double x = g_rand_double_range(r, -1e6, 1e6);
        char *t = tj_format_decimal(x, 2);
        g_assert_cmpfloat(fabs(g_ascii_strtod(t, NULL) - x), <=, 0.005 + 1e-9);
        g_free(t);
    }
    g_rand_free(r);
}

/* Issue 15 item 1: a value shown in the magnitude a reader expects, at the
 * decimals of tj_format_tile_decimals — inputs → the string a tile shows.
 * exact: the decimals the source has in that magnitude. */
typedef struct {
    double v;
    int exact;        /* decimals the source wrote, in units (before 万/亿) */
    const char *want;
} TileCase;

static const TileCase tile_cases[] = {
    { 0.001, 3, "0.001" },            { -0.001, 3, "-0.001" },
    { 0.0123, 4, "0.0123" },          { 0.5, 1, "0.5" },
    { 5.03, 2, "5.03" },              { -4.4, 1, "-4.4" },
    { 21.8, 1, "21.8" },              { 40, 0, "40" },
    { 2954.7, 1, "2954.7" },          { 9999, 0, "9999" },
    { 9876.54, 2, "9876.5" },         { 10000, 0, "1万" },
    { 12345, 0, "1.23万" },           { -12345, 0, "-1.23万" },
    { 155762, 0, "15.6万" },          { 185500, 0, "18.6万" },
    { 1000000, 0, "100万" },          { 29547000, 0, "2954.7万" },
    { 99995000, 0, "9999.5万" },      { 123456800, 0, "1.23亿" },
    { -123456800, 0, "-1.23亿" },     { 7191830000.0, 0, "71.9亿" },
    { 295470000000.0, 0, "2954.7亿" }, { 1015986000000000.0 / 100, 0, "10.2万亿" },
    { 101598600000000.0, 0, "101.6万亿" }, { 391981000000000.0 / 10, 0, "39.2万亿" },
    { 1e13, 0, "10万亿" },            { -1e13, 0, "-10万亿" },
};

static void
test_tile_table(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(tile_cases); i++) {
        const TileCase *c = &tile_cases[i];
        TjMagnitude mag = tj_format_pick_magnitude(c->v);
        int exact = tj_format_infer_decimals(&c->v, 1, mag, 6);
        TjNumFormat f;
        tj_num_format_init(&f);
        f.magnitude = mag;
        f.decimals = tj_format_tile_decimals(c->v / pow(10, (int)mag), exact);
        char *got = tj_format_number(c->v, &f);
        if (strcmp(got, c->want) != 0)
            g_error("%.17g: got “%s”, want “%s”", c->v, got, c->want);
        g_free(got);
    }
    g_assert_cmpint(tj_format_sig_decimals(71.9183, 3), ==, 1);
    g_assert_cmpint(tj_format_sig_decimals(0.01234, 3), ==, 4);
    g_assert_cmpint(tj_format_sig_decimals(99.96, 3), ==, 0);    /* rounds to 100 */
    g_assert_cmpint(tj_format_sig_decimals(-1.2346, 3), ==, 2);
    g_assert_cmpint(tj_format_sig_decimals(0, 3), ==, 0);
    g_assert_cmpint(tj_format_tile_decimals(101.5986, 4), ==, 1);
    g_assert_cmpint(tj_format_tile_decimals(2954.7, 1), ==, 1);
    g_assert_cmpint(tj_format_tile_decimals(18.55, 2), ==, 1);
    g_assert_cmpint(tj_format_tile_decimals(10, 0), ==, 0);
}

static void
test_magnitude_of_unit(void)
{
    const char *rest;
    g_assert_cmpint(tj_format_magnitude_of_unit("万元", &rest), ==, 4);
    g_assert_cmpstr(rest, ==, "元");
    g_assert_cmpint(tj_format_magnitude_of_unit("万亿元", &rest), ==, 12);
    g_assert_cmpstr(rest, ==, "元");
    g_assert_cmpint(tj_format_magnitude_of_unit("亿千瓦时", &rest), ==, 8);
    g_assert_cmpstr(rest, ==, "千瓦时");
    g_assert_cmpint(tj_format_magnitude_of_unit("万", &rest), ==, 4);
    g_assert_cmpstr(rest, ==, "");
    g_assert_cmpint(tj_format_magnitude_of_unit("元", &rest), ==, 0);
    g_assert_cmpstr(rest, ==, "元");
    g_assert_cmpint(tj_format_magnitude_of_unit("%", NULL), ==, 0);
    g_assert_cmpint(tj_format_magnitude_of_unit(NULL, &rest), ==, 0);
    g_assert_null(rest);
}

/* One minus sign, ASCII '-', wherever a number is written. */
static void
test_minus_sign(void)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    f.magnitude = TJ_MAG_YI;
    char *texts[] = {
        tj_format_decimal(-4.4, -1), tj_format_number(-2.9547e11, &f),
        tj_format_exact(-25, -1, TJ_MAG_NONE), tj_format_change(-4.4, 1, FALSE, TJ_CHANGE_SIGN),
        tj_format_decimal(-INFINITY, -1),
    };
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        g_assert_true(texts[i][0] == '-');
        g_assert_null(strstr(texts[i], "−"));
        g_assert_null(strstr(texts[i], "－"));
        g_free(texts[i]);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/format/decimal/basic", test_decimal_basic);
    g_test_add_func("/format/decimal/exact", test_decimal_exact);
    g_test_add_func("/format/decimal/rounding-rule", test_decimal_rounding_rule);
    g_test_add_func("/format/decimal/special", test_decimal_special);
    g_test_add_func("/format/magnitude/pick", test_magnitude_pick);
    g_test_add_func("/format/number/magnitude", test_number_magnitude);
    g_test_add_func("/format/number/options", test_number_options);
    g_test_add_func("/format/infer-decimals", test_infer_decimals);
    g_test_add_func("/format/exact", test_exact);
    g_test_add_func("/format/change/percent", test_change);
    g_test_add_func("/format/change/points", test_change_points);
    g_test_add_func("/format/locale-independent", test_locale_independent);
    g_test_add_func("/format/roundtrip-property", test_roundtrip_property);
    g_test_add_func("/format/tile-table", test_tile_table);
    g_test_add_func("/format/magnitude-of-unit", test_magnitude_of_unit);
    g_test_add_func("/format/minus-sign", test_minus_sign);
    return g_test_run();
}
