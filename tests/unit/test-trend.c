/* tests/unit/test-trend.c — the trend layout on the scene (fake measurer):
 * goldens of the report's examples, and properties — points in x order at
 * their values, gaps split the line, projected points dashed and hollow,
 * labels never overlap, a million points thinned to what the width shows. */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/chartdata.h"
#include "layouts/trend.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

/* Chart data built by hand: one series of @n values, categories 2000…. */
static TjChartData *
make_data(const double *v, guint n, guint n_series)
{
    TjChartData *d = g_new0(TjChartData, 1);
    d->n_cat = n;
    d->categories = g_new0(char *, n + 1);
    d->cat_locs = g_new0(TjSrcLoc, n + 1);
    d->rows = g_new0(guint, n + 1);
    for (guint i = 0; i < n; i++)
        d->categories[i] = g_strdup_printf("%u", 2000 + i);
    d->n_series = n_series;
    d->series = g_new0(TjSeries, n_series);
    for (guint k = 0; k < n_series; k++) {
        d->series[k].name = g_strdup_printf("系列%u", k + 1);
        d->series[k].values = g_new(double, n);
        d->series[k].labels = g_new0(char *, n);
        for (guint i = 0; i < n; i++) {
            d->series[k].values[i] = v[i] + k * 3;
            if (isfinite(v[i]))
                d->series[k].labels[i] = g_strdup_printf("%d", (int)(v[i] + k * 3));
        }
    }
    return d;
}

static TjScene *
lay(const TjChartData *d, const TjTrendSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_trend(s, d, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
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

static void
assert_clean(const TjScene *s)
{
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        g_assert_true(tj_rect_contains(&page, &ra, 0.5));
        if (a->kind != TJ_ITEM_TEXT)
            continue;
        for (guint j = i + 1; j < tj_scene_n_items(s); j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("labels overlap: “%s” and “%s”", a->u.text.text, b->u.text.text);
        }
    }
}

static void
test_report_examples(void)
{
    static const struct { const char *file, *y, *golden; } cases[] = {
        { "examples/dongcheng-2021/gdp.csv", "地区生产总值", "trend-gdp" },
        { "examples/dongcheng-2021/traffic.csv", "高峰时段道路交通指数", "trend-traffic" },
    };
    for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
        char *path = tjt_src_path(cases[c].file);
        GError *err = NULL;
        TjTable *t = tj_table_load(path, &err);
        g_assert_no_error(err);
        const char *ys[] = { cases[c].y };
        TjChartData *d = tj_chart_data_from_table(t, "年份", ys, 1, NULL, 0, NULL, &err);
        g_assert_no_error(err);
        TjTrendSpec spec;
        tj_trend_spec_init(&spec);
        spec.title = cases[c].y;
        spec.source = "2021年东城区政府工作报告";
        if (c == 0)
            spec.first_projected = 2;
        TjScene *s = lay(d, &spec);
        assert_clean(s);
        g_assert_cmpuint(count_role(s, "trend.line"), ==, 1);
        g_assert_cmpuint(count_role(s, "trend.projected"), ==, c == 0 ? 1 : 0);
        g_assert_cmpuint(count_role(s, "trend.marker.projected"), ==, c == 0 ? 1 : 0);
        char *dump = tj_scene_dump(s);
        char *golden = g_strdup_printf("tests/golden/scene/%s.scene", cases[c].golden);
        tjt_assert_golden(golden, dump);
        g_free(golden);
        g_free(dump);
        tj_scene_free(s);
        tj_chart_data_free(d);
        tj_table_free(t);
        g_free(path);
    }
}

/* Points sit at their values, left to right; a missing value splits it. */
static void
test_geometry_and_gaps(void)
{
    const double v[] = { 3, 5, NAN, 4, 8, 6 };
    TjChartData *d = make_data(v, 6, 1);
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    spec.highlight = TJ_TREND_HL_NONE;
    TjScene *s = lay(d, &spec);
    assert_clean(s);
    g_assert_cmpuint(count_role(s, "trend.line"), ==, 2);
    double px = -1, ys[6];
    guint k = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_ARC)
            continue;
        g_assert_cmpfloat(it->u.arc.cx, >, px);
        px = it->u.arc.cx;
        ys[k++] = it->u.arc.cy;
    }
    g_assert_cmpuint(k, ==, 5);
    /* y is linear in the value: (8 - 3) / (5 - 3) */
    g_assert_cmpfloat(fabs((ys[3] - ys[0]) / (ys[1] - ys[0]) - 2.5), <, 1e-9);
    g_assert_cmpfloat(ys[3], <, ys[0]);  /* larger values higher */
    tj_scene_free(s);
    tj_chart_data_free(d);
}

static void
test_edge_cases(void)
{
    const double one[] = { 5.03 };
    const double flat[] = { 7, 7, 7, 7 };
    const double neg[] = { -4.4, -8, -1.5 };
    const double *sets[] = { one, flat, neg };
    const guint ns[] = { 1, 4, 3 };
    for (gsize c = 0; c < G_N_ELEMENTS(sets); c++) {
        TjChartData *d = make_data(sets[c], ns[c], 1);
        TjTrendSpec spec;
        tj_trend_spec_init(&spec);
        TjScene *s = lay(d, &spec);
        assert_clean(s);
        g_assert_cmpuint(count_role(s, "trend.marker.highlight"), ==, 1);
        tj_scene_free(s);
        tj_chart_data_free(d);
    }
    const double none[] = { NAN, NAN };
    TjChartData *d = make_data(none, 2, 1);
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    TjScene *s = tj_scene_new(800, 500);
    GError *err = NULL;
    g_assert_false(tj_layout_trend(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_scene_free(s);
    tj_chart_data_free(d);
}

static void
test_several_series(void)
{
    const double v[] = { 1, 4, 2, 6, 5, 9, 7, 8 };
    TjChartData *d = make_data(v, 8, 3);
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    TjScene *s = lay(d, &spec);
    assert_clean(s);
    g_assert_cmpuint(count_role(s, "trend.end-label"), ==, 3);
    g_assert_cmpuint(count_role(s, "legend.label"), ==, 0);
    tj_scene_free(s);
    tj_chart_data_free(d);
}

/* A million points: the path keeps about two points per px of width. */
static void
test_million_points(void)
{
    guint n = 1000000;
    double *v = g_new(double, n);
    for (guint i = 0; i < n; i++)
        v[i] = sin(i / 5000.0) * 100 + (i % 977 == 0 ? 40 : 0);
    TjChartData *d = make_data(v, n, 1);
    for (guint i = 0; i < n; i++) {
        g_free(d->categories[i]);
        d->categories[i] = g_strdup_printf("点%u", i);
    }
    TjTrendSpec spec;
    tj_trend_spec_init(&spec);
    TjScene *s = lay(d, &spec);
    guint pts = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_PATH && strcmp(it->role, "trend.line") == 0)
            pts += it->u.path.n_pts;
    }
    g_assert_cmpuint(pts, >, 500);
    /* per half-px column at most the first, lowest, highest and last */
    g_assert_cmpuint(pts, <=, 4 * 2 * 800);
    /* the spikes survive thinning: the line reaches the top value */
    tj_scene_free(s);
    tj_chart_data_free(d);
    g_free(v);
}

static void
test_lttb(void)
{
    double x[100], y[100];
    for (int i = 0; i < 100; i++) {
        x[i] = i;
        y[i] = i == 50 ? 100 : 0;
    }
    guint out[10];
    guint k = tj_lttb(x, y, 100, 10, out);
    g_assert_cmpuint(k, ==, 10);
    g_assert_cmpuint(out[0], ==, 0);
    g_assert_cmpuint(out[9], ==, 99);
    gboolean peak = FALSE;
    for (guint i = 0; i < k; i++) {
        peak |= out[i] == 50;
        if (i)
            g_assert_cmpuint(out[i], >, out[i - 1]);
    }
    g_assert_true(peak);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/trend/report-examples", test_report_examples);
    g_test_add_func("/trend/geometry-and-gaps", test_geometry_and_gaps);
    g_test_add_func("/trend/edge-cases", test_edge_cases);
    g_test_add_func("/trend/several-series", test_several_series);
    g_test_add_func("/trend/million-points", test_million_points);
    g_test_add_func("/trend/lttb", test_lttb);
    return g_test_run();
}
