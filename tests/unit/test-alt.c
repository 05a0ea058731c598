/* tests/unit/test-alt.c — the generated alt text (layouts/alt.c): every
 * chart kind and tile in words from the same inputs the layouts get, the
 * source's precision and words kept, changes and polarity in words, the
 * page's summary; descriptions put on the right scene groups; the spec's
 * `alt:` and --alt-text winning; the default poster's text as a golden
 * (tests/golden/alt/page-dongcheng.txt). */
#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "spec/node.h"
#include "data/number.h"
#include "data/table.h"
#include "layouts/alt.h"
#include "support/imgfiles.h"
#include "support/tjtest.h"

static GStringChunk *strings;

static TjTable *
load(const char *rel)
{
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    TjTable *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_free(path);
    return t;
}

static TjChartData *
data_of(const char *csv, const char *x, const char *y1, const char *y2)
{
    TjTable *t = load(csv);
    const char *ys[] = { y1, y2 };
    GError *err = NULL;
    TjChartData *d = tj_chart_data_from_table(t, x, ys, y2 ? 2 : 1, NULL, 0, NULL, &err);
    g_assert_no_error(err);
    tj_table_free(t);
    return d;
}

static void
assert_alt(char *got, const char *want)
{
    g_assert_cmpstr(got, ==, want);
    g_free(got);
}

static TjNumber
num(const char *text)
{
    TjNumber n;
    g_assert_cmpint(tj_number_parse(text, &n, strings), ==, TJ_NUM_VALUE);
    return n;
}

static void
test_bar(void)
{
    TjChartData *d = data_of("examples/dongcheng-2021/economy-2020.csv", "指标", "数值", NULL);
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.title = "2020年东城区主要经济指标";
    assert_alt(tj_alt_bar(d, &spec),
               "柱状图：2020年东城区主要经济指标，单位：亿元。共8项，地区生产总值最高，为"
               "2954.7亿元；建安投资最低，为73.8亿元。依次为：地区生产总值2954.7亿元、社会"
               "消费品零售总额1213.5亿元、固定资产投资223.7亿元、外贸出口190亿元、区级一般公"
               "共预算收入181.4亿元、纾困资金91.97亿元、减免缓社保86亿元、建安投资73.8亿元。");
    spec.horizontal = TRUE;
    spec.highlight = "地区生产总值";
    spec.target = 1000;
    char *alt = tj_alt_bar(d, &spec);
    g_assert_true(g_str_has_prefix(alt, "条形图：2020年东城区主要经济指标"));
    g_assert_true(g_str_has_suffix(alt, "突出显示地区生产总值。目标线为1000亿元。"));
    g_free(alt);
    tj_chart_data_free(d);
}

static void
test_bar_series(void)
{
    TjChartData *d = data_of("examples/dongcheng-2021/targets-2021.csv", "指标", "2020年实绩",
                             "2021年目标");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.title = "主要指标：2020年实绩与2021年目标";
    assert_alt(tj_alt_bar(d, &spec),
               "分组柱状图：主要指标：2020年实绩与2021年目标，单位：%。共4项，2个系列：2020年"
               "实绩、2021年目标。地区生产总值增速：2020年实绩0.2%，2021年目标6%左右；区级一般"
               "公共预算收入增速：2020年实绩-4.4%，2021年目标5%；社会消费品零售总额增速：2020"
               "年实绩-8%，2021年目标3%左右；登记失业率：2020年实绩2.16%，2021年目标不超过4%。");
    spec.stacked = TRUE;
    spec.horizontal = TRUE;
    char *alt = tj_alt_bar(d, &spec);
    g_assert_true(g_str_has_prefix(alt, "堆积条形图："));
    g_free(alt);
    tj_chart_data_free(d);
}

static void
test_bar_edges(void)
{
    /* one category; a missing value; no title: the series name */
    TjChartData *d = data_of("examples/dongcheng-2021/economy-2020.csv", "指标", "同比", NULL);
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    char *alt = tj_alt_bar(d, &spec);
    g_assert_true(g_str_has_prefix(alt, "柱状图：同比，单位：%。共8项，地区生产总值最高，为0.2%；"
                                        "社会消费品零售总额最低，为-8%。"));
    g_assert_nonnull(strstr(alt, "固定资产投资缺失"));
    g_free(alt);
    tj_chart_data_free(d);
}

/* The trend of @y over 年份 in @csv as bind/ reads it from options;
 * @spec receives its layout spec. (transfer full) free with done(). */
typedef struct {
    TjTable *t;
    TjSpecErrors *errs;
    TjBind *c;
    TjNode *opts;
} Bound;

static const TjChartData *
trend_of(const char *csv, const char *y, TjTrendSpec *spec, const char *target, Bound *bd)
{
    bd->t = load(csv);
    TjNodeBuilder *nb = tj_spec_builder_new();
    tj_spec_builder_set(nb, "x", "年份");
    tj_spec_builder_set(nb, "y", y);
    tj_spec_builder_set(nb, "title", y);
    tj_spec_builder_set(nb, "target", target);
    tj_spec_builder_set(nb, "better", strstr(csv, "gdp") ? NULL : "lower");
    bd->opts = tj_spec_builder_finish(nb);
    bd->errs = tj_spec_errors_new();
    bd->c = tj_bind_new_for_options(bd->t, bd->errs);
    TjPageBlock b;
    GError *err = NULL;
    g_assert_true(tj_bind_options(bd->c, "trend", bd->opts, &b, &err));
    g_assert_no_error(err);
    const TjTrendBlock *tb = b.spec;
    *spec = tb->spec;
    return tb->data;
}

static void
done(Bound *bd)
{
    tj_bind_free(bd->c);
    tj_spec_errors_free(bd->errs);
    tj_spec_node_free(bd->opts);
    tj_table_free(bd->t);
}

static void
test_trend(void)
{
    TjTrendSpec spec;
    Bound bd;
    const TjChartData *d = trend_of("examples/dongcheng-2021/pm25.csv", "细颗粒物年均浓度",
                                    &spec, NULL, &bd);
    assert_alt(tj_alt_trend(d, &spec),
               "折线图：细颗粒物年均浓度，单位：微克/立方米，2019年至2020年（越低越好）。由2019年"
               "的约44.0微克/立方米降至2020年的40微克/立方米，下降9.1%。");
    done(&bd);
    /* a target row (类型 目标, labelled 增长6%左右): said after the actual span */
    d = trend_of("examples/dongcheng-2021/gdp.csv", "地区生产总值", &spec, NULL, &bd);
    assert_alt(tj_alt_trend(d, &spec),
               "折线图：地区生产总值，单位：亿元，2019年至2020年（越高越好）。由2019年的约2948.8亿元升至"
               "2020年的2954.7亿元，增长0.2%；2021年目标为3132.0亿元（增长6%左右）。");
    done(&bd);
}

/* 类型 read per row: an estimated figure of an actual period (推算, 估算,
 * 预计数) is flagged where it stands, before the actual ones too; a target
 * or forecast starts the projected tail; a preliminary figure is actual. */
static void
test_trend_estimated(void)
{
    char *path = tjt_out_path("estimated.csv");
    const char *root = g_getenv("TJ_SRCDIR") ? g_getenv("TJ_SRCDIR") : ".";
    g_assert_true(g_str_has_prefix(path, root));
    g_assert_true(g_file_set_contents(path, "年份,常住人口,类型\n2017年,2194.4,推算\n"
                                            "2018年,2191.7,初步核算\n2019年,2190.1,预计数\n"
                                            "2020年,2189.3,估算\n2021年,2190,目标\n", -1, NULL));
    TjTrendSpec spec;
    Bound bd;
    trend_of(path + strlen(root) + 1, "常住人口", &spec, NULL, &bd);
    g_assert_cmpuint(spec.first_projected, ==, 4);
    g_assert_nonnull(spec.estimated);
    const gboolean want[] = { TRUE, FALSE, TRUE, TRUE, FALSE };
    for (guint i = 0; i < G_N_ELEMENTS(want); i++)
        g_assert_cmpint(spec.estimated[i], ==, want[i]);
    done(&bd);
    g_assert_true(g_file_set_contents(path, "年份,常住人口,类型\n2019年,2190.1,实绩\n"
                                            "2020年,2189.3,实绩\n", -1, NULL));
    trend_of(path + strlen(root) + 1, "常住人口", &spec, NULL, &bd);
    g_assert_null(spec.estimated);
    done(&bd);
    g_free(path);
}

static void
test_trend_many(void)
{
    /* percentages: the change in points at the source's precision; the
     * extremes when they lie inside the span; several series by name */
    char *dir = tjt_out_dir("alt-trend");
    char *csv = g_build_filename(dir, "rate.csv", NULL);
    g_assert_true(g_file_set_contents(csv, "年份,失业率,目标\n2016年,1.2%,2%\n2017年,2.5%,2%\n"
                                           "2018年,1.1%,2%\n2019年,1.3%,2%\n2020年,2.16%,2%\n",
                                      -1, NULL));
    TjTable *t = tj_table_load(csv, NULL);
    g_assert_nonnull(t);
    const char *ys[] = { "失业率", "目标" };
    TjChartData *d = tj_chart_data_from_table(t, "年份", ys, 1, NULL, 0, NULL, NULL);
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    assert_alt(tj_alt_trend(d, &spec),
               "折线图：失业率，单位：%，2016年至2020年（越低越好）。由2016年的1.2%升至2020年的2.16%，提高"
               "0.96个百分点；最高为2017年的2.5%，最低为2018年的1.1%。");
    tj_chart_data_free(d);
    d = tj_chart_data_from_table(t, "年份", ys, 2, NULL, 0, NULL, NULL);
    spec.title = "失业率与目标";
    assert_alt(tj_alt_trend(d, &spec),
               "折线图：失业率与目标，单位：%，2016年至2020年。失业率由2016年的1.2%升至2020年的"
               "2.16%，提高0.96个百分点；最高为2017年的2.5%，最低为2018年的1.1%。目标2016年与2020年"
               "均为2%。");
    tj_chart_data_free(d);
    tj_table_free(t);
    g_free(csv);
    g_free(dir);
}

static void
test_kpi(void)
{
    TjKpiSpec k;
    tj_kpi_spec_init(&k);
    k.label = "地区生产总值";
    k.value = num("2954.7亿元");
    k.change = 0.2;
    k.change_label = "同比";
    /* polarity inferred from the label (layouts/polarity.c) */
    assert_alt(tj_alt_kpi(&k), "指标卡：地区生产总值2954.7亿元，同比增长0.2%（越高越好）。");
    k.label = "细颗粒物年均浓度";
    k.value = num("40微克/立方米");
    k.change = -9.1;
    k.better = TJ_BETTER_LOWER;
    k.compare = "下降率位居全市第一";
    assert_alt(tj_alt_kpi(&k), "指标卡：细颗粒物年均浓度40微克/立方米，同比下降9.1%（越低越好）；"
                               "下降率位居全市第一。");
    tj_kpi_spec_init(&k);
    k.label = "PM2.5";
    k.value = num("8.4万余名");
    k.change = 0.5;
    k.change_points = TRUE;
    assert_alt(tj_alt_kpi(&k), "指标卡：PM2.5为8.4万余名，提高0.5个百分点（越低越好）。");
    tj_kpi_spec_init(&k);
    k.label = "登记失业率";
    k.value = num("不超过4%");
    assert_alt(tj_alt_kpi(&k), "指标卡：登记失业率不超过4%。");
    k.change = 0;
    k.change_label = "同比";
    assert_alt(tj_alt_kpi(&k), "指标卡：登记失业率不超过4%，同比持平（越低越好）。");
}

static void
test_gauge(void)
{
    TjGaugeSpec g;
    tj_gauge_spec_init(&g);
    g.label = "家庭厨余垃圾分出率";
    g.value = num("21.8%");
    assert_alt(tj_alt_gauge(&g), "环形进度图：家庭厨余垃圾分出率21.8%。");
    g.target = 30;
    assert_alt(tj_alt_gauge(&g), "环形进度图：家庭厨余垃圾分出率21.8%；目标30%，还差8.2个百分点。");
    g.style = TJ_GAUGE_SEMICIRCLE;
    g.value = num("93%");
    g.target = 90;
    g.bands[0] = 60, g.bands[1] = 90, g.n_bands = 2;
    g.title = "生态指标";
    assert_alt(tj_alt_gauge(&g), "仪表盘图：生态指标，家庭厨余垃圾分出率93%；目标90%，已达到；"
                                 "分区界线为60%、90%。");
    tj_gauge_spec_init(&g);
    g.style = TJ_GAUGE_BAR;
    g.label = "道路交通指数";
    g.value = num("5.03");
    g.min = 0, g.max = 10;
    assert_alt(tj_alt_gauge(&g), "进度条：道路交通指数5.03，刻度0至10。");
    g.value = num("12");
    g.clamp = TRUE;
    assert_alt(tj_alt_gauge(&g), "进度条：道路交通指数12，刻度0至10，超出刻度上限。");
}

static void
test_block_override(void)
{
    TjPageBlock b;
    memset(&b, 0, sizeof b);
    TjTextBlock text = { "一段文字" };
    b.ops = &tj_text_block_ops;
    b.spec = &text;
    g_assert_null(tj_alt_block(&b));
    TjKpiSpec k;
    tj_kpi_spec_init(&k);
    k.label = "固定资产投资";
    k.value = num("223.7亿元");
    b.ops = &tj_kpi_block_ops;
    b.spec = &k;
    assert_alt(tj_alt_block(&b), "指标卡：固定资产投资223.7亿元。");
    b.alt = "  全年完成固定资产投资223.7亿元。\n见报告第二部分。 ";
    assert_alt(tj_alt_block(&b), "全年完成固定资产投资223.7亿元。 见报告第二部分。");
}

static void
test_describe(void)
{
    TjScene *s = tj_scene_new(100, 100);
    guint g = tj_scene_group_begin(s, "chart.kpi", "x");
    tj_scene_rect(s, "r", 0, 0, 10, 10, 0, &(TjPaint){ .fill = { 1, 0, 0, 1 } });
    tj_scene_group_end(s);
    tj_alt_describe(s, 0, "指标卡：甲");
    g_assert_cmpstr(tj_scene_item(s, g)->u.group.desc, ==, "指标卡：甲");
    g_assert_cmpstr(tj_scene_desc(s), ==, "指标卡：甲");
    char *dump = tj_scene_dump(s);
    g_assert_nonnull(strstr(dump, "group chart.kpi \"x\" desc \"指标卡：甲\""));
    g_free(dump);
    /* slices keep descriptions and document information */
    tj_scene_set_info(s, "author", "东城区");
    TjScene *part = tj_scene_slice(s, 0, 50);
    g_assert_cmpstr(tj_scene_item(part, 0)->u.group.desc, ==, "指标卡：甲");
    g_assert_cmpstr(tj_scene_info(part, "author"), ==, "东城区");
    tj_scene_set_info(part, "author", NULL);
    g_assert_null(tj_scene_info(part, "author"));
    tj_scene_free(part);
    tj_scene_free(s);
}

static TjScene *
poster(const char *spec_rel)
{
    char *path = tjt_src_path(spec_rel);
    TjScene *s = NULL;
    GError *err = NULL;
    g_assert_true(tj__api_spec_scene(path, tj_measurer_fake(), &s, NULL, &err));
    g_assert_no_error(err);
    g_free(path);
    return s;
}

static void
test_page(void)
{
    TjScene *s = poster("examples/dongcheng-2021/tujie.yaml");
    guint groups = 0, described = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP && g_str_has_prefix(it->role, "chart.")) {
            groups++;
            described += it->u.group.desc && *it->u.group.desc;
        }
    }
    g_assert_cmpuint(groups, ==, 37);   /* 25 tiles, 7 gauges, 3 bar and 2 trend charts */
    g_assert_cmpuint(described, ==, groups);
    const char *desc = tj_scene_desc(s);
    char **lines = g_strsplit(desc, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, 1 + 37);
    g_assert_true(g_str_has_prefix(lines[0], "长图《图解：2021年东城区政府工作报告》"));
    /* the kinds in the order the page first shows them */
    g_assert_nonnull(strstr(lines[0], "含25个指标卡、3个柱状图或条形图、7个进度图、2个折线图"));
    g_strfreev(lines);
    g_assert_cmpstr(tj_scene_info(s, "date"), ==, "2021-01-10");
    g_assert_cmpstr(tj_scene_info(s, "lang"), ==, "zh-CN");
    g_assert_true(g_str_has_prefix(tj_scene_info(s, "keywords"), "经济运行, 疫情防控"));
    char *text = g_strconcat(desc, "\n", NULL);
    tjt_assert_golden("tests/golden/alt/page-dongcheng.txt", text);
    g_free(text);
    /* --alt-text replaces the summary line only */
    TjOutputOptions out = { 0 };
    out.alt_text = "东城区2021年政府工作报告图解";
    tj__api_spec_alt_text(s, &out);
    g_assert_true(g_str_has_prefix(tj_scene_desc(s), "东城区2021年政府工作报告图解\n指标卡："));
    tj_scene_free(s);
}

static void
test_spec_alt_key(void)
{
    char *dir = tjt_out_dir("alt-spec");
    char *spec = g_build_filename(dir, "kpi.yaml", NULL);
    const char *yaml = "kpi: {value: 6%左右, label: 地区生产总值增长, alt: 2021年地区生产总值预期增长6%左右}\n";
    g_assert_true(g_file_set_contents(spec, yaml, -1, NULL));
    char *path_rel = g_strdup(spec);
    TjScene *s = NULL;
    GError *err = NULL;
    g_assert_true(tj__api_spec_scene(path_rel, tj_measurer_fake(), &s, NULL, &err));
    g_assert_no_error(err);
    g_assert_cmpstr(tj_scene_desc(s), ==, "2021年地区生产总值预期增长6%左右");
    TjOutputOptions out = { 0 };
    out.alt_text = "另一说法";
    tj__api_spec_alt_text(s, &out);
    g_assert_cmpstr(tj_scene_desc(s), ==, "另一说法");
    g_assert_cmpstr(tj_scene_item(s, 0)->u.group.desc, ==, "另一说法");
    tj_scene_free(s);
    /* `alt:` must be text */
    g_assert_true(g_file_set_contents(spec, "kpi: {value: 5, label: 甲, alt: [1, 2]}\n", -1, NULL));
    g_assert_false(tj__api_spec_scene(spec, tj_measurer_fake(), &s, NULL, &err));
    g_assert_nonnull(err);
    g_assert_nonnull(strstr(err->message, "alt"));
    g_clear_error(&err);
    g_free(path_rel);
    g_free(spec);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    strings = g_string_chunk_new(256);
    g_test_add_func("/alt/bar", test_bar);
    g_test_add_func("/alt/bar-series", test_bar_series);
    g_test_add_func("/alt/bar-edges", test_bar_edges);
    g_test_add_func("/alt/trend", test_trend);
    g_test_add_func("/alt/trend-estimated", test_trend_estimated);
    g_test_add_func("/alt/trend-many", test_trend_many);
    g_test_add_func("/alt/kpi", test_kpi);
    g_test_add_func("/alt/gauge", test_gauge);
    g_test_add_func("/alt/block-override", test_block_override);
    g_test_add_func("/alt/describe", test_describe);
    g_test_add_func("/alt/page", test_page);
    g_test_add_func("/alt/spec-alt-key", test_spec_alt_key);
    int rc = g_test_run();
    g_string_chunk_free(strings);
    return rc;
}
