/* tests/unit/test-fit.c — charts whose texts do not fit where they stand
 * (issue 14 item 6): what moves, what grows, and what is refused, checked
 * on the scene with the shared collision checker (tests/support/collide.h)
 * and the fake measurer. Each case collided, or was refused, on the code
 * before its fix: a combo's long names (slanted, the chart taller), a
 * trend's series names beside a narrow plot (a legend), horizontal bars
 * squeezed by their names and values, a gauge or trend in a box too short
 * for any plot (refused, saying so). */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "layouts/combo.h"
#include "layouts/gauge.h"
#include "layouts/trend.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/collide.h"
#include "support/tjtest.h"

static TjTable *
load_csv(const char *csv)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse(csv, strlen(csv), "fit.csv", &err);
    g_assert_no_error(err);
    return t;
}

/* Columns @y ("a,b") of @t by category column @x. (transfer full) */
static TjChartData *
data_of(const TjTable *t, const char *x, const char *y)
{
    char **ys = g_strsplit(y, ",", -1);
    GError *err = NULL;
    TjChartData *d = tj_chart_data_from_table(t, x, (const char *const *)ys,
                                              g_strv_length(ys), NULL, 0, NULL, &err);
    g_assert_no_error(err);
    g_strfreev(ys);
    return d;
}

static guint
count_role(const TjScene *s, const char *role)
{
    guint n = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++)
        if (strcmp(tj_scene_item(s, i)->role, role) == 0)
            n++;
    return n;
}

static const TjItem *
find_text(const TjScene *s, const char *role, const char *text)
{
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_TEXT && strcmp(it->role, role) == 0 &&
            strcmp(it->u.text.text, text) == 0)
            return it;
    }
    return NULL;
}

/* ---- combo ------------------------------------------------------------- */

/* Twelve long names from a bulletin do not wrap under their bars: they are
 * slanted whole, the single chart grows taller for them (its default size),
 * and nothing is refused, cut or overlapping (a refusal before). A steep
 * line's labels take the corners it leaves free, and the bars keep their
 * values (2 line and 7 bar values before). */
static void
test_combo_long_names(void)
{
    static const char *const names[] = {
        "地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "固定资产投资（不含农户）",
        "一般公共预算收入", "居民人均可支配收入", "城镇居民人均可支配收入",
        "农村居民人均可支配收入", "货物进出口总额", "实际利用外商直接投资",
        "全社会研究与试验发展经费支出", "规模以上服务业营业收入",
    };
    GString *csv = g_string_new("指标,数值,增速\n");
    for (guint i = 0; i < G_N_ELEMENTS(names); i++)
        g_string_append_printf(csv, "%s,%u,%.1f\n", names[i], 100 + 37 * i, (double)i - 4.5);
    TjTable *t = load_csv(csv->str);
    TjChartData *d = data_of(t, "指标", "数值,增速");
    TjComboBlock b = { .data = d };
    tj_combo_spec_init(&b.spec);
    b.spec.title = "2020年主要经济指标";
    double w, h;
    tj_combo_block_ops.default_size(&b, &w, &h);
    g_assert_cmpfloat(h, >, 500);   /* grown for the slanted names */
    g_assert_cmpfloat(tj_combo_block_ops.natural_height(&b, 1000, 1, tjt_chart_theme(),
                                                        tj_measurer_fake()), >, 560);
    b.spec.width = w;
    b.spec.height = h;
    TjScene *s = tj_scene_new(w, h);
    GError *err = NULL;
    g_assert_true(tj_layout_combo(s, d, &b.spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    tjt_assert_no_collision(s, "combo-long-names");
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        const TjItem *it = find_text(s, "category.label", names[i]);
        g_assert_nonnull(it);   /* whole, on one slanted line */
        g_assert_cmpfloat(it->u.text.angle, !=, 0);
    }
    g_assert_cmpuint(count_role(s, "line.value"), ==, G_N_ELEMENTS(names));
    g_assert_cmpuint(count_role(s, "bar.value"), ==, G_N_ELEMENTS(names));
    tj_scene_free(s);
    /* the box as given: slanted too when it holds them */
    b.spec.width = 800;
    b.spec.height = 720;
    s = tj_scene_new(800, 720);
    g_assert_true(tj_layout_combo(s, d, &b.spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    tjt_assert_no_collision(s, "combo-long-names-720");
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
    g_string_free(csv, TRUE);
}

/* ---- trend ------------------------------------------------------------- */

/* Names that do not fit at the lines' ends (a narrow chart, long names)
 * go to the legend: the plot keeps its width and runs left to right, the
 * last values are labelled at their points (the end labels squeezed the
 * plot to nothing and reversed it before). A box too short for any plot
 * under its title is refused, saying so, not drawn upside down. */
static void
test_trend_legend(void)
{
    TjTable *t = load_csv("年份,地区生产总值增速,一般公共预算收入增速,社会消费品零售总额增速,"
                          "固定资产投资增速\n2016,6.8,8.1,7.5,9.2\n2017,6.9,7.4,6.8,5.1\n"
                          "2018,6.6,6.5,7.2,4.3\n2019,6.1,4.9,6.4,3.8\n"
                          "2020,2.3,-3.9,-3.5,2.9\n2021,8.1,10.7,12.5,4.9\n");
    TjChartData *d = data_of(t, "年份", "地区生产总值增速,一般公共预算收入增速,"
                                       "社会消费品零售总额增速,固定资产投资增速");
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    spec.width = 420;
    spec.height = 520;
    spec.title = "主要指标增速";
    TjScene *s = tj_scene_new(spec.width, spec.height);
    GError *err = NULL;
    g_assert_true(tj_layout_trend(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    tjt_assert_no_collision(s, "trend-legend");
    g_assert_cmpuint(count_role(s, "trend.end-label"), ==, 0);
    g_assert_cmpuint(count_role(s, "legend.label"), ==, 4);
    const TjItem *first = find_text(s, "axis.x-label", "2016");
    const TjItem *last = find_text(s, "axis.x-label", "2021");
    g_assert_nonnull(first);
    g_assert_nonnull(last);
    g_assert_cmpfloat(last->u.text.x - first->u.text.x, >, spec.width / 2);
    tj_scene_free(s);
    spec.width = 1180;   /* a strip: no room for a plot under the title */
    spec.height = 200;
    spec.title = "地区生产总值、一般公共预算收入、社会消费品零售总额和固定资产投资的增速";
    s = tj_scene_new(spec.width, spec.height);
    g_assert_false(tj_layout_trend(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "no room for the plot"));
    g_clear_error(&err);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* ---- bar --------------------------------------------------------------- */

/* Horizontal bars squeezed by their texts (cases found by test-collide's
 * random tables; each collided before): a stacked row's negative total
 * over its name (the totals' width was not counted), and a narrow chart
 * whose names and values left the bars a scale running backwards (the
 * names' column now gives way: the bars keep a quarter of the width).
 * test-collide's random bars cover the rest (a wide short box, a value
 * over the tick labels). The theme is the one a single chart of that
 * width gets. */
static void
test_bar_squeezed(void)
{
    static const struct {
        const char *csv, *y;
        double w, h;
        gboolean stacked;
        const char *title;
    } cases[] = {
        { "名称,甲,乙,丙,丁\nC,-65.2,,-70.6,295\n城镇3980人次量2021年1,-366,-1521,-302,-155\n"
          "第三产业（草案）京123增长规模以上工业,-187,368,-417,382\n"
          "居民人均可,-385,0.755,-273,89.3\nR&D数同比满意率额第,-354,-256,93.9,23.6\n"
          "京县率细颗粒物量镇,-1336,-176,,-145\n乙社会消费品零售总额改造津第三产业农村,190,,-31.1,-424\n",
          "甲,乙,丙,丁", 800, 500, TRUE, NULL },
        { "名称,东华\n进出口浓度津12区地区,90159223212%\n老旧小区P,\n"
          "额第三产业城镇乙A,48193953375%\n率（草案）P,135746917413%\nCPI增,737883932%\n"
          "数CPI进出口区12规模以上工业京,147530855424%\nPM,48380559013%\n"
          "乙镇农村2021年1月A股镇PM2.5,162756290476%\n",
          "东华", 359, 793, FALSE, "地区生产总值同比一般公共预算" },
    };
    for (gsize k = 0; k < G_N_ELEMENTS(cases); k++) {
        TjTable *t = load_csv(cases[k].csv);
        TjChartData *d = data_of(t, "名称", cases[k].y);
        TjBarSpec spec;
        tj_bar_spec_init(&spec);
        spec.width = cases[k].w;
        spec.height = cases[k].h;
        spec.stacked = cases[k].stacked;
        spec.title = cases[k].title;
        TjTheme th;
        tj_theme_for_chart(tj_theme_builtin(NULL), spec.width, &th);
        TjScene *s = tj_scene_new(spec.width, spec.height);
        GError *err = NULL;
        g_assert_true(tj_layout_bar(s, d, &spec, &th, tj_measurer_fake(), &err));
        g_assert_no_error(err);
        tjt_assert_no_collision(s, "bar-squeezed");
        tj_scene_free(s);
        tj_chart_data_free(d);
        tj_table_free(t);
    }
}

/* ---- gauge ------------------------------------------------------------- */

/* A dial or ring too small for its value and label in a short box is
 * refused with the height it needs, not drawn with the label over the
 * source or the value over the ring (1 and 3 collisions before); a taller
 * box of the same width is drawn clean. */
static void
test_gauge_short_box(void)
{
    const TjGaugeStyle styles[] = { TJ_GAUGE_SEMICIRCLE, TJ_GAUGE_RING };
    for (gsize k = 0; k < G_N_ELEMENTS(styles); k++) {
        TjGaugeSpec spec;
        tj_gauge_spec_init(&spec);
        spec.style = styles[k];
        spec.value = (TjNumber){ .value = 63.2, .decimals = 1, .percent = TRUE };
        spec.label = "地区生产总值增长率";
        spec.title = "“十四五”规划主要指标";
        spec.source = "数据来源：东城区统计局、东城区发展和改革委员会";
        spec.target = 80;
        spec.width = 1100;
        spec.height = 205;
        TjScene *s = tj_scene_new(spec.width, spec.height);
        GError *err = NULL;
        g_assert_false(tj_layout_gauge(s, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
        g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
        g_assert_nonnull(strstr(err->message, "is too small to draw it"));
        g_assert_cmpuint(tj_scene_n_items(s), ==, 0);
        g_clear_error(&err);
        tj_scene_free(s);
        spec.height = 420;
        s = tj_scene_new(spec.width, spec.height);
        g_assert_true(tj_layout_gauge(s, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
        tjt_assert_no_collision(s, "gauge-short-box");
        tj_scene_free(s);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/fit/combo-long-names", test_combo_long_names);
    g_test_add_func("/fit/trend-legend", test_trend_legend);
    g_test_add_func("/fit/bar-squeezed", test_bar_squeezed);
    g_test_add_func("/fit/gauge-short-box", test_gauge_short_box);
    return g_test_run();
}
