/* tests/unit/test-panels.c — a bar chart of rows in several units drawn
 * as panels (`panels: unit`, issue 15 item 2; layouts/bar-panels.c): the
 * rows grouped by unit (a magnitude is not a unit), one panel per unit,
 * stacked inside the chart's box without overlapping, each with one unit
 * line, the title once; a golden. Figures are the 2021 report's. */
#include <string.h>

#include "data/table.h"
#include "layouts/bar.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

static const char csv[] =
    "指标,数值\n"
    "新增就业岗位,3991个\n"
    "老旧小区综合整治,5处\n"
    "背街小巷整治提升,89条\n"
    "新增城市绿地,12.3万平方米\n"
    "新增公园绿地,36000平方米\n"
    "棚户区改造,1200户\n";

/* The rows grouped by unit: 万平方米 and 平方米 are one group, in the
 * order of their first row. */
static void
test_groups(void)
{
    TjTable *t = tj_table_parse(csv, strlen(csv), "p.csv", NULL);
    static const char *const ys[] = { "数值" };
    TjChartData *d = tj_chart_data_from_table(t, "指标", ys, 1, NULL, 0, NULL, NULL);
    g_assert_nonnull(d);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *groups = tj_chart_data_rows_by_unit(t, d, names);
    g_assert_cmpuint(groups->len, ==, 5);
    static const char *const want[] = { "个", "处", "条", "万平方米", "户" };
    static const guint sizes[] = { 1, 1, 1, 2, 1 };
    for (guint g = 0; g < groups->len; g++) {
        g_assert_cmpstr(names->pdata[g], ==, want[g]);
        g_assert_cmpuint(((GArray *)groups->pdata[g])->len, ==, sizes[g]);
    }
    g_assert_cmpuint(g_array_index((GArray *)groups->pdata[3], guint, 1), ==, 4);
    g_ptr_array_unref(groups);
    g_ptr_array_unref(names);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* Two units, settled apart: 万平方米 and 平方米 in one panel (one magnitude),
 * 户 in another. */
static TjChartData **
parts_of(const TjTable *t, guint *n)
{
    static const char *const ys[] = { "数值" };
    static const guint rows[2][2] = { { 3, 4 }, { 5, 0 } };
    static const guint n_rows[2] = { 2, 1 };
    TjChartData **parts = g_new0(TjChartData *, 2);
    for (guint i = 0; i < 2; i++) {
        GError *err = NULL;
        parts[i] = tj_chart_data_from_rows(t, "指标", ys, 1, rows[i], n_rows[i], NULL, &err);
        g_assert_no_error(err);
        g_assert_true(tj_chart_data_settle(t, parts[i], 0, &err));
    }
    *n = 2;
    return parts;
}

/* Rows of one unit whose values one axis cannot show together (per-capita
 * 元 beside totals in 亿元: more than 10^6 apart) are grouped by their
 * units as written; close ones stay one group (万元 and 亿元 of a
 * budget). */
static void
test_groups_far_apart(void)
{
    static const char far[] = "指标,数值,单位\n一般公共预算收入,182895,亿元\n"
                              "全国居民人均可支配收入,32189,元\n财政赤字,-37600,亿元\n"
                              "外汇储备,32165,亿美元\n";
    static const char near[] = "指标,数值,单位\n区级一般公共预算收入,181.4,亿元\n"
                               "专项资金,1000,万元\n";
    const char *const tables[] = { far, near };
    const char *const want[][3] = { { "亿元", "元", "亿美元" }, { "亿元", NULL, NULL } };
    for (guint k = 0; k < 2; k++) {
        TjTable *t = tj_table_parse(tables[k], strlen(tables[k]), "p.csv", NULL);
        static const char *const ys[] = { "数值" };
        TjChartData *d = tj_chart_data_from_table(t, "指标", ys, 1, NULL, 0, NULL, NULL);
        GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
        GPtrArray *groups = tj_chart_data_rows_by_unit(t, d, names);
        g_assert_cmpuint(groups->len, ==, k == 0 ? 3 : 1);
        for (guint g = 0; g < groups->len; g++)
            g_assert_cmpstr(names->pdata[g], ==, want[k][g]);
        if (k == 0)
            g_assert_cmpuint(((GArray *)groups->pdata[0])->len, ==, 2);
        g_ptr_array_unref(groups);
        g_ptr_array_unref(names);
        tj_chart_data_free(d);
        tj_table_free(t);
    }
}

/* The box of everything inside the @nth group with @role (from 0). */
static TjRect
group_box(const TjScene *s, const char *role, guint nth)
{
    TjRect box = { 0, 0, 0, 0 };
    gboolean in = FALSE, any = FALSE;
    int depth = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP) {
            if (!in && strcmp(it->role, role) == 0 && depth > 0 && nth-- == 0) {
                in = TRUE;
                depth = 0;
            }
            depth++;
            continue;
        }
        if (it->kind == TJ_ITEM_GROUP_END) {
            if (--depth == 0 && in)
                break;
            continue;
        }
        if (!in)
            continue;
        TjRect r = tj_scene_item_box(s, it);
        if (!any)
            box = r;
        else
            box = tj_rect_union(&box, &r);
        any = TRUE;
    }
    g_assert_true(any);
    return box;
}

static void
test_layout(void)
{
    TjTable *t = tj_table_parse(csv, strlen(csv), "p.csv", NULL);
    guint n;
    TjChartData **parts = parts_of(t, &n);
    g_assert_cmpstr(parts[0]->unit, ==, "万平方米");   /* 36000平方米 is 3.6万平方米 */
    g_assert_cmpstr(parts[0]->series[0].labels[1], ==, "3.6");
    g_assert_cmpstr(parts[1]->unit, ==, "户");
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.width = 800;
    spec.height = 560;
    spec.title = "2020年城市建设";
    spec.highlight = "棚户区改造";
    TjScene *s = tj_scene_new(spec.width, spec.height);
    GError *err = NULL;
    g_assert_true(tj_layout_bar_panels(s, (const TjChartData *const *)parts, n, &spec,
                                       tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    /* one title; one unit line per panel, each its panel's unit */
    guint titles = 0, units = 0;
    const char *unit_text[2] = { NULL, NULL };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        titles += strcmp(it->role, "title") == 0;
        if (strcmp(it->role, "unit") == 0 && units < 2)
            unit_text[units++] = it->u.text.text;
        else if (strcmp(it->role, "unit") == 0)
            units++;
    }
    g_assert_cmpuint(titles, ==, 1);
    g_assert_cmpuint(units, ==, 2);
    g_assert_cmpstr(unit_text[0], ==, "单位：万平方米");
    g_assert_cmpstr(unit_text[1], ==, "单位：户");
    /* panels stacked top to bottom inside the box, apart */
    TjRect a = group_box(s, "chart.bar", 0), b = group_box(s, "chart.bar", 1);
    TjRect page = { 0, 0, spec.width, spec.height };
    g_assert_true(tj_rect_contains(&page, &a, 0.5));
    g_assert_true(tj_rect_contains(&page, &b, 0.5));
    g_assert_false(tj_rect_overlaps(&a, &b, 0));
    g_assert_cmpfloat(a.y + a.h, <, b.y);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/bar-panels.scene", dump);
    g_free(dump);
    tj_scene_free(s);

    /* too low a box for two panels: refused, nothing drawn */
    spec.height = 200;
    s = tj_scene_new(spec.width, spec.height);
    g_assert_false(tj_layout_bar_panels(s, (const TjChartData *const *)parts, n, &spec,
                                        tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    g_assert_cmpuint(tj_scene_n_items(s), ==, 0);
    tj_scene_free(s);
    for (guint i = 0; i < n; i++)
        tj_chart_data_free(parts[i]);
    g_free(parts);
    tj_table_free(t);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/panels/groups", test_groups);
    g_test_add_func("/panels/groups-far-apart", test_groups_far_apart);
    g_test_add_func("/panels/layout", test_layout);
    return g_test_run();
}
