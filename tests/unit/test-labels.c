/* tests/unit/test-labels.c — every label shown, whole (issue 14, items 2
 * and 3), on the scene with the fake measurer: names of real statistical
 * bulletins (tests/data/text/growth-names.csv: the 2020 national communiqué
 * and the 2021 Dongcheng report; provinces.csv: the 31 provinces) in bar
 * charts of several sizes. A label is wrapped, never cut, until 3 lines
 * are not enough; then it is shortened and a warning names it. */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

static TjChartData *
load(const char *rel, const char *x, const char *y, TjTable **t)
{
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_free(path);
    const char *ys[1] = { y };
    TjChartData *d = tj_chart_data_from_table(*t, x, ys, 1, NULL, 0, NULL, &err);
    g_assert_no_error(err);
    return d;
}

static TjScene *
lay(const TjChartData *d, const TjBarSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    gboolean ok = tj_layout_bar(s, d, spec, tjt_chart_theme(), tj_measurer_fake(), &err);
    g_assert_no_error(err);
    g_assert_true(ok);
    return s;
}

/* The texts of role @role, in scene order, run together. */
static char *
joined(const TjScene *s, const char *role)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_TEXT && strcmp(it->role, role) == 0)
            g_string_append(out, it->u.text.text);
    }
    return g_string_free(out, FALSE);
}

/* Every category name is drawn whole, in order; nothing on the scene is
 * shortened; everything is on the page; no warning. */
static void
assert_whole(const TjScene *s, const TjChartData *d)
{
    GString *want = g_string_new(NULL);
    for (guint i = 0; i < d->n_cat; i++)
        g_string_append(want, d->categories[i]);
    char *got = joined(s, "category.label");
    g_assert_cmpstr(got, ==, want->str);
    g_free(got);
    g_string_free(want, TRUE);
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_TEXT)
            continue;
        g_assert_null(strstr(it->u.text.text, "…"));
        TjRect r = tj_scene_item_box(s, it);
        if (!tj_rect_contains(&page, &r, 0.5))
            g_error("“%s” off the page: %.1f %.1f %.1f %.1f", it->u.text.text, r.x, r.y, r.w,
                    r.h);
    }
    /* no name shortened; value labels left out for room are said so
     * (label-dropped), which is not this test's business */
    for (guint i = 0; i < tj_diag_list_n(tj_scene_diags(s)); i++) {
        const TjDiag *dg = tj_diag_list_get(tj_scene_diags(s), i);
        if (g_strcmp0(dg->code, "label-dropped") != 0)
            g_error("warned: %s", dg->text);
    }
}

/* In a chart too small for them, each name is whole or else named by a
 * warning (and the title, too, is whole or warned about). */
static void
assert_warned(const TjScene *s, const TjChartData *d)
{
    char *got = joined(s, "category.label");
    const TjDiagList *w = tj_scene_diags(s);
    guint cut = 0;
    for (guint i = 0; i < d->n_cat; i++) {
        if (strstr(got, d->categories[i]))
            continue;
        cut++;
        gboolean named = FALSE;
        for (guint k = 0; k < tj_diag_list_n(w); k++)
            named |= strstr(tj_diag_list_get(w, k)->text, d->categories[i]) != NULL;
        if (!named)
            g_error("“%s” shortened without a warning", d->categories[i]);
    }
    g_assert_cmpuint(cut, <=, tj_diag_list_n(w));
    g_free(got);
}

/* 15 long indicator names as vertical bars: too many for the width, so the
 * chart turns horizontal; every name whole at each size from 600 px wide;
 * below, a name may be shortened, never silently. */
static void
test_many_long_names(void)
{
    TjTable *t;
    TjChartData *d = load("tests/data/text/growth-names.csv", "指标", "增速", &t);
    static const double sizes[][2] = { { 800, 500 }, { 600, 500 }, { 1080, 700 }, { 500, 800 },
                                       { 400, 600 } };
    for (gsize k = 0; k < G_N_ELEMENTS(sizes); k++) {
        TjBarSpec spec;
        tj_bar_spec_init(&spec);
        spec.width = sizes[k][0];
        spec.height = sizes[k][1];
        spec.title = "2020年国民经济和社会发展统计公报主要指标增速一览（按全国与东城区分别列示）";
        spec.source = "2020年国民经济和社会发展统计公报，国家统计局，2021年2月28日发布；"
                      "2021年北京市东城区政府工作报告";
        for (int h = 0; h < 2; h++) {
            spec.horizontal = h;
            TjScene *s = lay(d, &spec);
            if (spec.width < 600)
                assert_warned(s, d);
            else
                assert_whole(s, d);
            char *title = joined(s, "title");
            g_assert_cmpstr(title, ==, spec.title);   /* wrapped, not cut */
            g_free(title);
            char *src = joined(s, "source");
            if (spec.width >= 500)
                g_assert_true(g_str_has_suffix(src, spec.source));
            g_free(src);
            tj_scene_free(s);
        }
    }
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* 31 provinces: every bar named (none skipped), the first name inside the
 * chart's left edge; too low a chart for 31 rows of names is an error. */
static void
test_provinces(void)
{
    TjTable *t;
    TjChartData *d = load("tests/data/text/provinces.csv", "地区", "值", &t);
    static const double sizes[][2] = { { 600, 640 }, { 800, 500 }, { 1080, 500 } };
    for (gsize k = 0; k < G_N_ELEMENTS(sizes); k++) {
        TjBarSpec spec;
        tj_bar_spec_init(&spec);
        spec.width = sizes[k][0];
        spec.height = sizes[k][1];
        TjScene *s = lay(d, &spec);
        assert_whole(s, d);
        tj_scene_free(s);
    }
    /* 600 × 500: 31 rows of 14 px hold no line of names (they ran into
     * each other): refused, saying how many fit */
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.width = 600;
    spec.height = 500;
    TjScene *s = tj_scene_new(600, 500);
    GError *err = NULL;
    g_assert_false(tj_layout_bar(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_nonnull(strstr(err->message, "31 categories do not fit"));
    g_error_free(err);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* Past 3 lines a label is shortened, and the warning names it and the
 * width it needed. */
static void
test_shortened_warns(void)
{
    const char *names[] = {
        "全国居民人均可支配收入扣除价格因素后实际增长速度与城镇居民人均可支配收入增长速度"
        "之差以及农村居民人均可支配收入增长速度",
        "地区生产总值",
    };
    TjTable *t = tj_table_new("t");
    const double v[] = { 2.1, 2.3 };
    g_assert_true(tj_table_add_text_column(t, "指标", names, 2, NULL));
    g_assert_true(tj_table_add_number_column(t, "值", v, 2, NULL, NULL));
    const char *ys[1] = { "值" };
    GError *err = NULL;
    TjChartData *d = tj_chart_data_from_table(t, "指标", ys, 1, NULL, 0, NULL, &err);
    g_assert_no_error(err);
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.width = 300;
    spec.height = 300;
    spec.horizontal = TRUE;
    TjScene *s = lay(d, &spec);
    const TjDiagList *w = tj_scene_diags(s);
    g_assert_cmpuint(tj_diag_list_n(w), ==, 1);
    const TjDiag *diag = tj_diag_list_get(w, 0);
    g_assert_cmpstr(diag->code, ==, "label-shortened");
    g_assert_nonnull(strstr(diag->text, names[0]));
    g_assert_nonnull(strstr(diag->text, " px"));
    char *got = joined(s, "category.label");
    g_assert_nonnull(strstr(got, "…"));
    g_assert_true(g_str_has_suffix(got, "地区生产总值"));
    g_free(got);
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/labels/many-long-names", test_many_long_names);
    g_test_add_func("/labels/provinces", test_provinces);
    g_test_add_func("/labels/shortened-warns", test_shortened_warns);
    return g_test_run();
}
