/* tests/unit/test-kpi.c — the big-number tile on the scene (fake measurer):
 * numbers split as the source wrote them (万/亿, %, 余, 左右, 不超过), the
 * unit at half size on the value's baseline, the change coloured by its
 * polarity, a row of tiles on one baseline with equal heights, nothing
 * overlapping or off the tile at any width; goldens. Figures are the 2021
 * report's. */
#include <math.h>
#include <string.h>

#include "data/number.h"
#include "layouts/kpi.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

static GStringChunk *strings;

static TjNumber
parse(const char *text)
{
    TjNumber n;
    g_assert_cmpint(tj_number_parse(text, &n, strings), ==, TJ_NUM_VALUE);
    return n;
}

static void
spec_of(TjKpiSpec *spec, const char *label, const char *value, double change)
{
    tj_kpi_spec_init(spec);
    spec->label = label;
    spec->value = parse(value);
    spec->change = change;
    spec->change_decimals = -1;
    spec->change_label = "同比";
}

static TjScene *
lay(const TjKpiSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_kpi(s, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

static const TjItem *
find(const TjScene *s, const char *role, guint nth)
{
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, role) == 0 && nth-- == 0)
            return it;
    }
    return NULL;
}

static gboolean
same_color(TjColor a, TjColor b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

/* Every item inside @area; no two texts overlap. */
static void
assert_clean(const TjScene *s, TjRect area)
{
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        if (!tj_rect_contains(&area, &ra, 0.5))
            g_error("item %u (%s “%s”) outside: %.1f %.1f %.1f %.1f", i, a->role,
                    a->kind == TJ_ITEM_TEXT ? a->u.text.text : "", ra.x, ra.y, ra.w, ra.h);
        for (guint j = i + 1; a->kind == TJ_ITEM_TEXT && j < tj_scene_n_items(s); j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("texts overlap: “%s” and “%s”", a->u.text.text, b->u.text.text);
        }
    }
}

static void
assert_split(const TjNumber *n, TjMagnitude mag, const char *unit, const char *before,
             const char *big, const char *after)
{
    TjKpiNumber k;
    tj_kpi_number_split(&k, n, mag, unit);
    g_assert_cmpstr(k.before, ==, before);
    g_assert_cmpstr(k.big, ==, big);
    g_assert_cmpstr(k.after, ==, after);
    tj_kpi_number_clear(&k);
}

static void
test_split(void)
{
    TjNumber gdp = parse("2954.7亿元");
    assert_split(&gdp, TJ_MAG_AUTO, NULL, "", "2954.7", "亿元");
    assert_split(&gdp, TJ_MAG_WAN, NULL, "", "29547000", "万元");
    assert_split(&gdp, TJ_MAG_NONE, NULL, "", "295470000000", "元");
    assert_split(&gdp, TJ_MAG_AUTO, "亿元", "", "2954.7", "亿元");  /* no "亿亿元" */
    /* the same figure written out in full is scaled, at its own precision */
    TjNumber raw = { 0 };
    raw.value = 2.9547e11;
    raw.unit = "元";
    assert_split(&raw, TJ_MAG_AUTO, NULL, "", "2954.7", "亿元");
    raw.value = 181.4e8;
    assert_split(&raw, TJ_MAG_AUTO, NULL, "", "181.4", "亿元");
    raw.value = 135e4;
    raw.unit = "人次";
    assert_split(&raw, TJ_MAG_AUTO, NULL, "", "135", "万人次");
    TjNumber pct = parse("2.16%");
    assert_split(&pct, TJ_MAG_AUTO, NULL, "", "2.16", "%");
    assert_split(&pct, TJ_MAG_WAN, NULL, "", "2.16", "%");  /* percentages are never scaled */
    TjNumber n = parse("8.4万余名");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "8.4", "万余名");
    n = parse("3200余名");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "3200", "余名");
    n = parse("6%左右");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "6", "%左右");
    n = parse("不超过4%");
    assert_split(&n, TJ_MAG_AUTO, NULL, "不超过", "4", "%");
    n = parse("91.97亿元");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "91.97", "亿元");
    n = parse("5.03");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "5.03", "");
    n = parse("40");
    assert_split(&n, TJ_MAG_AUTO, "微克/立方米", "", "40", "微克/立方米");
    n = parse("-4.4%");
    assert_split(&n, TJ_MAG_AUTO, NULL, "", "-4.4", "%");
}

/* The unit is half the value's size, on its baseline, right after it. */
static void
test_unit_baseline(void)
{
    TjKpiSpec spec;
    spec_of(&spec, "地区生产总值", "2954.7亿元", 0.2);
    TjScene *s = lay(&spec);
    assert_clean(s, (TjRect){ 0, 0, 360, 220 });
    const TjItem *v = find(s, "kpi.value", 0), *u = find(s, "kpi.value.unit", 0);
    g_assert_cmpstr(v->u.text.text, ==, "2954.7");
    g_assert_cmpstr(u->u.text.text, ==, "亿元");
    g_assert_true(v->u.text.font.bold);
    g_assert_cmpfloat(u->u.text.y, ==, v->u.text.y);
    g_assert_cmpfloat_with_epsilon(u->u.text.font.size, v->u.text.font.size / 2, 1e-9);
    TjRect bv = tj_scene_text_box(v), bu = tj_scene_text_box(u);
    g_assert_cmpfloat(bu.x, >=, bv.x + bv.w);
    g_assert_cmpfloat(bu.x - (bv.x + bv.w), <, v->u.text.font.size * 0.1);
    g_assert_cmpfloat(v->u.text.font.size, >=, 48);  /* big */
    g_assert_cmpstr(find(s, "kpi.label", 0)->u.text.text, ==, "地区生产总值");
    g_assert_cmpstr(find(s, "kpi.change", 0)->u.text.text, ==, "↑0.2%");
    g_assert_cmpstr(find(s, "kpi.change-label", 0)->u.text.text, ==, "同比");
    tj_scene_free(s);
}

static TjColor
change_color(const char *label, const char *value, double change, TjBetter better)
{
    TjKpiSpec spec;
    spec_of(&spec, label, value, change);
    spec.better = better;
    TjScene *s = lay(&spec);
    const TjItem *c = find(s, "kpi.change", 0);
    g_assert_nonnull(c);
    TjColor col = c->u.text.color;
    tj_scene_free(s);
    return col;
}

static void
test_polarity(void)
{
    const TjTheme *th = tj_theme_builtin(NULL);
    /* no polarity given: inferred from the label (issue 15 item 4) — a fall
     * in revenue is bad news, a fall in PM2.5 good news */
    g_assert_true(same_color(change_color("地区生产总值", "2954.7亿元", 0.2, TJ_BETTER_NONE),
                             th->good));
    g_assert_true(same_color(change_color("区级一般公共预算收入", "181.4亿元", -4.4,
                                          TJ_BETTER_NONE), th->bad));
    g_assert_true(same_color(change_color("细颗粒物年均浓度", "40", -9.1, TJ_BETTER_NONE),
                             th->good));
    g_assert_true(same_color(change_color("登记失业率", "2.16%", 0.3, TJ_BETTER_NONE),
                             th->bad));
    /* a name on no list: neutral, neither red nor green */
    g_assert_true(same_color(change_color("接诉即办", "3980件", 12, TJ_BETTER_NONE),
                             th->text_secondary));
    g_assert_true(same_color(change_color("接诉即办", "3980件", -12, TJ_BETTER_NONE),
                             th->text_secondary));
    /* better: none says neutral, whatever the name */
    g_assert_true(same_color(change_color("地区生产总值", "2954.7亿元", 0.2, TJ_BETTER_NEUTRAL),
                             th->text_secondary));
    g_assert_true(same_color(change_color("细颗粒物年均浓度", "40", -9.1, TJ_BETTER_NEUTRAL),
                             th->text_secondary));
    /* the spec overrides the inference */
    g_assert_true(same_color(change_color("地区生产总值", "2954.7亿元", 0.2, TJ_BETTER_LOWER),
                             th->bad));
    /* better lower: PM2.5 and the traffic index falling is good news */
    g_assert_true(same_color(change_color("细颗粒物年均浓度", "40", -9.1, TJ_BETTER_LOWER),
                             th->good));
    g_assert_true(same_color(change_color("高峰时段道路交通指数", "5.03", -18.2,
                                          TJ_BETTER_LOWER), th->good));
    /* better higher: a fall is bad news */
    g_assert_true(same_color(change_color("社会消费品零售总额", "1213.5亿元", -8,
                                          TJ_BETTER_HIGHER), th->bad));
    g_assert_true(same_color(tj_kpi_change_color(th, 2.3, TJ_BETTER_LOWER), th->bad));
    g_assert_true(same_color(tj_kpi_change_color(th, 0, TJ_BETTER_LOWER), th->text_secondary));
    g_assert_true(same_color(tj_kpi_change_color(th, NAN, TJ_BETTER_NONE), th->text_secondary));
    /* the blue theme keeps the same meaning with its own colours */
    const TjTheme *blue = tj_theme_builtin("blue");
    g_assert_true(same_color(tj_kpi_change_color(blue, -9.1, TJ_BETTER_LOWER), blue->good));

    /* 登记失业率 2.16%: no change reported, no change line */
    TjKpiSpec spec;
    spec_of(&spec, "登记失业率", "2.16%", NAN);
    spec.better = TJ_BETTER_LOWER;
    TjScene *s = lay(&spec);
    g_assert_null(find(s, "kpi.change", 0));
    g_assert_null(find(s, "kpi.change-label", 0));
    g_assert_cmpstr(find(s, "kpi.value", 0)->u.text.text, ==, "2.16");
    tj_scene_free(s);
}

static void
test_change_styles(void)
{
    static const struct { TjChangeStyle style; double v; const char *want; } cases[] = {
        { TJ_CHANGE_SIGN, 0.2, "+0.2%" }, { TJ_CHANGE_ARROW, 0.2, "↑0.2%" },
        { TJ_CHANGE_WORDS, 0.2, "增长0.2%" }, { TJ_CHANGE_SIGN, -9.1, "-9.1%" },
        { TJ_CHANGE_ARROW, -18.2, "↓18.2%" }, { TJ_CHANGE_WORDS, -8, "下降8%" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        TjKpiSpec spec;
        spec_of(&spec, "地区生产总值", "2954.7亿元", cases[i].v);
        spec.change_style = cases[i].style;
        TjScene *s = lay(&spec);
        assert_clean(s, (TjRect){ 0, 0, 360, 220 });
        g_assert_cmpstr(find(s, "kpi.change", 0)->u.text.text, ==, cases[i].want);
        tj_scene_free(s);
    }
}

/* A huge value written out in full reads 2954.7亿元 on the tile. */
static void
test_huge(void)
{
    TjKpiSpec spec;
    tj_kpi_spec_init(&spec);
    spec.label = "地区生产总值";
    spec.value.value = 2.9547e11;
    spec.value.unit = "元";
    TjScene *s = lay(&spec);
    g_assert_cmpstr(find(s, "kpi.value", 0)->u.text.text, ==, "2954.7");
    g_assert_cmpstr(find(s, "kpi.value.unit", 0)->u.text.text, ==, "亿元");
    tj_scene_free(s);
}

static void
test_errors(void)
{
    TjKpiSpec spec;
    tj_kpi_spec_init(&spec);
    spec.label = "居民人均可支配收入";
    spec.loc = tj_src_loc(g_intern_string("indicators.csv"), 9, 2);
    TjScene *s = tj_scene_new(360, 220);
    GError *err = NULL;
    g_assert_false(tj_layout_kpi(s, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpstr(err->message, ==, "indicators.csv:9:2: kpi: no value for “居民人均可支配收入” "
                                      "(missing or not a number)");
    g_clear_error(&err);
    spec.value.value = -INFINITY;
    g_assert_false(tj_layout_kpi(s, &spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    g_assert_cmpuint(tj_scene_n_items(s), ==, 0);
    tj_scene_free(s);
}

/* From a page cell to a wide tile: the value shrinks, the label wraps or
 * shortens; nothing overlaps or leaves the tile. */
static void
test_sizes(void)
{
    static const double sizes[][2] = { { 160, 160 }, { 200, 220 }, { 260, 220 }, { 360, 220 },
                                       { 480, 248 }, { 1080, 300 } };
    for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++) {
        TjKpiSpec spec;
        spec_of(&spec, "区级一般公共预算收入", "181.4亿元", -4.4);
        spec.compare = "2021年目标：增长5%";
        spec.width = sizes[i][0];
        spec.height = sizes[i][1];
        TjScene *s = lay(&spec);
        assert_clean(s, (TjRect){ 0, 0, spec.width, spec.height });
        tj_scene_free(s);
    }
}

static void
test_golden(void)
{
    TjKpiSpec spec;
    spec_of(&spec, "地区生产总值", "2954.7亿元", 0.2);
    spec.compare = "2021年目标：增长6%左右";
    TjScene *s = lay(&spec);
    assert_clean(s, (TjRect){ 0, 0, 360, 220 });
    g_assert_cmpstr(find(s, "kpi.compare", 0)->u.text.text, ==, "2021年目标：增长6%左右");
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/kpi-gdp.scene", dump);
    g_free(dump);
    tj_scene_free(s);

    spec_of(&spec, "细颗粒物年均浓度", "40", -9.1);
    spec.unit = "微克/立方米";
    spec.better = TJ_BETTER_LOWER;
    s = lay(&spec);
    assert_clean(s, (TjRect){ 0, 0, 360, 220 });
    dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/kpi-pm25.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

/* Four tiles in a page row: equal cells and heights, one value size, one
 * baseline, though only some have a change or a long label. */
static void
test_row(void)
{
    TjKpiSpec specs[4];
    spec_of(&specs[0], "地区生产总值", "2954.7亿元", 0.2);
    spec_of(&specs[1], "区级一般公共预算收入", "181.4亿元", -4.4);
    spec_of(&specs[2], "固定资产投资", "223.7亿元", NAN);
    spec_of(&specs[3], "细颗粒物年均浓度", "40", -9.1);
    specs[3].unit = "微克/立方米";
    specs[3].better = TJ_BETTER_LOWER;
    specs[0].compare = "2021年目标：增长6%左右";
    /* a row high enough for the poster's type scale: one tile's 2-line
     * label and another's 2-line comparison */
    double h = 360;
    TjScene *s = tj_scene_new(960, h);
    GError *err = NULL;
    g_assert_true(tj_layout_kpi_row(s, specs, 4, 960, h, 24, tj_theme_builtin(NULL),
                                    tj_measurer_fake(), &err));
    g_assert_no_error(err);
    assert_clean(s, (TjRect){ 0, 0, 960, h });
    double cw = (960 - 3 * 24) / 4.0;
    const TjItem *v0 = find(s, "kpi.value", 0);
    for (guint i = 0; i < 4; i++) {
        const TjItem *g = find(s, "kpi.ground", i), *v = find(s, "kpi.value", i);
        g_assert_cmpfloat_with_epsilon(g->u.rect.x, i * (cw + 24), 1e-9);
        g_assert_cmpfloat_with_epsilon(g->u.rect.w, cw, 1e-9);
        g_assert_cmpfloat(g->u.rect.h, ==, h);
        g_assert_cmpfloat(v->u.text.y, ==, v0->u.text.y);
        g_assert_cmpfloat(v->u.text.font.size, ==, v0->u.text.font.size);
        /* each tile's texts stay in its cell */
        TjRect cell = { g->u.rect.x, 0, cw, 248 };
        TjRect box = tj_scene_text_box(v);
        g_assert_true(tj_rect_contains(&cell, &box, 0.5));
    }
    g_assert_cmpfloat(find(s, "kpi.value.unit", 3)->u.text.y, ==, v0->u.text.y);
    /* the comparison wraps whole rather than hide its figure; the value
     * stays bigger than the labels */
    g_assert_cmpstr(find(s, "kpi.compare", 0)->u.text.text, ==, "2021年目标：");
    g_assert_cmpstr(find(s, "kpi.compare", 1)->u.text.text, ==, "增长6%左右");
    g_assert_cmpfloat(v0->u.text.font.size, >=, 30);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/kpi-row.scene", dump);
    g_free(dump);
    tj_scene_free(s);

    specs[2].value.value = NAN;
    s = tj_scene_new(960, 248);
    g_assert_false(tj_layout_kpi_row(s, specs, 4, 960, 248, 24, tj_theme_builtin(NULL),
                                     tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_scene_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    strings = g_string_chunk_new(256);
    g_test_add_func("/kpi/split", test_split);
    g_test_add_func("/kpi/unit-baseline", test_unit_baseline);
    g_test_add_func("/kpi/polarity", test_polarity);
    g_test_add_func("/kpi/change-styles", test_change_styles);
    g_test_add_func("/kpi/huge", test_huge);
    g_test_add_func("/kpi/errors", test_errors);
    g_test_add_func("/kpi/sizes", test_sizes);
    g_test_add_func("/kpi/golden", test_golden);
    g_test_add_func("/kpi/row", test_row);
    int rc = g_test_run();
    g_string_chunk_free(strings);
    return rc;
}
