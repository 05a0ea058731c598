/* tests/unit/test-combo-pie-rank.c — the combo, pie and rank layouts on the
 * scene with the fake measurer: goldens of whole scenes, and what a reader
 * relies on (the combo's gridlines shared; slices folded into 其他, thin
 * slices labelled outside with a leader, no two labels overlapping, shares
 * not summing to 100 % noted and warned; top-N, tied ranks, the highlighted
 * entry below the first N). Their ticks: test-ticks.c; their pictures:
 * test-kinds-images.c. Figures: examples/national-2020 (2020 公报). */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/combo.h"
#include "layouts/pie.h"
#include "layouts/rank.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/collide.h"
#include "support/tjtest.h"

static TjTable *
load_csv(const char *csv)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse(csv, strlen(csv), "t.csv", &err);
    g_assert_no_error(err);
    return t;
}

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

/* No two texts overlap, no text lies on a data mark
 * (tests/support/collide.h), and everything lies on the page. Slanted
 * names (a combo's, when too many to wrap) are checked across their slant
 * by the shared checker; their upright boxes overlap by design. */
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
            g_error("item %u (%s) off the page: %.1f %.1f %.1f %.1f", i, a->role, ra.x, ra.y,
                    ra.w, ra.h);
        if (a->kind != TJ_ITEM_TEXT || a->u.text.angle != 0)
            continue;
        for (guint j = i + 1; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT || b->u.text.angle != 0)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5)) {
                char *dump = tj_scene_dump(s), *path = tjt_out_path("overlap.scene");
                g_file_set_contents(path, dump, -1, NULL);
                g_error("labels overlap: “%s” and “%s” (scene in %s)", a->u.text.text,
                        b->u.text.text, path);
            }
        }
    }
    tjt_assert_no_collision(s, "combo-pie-rank");
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
            (!text || strcmp(it->u.text.text, text) == 0))
            return it;
    }
    return NULL;
}

/* ---- combo ------------------------------------------------------------------ */

static TjScene *
combo_scene(const char *csv_rel, const char *x, const char *bar, const char *line, double w,
            double h, TjChartData **out)
{
    TjTable *t = load(csv_rel);
    char *y = g_strconcat(bar, ",", line, NULL);
    TjChartData *d = data_of(t, x, y);
    g_free(y);
    TjComboSpec spec;
    tj_combo_spec_init(&spec);
    spec.width = w;
    spec.height = h;
    spec.title = "2020年三次产业增加值及其增长速度";
    spec.source = "国家统计局";
    TjScene *s = tj_scene_new(w, h);
    GError *err = NULL;
    g_assert_true(tj_layout_combo(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    tj_table_free(t);
    *out = d;
    return s;
}

/* Each left tick label has a right one on the same gridline, and there is
 * one zero line. */
static void
assert_gridlines_shared(const TjScene *s)
{
    GArray *left = g_array_new(FALSE, FALSE, sizeof(double));
    GArray *right = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_TEXT)
            continue;
        double cy = tj_scene_text_box(it).y + tj_scene_text_box(it).h / 2;
        if (strcmp(it->role, "axis.tick-label") == 0)
            g_array_append_val(left, cy);
        else if (strcmp(it->role, "axis.tick-label.right") == 0)
            g_array_append_val(right, cy);
    }
    g_assert_cmpuint(left->len, >=, 3);
    g_assert_cmpuint(left->len, ==, right->len);
    for (guint i = 0; i < left->len; i++)
        g_assert_cmpfloat(fabs(g_array_index(left, double, i) - g_array_index(right, double, i)),
                          <, 0.01);
    g_assert_cmpuint(count_role(s, "axis.zero"), ==, 1);
    g_array_free(left, TRUE);
    g_array_free(right, TRUE);
}

static void
test_combo_layout(void)
{
    TjChartData *d;
    TjScene *s = combo_scene("examples/national-2020/industries-2020.csv", "产业", "增加值",
                             "增长速度", 800, 500, &d);
    assert_clean(s);
    assert_gridlines_shared(s);
    g_assert_cmpuint(count_role(s, "bar"), ==, 3);
    g_assert_nonnull(find_text(s, "line.value", "3.0%"));
    g_assert_nonnull(find_text(s, "unit", "亿元"));
    g_assert_nonnull(find_text(s, "unit.right", "%"));
    g_assert_nonnull(find_text(s, "legend.label", "增长速度（%）"));
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/combo-industries.scene", dump);
    g_free(dump);
    char *alt = tj_alt_combo(d, &(TjComboSpec){ .title = "三次产业" });
    g_assert_cmpstr(alt, ==, "柱线图：三次产业。柱为增加值（亿元，左轴），线为增长速度（%，右轴）。"
                    "共3项：第一产业，增加值77754亿元，增长速度3.0%；第二产业，增加值384255亿元，"
                    "增长速度2.6%；第三产业，增加值553977亿元，增长速度2.1%。");
    g_free(alt);
    tj_scene_free(s);
    tj_chart_data_free(d);

    /* growth below zero, missing points, long names: still aligned, clean */
    s = combo_scene("examples/dongcheng-2021/economy-2020.csv", "指标", "数值", "同比", 800, 500, &d);
    assert_clean(s);
    assert_gridlines_shared(s);
    tj_scene_free(s);
    tj_chart_data_free(d);
    s = combo_scene("examples/dongcheng-2021/economy-2020.csv", "指标", "数值", "同比", 720, 440, &d);
    assert_clean(s);
    tj_scene_free(s);
    tj_chart_data_free(d);
}

/* ---- pie -------------------------------------------------------------------- */

static TjScene *
pie_scene(const TjChartData *d, gboolean donut, double w, double h)
{
    TjPieSpec spec;
    tj_pie_spec_init(&spec);
    spec.width = w;
    spec.height = h;
    spec.donut = donut;
    spec.title = "2020年三次产业增加值占国内生产总值比重";
    TjScene *s = tj_scene_new(w, h);
    GError *err = NULL;
    g_assert_true(tj_layout_pie(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

static void
test_pie_slices(void)
{
    TjTable *t = load_csv("名称,数值\n甲,30\n乙,5\n丙,20\n丁,4\n戊,15\n己,3\n庚,10\n辛,8\n壬,5\n");
    TjChartData *d = data_of(t, "名称", "数值");
    TjPieSlice sl[TJ_PIE_MAX_SLICES + 1];
    guint n = tj_pie_slices(d, sl);
    g_assert_cmpuint(n, ==, TJ_PIE_MAX_SLICES + 1);
    /* the six largest in the data's order, then 其他 = 丁 + 己 + 乙/壬 (a tie:
     * the first keeps its place) */
    const char *want[] = { "甲", "乙", "丙", "戊", "庚", "辛", "其他" };
    for (guint i = 0; i < n; i++)
        g_assert_cmpstr(sl[i].name, ==, want[i]);
    g_assert_cmpfloat(sl[6].value, ==, 12);
    g_assert_cmpuint(sl[6].n_folded, ==, 3);
    double sum = 0;
    for (guint i = 0; i < n; i++)
        sum += sl[i].share;
    g_assert_cmpfloat(fabs(sum - 1), <, 1e-12);
    TjScene *s = pie_scene(d, TRUE, 800, 500);
    assert_clean(s);
    g_assert_cmpuint(count_role(s, "slice"), ==, 6);
    g_assert_cmpuint(count_role(s, "slice.other"), ==, 1);
    g_assert_nonnull(find_text(s, "center.value", "100"));   /* the total in the hole */
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* The hole's text is never drawn under the theme's smallest size: in a
 * small donut a long centre is left out, with a warning, not shrunk to an
 * unreadable size (the national poster's half-width donut drew 1015986亿元
 * at 12 px). */
static void
test_pie_center_min_size(void)
{
    TjTable *t = load("examples/national-2020/industries-2020.csv");
    TjChartData *d = data_of(t, "产业", "比重");
    const TjTheme *th = tj_theme_builtin(NULL);   /* a page's: text from 24 px */
    guint laid = 0, small = 0;
    for (double w = 320; w <= 960; w += 80) {
        TjPieSpec spec;
        tj_pie_spec_init(&spec);
        spec.width = w;
        spec.height = w * 0.6;
        spec.donut = TRUE;
        spec.center = "1015986亿元";
        spec.center_label = "国内生产总值";
        TjScene *s = tj_scene_new(spec.width, spec.height);
        GError *err = NULL;
        if (!tj_layout_pie(s, d, &spec, th, tj_measurer_fake(), &err)) {
            g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);   /* too small: refused */
            g_clear_error(&err);
            tj_scene_free(s);
            continue;
        }
        laid++;
        gboolean drawn = FALSE;
        for (guint i = 0; i < tj_scene_n_items(s); i++) {
            const TjItem *it = tj_scene_item(s, i);
            if (it->kind == TJ_ITEM_TEXT && g_str_has_prefix(it->role, "center.")) {
                g_assert_cmpfloat(it->u.text.font.size, >=, th->size_note);
                drawn = TRUE;
            }
        }
        const TjDiagList *dl = tj_scene_diags(s);
        g_assert_true(drawn || tj_diag_list_n(dl) > 0);   /* left out: said */
        small += !drawn;
        tj_scene_free(s);
    }
    g_assert_cmpuint(laid, >=, 5);
    g_assert_cmpuint(small, >=, 1);   /* some donut here is too small for it */
    tj_chart_data_free(d);
    tj_table_free(t);
}

static void
test_pie_layout(void)
{
    TjTable *t = load("examples/national-2020/industries-2020.csv");
    TjChartData *d = data_of(t, "产业", "比重");
    double sum;
    g_assert_true(tj_pie_percent_sum(d, &sum));
    g_assert_true(tj_pie_sum_ok(d, sum));
    TjScene *s = pie_scene(d, TRUE, 800, 500);
    assert_clean(s);
    /* 7.7 % is thin: its label is outside, on a leader */
    g_assert_cmpuint(count_role(s, "slice.leader"), >=, 1);
    g_assert_null(find_text(s, "note", NULL));
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/pie-industries.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    /* a pie: 54.5 % and 37.8 % hold their labels, fewer leaders */
    s = pie_scene(d, FALSE, 800, 500);
    assert_clean(s);
    g_assert_cmpuint(count_role(s, "slice.leader"), <, 3);
    tj_scene_free(s);
    char *alt = tj_alt_pie(d, &(TjPieSpec){ .donut = TRUE, .title = "三次产业" });
    g_assert_cmpstr(alt, ==, "环形图：三次产业。共3项：第一产业7.7%，第二产业37.8%，第三产业54.5%；"
                    "第三产业最大。");
    g_free(alt);
    tj_chart_data_free(d);
    tj_table_free(t);

    /* shares that sum to 99.9 %: drawn, with the note */
    t = load_csv("类别,比重\n甲,33.3%\n乙,33.3%\n丙,33.3%\n");
    d = data_of(t, "类别", "比重");
    g_assert_true(tj_pie_percent_sum(d, &sum));
    g_assert_false(tj_pie_sum_ok(d, sum));
    s = pie_scene(d, TRUE, 600, 420);
    assert_clean(s);
    g_assert_nonnull(find_text(s, "note", "注：各项之和为99.9%，系四舍五入所致。"));
    tj_scene_free(s);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* Random tables: labels never overlap nor leave the page. */
static void
test_pie_random(void)
{
    GRand *r = g_rand_new_with_seed(6);
    static const char *const names[] = { "城镇", "乡村", "第一产业", "社会消费品零售总额",
                                         "一般公共预算收入", "其他", "进出口", "规模以上工业增加值" };
    for (int k = 0; k < 1000; k++) {
        GString *csv = g_string_new("名称,数值\n");
        guint n = g_rand_int_range(r, 1, 10);
        for (guint i = 0; i < n; i++)
            g_string_append_printf(csv, "%s%u,%d\n", names[g_rand_int_range(r, 0, 8)], i,
                                   g_rand_int_range(r, 0, 3) == 0 ? g_rand_int_range(r, 1, 4)
                                                                  : g_rand_int_range(r, 1, 500));
        TjTable *t = load_csv(csv->str);
        TjChartData *d = data_of(t, "名称", "数值");
        double w = g_rand_int_range(r, 360, 900), h = g_rand_int_range(r, 300, 700);
        TjScene *s = pie_scene(d, g_rand_boolean(r), w, h);
        assert_clean(s);
        tj_scene_free(s);
        tj_chart_data_free(d);
        tj_table_free(t);
        g_string_free(csv, TRUE);
    }
    g_rand_free(r);
}

/* ---- rank ------------------------------------------------------------------- */

static TjScene *
rank_scene(const TjChartData *d, guint top, const char *highlight, double h)
{
    TjRankSpec spec;
    tj_rank_spec_init(&spec);
    spec.height = h;
    spec.top = top;
    spec.highlight = highlight;
    spec.title = "排名";
    TjScene *s = tj_scene_new(spec.width, spec.height);
    GError *err = NULL;
    g_assert_true(tj_layout_rank(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

static void
test_rank(void)
{
    TjTable *t = load_csv("街道,得分\n甲街道,90\n乙街道,95.5\n丙街道,90\n丁街道,\n戊街道,80\n己街道,99\n");
    TjChartData *d = data_of(t, "街道", "得分");
    guint order[6], ranks[6];
    g_assert_cmpuint(tj_rank_order(d, FALSE, order, ranks), ==, 5);   /* 丁 has no value */
    const guint want_order[] = { 5, 1, 0, 2, 4 }, want_rank[] = { 1, 2, 3, 3, 5 };
    for (guint k = 0; k < 5; k++) {
        g_assert_cmpuint(order[k], ==, want_order[k]);
        g_assert_cmpuint(ranks[k], ==, want_rank[k]);
    }
    tj_rank_order(d, TRUE, order, ranks);
    g_assert_cmpuint(order[0], ==, 4);

    /* top 3 and a highlight ranked 5th: four rows, the last after a rule */
    TjScene *s = rank_scene(d, 3, "戊街道", 400);
    assert_clean(s);
    g_assert_cmpuint(count_role(s, "bar") + count_role(s, "bar.highlight"), ==, 4);
    g_assert_cmpuint(count_role(s, "rank.gap"), ==, 1);
    g_assert_nonnull(find_text(s, "rank.number", "5"));
    g_assert_null(find_text(s, "rank.number", "4"));
    g_assert_nonnull(find_text(s, "category.label.highlight", "戊街道"));
    /* bars in proportion to the values */
    double w99 = 0, w80 = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_RECT && strcmp(it->role, "bar") == 0 && w99 == 0)
            w99 = it->u.rect.w;
        if (it->kind == TJ_ITEM_RECT && strcmp(it->role, "bar.highlight") == 0)
            w80 = it->u.rect.w;
    }
    g_assert_cmpfloat(fabs(w80 / w99 - 80.0 / 99), <, 1e-9);
    tj_scene_free(s);

    /* a highlight within the top N: no rule */
    s = rank_scene(d, 3, "己街道", 400);
    g_assert_cmpuint(count_role(s, "rank.gap"), ==, 0);
    tj_scene_free(s);
    char *alt = tj_alt_rank(d, &(TjRankSpec){ .top = 2, .highlight = "戊街道", .title = "得分",
                                             .unit = "分" });
    g_assert_cmpstr(alt, ==, "排名条形图：得分，单位：分。共5项，按得分从高到低列出前2名：第1名己街道，"
                    "99分；第2名乙街道，95.5分。戊街道排第5名。");
    g_free(alt);

    /* an unknown highlight: an error with a suggestion */
    TjRankSpec spec;
    tj_rank_spec_init(&spec);
    spec.highlight = "戊街";
    TjScene *bad = tj_scene_new(800, 500);
    GError *err = NULL;
    g_assert_false(tj_layout_rank(bad, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_cmpstr(err->message, ==, "highlight: no category “戊街”; did you mean “戊街道”?");
    g_clear_error(&err);
    tj_scene_free(bad);
    tj_chart_data_free(d);
    tj_table_free(t);

    t = load("examples/dongcheng-2021/economy-2020.csv");
    d = data_of(t, "指标", "数值");
    s = rank_scene(d, 5, "建安投资", 420);
    assert_clean(s);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/rank-economy.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    for (double h = 300; h <= 700; h += 50) {   /* low rows: smaller names, still clean */
        s = rank_scene(d, 0, NULL, h);
        assert_clean(s);
        tj_scene_free(s);
    }
    /* too low for eight rows: an error, not overlapping names */
    tj_rank_spec_init(&spec);
    spec.height = 200;
    bad = tj_scene_new(800, 200);
    g_assert_false(tj_layout_rank(bad, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_cmpstr(err->message, ==, "ranking: 8 rows do not fit in 200 px; make it taller or "
                    "show fewer (top)");
    g_error_free(err);
    err = NULL;
    tj_scene_free(bad);
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* Random tables for combo and rank: both signs, long and short names,
 * missing values; texts never overlap nor leave the page, and a rank's
 * texts stay off its bars. A box too small for the names is an error that
 * says so, never a picture with overlaps. */
static const char *const random_names[] = {
    "地区生产总值", "社会消费品零售总额", "一般公共预算收入", "城镇居民人均可支配收入",
    "东华门街道", "2020年", "第三产业", "进出口", "规模以上工业增加值", "CPI", "甲", "外贸出口" };

static char *
random_csv(GRand *r, guint n, gboolean holes)
{
    GString *csv = g_string_new("名称,数值,增速\n");
    for (guint i = 0; i < n; i++) {
        double scale = pow(10, g_rand_int_range(r, 0, 6));
        g_string_append_printf(csv, "%s%u,", random_names[g_rand_int_range(r, 0, 12)], i);
        if (!holes || g_rand_int_range(r, 0, 6))
            g_string_append_printf(csv, "%.1f", g_rand_double_range(r, -0.4, 1) * scale);
        g_string_append_c(csv, ',');
        if (!holes || g_rand_int_range(r, 0, 6))
            g_string_append_printf(csv, "%.1f%%", g_rand_double_range(r, -12, 15));
        g_string_append_c(csv, '\n');
    }
    return g_string_free(csv, FALSE);
}

static void
assert_texts_off_bars(const TjScene *s)
{
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *t = tj_scene_item(s, i);
        if (t->kind != TJ_ITEM_TEXT)
            continue;
        TjRect rt = tj_scene_text_box(t);
        for (guint j = 0; j < tj_scene_n_items(s); j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_RECT || !g_str_has_prefix(b->role, "bar"))
                continue;
            TjRect rb = { b->u.rect.x, b->u.rect.y, b->u.rect.w, b->u.rect.h };
            if (tj_rect_overlaps(&rt, &rb, 0.5)) {
                char *dump = tj_scene_dump(s), *path = tjt_out_path("random-fail.scene");
                g_file_set_contents(path, dump, -1, NULL);
                g_free(dump);
                g_free(path);
                g_error("“%s” (%.1f %.1f %.1f %.1f) lies on a bar (%.1f %.1f %.1f %.1f)",
                        t->u.text.text, rt.x, rt.y, rt.w, rt.h, rb.x, rb.y, rb.w, rb.h);
            }
        }
    }
}

static void
test_random_combo_rank(void)
{
    GRand *r = g_rand_new_with_seed(1616);
    guint drawn = 0, refused = 0;
    for (int k = 0; k < 2000; k++) {   /* 1000 of each kind */
        char *csv = random_csv(r, g_rand_int_range(r, 1, 13), TRUE);
        TjTable *t = load_csv(csv);
        TjChartData *d = data_of(t, "名称", "数值,增速");
        double w = g_rand_int_range(r, 300, 1000), h = g_rand_int_range(r, 300, 800);
        GError *err = NULL;
        TjScene *s = tj_scene_new(w, h);
        gboolean ok;
        if (k % 2) {
            TjComboSpec spec;
            tj_combo_spec_init(&spec);
            spec.width = w;
            spec.height = h;
            spec.title = "随机";
            ok = tj_layout_combo(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err);
        } else {
            TjRankSpec spec;
            tj_rank_spec_init(&spec);
            spec.width = w;
            spec.height = h;
            spec.top = g_rand_int_range(r, 0, 8);
            spec.highlight = d->n_cat ? d->categories[g_rand_int_range(r, 0, d->n_cat)] : NULL;
            ok = tj_layout_rank(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err);
        }
        if (ok) {
            assert_clean(s);
            if (k % 2 == 0)
                assert_texts_off_bars(s);
            drawn++;
        } else {
            /* only the honest refusals: too small, or nothing to draw */
            if (!strstr(err->message, "no room") && !strstr(err->message, "do not fit") &&
                !strstr(err->message, "nothing to") && !strstr(err->message, "has no value") &&
                !strstr(err->message, "no room"))
                g_error("unexpected error: %s", err->message);
            refused++;
            if (g_getenv("TJ_TEST_VERBOSE"))
                g_printerr("%s %.0fx%.0f n=%u: %s\n", k % 2 ? "combo" : "rank", w, h, d->n_cat,
                           err->message);
            g_error_free(err);
        }
        tj_scene_free(s);
        tj_chart_data_free(d);
        tj_table_free(t);
        g_free(csv);
    }
    g_assert_cmpuint(drawn, >, refused);   /* most random boxes are drawn */
    g_rand_free(r);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/combo/layout", test_combo_layout);
    g_test_add_func("/pie/slices", test_pie_slices);
    g_test_add_func("/pie/layout", test_pie_layout);
    g_test_add_func("/pie/random", test_pie_random);
    g_test_add_func("/pie/center-min-size", test_pie_center_min_size);
    g_test_add_func("/rank/layout", test_rank);
    g_test_add_func("/kinds/random", test_random_combo_rank);
    return g_test_run();
}
