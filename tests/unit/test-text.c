/* tests/unit/test-text.c — layouts/text: clreq line breaking, shortening.
 * Uses the fake measurer at 10 px: a CJK character is 10 px, a narrow one
 * (digits, Latin, "…" and “” which are not East Asian Wide) 5.5 px, a space
 * 2.5 px. Sentences are from the 2021 Dongcheng work report. */
#include "layouts/text.h"

#include <string.h>

static const TjFontStyle font10 = { 10.0, FALSE };

static const char *const report_sentences[] = {
    "全年全区地区生产总值实现2954.7亿元，同比增长0.2%；区级一般公共预算收入实现181.4亿元，同比下降4.4%。",
    "社会消费品零售总额1213.5亿元，同比下降8%；居民人均可支配收入增长2.3%；登记失业率为2.16%。",
    "细颗粒物年均浓度40微克/立方米，下降9.1%。",
    "高峰时段道路交通指数下降到5.03，同比降低18.2%，下降率位居全市第一。",
    "并对《北京市东城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》作说明，请予审议。",
    "接转离鄂离汉返京人员155762人；安排纾困资金91.97亿元——惠及企业3万余家……",
    "家庭厨余垃圾分出率达到21.8%，公园绿地500米服务半径覆盖率达到93%。",
    "全面提升“四个服务”工作水平，大力推进“五个东城”建设。",
};

static const char *const no_start[] = {
    "。", "，", "、", "：", "；", "！", "？", "）", "」", "』", "》", "〉", "】",
    "〕", "”", "’", "…", "—", "%", ".", ",", ")", "/",
};
static const char *const no_end[] = { "（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "(" };

static double
width(const char *s)
{
    TjTextExtents e;
    tj_measure(tj_measurer_fake(), s, &font10, &e);
    return e.width;
}

static GPtrArray *
wrap(const char *text, double w)
{
    GPtrArray *l = tj_text_wrap(tj_measurer_fake(), text, &font10, w);
    g_assert_nonnull(l);
    return l;
}

static void
assert_lines(GPtrArray *l, const char *const *want, guint n)
{
    g_assert_cmpuint(l->len, ==, n);
    for (guint i = 0; i < n; i++)
        g_assert_cmpstr(g_ptr_array_index(l, i), ==, want[i]);
    g_ptr_array_unref(l);
}

/* The clreq rules and "nothing lost" for one wrapped text. */
static void
check_rules(const char *text, GPtrArray *l, double w)
{
    GString *joined = g_string_new(NULL);
    for (guint i = 0; i < l->len; i++) {
        const char *line = g_ptr_array_index(l, i);
        g_string_append(joined, line);
        for (guint k = 0; k < G_N_ELEMENTS(no_start); k++)
            if (i > 0 && g_str_has_prefix(line, no_start[k]))
                g_error("line %u starts with %s: «%s» (width %g)", i, no_start[k], line, w);
        for (guint k = 0; k < G_N_ELEMENTS(no_end); k++)
            if (i + 1 < l->len && g_str_has_suffix(line, no_end[k]))
                g_error("line %u ends with %s: «%s» (width %g)", i, no_end[k], line, w);
        /* numbers stay with 亿/万/% and are never split */
        if (i + 1 < l->len) {
            const char *next = g_ptr_array_index(l, i + 1);
            gboolean digit_end = line[0] && g_ascii_isdigit(line[strlen(line) - 1]);
            g_assert_false(digit_end && (g_ascii_isdigit(next[0]) || next[0] == '.'
                                         || g_str_has_prefix(next, "亿")
                                         || g_str_has_prefix(next, "万")));
        }
    }
    g_assert_cmpstr(joined->str, ==, text);  /* no spaces: nothing lost */
    g_string_free(joined, TRUE);
}

static void
test_long_labels(void)
{
    const char *const a[] = { "社会消费", "品零售总", "额" };
    assert_lines(wrap("社会消费品零售总额", 40), a, 3);
    const char *const b[] = { "区级一", "般公共", "预算收", "入" };
    assert_lines(wrap("区级一般公共预算收入", 35), b, 4);
    const char *const c[] = { "区级一般公", "共预算收入" };
    assert_lines(wrap("区级一般公共预算收入", 50), c, 2);
    const char *const d[] = { "社会消费品零售总额" };
    assert_lines(wrap("社会消费品零售总额", 90), d, 1);
}

static void
test_punctuation(void)
{
    /* 2 chars per line: the comma must not start a line, so 值 is pushed
     * down with it (clreq's push-out; no hanging punctuation) */
    const char *const a[] = { "生产", "总", "值，", "同比", "增长" };
    assert_lines(wrap("生产总值，同比增长", 20), a, 5);
    const char *const b[] = { "下降", "4.4%。" };
    assert_lines(wrap("下降4.4%。", 30), b, 2);
    /* "（草案）": never split after （ nor before ） */
    const char *const c[] = { "纲要", "（草", "案）", "作说", "明" };
    assert_lines(wrap("纲要（草案）作说明", 20), c, 5);
    const char *const d[] = { "纲要（草", "案）作说", "明" };
    assert_lines(wrap("纲要（草案）作说明", 40), d, 3);
    /* the dash and the ellipsis are not split and do not start a line */
    const char *const e[] = { "元——", "惠及", "企", "业……" };
    assert_lines(wrap("元——惠及企业……", 20), e, 4);
    const char *const f[] = { "惠及企", "业……" };
    assert_lines(wrap("惠及企业……", 30), f, 2);
}

static void
test_numbers_and_units(void)
{
    /* a number keeps its magnitude and unit: "2954.7亿元" is one run, and
     * a line never starts with the unit of the number before it (issue 14) */
    const char *const a[] = { "2954.7亿元" };
    assert_lines(wrap("2954.7亿元", 45), a, 1);       /* overlong run kept whole */
    const char *const a2[] = { "总值", "2954.7亿元" };
    assert_lines(wrap("总值2954.7亿元", 60), a2, 2);
    const char *const b[] = { "2954.7亿元" };
    assert_lines(wrap("2954.7亿元", 53), b, 1);
    const char *const c[] = { "增长", "0.2%" };
    assert_lines(wrap("增长0.2%", 25), c, 2);
    const char *const d[] = { "3万亿元" };
    assert_lines(wrap("3万亿元", 20), d, 1);
    const char *const e[] = { "40微克/", "立方米" };
    assert_lines(wrap("40微克/立方米", 40), e, 2);
    const char *const f[] = { "接转", "155762人" };
    assert_lines(wrap("接转155762人", 40), f, 2);
    const char *const g[] = { "2011年", "以来" };
    assert_lines(wrap("2011年以来", 40), g, 2);
    /* 费 is U+8D39: its low byte is not the digit 9 (a 万 after it breaks) */
    const char *const h[] = { "经费", "万" };
    assert_lines(wrap("经费万", 20), h, 2);
}

static void
test_latin_and_spaces(void)
{
    const char *const a[] = { "PM2.5", "concentration", "fell" };
    assert_lines(wrap("PM2.5 concentration fell", 40), a, 3);
    const char *const b[] = { "PM2.5 浓", "度" };
    assert_lines(wrap("PM2.5 浓度", 45), b, 2);
    const char *const c[] = { "东城区", "Dongcheng" };
    assert_lines(wrap("东城区 Dongcheng", 55), c, 2);
}

static void
test_newlines(void)
{
    const char *const a[] = { "地区生产总值", "2954.7亿元" };
    assert_lines(wrap("地区生产总值\n2954.7亿元", 1000), a, 2);
    const char *const b[] = { "甲", "", "乙" };
    assert_lines(wrap("甲\n\n乙", 1000), b, 3);
    const char *const c[] = { "甲", "乙" };
    assert_lines(wrap("甲\r\n乙", 1000), c, 2);
    const char *const d[] = { "甲", "" };
    assert_lines(wrap("甲\n", 1000), d, 2);
    assert_lines(wrap("", 100), NULL, 0);
    const char *const e[] = { "社会", "消费", "品" };
    assert_lines(wrap("社会\n消费品", 20), e, 3);
}

static void
test_invalid_input(void)
{
    GPtrArray *l = wrap("区级\xff\xfe收入", 1000);
    g_assert_cmpuint(l->len, ==, 1);
    g_assert_true(g_utf8_validate(g_ptr_array_index(l, 0), -1, NULL));
    g_ptr_array_unref(l);
    l = wrap("区级收入", 0);
    g_assert_cmpuint(l->len, ==, 4);
    g_ptr_array_unref(l);
    l = wrap("   ", 100);
    g_assert_cmpuint(l->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(l, 0), ==, "");
    g_ptr_array_unref(l);
}

/* Every report sentence at every width from 10 to 400 px: the rules hold,
 * nothing is lost, and every line that could be broken fits. */
static void
test_report_property(void)
{
    for (guint s = 0; s < G_N_ELEMENTS(report_sentences); s++) {
        const char *text = report_sentences[s];
        for (double w = 10; w <= 400; w += 7) {
            GPtrArray *l = wrap(text, w);
            check_rules(text, l, w);
            for (guint i = 0; i < l->len; i++) {
                const char *line = g_ptr_array_index(l, i);
                if (width(line) > w + 1e-6) {  /* only an unbreakable run may */
                    GPtrArray *again = wrap(line, 1e-3);
                    if (again->len != 1)
                        g_error("«%s» is %g px wide at %g px but breakable", line,
                                width(line), w);
                    g_ptr_array_unref(again);
                }
            }
            g_ptr_array_unref(l);
        }
    }
}

static void
check_shorten(const char *text, double w, const char *want)
{
    char *got = tj_text_shorten(tj_measurer_fake(), text, &font10, w);
    g_assert_cmpstr(got, ==, want);
    if (strcmp(want, "…") != 0)
        g_assert_cmpfloat(width(got), <=, w);
    g_free(got);
}

static void
test_shorten(void)
{
    check_shorten("社会消费品零售总额", 90, "社会消费品零售总额");
    check_shorten("社会消费品零售总额", 50, "社会消费…");
    check_shorten("社会消费品零售总额", 45.5, "社会消费…");
    check_shorten("社会消费品零售总额", 45.4, "社会消…");
    check_shorten("区级一般公共预算收入", 60, "区级一般公…");
    /* never inside a number: "2954.7亿" stays whole or goes */
    check_shorten("2954.7亿元", 50, "2954.7亿…");
    check_shorten("2954.7亿元", 40, "…");
    check_shorten("总值2954.7亿元", 40, "总值…");
    /* no dangling opening bracket or space before the ellipsis */
    check_shorten("纲要（草案）", 40, "纲要…");
    check_shorten("PM2.5 concentration", 40, "PM2.5…");
    check_shorten("社会消费品零售总额", 1, "…");
    check_shorten("甲\n乙丙丁", 30, "甲 乙…");
    char *s = tj_text_shorten(tj_measurer_fake(), "", &font10, 10);
    g_assert_cmpstr(s, ==, "");
    g_free(s);
}

static void
test_max_width(void)
{
    const char *texts[] = { "社会消费品零售总额", "2954.7亿元", NULL, "" };
    const TjMeasurer *m = tj_measurer_fake();
    g_assert_cmpfloat_with_epsilon(tj_text_max_width(m, texts, 4, &font10), 90, 1e-9);
    g_assert_cmpfloat_with_epsilon(tj_text_max_width(m, texts + 1, 1, &font10), 53, 1e-9);
    g_assert_cmpfloat(tj_text_max_width(m, texts, 0, &font10), ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/text/wrap/long-labels", test_long_labels);
    g_test_add_func("/text/wrap/punctuation", test_punctuation);
    g_test_add_func("/text/wrap/numbers-and-units", test_numbers_and_units);
    g_test_add_func("/text/wrap/latin-and-spaces", test_latin_and_spaces);
    g_test_add_func("/text/wrap/newlines", test_newlines);
    g_test_add_func("/text/wrap/invalid-input", test_invalid_input);
    g_test_add_func("/text/wrap/report-property", test_report_property);
    g_test_add_func("/text/shorten", test_shorten);
    g_test_add_func("/text/max-width", test_max_width);
    return g_test_run();
}
