/* tests/unit/test-number.c — tj_number_parse: numbers as Chinese reports
 * write them (figures from the 2021 Dongcheng work report), missing values,
 * and what must stay text. */
#include "data/number.h"

#include <math.h>
#include <string.h>

typedef struct {
    const char *in;
    TjNumKind kind;
    double value;
    int decimals, magnitude;
    gboolean percent;
    const char *unit, *prefix, *suffix;
} Case;

#define V(in, v, d, m, pct, u, pre, suf) \
    { in, TJ_NUM_VALUE, v, d, m, pct, u, pre, suf }

static const Case values[] = {
    /* the report's figures */
    V("2954.7亿元", 2.9547e11, 1, 8, FALSE, "元", NULL, NULL),
    V("0.2%", 0.2, 1, 0, TRUE, NULL, NULL, NULL),
    V("181.4亿元", 1.814e10, 1, 8, FALSE, "元", NULL, NULL),
    V("−4.4%", -4.4, 1, 0, TRUE, NULL, NULL, NULL),
    V("223.7亿元", 2.237e10, 1, 8, FALSE, "元", NULL, NULL),
    V("1213.5亿元", 1.2135e11, 1, 8, FALSE, "元", NULL, NULL),
    V("2.16%", 2.16, 2, 0, TRUE, NULL, NULL, NULL),
    V("40微克/立方米", 40, 0, 0, FALSE, "微克/立方米", NULL, NULL),
    V("3200余", 3200, 0, 0, FALSE, NULL, NULL, "余"),
    V("8.4万余", 84000, 1, 4, FALSE, NULL, NULL, "余"),
    V("6%左右", 6, 0, 0, TRUE, NULL, NULL, "左右"),
    V("不超过4%", 4, 0, 0, TRUE, NULL, "不超过", NULL),
    V("155762人", 155762, 0, 0, FALSE, "人", NULL, NULL),
    V("3991户", 3991, 0, 0, FALSE, "户", NULL, NULL),
    V("3980人次", 3980, 0, 0, FALSE, "人次", NULL, NULL),
    V("3200余名", 3200, 0, 0, FALSE, "名", NULL, "余"),
    V("8.4万余名", 84000, 1, 4, FALSE, "名", NULL, "余"),
    /* plain, grouped, full-width, signs */
    V("2954.7", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    V("2,954.7", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    V("1,213.5", 1213.5, 1, 0, FALSE, NULL, NULL, NULL),
    V("12,345,678", 12345678, 0, 0, FALSE, NULL, NULL, NULL),
    V("２９５４．７", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    V("２，９５４．７", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    V("－4.4", -4.4, 1, 0, FALSE, NULL, NULL, NULL),
    V("－４．４％", -4.4, 1, 0, TRUE, NULL, NULL, NULL),
    V("-4.4%", -4.4, 1, 0, TRUE, NULL, NULL, NULL),
    V("＋5", 5, 0, 0, FALSE, NULL, NULL, NULL),
    V("+5", 5, 0, 0, FALSE, NULL, NULL, NULL),
    V("５％", 5, 0, 0, TRUE, NULL, NULL, NULL),
    V("2020", 2020, 0, 0, FALSE, NULL, NULL, NULL),
    V(".5", 0.5, 1, 0, FALSE, NULL, NULL, NULL),
    V("0.50", 0.5, 2, 0, FALSE, NULL, NULL, NULL),
    V(" 2954.7 ", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    V("\xE3\x80\x80" "2954.7\xC2\xA0", 2954.7, 1, 0, FALSE, NULL, NULL, NULL),
    /* magnitudes, units, qualifiers */
    V("1.4万", 14000, 1, 4, FALSE, NULL, NULL, NULL),
    V("3万亿", 3e12, 0, 12, FALSE, NULL, NULL, NULL),
    V("1.2万亿元", 1.2e12, 1, 12, FALSE, "元", NULL, NULL),
    V("1.4万人次", 14000, 1, 4, FALSE, "人次", NULL, NULL),
    V("1000多万", 1e7, 0, 4, FALSE, NULL, NULL, "多"),
    V("约3200人", 3200, 0, 0, FALSE, "人", "约", NULL),
    V("超过 5万人", 50000, 0, 4, FALSE, "人", "超过", NULL),
    V("100人以上", 100, 0, 0, FALSE, "人", NULL, "以上"),
    V("5%以内", 5, 0, 0, TRUE, NULL, NULL, "以内"),
    V("3亿元左右", 3e8, 0, 8, FALSE, "元", NULL, "左右"),
    V("不低于95%", 95, 0, 0, TRUE, NULL, "不低于", NULL),
    V("近4万", 40000, 0, 4, FALSE, NULL, "近", NULL),
    V("逾3000", 3000, 0, 0, FALSE, NULL, "逾", NULL),
    V("达21.8%", 21.8, 1, 0, TRUE, NULL, "达", NULL),
    V("不少于10个", 10, 0, 0, FALSE, "个", "不少于", NULL),
    V("3‰", 3, 0, 0, FALSE, "‰", NULL, NULL),
    V("5.03", 5.03, 2, 0, FALSE, NULL, NULL, NULL),
    V("120km/h", 120, 0, 0, FALSE, "km/h", NULL, NULL),
    V("36.5℃", 36.5, 1, 0, FALSE, "℃", NULL, NULL),
    V("100m2", 100, 0, 0, FALSE, "m2", NULL, NULL),
    V("2.3个百分点", 2.3, 1, 0, FALSE, "个百分点", NULL, NULL),
    /* exponents (Excel writes large numbers so) */
    V("1e5", 1e5, 0, 0, FALSE, NULL, NULL, NULL),
    V("1.5e-3", 0.0015, 4, 0, FALSE, NULL, NULL, NULL),
    V("2.9547E+11", 2.9547e11, 0, 0, FALSE, NULL, NULL, NULL),
};

static const char *const missing[] = {
    "", "   ", "-", "—", "–", "--", "——", "－", "N/A", "NA", "n/a", "na",
    "null", "NULL", "…", "……", "#N/A", " - ",
};

static const char *const texts[] = {
    "地区生产总值", "2020年", "12月", "3日", "2020-01-01", "2020/1", "12:30",
    "1,2", "1,23", "1,234,56", "1234,567", ",123", "1,,234", "1,", "1,234,",
    "5.", "3.5.1", "+", "−", "约", "以上", "%", "万", "亿元", "余",
    "inf", "-inf", "INF", "nan", "NaN", "Infinity", "1.#INF", "0x1F", "0X10",
    "1e999", "-1e400", "1e99999999999", "3200余人以上", "5%人", "5‰元",
    "abc12", "GDP", "12 34", "4.4%%", "--5", "+-5", "1 000", "(5)",
    "5（估）", "¥100", "1.4万亿亿", "0,123", "0,5", "00,123",
    /* an exponent marker without digits (issue 15, item 9) */
    "1e", "1.5e", "2E", "1e+", "1e-", "-3E", "1e万", "2e%", "1.5e 左右",
};

/* written as numbers, but beyond a double: text with the range flag */
static const char *const out_of_range[] = {
    "1e400", "-1e400", "1e-400", "-1.5e-400", "1e99999999999", "1e300万亿",
    "1e305万亿", "0.0001e-330",
};

static void
check_case(const Case *c)
{
    GStringChunk *strings = g_string_chunk_new(64);
    TjNumber n;
    TjNumKind kind = tj_number_parse(c->in, &n, strings);
    if (kind != c->kind)
        g_error("“%s”: kind %d, expected %d", c->in, kind, c->kind);
    if (n.value != c->value)
        g_error("“%s”: value %.17g, expected %.17g", c->in, n.value, c->value);
    g_assert_cmpint(n.decimals, ==, c->decimals);
    g_assert_cmpint(n.magnitude, ==, c->magnitude);
    g_assert_cmpint(n.percent, ==, c->percent);
    g_assert_cmpstr(n.unit, ==, c->unit);
    g_assert_cmpstr(n.prefix, ==, c->prefix);
    g_assert_cmpstr(n.suffix, ==, c->suffix);
    g_string_chunk_free(strings);
}

static void
test_values(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(values); i++)
        check_case(&values[i]);
}

static void
test_missing(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(missing); i++) {
        TjNumber n = { .value = 1, .unit = "x" };
        if (tj_number_parse(missing[i], &n, NULL) != TJ_NUM_MISSING)
            g_error("“%s” is not missing", missing[i]);
        g_assert_true(isnan(n.value));   /* never zero */
        g_assert_null(n.unit);
        g_assert_null(n.prefix);
        g_assert_null(n.suffix);
    }
}

static void
test_text(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        TjNumber n;
        TjNumKind kind = tj_number_parse(texts[i], &n, NULL);
        if (kind != TJ_NUM_TEXT)
            g_error("“%s” read as kind %d (value %g)", texts[i], kind, n.value);
        g_assert_true(isnan(n.value));
    }
}

/* Without a string chunk, qualifiers still point to static storage and
 * units stay NULL; with one, units are interned (one copy per unit). */
static void
test_strings(void)
{
    TjNumber a, b;
    g_assert_cmpint(tj_number_parse("约2954.7亿元", &a, NULL), ==, TJ_NUM_VALUE);
    g_assert_null(a.unit);
    g_assert_cmpstr(a.prefix, ==, "约");
    g_assert_cmpfloat(a.value, ==, 2.9547e11);

    GStringChunk *strings = g_string_chunk_new(64);
    tj_number_parse("2954.7亿元", &a, strings);
    tj_number_parse("181.4亿元", &b, strings);
    g_assert_true(a.unit == b.unit);
    tj_number_parse("3200余", &a, strings);
    tj_number_parse("8.4万余", &b, strings);
    g_assert_true(a.suffix == b.suffix);
    g_string_chunk_free(strings);

    /* "‰" is static, so it stays without a chunk (found by the fuzzer) */
    g_assert_cmpint(tj_number_parse("3‰", &a, NULL), ==, TJ_NUM_VALUE);
    g_assert_cmpstr(a.unit, ==, "‰");

    /* @out may be NULL when only the kind matters */
    g_assert_cmpint(tj_number_parse("0.2%", NULL, NULL), ==, TJ_NUM_VALUE);
}

static void
test_edges(void)
{
    TjNumber n;
    /* negative zero stays a number */
    g_assert_cmpint(tj_number_parse("-0", &n, NULL), ==, TJ_NUM_VALUE);
    g_assert_cmpfloat(n.value, ==, 0.0);
    g_assert_true(signbit(n.value));
    /* many decimals: kept up to what gint8 holds */
    GString *s = g_string_new("0.");
    for (int i = 0; i < 200; i++)
        g_string_append_c(s, '0');
    g_string_append_c(s, '1');
    g_assert_cmpint(tj_number_parse(s->str, &n, NULL), ==, TJ_NUM_VALUE);
    g_assert_cmpint(n.decimals, ==, G_MAXINT8);
    /* more digits than any double: text, and no overflow of the copy */
    g_string_assign(s, "");
    for (int i = 0; i < 2000; i++)
        g_string_append_c(s, '9');
    g_assert_cmpint(tj_number_parse(s->str, &n, NULL), ==, TJ_NUM_TEXT);
    /* a 300-digit integer is a (huge) number; 400 digits overflow */
    g_string_truncate(s, 300);
    g_assert_cmpint(tj_number_parse(s->str, &n, NULL), ==, TJ_NUM_VALUE);
    g_string_free(s, TRUE);
    /* magnitude pushing past DBL_MAX is text, not inf */
    g_assert_cmpint(tj_number_parse("1e305万亿", &n, NULL), ==, TJ_NUM_TEXT);
    /* truncated UTF-8 at the end never reads past the string */
    g_assert_cmpint(tj_number_parse("5\xE4\xBA", &n, NULL), ==, TJ_NUM_TEXT);
    g_assert_cmpint(tj_number_parse("5\xEF\xBC", &n, NULL), ==, TJ_NUM_TEXT);
    g_assert_cmpint(tj_number_parse("\xE2\x88", &n, NULL), ==, TJ_NUM_TEXT);
    g_assert_cmpint(tj_number_parse("5\xFF", &n, NULL), ==, TJ_NUM_TEXT);
}

static void
test_range(void)
{
    TjNumber n;
    for (gsize i = 0; i < G_N_ELEMENTS(out_of_range); i++) {
        if (tj_number_parse(out_of_range[i], &n, NULL) != TJ_NUM_TEXT || !n.range)
            g_error("“%s”: expected text out of range", out_of_range[i]);
        g_assert_true(isnan(n.value));
    }
    /* zero written with an exponent, and the smallest doubles, are numbers */
    const char *const in_range[] = { "0e-400", "0.000e5", "5e-324", "2.2e-308", "1e308" };
    for (gsize i = 0; i < G_N_ELEMENTS(in_range); i++) {
        if (tj_number_parse(in_range[i], &n, NULL) != TJ_NUM_VALUE || n.range)
            g_error("“%s”: expected a number", in_range[i]);
    }
    /* plain text never has the flag */
    g_assert_cmpint(tj_number_parse("1e", &n, NULL), ==, TJ_NUM_TEXT);
    g_assert_false(n.range);
    g_assert_cmpint(tj_number_parse("3em", &n, NULL), ==, TJ_NUM_VALUE);
    g_assert_cmpstr(n.unit, ==, NULL);   /* no chunk: units stay NULL */
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/number/values", test_values);
    g_test_add_func("/number/missing", test_missing);
    g_test_add_func("/number/text", test_text);
    g_test_add_func("/number/strings", test_strings);
    g_test_add_func("/number/edges", test_edges);
    g_test_add_func("/number/range", test_range);
    return g_test_run();
}
