/* tests/unit/test-cnumber.c — Chinese numerals (data/cnumber.c): plain,
 * digit by digit, with 点, and the forms with a scale (百分之, 千分之, 成,
 * 位数); what is not a number; the bytes read. */
#include "data/cnumber.h"

#include <string.h>

typedef struct {
    const char *in;
    gboolean ok;
    double value;
    int decimals;
    TjCnumForm form;
    const char *rest;   /* what is left after the number */
} Case;

static const Case cases[] = {
    { "三", TRUE, 3, 0, TJ_CNUM_PLAIN, "" },
    { "十", TRUE, 10, 0, TJ_CNUM_PLAIN, "" },
    { "十二个", TRUE, 12, 0, TJ_CNUM_PLAIN, "个" },
    { "二十", TRUE, 20, 0, TJ_CNUM_PLAIN, "" },
    { "一百零五", TRUE, 105, 0, TJ_CNUM_PLAIN, "" },
    { "两千三百", TRUE, 2300, 0, TJ_CNUM_PLAIN, "" },
    { "三万五千", TRUE, 35000, 0, TJ_CNUM_PLAIN, "" },
    { "一亿二千万", TRUE, 120000000, 0, TJ_CNUM_PLAIN, "" },
    { "三点五", TRUE, 3.5, 1, TJ_CNUM_PLAIN, "" },
    { "二〇三五年", TRUE, 2035, 0, TJ_CNUM_PLAIN, "年" },
    { "百分之六", TRUE, 6, 0, TJ_CNUM_PERCENT, "" },
    { "百分之三十六", TRUE, 36, 0, TJ_CNUM_PERCENT, "" },
    { "百分之零点五", TRUE, 0.5, 1, TJ_CNUM_PERCENT, "" },
    { "百分之十", TRUE, 10, 0, TJ_CNUM_PERCENT, "" },
    { "千分之三", TRUE, 3, 0, TJ_CNUM_PERMILLE, "" },
    { "三成", TRUE, 3, 0, TJ_CNUM_TENTHS, "" },
    { "八成以上", TRUE, 8, 0, TJ_CNUM_TENTHS, "以上" },
    { "两位数增长", TRUE, 2, 0, TJ_CNUM_DIGITS, "增长" },
    { "百", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
    { "千", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
    { "万", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
    { "百分之", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
    { "增长", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
    { "", FALSE, 0, 0, TJ_CNUM_PLAIN, NULL },
};

static void
test_cases(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const Case *c = &cases[i];
        TjCnumber n;
        gboolean ok = tj_cnumber_read(c->in, c->in + strlen(c->in), &n);
        g_test_message("%s", c->in);
        g_assert_cmpint(ok, ==, c->ok);
        if (!ok) {
            g_assert_cmpuint(n.len, ==, 0);
            continue;
        }
        g_assert_cmpfloat_with_epsilon(n.value, c->value, 1e-9);
        g_assert_cmpint(n.decimals, ==, c->decimals);
        g_assert_cmpint(n.form, ==, c->form);
        g_assert_cmpstr(c->in + n.len, ==, c->rest);
    }
}

/* never past @end: a numeral cut in the middle of a character reads what
 * is whole */
static void
test_bounds(void)
{
    const char *s = "百分之三十六";
    TjCnumber n;
    g_assert_true(tj_cnumber_read(s, s + strlen("百分之三"), &n));
    g_assert_cmpfloat(n.value, ==, 3);
    g_assert_true(tj_cnumber_read(s, s + strlen("百分之三") + 1, &n));
    g_assert_cmpfloat(n.value, ==, 3);
    g_assert_false(tj_cnumber_read(s, s + 2, &n));
    g_assert_true(tj_cnumber_is_char(g_utf8_get_char("两")));
    g_assert_false(tj_cnumber_is_char(g_utf8_get_char("成")));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/cnumber/cases", test_cases);
    g_test_add_func("/cnumber/bounds", test_bounds);
    return g_test_run();
}
