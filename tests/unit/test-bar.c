/* tests/unit/test-bar.c — the bar layout on the scene, with the fake
 * measurer: goldens of whole scenes, and the properties a reader relies on
 * (bar lengths proportional to values, every label present, no two labels
 * overlapping, nothing off the page). */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

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
data_of(TjTable *t, const char *x, const char *y)
{
    char **ys = g_strsplit(y, ",", -1);
    GError *err = NULL;
    TjChartData *d = tj_chart_data_from_table(t, x, (const char *const *)ys,
                                              g_strv_length(ys), NULL, 0, NULL, &err);
    g_assert_no_error(err);
    g_strfreev(ys);
    return d;
}

static TjScene *
lay(const TjChartData *d, const TjBarSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_bar(s, d, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

/* No two text items overlap (rotated ones are checked across their slant),
 * and everything lies on the page. */
static void
assert_clean(const TjScene *s)
{
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    guint n = tj_scene_n_items(s);
    for (guint i = 0; i < n; i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        if (!tj_rect_contains(&page, &ra, 0.5))
            g_error("item %u (%s) off the page: %.1f %.1f %.1f %.1f", i, a->role,
                    ra.x, ra.y, ra.w, ra.h);
        if (a->kind != TJ_ITEM_TEXT || a->u.text.angle != 0)
            continue;
        for (guint j = i + 1; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT || b->u.text.angle != 0)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("labels overlap: “%s” and “%s”", a->u.text.text, b->u.text.text);
        }
    }
}

/* Rotated labels keep at least a line's height between their slanted lines. */
static void
assert_rotated_spaced(const TjScene *s)
{
    double prev = NAN;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT || a->u.text.angle == 0)
            continue;
        double t = -a->u.text.angle * G_PI / 180;
        if (!isnan(prev))
            g_assert_cmpfloat((a->u.text.x - prev) * sin(t), >=, a->u.text.font.size * 0.85);
        prev = a->u.text.x;
    }
}

static double
bar_ratio_spread(const TjScene *s, const TjChartData *d, gboolean horizontal)
{
    double lo = INFINITY, hi = -INFINITY;
    guint k = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_RECT || !g_str_has_prefix(it->role, "bar"))
            continue;
        while (k < d->n_cat && !isfinite(d->series[0].values[k]))
            k++;
        g_assert_cmpuint(k, <, d->n_cat);
        double len = horizontal ? it->u.rect.w : it->u.rect.h;
        double r = len / fabs(d->series[0].values[k++]);
        lo = MIN(lo, r);
        hi = MAX(hi, r);
    }
    g_assert_cmpuint(k, ==, d->n_cat);
    return hi / lo - 1;
}

static void
assert_has_text(const TjScene *s, const char *role, const char *text)
{
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_TEXT && strcmp(it->role, role) == 0)
            g_string_append(all, it->u.text.text);
    }
    if (!strstr(all->str, text))
        g_error("no %s “%s” in “%s”", role, text, all->str);
    g_string_free(all, TRUE);
}

/* No target line crosses a value label (issue 15 item 7): each segment's
 * box is clear of every bar.value text's box. Returns the segments. */
static guint
assert_target_clear(const TjScene *s)
{
    guint n = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (strcmp(a->role, "target.line") != 0)
            continue;
        n++;
        TjRect ra = tj_scene_item_box(s, a);
        for (guint j = 0; j < tj_scene_n_items(s); j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT || strcmp(b->role, "bar.value") != 0)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0))
                g_error("the target line crosses the value label “%s”", b->u.text.text);
        }
    }
    return n;
}

static void
test_economy_vertical(void)
{
    TjTable *t = load("examples/dongcheng-2021/economy-2020.csv");
    TjChartData *d = data_of(t, "指标", "数值");
    g_assert_cmpstr(d->unit, ==, "亿元");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.title = "2020年东城区主要经济指标";
    spec.source = "2021年东城区政府工作报告";
    TjScene *s = lay(d, &spec);
    assert_clean(s);
    assert_rotated_spaced(s);
    g_assert_cmpfloat(bar_ratio_spread(s, d, FALSE), <, 1e-9);
    for (guint i = 0; i < d->n_cat; i++)
        assert_has_text(s, "category.label", d->categories[i]);
    assert_has_text(s, "bar.value", "2954.7");
    assert_has_text(s, "bar.value", "91.97");
    assert_has_text(s, "unit", "单位：亿元");
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/bar-economy.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

static void
test_economy_horizontal(void)
{
    TjTable *t = load("examples/dongcheng-2021/economy-2020.csv");
    TjChartData *d = data_of(t, "指标", "数值");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.horizontal = TRUE;
    spec.highlight = "区级一般公共预算收入";
    spec.title = "2020年主要经济指标";
    TjScene *s = lay(d, &spec);
    assert_clean(s);
    g_assert_cmpfloat(bar_ratio_spread(s, d, TRUE), <, 1e-9);
    for (guint i = 0; i < d->n_cat; i++)
        assert_has_text(s, "category.label", d->categories[i]);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/bar-economy-horizontal.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* Long labels in a narrow chart wrap or rotate; they never overlap. */
static void
test_narrow_long_labels(void)
{
    TjTable *t = load("examples/dongcheng-2021/economy-2020.csv");
    TjChartData *d = data_of(t, "指标", "数值");
    static const double widths[] = { 300, 420, 560, 800, 1200 };
    for (gsize w = 0; w < G_N_ELEMENTS(widths); w++) {
        for (int h = 0; h < 2; h++) {
            TjBarSpec spec;
            tj_bar_spec_init(&spec);
            spec.width = widths[w];
            spec.height = 360;
            spec.horizontal = h;
            TjScene *s = lay(d, &spec);
            assert_clean(s);
            assert_rotated_spaced(s);
            tj_scene_free(s);
        }
    }
    tj_chart_data_free(d);
    tj_table_free(t);
}

static void
test_grouped_negative(void)
{
    TjTable *t = load("tests/data/bar/mixed.csv");
    TjChartData *d = data_of(t, "地区", "2019年,2020年");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.title = "增速";
    spec.target = 5;
    TjScene *s = lay(d, &spec);
    assert_clean(s);
    assert_has_text(s, "legend.label", "2019年");
    assert_has_text(s, "bar.value", "-3.2");
    assert_has_text(s, "target.label", "目标 5");
    g_assert_cmpuint(assert_target_clear(s), ==, 2);   /* broken around "4.4" */
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/bar-grouped-negative.scene", dump);
    g_free(dump);
    tj_scene_free(s);

    spec.stacked = TRUE;
    spec.target = NAN;
    s = lay(d, &spec);
    assert_clean(s);
    /* each part carries its own figure where it fits (issue 15 item 7) */
    assert_has_text(s, "bar.part", "15.0");
    assert_has_text(s, "bar.value", "24.9");   /* and the total */
    {   /* shares (the 2020 communiqué's three industries): parts as shares,
         * no "100.0" total */
        TjTable *st = load("tests/data/bar/shares.csv");
        TjChartData *sd = data_of(st, "年份", "第一产业,第二产业,第三产业");
        TjScene *ss = lay(sd, &spec);
        assert_clean(ss);
        assert_has_text(ss, "bar.part", "37.8%");
        assert_has_text(ss, "bar.part", "54.5%");
        for (guint i = 0; i < tj_scene_n_items(ss); i++)
            g_assert_cmpstr(tj_scene_item(ss, i)->role, !=, "bar.value");
        tj_scene_free(ss);
        tj_chart_data_free(sd);
        tj_table_free(st);
    }
    dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/bar-stacked.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

static void
test_errors(void)
{
    TjTable *t = load("examples/dongcheng-2021/economy-2020.csv");
    TjChartData *d = data_of(t, "指标", "数值");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.highlight = "地区生产总量";
    TjScene *s = tj_scene_new(800, 500);
    GError *err = NULL;
    g_assert_false(tj_layout_bar(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpstr(err->message, ==,
                    "highlight: no category “地区生产总量”; did you mean “地区生产总值”?");
    g_clear_error(&err);
    tj_scene_free(s);
    tj_chart_data_free(d);

    /* the 同比 column has missing cells and numbers; an all-missing pick fails */
    const char *ys[] = { "同比" };
    TjWhere w = { "指标", "固定资产投资", { 0 } };
    d = tj_chart_data_from_table(t, "指标", ys, 1, &w, 1, NULL, &err);
    g_assert_no_error(err);
    tj_bar_spec_init(&spec);
    s = tj_scene_new(800, 500);
    g_assert_false(tj_layout_bar(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_scene_free(s);
    tj_chart_data_free(d);

    /* a misspelt column */
    const char *bad[] = { "数直" };
    d = tj_chart_data_from_table(t, "指标", bad, 1, NULL, 0, NULL, &err);
    g_assert_null(d);
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "did you mean “数值”"));
    g_clear_error(&err);
    tj_table_free(t);
}

/* One bar, all negative, all equal, all zero: a clean picture each. */
static void
test_edge_cases(void)
{
    static const char *const csvs[] = {
        "指标,数值\n地区生产总值,2954.7\n",
        "指标,数值\n区级一般公共预算收入,-4.4\n社会消费品零售总额,-8\n固定资产投资,-1.5\n",
        "指标,数值\n甲,7\n乙,7\n丙,7\n",
        "指标,数值\n甲,0\n乙,0\n",
    };
    for (gsize c = 0; c < G_N_ELEMENTS(csvs); c++) {
        GError *err = NULL;
        TjTable *t = tj_table_parse(csvs[c], strlen(csvs[c]), "edge.csv", &err);
        g_assert_no_error(err);
        TjChartData *d = data_of(t, "指标", "数值");
        for (int h = 0; h < 2; h++) {
            TjBarSpec spec;
            tj_bar_spec_init(&spec);
            spec.horizontal = h;
            spec.title = "边界";
            TjScene *s = lay(d, &spec);
            assert_clean(s);
            guint bars = 0;
            for (guint i = 0; i < tj_scene_n_items(s); i++) {
                const TjItem *it = tj_scene_item(s, i);
                if (it->kind == TJ_ITEM_RECT && g_str_has_prefix(it->role, "bar")) {
                    g_assert_true(isfinite(it->u.rect.x) && isfinite(it->u.rect.y));
                    g_assert_true(isfinite(it->u.rect.w) && isfinite(it->u.rect.h));
                    bars++;
                }
            }
            g_assert_cmpuint(bars, ==, d->n_cat);
            if (c == 1 && !h)  /* negative bars hang below the zero line */
                g_assert_cmpfloat(bar_ratio_spread(s, d, FALSE), <, 1e-9);
            tj_scene_free(s);
        }
        tj_chart_data_free(d);
        tj_table_free(t);
    }
}

/* Bars of a change are good or bad news by polarity (issue 15 item 4):
 * quarterly GDP growth by the series' name, a fall in red and rises in
 * green; a name with no known direction stays the primary colour. */
static void
test_change_polarity(void)
{
    const TjTheme *th = tj_theme_builtin(NULL);
    TjTable *t = load("examples/national-2020/quarters-2020.csv");
    TjChartData *d = data_of(t, "季度", "国内生产总值同比增长");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    TjScene *s = lay(d, &spec);
    guint n = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, "bar") != 0)
            continue;
        TjColor want = n == 0 ? th->bad : th->good;   /* -6.8, then 3.2, 4.9, 6.5 */
        g_assert_true(it->paint.fill.r == want.r && it->paint.fill.g == want.g &&
                      it->paint.fill.b == want.b);
        n++;
    }
    g_assert_cmpuint(n, ==, 4);
    tj_scene_free(s);
    g_free(d->series[0].name);
    d->series[0].name = g_strdup("接诉即办同比增长");   /* no direction known */
    s = lay(d, &spec);
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, "bar") == 0)
            g_assert_true(it->paint.fill.r == th->primary.r && it->paint.fill.g == th->primary.g);
    }
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

static gboolean
same_color(const TjColor *a, const TjColor *b)
{
    return a->r == b->r && a->g == b->g && a->b == b->b;
}

/* In a chart coloured by polarity a bar whose indicator has no known
 * direction (接诉即办) is neutral like a tile's change, not the primary red
 * that reads as bad news beside a green rise; a zero change too. */
static void
test_change_polarity_neutral(void)
{
    const TjTheme *th = tj_theme_builtin(NULL);
    const char *csv = "指标,增速\n地区生产总值,6.1\n接诉即办工单,12.5\n细颗粒物浓度,-9.1\n"
                      "城镇登记失业率,0\n";
    GError *err = NULL;
    TjTable *t = tj_table_parse(csv, strlen(csv), "polar.csv", &err);
    g_assert_no_error(err);
    TjChartData *d = data_of(t, "指标", "增速");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    TjScene *s = lay(d, &spec);
    const TjColor *want[] = { &th->good, &th->text_secondary, &th->good, &th->text_secondary };
    guint n = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, "bar") != 0)
            continue;
        g_assert_cmpuint(n, <, G_N_ELEMENTS(want));
        g_assert_true(same_color(&it->paint.fill, want[n]));
        n++;
    }
    g_assert_cmpuint(n, ==, 4);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/bar/economy-vertical", test_economy_vertical);
    g_test_add_func("/bar/economy-horizontal", test_economy_horizontal);
    g_test_add_func("/bar/narrow-long-labels", test_narrow_long_labels);
    g_test_add_func("/bar/grouped-negative", test_grouped_negative);
    g_test_add_func("/bar/errors", test_errors);
    g_test_add_func("/bar/edge-cases", test_edge_cases);
    g_test_add_func("/bar/change-polarity", test_change_polarity);
    g_test_add_func("/bar/change-polarity-neutral", test_change_polarity_neutral);
    return g_test_run();
}
