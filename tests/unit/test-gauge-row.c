/* tests/unit/test-gauge-row.c — the gauge layouts' errors, clamping and
 * overflow, their sizes and frame, and gauges in a row (equal, of every
 * style); the scene with the fake measurer. Figures are the 2021 report's.
 * (Each style's drawing: test-gauge.c.) */
#include "test-gauge-common.h"

static void
expect_error(const TjGaugeSpec *spec, const char *want)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_false(tj_layout_gauge(s, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    if (strcmp(err->message, want) != 0)
        g_error("got “%s”, want “%s”", err->message, want);
    g_assert_cmpuint(tj_scene_n_items(s), ==, 0);  /* nothing half drawn */
    g_error_free(err);
    tj_scene_free(s);
}

static void
test_errors(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, -4.4, 1, "桶站规范化建设达标率");
    expect_error(&spec, "gauge: value -4.4% of “桶站规范化建设达标率” is below the minimum 0%; "
                        "lower min of the scale, or clamp to draw it at 0%");
    spec.value.value = NAN;
    expect_error(&spec, "gauge: no value for “桶站规范化建设达标率” (missing or not a number)");
    spec.value.value = INFINITY;
    expect_error(&spec, "gauge: the value of “桶站规范化建设达标率” is not a finite number");
    spec.value.value = 100;
    spec.max = 0;
    spec.min = 0;
    expect_error(&spec, "gauge: the scale is empty (min and max are both 0%)");
    spec.min = 100;
    spec.max = 0;
    expect_error(&spec, "gauge: min 100% is above max 0%");
    spec.min = 0;
    spec.max = NAN;
    expect_error(&spec, "gauge: min and max must be finite numbers");
    spec.max = 100;
    spec.target = 120;
    expect_error(&spec, "gauge: target 120% is outside the scale 0% to 100%");
    spec.target = NAN;
    spec.bands[0] = 90;
    spec.bands[1] = 60;
    spec.n_bands = 2;
    expect_error(&spec, "gauge: band edges must increase; edge 60% is outside the scale 0% to 100%");
    spec.n_bands = 1;
    spec.bands[0] = 100;
    expect_error(&spec, "gauge: band edge 100% is outside the scale 0% to 100%");
    /* an error points at where the value came from */
    spec.n_bands = 0;
    spec.value.value = NAN;
    spec.loc = tj_src_loc(g_intern_string("rates.csv"), 8, 2);
    expect_error(&spec, "rates.csv:8:2: gauge: no value for “桶站规范化建设达标率” "
                        "(missing or not a number)");
}

/* Below the minimum, clamp draws it at the start with a warning. */
static void
test_clamp(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, -4.4, 1, "区级一般公共预算收入增速");
    spec.clamp = TRUE;
    double frac = -1;
    char *warning = NULL;
    GError *err = NULL;
    g_assert_true(tj_gauge_check(&spec, &frac, &warning, &err));
    g_assert_no_error(err);
    g_assert_cmpfloat(frac, ==, 0);
    g_assert_cmpstr(warning, ==, "gauge: value -4.4% of “区级一般公共预算收入增速” is below the "
                                 "minimum 0%; drawn at 0%");
    g_free(warning);
    TjScene *s = lay(&spec);
    g_assert_null(find(s, "gauge.fill", 0));
    g_assert_null(find(s, "gauge.over", 0));
    g_assert_cmpstr(find(s, "gauge.value", 0)->u.text.text, ==, "-4.4");  /* the true value */
    tj_scene_free(s);
    spec.value.value = 21.8;  /* inside the scale: no warning */
    g_assert_true(tj_gauge_check(&spec, &frac, &warning, NULL));
    g_assert_null(warning);
    g_assert_cmpfloat_with_epsilon(frac, 0.218, 1e-12);
}

/* Above the maximum (issue 15 item 6): drawn full, what is past full
 * beyond the end in proportion, a tick at the end, the true value printed;
 * with or without clamp; no warning unless the overflow is shortened. */
static void
test_overflow(void)
{
    for (int clamp = 0; clamp < 2; clamp++) {
        TjGaugeSpec spec;
        spec_of(&spec, TJ_GAUGE_RING, 100.5, 1, "桶站规范化建设达标率");
        spec.clamp = clamp;
        double frac = -1;
        char *warning = NULL;
        GError *err = NULL;
        g_assert_true(tj_gauge_check(&spec, &frac, &warning, &err));
        g_assert_no_error(err);
        g_assert_null(warning);
        g_assert_cmpfloat(frac, ==, 1);
        TjScene *s = lay(&spec);
        assert_on_page_apart(s);
        const TjItem *fill = find(s, "gauge.fill", 0), *over = find(s, "gauge.over", 0);
        g_assert_cmpfloat_with_epsilon(fill->u.arc.a1 - fill->u.arc.a0, 2 * G_PI, 1e-12);
        g_assert_cmpfloat_with_epsilon(over->u.arc.a0, -G_PI / 2, 1e-12);   /* from full on */
        g_assert_cmpfloat_with_epsilon(over->u.arc.a1 - over->u.arc.a0, 2 * G_PI * 0.005, 1e-9);
        g_assert_nonnull(find(s, "gauge.end-tick", 0));
        g_assert_null(find(s, "gauge.over-break", 0));
        g_assert_cmpstr(find(s, "gauge.value", 0)->u.text.text, ==, "100.5");
        tj_scene_free(s);
    }
    /* semicircle: the arc runs on past 3 o'clock by 12 % of 180°, the needle
     * to its end, the max label inside the band's end above the centre line */
    TjGaugeSpec d;
    spec_of(&d, TJ_GAUGE_SEMICIRCLE, 112, 0, "完成率");
    TjScene *s = lay(&d);
    assert_on_page_apart(s);
    const TjItem *over = find(s, "gauge.over", 0), *track = find(s, "gauge.track", 0);
    g_assert_cmpfloat_with_epsilon(over->u.arc.a0, 2 * G_PI, 1e-12);
    g_assert_cmpfloat_with_epsilon(over->u.arc.a1, 2 * G_PI + 0.12 * G_PI, 1e-9);
    const TjItem *end = find(s, "gauge.end", 1);
    g_assert_cmpstr(end->u.text.text, ==, "100%");
    g_assert_cmpfloat(end->u.text.y, <, track->u.arc.cy);
    g_assert_cmpfloat(tj_scene_text_box(end).x + tj_scene_text_box(end).w, <,
                      track->u.arc.cx + track->u.arc.r);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-semicircle-over.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    /* bar: the track leaves room for 12 %, the overflow ends at 112 % of it */
    TjGaugeSpec b;
    spec_of(&b, TJ_GAUGE_BAR, 112, 0, "完成率");
    s = lay(&b);
    assert_on_page_apart(s);
    track = find(s, "gauge.track", 0);
    over = find(s, "gauge.over", 0);
    const TjItem *fill = find(s, "gauge.fill", 0);
    double len = track->u.rect.w;
    g_assert_cmpfloat_with_epsilon(fill->u.rect.w, len, 1e-9);
    g_assert_cmpfloat_with_epsilon(over->u.rect.x + over->u.rect.w, track->u.rect.x + len * 1.12,
                                   1e-9);
    TjRect tick = tj_scene_item_box(s, find(s, "gauge.end-tick", 0));
    g_assert_cmpfloat_with_epsilon(tick.x + tick.w / 2, track->u.rect.x + len, 1.01);
    g_assert_cmpfloat(over->u.rect.x + over->u.rect.w, <=, b.width);
    dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-bar-over.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    /* far past the room of each style: shortened, with a break and a warning */
    for (int st = TJ_GAUGE_RING; st <= TJ_GAUGE_BAR; st++) {
        TjGaugeSpec o;
        spec_of(&o, (TjGaugeStyle)st, 290, 0, "完成率");
        char *warning = NULL;
        g_assert_true(tj_gauge_check(&o, NULL, &warning, NULL));
        g_assert_cmpstr(warning, ==, "gauge: value 290% of “完成率” is far above the maximum "
                                     "100%; its overflow is drawn shortened, with a break");
        g_free(warning);
        s = lay(&o);
        assert_on_page_apart(s);
        g_assert_cmpuint(count(s, "gauge.over-break"), ==, 2);
        tj_scene_free(s);
    }
}

/* Every style at sizes from a page cell to a poster keeps clean. */
static void
test_sizes(void)
{
    static const double sizes[][2] = { { 160, 160 }, { 240, 200 }, { 400, 280 }, { 400, 400 },
                                       { 600, 160 }, { 1080, 600 } };
    for (int style = TJ_GAUGE_RING; style <= TJ_GAUGE_BAR; style++)
        for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++) {
            TjGaugeSpec spec;
            spec_of(&spec, (TjGaugeStyle)style, 93, 0, "公园绿地500米服务半径覆盖率");
            spec.width = sizes[i][0];
            spec.height = sizes[i][1];
            spec.target = 90;
            TjScene *s = lay(&spec);
            assert_on_page_apart(s);
            tj_scene_free(s);
        }
}

static void
test_frame(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, 21.8, 1, "家庭厨余垃圾分出率");
    spec.title = "垃圾分类";
    spec.source = "2021年东城区政府工作报告";
    TjScene *s = lay(&spec);
    assert_on_page_apart(s);
    const TjItem *title = find(s, "title", 0), *track = find(s, "gauge.track", 0);
    g_assert_cmpfloat(tj_scene_text_box(title).y + tj_scene_text_box(title).h, <=,
                      tj_scene_item_box(s, track).y);
    g_assert_nonnull(find(s, "source", 0));
    tj_scene_free(s);
}

/* Three rates in a row: same dial, same value size, equal cells. */
static void
test_row(void)
{
    TjGaugeSpec specs[3];
    spec_of(&specs[0], TJ_GAUGE_RING, 21.8, 1, "家庭厨余垃圾分出率");
    spec_of(&specs[1], TJ_GAUGE_RING, 100, 0, "桶站规范化建设达标率");
    spec_of(&specs[2], TJ_GAUGE_RING, 93, 0, "公园绿地500米服务半径覆盖率");
    TjScene *s = tj_scene_new(960, 320);
    GError *err = NULL;
    g_assert_true(tj_layout_gauge_row(s, specs, 3, 960, 320, 24, tj_theme_builtin(NULL),
                                      tj_measurer_fake(), &err));
    g_assert_no_error(err);
    assert_on_page_apart(s);
    double cw = (960 - 48) / 3.0;
    const TjItem *t0 = find(s, "gauge.track", 0), *v0 = find(s, "gauge.value", 0);
    for (guint i = 0; i < 3; i++) {
        const TjItem *t = find(s, "gauge.track", i), *v = find(s, "gauge.value", i);
        g_assert_cmpfloat(t->u.arc.r, ==, t0->u.arc.r);
        g_assert_cmpfloat(t->u.arc.cy, ==, t0->u.arc.cy);
        g_assert_cmpfloat_with_epsilon(t->u.arc.cx, cw / 2 + i * (cw + 24), 1e-9);
        g_assert_cmpfloat(v->u.text.font.size, ==, v0->u.text.font.size);
        g_assert_cmpfloat(v->u.text.y, ==, v0->u.text.y);
    }
    /* labels start on one line: the first lines share their baseline */
    double y0 = find(s, "gauge.label", 0)->u.text.y;
    guint n = count(s, "gauge.label");
    g_assert_cmpuint(n, >=, 3);
    for (guint i = 0; i < n; i++) {
        const TjItem *l = find(s, "gauge.label", i);
        g_assert_true(l->u.text.y == y0 || l->u.text.y > y0 + l->u.text.font.size);
    }
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-row.scene", dump);
    g_free(dump);
    tj_scene_free(s);

    specs[1].style = TJ_GAUGE_BAR;
    s = tj_scene_new(960, 320);
    g_assert_false(tj_layout_gauge_row(s, specs, 3, 960, 320, 24, tj_theme_builtin(NULL),
                                       tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    specs[1].style = TJ_GAUGE_RING;
    specs[1].value.value = NAN;
    g_assert_false(tj_layout_gauge_row(s, specs, 3, 960, 320, 24, tj_theme_builtin(NULL),
                                       tj_measurer_fake(), &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_scene_free(s);
}

/* Rows of every style in the cells a page gives them: clean, one value
 * size and one baseline, the tracks level. */
static void
test_row_styles(void)
{
    static const double heights[] = { 440, 380, 240 };
    for (int style = TJ_GAUGE_RING; style <= TJ_GAUGE_BAR; style++) {
        TjGaugeSpec specs[3];
        spec_of(&specs[0], (TjGaugeStyle)style, 21.8, 1, "家庭厨余垃圾分出率");
        spec_of(&specs[1], (TjGaugeStyle)style, 100, 0, "桶站规范化建设达标率");
        spec_of(&specs[2], (TjGaugeStyle)style, 93, 0, "公园绿地500米服务半径覆盖率");
        specs[2].target = 90;
        double h = heights[style];
        TjScene *s = tj_scene_new(960, h);
        GError *err = NULL;
        g_assert_true(tj_layout_gauge_row(s, specs, 3, 960, h, 24, tj_theme_builtin(NULL),
                                          tj_measurer_fake(), &err));
        g_assert_no_error(err);
        assert_on_page_apart(s);
        const TjItem *v0 = find(s, "gauge.value", 0), *t0 = find(s, "gauge.track", 0);
        for (guint i = 1; i < 3; i++) {
            const TjItem *v = find(s, "gauge.value", i), *t = find(s, "gauge.track", i);
            g_assert_cmpfloat(v->u.text.y, ==, v0->u.text.y);
            g_assert_cmpfloat(v->u.text.font.size, ==, v0->u.text.font.size);
            if (style == TJ_GAUGE_BAR)
                g_assert_cmpfloat(t->u.rect.y, ==, t0->u.rect.y);
            else
                g_assert_cmpfloat(t->u.arc.cy, ==, t0->u.arc.cy);
        }
        /* no label is shortened: every character of every label is drawn
         * (not yet for progress bars three to a 960-px row at the poster's
         * type scale: their labels, beside a 72-px value, are shortened to
         * one line — issue 14, left) */
        if (style == TJ_GAUGE_BAR) {
            tj_scene_free(s);
            continue;
        }
        GString *all = g_string_new(NULL);
        for (guint i = 0; find(s, "gauge.label", i); i++)
            g_string_append(all, find(s, "gauge.label", i)->u.text.text);
        g_assert_cmpstr(all->str, ==, "家庭厨余垃圾分出率桶站规范化建设达标率公园绿地500米服务半径覆盖率");
        g_string_free(all, TRUE);
        tj_scene_free(s);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/gauge/errors", test_errors);
    g_test_add_func("/gauge/clamp", test_clamp);
    g_test_add_func("/gauge/overflow", test_overflow);
    g_test_add_func("/gauge/sizes", test_sizes);
    g_test_add_func("/gauge/frame", test_frame);
    g_test_add_func("/gauge/row", test_row);
    g_test_add_func("/gauge/row-styles", test_row_styles);
    return g_test_run();
}
