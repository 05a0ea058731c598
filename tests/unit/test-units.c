/* tests/unit/test-units.c — a chart's numbers as a reader sees them
 * (layouts/chartunits.c, issue 15 items 1 and 2): tables of CSV inputs →
 * the unit line and value labels after tj_chart_data_settle, and the
 * tables it refuses with their messages. */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/chartdata.h"
#include "layouts/polarity.h"

typedef struct {
    const char *csv;     /* header "x,y…" then rows */
    const char *y;       /* value columns, comma separated */
    const char *unit;    /* expected unit of the chart (NULL none) */
    const char *labels;  /* expected labels of the first series, "|" between */
} Case;

static const Case cases[] = {
    /* a header unit with a magnitude: 万元 × 719183 is 71.9亿元 */
    { "年份,地区生产总值（万元）\n2019,683400\n2020,719183\n", "地区生产总值",
      "亿元", "68.3|71.9" },
    /* ASCII parentheses, found by the bare name */
    { "年份,产量(吨)\n2019,185500\n2020,170000\n", "产量", "万吨", "18.6|17.0" },
    /* raw counts: 万人 from 1e4 */
    { "年份,人口\n2019,150000000\n2020,152340000\n", "人口", "亿", "1.50|1.52" },
    { "年份,人次\n2019,12000\n2020,8000\n", "人次", "万", "1.2|0.8" },
    { "年份,人次\n2019,9999\n2020,8000\n", "人次", NULL, "9999|8000" },
    /* 亿元 in the header, a national total: 万亿元 at one decimal */
    { "年份,GDP（亿元）\n2019,990865\n2020,1015986\n", "GDP", "万亿元", "99.1|101.6" },
    /* written with a magnitude: kept as written, labels too */
    { "指标,数值\n地区生产总值,2954.7亿元\n纾困资金,91.97亿元\n", "数值", "亿元",
      "2954.7|91.97" },
    { "指标,数值\n甲,3.5万\n乙,1.2万\n", "数值", "万", "3.5|1.2" },
    /* ... unless it leaves five digits before the point: national totals */
    { "产业,增加值\n第一产业,77754亿元\n第二产业,384255亿元\n第三产业,553977亿元\n", "增加值",
      "万亿元", "7.8|38.4|55.4" },
    /* mixed magnitudes as written: one magnitude for the axis, and one
     * count of decimals for the column, as statistical tables print */
    { "指标,数值\n甲,3.5万\n乙,2.1亿\n", "数值", "亿", "0.00|2.10" },
    /* qualifiers stay with the relabelled number */
    { "指标,数值\n甲,约155762人\n乙,3200余人\n", "数值", "万人", "约15.6|0.3余" },
    /* negative values, one minus sign */
    { "年份,差额（万元）\n2019,-123456\n2020,50000\n", "差额", "亿元", "-12.3|5.0" },
    /* percentages are never scaled */
    { "年份,增速\n2019,12000%\n2020,6%\n", "增速", "%", "12000%|6%" },
    /* small numbers stay as written */
    { "年份,浓度\n2019,0.001\n2020,0.0123\n", "浓度", NULL, "0.001|0.0123" },
    /* two series, one axis, one magnitude (the largest value picks it) */
    { "年份,甲（万元）,乙（万元）\n2019,5000,123456\n2020,6000,234567\n", "甲,乙", "亿元",
      "0.5|0.6" },
    /* a 指标,数值,单位 table of one unit: its unit is used */
    { "指标,数值,单位\n甲,719183,万元\n乙,500000,万元\n", "数值", "亿元", "71.9|50.0" },
    /* a change column's unit is not its row's 单位 (亿元 and 微克/立方米 rows) */
    { "指标,数值,同比,单位\n地区生产总值,2954.7,0.2,亿元\n细颗粒物年均浓度,40,-9.1,微克/立方米\n",
      "同比", NULL, "0.2|-9.1" },
    /* 单位 cells that differ only by magnitude: one unit, brought to one
     * magnitude (12.3万平方米 next to 36000平方米 is not 0.0 next to 3.6) */
    { "指标,数值,单位\n新增城市绿地,12.3,万平方米\n新增公园绿地,36000,平方米\n", "数值",
      "万平方米", "12.3|3.6" },
    { "指标,数值,单位\n地区生产总值,2954.7,亿元\n人均可支配收入,72447,元\n", "数值",
      "亿元", "2954.7|0.0" },
    { "指标,数值,单位\n甲,0.5,万人\n乙,3000,人\n", "数值", "人", "5000|3000" },
    /* 1e13 元 */
    { "年份,值（元）\n2019,1e13\n2020,-5e12\n", "值", "万亿元", "10|-5" },
};

static TjChartData *
settle(const char *csv, const char *y, guint flags, GError **error)
{
    TjTable *t = tj_table_parse(csv, strlen(csv), "u.csv", NULL);
    g_assert_nonnull(t);
    char **ys = g_strsplit(y, ",", -1);
    char *x = g_strndup(csv, strcspn(csv, ","));
    TjChartData *d = tj_chart_data_from_table(t, x, (const char *const *)ys,
                                              g_strv_length(ys), NULL, 0, NULL, error);
    if (d && !tj_chart_data_settle(t, d, flags, error))
        g_clear_pointer(&d, tj_chart_data_free);
    g_free(x);
    g_strfreev(ys);
    tj_table_free(t);
    return d;
}

static void
test_cases(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const Case *c = &cases[i];
        GError *err = NULL;
        TjChartData *d = settle(c->csv, c->y, 0, &err);
        if (!d)
            g_error("case %zu: %s", i, err->message);
        GString *got = g_string_new(NULL);
        for (guint k = 0; k < d->n_cat; k++)
            g_string_append_printf(got, "%s%s", k ? "|" : "", d->series[0].labels[k]);
        if (g_strcmp0(d->unit, c->unit) != 0 || strcmp(got->str, c->labels) != 0)
            g_error("case %zu: unit “%s”, labels “%s”; want “%s”, “%s”", i,
                    d->unit ? d->unit : "(none)", got->str, c->unit ? c->unit : "(none)",
                    c->labels);
        g_string_free(got, TRUE);
        tj_chart_data_free(d);
    }
}

/* The values follow the labels, and a target in the table's units is
 * brought to the axis's. */
static void
test_values(void)
{
    TjChartData *d = settle("年份,地区生产总值（万元）\n2019,683400\n2020,719183\n",
                            "地区生产总值", 0, NULL);
    g_assert_cmpfloat_with_epsilon(d->series[0].values[1], 71.9183, 1e-12);
    g_assert_cmpint(d->series[0].shift, ==, 4);
    g_assert_cmpint(d->series[0].decimals, ==, 1);
    g_assert_cmpfloat_with_epsilon(tj_chart_data_to_display(d, 800000), 80, 1e-12);
    tj_chart_data_free(d);
}

/* TJ_CHART_DATA_RAW keeps the numbers as written */
static void
test_raw(void)
{
    TjChartData *d = settle("年份,地区生产总值（万元）\n2019,683400\n2020,719183\n",
                            "地区生产总值", TJ_CHART_DATA_RAW, NULL);
    g_assert_cmpstr(d->unit, ==, "万元");
    g_assert_cmpstr(d->series[0].labels[1], ==, "719183");
    g_assert_cmpfloat(d->series[0].values[1], ==, 719183);
    tj_chart_data_free(d);
}

typedef struct {
    const char *csv, *y, *message;
} Refused;

static const Refused refused[] = {
    { "指标,数值\n新增就业,3991户\n改造,5处\n", "数值",
      "u.csv:3:1: “数值”: the rows of one series have different units: 新增就业 (户, line 2); "
      "改造 (处, line 3); one axis shows one unit: pick the rows of one unit (where:), "
      "draw one chart per unit, or, for a bar chart, one panel per unit (panels: unit)" },
    { "指标,数值,单位\n甲,1,户\n乙,2,户\n丙,3,处\n丁,4,万平方米\n", "数值",
      "u.csv:4:1: “数值”: the rows of one series have different units: 甲 (户, line 2); "
      "丙 (处, line 4); 丁 (万平方米, line 5); one axis shows one unit: pick the rows of one "
      "unit (where:), draw one chart per unit, or, for a bar chart, one panel per unit "
      "(panels: unit)" },
    { "年份,甲（亿元）,乙（%）\n2019,1,2\n", "甲,乙",
      "u.csv:1:10: columns “甲” (亿元) and “乙” (%) have different units; one axis shows one "
      "unit: draw one chart per unit" },
};

static void
test_refused(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(refused); i++) {
        GError *err = NULL;
        TjChartData *d = settle(refused[i].csv, refused[i].y, 0, &err);
        g_assert_null(d);
        g_assert_nonnull(err);
        if (strcmp(err->message, refused[i].message) != 0)
            g_error("refused %zu:\n got: %s\nwant: %s", i, err->message, refused[i].message);
        g_error_free(err);
    }
    /* a magnitude is not a unit: 8.4万人 and 3200人 share 人 */
    TjChartData *d = settle("指标,数值\n甲,8.4万人\n乙,3200人\n", "数值", 0, NULL);
    g_assert_nonnull(d);
    g_assert_cmpstr(d->unit, ==, "万人");
    tj_chart_data_free(d);
}

/* Targets as reports write them (layouts/chart-target.c, issue 15 item 3):
 * text → the level drawn (one decimal), its label and its limit; or the
 * message it is refused with. */
typedef struct {
    const char *csv, *target;
    const char *value;   /* "%.1f" of the level; NULL: refused */
    const char *label;   /* or the refusal's message */
    TjLimit limit;
} Target;

#define GDP "年份,地区生产总值\n2019,2948.8亿元\n2020,2954.7亿元\n"
#define GDP_WAN "年份,地区生产总值（万元）\n2019,683400\n2020,719183\n"
#define JOBLESS "年份,登记失业率\n2019,1.9%\n2020,2.16%\n"

static const Target targets[] = {
    /* a growth rate on levels: the level it implies, never a level of 6 */
    { GDP, "6%左右", "3132.0", "增长6%左右", TJ_LIMIT_NONE },
    { GDP, "增长6%左右", "3132.0", "增长6%左右", TJ_LIMIT_NONE },
    { GDP, "下降3%", "2866.1", "下降3%", TJ_LIMIT_NONE },
    { GDP, "增长6%以上", "3132.0", "增长6%以上", TJ_LIMIT_FLOOR },
    /* a level in any magnitude, in the chart's units */
    { GDP, "3132亿元", "3132.0", "3132", TJ_LIMIT_NONE },
    { GDP, "3132", "3132.0", "3132", TJ_LIMIT_NONE },
    { GDP, "不超过3200亿元", "3200.0", "不超过3200", TJ_LIMIT_CEILING },
    { GDP_WAN, "80亿元", "80.0", "80", TJ_LIMIT_NONE },
    { GDP_WAN, "800000", "80.0", "80", TJ_LIMIT_NONE },   /* as the table writes: 万元 */
    /* rates on a series of rates are levels */
    { JOBLESS, "不超过4%", "4.0", "不超过4%", TJ_LIMIT_CEILING },
    { JOBLESS, "4", "4.0", "4", TJ_LIMIT_NONE },
    /* refused */
    { "年份,地区生产总值\n2019,2948.8\n2020,2954.7\n", "3100亿元", NULL,
      "t: “3100亿元” has a unit, but the chart's values have none; write the number as "
      "the table does", 0 },
    { GDP, "6万人", NULL, "t: “6万人” is not in the chart's unit (亿元); write it in 亿元", 0 },
    { GDP, "六个百分点", NULL, "t: “六个百分点” is not a target; expected a number such as "
      "6%左右, 增长6%左右, 不超过4% or 3132亿元", 0 },
};

static void
test_targets(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(targets); i++) {
        const Target *c = &targets[i];
        GError *err = NULL;
        TjChartData *d = settle(c->csv, "地区生产总值", 0, NULL);
        if (!d)
            d = settle(c->csv, "登记失业率", 0, NULL);
        g_assert_nonnull(d);
        TjChartTarget t;
        gboolean ok = tj_chart_data_target(d, c->target, d->n_cat, "t", NULL, &t, &err);
        if (!c->value) {
            g_assert_false(ok);
            if (strcmp(err->message, c->label) != 0)
                g_error("target %zu:\n got: %s\nwant: %s", i, err->message, c->label);
            g_error_free(err);
        } else {
            if (!ok)
                g_error("target %zu: %s", i, err->message);
            char *v = g_strdup_printf("%.1f", t.value);
            if (strcmp(v, c->value) != 0 || strcmp(t.label, c->label) != 0 || t.limit != c->limit)
                g_error("target %zu “%s”: %s “%s” %d; want %s “%s” %d", i, c->target, v, t.label,
                        t.limit, c->value, c->label, c->limit);
            g_free(v);
            tj_chart_target_clear(&t);
        }
        tj_chart_data_free(d);
    }
    /* a rate with no actual value to grow from */
    TjChartData *d = settle("年份,地区生产总值\n2019,\n2020,-\n", "地区生产总值", 0, NULL);
    g_assert_nonnull(d);
    GError *err = NULL;
    TjChartTarget t;
    g_free(d->series[0].unit);
    d->series[0].unit = g_strdup("亿元");
    g_assert_false(tj_chart_data_target(d, "6%", d->n_cat, "t", NULL, &t, &err));
    g_assert_cmpstr(err->message, ==, "t: “6%” is a rate of growth, but the chart has no actual "
                    "value to grow from; give the level it implies");
    g_error_free(err);
    tj_chart_data_free(d);
}

/* --top N: the N largest in descending order, one 其他 summing the rest
 * (issue 15 item 5); none for percentages */
static void
test_top(void)
{
    TjChartData *d = settle("区,人口（万人）\n东城,70.9\n西城,110.6\n朝阳,345.2\n丰台,201.9\n"
                            "石景山,56.8\n海淀,313.2\n", "人口", 0, NULL);
    tj_chart_data_top(d, 3, NULL);
    g_assert_cmpuint(d->n_cat, ==, 4);
    const char *cats[] = { "朝阳", "海淀", "丰台", "其他" };
    const char *labels[] = { "345.2", "313.2", "201.9", "238.3" };
    for (guint i = 0; i < 4; i++) {
        g_assert_cmpstr(d->categories[i], ==, cats[i]);
        g_assert_cmpstr(d->series[0].labels[i], ==, labels[i]);
    }
    g_assert_cmpuint(d->rows[3], ==, G_MAXUINT);
    g_assert_cmpuint(d->rows[0], ==, 2);
    tj_chart_data_top(d, 10, NULL);   /* fewer than N: unchanged */
    g_assert_cmpuint(d->n_cat, ==, 4);
    tj_chart_data_free(d);
    d = settle("区,增速\n甲,5%\n乙,-3%\n丙,8%\n", "增速", 0, NULL);
    tj_chart_data_top(d, 2, NULL);
    g_assert_cmpuint(d->n_cat, ==, 2);
    g_assert_cmpstr(d->categories[0], ==, "丙");
    g_assert_cmpstr(d->categories[1], ==, "甲");
    tj_chart_data_free(d);
}

/* Polarity by name (layouts/polarity.c, issue 15 item 4): a sample of each
 * list, and docs/spec.md's table holds every keyword in its row. */
static void
test_polarity(void)
{
    static const struct { const char *name; TjBetter b; } names[] = {
        { "细颗粒物年均浓度", TJ_BETTER_LOWER }, { "高峰时段道路交通指数", TJ_BETTER_LOWER },
        { "登记失业率", TJ_BETTER_LOWER }, { "万元地区生产总值能耗", TJ_BETTER_LOWER },
        { "地区生产总值", TJ_BETTER_HIGHER }, { "区级一般公共预算收入", TJ_BETTER_HIGHER },
        { "城镇新增就业", TJ_BETTER_HIGHER }, { "公园绿地500米服务半径覆盖率", TJ_BETTER_HIGHER },
        { "接诉即办", TJ_BETTER_NONE }, { "常住人口", TJ_BETTER_NONE }, { NULL, TJ_BETTER_NONE },
        /* written in traditional characters, as the communiqué excerpt is */
        { "國內生產總值", TJ_BETTER_HIGHER }, { "全國萬元國內生產總值能耗", TJ_BETTER_LOWER },
        { "國民總收入", TJ_BETTER_HIGHER },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        g_assert_cmpint(tj_better_infer(names[i].name), ==, names[i].b);
    g_assert_cmpint(tj_better_resolve(TJ_BETTER_NEUTRAL, "细颗粒物年均浓度", NULL), ==,
                    TJ_BETTER_NONE);
    g_assert_cmpint(tj_better_resolve(TJ_BETTER_NONE, "指数", "细颗粒物"), ==, TJ_BETTER_LOWER);
    char *doc = NULL;
    g_assert_true(g_file_get_contents("docs/spec.md", &doc, NULL, NULL));
    for (int w = 0; w < 2; w++) {
        TjBetter which = w ? TJ_BETTER_HIGHER : TJ_BETTER_LOWER;
        const char *row = strstr(doc, w ? "\n| higher | " : "\n| lower | ");
        g_assert_nonnull(row);
        char *line = g_strndup(row + 1, strcspn(row + 1, "\n"));
        for (const char *const *k = tj_better_keywords(which); *k; k++)
            if (!strstr(line, *k))
                g_error("docs/spec.md's %s row lacks “%s”", w ? "higher" : "lower", *k);
        g_free(line);
    }
    g_free(doc);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/units/cases", test_cases);
    g_test_add_func("/units/values", test_values);
    g_test_add_func("/units/raw", test_raw);
    g_test_add_func("/units/refused", test_refused);
    g_test_add_func("/units/targets", test_targets);
    g_test_add_func("/units/top", test_top);
    g_test_add_func("/units/polarity", test_polarity);
    return g_test_run();
}
