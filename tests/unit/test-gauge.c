/* tests/unit/test-gauge.c — the gauge layouts on the scene (fake measurer):
 * the drawn extent is proportional to the value (ring arc, needle angle,
 * bar fill), the target marker sits at the target, the value is centred
 * with its unit at half size on its baseline, nothing overlaps or leaves
 * the page, a row keeps its gauges equal; out-of-range, empty scales and
 * missing values are errors (or clamped with a warning); goldens. Figures
 * are the 2021 report's. */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/gauge.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

static TjNumber
pct(double v, int decimals)
{
    TjNumber n = { 0 };
    n.value = v;
    n.decimals = (gint8)decimals;
    n.percent = TRUE;
    return n;
}

static void
spec_of(TjGaugeSpec *spec, TjGaugeStyle style, double v, int decimals, const char *label)
{
    tj_gauge_spec_init(spec);
    spec->style = style;
    tj_gauge_default_size(style, &spec->width, &spec->height);
    spec->value = pct(v, decimals);
    spec->label = label;
}

static TjScene *
lay(const TjGaugeSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_gauge(s, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

/* The n-th item with @role (from 0), or NULL. */
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

static guint
count(const TjScene *s, const char *role)
{
    guint n = 0;
    while (find(s, role, n))
        n++;
    return n;
}

/* Everything on the page; no two texts overlap. */
static void
assert_clean(const TjScene *s)
{
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        if (!tj_rect_contains(&page, &ra, 0.5))
            g_error("item %u (%s) off the page: %.1f %.1f %.1f %.1f", i, a->role,
                    ra.x, ra.y, ra.w, ra.h);
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

/* The value's big part and unit: unit half size on the same baseline,
 * right after it; returns the horizontal centre of both together. */
static double
value_centre(const TjScene *s, const char *big_text, const char *unit_text)
{
    const TjItem *v = find(s, "gauge.value", 0), *u = find(s, "gauge.value.unit", 0);
    g_assert_nonnull(v);
    g_assert_nonnull(u);
    g_assert_cmpstr(v->u.text.text, ==, big_text);
    g_assert_cmpstr(u->u.text.text, ==, unit_text);
    g_assert_true(v->u.text.font.bold);
    g_assert_cmpfloat_with_epsilon(u->u.text.font.size, v->u.text.font.size / 2, 1e-9);
    g_assert_cmpfloat_with_epsilon(u->u.text.y, v->u.text.y, 1e-9);
    TjRect bv = tj_scene_text_box(v), bu = tj_scene_text_box(u);
    g_assert_cmpfloat(bu.x, >=, bv.x + bv.w);
    g_assert_cmpfloat(bu.x, <, bv.x + bv.w + v->u.text.font.size * 0.1);
    return (bv.x + bu.x + bu.w) / 2;
}

/* |a - b| on the circle */
static double
angle_diff(double a, double b)
{
    return fabs(remainder(a - b, 2 * G_PI));
}

static void
test_ring_proportional(void)
{
    static const double values[] = { 0, 21.8, 50, 93, 97.4, 100 };
    for (gsize i = 0; i < G_N_ELEMENTS(values); i++) {
        TjGaugeSpec spec;
        spec_of(&spec, TJ_GAUGE_RING, values[i], 1, "家庭厨余垃圾分出率");
        TjScene *s = lay(&spec);
        assert_clean(s);
        const TjItem *track = find(s, "gauge.track", 0), *fill = find(s, "gauge.fill", 0);
        g_assert_nonnull(track);
        g_assert_cmpfloat_with_epsilon(track->u.arc.a1 - track->u.arc.a0, 2 * G_PI, 1e-12);
        if (values[i] == 0) {
            g_assert_null(fill);
        } else {
            g_assert_nonnull(fill);
            g_assert_cmpfloat_with_epsilon(fill->u.arc.a0, -G_PI / 2, 1e-12);
            g_assert_cmpfloat_with_epsilon(fill->u.arc.a1 - fill->u.arc.a0,
                                           2 * G_PI * values[i] / 100, 1e-12);
            g_assert_cmpfloat(fill->u.arc.r, ==, track->u.arc.r);
            g_assert_cmpint(fill->paint.cap, ==, TJ_CAP_BUTT);
        }
        tj_scene_free(s);
    }
}

/* The value's digits are centred on the ring: horizontally by their boxes,
 * vertically by the digits' height (0.73 em). */
static void
test_ring_value_centred(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, 21.8, 1, "家庭厨余垃圾分出率");
    TjScene *s = lay(&spec);
    const TjItem *track = find(s, "gauge.track", 0), *v = find(s, "gauge.value", 0);
    g_assert_cmpfloat_with_epsilon(value_centre(s, "21.8", "%"), track->u.arc.cx, 0.01);
    g_assert_cmpfloat_with_epsilon(v->u.text.y - 0.365 * v->u.text.font.size,
                                   track->u.arc.cy, 0.01);
    g_assert_cmpfloat(v->u.text.font.size, >=, 48);
    const TjItem *label = find(s, "gauge.label", 0);
    g_assert_cmpstr(label->u.text.text, ==, "家庭厨余垃圾分出率");
    g_assert_cmpfloat(tj_scene_text_box(label).y, >, track->u.arc.cy + track->u.arc.r);
    tj_scene_free(s);
}

static void
test_ring_target(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, 93, 0, "公园绿地500米服务半径覆盖率");
    spec.target = 95;
    TjScene *s = lay(&spec);
    assert_clean(s);
    const TjItem *track = find(s, "gauge.track", 0), *tick = find(s, "gauge.target", 0);
    g_assert_nonnull(tick);
    const double *p = tj_scene_path_points(s, tick);
    double a = atan2(p[1] - track->u.arc.cy, p[0] - track->u.arc.cx);
    g_assert_cmpfloat(angle_diff(a, -G_PI / 2 + 2 * G_PI * 0.95), <, 1e-9);
    double r0 = hypot(p[0] - track->u.arc.cx, p[1] - track->u.arc.cy);
    double r1 = hypot(p[2] - track->u.arc.cx, p[3] - track->u.arc.cy);
    double hw = track->paint.stroke_width / 2;
    g_assert_cmpfloat(r0, <, track->u.arc.r - hw);  /* it crosses the whole ring */
    g_assert_cmpfloat(r1, >, track->u.arc.r + hw);
    g_assert_cmpstr(find(s, "gauge.target-label", 0)->u.text.text, ==, "目标 95%");
    g_assert_cmpuint(count(s, "gauge.label"), ==, 1);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-ring-target.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

static void
test_semicircle_needle(void)
{
    static const double values[] = { 0, 21.8, 50, 91.7, 100 };
    for (gsize i = 0; i < G_N_ELEMENTS(values); i++) {
        TjGaugeSpec spec;
        spec_of(&spec, TJ_GAUGE_SEMICIRCLE, values[i], 1, "普惠性幼儿园覆盖率");
        TjScene *s = lay(&spec);
        assert_clean(s);
        const TjItem *track = find(s, "gauge.track", 0), *needle = find(s, "gauge.needle", 0);
        double cx = track->u.arc.cx, cy = track->u.arc.cy;
        g_assert_cmpfloat_with_epsilon(track->u.arc.a0, G_PI, 1e-12);
        g_assert_cmpfloat_with_epsilon(track->u.arc.a1, 2 * G_PI, 1e-12);
        /* the needle's tip and the middle of its base lie on the value's ray */
        const double *p = tj_scene_path_points(s, needle);
        double want = G_PI + G_PI * values[i] / 100;
        g_assert_cmpfloat(angle_diff(atan2(p[1] - cy, p[0] - cx), want), <, 1e-9);
        /* it pivots on the centre (issue 15 item 6): its base's middle is it */
        double mx = (p[2] + p[4]) / 2, my = (p[3] + p[5]) / 2;
        g_assert_cmpfloat(hypot(mx - cx, my - cy), <, 1e-9);
        const TjItem *hub = find(s, "gauge.needle-base", 0);
        g_assert_cmpfloat(hypot(hub->u.arc.cx - cx, hub->u.arc.cy - cy), <, 1e-9);
        g_assert_cmpfloat(hypot(p[0] - cx, p[1] - cy), <,
                          track->u.arc.r - track->paint.stroke_width / 2);
        const TjItem *fill = find(s, "gauge.fill", 0);
        if (values[i] > 0)
            g_assert_cmpfloat_with_epsilon(fill->u.arc.a1 - fill->u.arc.a0,
                                           G_PI * values[i] / 100, 1e-12);
        /* the value stands under the centre, clear of the needle, centred */
        const TjItem *v = find(s, "gauge.value", 0);
        g_assert_cmpfloat_with_epsilon(value_centre(s, v->u.text.text, "%"), cx, 0.01);
        TjRect bv = tj_scene_text_box(v);
        g_assert_cmpfloat(bv.y, >=, cy);
        g_assert_cmpfloat(v->u.text.font.size, >=, 40);
        tj_scene_free(s);
    }
}

static void
test_semicircle_bands(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_SEMICIRCLE, 91.7, 1, "普惠性幼儿园覆盖率");
    spec.bands[0] = 60;
    spec.bands[1] = 90;
    spec.n_bands = 2;
    spec.target = 85;
    TjScene *s = lay(&spec);
    assert_clean(s);
    g_assert_cmpuint(count(s, "gauge.band"), ==, 3);
    /* the value's arc lies on the bands, in a colour no band has (issue 15
     * item 6), and each band edge is labelled */
    const TjItem *fill = find(s, "gauge.fill", 0);
    g_assert_nonnull(fill);
    g_assert_cmpfloat_with_epsilon(fill->u.arc.a1, G_PI * 1.917, 1e-12);
    for (guint i = 0; i < 3; i++) {
        TjColor bc = find(s, "gauge.band", i)->paint.stroke;
        g_assert_false(bc.r == fill->paint.stroke.r && bc.g == fill->paint.stroke.g &&
                       bc.b == fill->paint.stroke.b);
    }
    g_assert_cmpuint(count(s, "gauge.band-label"), ==, 2);
    g_assert_cmpstr(find(s, "gauge.band-label", 0)->u.text.text, ==, "60%");
    g_assert_cmpstr(find(s, "gauge.band-label", 1)->u.text.text, ==, "90%");
    const TjItem *b1 = find(s, "gauge.band", 1), *b2 = find(s, "gauge.band", 2);
    g_assert_cmpfloat_with_epsilon(b1->u.arc.a0, G_PI * 1.6, 1e-12);
    g_assert_cmpfloat_with_epsilon(b1->u.arc.a1, G_PI * 1.9, 1e-12);
    g_assert_cmpfloat_with_epsilon(b2->u.arc.a1, G_PI * 2, 1e-12);
    /* bands darken towards the end of the scale */
    g_assert_cmpfloat(tj_color_luminance(b1->paint.stroke), <,
                      tj_color_luminance(find(s, "gauge.band", 0)->paint.stroke));
    g_assert_cmpstr(find(s, "gauge.target-label", 0)->u.text.text, ==, "目标 85%");
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-semicircle-bands.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

static void
test_bar_fill(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_BAR, 97.4, 1, "学生体质健康标准合格率");
    spec.target = 95;
    TjScene *s = lay(&spec);
    assert_clean(s);
    const TjItem *track = find(s, "gauge.track", 0), *fill = find(s, "gauge.fill", 0);
    g_assert_cmpfloat(fill->u.rect.x, ==, track->u.rect.x);
    g_assert_cmpfloat_with_epsilon(fill->u.rect.w, track->u.rect.w * 0.974, 1e-9);
    g_assert_cmpfloat(fill->u.rect.h, ==, track->u.rect.h);
    const double *p = tj_scene_path_points(s, find(s, "gauge.target", 0));
    g_assert_cmpfloat(fabs(p[0] - (track->u.rect.x + track->u.rect.w * 0.95)), <=, 0.5);
    /* value right, label left, on one baseline */
    const TjItem *v = find(s, "gauge.value", 0), *label = find(s, "gauge.label", 0);
    g_assert_cmpfloat(v->u.text.y, ==, label->u.text.y);
    value_centre(s, "97.4", "%");
    TjRect bu = tj_scene_text_box(find(s, "gauge.value.unit", 0));
    g_assert_cmpfloat_with_epsilon(bu.x + bu.w, track->u.rect.x + track->u.rect.w, 1e-9);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-bar-target.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

/* A scale spanning zero fills from zero: 区级一般公共预算收入 -4.4%. */
static void
test_bar_negative(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_BAR, -4.4, 1, "区级一般公共预算收入增速");
    spec.min = -10;
    spec.max = 10;
    TjScene *s = lay(&spec);
    assert_clean(s);
    const TjItem *track = find(s, "gauge.track", 0), *fill = find(s, "gauge.fill", 0);
    double x0 = track->u.rect.x, w = track->u.rect.w;
    g_assert_cmpfloat_with_epsilon(fill->u.rect.x, x0 + w * 0.28, 1e-9);
    g_assert_cmpfloat_with_epsilon(fill->u.rect.w, w * 0.22, 1e-9);
    g_assert_cmpstr(find(s, "gauge.value", 0)->u.text.text, ==, "-4.4");
    g_assert_cmpstr(find(s, "gauge.end", 0)->u.text.text, ==, "-10%");
    tj_scene_free(s);
}

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
        assert_clean(s);
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
    assert_clean(s);
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
    assert_clean(s);
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
        assert_clean(s);
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
            assert_clean(s);
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
    assert_clean(s);
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
    assert_clean(s);
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
        assert_clean(s);
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

static void
test_golden_ring(void)
{
    TjGaugeSpec spec;
    spec_of(&spec, TJ_GAUGE_RING, 21.8, 1, "家庭厨余垃圾分出率");
    TjScene *s = lay(&spec);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/gauge-ring.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/gauge/ring/proportional", test_ring_proportional);
    g_test_add_func("/gauge/ring/value-centred", test_ring_value_centred);
    g_test_add_func("/gauge/ring/target", test_ring_target);
    g_test_add_func("/gauge/ring/golden", test_golden_ring);
    g_test_add_func("/gauge/semicircle/needle", test_semicircle_needle);
    g_test_add_func("/gauge/semicircle/bands", test_semicircle_bands);
    g_test_add_func("/gauge/bar/fill", test_bar_fill);
    g_test_add_func("/gauge/bar/negative", test_bar_negative);
    g_test_add_func("/gauge/errors", test_errors);
    g_test_add_func("/gauge/clamp", test_clamp);
    g_test_add_func("/gauge/overflow", test_overflow);
    g_test_add_func("/gauge/sizes", test_sizes);
    g_test_add_func("/gauge/frame", test_frame);
    g_test_add_func("/gauge/row", test_row);
    g_test_add_func("/gauge/row-styles", test_row_styles);
    return g_test_run();
}
