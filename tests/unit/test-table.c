/* tests/unit/test-table.c — the indicator table on the scene (fake
 * measurer), with the 2020 communiqué's figures: every number of a column
 * has its decimal point (or the end of its digits) on one x, changes carry
 * arrows in the rise/fall colours, every other row has the zebra ground,
 * a bar's length is proportional to its value, a column's shared unit moves
 * to its header, long names wrap (never "…"), missing cells read "—";
 * bad shapes are errors; alt text; golden. */
#include <math.h>

#include "layouts/table.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"
#include "test-kinds-common.h"

typedef struct {
    const char *name;
    double value;
    int decimals;
    double change;
    int change_decimals;
} Row;

/* 2020: value in 亿元 (as the communiqué writes them), change in percent */
static const Row gdp[] = {
    { "国内生产总值", 1015986, 0, 2.3, 1 },
    { "第一产业增加值", 77754, 0, 3.0, 1 },
    { "第二产业增加值", 384255, 0, 2.6, 1 },
    { "第三产业增加值", 553977, 0, 2.1, 1 },
    { "全国万元国内生产总值能耗（比上年）", NAN, 0, -0.1, 1 },
};

typedef struct {
    TjTableCol cols[3];
    TjTableCell cells[5 * 3];
    TjTableSpec spec;
} Fixture;

static void
fixture(Fixture *f, const double *values, const int *decimals, guint n)
{
    f->cols[0] = (TjTableCol){ "指标", NULL, TJ_TCOL_TEXT, FALSE, FALSE };
    f->cols[1] = (TjTableCol){ "数值", NULL, TJ_TCOL_NUMBER, FALSE, FALSE };
    f->cols[2] = (TjTableCol){ "比上年增长", NULL, TJ_TCOL_CHANGE, FALSE, FALSE };
    for (guint r = 0; r < n; r++) {
        TjTableCell *c = &f->cells[r * 3];
        c[0] = (TjTableCell){ gdp[r].name, { .value = NAN } };
        c[1] = (TjTableCell){ "", { .value = values ? values[r] : gdp[r].value } };
        c[1].num.decimals = (gint8)(decimals ? decimals[r] : gdp[r].decimals);
        if (!values) {
            c[1].num.magnitude = 8;
            c[1].num.unit = "元";
            c[1].num.value *= 1e8;
        }
        c[2] = (TjTableCell){ "", { .value = gdp[r].change } };
        c[2].num.decimals = (gint8)gdp[r].change_decimals;
    }
    tj_table_spec_init(&f->spec);
    f->spec.n_cols = 3;
    f->spec.n_rows = n;
    f->spec.cols = f->cols;
    f->spec.cells = f->cells;
    f->spec.width = 640;
    f->spec.height = 420;
}

static gboolean
same_color(TjColor a, TjColor b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

static TjScene *
lay(const TjTableSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_table(s, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

/* The x of a number item's decimal point (or of the end of its digits). */
static double
point_x(const TjItem *it)
{
    const char *t = it->u.text.text;
    const char *dot = strchr(t, '.');
    gsize at = dot ? (gsize)(dot - t) : strlen(t);
    if (!dot)
        for (gsize i = 0; t[i]; i++)
            if (g_ascii_isdigit(t[i]))
                at = i + 1;
    TjTextExtents whole, rest;
    TjFontStyle f = it->u.text.font;
    tj_measure(tj_measurer_fake(), t, &f, &whole);
    tj_measure(tj_measurer_fake(), t + at, &f, &rest);
    g_assert_cmpint(it->u.text.anchor, ==, TJ_ANCHOR_END);
    return it->u.text.x - rest.width;
}

static void
test_decimal_alignment(void)
{
    /* figures of different widths and precisions: 2954.7, 181.4, 73.8, 1213.5, 12 */
    static const double v[] = { 2954.7, 181.4, 73.8, 1213.5, 12 };
    static const int d[] = { 1, 1, 1, 1, 0 };
    Fixture f;
    fixture(&f, v, d, 5);
    TjScene *s = lay(&f.spec);
    g_assert_cmpuint(count(s, "table.number"), ==, 5);
    double x0 = point_x(find(s, "table.number", 0));
    for (guint i = 1; i < 5; i++)
        g_assert_cmpfloat_with_epsilon(point_x(find(s, "table.number", i)), x0, 1e-9);
    g_assert_cmpstr(find(s, "table.number", 4)->u.text.text, ==, "12");
    /* the changes line up too, arrows and all */
    double c0 = point_x(find(s, "table.change", 0));
    for (guint i = 1; i < 5; i++)
        g_assert_cmpfloat_with_epsilon(point_x(find(s, "table.change", i)), c0, 1e-9);
    assert_clean(s);
    tj_scene_free(s);
}

static void
test_arrows_zebra_units(void)
{
    Fixture f;
    fixture(&f, NULL, NULL, 5);
    TjScene *s = lay(&f.spec);
    const TjTheme *th = tjt_chart_theme();
    const TjItem *up = find(s, "table.change", 0), *down = find(s, "table.change", 4);
    g_assert_cmpstr(up->u.text.text, ==, "↑2.3%");
    g_assert_cmpstr(down->u.text.text, ==, "↓0.1%");
    /* by the indicator's direction (issue 15 item 4): GDP rising and energy
     * use per GDP falling are both good news */
    g_assert_true(same_color(up->u.text.color, th->good));
    g_assert_true(same_color(down->u.text.color, th->good));
    /* zebra: rows 2 and 4 (of 5) */
    g_assert_cmpuint(count(s, "table.zebra"), ==, 2);
    /* the shared unit 亿元 is in the header, not in the cells */
    gboolean header = FALSE;
    for (guint i = 0; find(s, "table.header", i); i++)
        header = header || strcmp(find(s, "table.header", i)->u.text.text, "数值（亿元）") == 0;
    g_assert_true(header);
    g_assert_cmpstr(find(s, "table.number", 0)->u.text.text, ==, "1015986");
    g_assert_cmpstr(find(s, "table.number", 4)->u.text.text, ==, "—");
    /* the long name wraps into two lines, nothing cut */
    g_assert_cmpuint(count(s, "table.text"), ==, 6);
    assert_clean(s);
    char *alt = tj_alt_table(&f.spec);
    g_assert_true(g_str_has_prefix(alt, "表格：共5行，各列为指标、数值（亿元）、比上年增长。"
                                        "国内生产总值，数值1015986亿元，比上年增长2.3%；"));
    g_free(alt);
    tj_scene_free(s);
}

/* A column mixing numbers written in 亿 with raw ones: each keeps its own
 * (72447元 is never 0.000000万亿元). */
static void
test_mixed_magnitudes(void)
{
    Fixture f;
    fixture(&f, NULL, NULL, 2);
    f.cells[3 + 1].num = (TjNumber){ .value = 72447, .decimals = 0, .unit = "元" };
    TjScene *s = lay(&f.spec);
    g_assert_cmpstr(find(s, "table.number", 0)->u.text.text, ==, "1015986亿元");
    g_assert_cmpstr(find(s, "table.number", 1)->u.text.text, ==, "72447元");
    tj_scene_free(s);
}

/* Raw numbers of rows in different units (a 单位 column beside them), far
 * apart: each is shown in its own magnitude, never all in the largest's
 * (0.01万元 was drawn 0.000000 and 182895亿元 as 0.00183 under a 数值（亿）
 * heading). */
static void
test_raw_far_apart(void)
{
    static const double v[] = { 0.01, 182895, 391981000000, -0.03, 32165 };
    static const int dec[] = { 2, 0, 0, 2, 0 };
    Fixture f;
    fixture(&f, v, dec, 5);
    TjScene *s = lay(&f.spec);
    g_assert_cmpstr(find(s, "table.number", 0)->u.text.text, ==, "0.01");
    g_assert_cmpstr(find(s, "table.number", 1)->u.text.text, ==, "182895");
    g_assert_true(g_str_has_prefix(find(s, "table.number", 2)->u.text.text, "3919.8"));
    g_assert_true(g_str_has_suffix(find(s, "table.number", 2)->u.text.text, "亿"));
    g_assert_cmpstr(find(s, "table.number", 3)->u.text.text, ==, "-0.03");
    tj_scene_free(s);
}

static void
test_bars(void)
{
    Fixture f;
    fixture(&f, NULL, NULL, 4);
    f.cols[1].bar = TRUE;
    TjScene *s = lay(&f.spec);
    g_assert_cmpuint(count(s, "table.bar"), ==, 4);
    double w0 = find(s, "table.bar", 0)->u.rect.w;
    for (guint i = 1; i < 4; i++)
        g_assert_cmpfloat_with_epsilon(find(s, "table.bar", i)->u.rect.w / w0,
                                       gdp[i].value / gdp[0].value, 1e-9);
    assert_clean(s);
    tj_scene_free(s);
}

/* Icons before the names: drawn in the first column, the names after them. */
static void
test_icons(void)
{
    static const TjPathOp ops[] = { TJ_PATH_MOVE, TJ_PATH_LINE, TJ_PATH_LINE, TJ_PATH_CLOSE };
    static const double pts[] = { 0, 0, 1, 0, 1, 1 };
    TjIconShape *tri = tj_icon_shape_new("tri", ops, 4, pts, 3);
    const TjIconShape *icons[5] = { tri, NULL, tri, tri, tri };
    Fixture f;
    fixture(&f, NULL, NULL, 5);
    f.spec.icons = icons;
    f.spec.height = tj_table_height(&f.spec, f.spec.width, tjt_chart_theme(),
                                    tj_measurer_fake());
    TjScene *s = lay(&f.spec);
    assert_clean(s);
    g_assert_cmpuint(count(s, "table.icon"), ==, 4);
    TjRect icon = tj_scene_item_box(s, find(s, "table.icon", 0));
    const TjItem *name = find(s, "table.text", 0);
    g_assert_cmpfloat(name->u.text.x, >=, icon.x + icon.w);
    /* a row without an icon keeps its name where the others have theirs */
    g_assert_cmpfloat_with_epsilon(find(s, "table.text", 1)->u.text.x, name->u.text.x, 1e-9);
    tj_scene_free(s);
    tj_icon_shape_free(tri);
}

static void
test_narrow_and_errors(void)
{
    Fixture f;
    fixture(&f, NULL, NULL, 5);
    f.spec.width = 300;
    f.spec.height = tj_table_height(&f.spec, 300, tjt_chart_theme(), tj_measurer_fake());
    TjScene *s = lay(&f.spec);
    assert_clean(s);
    tj_scene_free(s);
    GError *err = NULL;
    f.spec.width = 200;  /* the numbers alone need more */
    s = tj_scene_new(200, 600);
    g_assert_false(tj_layout_table(s, &f.spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "too narrow"));
    g_clear_error(&err);
    tj_scene_free(s);
    f.spec.n_rows = 0;
    s = tj_scene_new(300, 300);
    g_assert_false(tj_layout_table(s, &f.spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_scene_free(s);
}

/* Random names, values and widths: never an overlap, never off the page,
 * the points of each number column on one x. */
static void
test_random(void)
{
    GRand *r = g_rand_new_with_seed(16);
    for (int round = 0; round < 60; round++) {
        Fixture f;
        guint n = (guint)g_rand_int_range(r, 1, 6);
        fixture(&f, NULL, NULL, n);
        char *names[5];
        for (guint i = 0; i < n; i++) {
            f.cells[i * 3].text = names[i] = random_text(r, 4);
            f.cells[i * 3 + 1].num.value = g_rand_double_range(r, -1e5, 1e9);
            f.cells[i * 3 + 1].num.decimals = (gint8)g_rand_int_range(r, 0, 3);
            f.cells[i * 3 + 1].num.magnitude = 0;
            f.cells[i * 3 + 1].num.unit = NULL;
            f.cells[i * 3 + 2].num.value = g_rand_double_range(r, -20, 20);
        }
        f.cols[1].bar = g_rand_boolean(r);
        f.spec.width = g_rand_int_range(r, 480, 1200);
        f.spec.height = tj_table_height(&f.spec, f.spec.width, tjt_chart_theme(),
                                        tj_measurer_fake());
        TjScene *s = lay(&f.spec);
        assert_clean(s);
        double x0 = point_x(find(s, "table.number", 0));
        for (guint i = 1; i < n; i++)
            g_assert_cmpfloat_with_epsilon(point_x(find(s, "table.number", i)), x0, 1e-9);
        tj_scene_free(s);
        for (guint i = 0; i < n; i++)
            g_free(names[i]);
    }
    g_rand_free(r);
}

static void
test_golden(void)
{
    Fixture f;
    fixture(&f, NULL, NULL, 5);
    f.cols[1].bar = TRUE;
    f.spec.title = "2020年国内生产总值";
    f.spec.source = "国家统计局《2020年国民经济和社会发展统计公报》";
    f.spec.height = tj_table_height(&f.spec, f.spec.width, tjt_chart_theme(),
                                    tj_measurer_fake());
    TjScene *s = lay(&f.spec);
    assert_clean(s);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/table-gdp.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/table/decimal-alignment", test_decimal_alignment);
    g_test_add_func("/table/arrows-zebra-units", test_arrows_zebra_units);
    g_test_add_func("/table/mixed-magnitudes", test_mixed_magnitudes);
    g_test_add_func("/table/raw-far-apart", test_raw_far_apart);
    g_test_add_func("/table/bars", test_bars);
    g_test_add_func("/table/icons", test_icons);
    g_test_add_func("/table/narrow-and-errors", test_narrow_and_errors);
    g_test_add_func("/table/random", test_random);
    g_test_add_func("/table/golden", test_golden);
    return g_test_run();
}
