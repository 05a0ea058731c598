/* tests/unit/test-gauge.c — each gauge style on the scene (fake measurer):
 * the drawn extent is proportional to the value (ring arc, needle angle,
 * bar fill), the target marker sits at the target, the value is centred
 * with its unit at half size on its baseline, nothing overlaps or leaves
 * the page; the ring's golden. Figures are the 2021 report's. (Errors,
 * clamping, overflow, sizes and rows: test-gauge-row.c.) */
#include "test-gauge-common.h"

static void
test_ring_proportional(void)
{
    static const double values[] = { 0, 21.8, 50, 93, 97.4, 100 };
    for (gsize i = 0; i < G_N_ELEMENTS(values); i++) {
        TjGaugeSpec spec;
        spec_of(&spec, TJ_GAUGE_RING, values[i], 1, "家庭厨余垃圾分出率");
        TjScene *s = lay(&spec);
        assert_on_page_apart(s);
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
    assert_on_page_apart(s);
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
        assert_on_page_apart(s);
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
    assert_on_page_apart(s);
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
    assert_on_page_apart(s);
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
    assert_on_page_apart(s);
    const TjItem *track = find(s, "gauge.track", 0), *fill = find(s, "gauge.fill", 0);
    double x0 = track->u.rect.x, w = track->u.rect.w;
    g_assert_cmpfloat_with_epsilon(fill->u.rect.x, x0 + w * 0.28, 1e-9);
    g_assert_cmpfloat_with_epsilon(fill->u.rect.w, w * 0.22, 1e-9);
    g_assert_cmpstr(find(s, "gauge.value", 0)->u.text.text, ==, "-4.4");
    g_assert_cmpstr(find(s, "gauge.end", 0)->u.text.text, ==, "-10%");
    tj_scene_free(s);
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
    return g_test_run();
}
